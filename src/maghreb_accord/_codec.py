"""The one cattrs converter of the library: strict on the way in, deterministic on the way out.

cattrs' defaults coerce (``1`` becomes ``"1"``, ``"DZ"`` becomes ``("D", "Z")``) and write
sets in hash order. This converter accepts only the JSON type each field declares, refuses
unknown keys, and writes frozensets sorted, so one accord always serialises to the same bytes.
Every failure, however deep, becomes a :class:`~maghreb_accord.errors.Problem` with its path:
the hooks here structure classes and collections themselves, collecting every problem with
its key or index, rather than leaving it to cattrs' generated code.
"""

from __future__ import annotations

import datetime
import enum
import typing
from collections.abc import Callable
from functools import cache
from typing import Any

import attrs
import cattrs
from cattrs.gen import make_dict_unstructure_fn, override

from . import _checks
from ._rules import json_key
from .agreement import Agreement
from .dates import Between, Day, Month, When, Year, _parse_day, parse_when
from .errors import AccordDataError, Problem
from .model import Source

__all__ = ["problems_from", "structure", "unstructure"]


def _renames(cls: type) -> dict[str, Any]:
    # The JSON key is declared with the field (``attrs.field(metadata=rule(..., key=...))``).
    return {
        field.name: override(rename=json_key(field))
        for field in attrs.fields(cls)
        if json_key(field) != field.name
    }


def _fail(message: str, code: str = "type") -> AccordDataError:
    return AccordDataError([Problem("$", message, code=code)])


def _structure_str(value: object, _: type) -> str:
    if type(value) is not str:
        raise _fail(f"expected a string, got {_checks.show_json(value)}")
    return value


def _structure_int(value: object, _: type) -> int:
    if type(value) is not int:
        raise _fail(f"expected an integer, got {_checks.show_json(value)}")
    return value


def _structure_bool(value: object, _: type) -> bool:
    if type(value) is not bool:
        raise _fail(f"expected true or false, got {_checks.show_json(value)}")
    return value


def _structure_date(value: object, _: type) -> datetime.date:
    return _parse_day(value)


def _structure_when(value: object, _: object) -> When:
    if type(value) is not str:
        raise _fail(f"expected a date as a string, got {_checks.show_json(value)}")
    return parse_when(value)


def _structure_enum(value: object, kind: type[enum.StrEnum]) -> enum.StrEnum:
    if type(value) is not str:
        raise _fail(f"expected a string, got {_checks.show_json(value)}")
    try:
        return kind(value)
    except ValueError:
        message = f"{value!r} is not a {kind.__name__}"
        # Values are lower case with underscores: 'Host' or 'organized-crime' is one step away.
        near = value.strip().lower().replace("-", "_").replace(" ", "_")
        if near in kind._value2member_map_:
            message += f"; did you mean {near!r}?"
        raise _fail(message, "vocabulary") from None


def _sequence_factory(kind: Any, converter: cattrs.Converter) -> Callable[[object, Any], Any]:
    origin = typing.get_origin(kind)
    (item_type, *_) = typing.get_args(kind)
    item_hook = converter.get_structure_hook(item_type)
    unique = origin is frozenset

    def structure(value: object, _: Any) -> Any:
        if type(value) is not list:
            raise _fail(f"expected an array, got {_checks.show_json(value)}")
        problems: list[Problem] = []
        items = []
        for index, item in enumerate(value):
            try:
                items.append(item_hook(item, item_type))
            except Exception as error:
                problems += problems_from(error, f"$[{index}]")
        if unique and not problems:  # a set would drop a repeated item silently
            problems += _checks.repeated(tuple(items), "$")
        if problems:
            raise AccordDataError(problems)
        return frozenset(items) if unique else tuple(items)

    return structure


