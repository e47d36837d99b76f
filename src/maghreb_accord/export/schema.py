"""The JSON Schema (Draft 2020-12) of the accord format, derived from the model itself.

The schema says what JSON Schema can say: types, required and unknown keys, vocabularies,
patterns of ids, codes and dates, minimum counts and values, texts that are not blank and hold
no bidi or control characters. What needs the whole accord — unique ids, references that
resolve, quotes that match their source at their offsets — or that JSON Schema cannot state —
Unicode normalisation, days that exist in their month — only the loader checks.
"""

from __future__ import annotations

import datetime
import enum
import types
import typing
from functools import cache
from typing import Any, Final

import attrs

from maghreb_accord import _checks
from maghreb_accord.dates import When
from maghreb_accord.label import Label
from maghreb_accord.model import (
    JSON_KEYS,
    Agreement,
    AttestedName,
    Body,
    Cadence,
    Commitment,
    Meeting,
    MemberState,
    Minister,
    Source,
    SourceRef,
    Venue,
)

__all__ = ["SCHEMA_ID", "json_schema"]

SCHEMA_ID: Final = "urn:maghreb-accord:schema:accord:0.1"

_CLASSES: Final = (
    Agreement,
    Label,
    Source,
    SourceRef,
    AttestedName,
    MemberState,
    Minister,
    Cadence,
    Body,
    Venue,
    Meeting,
    Commitment,
)
_BIDI: Final = "".join(f"\\u{ord(char):04x}" for char in sorted(_checks.BIDI_CONTROLS))
# Not blank, no bidi controls, no control characters (a source's text may have line breaks).
_TEXT: Final = {
    "type": "string",
    "pattern": f"^(?=[\\s\\S]*\\S)[^{_BIDI}\\u0000-\\u001f\\u007f-\\u009f]*$",
}
_LONG_TEXT: Final = {
    "type": "string",
    "pattern": f"^(?=[\\s\\S]*\\S)[^{_BIDI}\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f]*$",
}
_DATE: Final = {"type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}
_DAY: Final = "[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
_WHEN: Final = {
    "type": "string",
    "description": "A date as precise as its sources (EDTF): day, month, year, or bounds.",
    "pattern": (
        f"^({_DAY}|[0-9]{{4}}-(0[1-9]|1[0-2])|[0-9]{{4}}"
        f"|\\.\\./{_DAY}|{_DAY}/\\.\\.|{_DAY}/{_DAY})$"
    ),
}
_ID: Final = {"type": "string", "pattern": f"^{_checks.ID_PATTERN.pattern}$"}
_CODE: Final = {"type": "string", "enum": sorted(_checks.ISO_3166_ALPHA_2)}
_FIELDS: Final[dict[tuple[type, str], dict[str, Any]]] = {
    (MemberState, "code"): _CODE,
    (Minister, "state"): _CODE,
    (Venue, "state"): _CODE,
    (MemberState, "wikidata"): {
        "type": "string",
        "pattern": f"^{_checks.WIKIDATA_PATTERN.pattern}$",
    },
    (Source, "language"): {
        "type": "string",
        "pattern": f"^{_checks.LANGUAGE_PATTERN.pattern}$",
    },
    (AttestedName, "language"): {
        "type": "string",
        "pattern": f"^{_checks.LANGUAGE_PATTERN.pattern}$",
    },
    (Source, "text_file"): {
        "type": "string",
        "pattern": f"^{_checks.FILE_NAME_PATTERN.pattern}$",
    },
    (Source, "text"): _LONG_TEXT,
    (SourceRef, "start"): {"type": "integer", "minimum": 0},
    (SourceRef, "end"): {"type": "integer", "minimum": 1},
    (Cadence, "interval"): {"type": "integer", "minimum": 1},
}
_ID_FIELDS: Final = {"id", "source", "parent", "body", "meeting_id"}
_EXTRA: Final[dict[type, dict[str, Any]]] = {
    SourceRef: {
        "dependentRequired": {
            "quote": ["start", "end"],
            "start": ["quote", "end"],
            "end": ["quote", "start"],
        }
    },
    Source: {
        "not": {"required": ["text", "text_file"]},
        "anyOf": [{"required": ["text"]}, {"required": ["text_file"]}, {"required": ["address"]}],
    },
    Meeting: {
        "if": {"properties": {"status": {"const": "held"}}},
        "then": {"properties": {"when": {"not": {"pattern": "/"}}}},
    },
}
_UNIQUE: Final = {(Commitment, "responsible"), (Commitment, "parties")}
_NON_EMPTY: Final = {(Commitment, "domains")} | {
    (cls, "sources") for cls in (MemberState, Minister, Body, Meeting, Commitment)
}


def _key(cls: type, name: str) -> str:
    return JSON_KEYS.get(cls, {}).get(name, name)


def _type_schema(kind: Any, cls: type, name: str) -> dict[str, Any]:
    if (cls, name) in _FIELDS:
        return dict(_FIELDS[cls, name])
    origin = typing.get_origin(kind)
    if kind == When:
        return dict(_WHEN)
    if origin in (types.UnionType, typing.Union):
        (inner,) = [arg for arg in typing.get_args(kind) if arg is not type(None)]
        return _type_schema(inner, cls, name)
    if origin in (tuple, frozenset):
        (item, *_) = typing.get_args(kind)
        schema: dict[str, Any] = {"type": "array", "items": _type_schema(item, cls, name)}
        if origin is frozenset or (cls, name) in _UNIQUE:
            schema["uniqueItems"] = True
        if (cls, name) in _NON_EMPTY:
            schema["minItems"] = 1
        return schema
    if isinstance(kind, type) and issubclass(kind, enum.StrEnum):
        return {"$ref": f"#/$defs/{kind.__name__}"}
    if attrs.has(kind):
        return {"$ref": f"#/$defs/{kind.__name__}"}
    if kind is datetime.date:
        return dict(_DATE)
    if kind is int:
        return {"type": "integer"}
    if kind is str:
        if name in _ID_FIELDS or (cls, name) in {(Commitment, "responsible")}:
            return dict(_ID)
        if (cls, name) == (Commitment, "parties"):
            return dict(_CODE)
        return dict(_TEXT)
    raise TypeError(f"no JSON Schema for {kind!r} ({cls.__name__}.{name})")


def _class_schema(cls: type) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    properties: dict[str, Any] = {}
    required: list[str] = []
    for field in attrs.fields(cls):
        if not field.init:
            continue
        key = _key(cls, field.name)
        properties[key] = _type_schema(hints[field.name], cls, field.name)
        if field.default is attrs.NOTHING:
            required.append(key)
    schema: dict[str, Any] = {
        "type": "object",
        "description": (cls.__doc__ or "").strip().split("\n\n")[0].replace("\n", " "),
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }
    schema.update(_EXTRA.get(cls, {}))
    return schema


def _enums() -> dict[str, Any]:
    from maghreb_accord import vocabulary

    found: dict[str, Any] = {}
    for name in vocabulary.__all__:
        kind = getattr(vocabulary, name)
        found[name] = {"type": "string", "enum": [member.value for member in kind]}
    return found


@cache
def _schema() -> dict[str, Any]:
    definitions = {cls.__name__: _class_schema(cls) for cls in _CLASSES if cls is not Agreement}
    definitions.update(_enums())
    root = _class_schema(Agreement)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "maghreb_accord accord",
        **root,
        "$defs": dict(sorted(definitions.items())),
    }


def json_schema() -> dict[str, Any]:
    """The JSON Schema (Draft 2020-12) of the accord format, as a new dict each call.

    The same schema ships in the package as ``data/accord.schema.json`` for tools in other
    languages.

    >>> from maghreb_accord.export import json_schema
    >>> schema = json_schema()
    >>> schema["$schema"], schema["required"][:3]
    ('https://json-schema.org/draft/2020-12/schema', ['id', 'title', 'meeting'])
    >>> schema["$defs"]["Domain"]["enum"][:3]
    ['terrorism', 'extremism', 'terrorism_financing']

    .. versionadded:: 0.1.0
    """
    import copy

    return copy.deepcopy(_schema())
