"""Cadences you can compute: series, windows, deadlines, and dates as precise as the sources."""

from __future__ import annotations

import calendar
import datetime
import itertools
from typing import Any

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

import maghreb_accord
from maghreb_accord import (
    AccordDataError,
    Agreement,
    Between,
    Cadence,
    CadenceUnit,
    Day,
    Month,
    ScheduleError,
    Year,
    parse_when,
)
from tests.support import load_raw

D = datetime.date
cadences = st.builds(Cadence, interval=st.integers(1, 36), unit=st.sampled_from(list(CadenceUnit)))
# Days 28 to 31 are where clamping happens (29 February included): draw them often.
starts = st.one_of(
    st.dates(D(1900, 1, 1), D(2200, 12, 31)),
    st.builds(
        lambda year, month, day: D(year, month, min(day, calendar.monthrange(year, month)[1])),
        st.integers(1900, 2200),
        st.integers(1, 12),
        st.integers(28, 31),
    ),
)


def reference_nth(cadence: Cadence, start: D, k: int) -> D:
    """start + k × interval, clamped, by an independent implementation (dateutil).

    A start on a month's last day keeps to months' last days (``day=31`` clamps to the end).
    """
    step = (
        relativedelta(months=k * cadence.interval)
        if cadence.unit is CadenceUnit.MONTH
        else (relativedelta(years=k * cadence.interval))
    )
    if (start + relativedelta(days=1)).day == 1:
        step += relativedelta(day=31)
    result: D = start + step
    return result


@given(cadences, starts, st.integers(1, 40))
def test_occurrences_strictly_increase_and_are_anchored_on_the_start(
    cadence: Cadence, start: D, count: int
) -> None:
    dates = cadence.occurrences(start, count=count)
    assert len(dates) == count
    assert dates[0] == start
    assert all(a < b for a, b in itertools.pairwise(dates))
    for k, day in enumerate(dates):
        assert day == reference_nth(cadence, start, k) == cadence.nth(start, k)


@given(cadences, starts, st.integers(0, 3000))
def test_occurrences_until_stop_at_the_last_date_not_after_until(
    cadence: Cadence, start: D, days: int
) -> None:
    until = start + datetime.timedelta(days=days)
    dates = cadence.occurrences(start, until=until)
    assert dates
    assert dates[-1] <= until
    assert cadence.nth(start, len(dates)) > until


@given(cadences, starts, st.integers(-400, 5000))
def test_next_after_is_the_first_occurrence_later_than_the_day(
    cadence: Cadence, start: D, offset: int
) -> None:
    day = start + datetime.timedelta(days=offset)
    following = cadence.next_after(day, start=start)
    assert following > day
    series = cadence.occurrences(start, until=following)
    assert series[-1] == following
    assert all(earlier <= day for earlier in series[:-1])


def test_month_ends_clamp_without_drifting() -> None:
    monthly = Cadence(interval=1, unit=CadenceUnit.MONTH)
    assert monthly.occurrences(D(2013, 1, 31), count=4) == (
        D(2013, 1, 31),
        D(2013, 2, 28),
        D(2013, 3, 31),
        D(2013, 4, 30),
    )
    yearly = Cadence(interval=1, unit=CadenceUnit.YEAR)
    assert yearly.occurrences(D(2012, 2, 29), count=5)[1:] == (
        D(2013, 2, 28),
        D(2014, 2, 28),
        D(2015, 2, 28),
        D(2016, 2, 29),
    )


def test_occurrences_need_an_end_and_stop_at_year_9999() -> None:
    yearly = Cadence(interval=1, unit=CadenceUnit.YEAR)
    with pytest.raises(ValueError, match="needs until, count or both"):
        yearly.occurrences(D(2013, 4, 21))
    with pytest.raises(ValueError, match="count must not be negative"):
        yearly.occurrences(D(2013, 4, 21), count=-1)
    assert yearly.occurrences(D(9998, 1, 1), count=5) == (D(9998, 1, 1), D(9999, 1, 1))
    assert yearly.occurrences(D(2013, 4, 21), count=0) == ()


