"""One language means one language: every output in Arabic or French alone, ids aside."""

from __future__ import annotations

import csv
import datetime
import inspect
import io
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from babel import Locale

import maghreb_accord
from maghreb_accord import Agreement, Domain
from maghreb_accord.cli import main
from maghreb_accord.export import to_csv, to_csv_attendance, to_html, to_ical, to_markdown

ISOLATED = re.compile("\u2068[^\u2069]*\u2069")
LATIN = re.compile(r"[A-Za-zÀ-ÿŒœ]")
ARABIC = re.compile("[\u0600-\u06ff]")
# A link to an address, shown decoded (its Arabic letters too), isolated; its href encoded.
# A web address shown decoded, isolated in its link: in HTML, and in Markdown.
DECODED_ADDRESS = re.compile(
    r'<bdi><a href="[!-~]+">[^<]*</a></bdi>|\u2068\[[^\]]*\]\(<[!-~]+>\)\u2069'
)

COMMANDS = {
    "summary": ["summary"],
    "states": ["states"],
    "ministers": ["ministers"],
    "bodies": ["bodies"],
    "commitments": ["commitments"],
    "schedule": ["schedule", "--body", "security-follow-up-committee", "--until", "2014-06-30"],
    "due": ["due", "--as-of", "2013-07-01"],
    "record": ["record", "--as-of", "2017-01-01"],
    "find": ["find", "Chouail"],
    "find-arabic": ["find", "شوايل"],
    "markdown": ["export", "--format", "markdown"],
    "html": ["export", "--format", "html"],
}


def _output(arguments: list[str], tmp_path: Path) -> str:
    out = tmp_path / "out"
    assert main([*arguments, "--output", str(out)]) == 0
    return out.read_text("utf-8")


def _words(text: str) -> str:
    """What a reader reads as words: without isolated ids, markup, code and addresses."""
    text = re.sub(r"<style>.*?</style>", "", text, flags=re.S)
    text = re.sub(r"<bdi>.*?</bdi>", "", text, flags=re.S)
    text = re.sub(r"<[^>]+>|&#?\w+;", "", text)
    return ISOLATED.sub("", text)


@pytest.mark.parametrize("name", sorted(COMMANDS))
@pytest.mark.parametrize("lang", ["ar", "ar_MA", "ar-DZ"])
def test_arabic_output_has_no_latin_letter_outside_isolated_ids(
    name: str, lang: str, tmp_path: Path
) -> None:
    text = _words(_output([*COMMANDS[name], "--lang", lang], tmp_path))
    assert LATIN.findall(text) == [], name
    assert ARABIC.search(text)


@pytest.mark.parametrize("name", sorted(COMMANDS))
@pytest.mark.parametrize("lang", ["fr", "fr_MA"])
def test_french_output_has_no_arabic_letter(name: str, lang: str, tmp_path: Path) -> None:
    # But in a web address a page shows decoded, as people read it: isolated in its link.
    text = DECODED_ADDRESS.sub("", _output([*COMMANDS[name], "--lang", lang], tmp_path))
    assert ARABIC.findall(text) == [], name


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_both_keeps_both(name: str, tmp_path: Path) -> None:
    text = _output([*COMMANDS[name], "--lang", "both"], tmp_path)
    assert ARABIC.search(_words(text))
    assert LATIN.search(_words(text))


def test_arabic_csv_has_latin_only_in_id_columns(accord: Agreement) -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv(accord, "ar"))))
    ids = {"المعرف", "المحور", "الجهات المكلفة", "الأطراف", "المصدر", "المصادر"}
    for row in rows:
        for column, value in row.items():
            if column not in ids:
                assert not LATIN.search(value), (column, value)


def test_french_csv_has_no_arabic(accord: Agreement) -> None:
    assert not ARABIC.search(to_csv(accord, "fr"))
    assert not ARABIC.search(to_csv_attendance(accord, "fr"))


def test_arabic_attendance_csv_has_latin_only_in_id_columns(accord: Agreement) -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv_attendance(accord, "ar"))))
    ids = {"اجتماع", "هيئة", "التاريخ", "دولة", "الممثل", "المصادر", "الخلافات"}
    for row in rows:
        for column, value in row.items():
            if column not in ids:
                assert not LATIN.search(value), (column, value)


def test_one_language_ical_texts(accord: Agreement) -> None:
    ar = to_ical(accord, "security-follow-up-committee", "ar_MA")
    fr = to_ical(accord, "security-follow-up-committee", "fr")
    texts = ("SUMMARY", "DESCRIPTION", "LOCATION")
    for line in ar.replace("\r\n ", "").splitlines():
        if line.startswith(texts):
            assert not LATIN.search(line.partition(":")[2]), line
    assert not ARABIC.search(fr)


@pytest.mark.parametrize(
    ("lang", "month"),
    [("ar_MA", "يوليوز"), ("ar_DZ", "جويلية"), ("ar_TN", "جويلية"), ("ar", "يوليو")],
)
def test_regional_locales_name_the_months_their_way(lang: str, month: str, tmp_path: Path) -> None:
    due = _output(["due", "--as-of", "2013-07-01", "--lang", lang], tmp_path)
    assert due.splitlines()[0] == f"في تاريخ 1 {month} 2013"
    schedule = _output([*COMMANDS["schedule"], "--lang", lang], tmp_path)
    assert f"بين 1 {month} 2013" in schedule


