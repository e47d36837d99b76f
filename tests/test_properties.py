"""Property tests: round trips, and no input that makes the loader raise anything else."""

from __future__ import annotations

import copy
import datetime
import functools
import json
import os
import subprocess
import sys
import unicodedata
from typing import Any, Final

import attrs
import pytest
from hypothesis import example, given, note, settings
from hypothesis import strategies as st

import maghreb_accord
from maghreb_accord import (
    AccordDataError,
    Agreement,
    Cadence,
    CadenceUnit,
    Label,
    LocaleError,
    strategies,
)
from maghreb_accord._rules import days
from tests.support import CANONICAL_TEXT, DATA, canonical_raw, load_raw, places

CANONICAL = canonical_raw()

json_scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)

#: What the record must never say of a window with no meeting recorded.
_OVERCLAIMS = ("manqu", "non tenue", "pas eu lieu", "لم يعقد", "لم ينعقد", "فاتت", "فوت")


def _loads_or_data_error(data: str | bytes) -> Agreement | None:
    try:
        return maghreb_accord.loads(data, base=DATA)
    except AccordDataError as error:
        assert error.problems
        assert all(problem.path.startswith("$") for problem in error.problems)
        return None


@given(st.binary(max_size=300))
def test_random_bytes_raise_only_accord_data_errors(data: bytes) -> None:
    assert _loads_or_data_error(data) is None


@given(json_values)
def test_random_json_raises_only_accord_data_errors(value: Any) -> None:
    assert _loads_or_data_error(json.dumps(value)) is None


CANONICAL_PATHS = places(CANONICAL)[1:]


def _parent(document: Any, path: tuple[str | int, ...]) -> Any:
    for key in path[:-1]:
        document = document[key]
    return document


@st.composite
def mutated_documents(draw: st.DrawFn) -> Any:
    document = copy.deepcopy(CANONICAL)
    for _ in range(draw(st.integers(1, 4))):
        path = draw(st.sampled_from(CANONICAL_PATHS))
        try:
            parent = _parent(document, path)
            parent[path[-1]]
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed this place
        action = draw(st.sampled_from(["delete", "replace", "retype", "duplicate", "extra_key"]))
        key = path[-1]
        if action == "delete":
            del parent[key]
        elif action == "replace":
            parent[key] = draw(json_values)
        elif action == "retype":
            value = parent[key]
            parent[key] = [value] if not isinstance(value, list) else (value[0] if value else "")
        elif action == "duplicate" and isinstance(parent, list):
            assert isinstance(key, int)
            parent.insert(key, copy.deepcopy(parent[key]))
        elif isinstance(parent[key], dict):
            parent[key][draw(st.text(min_size=1, max_size=8))] = draw(json_scalars)
    return document


@given(mutated_documents())
def test_mutations_of_the_canonical_file_load_or_raise_accord_data_errors(document: Any) -> None:
    text = json.dumps(document, ensure_ascii=False)
    result = _loads_or_data_error(text)
    if result is not None:
        assert maghreb_accord.loads(maghreb_accord.dumps(result), base=DATA) == result


@given(st.data())
def test_byte_level_edits_of_the_canonical_file_raise_only_accord_data_errors(
    data: st.DataObject,
) -> None:
    raw = bytearray(CANONICAL_TEXT.encode())
    for _ in range(data.draw(st.integers(1, 3))):
        start = data.draw(st.integers(0, len(raw)))
        end = data.draw(st.integers(start, min(len(raw), start + 8)))
        raw[start:end] = data.draw(st.binary(max_size=4))
    _loads_or_data_error(bytes(raw))


arabic_text = st.text(
    alphabet=st.characters(min_codepoint=0x0621, max_codepoint=0x064A) | st.just(" "),
    min_size=1,
    max_size=30,
).filter(str.strip)
latin_text = st.text(
    alphabet=st.characters(codec="latin-1", categories=["Ll", "Lu", "Zs", "Nd"]),
    min_size=1,
    max_size=30,
).filter(str.strip)


@st.composite
def valid_variants(draw: st.DrawFn) -> Any:
    """Valid accords derived from the canonical one: fewer, reordered or reworded parts."""
    document = copy.deepcopy(CANONICAL)
    commitments = document["commitments"]
    keep = draw(st.lists(st.sampled_from(range(len(commitments))), unique=True))
    document["commitments"] = [commitments[i] for i in keep]
    for commitment in document["commitments"]:
        if draw(st.booleans()):
            commitment["text"]["fr"] = draw(latin_text)
        if draw(st.booleans()):
            commitment["domains"] = draw(
                st.lists(
                    st.sampled_from([d.value for d in maghreb_accord.Domain]),
                    min_size=1,
                    unique=True,
                )
            )
    document["title"] = {"ar": draw(arabic_text), "fr": draw(latin_text)}
    document["bodies"][2]["cadence"] = {
        "interval": draw(st.integers(1, 1000)),
        "unit": draw(st.sampled_from(["month", "year"])),
    }
    document["states"] = draw(st.permutations(document["states"]))
    return document


