"""Locales: the Arabic/French fallback rule, Babel formatting, and no language from the environment."""

from __future__ import annotations

import datetime
import subprocess
import sys

import pytest
from babel import Locale, localedata
from babel import dates as babel_dates
from hypothesis import given
from hypothesis import strategies as st

import maghreb_accord
from maghreb_accord import Agreement, Label, LocaleError, LocaleTag, format_date, parse_locale

LABEL = Label(ar="لجنة المتابعة", fr="comité de suivi")


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("ar", "لجنة المتابعة"),
        ("AR", "لجنة المتابعة"),
        ("ar_MA", "لجنة المتابعة"),
        ("ar-DZ", "لجنة المتابعة"),
        ("ar-Arab-MA", "لجنة المتابعة"),
        ("ar_001", "لجنة المتابعة"),
        ("fr", "comité de suivi"),
        ("fr-FR", "comité de suivi"),
        ("fr_MA", "comité de suivi"),
        ("en", "comité de suivi"),
        ("es_ES", "comité de suivi"),
        ("ber", "comité de suivi"),
        (Locale("ar", "MA"), "لجنة المتابعة"),
        (Locale("fr"), "comité de suivi"),
        (Locale("de"), "comité de suivi"),
    ],
)
def test_a_locale_reads_arabic_or_french_by_the_fallback_rule(
    locale: str | Locale, expected: str
) -> None:
    assert LABEL.in_locale(locale) == expected


@pytest.mark.parametrize(
    "locale", ["", "a", "arabic", "ar_", "ar-MA-extra", "ar.UTF-8", "fr@euro", "ar MA", "12"]
)
def test_a_malformed_locale_is_a_clear_error(locale: str) -> None:
    with pytest.raises(LocaleError, match=f"{locale!r} is not a locale: use a tag such as"):
        LABEL.in_locale(locale)


def test_a_locale_of_the_wrong_type_is_a_locale_error() -> None:
    with pytest.raises(LocaleError, match="expected a locale tag"):
        LABEL.in_locale(42)  # type: ignore[arg-type]


def test_locale_tags_parse_to_canonical_case() -> None:
    assert parse_locale("AR-arab-ma") == LocaleTag(language="ar", script="Arab", region="MA")
    assert parse_locale(Locale.parse("fr_FR")) == LocaleTag(language="fr", region="FR")


def test_the_language_never_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LANG", "LC_ALL", "LC_MESSAGES", "LC_TIME", "LANGUAGE"):
        monkeypatch.setenv(name, "ar_MA.UTF-8")
    assert LABEL.in_locale("fr") == "comité de suivi"
    assert format_date(datetime.date(2013, 6, 30), "fr") == "30 juin 2013"
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert format_date(datetime.date(2013, 6, 30), "ar_MA") == "30 يونيو 2013"


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("ar", "30 يونيو 2013"),
        ("ar_MA", "30 يونيو 2013"),
        ("ar-DZ", "30 جوان 2013"),
        ("ar_TN", "30 جوان 2013"),
        ("ar_MR", "30 يونيو 2013"),
        ("fr", "30 juin 2013"),
        ("fr_MA", "30 juin 2013"),
        ("fr_LY", "30 juin 2013"),  # not in CLDR: the language is kept
        ("en", "30 juin 2013"),  # another language: French
    ],
)
def test_dates_follow_the_locale_and_its_region(locale: str, expected: str) -> None:
    assert format_date(datetime.date(2013, 6, 30), locale) == expected


def test_moroccan_and_algerian_arabic_name_april_differently() -> None:
    sunday = datetime.date(2013, 4, 21)
    assert format_date(sunday, "ar_MA", format="full") == "الأحد، 21 أبريل 2013"
    assert format_date(sunday, "ar_DZ", format="full") == "الأحد، 21 أفريل 2013"


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("ar", "المغرب والجزائر وتونس وليبيا وموريتانيا"),
        ("ar_MA", "المغرب والجزائر وتونس وليبيا وموريتانيا"),
        ("fr", "Maroc, Algérie, Tunisie, Libye et Mauritanie"),
        ("en", "Maroc, Algérie, Tunisie, Libye et Mauritanie"),
    ],
)
def test_lists_of_states(accord: Agreement, locale: str, expected: str) -> None:
    assert maghreb_accord.format_states(accord.states, locale) == expected


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("es", ["Marruecos", "Argelia", "Túnez", "Libia", "Mauritania"]),
        ("en_GB", ["Morocco", "Algeria", "Tunisia", "Libya", "Mauritania"]),
        ("de", ["Marokko", "Algerien", "Tunesien", "Libyen", "Mauretanien"]),
        ("ar", ["المغرب", "الجزائر", "تونس", "ليبيا", "موريتانيا"]),
        (Locale("fr"), ["Maroc", "Algérie", "Tunisie", "Libye", "Mauritanie"]),
    ],
)
def test_state_names_in_any_cldr_locale(
    accord: Agreement, locale: str | Locale, expected: list[str]
) -> None:
    assert [state.name_in(locale) for state in accord.states] == expected


def test_a_locale_cldr_does_not_know_is_a_locale_error(accord: Agreement) -> None:
    with pytest.raises(LocaleError, match="'xx' is not a locale CLDR knows"):
        accord.state("MA").name_in("xx")


def test_importing_and_loading_do_not_import_babel() -> None:
    script = (
        "import sys, maghreb_accord\n"
        "accord = maghreb_accord.load()\n"
        "assert accord.title.in_locale('ar_MA')\n"
        "assert 'babel' not in sys.modules, sorted(m for m in sys.modules if 'babel' in m)\n"
        "accord.state('MA').name_in('es')\n"
        "assert 'babel' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True)


FRENCH = sorted(name for name in localedata.locale_identifiers() if name.split("_")[0] == "fr")


@given(st.dates(), st.sampled_from([*FRENCH, "en"]))
def test_french_writes_the_first_of_a_month_as_an_ordinal(day: datetime.date, locale: str) -> None:
    for format in ("medium", "long", "full"):
        written = format_date(day, locale, format=format)
        assert ("1er " in written) is (day.day == 1), written
        assert written.replace("1er ", "1 ") == babel_dates.format_date(
            day, format=format, locale=Locale.parse("fr" if locale == "en" else locale)
        )
    # The short form writes the month as a number (1/07/13 in Belgium): no ordinal there;
    # nor in Arabic.
    assert "er" not in format_date(day, locale, format="short")
    assert "er" not in format_date(day, "ar")


def test_no_ordinal_where_the_month_is_a_number() -> None:
    first = datetime.date(2013, 7, 1)
    assert format_date(first, "fr_BE", format="short") == "1/07/13"
    assert format_date(first, "fr_BE") == "1er juillet 2013"
