"""The words of the outputs that are not data: one table per language, checked whole."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from babel import Locale

import maghreb_accord
from maghreb_accord._render.text import render_text
from maghreb_accord._render.views import _DISPUTED_FIELDS, summary_document
from maghreb_accord._render.words import AR, FR, PUNCTUATION, words
from maghreb_accord.export.csv import (
    ATTENDANCE_COLUMNS,
    COLUMNS,
    WINDOW_COLUMNS,
)

PACKAGE = Path(maghreb_accord.__file__).parent


@pytest.mark.parametrize(
    ("locale", "table"),
    [
        ("ar", AR),
        ("ar_MA", AR),
        ("ar-DZ", AR),
        ("ar-Arab-MA", AR),
        (Locale("ar", "TN"), AR),
        ("fr", FR),
        ("fr-FR", FR),
        ("fr_MA", FR),
        # The fallback: any other language reads French, as Label.in_locale does.
        ("en", FR),
        ("es_ES", FR),
        (Locale("de"), FR),
    ],
)
def test_each_locale_reads_one_whole_table_by_the_fallback_rule(
    locale: str | Locale, table: object
) -> None:
    assert words(locale) == table
    assert maghreb_accord.Label(ar="ع", fr="f").in_locale(locale) == ("ع" if table is AR else "f")


def test_both_tables_have_the_same_keys() -> None:
    assert list(AR) == list(FR)
    assert set(AR) >= PUNCTUATION


def _scripts(text: str) -> set[str]:
    """The scripts of the letters in ``text`` (punctuation has none)."""
    return {
        unicodedata.name(char).split()[0] for char in text if unicodedata.category(char)[0] == "L"
    }


def test_every_word_is_in_its_own_script() -> None:
    for key in AR.keys() - PUNCTUATION:
        assert AR[key] == AR[key].strip() != "", key
        assert FR[key] == FR[key].strip() != "", key
        assert _scripts(FR[key]) == {"LATIN"}, key
        assert _scripts(AR[key]) == {"ARABIC"}, key
    for key in PUNCTUATION:
        assert _scripts(AR[key]) == _scripts(FR[key]) == set(), key


def test_every_word_is_used_and_no_other_is_looked_up() -> None:
    paths = sorted(PACKAGE.rglob("*.py"))
    source = "\n".join(path.read_text("utf-8") for path in paths)
    looked_up = set(re.findall(r"""(?:table|words\([^)]*\))\[["'](\w+)["']\]""", source))
    looked_up |= set(re.findall(r"""section\(\s*["'](\w+)["']""", source))
    looked_up |= {"passed", "open"}  # chosen by a variable
    looked_up |= {"uncertain", "ongoing", "window_open"}  # a status's words, from one table
    looked_up |= {"met", "legend_met", "legend_no_meeting_recorded", "legend_uncertain"}
    looked_up |= {"legend_ongoing"}
    looked_up |= {
        "state",
        "minister",
        "person",
        "participant",
        "body",
        "domain",
    }  # a search's kinds, by name
    looked_up |= _DISPUTED_FIELDS  # what a dispute is about, in words
    # The CSVs' columns, whose headers in one language are these words.
    for columns in (COLUMNS, ATTENDANCE_COLUMNS, WINDOW_COLUMNS):
        looked_up |= {c.removesuffix("_ar") for c in columns if not c.endswith("_fr")}
    assert looked_up == set(AR)


@pytest.mark.parametrize(
    ("language", "headings"),
    [
        (
            "ar",
            [
                "التاريخ والمكان:",
                "الدول ووزراء الداخلية:",
                "الهيئات:",
                "الاجتماعات:",
                "الالتزامات حسب المجال (أرقامها في القائمة أدناه):",
                "الالتزامات:",
            ],
        ),
        (
            "fr",
            [
                "Date et lieu :",
                "États et ministres de l'Intérieur :",
                "Organes :",
                "Réunions :",
                "Engagements par domaine (numéros de la liste ci-dessous) :",
                "Engagements :",
            ],
        ),
    ],
)
def test_the_summary_headings_in_each_language(
    accord: maghreb_accord.Agreement, language: str, headings: list[str]
) -> None:
    lines = render_text(summary_document(accord, language)).splitlines()
    assert [lines[i + 1] for i, line in enumerate(lines) if line == ""] == headings


def test_every_arabic_word_said_of_a_meeting_has_its_feminine_form() -> None:
    from maghreb_accord import MeetingStatus
    from maghreb_accord._render.words import ARABIC_FEMININE

    said = {status.label.ar for status in MeetingStatus} | {AR["held_on"]}
    assert said == set(ARABIC_FEMININE)
    assert all(feminine != word for word, feminine in ARABIC_FEMININE.items())


@pytest.mark.parametrize(
    ("name", "feminine"),
    [
        ("الدورة الخامسة لمجلس وزراء الداخلية", True),
        ("الاجتماع الثاني للجنة المتابعة", False),
        ("أول اجتماع للجنة المتابعة الأمنية", False),
        ("آخر دورة للمجلس", True),
        ("ثالث اجتماع للفريق", False),
        ("الاجتماعات التحضيرية للخبراء", True),
        ("ندوة الخبراء", True),
        ("لقاء الوزراء", False),
        ("أول", False),
        ("", False),
    ],
)
def test_the_head_noun_of_an_arabic_name_gives_its_gender(name: str, feminine: bool) -> None:
    from maghreb_accord._render.views import _feminine

    assert _feminine(name) is feminine
