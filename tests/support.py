"""Helpers shared by the tests."""

from __future__ import annotations

import json
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import attrs
import pytest

import maghreb_accord

DATA: Traversable = files("maghreb_accord") / "data"
CANONICAL_TEXT = (DATA / "rabat-2013.json").read_text("utf-8")
SHARED_ARTICLE = (
    Path(__file__).resolve().parents[2] / "shared" / "sources" / "rabat-2013-almaghribia.ar.txt"
)


def index_slots(cls: type) -> list[str]:
    """The slots of the attrs class ``cls`` that are not its fields: the Agreement's indexes."""
    fields = {field.name for field in attrs.fields(cls)}
    return sorted(
        name
        for base in cls.__mro__
        for name in vars(base).get("__slots__", ())
        if name not in fields and name != "__weakref__"
    )


def canonical_raw() -> Any:
    """A fresh, mutable copy of the canonical document."""
    return json.loads(CANONICAL_TEXT)


def load_raw(document: Any) -> maghreb_accord.Agreement:
    return maghreb_accord.loads(json.dumps(document, ensure_ascii=False), base=DATA)


def problems_of(document: Any) -> list[str]:
    """The problems the loader reports for ``document``, as 'path: message' lines."""
    try:
        load_raw(document)
    except maghreb_accord.AccordDataError as error:
        return [str(problem) for problem in error.problems]
    raise AssertionError("the document loaded without a problem")


def places(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """The path (keys and indexes) of every value inside a parsed JSON ``value``."""
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += places(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += places(item, (*path, index))
    return found


def assert_queries_agree_with_a_scan(accord: maghreb_accord.Agreement) -> None:
    """Every lookup of ``accord`` gives what a plain scan of its tuples gives."""
    for state in accord.states:
        assert accord.state(state.code.lower()) is state
        ministers = tuple(m for m in accord.ministers if m.state == state.code)
        assert accord.ministers_of(state.code.lower()) == ministers
        if len(ministers) == 1:
            assert accord.minister_of(state.code) is ministers[0]
        elif not ministers:
            with pytest.raises(maghreb_accord.UnknownIdError):
                accord.minister_of(state.code)
        else:
            with pytest.raises(maghreb_accord.AmbiguousError) as raised:
                accord.minister_of(state.code)
            assert raised.value.matches == tuple(m.id for m in ministers)
    for minister in accord.ministers:
        assert accord.minister(minister.id) is minister
    for body in accord.bodies:
        assert accord.body(body.id) is body
        assert accord.sub_bodies(body.id) == tuple(b for b in accord.bodies if b.parent == body.id)
        assert accord.commitments_of(body.id) == tuple(
            c for c in accord.commitments if body.id in c.responsible
        )
    for domain in maghreb_accord.Domain:
        scanned = tuple(c for c in accord.commitments if domain in c.domains)
        assert accord.commitments_about(domain) == scanned
        assert accord.commitments_about(domain.value) == scanned
    for commitment in accord.commitments:
        assert accord.commitment(commitment.id) is commitment
    for meeting in accord.meetings:
        assert accord.meeting(meeting.id) is meeting
    for source in accord.sources:
        assert accord.source(source.id) is source
    assert accord.main_meeting.id == accord.meeting_id
