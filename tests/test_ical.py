"""iCalendar export: expanded by an independent RRULE implementation, it gives our dates."""

from __future__ import annotations

import datetime
import subprocess
import sys
from typing import Any, cast

import icalendar
import pytest
from dateutil.rrule import rrulestr
from hypothesis import example, given
from hypothesis import strategies as st

import maghreb_accord
from maghreb_accord import Agreement, Cadence, CadenceUnit
from maghreb_accord.export import to_ical
from tests.support import canonical_raw, load_raw
from tests.test_schedule import starts

D = datetime.date
STAMP = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
COMMITTEE = "security-follow-up-committee"


def expand(calendar_text: str, count: int) -> list[D]:
    """The calendar's days, earliest first, by dateutil's RRULE engine: each single event's
    day, and the first ``count`` days of the recurring one."""
    calendar = icalendar.Calendar.from_ical(calendar_text)
    unfolded = calendar_text.replace("\r\n ", "")  # RFC 5545 folds long lines
    rules = iter(line for line in unfolded.splitlines() if line.startswith("RRULE:"))
    result = []
    for event in calendar.walk("VEVENT"):
        start = event.decoded("DTSTART")
        if "RRULE" not in event:
            result.append(start)
            continue
        dtstart = datetime.datetime(start.year, start.month, start.day)
        for n, moment in enumerate(rrulestr(next(rules), dtstart=dtstart)):
            if n == count:
                break
            result.append(moment.date())
    return sorted(result)


def accord_with(cadence: Cadence, start: D) -> Agreement:
    raw: Any = canonical_raw()
    raw["bodies"][2]["cadence"] = {"interval": cadence.interval, "unit": cadence.unit.value}
    raw["meetings"][1]["when"] = start.isoformat()
    del raw["meetings"][1]["planned"]  # the plan would anchor the series
    raw["meetings"] = [m for m in raw["meetings"] if m["id"] != "security-follow-up-committee-2"]
    return load_raw(raw)


@given(
    st.builds(Cadence, interval=st.integers(1, 24), unit=st.sampled_from(list(CadenceUnit))),
    starts.filter(lambda day: D(1900, 1, 1) <= day <= D(2100, 1, 1)),
)
@example(Cadence(interval=1, unit=CadenceUnit.MONTH), D(2013, 1, 31))
@example(Cadence(interval=3, unit=CadenceUnit.MONTH), D(2013, 11, 30))
@example(Cadence(interval=1, unit=CadenceUnit.YEAR), D(2012, 2, 29))
@example(Cadence(interval=4, unit=CadenceUnit.YEAR), D(2096, 2, 29))
@example(Cadence(interval=1, unit=CadenceUnit.YEAR), D(2013, 2, 28))
@example(Cadence(interval=3, unit=CadenceUnit.MONTH), D(2013, 6, 30))
@example(Cadence(interval=1, unit=CadenceUnit.MONTH), D(2013, 1, 30))
def test_exported_series_expanded_by_dateutil_equal_our_occurrences(
    cadence: Cadence, start: D
) -> None:
    text = to_ical(accord_with(cadence, start), COMMITTEE, stamp=STAMP)
    assert expand(text, 30) == list(cadence.occurrences(start, count=30))


@given(
    st.lists(st.dates(D(2013, 4, 22), D(2019, 12, 31)), max_size=4, unique=True),
    st.dates(D(2013, 1, 1), D(2022, 1, 1)),
)
def test_a_restarted_gap_exports_the_schedule_days(held: list[D], until: D) -> None:
    raw: Any = canonical_raw()
    template = next(m for m in raw["meetings"] if m["id"] == "security-follow-up-committee-1")
    template = {key: value for key, value in template.items() if key != "planned"}
    raw["meetings"] += [
        {**template, "id": f"extra-{n}", "when": day.isoformat()} for n, day in enumerate(held)
    ]
    accord = load_raw(raw)
    days = [e.latest for e in accord.schedule(COMMITTEE, until=until)]
    if not days:  # nothing starts by then: the calendar is refused, as the schedule is empty
        with pytest.raises(maghreb_accord.ScheduleError):
            to_ical(accord, COMMITTEE, until=until, stamp=STAMP)
        return
    assert expand(to_ical(accord, COMMITTEE, until=until, stamp=STAMP), 1000) == days


