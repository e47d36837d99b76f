"""Field rules: each field's shape, declared once, where the field is declared.

A field of a model class is declared with its :class:`Rule` (``attrs.field(metadata=rule(...))``): its type, pattern,
bounds, emptiness and the collection its ids refer to. Everything that needs a field's rule
reads it from there:

- the objects' own checks (:func:`validate`, called by every class's ``__attrs_post_init__``),
  so the loader, which builds objects, reports the same problems;
- the whole-accord integrity checks (:func:`references`: which ids must resolve, and where);
- the JSON Schema generator (:meth:`Rule.schema`);
- the Hypothesis strategies (:meth:`Rule.strategy`);
- the codec (:func:`json_key`: the JSON key, where it differs from the attribute).

A rule never raises: :meth:`Rule.check` returns the problems it finds, each with its path, so
every problem of a document is reported at once (the model of ``packaging.metadata``'s
validators with one error collector). cattrs' detailed validation was the other candidate; it
would check the JSON on the way in only, leaving objects built in Python unchecked, and its
errors would have to be mapped back onto our paths.

Rules that span fields (a quote needs its offsets; a held meeting needs a day) are
:class:`Invariant` objects in the class's ``__invariants__``, each with its check and the JSON
Schema fragment that says the same, side by side.
"""

from __future__ import annotations

import datetime
import enum
import functools
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final, cast

import attrs

from . import _checks
from .dates import _DAY_PATTERN, _WHEN_PATTERN, Between, Day, Month, Year
from .errors import AccordDataError, Problem

if TYPE_CHECKING:
    from hypothesis.strategies import SearchStrategy

__all__ = [
    "Date",
    "Flag",
    "Identifier",
    "Instance",
    "Integer",
    "Invariant",
    "Many",
    "Member",
    "Optional",
    "Pattern",
    "Rule",
    "StateCode",
    "Text",
    "WhenRule",
    "json_key",
    "references",
    "rule",
    "rules_of",
    "validate",
]

_RULE: Final = "maghreb_accord.rule"
_NO_SCHEMA: Final[Mapping[str, Any]] = {}
_KEY: Final = "maghreb_accord.key"

#: What a strategy may draw ids from: collection name -> the ids (or codes) it holds.
Context = Mapping[str, Sequence[str]]


def _hypothesis() -> Any:
    # Hypothesis is an optional dependency: only the strategies need it.
    from hypothesis import strategies

    return strategies


class Rule:
    """What one field's value must be. Subclasses say how to check, describe and draw it.

    Rules are plain slotted classes, not attrs classes: the model's import builds dozens of
    them, and an attrs class costs a generated method or two to define.
    """

    __slots__ = ()

    #: The collection of the accord (``states``, ``bodies``, ...) whose ids this value names.
    refers_to: str | None = None

    def __repr__(self) -> str:
        slots = [name for cls in type(self).__mro__ for name in getattr(cls, "__slots__", ())]
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in slots)
        return f"{type(self).__name__}({shown})"

    def check(self, value: object, path: str) -> list[Problem]:
        """The problems of ``value``, each under ``path``; empty when it is sound."""
        raise NotImplementedError  # pragma: no cover - every rule overrides it

    def schema(self) -> dict[str, Any]:
        """The JSON Schema of the value in JSON."""
        raise NotImplementedError  # pragma: no cover - every rule overrides it

    def strategy(self, context: Context) -> SearchStrategy[Any]:
        """A Hypothesis strategy of valid values; ids are drawn from ``context``."""
        raise NotImplementedError  # pragma: no cover - every rule overrides it

    def inner(self) -> tuple[Rule, ...]:
        """The rules this one applies to parts of its value (items, or the value if given)."""
        return ()


