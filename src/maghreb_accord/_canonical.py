"""The canonical accord's quick route: the bundled bytes, proven by the tests, built unchecked.

Scripts and command lines pay for a whole process on every run, and the bundled accord is the
same bytes every time. The test suite proves, for those bytes, that the strict loader accepts
them and that :func:`build` makes an accord equal to the strict loader's, field by field and
type by type (``tests/test_coldstart.py``). So :func:`~maghreb_accord.load` builds the
canonical accord here — no cattrs, no field rules run again, no whole-accord checks — but
*only* when the bundled files are the bytes that were proven: the BLAKE2b digest of the JSON
and of every source text it names must equal the one recorded beside them (:data:`DIGEST_FILE`).

Anything else — a changed or tampered file, a missing or altered digest, a packed install —
returns ``None``, and :func:`~maghreb_accord.load` takes the strict route. A user's own file
never comes here: :func:`~maghreb_accord.loads` and :func:`~maghreb_accord.load_file` have
one door, the strict one.

After a deliberate change of the data, ``pytest tests/test_golden.py --update-goldens``
records the new digest (the test suite fails until it does).
"""

from __future__ import annotations

import datetime
import enum
import gc
import json
import os
import types
import typing
from collections.abc import Callable
from typing import Any, Final

import attrs

from ._rules import json_key
from .agreement import Agreement
from .dates import When, _parse_day, parse_when

# BLAKE2b, built into Python: in software it hashes the bundled files three times as fast as
# SHA-256 (0.3 ms against 1 ms), and needs no hashlib, whose OpenSSL binding alone costs a
# cold load() 3 ms to import.
try:
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - a Python built without it has hashlib's
    from hashlib import blake2b

__all__ = ["DIGEST_FILE", "build", "digest", "load"]

DIGEST_FILE: Final = "rabat-2013.blake2b"
"""The file, beside the canonical JSON, holding the digest of the bytes the tests proved."""

_Build = Callable[[Any], Any]


def digest(document: bytes, texts: dict[str, bytes]) -> str:
    """The BLAKE2b digest (256 bits) of an accord's JSON and the source texts it names, as hex.

    Each file goes in with its name and length, so no two sets of files share a digest by
    moving bytes from one to the next.
    """
    hashed = blake2b(digest_size=32)
    for name, content in (("", document), *sorted(texts.items())):
        hashed.update(f"{name}\0{len(content)}\0".encode())
        hashed.update(content)
    return str(hashed.hexdigest())


def text_files(parsed: Any) -> list[str]:
    """The ``text_file`` names of a parsed accord's sources, in order."""
    return [source["text_file"] for source in parsed["sources"] if "text_file" in source]


def load(folder: str, name: str) -> Agreement | None:
    """The accord in ``folder/name``, if its files are the proven ones; else ``None``."""
    # Parsing and building make some 3,000 objects the cycle collector tracks and not one
    # cycle, yet they would set off several of its passes, one over older objects too: about
    # a millisecond of a cold start. It is paused meanwhile (and left as it was found).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _load(folder, name)
    finally:
        if collecting:
            gc.enable()


def _load(folder: str, name: str) -> Agreement | None:
    try:
        with open(os.path.join(folder, name), "rb") as file:
            document = file.read()
        with open(os.path.join(folder, DIGEST_FILE), "rb") as file:
            recorded = file.read().strip().decode("ascii")
        parsed = json.loads(document)
        texts = {}
        for text_file in text_files(parsed):
            with open(os.path.join(folder, os.path.basename(text_file)), "rb") as file:
                texts[text_file] = file.read()
        if digest(document, texts) != recorded:
            return None
        for source in parsed["sources"]:
            if "text_file" in source:
                source["text"] = texts[source["text_file"]].decode("utf-8")
        return build(parsed)
    except Exception:  # anything unexpected: the strict route will say what, if anything
        return None


def build(parsed: Any) -> Agreement:
    """The Agreement of a parsed accord, built field by field without running any check.

    Only for documents the strict loader has accepted: nothing here checks anything.
    """
    return typing.cast("Agreement", _builder(Agreement)(parsed))


_BUILDERS: dict[Any, _Build] = {}


def _same(value: Any) -> Any:
    return value


def _builder(kind: Any) -> _Build:
    """How to build a value of the declared type ``kind`` from its JSON value."""
    found = _BUILDERS.get(kind)
    if found is None:
        found = _BUILDERS[kind] = _make_builder(kind)
    return found


def _make_builder(kind: Any) -> _Build:
    if kind in (str, int, bool):
        return _same
    if kind is datetime.date:
        return _parse_day
    if kind == When or kind == When | None:
        return parse_when
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return kind._value2member_map_.__getitem__  # as kind(value), without its checks
    if attrs.has(kind):
        return _class_builder(kind)
    origin, arguments = typing.get_origin(kind), typing.get_args(kind)
    if origin in (tuple, frozenset):
        item = _builder(arguments[0])
        container = origin
        if item is _same:
            return typing.cast("_Build", container)
        return lambda values: container(map(item, values))
    if type(None) in arguments and len(arguments) == 2:  # X | None: an absent value has no key
        return _builder(next(argument for argument in arguments if argument is not type(None)))
    raise TypeError(f"no quick builder for {kind!r}")  # pragma: no cover - a new kind of field


def _class_builder(cls: type) -> _Build:
    """Build an attrs class from its JSON object, as ``__init__`` would but with no check."""
    fields = attrs.fields(typing.cast("type[attrs.AttrsInstance]", cls))
    if any(isinstance(field.default, attrs.Factory) for field in fields):  # type: ignore[arg-type]
        raise TypeError(f"no quick builder for {cls.__name__}: a default is a factory")
    known = frozenset(json_key(field) for field in fields)
    # Each field's (slot setter, key, builder or None for a JSON value as it is, default),
    # found on first use: classes refer to each other. A slot's own setter, as
    # object.__setattr__ would, passes by the frozen class's __setattr__, and costs less.
    plan: list[tuple[Callable[[Any, Any], None], str, _Build | None, Any]] = []
    new, absent, required = object.__new__, object(), attrs.NOTHING
    # The Agreement's indexes are slots of its own, not fields: it builds them, as it does
    # after __init__.
    finish = Agreement._build_indexes if cls is Agreement else None

    def build_instance(value: dict[str, Any]) -> Any:
        if not plan:  # filled whole in one step, so a concurrent build never sees half
            plan[:] = [
                (
                    _slot(cls, field.name),
                    json_key(field),
                    None if built is _same else built,
                    default,
                )
                for field in fields
                for built, default in ((_builder(field.type), field.default),)
            ]
        if not known.issuperset(value):
            raise ValueError(f"unknown keys in {cls.__name__}")
        instance: Any = new(cls)
        get = value.get
        for put, key, build_field, default in plan:
            given = get(key, absent)
            if given is absent:
                if default is required:
                    raise KeyError(f"{cls.__name__} needs {key!r}")
                put(instance, default)
            else:
                put(instance, given if build_field is None else build_field(given))
        if finish is not None:
            finish(instance)
        return instance

    return build_instance


def _slot(cls: type, name: str) -> Callable[[Any, Any], None]:
    """The setter of the slot ``name`` of ``cls``."""
    slot = getattr(cls, name)
    if not isinstance(slot, types.MemberDescriptorType):  # pragma: no cover - not slotted
        raise TypeError(f"no quick builder for {cls.__name__}: {name} is not a slot")
    return slot.__set__
