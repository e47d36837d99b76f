"""Exports other tools read: JSON, JSON Schema, Popolo, CSV, Markdown and HTML."""

from __future__ import annotations

import csv
import datetime
import functools
import io
import json
import re
from collections.abc import Iterable
from html.parser import HTMLParser
from importlib.resources import files
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import quote, unquote

import attrs
import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from referencing import Registry
from referencing.jsonschema import DRAFT3

import maghreb_accord
from maghreb_accord import Agreement, Between
from maghreb_accord import strategies as ms
from maghreb_accord._render.blocks import readable_address
from maghreb_accord.export import (
    json_schema,
    to_csv,
    to_csv_attendance,
    to_csv_references,
    to_csv_windows,
    to_html,
    to_json,
    to_markdown,
    to_popolo,
)
from maghreb_accord.export.csv import (
    ATTENDANCE_COLUMNS,
    COLUMNS,
    FORMULA_TRIGGERS,
    REFERENCE_COLUMNS,
    WINDOW_COLUMNS,
)
from tests.support import CANONICAL_TEXT, canonical_raw, load_raw
from tests.test_loading import MUTATIONS

POPOLO = Path(__file__).resolve().parents[2] / "shared" / "popolo" / "schemas"


def test_to_json_is_the_bundled_file_byte_for_byte(accord: Agreement) -> None:
    bundled = (files("maghreb_accord") / "data" / "rabat-2013.json").read_bytes()
    assert to_json(accord).encode("utf-8") == bundled
    assert to_json(accord) == CANONICAL_TEXT


# --- JSON Schema -------------------------------------------------------------------------

VALIDATOR = jsonschema.Draft202012Validator(
    json_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)

# Broken documents of the loader's tests that JSON Schema cannot tell from valid ones, and why.
BEYOND_JSON_SCHEMA = {
    "float for integer": "JSON Schema counts 3.0 as an integer",
    "impossible meeting date": "a pattern cannot know which days a month has",
    "impossible bound": "a pattern cannot know which days a month has",
    "bounds reversed": "comparing two dates is beyond JSON Schema",
    "non-NFC text": "Unicode normalisation is beyond JSON Schema",
    "lone surrogate": "JSON text cannot carry one to a validator as a string",
    "duplicate id": "uniqueness of one property across array items is beyond JSON Schema",
    "duplicate state": "uniqueness of one property across array items is beyond JSON Schema",
    "unknown state": "references between objects are beyond JSON Schema",
    "unknown body": "references between objects are beyond JSON Schema",
    "unknown meeting": "references between objects are beyond JSON Schema",
    "unknown source": "references between objects are beyond JSON Schema",
    "quote altered": "checking a quote against a source text is beyond JSON Schema",
    "offsets shifted": "checking a quote against a source text is beyond JSON Schema",
    "offset past the end": "checking a quote against a source text is beyond JSON Schema",
    "end before start": "comparing two numbers is beyond JSON Schema",
    "bundled source not quoted": "whether a source is bundled is known only across objects",
    "quote of an unbundled source": "whether a source is bundled is known only across objects",
    "attested name not the quote": "comparing two strings is beyond JSON Schema",
    "body its own parent": "comparing two properties is beyond JSON Schema",
    "text_file missing": "JSON Schema does not read files",
}


def test_the_schema_is_valid_draft_2020_12_and_the_canonical_file_validates() -> None:
    jsonschema.Draft202012Validator.check_schema(json_schema())
    assert list(VALIDATOR.iter_errors(json.loads(CANONICAL_TEXT))) == []


def test_the_schema_ships_in_the_package() -> None:
    shipped = (files("maghreb_accord") / "data" / "accord.schema.json").read_text("utf-8")
    # Regenerate with: pytest tests/test_golden.py --update-goldens
    assert shipped == json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize(
    ("name", "mutate"),
    [(name, mutate) for name, mutate, _ in MUTATIONS if name not in BEYOND_JSON_SCHEMA],
    ids=[name for name, _, _ in MUTATIONS if name not in BEYOND_JSON_SCHEMA],
)
def test_the_schema_rejects_what_the_loader_rejects(name: str, mutate: Any) -> None:
    document = canonical_raw()
    mutate(document)
    assert not VALIDATOR.is_valid(document), name


@pytest.mark.parametrize("name", sorted(BEYOND_JSON_SCHEMA))
def test_what_the_schema_cannot_tell_the_loader_still_refuses(name: str) -> None:
    (mutate,) = [mutate for n, mutate, _ in MUTATIONS if n == name]
    document = canonical_raw()
    mutate(document)
    with pytest.raises(maghreb_accord.AccordDataError):
        load_raw(document)


def test_the_schema_accepts_documents_the_loader_accepts() -> None:
    document = canonical_raw()
    document["meetings"][1]["when"] = "2013-06"
    document["sources"][1]["language"] = "fr"
    del document["states"][0]["wikidata"]
    load_raw(document)
    assert VALIDATOR.is_valid(document)


# --- Popolo ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def popolo_validators() -> dict[str, jsonschema.Draft3Validator]:
    if not POPOLO.is_dir():
        pytest.skip(f"the official Popolo schemas are not beside the project ({POPOLO})")
    return _popolo_validators()


@functools.cache
def _popolo_validators() -> dict[str, jsonschema.Draft3Validator]:
    schemas = {path.stem: json.loads(path.read_text("utf-8")) for path in POPOLO.glob("*.json")}
    registry: Registry[Any] = (
        Registry()
        .with_resources(
            (schema["id"].rstrip("#"), DRAFT3.create_resource(schema))
            for schema in schemas.values()
        )
        .with_resources(
            (schema["id"], DRAFT3.create_resource(schema)) for schema in schemas.values()
        )
    )
    return {
        name: jsonschema.Draft3Validator(schemas[name], registry=registry)
        for name in ("person", "organization", "membership", "post", "event")
    }


POPOLO_LISTS = {
    "persons": "person",
    "organizations": "organization",
    "memberships": "membership",
    "posts": "post",
    "events": "event",
}


def test_every_popolo_object_validates_against_the_official_schemas(
    accord: Agreement, popolo_validators: dict[str, jsonschema.Draft3Validator]
) -> None:
    popolo = to_popolo(accord)
    assert set(popolo) == set(POPOLO_LISTS)
    for key, schema in POPOLO_LISTS.items():
        assert popolo[key], key
        for item in popolo[key]:
            errors = [error.message for error in popolo_validators[schema].iter_errors(item)]
            assert errors == [], (key, item.get("id"))


def _popolo_problems(popolo: dict[str, list[dict[str, Any]]]) -> list[str]:
    """Ids repeated within a list, and references to objects the export does not hold."""
    problems = []
    ids = {key: [item["id"] for item in items] for key, items in popolo.items()}
    for key, found in ids.items():
        problems += [f"{key}: {id!r} twice" for id in sorted(set(found)) if found.count(id) > 1]
    targets = {"person_id": "persons", "post_id": "posts", "organization_id": "organizations"}
    for membership in popolo["memberships"]:
        for field, key in targets.items():
            if field in membership and membership[field] not in ids[key]:
                problems.append(f"{membership['id']}: {field} {membership[field]!r} unknown")
        if membership.get("on_behalf_of_id", ids["organizations"][0]) not in ids["organizations"]:
            problems.append(f"{membership['id']}: on behalf of {membership['on_behalf_of_id']!r}")
        member = membership.get("member")
        if member is not None and member["id"] not in ids["organizations"]:
            problems.append(f"{membership['id']}: member {member['id']!r} unknown")
        if ("person_id" in membership) == (member is not None):
            problems.append(f"{membership['id']}: a person or an organization, not both")
    for post in popolo["posts"]:
        if post["organization_id"] not in ids["organizations"]:
            problems.append(f"{post['id']}: organization {post['organization_id']!r} unknown")
    for event in popolo["events"]:
        if event["organization_id"] not in ids["organizations"]:
            problems.append(f"{event['id']}: organization {event['organization_id']!r} unknown")
        for attendee in event.get("attendees", []):
            if attendee["id"] not in ids["persons"]:
                problems.append(f"{event['id']}: attendee {attendee['id']!r} unknown")
    return problems