class Text(Rule):
    """A human-readable string: not blank, NFC, no bidi or control characters."""

    __slots__ = ("multiline", "script")

    def __init__(self, multiline: bool = False, script: str = "fr") -> None:
        self.multiline = multiline
        self.script = script

    def check(self, value: object, path: str) -> list[Problem]:
        return _checks.text(value, path, multiline=self.multiline)

    def schema(self) -> dict[str, Any]:
        bidi = "".join(f"\\u{ord(char):04x}" for char in sorted(_checks.BIDI_CONTROLS))
        controls = "\\u0000-\\u0009\\u000b-\\u001f" if self.multiline else "\\u0000-\\u001f"
        return {
            "type": "string",
            "pattern": f"^(?=[\\s\\S]*\\S)[^{bidi}{controls}\\u007f-\\u009f]*$",
        }

    def strategy(self, context: Context) -> SearchStrategy[str]:
        return words(_ARABIC_LETTERS if self.script == "ar" else _LATIN_LETTERS, 4)


# What strategies draw texts from: letters of each script (strategies.py draws with these too).
_ARABIC_LETTERS: Final = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
_LATIN_LETTERS: Final = "abcdefghijklmnopqrstuvwxyzéèàçôABCDEFGHIJKLMNOPQRSTUVWXYZ"


def words(alphabet: str, max_words: int) -> SearchStrategy[str]:
    """Texts of one to ``max_words`` words of ``alphabet``'s letters."""
    st = _hypothesis()
    word = st.text(alphabet=alphabet, min_size=1, max_size=8)
    return cast("SearchStrategy[str]", st.lists(word, min_size=1, max_size=max_words).map(" ".join))


class Pattern(Rule):
    """A string matching ``regex`` whole; ``what`` names it in messages and the schema."""

    __slots__ = ("examples", "regex", "what")

    def __init__(
        self,
        regex: re.Pattern[str],
        what: str,
        examples: Callable[[], SearchStrategy[str]] | None = None,
    ) -> None:
        self.regex = regex
        self.what = what
        self.examples = examples

    def check(self, value: object, path: str) -> list[Problem]:
        return _checks.pattern(value, path, self.regex, self.what)

    def schema(self) -> dict[str, Any]:
        return {"type": "string", "pattern": f"^{self.regex.pattern}$"}

    def strategy(self, context: Context) -> SearchStrategy[str]:
        if self.examples is not None:
            return self.examples()
        return cast("SearchStrategy[str]", _hypothesis().from_regex(self.regex, fullmatch=True))


def identifier_strings() -> SearchStrategy[str]:
    """Ids as the format wants them: lowercase words joined by hyphens (``abc-12``)."""
    st = _hypothesis()
    characters = "abcdefghijklmnopqrstuvwxyz0123456789"
    part = st.text(alphabet=characters, min_size=1, max_size=6)
    head = st.tuples(st.sampled_from(characters[:26]), part).map("".join)
    return cast(
        "SearchStrategy[str]",
        st.tuples(head, st.lists(part, max_size=2)).map(lambda p: "-".join((p[0], *p[1]))),
    )


class Identifier(Rule):
    """An id: lowercase ASCII words joined by hyphens; ``refers_to`` a collection, if any."""

    __slots__ = ("refers_to",)

    def __init__(self, refers_to: str | None = None) -> None:
        self.refers_to = refers_to

    def check(self, value: object, path: str) -> list[Problem]:
        return _checks.identifier(value, path)

    def schema(self) -> dict[str, Any]:
        return {"type": "string", "pattern": f"^{_checks.ID_PATTERN.pattern}$"}

    def strategy(self, context: Context) -> SearchStrategy[str]:
        if self.refers_to is not None and context.get(self.refers_to):
            return cast("SearchStrategy[str]", _hypothesis().sampled_from(context[self.refers_to]))
        return identifier_strings()