@pytest.mark.parametrize(
    ("interval", "unit", "ar", "fr"),
    [
        (1, CadenceUnit.MONTH, "كل شهر", "tous les mois"),
        (2, CadenceUnit.MONTH, "كل شهرين", "tous les 2 mois"),
        (3, CadenceUnit.MONTH, "كل 3 أشهر", "tous les 3 mois"),
        (11, CadenceUnit.MONTH, "كل 11 شهرا", "tous les 11 mois"),
        (100, CadenceUnit.MONTH, "كل 100 شهر", "tous les 100 mois"),
        (1, CadenceUnit.YEAR, "كل سنة", "tous les ans"),
        (2, CadenceUnit.YEAR, "كل سنتين", "tous les 2 ans"),
        (5, CadenceUnit.YEAR, "كل 5 سنوات", "tous les 5 ans"),
    ],
)
def test_cadences_in_words_with_digits(interval: int, unit: CadenceUnit, ar: str, fr: str) -> None:
    cadence = Cadence(interval=interval, unit=unit)
    assert cadence.in_locale("ar_MA") == ar
    assert cadence.in_locale("fr") == fr
    assert cadence.in_locale("en") == fr


def test_the_follow_up_committee_schedule(accord: Agreement) -> None:
    schedule = accord.schedule("security-follow-up-committee", until=D(2014, 4, 21))
    windows = [(e.index, e.earliest, e.latest, e.meeting) for e in schedule]
    assert windows == [
        # Planned by the end of June, the first meeting was held in October 2013: the
        # windows before it have no meeting recorded, and the gap restarts from it.
        (0, D(2013, 4, 21), D(2013, 6, 30), None),
        (1, D(2013, 7, 1), D(2013, 9, 30), None),
        (2, D(2013, 10, 1), D(2013, 10, 31), "security-follow-up-committee-1"),
        # A window anchored on a month's last day ends on each month's last day.
        (3, D(2013, 11, 1), D(2014, 1, 31), None),
        (4, D(2014, 2, 1), D(2014, 4, 30), None),
    ]
    # The second meeting, known only by bounds (October 2013 to April 2016), may be in any
    # window from October 2013 on: as in compliance, those windows are uncertain.
    second = ("security-follow-up-committee-2",)
    assert [e.uncertain for e in schedule] == [(), (), second, second, second]
    assert schedule[1].in_locale("fr") == "entre le 1er juillet 2013 et le 30 septembre 2013"
    assert schedule[1].in_locale("ar_DZ") == "بين 1 جويلية 2013 و30 سبتمبر 2013"


def test_once_a_year_is_a_window_of_a_year_up_to_each_anniversary(accord: Agreement) -> None:
    schedule = accord.schedule("council-of-interior-ministers", until=D(2016, 1, 1))
    assert [(e.earliest, e.latest, e.meeting) for e in schedule] == [
        (D(2013, 4, 21), D(2013, 4, 21), "rabat-2013"),
        (D(2013, 4, 22), D(2014, 4, 21), None),
        (D(2014, 4, 22), D(2015, 4, 21), None),
        (D(2015, 4, 22), D(2016, 4, 21), "nouakchott-2015"),
    ]
    assert schedule[0].when == Day(date=D(2013, 4, 21))
    assert schedule[1].when == Between(not_before=D(2013, 4, 22), not_after=D(2014, 4, 21))


def test_a_schedule_until_before_the_first_window_is_empty(accord: Agreement) -> None:
    assert accord.schedule("security-follow-up-committee", until=D(2013, 1, 1)) == ()


@pytest.mark.parametrize("body", ["arab-maghreb-union", "specialised-security-sub-teams"])
def test_bodies_without_a_cadence_have_no_schedule(accord: Agreement, body: str) -> None:
    with pytest.raises(ScheduleError, match="has no cadence"):
        accord.schedule(body, until=D(2014, 1, 1))


def test_a_body_with_a_cadence_but_no_meeting_has_nothing_to_anchor_on(raw: Any) -> None:
    raw["bodies"][3]["cadence"] = {"interval": 1, "unit": "month"}
    accord = load_raw(raw)
    with pytest.raises(ScheduleError, match="no recorded meeting"):
        accord.schedule("specialised-security-sub-teams", until=D(2014, 1, 1))


def test_an_unknown_body_has_no_schedule(accord: Agreement) -> None:
    with pytest.raises(maghreb_accord.UnknownIdError):
        accord.schedule("follow-up", until=D(2014, 1, 1))


def test_recorded_meetings_fill_their_window_in_the_order_they_were_held(raw: Any) -> None:
    # The recorded second meeting (known by bounds) makes way for one in September, held
    # before the first meeting's October.
    raw["meetings"] = [m for m in raw["meetings"] if m["id"] != "security-follow-up-committee-2"]
    raw["meetings"].append(
        {
            **raw["meetings"][1],
            "id": "security-follow-up-committee-2",
            "when": "2013-09",
        }
    )
    accord = load_raw(raw)
    schedule = accord.schedule("security-follow-up-committee", until=D(2013, 12, 31))
    assert [e.meeting for e in schedule] == [
        None,
        "security-follow-up-committee-2",
        "security-follow-up-committee-1",
        None,
    ]