def test_popolo_ids_are_unique_and_every_reference_resolves(accord: Agreement) -> None:
    popolo = to_popolo(accord)
    assert _popolo_problems(popolo) == []
    assert [post["id"] for post in popolo["posts"]] == [
        f"council-of-interior-ministers/{code}-minister" for code in ("ma", "dz", "tn", "ly", "mr")
    ]


@settings(max_examples=40, deadline=None)
@given(ms.agreements(max_states=3, max_ministers=6))
def test_popolo_of_any_accord_has_unique_ids_and_resolving_references(accord: Agreement) -> None:
    assert _popolo_problems(to_popolo(accord)) == []


@settings(max_examples=40, deadline=None)
@given(ms.agreements(max_states=3, max_ministers=4))
def test_popolo_of_any_accord_is_valid_against_the_official_schemas(accord: Agreement) -> None:
    if not POPOLO.is_dir():
        pytest.skip(f"the official Popolo schemas are not beside the project ({POPOLO})")
    validators = _popolo_validators()
    popolo = to_popolo(accord)
    for key, schema in POPOLO_LISTS.items():
        for item in popolo[key]:
            errors = [error.message for error in validators[schema].iter_errors(item)]
            assert errors == [], (key, item.get("id"))
    _assert_every_attendance_is_one_membership(accord, popolo)


def _assert_every_attendance_is_one_membership(
    accord: Agreement, popolo: dict[str, list[dict[str, Any]]]
) -> None:
    """Each attendance row is one membership of the meeting's body; its event names the named."""
    events = {event["id"]: event for event in popolo["events"]}
    for meeting in accord.meetings:
        prefix = f"{meeting.id}/attendance/"
        found = [m for m in popolo["memberships"] if m["id"].startswith(prefix)]
        assert [
            (m.get("person_id"), m["on_behalf_of_id"], m["role"], m["organization_id"])
            for m in found
        ] == [
            (row.delegate, row.state, row.level.value, meeting.body) for row in meeting.attendance
        ]
        for membership, row in zip(found, meeting.attendance, strict=True):
            if row.delegate is None:
                assert membership["member"] == {"@type": "Organization", "id": row.state}
            assert membership.get("label") == (row.office.fr if row.office else None)
        named = [a["id"] for a in events[meeting.id].get("attendees", [])]
        assert named == list(dict.fromkeys(r.delegate for r in meeting.attendance if r.delegate))


def test_popolo_has_every_attendance_once_and_every_person(accord: Agreement) -> None:
    popolo = to_popolo(accord)
    assert _popolo_problems(popolo) == []
    _assert_every_attendance_is_one_membership(accord, popolo)
    rows = sum(len(meeting.attendance) for meeting in accord.meetings)
    attending = [m for m in popolo["memberships"] if "/attendance/" in m["id"]]
    assert len(attending) == rows
    persons = {person["id"]: person for person in popolo["persons"]}
    assert list(persons) == [m.id for m in accord.ministers] + [p.id for p in accord.people]
    adli = persons["ahmed-adli"]
    assert adli["name"] == "Ahmed Adli"
    assert [n["name"] for n in adli["other_names"]] == ["أحمد عدلي", "احمد عدلي"]
    assert "notre transcription" in adli["other_names"][0]["note"]
    assert adli["other_names"][1]["note"] == "ar: as printed in almaraabimedias-2015-04-belaiz"
    assert adli["sources"]
    libya = [m for m in attending if m["id"].startswith("tunis-2016/attendance/LY")]
    assert [(m["id"], m["person_id"], m["role"]) for m in libya] == [
        ("tunis-2016/attendance/LY", "abdessalam-kajman", "other"),
        ("tunis-2016/attendance/LY-2", "al-aref-saleh-al-khoja", "other"),
    ]
    unnamed = next(m for m in attending if m["id"] == "nouakchott-2015/attendance/MR")
    assert unnamed["member"] == {"@type": "Organization", "id": "MR"}
    assert (unnamed["role"], unnamed["organization_id"]) == (
        "minister",
        "council-of-interior-ministers",
    )
    bounded = next(m for m in attending if m["id"].startswith("civil-protection-working-group-3"))
    assert (bounded["start_date"], bounded["end_date"]) == ("2016-12", "2016-12")


def test_ministers_of_one_state_share_a_post_per_office(accord: Agreement) -> None:
    algeria = accord.minister_of("DZ")
    successor = attrs.evolve(algeria, id="successor", attested_names=())
    deputy = attrs.evolve(
        algeria,
        id="deputy",
        attested_names=(),
        office=maghreb_accord.Label(ar="وزير منتدب", fr="ministre délégué"),
    )
    larger = attrs.evolve(accord, ministers=(*accord.ministers, successor, deputy))
    popolo = to_popolo(larger)
    assert _popolo_problems(popolo) == []
    post_of = {m["person_id"]: m["post_id"] for m in popolo["memberships"] if "post_id" in m}
    council = "council-of-interior-ministers"
    assert post_of["dahou-ould-kablia"] == post_of["successor"] == f"{council}/dz-minister"
    assert post_of["deputy"] == f"{council}/dz-minister-2"
    deputy_post = next(post for post in popolo["posts"] if post["id"] == post_of["deputy"])
    assert deputy_post["label"] == "ministre délégué (Algérie)"


def test_the_popolo_validators_do_reject_bad_objects(
    popolo_validators: dict[str, jsonschema.Draft3Validator],
) -> None:
    assert not popolo_validators["person"].is_valid({"id": "x", "other_names": [{"note": 1}]})
    assert not popolo_validators["event"].is_valid({"start_date": "21 April 2013"})
    assert not popolo_validators["organization"].is_valid({"identifiers": [{"scheme": "x"}]})


def test_popolo_carries_identifiers_names_and_sources(accord: Agreement) -> None:
    popolo = to_popolo(accord)
    morocco = next(o for o in popolo["organizations"] if o["id"] == "MA")
    assert {"scheme": "iso3166-1", "identifier": "MA"} in morocco["identifiers"]
    assert {"scheme": "wikidata", "identifier": "Q1028"} in morocco["identifiers"]
    assert "المملكة المغربية" in [n["name"] for n in morocco["other_names"]]
    libya = next(p for p in popolo["persons"] if p["id"] == "achour-souleimane-chouail")
    names = [n["name"] for n in libya["other_names"]]
    assert {"عاشور سليمان شوايل", "عشور سليمان شوابيل", "Achour Chwayel", "Ashour Shuwail"} <= set(
        names
    )
    assert any(s["url"].startswith("urn:maghreb-accord:source:") for s in libya["sources"])
    assert any(s["url"].startswith("https://") for s in libya["sources"])
    membership = next(m for m in popolo["memberships"] if m.get("person_id") == libya["id"])
    assert membership["on_behalf_of_id"] == "LY"
    assert membership["organization_id"] == "council-of-interior-ministers"
    committee = next(
        o for o in popolo["organizations"] if o["id"] == "security-follow-up-committee"
    )
    assert committee["parent_id"] == "council-of-interior-ministers"
    held = next(e for e in popolo["events"] if e["id"] == "rabat-2013")
    assert (held["start_date"], held["end_date"]) == ("2013-04-21", "2013-04-21")
    # A held meeting known only by bounds keeps its bounds, not an invented day.
    bounded = next(e for e in popolo["events"] if e["id"] == "security-follow-up-committee-2")
    assert bounded["status"] == "held"
    assert (bounded["start_date"], bounded["end_date"]) == ("2013-10-01", "2016-04-25")
    json.dumps(popolo)  # JSON-ready


