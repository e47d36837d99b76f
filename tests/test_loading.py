"""Loading is strict: every problem is reported, with its JSON path, in one AccordDataError."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import maghreb_accord
from maghreb_accord import AccordDataError
from tests.support import CANONICAL_TEXT, DATA, canonical_raw, load_raw, problems_of

ARTICLE_REF = "$.commitments[11].sources[0]"  # condemn-terrorism, quoting the article


def _set(path: str, value: Any) -> Callable[[Any], None]:
    """A mutation that sets the value at a dotted path such as 'states.0.code'."""

    def mutate(document: Any) -> None:
        *parents, last = path.split(".")
        for key in parents:
            document = document[int(key)] if key.isdigit() else document[key]
        document[int(last) if last.isdigit() else last] = value

    return mutate


def _both(*mutations: Callable[[Any], None]) -> Callable[[Any], None]:
    """One mutation made of several, applied in order."""

    def mutate(document: Any) -> None:
        for each in mutations:
            each(document)

    return mutate


def _delete(path: str) -> Callable[[Any], None]:
    def mutate(document: Any) -> None:
        *parents, last = path.split(".")
        for key in parents:
            document = document[int(key)] if key.isdigit() else document[key]
        del document[last]

    return mutate


MUTATIONS: list[tuple[str, Callable[[Any], None], str]] = [
    ("unknown key", _set("states.0.colour", "green"), "$.states[0].colour: unknown key"),
    ("missing key", _delete("commitments.3.kind"), "$.commitments[3].kind: required key missing"),
    (
        "number for string",
        _set("states.0.code", 1),
        "$.states[0].code: expected a string, got 1 (number)",
    ),
    (
        "string for array",
        _set("commitments.0.parties", "DZ"),
        "$.commitments[0].parties: expected an array, got 'DZ' (string)",
    ),
    (
        "object for array",
        _set("states", {}),
        "$.states: expected an array, got {} (object)",
    ),
    (
        "array for object",
        _set("title", ["ar", "fr"]),
        "$.title: expected an object, got ['ar', 'fr'] (array)",
    ),
    (
        "unknown vocabulary value",
        _set("commitments.3.domains.0", "terorism"),
        "$.commitments[3].domains[0]: 'terorism' is not a Domain",
    ),
    (
        "vocabulary value in another case",
        _set("ministers.0.role", "Host"),
        "$.ministers[0].role: 'Host' is not a Role; did you mean 'host'?",
    ),
    (
        "vocabulary value with hyphens",
        _set("commitments.3.domains.0", "organized-crime"),
        "$.commitments[3].domains[0]: 'organized-crime' is not a Domain;"
        " did you mean 'organized_crime'?",
    ),
    (
        "duplicate in a set",
        _set("commitments.12.domains", ["terrorism", "terrorism"]),
        "$.commitments[12].domains[1]: duplicate of item 0",
    ),
    (
        "boolean for integer",
        _set("bodies.2.cadence.interval", True),
        "$.bodies[2].cadence.interval: expected an integer, got True (boolean)",
    ),
    (
        "float for integer",
        _set("bodies.2.cadence.interval", 3.0),
        "$.bodies[2].cadence.interval: expected an integer, got 3.0 (number)",
    ),
    (
        "interval below one",
        _set("bodies.2.cadence.interval", 0),
        "$.bodies[2].cadence.interval: must be at least 1, got 0",
    ),
    (
        "invalid state code",
        _set("states.0.code", "XX"),
        "$.states[0].code: 'XX' is not an ISO 3166-1 alpha-2 code",
    ),
    (
        "lower-case state code",
        _set("ministers.0.state", "ma"),
        "$.ministers[0].state: 'ma' is not an ISO 3166-1 alpha-2 code;"
        " codes are written in capitals: 'MA'",
    ),
    (
        "invalid id",
        _set("bodies.0.id", "Arab Maghreb Union"),
        "$.bodies[0].id: 'Arab Maghreb Union' is not an id (lowercase a-z, 0-9 and single hyphens)",
    ),
    (
        "invalid wikidata id",
        _set("states.1.wikidata", "262"),
        "$.states[1].wikidata: '262' is not a Wikidata item id",
    ),
    (
        "impossible date",
        _set("commitments.4.deadline", "2013-02-30"),
        "$.commitments[4].deadline: '2013-02-30' has the shape of a day, but there is no such day",
    ),
    (
        "date in another format",
        _set("commitments.4.deadline", "21/04/2013"),
        "$.commitments[4].deadline: expected a date as 'YYYY-MM-DD', got '21/04/2013' (string)",
    ),
    (
        "impossible meeting date",
        _set("meetings.0.when", "2013-02-30"),
        "$.meetings[0].when: '2013-02-30' has the shape of a day, but there is no such day",
    ),
    (
        "impossible bound",
        _set("meetings.0.when", "2013-04-01/2013-04-31"),
        "$.meetings[0].when: '2013-04-31' has the shape of a day, but there is no such day",
    ),
    (
        "month 13",
        _set("meetings.0.when", "2013-13"),
        "$.meetings[0].when: '2013-13' is not a date: use YYYY-MM-DD, YYYY-MM, YYYY,"
        " or bounds such as ../YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD",
    ),
    (
        "meeting date as an object",
        _set("meetings.0.when", {"date": "2013-04-21"}),
        "$.meetings[0].when: expected a date as a string, got {'date': '2013-04-21'} (object)",
    ),
    (
        "bounds reversed",
        _set("meetings.1.when", "2013-06-30/2013-04-21"),
        "$.meetings[1].when: '2013-06-30/2013-04-21' ends before it starts",
    ),
    (
        "no bounds at all",
        _set("meetings.1.when", "../.."),
        "$.meetings[1].when: '../..' is not a date: use YYYY-MM-DD, YYYY-MM, YYYY,"
        " or bounds such as ../YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD",
    ),
    ("empty label", _set("title.ar", ""), "$.title.ar: must not be empty or blank"),
    ("blank label", _set("title.fr", "  "), "$.title.fr: must not be empty or blank"),
    (
        "bidi control",
        _set("title.fr", "Accord\u200f"),
        "$.title.fr: contains bidi control characters (U+200F)",
    ),
    (
        "non-NFC text",
        _set("title.fr", "Accord de Re\u0301publique"),
        "$.title.fr: is not in Unicode normalisation form NFC",
    ),
    (
        "lone surrogate",
        _set("title.fr", "Accord \ud800"),
        "$.title.fr: contains a lone surrogate (not valid Unicode text)",
    ),
    (
        "control character",
        _set("title.fr", "Accord\x07"),
        "$.title.fr: contains control characters (U+0007)",
    ),
    (
        "newline in a one-line text",
        _set("title.fr", "Accord\nde Rabat"),
        "$.title.fr: contains control characters (U+000A)",
    ),
    (
        "duplicate id",
        _set("commitments.1.id", "coordinate-against-extremism-and-terrorism"),
        "$.commitments[1].id: duplicate id 'coordinate-against-extremism-and-terrorism'"
        " (first at $.commitments[0])",
    ),
    (
        "duplicate state",
        _set("states.1.code", "MA"),
        "$.states[1].code: duplicate code 'MA' (first at $.states[0])",
    ),
    (
        "unknown state",
        _set("ministers.0.state", "EG"),
        "$.ministers[0].state: no state 'EG' in this accord",
    ),
    (
        "unknown body",
        _set("commitments.3.responsible.0", "security-follow-up-comittee"),
        "$.commitments[3].responsible[0]: no body 'security-follow-up-comittee' in this accord;"
        " did you mean 'security-follow-up-committee'?",
    ),
    (
        "unknown meeting",
        _set("meeting", "rabat"),
        "$.meeting: no meeting 'rabat' in this accord; did you mean 'rabat-2013'?",
    ),
    (
        "unknown source",
        _set("commitments.11.sources.0.source", "le-matin"),
        f"{ARTICLE_REF}.source: no source 'le-matin' in this accord",
    ),
    (
        "quote altered",
        _set("commitments.11.sources.0.quote", "منددين بكافة أشكال الإرهاب"),
        f"{ARTICLE_REF}.quote: does not match 'almaghribia-rabat-2013' at 1872-1961;"
        " the quote is nowhere in the source",
    ),
    (
        "offsets shifted",
        _set("commitments.11.sources.0.start", 1873),
        f"{ARTICLE_REF}.quote: does not match 'almaghribia-rabat-2013' at 1873-1961;"
        " the quote stands at 1872-1961",
    ),
    (
        "offset past the end",
        _set("commitments.11.sources.0.end", 99999),
        f"{ARTICLE_REF}.end: 99999 is past the end of 'almaghribia-rabat-2013' (2617)",
    ),
    (
        "negative offset",
        _set("commitments.11.sources.0.start", -1),
        f"{ARTICLE_REF}.start: must not be negative, got -1",
    ),
    (
        "end before start",
        _set("commitments.11.sources.0.end", 1800),
        f"{ARTICLE_REF}.end: must be after start (1872), got 1800",
    ),
    (
        "quote without offsets",
        _delete("commitments.11.sources.0.start"),
        f"{ARTICLE_REF}: a quote needs quote, start and end; missing ['start']",
    ),
    (
        "bundled source not quoted",
        _set("commitments.11.sources.0", {"source": "almaghribia-rabat-2013"}),
        f"{ARTICLE_REF}: a reference to bundled source 'almaghribia-rabat-2013' must quote it",
    ),
    (
        "quote of an unbundled source",
        _set(
            "meetings.0.sources.1",
            {"source": "ccme-2013-rabat-meeting", "quote": "x", "start": 0, "end": 1},
        ),
        "$.meetings[0].sources[1].quote: source 'ccme-2013-rabat-meeting' has no text to quote from",
    ),
    (
        "no sources",
        _set("commitments.0.sources", []),
        "$.commitments[0].sources: must cite at least one source",
    ),
    (
        "no domains",
        _set("commitments.0.domains", []),
        "$.commitments[0].domains: must name at least one domain",
    ),
    (
        "attested name not the quote",
        _set("ministers.2.attested_names.0.name", "لطفي بن جدو"),
        "$.ministers[2].attested_names[0].name: must equal the quote 'لطفي بن حدو',"
        " got 'لطفي بن جدو'",
    ),
    (
        "body its own parent",
        _set("bodies.1.parent", "council-of-interior-ministers"),
        "$.bodies[1].parent: a body cannot be its own parent",
    ),
    (
        "held meeting known by bounds, with no note",
        _both(_delete("meetings.0.note"), _set("meetings.0.when", "../2013-04-21")),
        "$.meetings[0].note: a held meeting known only by bounds needs a note saying why",
    ),
    (
        "text and text_file",
        _set("sources.0.text", "نص"),
        "$.sources[0].text: give text or text_file, not both",
    ),
    (
        "text_file with a path",
        _set("sources.0.text_file", "../secret.txt"),
        "$.sources[0].text_file: '../secret.txt' is not a plain file name",
    ),
    (
        "address with a direction mark",
        _set("sources.1.address", "https://example.org/a\u202eb"),
        "$.sources[1].address: 'https://example.org/a\\u202eb' is not a full http(s) address"
        " of the page, as a URI (other characters percent-encoded)",
    ),
    (
        "address with a character no URI holds",
        _set("sources.1.address", "https://example.org/a\\b<c>"),
        "$.sources[1].address: 'https://example.org/a\\\\b<c>' is not a full http(s) address"
        " of the page, as a URI (other characters percent-encoded)",
    ),
    (
        "address with a broken escape",
        _set("sources.1.address", "https://example.org/%zz"),
        "$.sources[1].address: 'https://example.org/%zz' is not a full http(s) address"
        " of the page, as a URI (other characters percent-encoded)",
    ),
    (
        "address not percent-encoded",
        _set("sources.1.address", "https://example.org/الوزير"),
        "$.sources[1].address: 'https://example.org/الوزير' is not a full http(s) address"
        " of the page, as a URI (other characters percent-encoded)",
    ),
    (
        "text_file missing",
        _set("sources.0.text_file", "missing.txt"),
        "$.sources[0].text_file: cannot read 'missing.txt': No such file or directory",
    ),
    (
        "source with neither text nor address",
        _delete("sources.1.address"),
        "$.sources[1]: a source needs its text or its address",
    ),
]


@pytest.mark.parametrize(("name", "mutate", "expected"), MUTATIONS, ids=[m[0] for m in MUTATIONS])
def test_each_problem_is_reported_with_its_path(
    raw: Any, name: str, mutate: Callable[[Any], None], expected: str
) -> None:
    mutate(raw)
    assert expected in problems_of(raw)


def test_a_cycle_of_parents_is_a_problem(raw: Any) -> None:
    raw["bodies"][1]["parent"] = "security-follow-up-committee"
    problems = problems_of(raw)
    assert "$.bodies[1].parent: parents form a cycle" in problems
    assert "$.bodies[2].parent: parents form a cycle" in problems


def test_every_problem_is_reported_at_once(raw: Any) -> None:
    raw["states"][0]["code"] = "XX"
    raw["commitments"][3]["domains"][0] = "terorism"
    raw["commitments"][5]["deadline"] = "2013-13-01"
    del raw["bodies"][2]["kind"]
    raw["ministers"][4]["unexpected"] = True
    assert problems_of(raw) == [
        "$.bodies[2].kind: required key missing",
        "$.commitments[3].domains[0]: 'terorism' is not a Domain",
        "$.commitments[5].deadline: '2013-13-01' has the shape of a day, but there is no such day",
        "$.ministers[4].unexpected: unknown key",
        "$.states[0].code: 'XX' is not an ISO 3166-1 alpha-2 code",
    ]


def test_consistency_problems_are_all_reported_together(raw: Any) -> None:
    raw["ministers"][0]["state"] = "EG"
    raw["commitments"][0]["responsible"] = ["nowhere"]
    raw["commitments"][1]["parties"] = ["FR"]
    assert problems_of(raw) == [
        "$.commitments[0].responsible[0]: no body 'nowhere' in this accord",
        "$.commitments[1].parties[0]: no state 'FR' in this accord",
        "$.ministers[0].state: no state 'EG' in this accord",
    ]


def test_problems_sort_by_index_as_numbers(raw: Any) -> None:
    raw["commitments"][2]["id"] = "Bad"
    raw["commitments"][10]["id"] = "Bad"
    paths = [problem.split(":")[0] for problem in problems_of(raw)]
    assert paths == ["$.commitments[2].id", "$.commitments[10].id"]


def _text_problems(text: str | bytes) -> list[str]:
    with pytest.raises(AccordDataError) as caught:
        maghreb_accord.loads(text, base=DATA)
    return [str(problem) for problem in caught.value.problems]


def test_duplicate_json_keys_are_problems() -> None:
    text = CANONICAL_TEXT.replace('"meeting": "rabat-2013",', '"meeting": "x", "meeting": "y",', 1)
    assert _text_problems(text) == ["$.meeting: duplicate key"]


def test_nan_and_infinity_are_problems() -> None:
    text = CANONICAL_TEXT.replace('"interval": 3', '"interval": NaN', 1)
    text = text.replace('"interval": 1', '"interval": -Infinity', 1)
    assert _text_problems(text) == [
        "$.bodies[1].cadence.interval: -Infinity is not allowed (JSON has no such number)",
        "$.bodies[2].cadence.interval: NaN is not allowed (JSON has no such number)",
    ]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("", "$: the document is empty"),
        (b"", "$: the document is empty"),
        (" \n\t\r", "$: the document is empty"),
        ("\xa0", "$: invalid JSON: Expecting value (line 1, column 1)"),
        ("\n\n[", "$: invalid JSON: Expecting value (line 3, column 2)"),
        ('{"id": ', "$: invalid JSON: Expecting value (line 1, column 8)"),
        ('{"id": "x', "$: invalid JSON: Unterminated string starting at (line 1, column 8)"),
        (b"\xef\xbb\xbf{}", "$: starts with a byte order mark (BOM); remove it"),
        ("\ufeff{}", "$: starts with a byte order mark (BOM); remove it"),
        (b'{"id": "\xff"}', "$: not valid UTF-8 at byte 8: invalid start byte"),
        ("[]", "$: expected an object, got [] (array)"),
        ("null", "$: expected an object, got None (null)"),
        ("1" * 5000, "$: invalid JSON: a number of more than 4300 digits"),
        ("[" * 100 + "]" * 100, "$: nested deeper than the limit of 32"),
        ("[" * 100_000 + "]" * 100_000, "$: nested deeper than the limit of 32"),
    ],
)
def test_malformed_input_is_a_clear_problem(data: str | bytes, expected: str) -> None:
    problems = _text_problems(data)
    assert len(problems) == 1
    assert problems[0].startswith(expected)


def test_input_over_the_size_limit_is_refused_before_parsing() -> None:
    data = b" " * (maghreb_accord.MAX_INPUT_BYTES + 1)
    assert _text_problems(data) == [
        f"$: input of {len(data):,} bytes is over the limit of {maghreb_accord.MAX_INPUT_BYTES:,}"
    ]


@pytest.mark.parametrize("data", [None, 42, ["{}"], {"id": "x"}])
def test_input_that_is_not_text_is_a_data_error(data: Any) -> None:
    with pytest.raises(AccordDataError, match="expected JSON as str or bytes"):
        maghreb_accord.loads(data)


def test_a_text_file_needs_a_base_folder() -> None:
    with pytest.raises(AccordDataError) as caught:
        maghreb_accord.loads(CANONICAL_TEXT)
    assert [str(p) for p in caught.value.problems] == [
        "$.sources[0].text_file: cannot read 'rabat-2013-almaghribia.ar.txt':"
        " loads() needs base= (the folder the file is in)"
    ]


def test_loads_takes_str_and_bytes_alike() -> None:
    assert maghreb_accord.loads(CANONICAL_TEXT, base=DATA) == maghreb_accord.loads(
        CANONICAL_TEXT.encode(), base=DATA
    )


_THREADS_SCRIPT = """
import threading, maghreb_accord
results = []
barrier = threading.Barrier(8)
def worker():
    barrier.wait()
    results.append(maghreb_accord.load())