class StateCode(Rule):
    """An ISO 3166-1 alpha-2 code in capitals; ``refers_to`` the accord's states, if set."""

    __slots__ = ("refers_to",)

    def __init__(self, refers_to: str | None = None) -> None:
        self.refers_to = refers_to

    def check(self, value: object, path: str) -> list[Problem]:
        return _checks.state_code(value, path)

    def schema(self) -> dict[str, Any]:
        return {"type": "string", "enum": sorted(_checks.ISO_3166_ALPHA_2)}

    def strategy(self, context: Context) -> SearchStrategy[str]:
        pool = context.get(self.refers_to or "") or sorted(_checks.ISO_3166_ALPHA_2)
        return cast("SearchStrategy[str]", _hypothesis().sampled_from(list(pool)))


class Integer(Rule):
    """An integer (never a bool) of at least ``minimum`` and, if given, at most ``maximum``."""

    __slots__ = ("maximum", "minimum")

    def __init__(self, minimum: int, maximum: int | None = None) -> None:
        self.minimum = minimum
        self.maximum = maximum

    def check(self, value: object, path: str) -> list[Problem]:
        problems = _checks.instance(value, path, int, "an integer")
        if problems:
            return problems
        number = cast("int", value)
        if number < self.minimum:
            if self.minimum == 0:
                return [Problem(path, f"must not be negative, got {value}", code="bounds")]
            return [Problem(path, f"must be at least {self.minimum}, got {value}", code="bounds")]
        if self.maximum is not None and number > self.maximum:
            return [Problem(path, f"must be at most {self.maximum}, got {value}", code="bounds")]
        return []

    def schema(self) -> dict[str, Any]:
        bounds = {"minimum": self.minimum}
        if self.maximum is not None:
            bounds["maximum"] = self.maximum
        return {"type": "integer", **bounds}

    def strategy(self, context: Context) -> SearchStrategy[int]:
        upper = self.minimum + 24 if self.maximum is None else min(self.maximum, self.minimum + 24)
        return cast("SearchStrategy[int]", _hypothesis().integers(self.minimum, upper))


class Flag(Rule):
    """A yes-or-no value: ``True`` or ``False`` (never 0 or 1)."""

    __slots__ = ()

    def check(self, value: object, path: str) -> list[Problem]:
        return _checks.instance(value, path, bool, "true or false")

    def schema(self) -> dict[str, Any]:
        return {"type": "boolean"}

    def strategy(self, context: Context) -> SearchStrategy[bool]:
        return cast("SearchStrategy[bool]", _hypothesis().booleans())


class Date(Rule):
    """A day: a ``datetime.date`` (not a datetime), ``YYYY-MM-DD`` in JSON."""

    __slots__ = ()

    def check(self, value: object, path: str) -> list[Problem]:
        return _checks.optional_date(value, path) if value is not None else _not_a_date(path)

    def schema(self) -> dict[str, Any]:
        return {"type": "string", "format": "date", "pattern": f"^{_DAY_PATTERN.pattern}$"}

    def strategy(self, context: Context) -> SearchStrategy[datetime.date]:
        return days()


def _not_a_date(path: str) -> list[Problem]:
    return [Problem(path, "expected a date, got None (NoneType)", code="type")]


def days() -> SearchStrategy[datetime.date]:
    """Days from 1950 to 2100: the range every drawn date keeps to."""
    st = _hypothesis()
    return cast(
        "SearchStrategy[datetime.date]",
        st.dates(datetime.date(1950, 1, 1), datetime.date(2100, 12, 31)),
    )


class WhenRule(Rule):
    """A date as precise as its sources: a Day, Month, Year or Between."""

    __slots__ = ()

    def check(self, value: object, path: str) -> list[Problem]:
        return _checks.instance(value, path, Day | Month | Year | Between, "a date")

    def schema(self) -> dict[str, Any]:
        return {
            "type": "string",
            "description": "A date as precise as its sources (EDTF): day, month, year, or bounds.",
            "pattern": f"^({_WHEN_PATTERN})$",
        }

    def strategy(self, context: Context) -> SearchStrategy[Any]:
        st = _hypothesis()
        dates = days()
        return cast(
            "SearchStrategy[Any]",
            st.one_of(
                st.builds(Day, date=dates),
                st.builds(Month, year=st.integers(1950, 2100), month=st.integers(1, 12)),
                st.builds(Year, year=st.integers(1950, 2100)),
                st.builds(Between, not_after=dates),
                st.builds(Between, not_before=dates),
                st.tuples(dates, dates)
                .map(sorted)
                .map(lambda days: Between(not_before=days[0], not_after=days[1])),
            ),
        )