# --- CSV ---------------------------------------------------------------------------------


def _each_once(values: Iterable[str]) -> list[str]:
    """``values`` without repeats, in the order first seen: a multi-valued cell's values."""
    return list(dict.fromkeys(values))


# The cells that hold several values, joined by ";", in each CSV with both languages.
MULTI_VALUED = {
    "commitments": ("domains", "responsible", "parties", "sources", "disputes"),
    "attendance": ("sources", "disputes"),
}


def _repeated_values(accord: Agreement) -> list[tuple[str, str, str]]:
    """Every multi-valued cell of the CSV exports that holds a value twice."""
    texts = {
        "commitments": to_csv(accord, formula_guard=False),
        "attendance": to_csv_attendance(accord, formula_guard=False),
    }
    repeated = []
    for name, text in texts.items():
        for row in csv.DictReader(io.StringIO(text, newline="")):
            for column in MULTI_VALUED[name]:
                values = row[column].split(";") if row[column] else []
                if values != _each_once(values):
                    repeated.append((name, column, row[column]))
    return repeated


def test_no_multi_valued_cell_repeats_a_value(accord: Agreement) -> None:
    assert _repeated_values(accord) == []
    # Two references to one source, two disputes on one level: each named once.
    rows = _attendance_rows(to_csv_attendance(accord))
    cell = {(row["meeting"], row["state"]): row for row in rows}
    assert cell["nouakchott-2015", "DZ"]["sources"] == (
        "almaraabimedias-2015-04-belaiz;algerie360-2015-nouakchott;amicinfo-8296"
    )
    assert cell["nouakchott-2015", "LY"]["disputes"] == "level"
    commitments = {row["id"]: row for row in csv.DictReader(io.StringIO(to_csv(accord)))}
    assert commitments["exchange-information-on-arms"]["sources"] == "almaghribia-rabat-2013"


@settings(max_examples=40, deadline=None)
@given(ms.agreements(max_states=4, max_meetings=4))
def test_no_multi_valued_cell_of_any_accord_repeats_a_value(accord: Agreement) -> None:
    assert _repeated_values(accord) == []


def test_csv_has_one_row_per_commitment_and_reads_back(accord: Agreement) -> None:
    text = to_csv(accord)
    assert text.endswith("\r\n")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert tuple(rows[0]) == COLUMNS
    assert [row["id"] for row in rows] == [c.id for c in accord.commitments]
    for row, commitment in zip(rows, accord.commitments, strict=True):
        assert row["text_ar"] == commitment.text.ar
        assert row["text_fr"] == commitment.text.fr
        assert set(row["domains"].split(";")) == {d.value for d in commitment.domains}
        assert row["responsible"].split(";") == list(commitment.responsible) or (
            row["responsible"] == "" and not commitment.responsible
        )
        assert row["sources"].split(";") == _each_once(ref.source for ref in commitment.sources)
    deadline = {row["id"]: row["deadline"] for row in rows}
    assert deadline["first-follow-up-meeting"] == "2013-06-30"


def test_csv_says_whose_words_each_commitment_is_and_what_the_data_infers(
    accord: Agreement,
) -> None:
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(to_csv(accord), newline=""))}
    # Its Arabic text is the maintainers' translation: the row says so, in both languages.
    drugs = rows["intensify-fight-against-drug-trafficking"]
    assert drugs["note_fr"].startswith("Le texte arabe est notre traduction")
    note = accord.commitment(drugs["id"]).note
    assert note is not None
    assert (drugs["note_ar"], drugs["note_fr"]) == (note.ar, note.fr)
    assert (drugs["said_by"], drugs["axis"]) == ("other_report", "drug-trafficking")
    # No note, no inference recorded: the cells are empty.
    condemn = rows["condemn-terrorism"]
    assert (condemn["note_ar"], condemn["note_fr"], condemn["disputes"]) == ("", "", "")
    assert condemn["said_by"] == "final_statement"
    assert rows["first-follow-up-meeting"]["disputes"] == "said-by"
    fr = list(csv.DictReader(io.StringIO(to_csv(accord, "fr"), newline="")))
    first = next(row for row in fr if row["Identifiant"] == "first-follow-up-meeting")
    assert first["Rapporté par"] == "déclaration du ministre hôte à la presse"
    assert first["Désaccords"] == "rapporté par"  # the disputed column, as the header names it
    translated = next(row for row in fr if row["Identifiant"] == drugs["id"])
    assert translated["Note"] == drugs["note_fr"]
    assert translated["Axe"] == "drug-trafficking"
    ar = list(csv.DictReader(io.StringIO(to_csv(accord, "ar"), newline="")))
    assert next(row for row in ar if row["المعرف"] == drugs["id"])["ملاحظة"] == drugs["note_ar"]


@settings(max_examples=25, deadline=None)
@given(ms.agreements())
def test_csv_of_any_accord_keeps_every_note_and_whose_words(accord: Agreement) -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv(accord, formula_guard=False), newline="")))
    assert [
        (row["said_by"], row["axis"] or None, row["note_ar"], row["note_fr"]) for row in rows
    ] == [
        (c.said_by.value, c.axis, c.note.ar if c.note else "", c.note.fr if c.note else "")
        for c in accord.commitments
    ]
    assert [row["disputes"] for row in rows] == [
        ";".join(_each_once(d.about for d in c.disputes)) for c in accord.commitments
    ]


def _references_read_back(text: str) -> dict[str, list[maghreb_accord.SourceRef]]:
    """The references table read as a program would, grouped by commitment."""
    found: dict[str, list[maghreb_accord.SourceRef]] = {}
    for row in csv.DictReader(io.StringIO(text, newline="")):
        assert tuple(row) == REFERENCE_COLUMNS
        found.setdefault(row["commitment"], []).append(
            maghreb_accord.SourceRef(
                source=row["source"],
                quote=row["quote"] or None,
                start=int(row["start"]) if row["start"] else None,
                end=int(row["end"]) if row["end"] else None,
                excerpt=row["excerpt"] or None,
            )
        )
    return found


def test_csv_references_keep_every_reference_of_every_commitment(accord: Agreement) -> None:
    found = _references_read_back(to_csv_references(accord))
    assert found == {c.id: list(c.sources) for c in accord.commitments}
    for refs in found.values():
        for ref in refs:
            text = accord.source(ref.source).text
            if ref.quote is not None:
                assert text is not None
                assert text[ref.start : ref.end] == ref.quote


@settings(max_examples=25, deadline=None)
@given(ms.agreements())
def test_csv_references_round_trip_any_accord(accord: Agreement) -> None:
    # Unguarded: a program reading the CSV as data gets every value back exactly.
    found = _references_read_back(to_csv_references(accord, formula_guard=False))
    assert found == {c.id: list(c.sources) for c in accord.commitments if c.sources}
    rows = list(csv.DictReader(io.StringIO(to_csv(accord, formula_guard=False), newline="")))
    assert [row["sources"] for row in rows] == [
        ";".join(_each_once(ref.source for ref in c.sources)) for c in accord.commitments
    ]


def _with_commitment_text(fr: str) -> Agreement:
    document = canonical_raw()
    document["commitments"][0]["text"]["fr"] = fr
    return load_raw(document)


@pytest.mark.parametrize("start", FORMULA_TRIGGERS)
def test_csv_cells_that_would_be_formulas_are_quoted(start: str) -> None:
    fr = f'{start}HYPERLINK("http://evil.example";"x")'
    if start in "\t\r":  # the loader refuses control characters in a one-line label
        with pytest.raises(maghreb_accord.AccordDataError):
            _with_commitment_text(fr)
        return
    accord = _with_commitment_text(fr)
    (row, *_) = csv.DictReader(io.StringIO(to_csv(accord), newline=""))
    assert row["text_fr"] == "'" + fr
    (raw, *_) = csv.DictReader(io.StringIO(to_csv(accord, formula_guard=False), newline=""))
    assert raw["text_fr"] == fr


