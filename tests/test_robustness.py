"""Whatever comes in, the loader answers AccordDataError with paths, or a valid accord."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import maghreb_accord
from maghreb_accord import AccordDataError, Agreement
from tests.support import CANONICAL_TEXT, DATA, canonical_raw, places

CANONICAL = canonical_raw()
NASTY_STRINGS = [
    "\ud800",  # a lone surrogate
    "\udfff",
    "\u202eevil",  # bidi override
    "\u2067x\u2069",
    "\x00",
    "e\u0301",  # not NFC
    "",
    "   ",
    "x" * 100_000,  # a huge string
    "٬",
    "\ufeff",
]


def _outcome(data: str | bytes) -> Agreement | AccordDataError:
    try:
        return maghreb_accord.loads(data, base=DATA)
    except AccordDataError as error:
        assert error.problems
        for problem in error.problems:
            assert problem.path.startswith("$")
            assert problem.message
        return error


PLACES = places(CANONICAL)[1:]
ID_PLACES = [place for place in PLACES if place[-1] in ("id", "code", "source", "body", "parent")]
OFFSET_PLACES = [place for place in PLACES if place[-1] in ("start", "end", "quote")]


def _set(document: Any, place: tuple[Any, ...], value: Any) -> None:
    for key in place[:-1]:
        document = document[key]
    document[place[-1]] = value


def _get(document: Any, place: tuple[Any, ...]) -> Any:
    for key in place:
        document = document[key]
    return document


@st.composite
def hostile_documents(draw: st.DrawFn) -> str | bytes:
    document = json.loads(CANONICAL_TEXT)
    action = draw(
        st.sampled_from(
            ["swap ids", "break quotes", "nasty string", "deep nesting", "nan", "huge number"]
        )
    )
    if action == "swap ids":
        first, second = draw(st.sampled_from(ID_PLACES)), draw(st.sampled_from(ID_PLACES))
        a, b = _get(document, first), _get(document, second)
        _set(document, first, b)
        _set(document, second, a)
    elif action == "break quotes":
        place = draw(st.sampled_from(OFFSET_PLACES))
        value = draw(st.integers(-(2**70), 2**70) | st.text(max_size=5))
        _set(document, place, value)
    elif action == "nasty string":
        place = draw(st.sampled_from(PLACES))
        _set(document, place, draw(st.sampled_from(NASTY_STRINGS)))
    elif action == "deep nesting":
        _set(document, draw(st.sampled_from(PLACES)), "@@nest@@")
    text = json.dumps(document, ensure_ascii=draw(st.booleans()))
    if action == "deep nesting":
        # Spliced into the text: building it as Python objects would recurse as deep.
        depth = draw(st.integers(1, 100_000))
        text = text.replace('"@@nest@@"', "[" * depth + "]" * depth)
    if action == "nan":
        text = text.replace(
            '"interval": 3',
            f'"interval": {draw(st.sampled_from(["NaN", "Infinity", "-Infinity"]))}',
        )
    if action == "huge number":
        text = text.replace('"start": 0', '"start": ' + "9" * draw(st.integers(20, 10_000)), 1)
    if draw(st.booleans()):
        return text
    raw = text.encode("utf-8", "surrogatepass")
    prefix = draw(st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff", b"\xc3"]))
    return prefix + raw


@settings(max_examples=150)
@given(hostile_documents())
def test_hostile_documents_load_or_raise_accord_data_errors_with_paths(data: str | bytes) -> None:
    _outcome(data)


@pytest.mark.parametrize("size", [10 * 1024 * 1024, 12 * 1024 * 1024])
def test_inputs_of_10_mb_and_more_are_refused_with_a_clear_message(size: int) -> None:
    padding = " " * (size - len(CANONICAL_TEXT.encode()))
    data = (CANONICAL_TEXT + padding).encode()
    with pytest.raises(AccordDataError) as caught:
        maghreb_accord.loads(data, base=DATA)
    assert caught.value.problems[0].message.startswith(f"input of {len(data):,} bytes is over")


def test_a_huge_label_within_the_size_limit_loads() -> None:
    document = canonical_raw()
    document["title"]["fr"] = "x" * 1_000_000
    accord = maghreb_accord.loads(json.dumps(document), base=DATA)
    assert len(accord.title.fr) == 1_000_000


def test_lone_surrogates_escaped_in_json_are_problems_with_their_path() -> None:
    document = canonical_raw()
    document["commitments"][0]["text"]["fr"] = "\ud800"
    with pytest.raises(AccordDataError) as caught:
        maghreb_accord.loads(json.dumps(document), base=DATA)
    assert str(caught.value.problems[0]) == (
        "$.commitments[0].text.fr: contains a lone surrogate (not valid Unicode text)"
    )


def test_swapped_ids_are_caught_by_the_references() -> None:
    document = canonical_raw()
    bodies = document["bodies"]
    bodies[1]["id"], bodies[2]["id"] = bodies[2]["id"], bodies[1]["id"]
    with pytest.raises(AccordDataError) as caught:
        maghreb_accord.loads(json.dumps(document, ensure_ascii=False), base=DATA)
    assert [str(p) for p in caught.value.problems] == [
        "$.bodies[2].parent: a body cannot be its own parent"
    ]


def test_deep_nesting_is_refused_at_its_limit() -> None:
    document = canonical_raw()
    document["title"] = json.loads("[" * 40 + "]" * 40)
    with pytest.raises(AccordDataError, match="nested deeper than the limit of 32"):
        maghreb_accord.loads(json.dumps(document), base=DATA)


@pytest.mark.parametrize(("levels", "too_deep"), [(31, False), (32, True)])
def test_the_nesting_limit_is_exact(levels: int, too_deep: bool) -> None:
    # The title is at depth 1, so its innermost array is at depth ``levels``, holding a number
    # one level further down: only arrays and objects count against the limit.
    document = canonical_raw()
    document["title"] = json.loads("[" * levels + "0" + "]" * levels)
    with pytest.raises(AccordDataError) as caught:
        maghreb_accord.loads(json.dumps(document), base=DATA)
    messages = [str(problem) for problem in caught.value.problems]
    if too_deep:
        assert messages == ["$: nested deeper than the limit of 32"]
    else:
        assert len(messages) == 1
        assert messages[0].startswith("$.title: expected an object, got [[[")