class Member(Rule):
    """A member of the closed vocabulary ``kind``."""

    __slots__ = ("kind",)

    def __init__(self, kind: type[enum.StrEnum]) -> None:
        self.kind = kind

    def check(self, value: object, path: str) -> list[Problem]:
        return _checks.instance(value, path, self.kind, f"a {self.kind.__name__}")

    def schema(self) -> dict[str, Any]:
        return {"$ref": f"#/$defs/{self.kind.__name__}"}

    def strategy(self, context: Context) -> SearchStrategy[Any]:
        return cast("SearchStrategy[Any]", _hypothesis().sampled_from(list(self.kind)))


class Instance(Rule):
    """An instance of the model class ``kind``, which checks itself when built."""

    __slots__ = ("kind",)

    def __init__(self, kind: type) -> None:
        self.kind = kind

    def check(self, value: object, path: str) -> list[Problem]:
        what = self.kind.__name__
        article = "an" if what[0] in "AEIOU" else "a"
        return _checks.instance(value, path, self.kind, f"{article} {what}")

    def schema(self) -> dict[str, Any]:
        return {"$ref": f"#/$defs/{self.kind.__name__}"}

    def strategy(self, context: Context) -> SearchStrategy[Any]:
        return builds(self.kind, context)


class Optional(Rule):
    """Either absent (``None``) or a value following ``rule``."""

    __slots__ = ("rule",)

    def __init__(self, rule: Rule) -> None:
        self.rule = rule

    @property
    def refers_to(self) -> str | None:  # type: ignore[override]
        return self.rule.refers_to

    def check(self, value: object, path: str) -> list[Problem]:
        return [] if value is None else self.rule.check(value, path)

    def schema(self) -> dict[str, Any]:
        return self.rule.schema()

    def strategy(self, context: Context) -> SearchStrategy[Any]:
        st = _hypothesis()
        return cast("SearchStrategy[Any]", st.none() | self.rule.strategy(context))

    def inner(self) -> tuple[Rule, ...]:
        return (self.rule,)


class Many(Rule):
    """A tuple (or, with ``unordered``, a frozenset) of values following ``rule``.

    ``what`` names the items in messages; ``empty`` is the message when at least one item is
    needed; ``unique`` forbids repeats in a tuple (a frozenset has none by nature).
    """

    __slots__ = ("empty", "max_items", "rule", "unique", "unordered", "what")

    def __init__(
        self,
        rule: Rule,
        what: str,
        unordered: bool = False,
        unique: bool = False,
        empty: str | None = None,
        max_items: int = 3,
    ) -> None:
        self.rule = rule
        self.what = what
        self.unordered = unordered
        self.unique = unique
        self.empty = empty
        self.max_items = max_items

    @property
    def container(self) -> type:
        """The Python type holding the items."""
        return frozenset if self.unordered else tuple

    def check(self, value: object, path: str) -> list[Problem]:
        problems = _checks.items(
            value, path, self.container, f"a {self.container.__name__} of {self.what}"
        )
        if problems:
            return problems
        items = cast("tuple[object, ...] | frozenset[object]", value)
        if not items and self.empty is not None:
            return [Problem(path, self.empty, code="empty")]
        for index, item in enumerate(items):
            problems += self.rule.check(item, f"{path}[{index}]")
        if self.unique and not self.unordered and not problems:  # unhashable items fail above
            problems += _checks.repeated(items, path)
        return problems

    def schema(self) -> dict[str, Any]:
        schema: dict[str, Any] = {"type": "array", "items": self.rule.schema()}
        if self.unordered or self.unique:
            schema["uniqueItems"] = True
        if self.empty is not None:
            schema["minItems"] = 1
        return schema

    def strategy(self, context: Context) -> SearchStrategy[Any]:
        st = _hypothesis()
        size = {"min_size": 1 if self.empty is not None else 0, "max_size": self.max_items}
        if self.unordered:
            return cast("SearchStrategy[Any]", st.frozensets(self.rule.strategy(context), **size))
        items = st.lists(self.rule.strategy(context), unique=self.unique, **size)
        return cast("SearchStrategy[Any]", items.map(tuple))

    def inner(self) -> tuple[Rule, ...]:
        return (self.rule,)


