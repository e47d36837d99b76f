"""The checks that need the whole accord: unique ids, ids that resolve, verbatim quotes.

They read the model's field rules: which fields hold ids of which collection is declared once,
on the field (``Identifier(refers_to="bodies")``). Two domain rules are written here by name:
quotes are checked against the ``sources`` collection, and bodies' parents may not form a cycle. The
collections themselves are the :class:`~maghreb_accord.Agreement`'s fields, passed in.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final, cast

from ._rules import (
    Identifier,
    Instance,
    Many,
    Rule,
    StateCode,
    holders,
    references,
    rules_of,
    targets,
)
from ._suggest import suggest
from .errors import Problem
from .model import Body, Source, SourceRef

__all__ = ["Collection", "collections_of", "problems"]

# The first few unknown ids get suggestions: each costs a comparison with every id.
_SUGGESTED: Final = 20

_NOUNS: Final = {
    "states": "state",
    "ministers": "minister",
    "bodies": "body",
    "meetings": "meeting",
    "commitments": "commitment",
    "sources": "source",
    "axes": "axis",
    "participants": "participant",
    "people": "person",
}


class Collection:
    """One collection field of an accord: its name, the class of its items, and their key."""

    __slots__ = ("key", "kind", "name")

    def __init__(self, name: str, kind: type, key: str) -> None:
        self.name, self.kind, self.key = name, kind, key


def collections_of(cls: type) -> tuple[Collection, ...]:
    """The collections of the accord class ``cls``: every field that is a tuple of objects.

    An item's key is its first field that names it (an id or a code that refers to nothing).
    Every ``refers_to`` of every rule under ``cls`` must name one of them: a misspelt target
    fails here, when the module is imported, not as a lookup error in some user's load().
    """
    found = []
    for name, _, rule in rules_of(cls):
        if isinstance(rule, Many) and isinstance(rule.rule, Instance):
            kind = rule.rule.kind
            key = next(
                field
                for field, _, inner in rules_of(kind)
                if isinstance(inner, Identifier | StateCode) and inner.refers_to is None
            )
            found.append(Collection(name, kind, key))
    names = {collection.name for collection in found}
    for name, _, declared in rules_of(cls):
        unknown = targets(declared) - names
        if unknown:
            raise TypeError(f"{cls.__name__}.{name} refers to no collection: {sorted(unknown)}")
    return tuple(found)


def problems(accord: Any, collections: Sequence[Collection]) -> list[Problem]:
    """Every problem of ``accord`` that only the whole accord shows."""
    found: list[Problem] = []
    pools: dict[str, Mapping[str, Any]] = {}
    for collection in collections:
        items = getattr(accord, collection.name)
        found += _duplicates(items, collection)
        pools[collection.name] = {getattr(item, collection.key): item for item in items}
    unknown = 0
    shifts: dict[str, list[int]] = {}  # for each source, how far its misplaced quotes moved
    for name, key, rule in rules_of(type(accord)):
        value = getattr(accord, name)
        for path, target, wanted, _ in references(value, rule, f"$.{key}"):
            pool = pools[target]
            if wanted not in pool:
                unknown += 1
                hint = suggest(str(wanted), pool) if unknown <= _SUGGESTED else []
                extra = f"; did you mean {hint[0]!r}?" if hint else ""
                message = f"no {_NOUNS.get(target, target)} {wanted!r} in this accord{extra}"
                found.append(Problem(path, message, code="unknown-id", subject=str(wanted)))
        found += _quote_problems(value, rule, f"$.{key}", pools.get("sources", {}), shifts)
    found += _shifted_texts(getattr(accord, "sources", ()), shifts)
    bodies = pools.get("bodies", {})
    cyclic = _in_cycles(bodies)
    for index, body in enumerate(getattr(accord, "bodies", ())):
        if body.id in cyclic:
            found.append(
                Problem(
                    f"$.bodies[{index}].parent",
                    "parents form a cycle",
                    code="cycle",
                    subject=body.id,
                )
            )
    return found


def _duplicates(items: Iterable[Any], collection: Collection) -> list[Problem]:
    found = []
    seen: dict[str, int] = {}
    key = collection.key
    for index, item in enumerate(items):
        value = getattr(item, key)
        if value in seen:
            first = f"$.{collection.name}[{seen[value]}]"
            found.append(
                Problem(
                    f"$.{collection.name}[{index}].{key}",
                    f"duplicate {key} {value!r} (first at {first})",
                    code="duplicate",
                    subject=value,
                )
            )
        else:
            seen[value] = index
    return found


def _quote_problems(
    value: object,
    rule: Rule,
    path: str,
    sources: Mapping[str, Source],
    shifts: dict[str, list[int]],
) -> list[Problem]:
    found = []
    for where, ref in holders(value, rule, SourceRef, path):
        source = sources.get(ref.source)
        if source is not None:
            found += quote_problems(ref, source, where)
            at = _found_elsewhere(ref, source)
            if at is not None:
                shifts.setdefault(source.id, []).append(at - cast("int", ref.start))
    return found


# How many quotes of one source must have moved by the same distance for the loader to say
# that the text, rather than each quote, has likely changed.
_SHIFTED: Final = 3


def _shifted_texts(sources: Sequence[Source], shifts: Mapping[str, list[int]]) -> list[Problem]:
    """One problem for each source of which at least three quotes moved by one distance."""
    found = []
    for index, source in enumerate(sources):
        moved = shifts.get(source.id, [])
        if len(moved) < _SHIFTED:
            continue
        distance = max(set(moved), key=lambda d: (moved.count(d), -abs(d)))
        count = moved.count(distance)
        if count < _SHIFTED:
            continue
        side = "after" if distance > 0 else "before"
        unit = "character" if abs(distance) == 1 else "characters"
        where = f"$.sources[{index}]." + ("text_file" if source.text_file else "text")
        message = (
            f"{count} quotes from {source.id!r} stand {abs(distance)} {unit} {side} their"
            " offsets: has the text changed since they were taken?"
        )
        found.append(Problem(where, message, code="text-changed", subject=source.id))
    return found


def _found_elsewhere(ref: SourceRef, source: Source) -> int | None:
    """Where ``ref``'s quote stands in ``source``, if it is there but not at its offsets.

    Of several places, the nearest to its offsets: words the text repeats (the same phrase
    early and late in an article) are found where the quote was taken, not where they
    first appear.
    """
    text, quote = source.text, ref.quote
    if text is None or not quote or ref.start is None or ref.end is None:
        return None
    if text[ref.start : ref.end] == quote:
        return None
    places = []
    at = text.find(quote)
    while at >= 0:
        places.append(at)
        at = text.find(quote, at + 1)
    start = ref.start
    return min(places, key=lambda place: (abs(place - start), place), default=None)


def quote_problems(ref: SourceRef, source: Source, path: str) -> list[Problem]:
    """The problems of ``ref``'s quote against ``source``: verbatim at its offsets, or none."""
    text = source.text
    if text is None:
        if ref.quote is not None:
            message = f"source {source.id!r} has no text to quote from"
            return [Problem(f"{path}.quote", message, code="no-text-to-quote", subject=source.id)]
        if ref.excerpt is None and not source.register:
            message = f"a reference to {source.id!r}, which is not bundled, needs its excerpt"
            return [Problem(path, message, code="needs-excerpt", subject=source.id)]
        return []
    if ref.quote is None or ref.start is None or ref.end is None:
        message = f"a reference to bundled source {source.id!r} must quote it"
        return [Problem(path, message, code="needs-quote", subject=source.id)]
    if ref.end > len(text):
        message = f"{ref.end} is past the end of {source.id!r} ({len(text)})"
        return [Problem(f"{path}.end", message, code="quote", subject=source.id)]
    if text[ref.start : ref.end] != ref.quote:
        found = _found_elsewhere(ref, source)
        where = "; the quote is nowhere in the source"
        if found is not None:
            where = f"; the quote stands at {found}-{found + len(ref.quote)}"
        message = f"does not match {source.id!r} at {ref.start}-{ref.end}{where}"
        return [Problem(f"{path}.quote", message, code="quote", subject=source.id)]
    return []


def _in_cycles(bodies: Mapping[str, Body]) -> set[str]:
    """The ids of the bodies whose parents lead back to them, found in one pass."""
    done: set[str] = set()
    cyclic: set[str] = set()
    for start in bodies:
        path: list[str] = []
        on_path: set[str] = set()
        current: str | None = start
        while current is not None and current in bodies and current not in done:
            if current in on_path:
                cyclic.update(path[path.index(current) :])
                break
            path.append(current)
            on_path.add(current)
            current = bodies[current].parent
        done.update(path)
    return cyclic