def test_the_formula_guard_covers_every_trigger_and_nothing_else() -> None:
    from maghreb_accord.export.csv import _guarded

    for trigger in FORMULA_TRIGGERS:
        assert _guarded(trigger + "1+1") == "'" + trigger + "1+1"
    for safe in ("1+1", "a=b", " =x", "'=x", "", 3):
        assert _guarded(safe) == safe


def test_csv_keeps_a_second_reference(accord: Agreement) -> None:
    document = canonical_raw()
    outside = next(source["id"] for source in document["sources"] if "address" in source)
    before = len(document["commitments"][0]["sources"])
    document["commitments"][0]["sources"].append({"source": outside, "excerpt": "the words"})
    twice = load_raw(document)
    first = twice.commitments[0]
    (row, *_) = csv.DictReader(io.StringIO(to_csv(twice), newline=""))
    assert row["sources"].split(";") == _each_once(ref.source for ref in first.sources)
    assert row["sources"].split(";")[-1] == outside
    found = _references_read_back(to_csv_references(twice))
    assert found[first.id] == list(first.sources)
    assert len(found[first.id]) == before + 1


def test_csv_bom_is_optional_and_off_by_default(accord: Agreement) -> None:
    assert not to_csv(accord).startswith("\ufeff")
    with_bom = to_csv(accord, bom=True)
    assert with_bom.encode("utf-8").startswith(b"\xef\xbb\xbf")
    assert with_bom[1:] == to_csv(accord)
    assert to_csv_references(accord, bom=True)[1:] == to_csv_references(accord)


def test_csv_of_one_body_keeps_its_commitments_only(accord: Agreement) -> None:
    body = "security-follow-up-committee"
    rows = list(csv.DictReader(io.StringIO(to_csv(accord, body=body), newline="")))
    assert [row["id"] for row in rows] == [c.id for c in accord.commitments_of(body)]
    assert 0 < len(rows) < len(accord.commitments)
    refs = _references_read_back(to_csv_references(accord, body=body))
    assert set(refs) == {c.id for c in accord.commitments_of(body) if c.sources}


def _attendance_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def _expected_attendance_rows(accord: Agreement) -> int:
    """One row per meeting and state, one more for each extra delegate of a state."""
    return sum(
        max(1, sum(row.state == state.code for row in meeting.attendance))
        for meeting in accord.meetings
        for state in accord.states
    )


def test_attendance_csv_has_a_row_for_each_meeting_and_state(accord: Agreement) -> None:
    text = to_csv_attendance(accord)
    assert text.endswith("\r\n")
    rows = _attendance_rows(text)
    assert tuple(rows[0]) == ATTENDANCE_COLUMNS
    assert len(rows) == _expected_attendance_rows(accord)
    pairs = [(row["meeting"], row["state"]) for row in rows]
    assert set(pairs) == {(m.id, s.code) for m in accord.meetings for s in accord.states}
    # Meetings in the data's order, states in the accord's order within each.
    assert list(dict.fromkeys(row["meeting"] for row in rows)) == [m.id for m in accord.meetings]
    order = [state.code for state in accord.states]
    for meeting in accord.meetings:
        codes = [row["state"] for row in rows if row["meeting"] == meeting.id]
        assert codes == sorted(codes, key=order.index)


def test_attendance_csv_reads_back_every_attendance_row(accord: Agreement) -> None:
    rows = _attendance_rows(to_csv_attendance(accord))
    recorded = [row for row in rows if row["level"]]
    expected = [
        (
            meeting.id,
            row.state,
            row.delegate or "",
            row.level,
            _each_once(r.source for r in row.sources),
        )
        for meeting in accord.meetings
        for state in accord.states
        for row in meeting.attendance
        if row.state == state.code
    ]
    found = [
        (
            row["meeting"],
            row["state"],
            row["delegate"],
            maghreb_accord.Level(row["level"]),
            row["sources"].split(";"),
        )
        for row in recorded
    ]
    assert found == expected


@settings(max_examples=40, deadline=None)
@given(ms.agreements(max_states=4, max_meetings=4))
def test_attendance_csv_of_any_accord_has_every_meeting_and_state_and_its_levels(
    accord: Agreement,
) -> None:
    for locale in ("both", "fr"):
        rows = list(csv.reader(io.StringIO(to_csv_attendance(accord, locale), newline="")))
        assert len(rows) - 1 == _expected_attendance_rows(accord)
    rows_read = _attendance_rows(to_csv_attendance(accord, formula_guard=False))
    # Exactly len(meetings) x len(states) rows when no state has two delegates at a meeting.
    pairs = {(row["meeting"], row["state"]) for row in rows_read}
    assert pairs == {(m.id, s.code) for m in accord.meetings for s in accord.states}
    levels = [maghreb_accord.Level(row["level"]) for row in rows_read if row["level"]]
    order = [state.code for state in accord.states]
    assert levels == [
        row.level
        for meeting in accord.meetings
        for row in sorted(meeting.attendance, key=lambda row: order.index(row.state))
    ]
    delegates = [row["delegate"] or None for row in rows_read if row["level"]]
    assert delegates == [
        row.delegate
        for meeting in accord.meetings
        for row in sorted(meeting.attendance, key=lambda row: order.index(row.state))
    ]


def test_attendance_csv_says_when_no_attendance_is_recorded(accord: Agreement) -> None:
    rows = _attendance_rows(to_csv_attendance(accord))
    first = [row for row in rows if row["meeting"] == "security-follow-up-committee-1"]
    assert [row["state"] for row in first] == ["MA", "DZ", "TN", "LY", "MR"]
    for row in first:
        assert (row["delegate"], row["office_fr"], row["level"], row["sources"]) == ("", "", "", "")
        assert (row["note_ar"], row["note_fr"]) == ("لم يسجل حضور", "aucune présence enregistrée")
        assert (row["date"], row["when_fr"], row["place_fr"]) == (
            "2013-10",
            "octobre 2013",
            "Rabat, Maroc",
        )
        assert (row["session"], row["status"]) == ("1", "held")
    # A row whose rank no source gives is recorded: its level is not_known, not empty.
    unknown = [row for row in rows if row["meeting"] == "civil-protection-working-group-2015"]
    assert [row["level"] for row in unknown] == ["not_known"] * 4 + ["other"]


def test_attendance_csv_carries_each_meetings_note_on_its_rows(accord: Agreement) -> None:
    rows = _attendance_rows(to_csv_attendance(accord))
    for meeting in accord.meetings:
        ours = [row for row in rows if row["meeting"] == meeting.id]
        assert ours
        note = meeting.note
        assert {(row["meeting_note_ar"], row["meeting_note_fr"]) for row in ours} == {
            (note.ar, note.fr) if note else ("", "")
        }, meeting.id
    # The experts' day is inferred from «samedi»; the committee's first day is garbled.
    experts = next(row for row in rows if row["meeting"] == "rabat-2013-experts")
    assert experts["date"] == "2013-04-20"
    assert experts["meeting_note_fr"].startswith("Sa date est une déduction")
    assert "samedi" in experts["meeting_note_fr"]
    first = next(row for row in rows if row["meeting"] == "security-follow-up-committee-1")
    assert "« -25-25 octobre »" in first["meeting_note_fr"]
    month = next(row for row in rows if row["meeting"] == "civil-protection-working-group-2015")
    assert (month["date"], month["meeting_note_fr"][:25]) == (
        "2015-04",
        "Le mois est une déduction",
    )
    # Each row's own note stays beside the meeting's.
    algeria = next(r for r in rows if (r["meeting"], r["state"]) == ("nouakchott-2015", "DZ"))
    assert algeria["note_fr"].startswith("Le ministre, Tayeb Bélaiz")
    assert algeria["meeting_note_fr"].startswith("Les ministres se sont réunis le jeudi")
    fr = _attendance_rows(to_csv_attendance(accord, "fr"))
    assert (
        next(r for r in fr if r["Réunion"] == "rabat-2013-experts")["Note sur la réunion"]
        == (experts["meeting_note_fr"])
    )
    ar = _attendance_rows(to_csv_attendance(accord, "ar"))
    assert (
        next(r for r in ar if r["اجتماع"] == "rabat-2013-experts")["ملاحظة حول الاجتماع"]
        == (experts["meeting_note_ar"])
    )