@given(valid_variants())
def test_unstructure_json_load_round_trips_to_an_equal_accord(document: Any) -> None:
    accord = load_raw(document)
    text = maghreb_accord.dumps(accord)
    again = maghreb_accord.loads(text, base=DATA)
    assert again == accord
    assert maghreb_accord.dumps(again) == text


def test_the_canonical_accord_dumps_to_the_bundled_bytes() -> None:
    assert maghreb_accord.dumps(maghreb_accord.load()) == CANONICAL_TEXT


def test_dumps_is_byte_identical_across_processes_and_hash_seeds() -> None:
    script = (
        "import maghreb_accord, sys; sys.stdout.write(maghreb_accord.dumps(maghreb_accord.load()))"
    )
    outputs = set()
    for seed in ("0", "1", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        result = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, env=env, check=True
        )
        outputs.add(result.stdout)
    assert outputs == {CANONICAL_TEXT.encode()}


@given(st.text(max_size=20), st.text(max_size=20))
def test_a_label_is_either_valid_or_an_accord_data_error(ar: str, fr: str) -> None:
    try:
        label = Label(ar=ar, fr=fr)
    except AccordDataError as error:
        assert {p.path for p in error.problems} <= {"$.ar", "$.fr"}
    else:
        assert label.ar.strip()
        assert label.fr.strip()


@given(st.text(max_size=15) | st.sampled_from(["arb", "ary", "ar-MA", "AR", "ara", "fr"]))
def test_any_locale_string_reads_a_language_or_is_a_locale_error(locale: str) -> None:
    label = Label(ar="نص", fr="texte")
    try:
        text = label.in_locale(locale)
    except LocaleError:
        return
    arabic = maghreb_accord.parse_locale(locale).language == "ar"
    assert text == ("نص" if arabic else "texte")


@given(st.integers(1, 1200), st.sampled_from(CadenceUnit))  # every interval a cadence takes
def test_every_cadence_has_a_valid_bilingual_label(interval: int, unit: CadenceUnit) -> None:
    label = Cadence(interval=interval, unit=unit).label
    assert label.ar.startswith("مرة كل ")
    assert label.fr.startswith("une fois")
    note(repr(label))


@given(st.integers(max_value=0), st.sampled_from(CadenceUnit))
def test_a_cadence_below_one_is_refused(interval: int, unit: CadenceUnit) -> None:
    try:
        Cadence(interval=interval, unit=unit)
    except AccordDataError as error:
        assert error.problems[0].path == "$.interval"
    else:
        raise AssertionError("accepted")


def _attrs_objects(value: object) -> list[object]:
    found = []
    if attrs.has(type(value)):
        found.append(value)
        for field in attrs.fields(type(value)):  # type: ignore[arg-type]
            found += _attrs_objects(getattr(value, field.name))
    elif isinstance(value, tuple | frozenset):
        for item in value:
            found += _attrs_objects(item)
    return found


CANONICAL_OBJECTS = _attrs_objects(maghreb_accord.load())


@given(st.sampled_from(CANONICAL_OBJECTS), st.data())
def test_no_canonical_object_can_be_changed_in_place(value: object, data: st.DataObject) -> None:
    names = [f.name for f in attrs.fields(type(value))]  # type: ignore[arg-type]
    name = data.draw(st.sampled_from(names))
    try:
        setattr(value, name, None)
    except attrs.exceptions.FrozenInstanceError:
        return
    raise AssertionError(f"{type(value).__name__}.{name} could be set")


@given(
    st.from_regex(r"[a-zA-Z]{2,3}", fullmatch=True),
    st.none() | st.from_regex(r"[a-zA-Z]{4}", fullmatch=True),
    st.none() | st.from_regex(r"[a-zA-Z]{2}|[0-9]{3}", fullmatch=True),
    st.sampled_from(["-", "_"]),
)
def test_locale_tags_round_trip_through_their_identifier(
    language: str, script: str | None, region: str | None, separator: str
) -> None:
    text = separator.join(part for part in (language, script, region) if part)
    tag = maghreb_accord.parse_locale(text)
    assert maghreb_accord.parse_locale(tag.babel_identifier()) == tag
    assert tag.language == language.lower()
    assert tag.text_language == ("ar" if language.lower() == "ar" else "fr")


