"""The minimal accord of the own-accord how-to loads, validates and passes the schema."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

import maghreb_accord
from maghreb_accord.cli import main
from maghreb_accord.export import json_schema

MINIMAL = Path(__file__).resolve().parents[1] / "docs" / "howto" / "minimal-accord.json"


def test_the_minimal_accord_of_the_how_to_loads() -> None:
    accord = maghreb_accord.load_file(MINIMAL)
    counts = [
        len(accord.states),
        len(accord.ministers),
        len(accord.bodies),
        len(accord.meetings),
        len(accord.commitments),
        len(accord.sources),
    ]
    assert counts == [1, 1, 1, 1, 1, 1]
    # Every reference quotes the one bundled source, as the how-to explains.
    for commitment in accord.commitments:
        for ref in commitment.sources:
            text = accord.source(ref.source).text
            assert text is not None
            assert text[ref.start : ref.end] == ref.quote
    assert maghreb_accord.dumps(accord) == MINIMAL.read_text("utf-8")


def test_the_minimal_accord_is_valid_for_the_schema_and_the_validate_command() -> None:
    jsonschema.Draft202012Validator(json_schema()).validate(json.loads(MINIMAL.read_text("utf-8")))
    assert main(["validate", str(MINIMAL)]) == 0


def test_the_how_to_explains_the_quoting_rule_before_its_error() -> None:
    guide = (MINIMAL.parent / "own-accord.md").read_text("utf-8")
    assert guide.index("minimal-accord.json") < guide.index("must quote it")
    assert guide.index("### The quoting rule") < guide.index("Traceback")