def _class_factory(cls: type, converter: cattrs.Converter) -> Callable[[object, Any], Any]:
    """Structure an attrs class field by field through the converter's hooks.

    cattrs could generate this function (``make_dict_structure_fn``), but compiling one per
    class costs more than a cold ``load()`` spends on everything else; walking the fields
    costs nothing to set up, and reports every problem with its key the same way.
    """
    # The model's modules keep their annotations as objects, not strings, so the types are
    # read straight off the fields: resolving strings would compile each of them.
    types = {field.name: field.type for field in attrs.fields(cls)}
    if any(isinstance(kind, str) or kind is None for kind in types.values()):
        types = typing.get_type_hints(cls)
    fields = [
        (
            field.name,
            json_key(field),
            types[field.name],
            field.default is attrs.NOTHING,
        )
        for field in attrs.fields(cls)
    ]
    known = frozenset(key for _, key, _, _ in fields)
    hooks: dict[str, Callable[[Any, Any], Any]] = {}

    def structure(value: object, _: Any) -> Any:
        if type(value) is not dict:
            raise _fail(f"expected an object, got {_checks.show_json(value)}")
        problems = [
            Problem(f"$.{key}", "unknown key", code="unknown-key")
            for key in value
            if key not in known
        ]
        arguments = {}
        for name, key, kind, required in fields:
            if key not in value:
                if required:
                    problems.append(Problem(f"$.{key}", "required key missing", code="required"))
                continue
            if value[key] is None and not required:
                # An absent value is an absent key, as the JSON Schema says: null is no value.
                message = "null is not a value here; leave the key out when there is none"
                problems.append(Problem(f"$.{key}", message, code="type"))
                continue
            hook = hooks.get(name)
            if hook is None:  # looked up on first use: classes may refer to each other
                hook = hooks[name] = converter.get_structure_hook(kind)
            try:
                arguments[name] = hook(value[key], kind)
            except Exception as error:
                problems += problems_from(error, f"$.{key}")
        if problems:
            raise AccordDataError(problems)
        return cls(**arguments)

    return structure


def _unstructure_factory(cls: type, converter: cattrs.Converter) -> Callable[[Any], Any]:
    generated: Callable[[Any], Any] = make_dict_unstructure_fn(cls, converter, **_renames(cls))
    # A value left at its field's default — absent (null), a false flag, no items — is left
    # out rather than written; the keys keep field order.
    omitted = {"text"} if cls is Source else set()
    optional = frozenset(
        json_key(field) for field in attrs.fields(cls) if field.default is not attrs.NOTHING
    )

    def unstructure(instance: Any) -> dict[str, Any]:
        data: dict[str, Any] = generated(instance)
        # A text read from a file goes back to its file, not into the JSON.
        drop = omitted if getattr(instance, "text_file", None) is not None else set()
        return {
            key: value
            for key, value in data.items()
            if not (key in optional and (value is None or value is False or value == []))
            and key not in drop
        }

    return unstructure


def _is_sequence(kind: Any) -> bool:
    return typing.get_origin(kind) in (tuple, frozenset)


def _is_frozenset(kind: Any) -> bool:
    return typing.get_origin(kind) is frozenset


def _sort_key(item: object) -> str:
    return str(item)


@cache
def _converter() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True)
    # Dispatch goes by class, most specific first: the StrEnum vocabularies, though strings,
    # get their own hook, and cattrs' coercing defaults for str and int are replaced.
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(enum.StrEnum, _structure_enum)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_structure_hook(datetime.date, _structure_date)
    converter.register_unstructure_hook(datetime.date, datetime.date.isoformat)
    # Dates as precise as their sources are one EDTF string each in JSON.
    converter.register_structure_hook_func(
        lambda kind: kind == When or kind == When | None, _structure_when
    )
    for precise in (Day, Month, Year, Between):
        converter.register_unstructure_hook(precise, lambda value: value.edtf)
    converter.register_unstructure_hook_func(
        lambda kind: isinstance(kind, type) and issubclass(kind, enum.StrEnum),
        lambda member: member.value,
    )
    converter.register_structure_hook_factory(_is_sequence, _sequence_factory)
    converter.register_unstructure_hook_func(
        _is_frozenset,
        lambda items: sorted((converter.unstructure(item) for item in items), key=_sort_key),
    )
    converter.register_structure_hook_factory(attrs.has, _class_factory)
    converter.register_unstructure_hook_factory(attrs.has, _unstructure_factory)
    return converter


def structure(data: object) -> Agreement:
    """Build an Agreement from parsed JSON, or raise AccordDataError with every problem."""
    try:
        return _converter().structure(data, Agreement)
    except Exception as error:
        raise AccordDataError(problems_from(error, "$")) from None


def unstructure(agreement: Agreement) -> dict[str, Any]:
    """The JSON-ready form of ``agreement``: keys in field order, sets sorted."""
    data: dict[str, Any] = _converter().unstructure(agreement, Agreement)
    return data


def problems_from(error: BaseException, path: str) -> list[Problem]:
    """Every problem that ``error`` carries, moved under ``path``.

    Every hook here raises :class:`AccordDataError` with paths relative to the value it was
    given, so nesting hooks nest paths. Anything else — cattrs' own handling of ``X | None``
    is the only code of cattrs' on the way — becomes one problem at ``path`` rather than
    escaping.
    """
    if isinstance(error, AccordDataError):
        return [problem.under(path) for problem in error.problems]
    return [Problem(path, f"invalid value ({type(error).__name__}: {error})")]