def test_attendance_csv_gives_the_dates_bounds_as_days(accord: Agreement) -> None:
    rows = _attendance_rows(to_csv_attendance(accord))
    span = {row["meeting"]: (row["date"], row["earliest"], row["latest"]) for row in rows}
    assert span["rabat-2013"] == ("2013-04-21", "2013-04-21", "2013-04-21")
    assert span["security-follow-up-committee-1"] == ("2013-10", "2013-10-01", "2013-10-31")
    # Known only by bounds: held after the first meeting, before the 6th session.
    assert span["security-follow-up-committee-2"] == (
        "2013-10-01/2016-04-25",
        "2013-10-01",
        "2016-04-25",
    )
    # The same days in every language: they are for programs, as `deadline` is.
    fr = _attendance_rows(to_csv_attendance(accord, "fr"))
    bounded = next(r for r in fr if r["Réunion"] == "security-follow-up-committee-2")
    assert (bounded["Premier jour possible"], bounded["Dernier jour possible"]) == (
        "2013-10-01",
        "2016-04-25",
    )


def test_attendance_csv_leaves_an_open_bound_empty() -> None:
    document = canonical_raw()
    meeting = next(m for m in document["meetings"] if m["id"] == "security-follow-up-committee-2")
    meeting["when"] = "../2016-04-25"
    rows = _attendance_rows(to_csv_attendance(load_raw(document)))
    row = next(r for r in rows if r["meeting"] == "security-follow-up-committee-2")
    assert (row["date"], row["earliest"], row["latest"]) == ("../2016-04-25", "", "2016-04-25")


@settings(max_examples=40, deadline=None)
@given(ms.agreements(max_states=3, max_meetings=4))
def test_attendance_csv_of_any_accord_has_each_meetings_bounds_and_note(
    accord: Agreement,
) -> None:
    rows = _attendance_rows(to_csv_attendance(accord, formula_guard=False))
    found = {
        (
            row["meeting"],
            row["earliest"],
            row["latest"],
            row["meeting_note_ar"],
            row["meeting_note_fr"],
        )
        for row in rows
    }

    def day(value: datetime.date | None) -> str:
        return "" if value is None else value.isoformat()

    assert found == {
        (
            m.id,
            day(m.when.earliest),
            day(m.when.latest),
            m.note.ar if m.note else "",
            m.note.fr if m.note else "",
        )
        for m in accord.meetings
    }


def test_attendance_csv_names_the_delegate_and_what_the_sources_disagree_on(
    accord: Agreement,
) -> None:
    rows = _attendance_rows(to_csv_attendance(accord))
    algeria = next(r for r in rows if (r["meeting"], r["state"]) == ("nouakchott-2015", "DZ"))
    assert algeria["delegate"] == "ahmed-adli"
    assert (algeria["delegate_name_ar"], algeria["delegate_name_fr"]) == ("أحمد عدلي", "Ahmed Adli")
    assert algeria["level"] == "secretary_general"
    assert algeria["disputes"] == "level"
    assert algeria["place_fr"] == "Nouakchott, Mauritanie"
    libya = next(r for r in rows if (r["meeting"], r["state"]) == ("nouakchott-2015", "LY"))
    (libya_row,) = [r for r in accord.meeting("nouakchott-2015").attendance if r.state == "LY"]
    assert len(libya_row.disputes) == 2  # two disputes on the level: named once
    assert libya["disputes"] == "level"
    unnamed = next(r for r in rows if (r["meeting"], r["state"]) == ("nouakchott-2015", "MR"))
    assert (unnamed["delegate"], unnamed["delegate_name_fr"], unnamed["level"]) == (
        "",
        "",
        "minister",
    )
    assert unnamed["note_fr"].startswith("Aucune source sur la session ne nomme le ministre")
    bounded = next(r for r in rows if r["meeting"] == "security-follow-up-committee-2")
    assert (bounded["date"], bounded["place_fr"]) == ("2013-10-01/2016-04-25", "")


def test_attendance_csv_in_one_language(accord: Agreement) -> None:
    fr = _attendance_rows(to_csv_attendance(accord, "fr"))
    assert list(fr[0]) == [
        "Réunion",
        "Organe",
        "Date",
        "Premier jour possible",
        "Dernier jour possible",
        "Date en toutes lettres",
        "Lieu",
        "Session",
        "Statut",
        "Note sur la réunion",
        "État",
        "Nom de l'État",
        "Représentant",
        "Nom du représentant",
        "Fonction",
        "Rang",
        "Sources",
        "Note",
        "Désaccords",
    ]
    tunis = [r for r in fr if r["Réunion"] == "tunis-2016"]
    assert [(r["État"], r["Rang"], r["Statut"]) for r in tunis][:2] == [
        ("MA", "ministre délégué", "tenue"),
        ("DZ", "ministre", "tenue"),
    ]
    assert tunis[0]["Date en toutes lettres"] == "25 avril 2016"
    ar = _attendance_rows(to_csv_attendance(accord, "ar_MA"))
    assert ar[0]["المستوى"] == "وزير"
    assert len(ar) == len(fr) == _expected_attendance_rows(accord)


def test_attendance_csv_of_one_body_and_its_options(accord: Agreement) -> None:
    body = "council-of-interior-ministers"
    rows = _attendance_rows(to_csv_attendance(accord, body=body))
    assert {row["meeting"] for row in rows} == {m.id for m in accord.meetings_of(body)}
    assert to_csv_attendance(accord, bom=True) == "\ufeff" + to_csv_attendance(accord)
    with pytest.raises(maghreb_accord.UnknownIdError, match="council-of-interior-ministers"):
        to_csv_attendance(accord, body="council")


def test_attendance_csv_guards_formulas(accord: Agreement) -> None:
    document = canonical_raw()
    meeting = next(m for m in document["meetings"] if m["id"] == "nouakchott-2015")
    meeting["attendance"][0]["note"] = {"ar": "ملاحظة", "fr": '=HYPERLINK("http://evil.example")'}
    changed = load_raw(document)
    guarded = _attendance_rows(to_csv_attendance(changed))
    raw = _attendance_rows(to_csv_attendance(changed, formula_guard=False))
    index = next(i for i, r in enumerate(raw) if r["meeting"] == "nouakchott-2015")
    assert raw[index]["note_fr"] == '=HYPERLINK("http://evil.example")'
    assert guarded[index]["note_fr"] == "'" + raw[index]["note_fr"]


EXPORT_HOWTO = Path(__file__).resolve().parent.parent / "docs" / "howto" / "export.md"


