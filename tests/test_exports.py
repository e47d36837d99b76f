"""Exports other tools read: JSON, JSON Schema, Popolo, CSV, Markdown and HTML."""

from __future__ import annotations

import csv
import io
import json
from html.parser import HTMLParser
from importlib.resources import files
from pathlib import Path
from typing import Any, ClassVar

import attrs
import jsonschema
import pytest
from hypothesis import given, settings
from referencing import Registry
from referencing.jsonschema import DRAFT3

import maghreb_accord
from maghreb_accord import Agreement
from maghreb_accord import strategies as ms
from maghreb_accord.export import (
    json_schema,
    to_csv,
    to_html,
    to_json,
    to_markdown,
    to_popolo,
)
from maghreb_accord.export.csv import COLUMNS
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
    # Regenerate with: maghreb-accord export --format schema --output <that file>
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
    for post in popolo["posts"]:
        if post["organization_id"] not in ids["organizations"]:
            problems.append(f"{post['id']}: organization {post['organization_id']!r} unknown")
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
    post_of = {m["person_id"]: m["post_id"] for m in popolo["memberships"] if "person_id" in m}
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
    planned = next(e for e in popolo["events"] if e["status"] == "planned")
    assert "start_date" not in planned  # the sources give only the bound
    json.dumps(popolo)  # JSON-ready


# --- CSV ---------------------------------------------------------------------------------


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
        if not row["source"]:  # reported by other pages only: no quote of the article
            assert commitment.said_by == "other_report"
            continue
        article = accord.source(row["source"]).text
        assert article is not None
        assert article[int(row["start"]) : int(row["end"])] == row["quote"]
    deadline = {row["id"]: row["deadline"] for row in rows}
    assert deadline["first-follow-up-meeting"] == "2013-06-30"


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


def test_markdown_sets_arabic_right_to_left_and_isolates_latin_ids(accord: Agreement) -> None:
    text = to_markdown(accord)
    arabic, french = text.split('</div>\n\n<div lang="fr" dir="ltr">')
    assert arabic.startswith('<div lang="ar" dir="rtl">\n\n# ')
    assert "\u2068`condemn-terrorism`\u2069" in arabic
    assert "`condemn-terrorism`" in french
    assert "\u2068`condemn-terrorism`\u2069" not in french
    # Arabic inside the French part is isolated too.
    assert "\u2068لطفي بن حدو\u2069" in french
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