class Invariant:
    """A rule over several fields of one object, with the JSON Schema that says the same.

    ``check`` runs only when every field in ``fields`` passed its own rule; ``schema`` is
    merged into the class's schema (empty where JSON Schema cannot say it).
    """

    __slots__ = ("check", "fields", "schema")

    def __init__(
        self,
        fields: tuple[str, ...],
        check: Callable[[Any], list[Problem]],
        schema: Mapping[str, Any] = _NO_SCHEMA,
    ) -> None:
        self.fields = fields
        self.check = check
        self.schema = schema


def rule(declared: Rule, *, key: str | None = None) -> dict[str, Any]:
    """The metadata of a model field declared with its rule (and JSON ``key``, if not its name).

    ``id: str = attrs.field(metadata=rule(Identifier()))``.
    """
    metadata: dict[str, Any] = {_RULE: declared}
    if key is not None:
        metadata[_KEY] = key
    return metadata


def json_key(attribute: attrs.Attribute[Any]) -> str:
    """The JSON key of a field: its name, unless declared otherwise."""
    return cast("str", attribute.metadata.get(_KEY, attribute.name))


_FIELDS: dict[type, tuple[tuple[str, str, Rule], ...]] = {}
_PLANS: dict[type, tuple[tuple[str, str, Rule], ...]] = {}


def rules_of(cls: type) -> tuple[tuple[str, str, Rule], ...]:
    """Each checked field of ``cls``: its attribute name, JSON key and rule, in order."""
    found = _FIELDS.get(cls)
    if found is None:
        attributes = attrs.fields(cast("type[attrs.AttrsInstance]", cls))
        found = _FIELDS[cls] = tuple(
            (attribute.name, json_key(attribute), attribute.metadata[_RULE])
            for attribute in attributes
            if _RULE in attribute.metadata
        )
    return found


def _plan(cls: type) -> tuple[tuple[str, str, Rule], ...]:
    """The fields of ``cls`` with their ``$.key`` paths, as :func:`validate` walks them."""
    plan = _PLANS.get(cls)
    if plan is None:
        plan = _PLANS[cls] = tuple((name, f"$.{key}", rule) for name, key, rule in rules_of(cls))
    return plan


def validate(instance: Any) -> None:
    """Check every field of ``instance`` by its rule, then its invariants; raise if any fail."""
    problems: list[Problem] = []
    failed: set[str] = set()
    for name, path, rule in _plan(type(instance)):
        found = rule.check(getattr(instance, name), path)
        if found:
            problems += found
            failed.add(name)
    for invariant in getattr(instance, "__invariants__", ()):
        if failed.isdisjoint(invariant.fields):
            problems += invariant.check(instance)
    _checks.raise_if(problems)


_TARGETS: dict[Rule, frozenset[str]] = {}


def targets(declared: Rule) -> frozenset[str]:
    """The collections whose ids a value following ``declared`` may hold, however deep."""
    found = _TARGETS.get(declared)
    if found is None:
        found = frozenset({declared.refers_to} if declared.refers_to is not None else ())
        if isinstance(declared, Instance):
            for _, _, inner in rules_of(declared.kind):
                found |= targets(inner)
        for inner in declared.inner():
            found |= targets(inner)
        _TARGETS[declared] = found
    return found