def test_moroccan_months_in_every_dated_output(accord: Agreement) -> None:
    until = datetime.date(2013, 12, 31)
    committee = "security-follow-up-committee"
    assert "شتنبر" in maghreb_accord.schedule_text(accord, committee, "ar_MA", until=until)
    assert "يوليوز" in maghreb_accord.due_text(accord, datetime.date(2013, 7, 1), "ar_MA")
    assert 'lang="ar-MA"' in to_html(accord, "ar_MA")
    assert 'lang="ar-DZ"' in to_markdown(accord, Locale("ar", "DZ"))


def test_a_babel_locale_and_its_tag_give_the_same_output(accord: Agreement) -> None:
    assert maghreb_accord.summary(accord, Locale("ar", "MA")) == maghreb_accord.summary(
        accord, "ar_MA"
    )
    assert to_csv(accord, Locale("fr")) == to_csv(accord, "fr")


@pytest.mark.parametrize(
    "function",
    [
        maghreb_accord.summary,
        maghreb_accord.schedule_text,
        maghreb_accord.due_text,
        maghreb_accord.record_text,
        maghreb_accord.format_states,
        to_csv,
        to_csv_attendance,
        to_html,
        to_markdown,
        to_ical,
        maghreb_accord.Label.in_locale,
        maghreb_accord.MemberState.name_in,
        maghreb_accord.Cadence.in_locale,
        maghreb_accord.ExpectedMeeting.in_locale,
        maghreb_accord.format_date,
        maghreb_accord.format_list,
        maghreb_accord.text_language,
    ],
)
def test_every_function_taking_a_language_calls_it_locale_positional_or_keyword(
    function: Callable[..., object],
) -> None:
    parameter = inspect.signature(function).parameters["locale"]
    assert parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD


@pytest.mark.parametrize("bad", ["xx-1", "ar.UTF-8", 3])
def test_a_bad_locale_is_a_locale_error(accord: Agreement, bad: object) -> None:
    with pytest.raises(maghreb_accord.LocaleError):
        maghreb_accord.summary(accord, bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda a: a.due("2013-12-31"),
            "as_of must be a datetime.date, got '2013-12-31' (a str: pass "
            "datetime.date.fromisoformat('2013-12-31'))",
        ),
        (
            lambda a: a.schedule(
                "security-follow-up-committee", until=datetime.datetime(2013, 12, 31)
            ),
            "until must be a datetime.date, got datetime.datetime(2013, 12, 31, 0, 0) "
            "(a datetime: pass its day, datetime.date(2013, 12, 31))",
        ),
        (
            lambda a: to_ical(a, "security-follow-up-committee", until="2014"),  # type: ignore[arg-type]
            "until must be a datetime.date or None, got '2014'",
        ),
        (
            lambda a: maghreb_accord.format_date(20130421, "fr"),  # type: ignore[arg-type]
            "day must be a datetime.date, got 20130421 (an int)",
        ),
        (
            lambda a: a.body("security-follow-up-committee").cadence.nth("2013-06-30", 1),
            "start must be a datetime.date",
        ),
    ],
)
def test_a_wrong_type_for_a_date_names_the_parameter(
    accord: Agreement, call: Callable[[Agreement], object], message: str
) -> None:
    with pytest.raises(TypeError) as raised:
        call(accord)
    assert str(raised.value).startswith(message)


@pytest.mark.parametrize("spelling", ["civil_protection", "CIVIL_PROTECTION", "Civil_Protection"])
def test_domains_are_looked_up_in_any_case_as_state_codes_are(
    accord: Agreement, spelling: str
) -> None:
    assert accord.commitments_about(spelling) == accord.commitments_about(Domain.CIVIL_PROTECTION)
    assert accord.state("ma") == accord.state("MA")


def test_the_command_line_reads_vocabulary_values_in_any_case(tmp_path: Path) -> None:
    assert _output(
        ["commitments", "--domain", "Civil-Protection", "--kind", "EMPHASIS"], tmp_path
    ) == _output(["commitments", "--domain", "civil_protection", "--kind", "emphasis"], tmp_path)


def test_arabic_status_words_agree_with_the_meeting_s_name(accord: Agreement) -> None:
    summary = maghreb_accord.summary(accord, "ar").splitlines()
    sessions = [line.strip() for line in summary if line.strip().startswith("الدورة")]
    meetings = [line.strip() for line in summary if line.strip().startswith("الاجتماع ")]
    assert len(sessions) == 2
    assert all(line.endswith("(منعقدة)") for line in sessions)
    assert meetings
    assert all(line.endswith("(منعقد)") for line in meetings)
    first = next(line.strip() for line in summary if line.strip().startswith("أول اجتماع"))
    assert first.endswith("(منعقد)")
    markdown = to_markdown(accord, "ar")
    assert "الدورة الخامسة لمجلس وزراء الداخلية في دول المغرب العربي (منعقدة)" in markdown
    assert "(منعقد)" in markdown
    # French agrees by its own words: «réunion» and «session» are both feminine.
    assert "(tenue)" in maghreb_accord.summary(accord, "fr")


def test_a_meeting_held_at_another_time_agrees_in_arabic_too() -> None:
    from maghreb_accord._render.views import of_meeting

    accord = maghreb_accord.load()
    session = accord.meeting("nouakchott-2015")
    meeting = accord.meeting("security-follow-up-committee-1")
    assert of_meeting("انعقد", session, "ar") == "انعقدت"
    assert of_meeting("انعقد", meeting, "ar") == "انعقد"
    assert of_meeting("tenue", session, "fr") == "tenue"
    assert of_meeting("كلمة أخرى", session, "ar") == "كلمة أخرى"