@given(st.lists(st.from_regex(r"\$(\.[a-z]+|\[[0-9]{1,3}\])*", fullmatch=True), max_size=20))
def test_problems_are_listed_once_each_in_a_stable_order(paths: list[str]) -> None:
    problems = [maghreb_accord.Problem(path, "bad") for path in paths]
    error = AccordDataError(problems)
    assert len(error.problems) == len(set(problems)) or not problems
    assert AccordDataError(reversed(problems)).problems == error.problems


# --- the loader's quick checks agree with its thorough ones -------------------------------

# Written out here, not taken from the module under test: UAX #9's explicit formatting
# characters (ALM, LRM, RLM, LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI).
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_LABEL: Final = maghreb_accord.Label(ar="نص", fr="texte")
_SUSPECT_CHARACTERS = [*sorted(_BIDI), "\n", "\r", "\x00", "\x7f", "\x85", "\ud800"]


def test_no_character_the_text_check_refuses_is_printable() -> None:
    # The check's quick path rests on this: a printable text holds none of them.
    refused = [*map(chr, [*range(0x20), *range(0x7F, 0xA0)]), *_BIDI, "\ud800", "\udfff"]
    assert [char for char in refused if char.isprintable()] == []


@example("a\nb", False)
@example("a\nb", True)
@example("e\u0301", False)
@example("e\u0301\nx", True)
@example("a\n\x00", False)
@example("a\n\x00", True)
@example("\u202eabc\n", True)
@given(
    # A list joined rather than st.text: st.text merges an alphabet of character strategies
    # into one, and then seldom draws the few characters that matter here. Most characters
    # are of the kinds real texts hold, so both the quick path and the thorough one run.
    st.lists(
        st.sampled_from([*_SUSPECT_CHARACTERS, "e", "\u0301", "\u00e9", "ا", " "])
        | st.characters(categories=("L", "M", "N", "P", "S", "Zs"))
        | st.characters(exclude_categories=()),  # anything, surrogates too
        max_size=12,
    ).map("".join),
    st.booleans(),
)
def test_text_checks_report_exactly_what_the_text_holds(value: str, multiline: bool) -> None:
    expected: list[str] = []
    if not value.strip():
        expected.append("must not be empty or blank")
    else:
        if any("\ud800" <= char <= "\udfff" for char in value):
            expected.append("contains a lone surrogate (not valid Unicode text)")
        elif unicodedata.normalize("NFC", value) != value:
            expected.append("is not in Unicode normalisation form NFC")
        bidi = sorted({f"U+{ord(char):04X}" for char in value if char in _BIDI})
        if bidi:
            expected.append(f"contains bidi control characters ({', '.join(bidi)})")
        controls = sorted(
            {
                f"U+{ord(char):04X}"
                for char in value
                if unicodedata.category(char) == "Cc" and not (multiline and char == "\n")
            }
        )
        if controls:
            expected.append(f"contains control characters ({', '.join(controls)})")
    # Through the public types: a source's text may hold line breaks, a label's may not.
    try:
        if multiline:
            maghreb_accord.Source(id="s", description=_LABEL, text=value)
        else:
            maghreb_accord.Label(ar=value, fr="x")
    except AccordDataError as error:
        found = list(error.problems)
    else:
        found = []
    assert sorted(problem.message for problem in found) == sorted(expected)
    assert all(problem.path == ("$.text" if multiline else "$.ar") for problem in found)


_NAN: Final = object()


def _json_trees() -> st.SearchStrategy[Any]:
    """JSON documents as trees: objects are lists of pairs, so a key may stand twice."""
    leaves = st.none() | st.integers() | st.text("ab", max_size=2) | st.just(_NAN)
    tree = st.recursive(
        leaves,
        lambda inner: (
            st.lists(inner, max_size=3)
            | st.lists(st.tuples(st.sampled_from("kl"), inner), max_size=3).map(_Pairs)
        ),
        max_leaves=12,
    )
    # Wrapped in up to 35 arrays, to reach past the depth limit (32) now and then.
    return st.tuples(tree, st.integers(0, 35)).map(
        lambda pair: functools.reduce(lambda value, _: [value], range(pair[1]), pair[0])
    )


class _Pairs(list[tuple[str, Any]]):
    """A JSON object as its key-value pairs, in order, repeats included."""


def _text(tree: Any) -> str:
    if tree is _NAN:
        return "NaN"
    if isinstance(tree, _Pairs):
        return "{" + ", ".join(f"{json.dumps(k)}: {_text(v)}" for k, v in tree) + "}"
    if isinstance(tree, list):
        return "[" + ", ".join(_text(item) for item in tree) + "]"
    return json.dumps(tree)


