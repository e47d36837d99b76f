"""Helpers shared by the tests."""

from __future__ import annotations

import json
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import maghreb_accord

DATA: Traversable = files("maghreb_accord") / "data"
CANONICAL_TEXT = (DATA / "rabat-2013.json").read_text("utf-8")
SHARED_ARTICLE = (
    Path(__file__).resolve().parents[2] / "shared" / "sources" / "rabat-2013-almaghribia.ar.txt"
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