def _codebook(function: str) -> list[str]:
    """The columns the export how-to's codebook lists for ``function``, in its order."""
    text = EXPORT_HOWTO.read_text("utf-8")
    section = text.split(f": `{function}`\n", 1)[1].split("\n#", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| `")]
    return [name for row in rows for name in re.findall(r"`(\w+)`", row.split("|")[1])]


@pytest.mark.parametrize(
    ("function", "columns"),
    [
        (to_csv, COLUMNS),
        (to_csv_references, REFERENCE_COLUMNS),
        (to_csv_attendance, ATTENDANCE_COLUMNS),
        (to_csv_windows, WINDOW_COLUMNS),
    ],
)
def test_each_csv_column_is_in_the_codebook_and_the_docstring(
    function: Any, columns: tuple[str, ...]
) -> None:
    assert _codebook(function.__name__) == list(columns)
    for column in columns:
        assert f"``{column}``" in function.__doc__, (function.__name__, column)


# --- Markdown and HTML -------------------------------------------------------------------


class _Structure(HTMLParser):
    """Checks that tags nest, and records the attributes of sections and isolates."""

    VOID: ClassVar[frozenset[str]] = frozenset({"meta", "br", "hr", "img", "link"})

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.sections: list[dict[str, str | None]] = []
        self.bdi = 0
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "section":
            self.sections.append(dict(attrs))
        if tag == "bdi":
            self.bdi += 1
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack, f"</{tag}> closes nothing"
        assert self.stack.pop() == tag, f"</{tag}> closes the wrong element"

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_is_a_well_formed_bilingual_page(accord: Agreement) -> None:
    page = to_html(accord)
    structure = _Structure()
    structure.feed(page)
    structure.close()
    assert structure.stack == []
    assert page.startswith("<!DOCTYPE html>\n<html")
    assert '<meta charset="utf-8">' in page
    assert structure.sections == [{"lang": "ar", "dir": "rtl"}, {"lang": "fr", "dir": "ltr"}]
    assert structure.bdi > 20
    assert "<bdi><code>security-follow-up-committee</code></bdi>" in page
    assert '<blockquote lang="ar" dir="rtl">منددين بكافة' in page
    text = "".join(structure.text)
    for commitment in accord.commitments:
        assert commitment.text.ar in text
        assert commitment.text.fr in text


class _Page(HTMLParser):
    """The page's own attributes and title, and each section's attributes and heading."""

    def __init__(self) -> None:
        super().__init__()
        self.page: dict[str, str | None] = {}
        self.title = ""
        self.sections: list[tuple[dict[str, str | None], str]] = []
        self.within: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "html":
            self.page = dict(attrs)
        elif tag == "section":
            self.sections.append((dict(attrs), ""))
        if (tag == "title" and not self.sections) or tag == "h1":  # not the drawings' titles
            self.within = tag

    def handle_endtag(self, tag: str) -> None:
        if tag == self.within:
            self.within = None

    def handle_data(self, data: str) -> None:
        if self.within == "title":
            self.title += data
        elif self.within == "h1":
            attributes, heading = self.sections[-1]
            self.sections[-1] = (attributes, heading + data)


@pytest.mark.parametrize(
    ("locale", "page"),
    [
        ("both", {"lang": "ar", "dir": "rtl"}),
        ("ar", {"lang": "ar", "dir": "rtl"}),
        ("ar_MA", {"lang": "ar-MA", "dir": "rtl"}),
        ("fr", {"lang": "fr", "dir": "ltr"}),
    ],
)
def test_html_page_language_and_title_follow_the_body(
    accord: Agreement, locale: str, page: dict[str, str]
) -> None:
    parsed = _Page()
    parsed.feed(to_html(accord, locale))
    parsed.close()
    # The page is in the language it opens with, as its first section says.
    assert parsed.page == page == parsed.sections[0][0]
    # Its title names the accord as the sections do, in their order; a title after the
    # first is isolated, as it may run in another direction.
    first, *others = [heading for _, heading in parsed.sections]
    assert parsed.title == first + "".join(f" — \u2068{other}\u2069" for other in others)
    assert len(others) == (locale == "both")


def test_markdown_sets_arabic_right_to_left_and_isolates_latin_ids(accord: Agreement) -> None:
    text = to_markdown(accord)
    arabic, french = text.split('</div>\n\n<div lang="fr" dir="ltr">')
    assert arabic.startswith('<div lang="ar" dir="rtl">\n\n# ')
    assert "\u2068`condemn-terrorism`\u2069" in arabic
    assert "`condemn-terrorism`" in french
    assert "\u2068`condemn-terrorism`\u2069" not in french
    # The French part holds no Arabic: a quote of the article says where it stands.
    assert "Source\u00a0: `almaghribia-rabat-2013`, caractères 0–241" in french
    for commitment in accord.commitments:
        assert commitment.text.ar in arabic
    assert "## Engagements" in french


def test_renderings_escape_markup_in_the_data() -> None:
    raw = canonical_raw()
    raw["title"]["fr"] = "<script>alert('x')</script> *gras* [lien](http://x)"
    accord = load_raw(raw)
    page = to_html(accord)
    assert "<script>" not in page
    assert "&lt;script&gt;" in page
    markdown = to_markdown(accord)
    assert "\\<script\\>" in markdown
    assert "\\*gras\\*" in markdown
    assert "\\[lien\\]" in markdown


# --- links and names ---------------------------------------------------------------------


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self.hrefs.append(dict(attrs)["href"] or "")


def _links(page: str) -> list[str]:
    parser = _Links()
    parser.feed(page)
    return parser.hrefs


def test_html_source_addresses_are_links(accord: Agreement) -> None:
    hrefs = _links(to_html(accord))
    addresses = [s.address for s in accord.sources if s.address is not None]
    assert addresses
    for address in addresses:
        url = address if "://" in address else f"https://{address}"
        assert hrefs.count(url) == 2, address  # once in the Arabic section, once in the French


@pytest.mark.parametrize(
    "address",
    [
        "javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "file:///etc/passwd",
        "ftp://example.org/x",
        "mailto:someone@example.org",
    ],
)
def test_html_links_only_http_and_https(address: str) -> None:
    # Such an address never reaches a page: the loader refuses it with its path.
    document = canonical_raw()
    outside = next(source for source in document["sources"] if "address" in source)
    outside["address"] = address
    with pytest.raises(maghreb_accord.AccordDataError, match=r"not a full http\(s\) address"):
        load_raw(document)
    page = to_html(maghreb_accord.load())
    assert _links(page)
    assert all(href.startswith(("https://", "http://")) for href in _links(page))


@attrs.frozen
class _Link:
    href: str
    text: str
    isolated: bool  # inside a <bdi>
    lang: str | None  # its section's


class _LinkTexts(HTMLParser):
    """Each link's target, its text as shown (character references resolved), and context."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[_Link] = []
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.href: str | None = None
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self.href, self.text = dict(attrs)["href"] or "", []
        if tag not in _Structure.VOID:
            self.stack.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        self.stack.pop()
        if tag == "a" and self.href is not None:
            tags = [name for name, _ in self.stack]
            lang = next((a["lang"] for name, a in self.stack if name == "section"), None)
            self.links.append(_Link(self.href, "".join(self.text), "bdi" in tags, lang))
            self.href = None

    def handle_data(self, data: str) -> None:
        if self.href is not None:
            self.text.append(data)


def _link_texts(page: str) -> list[_Link]:
    parser = _LinkTexts()
    parser.feed(page)
    parser.close()
    return parser.links


def test_html_shows_an_encoded_address_decoded_and_links_to_it_as_written(
    accord: Agreement,
) -> None:
    address = accord.source("interieur-gov-dz-497").address
    assert address is not None
    assert address.startswith("https://interieur.gov.dz/index.php/ar/%D8%A7%D9%84")
    links = [link for link in _link_texts(to_html(accord)) if link.href == address]
    assert [link.lang for link in links] == ["ar", "fr"]
    for link in links:  # in French too, its Arabic letters are isolated
        assert link == _Link(address, unquote(address), isolated=True, lang=link.lang)
        assert link.text.startswith("https://interieur.gov.dz/index.php/ar/الوزير-و-الوزارة/")


def test_html_link_texts_name_the_page_they_link_to(accord: Agreement) -> None:
    links = _link_texts(to_html(accord))
    encoded = [link for link in links if "%" in link.href]
    assert len(encoded) > 10
    for link in links:
        assert link.href.isascii(), link.href  # the address as in the data
        assert unquote(link.text) == unquote(link.href)
        # No letter of the bundled addresses is left encoded (lowercase escapes too).
        assert not re.search("%[89a-f][0-9a-f]", link.text, flags=re.I), link.text
        if re.search("[\u0600-\u06ff]", link.text):
            assert link.isolated, link.text


def test_html_escapes_an_address_it_decodes() -> None:
    document = canonical_raw()
    outside = next(source for source in document["sources"] if "address" in source)
    outside["address"] = "https://example.org/?q='x'&y=%D8%A7%3Cscript%3E%E2%80%AE"
    page = to_html(load_raw(document))
    assert "<script>" not in page
    assert "&amp;y=" in page
    (link, *_) = [link for link in _link_texts(page) if link.href == outside["address"]]
    # An escaped ASCII character and a bidi control stay encoded; the Arabic letter shows.
    assert link.text == "https://example.org/?q='x'&y=ا%3Cscript%3E%E2%80%AE"
    assert link.isolated


@pytest.mark.parametrize(
    ("address", "shown"),
    [
        ("https://tunisien.tn/%d8%aa%d9%88%d9%86%d8%b3/", "https://tunisien.tn/تونس/"),
        ("https://lecalame.info/?q=node%2F2049", "https://lecalame.info/?q=node%2F2049"),
        ("https://example.org/a%20b%25", "https://example.org/a%20b%25"),
        ("https://example.org/%C3%A9t%C3%A9", "https://example.org/été"),
        ("https://example.org/%F0%9F%98%80", "https://example.org/\U0001f600"),
        ("https://example.org/%D8", "https://example.org/%D8"),  # a byte short
        ("https://example.org/%C0%AF", "https://example.org/%C0%AF"),  # overlong "/"
        ("https://example.org/%ED%A0%80", "https://example.org/%ED%A0%80"),  # a surrogate
        ("https://example.org/%C2%A0%E2%80%8F", "https://example.org/%C2%A0%E2%80%8F"),
    ],
)
def test_readable_address_decodes_only_visible_letters(address: str, shown: str) -> None:
    assert readable_address(address) == shown
    assert readable_address(shown) == shown


_ASCII: str = "".join(chr(code) for code in range(0x21, 0x7F))


@given(st.text())
def test_readable_address_names_the_same_page(path: str) -> None:
    address = "https://example.org/" + quote(path, safe="/")
    shown = readable_address(address)
    # Encoding again what was decoded gives the address back: the same page.
    assert quote(shown, safe=_ASCII) == address
    assert all(char.isprintable() for char in shown)


def _stylesheet(page: str) -> dict[str, dict[str, str]]:
    """The page's style: each selector's declarations."""
    style = page[page.index("<style>") + len("<style>") : page.index("</style>")]
    rules: dict[str, dict[str, str]] = {}
    for selectors, block in re.findall(r"([^{}]+)\{([^}]*)\}", style):
        parts = (declaration.partition(":") for declaration in block.split(";"))
        declarations = {name.strip(): value.strip() for name, _, value in parts if value}
        for selector in selectors.split(","):
            rules.setdefault(selector.strip(), {}).update(declarations)
    return rules


class _Words(HTMLParser):
    """Each word of the text (between spaces) and the elements it is in."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.words: list[tuple[str, tuple[str, ...]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _Structure.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if "body" in self.stack and "svg" not in self.stack:
            self.words += [(word, tuple(self.stack)) for word in data.split()]


@pytest.mark.parametrize("locale", ["both", "ar", "fr"])
def test_html_lets_every_long_word_wrap(accord: Agreement, locale: str) -> None:
    # A word longer than a phone's line (an address, an id) breaks where it must, instead
    # of making the page scroll sideways.
    page = to_html(accord, locale)
    rules = _stylesheet(page)
    wraps = {tag: rule["overflow-wrap"] for tag, rule in rules.items() if "overflow-wrap" in rule}
    parser = _Words()
    parser.feed(page)
    long_words = [(word, stack) for word, stack in parser.words if len(word) > 30]
    assert max(len(word) for word, _ in long_words) > 150
    for word, stack in long_words:
        wrap = next((wraps[tag] for tag in reversed(stack) if tag in wraps), "normal")
        assert wrap in ("anywhere", "break-word"), word
    assert not any("white-space" in rule for rule in rules.values())
    assert rules["figure.timeline svg"]["width"] == "100%"  # the timeline scales down


def test_popolo_other_names_are_unique(accord: Agreement) -> None:
    for person in to_popolo(accord)["persons"]:
        names = [entry["name"] for entry in person["other_names"]]
        assert len(names) == len(set(names)), person["id"]
    host = next(p for p in to_popolo(accord)["persons"] if p["id"] == "mohand-laenser")
    (entry,) = [n for n in host["other_names"] if n["name"] == "امحند العنصر"]
    assert "standard spelling" in entry["note"]
    assert "as printed in almaghribia-rabat-2013" in entry["note"]


def test_popolo_events_say_when_their_dates_are_only_bounds(accord: Agreement) -> None:
    events = {event["id"]: event for event in to_popolo(accord)["events"]}
    second = events["security-follow-up-committee-2"]
    assert (second["start_date"], second["end_date"]) == ("2013-10-01", "2016-04-25")
    assert second["description"].startswith(
        "Date connue par ses seules bornes : entre le 1er octobre 2013 et le 25 avril 2016. "
    )
    assert "location" not in second  # no source gives its place
    nouakchott = events["nouakchott-2015"]
    assert nouakchott["location"] == "Nouakchott, Mauritanie"
    assert "bornes" not in nouakchott["description"]  # a day is not bounds


def test_popolo_events_carry_their_meetings_notes(accord: Agreement) -> None:
    events = {event["id"]: event for event in to_popolo(accord)["events"]}
    for meeting in accord.meetings:
        assert meeting.note is not None  # every meeting of the record says something
        assert events[meeting.id]["description"].endswith(meeting.note.fr), meeting.id
    # The experts' day is inferred from «samedi»: the event says so, and nothing before it.
    experts = accord.meeting("rabat-2013-experts").note
    assert experts is not None
    assert events["rabat-2013-experts"]["description"] == experts.fr
    # Bounds, then the note on what they rest on; the accord's title, then the note.
    bounded = events["illegal-migration-working-group-1"]["description"]
    assert bounded.startswith("Date connue par ses seules bornes : entre le 21 avril 2013")
    assert ". Connue seulement par l'examen des résultats" in bounded
    assert events["rabat-2013"]["description"].startswith(accord.title.fr + ". Le nom arabe")


def test_popolo_event_description_joins_its_sentences_once() -> None:
    from maghreb_accord.export.popolo import _sentences

    assert _sentences(["Bornes : x", "Note"]) == "Bornes : x. Note"
    assert _sentences(["Fin.", "Note"]) == "Fin. Note"
    assert _sentences(["Note"]) == "Note"
    document = canonical_raw()
    meeting = next(m for m in document["meetings"] if m["id"] == "nouakchott-2015")
    del meeting["note"]
    events = {event["id"]: event for event in to_popolo(load_raw(document))["events"]}
    assert "description" not in events["nouakchott-2015"]  # nothing to say, no description


@settings(max_examples=40, deadline=None)
@given(ms.agreements(max_states=3, max_meetings=4))
def test_popolo_events_of_any_accord_carry_their_meetings_notes(accord: Agreement) -> None:
    from maghreb_accord._render.words import capitalized

    events = to_popolo(accord)["events"]
    for event, meeting in zip(events, accord.meetings, strict=True):
        if meeting.note is not None:  # the note on what the data infers is never dropped
            assert event["description"].endswith(capitalized(meeting.note.fr)), meeting.id
        elif meeting.id != accord.meeting_id and not isinstance(meeting.when, Between):
            assert "description" not in event, meeting.id


def test_attendance_disputes_are_in_the_words_of_the_one_language(accord: Agreement) -> None:
    def disputed(text: str) -> set[str]:
        rows = list(csv.reader(io.StringIO(text)))
        column = len(rows[0]) - 1  # the last column: what the sources disagree on
        return {cell for row in rows[1:] for cell in row[column].split(";") if cell}

    assert disputed(to_csv_attendance(accord)) == {"delegate", "level"}
    assert disputed(to_csv_attendance(accord, "fr")) == {"représentant", "rang"}


@pytest.mark.parametrize(
    ("encoded", "shown"),
    [("%D7%A9%D7%9C%D7%95%D7%9D", "שלום"), ("%DC%90%DC%92", "ܐܒ"), ("caf%C3%A9", "café")],
)
def test_html_isolates_any_address_it_decodes(encoded: str, shown: str) -> None:
    document = canonical_raw()
    outside = next(source for source in document["sources"] if "address" in source)
    outside["address"] = f"https://example.org/{encoded}"
    page = to_html(load_raw(document), "fr")
    (link,) = [link for link in _link_texts(page) if link.href == outside["address"]]
    assert link.text == f"https://example.org/{shown}"
    assert link.isolated


def test_markdown_links_an_address_and_shows_it_decoded(accord: Agreement) -> None:
    address = accord.source("interieur-gov-dz-497").address
    assert address is not None
    page = to_markdown(accord, "fr")
    shown = unquote(address).replace("_", "\\_")
    # Isolated, as its Arabic letters would otherwise turn the French line around.
    assert f"\u2068[{shown}](<{address}>)\u2069" in page
    assert "[https://www.ccme.org.ma/?p=137968](<https://www.ccme.org.ma/?p=137968>)" in page


def test_markdown_keeps_an_address_whole_in_its_link_target() -> None:
    document = canonical_raw()
    outside = next(source for source in document["sources"] if "address" in source)
    outside["address"] = "https://example.org/a_(b)*c"
    page = to_markdown(load_raw(document), "fr")
    assert "[https://example.org/a\\_(b)\\*c](<https://example.org/a_(b)*c>)" in page


@settings(max_examples=30, deadline=None)
@given(ms.agreements(max_states=3, max_meetings=5), st.dates(min_value=datetime.date(2010, 1, 1)))
def test_the_windows_csv_is_each_bodys_compliance(accord: Agreement, day: datetime.date) -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv_windows(accord, as_of=day))))
    expected = []
    for body in accord.bodies:
        try:
            report = accord.compliance(body.id, as_of=day)
        except maghreb_accord.ScheduleError:
            continue
        late = {each.window: each for each in report.lateness}
        # A window has a meeting exactly when its lateness is measured.
        assert sorted(late) == [w.index for w in report.windows if w.meetings]
        expected += [
            {
                "body": body.id,
                "body_name_ar": body.name.ar,
                "body_name_fr": body.name.fr,
                "window": str(w.index),
                "first_day": w.earliest.isoformat(),
                "last_day": w.latest.isoformat(),
                "status": w.status.value,
                "meetings": ";".join(w.meetings),
                "maybe_meetings": ";".join(w.uncertain),
                "answers": str(late[w.index].answers) if w.meetings else "",
                "due_day": late[w.index].due.isoformat() if w.meetings else "",
                "days_late": str(late[w.index].days_late) if w.meetings else "",
                "days_late_at_most": str(late[w.index].days_late_at_most) if w.meetings else "",
                "judged_on": day.isoformat(),
            }
            for w in report.windows
        ]
    # Cells are as written unless a spreadsheet would read them as a formula.
    assert rows == [
        {k: ("'" + v if v.startswith(FORMULA_TRIGGERS) else v) for k, v in row.items()}
        for row in expected
    ]


def test_the_windows_csv_of_one_body_without_a_series_says_why(accord: Agreement) -> None:
    with pytest.raises(maghreb_accord.ScheduleError, match="has no cadence"):
        to_csv_windows(accord, body="arab-maghreb-union")
    with pytest.raises(maghreb_accord.UnknownIdError):
        to_csv_windows(accord, body="no-such-body")
    text = to_csv_windows(accord, "fr", body="council-of-interior-ministers")
    assert text.splitlines()[1].endswith(
        ",0,2013-04-21,2013-04-21,réunion enregistrée,rabat-2013,,0,2013-04-21,0,0,2016-12-31"
    )


def test_the_windows_csv_says_how_late_each_window_s_meeting_was(accord: Agreement) -> None:
    text = to_csv_windows(accord, body="security-follow-up-committee")
    rows = {row["window"]: row for row in csv.DictReader(io.StringIO(text))}
    # The committee's first meeting, in October 2013 (known by bounds within the month),
    # answers the first window, due by the end of June 2013.
    first = rows["2"]
    assert (first["meetings"], first["answers"], first["due_day"]) == (
        "security-follow-up-committee-1",
        "0",
        "2013-06-30",
    )
    assert (first["days_late"], first["days_late_at_most"]) == ("93", "123")
    assert [rows[k]["days_late"] for k in ("0", "1", "3")] == ["", "", ""]


def test_a_dispute_about_a_field_without_words_is_named_by_its_id() -> None:
    document = canonical_raw()
    rabat = next(m for m in document["meetings"] if m["id"] == "rabat-2013")
    (tunisia,) = [row for row in rabat["attendance"] if row.get("disputes")]
    tunisia["disputes"][0]["about"] = "met"  # a word the outputs use, not a field's name
    accord = load_raw(document)
    rows = list(csv.DictReader(io.StringIO(to_csv_attendance(accord, "fr"))))
    assert {r["Désaccords"] for r in rows if r["Réunion"] == "rabat-2013"} == {"", "met"}
    record = maghreb_accord.record_text(accord, datetime.date(2016, 12, 31), "fr")
    assert "(sources en désaccord : met)" in record


def test_french_pages_keep_french_typography_s_no_break_spaces(accord: Agreement) -> None:
    for page in (to_markdown(accord, "fr"), to_html(accord, "fr")):
        # No line can break before a colon, inside guillemets, or in «21 avril».
        assert "Date\u00a0: dimanche 21\u00a0avril 2013" in page
        assert "\u202f;" in page
    # Outside quotations, code, links and the style sheet, no plain space is left there.
    html = to_html(accord, "fr")
    body = html.split("</style>")[-1]
    for element in ("blockquote", "code", "a", "bdi", "svg"):
        body = re.sub(rf"<{element}\b.*?</{element}>", "", body, flags=re.DOTALL)
    assert re.findall(r".{20}(?: [:;!?»]|« |[0-9] [a-zé]).{10}", body) == []
    # Quoted words of a source and ids stay as printed; Arabic and plain text are untouched.
    for quoted in re.findall(r"<blockquote[^>]*>(.*?)</blockquote>", html, re.DOTALL):
        assert "\u00a0" not in quoted
        assert "\u202f" not in quoted
    assert "\u00a0" not in to_markdown(accord, "ar")
    assert "\u00a0" not in maghreb_accord.summary(accord, "fr")
    assert "<title>Accord des" in html
    assert "Rabat (21\u00a0avril 2013)</title>" in html


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_every_commitment_in_markdown_names_each_of_its_sources(
    accord: Agreement, lang: str
) -> None:
    from maghreb_accord._render.blocks import is_arabic

    text = to_markdown(accord, lang)
    sections = text.split("\n### ")[1:]
    assert len(sections) == len(accord.commitments)
    for commitment, section in zip(accord.commitments, sections, strict=True):
        assert f"`{commitment.id}`" in section.splitlines()[0]
        assert commitment.said_by.label.in_locale(lang) in section
        for ref in commitment.sources:
            # Each reference names its source; its words stand quoted where they are in the
            # page's script, and only there.
            assert f"`{ref.source}`" in section
            words_of = ref.quote if ref.quote is not None else ref.excerpt
            assert words_of is not None
            assert (f"> {words_of}" in section) is (is_arabic(words_of) == (lang == "ar"))