def test_the_committee_calendar(accord: Agreement) -> None:
    text = to_ical(accord, COMMITTEE, until=D(2014, 6, 30), stamp=STAMP)
    assert text.startswith("BEGIN:VCALENDAR\r\n")
    *past, series = icalendar.Calendar.from_ical(text).walk("VEVENT")
    # Up to the first meeting (October 2013), which restarted the gap: one event a window.
    assert [event.decoded("DTSTART") for event in past] == [
        D(2013, 6, 30),
        D(2013, 9, 30),
        D(2013, 10, 31),
    ]
    assert all("RRULE" not in event for event in past)
    assert str(past[0]["DESCRIPTION"]) == (
        "Fenêtre : entre le 21 avril 2013 et le 30 juin 2013. Aucune réunion enregistrée."
    )
    assert "LOCATION" not in past[0]
    assert str(past[2]["DESCRIPTION"]).endswith(
        "Réunion enregistrée : Première réunion de la commission de suivi sécuritaire."
    )
    assert str(past[2]["LOCATION"]) == "Rabat, Maroc"
    # From there on, one recurring event, on each month's last day.
    assert series.decoded("DTSTART") == D(2014, 1, 31)
    assert series.decoded("DTEND") == D(2014, 2, 1)
    rule = cast("icalendar.vRecur", series["RRULE"])
    assert rule["FREQ"] == ["MONTHLY"]
    assert rule["INTERVAL"] == [3]
    assert str(series["SUMMARY"]) == "Commission de suivi sécuritaire : réunion attendue"
    assert "entre le 1er novembre 2013 et le 31 janvier 2014" in str(series["DESCRIPTION"])
    assert "LOCATION" not in series  # where the next meetings sit, no source says
    assert len({str(event["UID"]) for event in (*past, series)}) == 4
    assert expand(text, 100) == [
        D(2013, 6, 30),
        D(2013, 9, 30),
        D(2013, 10, 31),
        D(2014, 1, 31),
        D(2014, 4, 30),
        D(2014, 7, 31),  # the last window starting by 30 June, as in the schedule
    ]
    # The same days as the schedule's deadlines.
    assert expand(text, 100) == [e.latest for e in accord.schedule(COMMITTEE, until=D(2014, 6, 30))]


@pytest.mark.parametrize("until", [D(2013, 6, 29), D(2013, 10, 31), D(2014, 1, 30), D(2020, 1, 1)])
def test_the_calendar_agrees_with_the_schedule_whatever_the_end(
    accord: Agreement, until: D
) -> None:
    text = to_ical(accord, COMMITTEE, until=until, stamp=STAMP)
    days = [e.latest for e in accord.schedule(COMMITTEE, until=until)]
    assert expand(text, 1000) == days


def test_the_council_calendar_in_arabic(accord: Agreement) -> None:
    text = to_ical(accord, "council-of-interior-ministers", locale="ar_MA", stamp=STAMP)
    (event,) = icalendar.Calendar.from_ical(text).walk("VEVENT")
    assert str(event["SUMMARY"]) == "مجلس وزراء داخلية دول اتحاد المغرب العربي: اجتماع مرتقب"
    assert "الفترة الأولى: 21 أبريل 2013. ثم كل سنة" in str(event["DESCRIPTION"])
    assert expand(text, 3) == [D(2013, 4, 21), D(2014, 4, 21), D(2015, 4, 21)]


def test_the_export_is_deterministic_given_a_stamp(accord: Agreement) -> None:
    assert to_ical(accord, COMMITTEE, stamp=STAMP) == to_ical(accord, COMMITTEE, stamp=STAMP)


def test_a_body_without_cadence_cannot_be_exported(accord: Agreement) -> None:
    with pytest.raises(maghreb_accord.ScheduleError):
        to_ical(accord, "arab-maghreb-union")


def test_without_icalendar_the_error_names_the_extra() -> None:
    script = (
        "import sys\n"
        "sys.modules['icalendar'] = None\n"
        "import maghreb_accord\n"
        "from maghreb_accord.export import to_ical\n"
        "try:\n"
        "    to_ical(maghreb_accord.load(), 'security-follow-up-committee')\n"
        "except ImportError as error:\n"
        "    print(error)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert "install the 'ical' extra (pip install 'maghreb-accord[ical]'" in result.stdout


def test_a_calendar_until_before_the_first_window_is_refused(accord: Agreement) -> None:
    # RFC 5545 wants at least one event: the error says when the first window starts.
    with pytest.raises(maghreb_accord.ScheduleError, match="the first starts on 2013-04-21"):
        to_ical(accord, COMMITTEE, until=D(2013, 1, 1), stamp=STAMP)
