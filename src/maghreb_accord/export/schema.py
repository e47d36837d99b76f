"""The JSON Schema (Draft 2020-12) of the accord format, derived from the model itself.

The schema says what JSON Schema can say: types, required and unknown keys, vocabularies,
patterns of ids, codes and dates, minimum counts and values, texts that are not blank and hold
no bidi or control characters. What needs the whole accord — unique ids, references that
resolve, quotes that match their source at their offsets — or that JSON Schema cannot state —
Unicode normalisation, days that exist in their month — only the loader checks.
"""

from __future__ import annotations

from functools import cache
from typing import Any, Final

import attrs

from maghreb_accord._rules import Instance, Optional, Rule, rules_of
from maghreb_accord.agreement import Agreement

__all__ = ["LOADER_ONLY", "SCHEMA_ID", "json_schema"]

_NOTHING: Final = attrs.NOTHING
SCHEMA_ID: Final = "urn:maghreb-accord:schema:accord:0.1"
LOADER_ONLY: Final = (
    "A document valid against this schema is one the loader accepts, except for what JSON "
    "Schema cannot state, which only the loader checks: ids unique across their collection; "
    "references that resolve (states, ministers, bodies, meetings, sources) and parents with "
    "no cycle; quotes that match their source's text at their offsets, and references to a "
    "bundled source that quote it; fields of one object that must agree (an end after its "
    "start, bounds in order); text in Unicode NFC; days that exist in their month; integers "
    "written without a fraction (3, not 3.0). An absent value is an absent key: null is "
    "refused everywhere."
)
"""What the loader checks beyond this schema, as the schema's description says."""


def _classes(rule: Rule, found: dict[str, type]) -> None:
    """Every model class a value following ``rule`` may hold, by name, into ``found``."""
    if isinstance(rule, Instance) and rule.kind.__name__ not in found:
        found[rule.kind.__name__] = rule.kind
        for _, _, inner in rules_of(rule.kind):
            _classes(inner, found)
    for inner in rule.inner():
        _classes(inner, found)


def _class_schema(cls: type) -> dict[str, Any]:
    # Each field's schema is its declared rule's; nothing here names a field.
    properties: dict[str, Any] = {}
    required: list[str] = []
    defaults = {field.name: field.default for field in cls.__attrs_attrs__}  # type: ignore[attr-defined]
    for name, key, rule in rules_of(cls):
        properties[key] = rule.schema()
        if not isinstance(rule, Optional) and defaults[name] is _NOTHING:
            required.append(key)
    schema: dict[str, Any] = {
        "type": "object",
        "description": (cls.__doc__ or "").strip().split("\n\n")[0].replace("\n", " "),
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }
    for invariant in getattr(cls, "__invariants__", ()):
        schema.update(invariant.schema)
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
    classes: dict[str, type] = {}
    _classes(Instance(Agreement), classes)
    definitions = {
        name: _class_schema(cls) for name, cls in classes.items() if cls is not Agreement
    }
    definitions.update(_enums())
    root = _class_schema(Agreement)
    root["description"] = f"{root['description']} {LOADER_ONLY}"
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