@pytest.mark.parametrize(
    ("as_of", "passed", "open_"),
    [
        (D(2013, 4, 22), [], ["first-follow-up-meeting", "security-follow-up-committee-1"]),
        (D(2013, 6, 30), [], ["first-follow-up-meeting", "security-follow-up-committee-1"]),
        (D(2013, 7, 1), ["first-follow-up-meeting", "security-follow-up-committee-1"], []),
    ],
)
def test_due_splits_deadlines_into_passed_and_open(
    accord: Agreement, as_of: D, passed: list[str], open_: list[str]
) -> None:
    report = accord.due(as_of)
    assert report.as_of == as_of
    assert [item.id for item in report.passed] == passed
    assert [item.id for item in report.open] == open_
    assert report.passed + report.open == (
        accord.commitment("first-follow-up-meeting"),
        accord.meeting("security-follow-up-committee-1"),
    )


@given(st.dates(D(2000, 1, 1), D(2030, 1, 1)))
def test_due_puts_each_deadline_in_exactly_one_list(as_of: D) -> None:
    accord = maghreb_accord.load()
    report = accord.due(as_of)
    with_deadline = {c.id for c in accord.commitments if c.deadline} | {
        m.id
        for m in accord.meetings
        if m.planned is not None or (m.status == "planned" and m.when.latest)
    }
    ids = [item.id for item in report.passed + report.open]
    assert sorted(ids) == sorted(with_deadline)


whens = st.one_of(
    st.builds(Day, date=st.dates()),
    st.builds(Month, year=st.integers(1, 9999), month=st.integers(1, 12)),
    st.builds(Year, year=st.integers(1, 9999)),
    st.builds(
        lambda a, b: Between(not_before=min(a, b), not_after=max(a, b)), st.dates(), st.dates()
    ),
    st.builds(Between, not_after=st.dates()),
    st.builds(Between, not_before=st.dates()),
)


@given(whens)
def test_dates_round_trip_through_their_edtf_text(when: Any) -> None:
    assert parse_when(when.edtf) == when
    if when.earliest and when.latest:
        assert when.earliest <= when.latest


@pytest.mark.parametrize(
    ("text", "ar", "fr"),
    [
        ("2013-04-21", "21 أبريل 2013", "21 avril 2013"),
        ("2013-06", "يونيو 2013", "juin 2013"),
        ("2013", "2013", "2013"),
        ("../2013-06-30", "في موعد أقصاه 30 يونيو 2013", "au plus tard le 30 juin 2013"),
        ("2013-04-21/..", "ابتداء من 21 أبريل 2013", "à partir du 21 avril 2013"),
    ],
)
def test_dates_in_words(text: str, ar: str, fr: str) -> None:
    when = parse_when(text)
    assert when.in_locale("ar_MA") == ar
    assert when.in_locale("fr") == fr


@pytest.mark.parametrize(
    "text", ["", "2013-4-21", "21/04/2013", "2013-02-30", "2013-00", "0000", "../..", "x/y", 2013]
)
def test_malformed_dates_are_data_errors(text: Any) -> None:
    with pytest.raises(AccordDataError):
        parse_when(text)


def test_invalid_date_values_in_python_are_data_errors() -> None:
    with pytest.raises(AccordDataError, match="must be from 1 to 12"):
        Month(year=2013, month=13)
    with pytest.raises(AccordDataError, match="needs not_before, not_after or both"):
        Between()
    with pytest.raises(AccordDataError, match="must not be before not_before"):
        Between(not_before=D(2013, 6, 30), not_after=D(2013, 4, 21))
    with pytest.raises(AccordDataError, match="expected a date"):
        Day(date="2013-04-21")  # type: ignore[arg-type]


def test_a_meeting_known_to_the_month_loads_and_round_trips(raw: Any) -> None:
    raw["meetings"][1]["when"] = "2013-06"
    accord = load_raw(raw)
    assert accord.meeting("security-follow-up-committee-1").when == Month(year=2013, month=6)
    assert '"when": "2013-06"' in maghreb_accord.dumps(accord)


def test_a_recorded_meeting_fills_one_place_only(raw: Any) -> None:
    raw["meetings"][1]["when"] = "2013-04-21/2013-09-30"
    raw["meetings"].append({**raw["meetings"][1], "id": "second", "when": "2013-11-01"})
    accord = load_raw(raw)
    schedule = accord.schedule("security-follow-up-committee", until=D(2014, 6, 30))
    assert [e.meeting for e in schedule].count("second") == 1
