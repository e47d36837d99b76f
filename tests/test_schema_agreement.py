"""The loader and the published JSON Schema accept the same documents.

The exceptions are the checks JSON Schema cannot state, which the schema's description lists
and which :data:`BEYOND_JSON_SCHEMA` names by problem code: a document the loader refuses for
those reasons only may still pass the schema. Any other disagreement is a bug on one side.
"""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest
from hypothesis import given, note
from hypothesis import strategies as st

import maghreb_accord
from maghreb_accord import strategies as ms
from maghreb_accord.export import json_schema
from tests.support import canonical_raw, load_raw, places

VALIDATOR = jsonschema.Draft202012Validator(
    json_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)

# Problem codes of checks beyond JSON Schema: across objects (ids that resolve or repeat,
# cycles, quotes against their source, whether a source is bundled), across fields of one
# object, and Unicode normalisation.
BEYOND_JSON_SCHEMA = frozenset(
    {
        "unknown-id",
        "duplicate",
        "cycle",
        "quote",
        "needs-quote",
        "needs-excerpt",
        "no-text-to-quote",
        "needs-text",
        "inconsistent",
        "text",
    }
)

# Values a mutation puts in place of another: every JSON type, none equal to a valid value
# by accident of JSON Schema's number rules (3.0 is an integer to it, not to the loader).
REPLACEMENTS: list[Any] = [None, 0, -1, 1.5, True, "", "x", "2013-02-30", [], {}, ["x"]]


def _loader_verdict(document: Any) -> frozenset[str] | None:
    """None when the loader accepts ``document``, else the codes of its problems."""
    try:
        maghreb_accord.loads(json.dumps(document, ensure_ascii=False))
    except maghreb_accord.AccordDataError as error:
        return frozenset(problem.code for problem in error.problems)
    return None


def _assert_agree(document: Any) -> None:
    refused = _loader_verdict(document)
    valid = VALIDATOR.is_valid(document)
    note(f"loader: {sorted(refused) if refused else 'accepts'}; schema: {valid}")
    if refused is None:
        assert valid, [error.message for error in VALIDATOR.iter_errors(document)]
    elif not refused <= BEYOND_JSON_SCHEMA:
        assert not valid, sorted(refused)


def _at(document: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        document = document[step]
    return document


@st.composite
def mutated(draw: st.DrawFn) -> Any:
    """A generated accord as JSON, with one value replaced, one key deleted or one added."""
    document = json.loads(maghreb_accord.dumps(draw(ms.agreements())))
    where = draw(st.sampled_from(places(document)))
    action = draw(st.sampled_from(["replace", "delete", "add"]))
    if not where:
        return document
    parent = _at(document, where[:-1])
    if action == "replace":
        parent[where[-1]] = draw(st.sampled_from(REPLACEMENTS))
    elif action == "delete" and isinstance(parent, dict):
        del parent[where[-1]]
    elif isinstance(parent, dict):
        parent[draw(st.sampled_from(["extra", "notes", "Id"]))] = "x"
    return document


@given(ms.agreements())
def test_the_schema_accepts_every_generated_accord(accord: maghreb_accord.Agreement) -> None:
    _assert_agree(json.loads(maghreb_accord.dumps(accord)))


@given(mutated())
def test_loader_and_schema_agree_on_mutated_accords(document: Any) -> None:
    _assert_agree(document)


@pytest.mark.parametrize(
    ("place", "key", "expected"),
    [
        (("commitments", 0), "deadline", "$.commitments[0].deadline"),
        (("bodies", 1), "parent", "$.bodies[1].parent"),
        (("states", 0), "wikidata", "$.states[0].wikidata"),
        (("sources", 1), "address", "$.sources[1].address"),
    ],
)
def test_null_for_an_optional_value_is_a_type_problem(
    place: tuple[Any, ...], key: str, expected: str
) -> None:
    document = canonical_raw()
    _at(document, place)[key] = None
    with pytest.raises(maghreb_accord.AccordDataError) as raised:
        load_raw(document)
    assert [(p.path, p.code) for p in raised.value.problems] == [(expected, "type")]
    assert not VALIDATOR.is_valid(document)


def test_the_schema_description_lists_what_only_the_loader_checks() -> None:
    description = json_schema()["description"]
    for words in ("resolve", "quote", "unique", "NFC", "null"):
        assert words in description, words