def references(value: object, rule: Rule, path: str) -> Iterator[tuple[str, str, object, Rule]]:
    """Every id in ``value`` that must name an item of a collection.

    Yields the id's path, the collection's name, the id, and the rule it was declared by.
    The object holding it is the one at the path's parent.
    """
    if value is None or not targets(rule):
        return
    if rule.refers_to is not None and not isinstance(rule, Optional | Many):
        yield path, rule.refers_to, value, rule
    elif isinstance(rule, Optional):
        yield from references(value, rule.rule, path)
    elif isinstance(rule, Many):
        for index, item in enumerate(cast("tuple[object, ...]", value)):
            yield from references(item, rule.rule, f"{path}[{index}]")
    elif isinstance(rule, Instance):
        for name, key, inner in rules_of(rule.kind):
            yield from references(getattr(value, name), inner, f"{path}.{key}")


def holders(value: object, rule: Rule, kind: type, path: str) -> Iterator[tuple[str, Any]]:
    """Every instance of the model class ``kind`` inside ``value``, with its path."""
    if value is None:
        return
    if isinstance(rule, Instance):
        if issubclass(rule.kind, kind):
            yield path, value
            return
        for name, key, inner in rules_of(rule.kind):
            if _may_hold(inner, kind):
                yield from holders(getattr(value, name), inner, kind, f"{path}.{key}")
    elif isinstance(rule, Optional):
        yield from holders(value, rule.rule, kind, path)
    elif isinstance(rule, Many) and _may_hold(rule.rule, kind):
        for index, item in enumerate(cast("tuple[object, ...]", value)):
            yield from holders(item, rule.rule, kind, f"{path}[{index}]")


_HOLDS: dict[tuple[Rule, type], bool] = {}


def _may_hold(rule: Rule, kind: type) -> bool:
    """Whether a value following ``rule`` may hold a ``kind`` object, however deep."""
    found = _HOLDS.get((rule, kind))
    if found is None:
        if isinstance(rule, Instance):
            found = issubclass(rule.kind, kind) or any(
                _may_hold(inner, kind) for _, _, inner in rules_of(rule.kind)
            )
        else:
            found = any(_may_hold(inner, kind) for inner in rule.inner())
        _HOLDS[rule, kind] = found
    return found


def builds(cls: type, context: Context, **given: SearchStrategy[Any]) -> SearchStrategy[Any]:
    """A strategy of valid ``cls`` objects, each field drawn by its rule unless ``given``.

    A class with invariants that a free draw may break keeps only the draws that hold; its
    callers usually give the fields concerned.
    """
    st = _hypothesis()
    fields = {
        name: given[name] if name in given else free(declared, context)
        for name, _, declared in rules_of(cls)
    }
    if not getattr(cls, "__invariants__", ()):
        return cast("SearchStrategy[Any]", st.builds(cls, **fields))
    drawn = st.builds(functools.partial(_build_or_none, cls), **fields)
    return cast("SearchStrategy[Any]", drawn.filter(lambda value: value is not None))


def free(declared: Rule, context: Context) -> SearchStrategy[Any]:
    """The strategy of a field its caller does not set: drawn by its rule.

    A field that may hold ids of the accord's collections (a source reference, a body's id)
    is left empty where it may be (``None``, no items) unless ``context`` says what ids
    there are: an id drawn on its own names nothing, and a quote drawn on its own quotes
    nothing. The callers that can draw sound references (``agreements()``) give those fields.
    """
    st = _hypothesis()
    if not targets(declared) <= context.keys():
        if isinstance(declared, Optional):
            return cast("SearchStrategy[Any]", st.none())
        if isinstance(declared, Many) and declared.empty is None:
            return cast("SearchStrategy[Any]", st.just(frozenset() if declared.unordered else ()))
    return declared.strategy(context)


def _build_or_none(cls: type, **arguments: Any) -> Any:
    try:
        return cls(**arguments)
    except AccordDataError:
        return None