threads = [threading.Thread(target=worker) for _ in range(8)]
for thread in threads: thread.start()
for thread in threads: thread.join()
assert len(results) == 8 and all(r is results[0] for r in results), results
assert maghreb_accord.load() is results[0]
print("one object")
"""


def test_load_returns_one_object_to_every_thread() -> None:
    # In a fresh process, so that every thread races to the first, cold load().
    done = subprocess.run(
        [sys.executable, "-c", _THREADS_SCRIPT], capture_output=True, text=True, check=False
    )
    assert (done.returncode, done.stdout.strip(), done.stderr) == (0, "one object", "")


def test_load_file_reads_texts_beside_the_file(tmp_path: Path) -> None:
    article = "rabat-2013-almaghribia.ar.txt"
    (tmp_path / article).write_bytes((DATA / article).read_bytes())
    path = tmp_path / "mine.json"
    path.write_text(maghreb_accord.dumps(maghreb_accord.load()), "utf-8")
    assert maghreb_accord.load_file(path) == maghreb_accord.load()
    assert maghreb_accord.load_file(str(path)) == maghreb_accord.load()


def test_load_file_without_its_text_file_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "mine.json"
    path.write_text(CANONICAL_TEXT, "utf-8")
    with pytest.raises(AccordDataError) as caught:
        maghreb_accord.load_file(path)
    # A problem of the accord at its path, under the file's name: not the file unreadable.
    assert str(caught.value).splitlines() == [
        f"1 problem in accord file {str(path)!r}:",
        "  $.sources[0].text_file: cannot read 'rabat-2013-almaghribia.ar.txt':"
        " No such file or directory",
    ]


def test_load_file_of_a_folder_is_a_data_error(tmp_path: Path) -> None:
    with pytest.raises(AccordDataError, match="cannot read"):
        maghreb_accord.load_file(tmp_path)


def test_a_source_may_carry_its_text_inline(raw: Any) -> None:
    article = raw["sources"][0]
    article["text"] = (DATA / article.pop("text_file")).read_text("utf-8")
    inline = maghreb_accord.loads(json.dumps(raw, ensure_ascii=False))
    assert (
        inline.source("almaghribia-rabat-2013").text
        == load_raw(canonical_raw()).source("almaghribia-rabat-2013").text
    )
    assert maghreb_accord.loads(maghreb_accord.dumps(inline)) == inline


def test_a_text_file_that_is_not_utf8_is_a_problem(tmp_path: Path, raw: Any) -> None:
    (tmp_path / "rabat-2013-almaghribia.ar.txt").write_bytes(b"\xff\xfe")
    with pytest.raises(AccordDataError) as caught:
        maghreb_accord.loads(json.dumps(raw), base=tmp_path)
    assert [str(p) for p in caught.value.problems] == [
        "$.sources[0].text_file: 'rabat-2013-almaghribia.ar.txt' is not UTF-8 at byte 0"
    ]


def test_the_error_message_lists_problems_and_caps_the_list() -> None:
    error = AccordDataError([maghreb_accord.Problem(f"$.x[{i}]", "bad") for i in range(60)])
    lines = str(error).splitlines()
    assert lines[0] == "60 problems in accord data:"
    assert lines[1] == "  $.x[0]: bad"
    assert lines[-1] == "  … and 10 more (see .problems)"
    assert len(error.problems) == 60
    assert isinstance(error, ValueError)


@pytest.mark.parametrize("name", ["a\x00b.txt", "x" * 300 + ".txt", ".hidden", "dir/file.txt"])
def test_odd_text_file_names_are_problems_not_crashes(raw: Any, name: str) -> None:
    raw["sources"][0]["text_file"] = name
    problems = problems_of(raw)
    assert f"$.sources[0].text_file: {name!r} is not a plain file name" in problems


def test_a_text_file_over_the_limit_is_a_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import maghreb_accord.loading as loading

    limit = len(CANONICAL_TEXT.encode()) + 1000  # the accord's file fits; its text does not
    monkeypatch.setattr(loading, "MAX_INPUT_BYTES", limit)
    (tmp_path / "rabat-2013-almaghribia.ar.txt").write_bytes(b"x" * (limit + 1))
    path = tmp_path / "mine.json"
    path.write_text(CANONICAL_TEXT, "utf-8")
    with pytest.raises(AccordDataError) as caught:
        maghreb_accord.load_file(path)
    # The one problem: not the echoes of the text that could not be read.
    assert [str(p) for p in caught.value.problems] == [
        f"$.sources[0].text_file: 'rabat-2013-almaghribia.ar.txt' is over the limit of {limit:,} bytes"
    ]


def test_a_path_with_a_nul_character_is_a_data_error() -> None:
    with pytest.raises(AccordDataError, match="cannot read"):
        maghreb_accord.load_file("accord\x00.json")


def test_a_str_over_the_limit_in_utf8_bytes_is_refused() -> None:
    text = "ع" * (maghreb_accord.MAX_INPUT_BYTES // 2 + 1)  # two bytes each in UTF-8
    with pytest.raises(AccordDataError, match="is over the limit"):
        maghreb_accord.loads(text)


def test_a_missing_text_file_does_not_hide_the_other_problems(tmp_path: Path, raw: Any) -> None:
    raw["commitments"][3]["domains"][0] = "terorism"
    raw["states"][0]["code"] = "XX"
    path = tmp_path / "copy.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), "utf-8")
    with pytest.raises(AccordDataError) as caught:
        maghreb_accord.load_file(path)
    assert [str(p) for p in caught.value.problems] == [
        "$.commitments[3].domains[0]: 'terorism' is not a Domain",
        "$.sources[0].text_file: cannot read 'rabat-2013-almaghribia.ar.txt':"
        " No such file or directory",
        "$.states[0].code: 'XX' is not an ISO 3166-1 alpha-2 code",
    ]


def test_a_missing_text_file_of_a_source_with_an_address_is_one_problem(
    tmp_path: Path, raw: Any
) -> None:
    raw["sources"][0]["address"] = "https://example.org/article"
    path = tmp_path / "copy.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), "utf-8")
    with pytest.raises(AccordDataError) as caught:
        maghreb_accord.load_file(path)
    assert [str(p) for p in caught.value.problems] == [
        "$.sources[0].text_file: cannot read 'rabat-2013-almaghribia.ar.txt':"
        " No such file or directory",
    ]


def test_load_file_reads_no_more_than_the_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (maghreb_accord.MAX_INPUT_BYTES + 10))
    with pytest.raises(AccordDataError) as caught:
        maghreb_accord.load_file(big)
    assert [str(p) for p in caught.value.problems] == [
        f"$: the file is over the limit of {maghreb_accord.MAX_INPUT_BYTES:,} bytes"
    ]
    assert caught.value.file == str(big)


def test_load_file_of_an_endless_device_stops_at_the_limit() -> None:
    with pytest.raises(AccordDataError, match="is over the limit"):
        maghreb_accord.load_file("/dev/zero")


def test_load_file_errors_name_the_file_once(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"id": "Bad Id"}', "utf-8")
    with pytest.raises(AccordDataError) as caught:
        maghreb_accord.load_file(path)
    lines = str(caught.value).splitlines()
    assert lines[0] == f"8 problems in accord file {str(path)!r}:"
    assert lines[1] == "  $.bodies: required key missing"
    assert all(str(path) not in line for line in lines[1:])
    assert caught.value.file == str(path)


def test_a_missing_file_is_one_line_naming_it_once(tmp_path: Path) -> None:
    path = tmp_path / "none.json"
    with pytest.raises(AccordDataError) as caught:
        maghreb_accord.load_file(path)
    assert str(caught.value) == f"{path}: cannot read the file: No such file or directory"
    assert [p.code for p in caught.value.problems] == ["file"]


def test_an_accord_data_error_pickles_with_its_file() -> None:
    import pickle

    error = AccordDataError([maghreb_accord.Problem("$", "x")], file="a.json")
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.file, copy.problems, str(copy)) == ("a.json", error.problems, str(error))


def test_a_changed_source_text_is_named_first_and_every_moved_quote_still_listed(
    tmp_path: Path,
) -> None:
    for name in ("rabat-2013.json", "rabat-2013-almaghribia.ar.txt"):
        (tmp_path / name).write_bytes((DATA / name).read_bytes())
    text = tmp_path / "rabat-2013-almaghribia.ar.txt"
    text.write_text("x" + text.read_text("utf-8"), "utf-8")  # one character more, first
    with pytest.raises(AccordDataError) as caught:
        maghreb_accord.load_file(tmp_path / "rabat-2013.json")
    first, *others = caught.value.problems
    moved = [p for p in others if p.code == "quote"]
    assert (first.path, first.code, first.subject) == (
        "$.sources[0].text_file",
        "text-changed",
        "almaghribia-rabat-2013",
    )
    # Every quote moved one character on, a quote whose words the text repeats included.
    assert first.message == (
        f"{len(moved)} quotes from 'almaghribia-rabat-2013' stand 1 character after their"
        " offsets: has the text changed since they were taken?"
    )
    assert len(moved) == len(others) > 50
    for problem in moved:
        assert problem.message.endswith(f"; the quote stands at {_shifted_by_one(problem)}")
    assert str(caught.value).splitlines()[1] == f"  {first}"


def _shifted_by_one(problem: maghreb_accord.Problem) -> str:
    """The offsets a problem's message names, each one more: "at 18-41" gives "19-42"."""
    start, end = re.search(r" at (\d+)-(\d+);", problem.message).groups()  # type: ignore[union-attr]
    return f"{int(start) + 1}-{int(end) + 1}"


def test_a_few_moved_quotes_are_not_a_changed_text() -> None:
    raw = canonical_raw()
    for ref in raw["bodies"][0]["sources"][:1] + raw["bodies"][1]["sources"][:1]:
        ref["start"] += 1
        ref["end"] += 1
    found = problems_of(raw)
    assert len(found) == 2
    assert all("the quote stands at" in line for line in found)


def test_a_declared_maximum_is_checked_and_published() -> None:
    document = canonical_raw()
    committee = next(b for b in document["bodies"] if b["id"] == "security-follow-up-committee")
    committee["cadence"]["interval"] = 10**18  # RFC 5545 holds no such interval
    document["axes"][0]["order"] = 100
    assert sorted(problems_of(document)) == [
        "$.axes[0].order: must be at most 99, got 100",
        "$.bodies[2].cadence.interval: must be at most 1200, got 1000000000000000000",
    ]
    committee["cadence"]["interval"] = 1200
    document["axes"][0]["order"] = 99
    assert load_raw(document).body("security-follow-up-committee").cadence is not None
    from maghreb_accord.export import json_schema

    cadence = json_schema()["$defs"]["Cadence"]["properties"]["interval"]
    assert (cadence["minimum"], cadence["maximum"]) == (1, 1200)