def _expected(tree: Any, path: str = "$") -> list[str]:
    """Where the loader must report a duplicate key or a non-finite number."""
    if tree is _NAN:
        return [path]
    if isinstance(tree, _Pairs):
        keys = [key for key, _ in tree]
        found = [f"{path}.{key}" for key in sorted(set(keys)) if keys.count(key) > 1]
        last = dict(tree)  # JSON keeps the last value of a repeated key
        return found + [where for key, v in last.items() for where in _expected(v, f"{path}.{key}")]
    if isinstance(tree, list):
        return [where for i, item in enumerate(tree) for where in _expected(item, f"{path}[{i}]")]
    return []


def _nested(levels: int) -> Any:
    """An empty array inside ``levels - 1`` others: its innermost is at depth ``levels - 1``."""
    value: Any = []
    for _ in range(levels - 1):
        value = [value]
    return value


@example(_Pairs([("k", _nested(32)), ("k", None)]))  # the deep value is overwritten
@example(_nested(32))  # at the limit: allowed
@example(_nested(33))  # one deeper: refused
@given(_json_trees())
def test_every_duplicate_key_and_non_finite_number_is_reported(tree: Any) -> None:
    with pytest.raises(AccordDataError) as caught:
        maghreb_accord.loads(_text(tree))
    parse = [p for p in caught.value.problems if p.code in ("duplicate-key", "json")]
    if _too_deep(tree):
        limit = maghreb_accord.MAX_DEPTH
        assert [p.message for p in parse] == [f"nested deeper than the limit of {limit}"]
    else:
        assert sorted(p.path for p in parse) == sorted(_expected(tree))


def _too_deep(tree: Any, depth: int = 0) -> bool:
    """Whether an array or object of ``tree`` stands at the depth limit or deeper."""
    if not isinstance(tree, list):
        return False
    if depth >= maghreb_accord.MAX_DEPTH:
        return True
    # JSON keeps the last value of a repeated key: the others are never nested anywhere.
    children = list(dict(tree).values()) if isinstance(tree, _Pairs) else tree
    return any(_too_deep(child, depth + 1) for child in children)


@given(strategies.agreements(max_states=3, max_meetings=4), days())
def test_the_record_of_any_accord_on_any_day_renders_in_each_language(
    accord: Agreement, as_of: datetime.date
) -> None:
    for locale in ("ar", "fr", "both"):
        text = maghreb_accord.record_text(accord, as_of, locale)
        assert text.endswith("\n")
        for body in accord.bodies:
            held = any(meeting.body == body.id for meeting in accord.meetings)
            assert (f"\n{body.id}\n" in text or f"\u2068{body.id}\u2069" in text) == bool(
                body.cadence or held
            )
        # Absence of a record is never written as a meeting missed or not held (by the
        # library: a generated name may be any word, «فاتت» included).
        said = text
        for word in _OVERCLAIMS:
            if word in repr(accord):
                said = said.replace(word, "")
        assert not any(word in said for word in _OVERCLAIMS), text


@settings(max_examples=40, deadline=None)
@given(strategies.agreements(max_states=3, max_meetings=5), days())
def test_every_output_sees_the_same_windows(accord: Agreement, day: datetime.date) -> None:
    # Compliance, the closed windows of due(), the timeline and (once the record is complete
    # by the day) the schedule all read one walk: the same windows, the same statuses.
    from maghreb_accord._render.timeline import timeline_bodies, timeline_document

    drawn = timeline_bodies(accord)
    lanes = timeline_document(accord, "fr", as_of=day, bodies=drawn).lanes
    closed = accord.due(day).no_meeting_recorded
    for body_id, lane in zip(drawn, lanes, strict=True):
        report = accord.compliance(body_id, as_of=day)
        windows = [(w.index, w.earliest, w.latest) for w in report.windows]
        # Every window is expected (closed, or met) or the one still open with none yet.
        assert report.expected + report.open == len(windows)
        assert report.open <= 1
        assert [(w.index, w.earliest, w.latest) for w in lane.windows] == windows
        assert [w.status for w in lane.windows] == [w.status for w in report.windows]
        assert [(w.earliest, w.latest) for w in closed if w.body == body_id] == [
            (w.earliest, w.latest) for w in report.no_meeting_recorded
        ]
        held = [m for m in accord.meetings_of(body_id) if m.status.value == "held"]
        if all(m.when.latest is not None and m.when.latest <= day for m in held):
            expected = accord.schedule(body_id, until=day)
            assert [(e.index, e.earliest, e.latest) for e in expected] == windows
            assert [e.meeting for e in expected] == [
                w.meetings[0] if w.meetings else None for w in report.windows
            ]
