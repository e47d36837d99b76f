"""Whole outputs compared with golden files in tests/golden/, byte for byte.

Each human-facing output (the summary, every listing of the command line, every export) is
kept whole in a file. A change of output shows as a diff of those files in review. After a
deliberate change, rewrite them with::

    pytest tests/test_golden.py --update-goldens

and read the diff before committing it.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable
from pathlib import Path

import pytest

import maghreb_accord
from maghreb_accord.cli import main
from maghreb_accord.export import (
    json_schema,
    to_csv,
    to_csv_attendance,
    to_csv_references,
    to_html,
    to_ical,
    to_markdown,
    to_popolo,
    to_svg,
)
from tests.support import DATA, canonical_raw, load_raw

GOLDEN = Path(__file__).resolve().parent / "golden"
LANGUAGES = ("ar", "fr", "both")


def _variant() -> dict[str, object]:
    """The canonical accord with a second Algerian minister and no Mauritanian one.

    It takes the branches the canonical accord does not: a state with several ministers, a
    state with none.
    """
    raw = canonical_raw()
    second = dict(raw["ministers"][1], id="second-minister", attested_names=[])
    second["name"] = {"ar": "وزير ثان", "fr": "Second Ministre"}
    raw["ministers"].append(second)
    raw["ministers"] = [m for m in raw["ministers"] if m["state"] != "MR"]
    for meeting in raw["meetings"]:  # the delegate is then not known
        for row in meeting.get("attendance", []):
            if row["state"] == "MR":
                row.pop("minister", None)
    return raw  # type: ignore[no-any-return]


def _variant_file(folder: Path) -> Path:
    article = "rabat-2013-almaghribia.ar.txt"
    (folder / article).write_bytes((DATA / article).read_bytes())
    path = folder / "variant.json"
    path.write_text(json.dumps(_variant(), ensure_ascii=False), "utf-8")
    return path


# The command line's outputs: golden name -> arguments.
COMMANDS: dict[str, list[str]] = {}
for lang in LANGUAGES:
    COMMANDS |= {
        f"cli/states.{lang}.txt": ["states", "--lang", lang],
        f"cli/ministers.{lang}.txt": ["ministers", "--lang", lang],
        f"cli/bodies.{lang}.txt": ["bodies", "--lang", lang],
        f"cli/commitments.{lang}.txt": ["commitments", "--lang", lang],
        f"cli/commitments-civil-protection.{lang}.txt": [
            "commitments",
            "--domain",
            "civil_protection",
            "--lang",
            lang,
        ],
        f"cli/schedule.{lang}.txt": [
            "schedule",
            "--body",
            "security-follow-up-committee",
            "--until",
            "2014-06-30",
            "--lang",
            lang,
        ],
        f"cli/due.{lang}.txt": ["due", "--as-of", "2013-07-01", "--lang", lang],
        f"cli/due-2014.{lang}.txt": ["due", "--as-of", "2014-01-01", "--lang", lang],
        f"cli/record.{lang}.txt": ["record", "--as-of", "2017-01-01", "--lang", lang],
        f"cli/find-chouail.{lang}.txt": ["find", "Chouail", "--lang", lang],
        f"cli/find-terrorisme.{lang}.txt": ["find", "terrorisme", "--lang", lang],
        f"variant/summary.{lang}.txt": ["summary", "--lang", lang],
        f"variant/states.{lang}.txt": ["states", "--lang", lang],
        f"variant/ministers.{lang}.txt": ["ministers", "--lang", lang],
    }
COMMANDS |= {
    "variant/accord.md": ["export", "--format", "markdown"],
    "variant/accord.html": ["export", "--format", "html"],
    "cli/commitments-none.fr.txt": [
        "commitments",
        "--domain",
        "cybercrime",
        "--kind",
        "call",
        "--lang",
        "fr",
    ],
}

STAMP = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
UNTIL = datetime.date(2014, 6, 30)
AS_OF = datetime.date(2026, 1, 1)

# The library's outputs: golden name -> the call that makes it.
CALLS: dict[str, Callable[[maghreb_accord.Agreement], str]] = {
    "summary.both.txt": lambda a: maghreb_accord.summary(a),
    "summary.ar.txt": lambda a: maghreb_accord.summary(a, "ar"),
    "summary.fr.txt": lambda a: maghreb_accord.summary(a, "fr"),
    "export/accord.md": to_markdown,
    "export/accord.html": to_html,
    "export/commitments.csv": to_csv,
    "export/references.csv": to_csv_references,
    "export/attendance.csv": to_csv_attendance,
    "export/attendance.fr.csv": lambda a: to_csv_attendance(a, "fr"),
    "export/attendance.ar.csv": lambda a: to_csv_attendance(a, "ar"),
    "export/popolo.json": lambda a: json.dumps(to_popolo(a), ensure_ascii=False, indent=2) + "\n",
    "export/committee.ar.ics": lambda a: to_ical(
        a, "security-follow-up-committee", "ar", until=UNTIL, stamp=STAMP
    ),
    "export/committee.fr.ics": lambda a: to_ical(
        a, "security-follow-up-committee", "fr", until=UNTIL, stamp=STAMP
    ),
    "export/timeline.fr.svg": lambda a: to_svg(a, "fr", as_of=AS_OF),
    "export/timeline.ar.svg": lambda a: to_svg(a, "ar", as_of=AS_OF),
    "export/timeline.ar_DZ.svg": lambda a: to_svg(a, "ar_DZ"),
}
# The canonical JSON export is the bundled data itself (data/rabat-2013.json): see
# test_exports.py. The JSON Schema shipped beside it is rewritten with the goldens.
SHIPPED_SCHEMA = Path(maghreb_accord.__file__).with_name("data") / "accord.schema.json"


def _compare(name: str, output: bytes, request: pytest.FixtureRequest) -> None:
    path = GOLDEN / name
    if request.config.getoption("--update-goldens"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(output)
        return
    assert path.exists(), f"no golden file {name}: run pytest tests/test_golden.py --update-goldens"
    assert output.decode("utf-8") == path.read_bytes().decode("utf-8"), name


@pytest.mark.parametrize("name", sorted(CALLS))
def test_library_output_is_its_golden_file(
    name: str, accord: maghreb_accord.Agreement, request: pytest.FixtureRequest
) -> None:
    _compare(name, CALLS[name](accord).encode("utf-8"), request)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_command_line_output_is_its_golden_file(
    name: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    arguments = [*COMMANDS[name], "--output", str(tmp_path / "out")]
    if name.startswith("variant/"):
        arguments += ["--file", str(_variant_file(tmp_path))]
    assert main(arguments) == 0
    _compare(name, (tmp_path / "out").read_bytes(), request)


def test_the_shipped_schema_is_the_generated_one(request: pytest.FixtureRequest) -> None:
    generated = json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"
    if request.config.getoption("--update-goldens"):
        SHIPPED_SCHEMA.write_text(generated, "utf-8")
        return
    message = "run pytest tests/test_golden.py --update-goldens"
    assert SHIPPED_SCHEMA.read_text("utf-8") == generated, message


def test_the_docs_timelines_are_drawn_for_the_docs_day(
    accord: maghreb_accord.Agreement, request: pytest.FixtureRequest
) -> None:
    # The docs show docs/_static/timeline-*.svg, committed so that a read-only checkout
    # builds; here they are held to the drawings of the day docs/conf.py fixes.
    import importlib.util

    docs = Path(__file__).resolve().parent.parent / "docs"
    spec = importlib.util.spec_from_file_location("docs_conf", docs / "conf.py")
    assert spec is not None
    assert spec.loader is not None
    conf = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(conf)
    for language in ("fr", "ar"):
        path = docs / "_static" / f"timeline-{language}.svg"
        drawn = to_svg(accord, language, as_of=conf.TIMELINE_AS_OF)
        if request.config.getoption("--update-goldens"):
            path.write_text(drawn, "utf-8")
            continue
        message = f"{path.name} is stale: run pytest tests/test_golden.py --update-goldens"
        assert path.exists(), message
        assert path.read_text("utf-8") == drawn, message


def test_the_variant_accord_loads() -> None:
    accord = load_raw(_variant())
    assert len(accord.ministers_of("DZ")) == 2
    assert accord.ministers_of("MR") == ()


def test_every_golden_file_is_checked() -> None:
    known = {*CALLS, *COMMANDS}
    found = {
        path.relative_to(GOLDEN).as_posix()
        for path in GOLDEN.rglob("*")
        if path.is_file() and path.name != ".gitattributes"
    }
    assert found == known


def test_the_recorded_digest_is_the_bundled_accords(request: pytest.FixtureRequest) -> None:
    # load() builds the bundled accord unchecked only when its files are the bytes the test
    # suite proved (tests/test_coldstart.py): a stale digest would send every user's load()
    # down the slower strict route. Rewritten only for data the strict loader accepts.
    from maghreb_accord import _canonical, loading

    data = Path(maghreb_accord.__file__).with_name("data")
    document = (data / loading._CANONICAL_FILE).read_bytes()
    names = _canonical.text_files(json.loads(document))
    current = _canonical.digest(document, {name: (data / name).read_bytes() for name in names})
    recorded = data / _canonical.DIGEST_FILE
    if request.config.getoption("--update-goldens"):
        maghreb_accord.loads(document, base=data)  # raises for data that is not sound
        recorded.write_text(current + "\n", "ascii")
        return
    message = "the bundled accord changed: run pytest tests/test_golden.py --update-goldens"
    assert recorded.exists(), message
    assert recorded.read_text("ascii").strip() == current, message
