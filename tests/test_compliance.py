"""Compliance: windows, the meetings recorded in them, what closed with none, lateness."""

from __future__ import annotations

import datetime
import itertools
from random import Random

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import maghreb_accord
from maghreb_accord import (
    Agreement,
    Body,
    BodyKind,
    Cadence,
    CadenceUnit,
    Compliance,
    ComplianceWindow,
    Day,
    Label,
    Meeting,
    MeetingStatus,
    SourceRef,
    WindowStatus,
    schedule,
)
from maghreb_accord.compliance import _compliance as compliance

D = datetime.date
COMMITTEE = "security-follow-up-committee"
COUNCIL = "council-of-interior-ministers"


def test_the_committee_as_of_the_end_of_2013(accord: Agreement) -> None:
    report = accord.compliance(COMMITTEE, as_of=D(2014, 1, 1))
    assert [(w.earliest, w.latest, w.meetings, w.status) for w in report.windows] == [
        (D(2013, 4, 21), D(2013, 6, 30), (), WindowStatus.NO_MEETING_RECORDED),
        (D(2013, 7, 1), D(2013, 9, 30), (), WindowStatus.NO_MEETING_RECORDED),
        # The first meeting (October 2013) closes its window; the gap restarts from it.
        (D(2013, 10, 1), D(2013, 10, 31), ("security-follow-up-committee-1",), WindowStatus.MET),
        (D(2013, 11, 1), D(2014, 1, 31), (), WindowStatus.OPEN),
    ]
    # The second meeting, known only by bounds (October 2013 to April 2016), may be anywhere
    # from October 2013 on.
    second = ("security-follow-up-committee-2",)
    assert [w.uncertain for w in report.windows] == [(), (), second, second]
    assert (report.expected, report.met) == (3, 1)
    (late,) = report.lateness
    assert (late.meeting, late.answers, late.due, late.days_late, late.days_late_at_most) == (
        "security-follow-up-committee-1",
        0,
        D(2013, 6, 30),
        93,
        123,
    )


def test_a_meeting_known_only_by_bounds_makes_windows_uncertain(accord: Agreement) -> None:
    report = accord.compliance(COMMITTEE, as_of=D(2017, 1, 1))
    statuses = [w.status for w in report.windows]
    # From November 2013 to April 2016 the second meeting may be in any window.
    assert statuses[3:13] == [WindowStatus.UNCERTAIN] * 10
    assert all(w.uncertain == ("security-follow-up-committee-2",) for w in report.windows[3:13])
    assert statuses[13:] == [
        WindowStatus.NO_MEETING_RECORDED,
        WindowStatus.NO_MEETING_RECORDED,
        WindowStatus.OPEN,
    ]


def test_the_council_once_a_year(accord: Agreement) -> None:
    report = accord.compliance(COUNCIL, as_of=D(2017, 1, 1))
    assert [(w.earliest, w.latest, w.meetings, w.status) for w in report.windows] == [
        (D(2013, 4, 21), D(2013, 4, 21), ("rabat-2013",), WindowStatus.MET),
        (D(2013, 4, 22), D(2014, 4, 21), (), WindowStatus.NO_MEETING_RECORDED),
        (D(2014, 4, 22), D(2015, 4, 21), (), WindowStatus.NO_MEETING_RECORDED),
        (D(2015, 4, 22), D(2016, 4, 21), ("nouakchott-2015",), WindowStatus.MET),
        (D(2016, 4, 22), D(2017, 4, 21), ("tunis-2016",), WindowStatus.MET),
    ]
    assert [(late.meeting, late.due, late.days_late) for late in report.lateness] == [
        ("rabat-2013", D(2013, 4, 21), 0),
        # The first session after Rabat answers the place due by 21 April 2014.
        ("nouakchott-2015", D(2014, 4, 21), 374),
        ("tunis-2016", D(2017, 4, 21), 0),
    ]
    # The window open on 1 January 2017 already has its meeting: it counts.
    assert (report.expected, report.met) == (5, 3)


def test_due_lists_the_windows_that_closed_with_no_meeting_recorded(accord: Agreement) -> None:
    report = accord.due(D(2014, 6, 1))
    assert [(w.body, w.earliest, w.latest) for w in report.no_meeting_recorded] == [
        (COMMITTEE, D(2013, 4, 21), D(2013, 6, 30)),
        (COMMITTEE, D(2013, 7, 1), D(2013, 9, 30)),
        (COUNCIL, D(2013, 4, 22), D(2014, 4, 21)),
    ]
    assert all(w.meeting is None for w in report.no_meeting_recorded)
    # The explicit deadlines are still there.
    assert [item.id for item in report.passed] == [
        "first-follow-up-meeting",
        "security-follow-up-committee-1",
    ]


def test_a_body_without_cadence_has_no_compliance(accord: Agreement) -> None:
    with pytest.raises(maghreb_accord.ScheduleError):
        accord.compliance("arab-maghreb-union", as_of=D(2014, 1, 1))


def test_the_words_say_no_meeting_recorded_never_missed() -> None:
    import maghreb_accord.compliance as module

    assert WindowStatus("no_meeting_recorded") is WindowStatus.NO_MEETING_RECORDED
    assert not [member for member in WindowStatus if "miss" in member.value]
    text = (module.__doc__ or "").replace('nothing here says "missed"', "")
    assert "miss" not in text.lower()
    from maghreb_accord._render.words import AR, FR

    # The words of every output: none says a meeting was missed or not held.
    assert not [w for w in FR.values() if "manqu" in w or "pas eu lieu" in w or "non tenu" in w]
    assert not [
        w for w in AR.values() if "لم يعقد" in w or "لم ينعقد" in w or "فاتت" in w or "فوت" in w
    ]


# Property tests on small made-up records: a fake accord with one body and its meetings.

_REF = (SourceRef(source="s", excerpt="x"),)
_START = D(2013, 4, 21)


@attrs.frozen
class _Record:
    meetings: tuple[Meeting, ...]
    cadence: Cadence
    commitments: tuple[()] = ()

    @property
    def bodies(self) -> tuple[Body, ...]:
        return (self.body("b"),)

    @property
    def main_meeting(self) -> Meeting:
        return min(self.meetings, key=lambda m: (m.when.earliest, m.id))

    def body(self, id: str) -> Body:
        name = Label(ar="هيئة", fr="organe")
        return Body(
            id="b",
            name=name,
            kind=BodyKind.COMMITTEE,
            cadence=self.cadence,
            domains=frozenset(),
            sources=_REF,
        )


def _meeting(index: int, day: D) -> Meeting:
    return Meeting(
        id=f"m{index:03d}",
        name=Label(ar="اجتماع", fr="réunion"),
        body="b",
        status=MeetingStatus.HELD,
        when=Day(date=day),
        sources=_REF,
    )


def _record(days: list[D], cadence: Cadence) -> _Record:
    return _Record(meetings=tuple(_meeting(i, day) for i, day in enumerate(days)), cadence=cadence)


def _report(days: list[D], cadence: Cadence, as_of: D) -> Compliance:
    return compliance(_record(days, cadence), "b", as_of=as_of)


cadences = st.builds(
    Cadence,
    interval=st.integers(1, 6),
    unit=st.just(CadenceUnit.MONTH),
    at_least=st.booleans(),
    as_needed=st.booleans(),
)
AS_OF = D(2020, 1, 1)


@st.composite
def records_with_a_meeting_in_every_window(draw: st.DrawFn) -> tuple[Cadence, list[D]]:
    cadence = draw(cadences)
    days = [_START]
    while days[-1] < D(2018, 1, 1):
        # Next meeting: within one interval of the last (at least), or inside the next window.
        if cadence.at_least:
            last, end = days[-1], cadence.nth(days[-1], 1)
        else:
            last, end = cadence.nth(_START, len(days) - 1), cadence.nth(_START, len(days))
        span = (end - last).days
        days.append(last + datetime.timedelta(days=draw(st.integers(1, span))))
    return cadence, days


@settings(max_examples=60)
@given(records_with_a_meeting_in_every_window())
def test_a_meeting_inside_every_window_gives_no_gap(drawn: tuple[Cadence, list[D]]) -> None:
    cadence, days = drawn
    report = _report(days, cadence, days[-1])
    assert report.no_meeting_recorded == ()
    assert all(w.status in (WindowStatus.MET, WindowStatus.OPEN) for w in report.windows)
    assert all(late.days_late == 0 for late in report.lateness)


@settings(max_examples=60)
@given(records_with_a_meeting_in_every_window(), st.data())
def test_removing_one_meeting_of_a_fixed_series_gives_exactly_its_gap(
    drawn: tuple[Cadence, list[D]], data: st.DataObject
) -> None:
    cadence, days = drawn
    cadence = attrs.evolve(cadence, at_least=False)
    days = [_START] + [
        cadence.nth(_START, k - 1) + datetime.timedelta(days=1) for k in range(1, len(days))
    ]
    whole = _report(days, cadence, AS_OF)
    filled = [w for w in whole.windows if w.meetings and w.index > 0 and w.latest < AS_OF]
    removed = data.draw(st.sampled_from(filled))
    (day,) = [d for i, d in enumerate(days) if f"m{i:03d}" in removed.meetings]
    report = _report([d for d in days if d != day], cadence, AS_OF)
    gaps = {w.index for w in report.no_meeting_recorded}
    assert gaps - {w.index for w in whole.no_meeting_recorded} == {removed.index}
    assert {w.index for w in whole.no_meeting_recorded} <= gaps
    # The windows are those of the whole record: a fixed series does not move.
    assert [(w.earliest, w.latest) for w in report.windows] == [
        (w.earliest, w.latest) for w in whole.windows
    ]


days_after_start = st.dates(min_value=_START, max_value=D(2019, 12, 31))


@settings(max_examples=80)
@given(cadences, st.lists(days_after_start, max_size=12), st.dates(_START, D(2021, 1, 1)))
def test_lateness_is_never_negative(cadence: Cadence, days: list[D], as_of: D) -> None:
    report = _report([_START, *days], cadence, as_of)
    for late in report.lateness:
        assert 0 <= late.days_late <= late.days_late_at_most
        assert late.answers <= late.window


@settings(max_examples=80)
@given(cadences, st.lists(days_after_start, max_size=12, unique=True), st.randoms())
def test_results_do_not_depend_on_the_order_of_meetings(
    cadence: Cadence, days: list[D], random: Random
) -> None:
    first = _record([_START, *days], cadence)
    meetings = list(first.meetings)
    random.shuffle(meetings)
    shuffled = attrs.evolve(first, meetings=tuple(meetings))
    assert compliance(first, "b", as_of=AS_OF) == compliance(shuffled, "b", as_of=AS_OF)


@settings(max_examples=80)
@given(cadences, st.lists(days_after_start, max_size=12, unique=True), st.dates(_START, AS_OF))
def test_the_schedule_has_the_windows_of_compliance_on_the_whole_record(
    cadence: Cadence, days: list[D], as_of: D
) -> None:
    # With every meeting ended by the day, the schedule and compliance see one record.
    days = [day for day in days if day <= as_of]
    record = _record([_START, *days], cadence)
    report = compliance(record, "b", as_of=as_of)
    expected = schedule.expected_meetings(record, "b", until=as_of)
    assert [(e.index, e.earliest, e.latest) for e in expected] == [
        (w.index, w.earliest, w.latest) for w in report.windows
    ]
    assert [e.meeting for e in expected] == [
        w.meetings[0] if w.meetings else None for w in report.windows
    ]


def test_the_schedule_and_compliance_agree_on_the_whole_record(accord: Agreement) -> None:
    # Every meeting of the record had surely ended by 2017: the two see the same windows.
    day = D(2017, 1, 1)
    for body in (COMMITTEE, COUNCIL):
        report = accord.compliance(body, as_of=day)
        expected = accord.schedule(body, until=day)
        assert [(e.earliest, e.latest, e.meeting, e.uncertain) for e in expected] == [
            (w.earliest, w.latest, w.meetings[0] if w.meetings else None, w.uncertain)
            for w in report.windows
        ]


def _committee_with(first: dict[str, object]) -> Agreement:
    from tests.support import canonical_raw, load_raw

    raw = canonical_raw()
    raw["meetings"] = [m for m in raw["meetings"] if m["id"] != "security-follow-up-committee-2"]
    for meeting in raw["meetings"]:
        if meeting["id"] == "security-follow-up-committee-1":
            meeting.pop("planned", None)
            meeting.update(first)
    return load_raw(raw)


def test_a_meeting_held_before_its_plan_fills_the_first_window() -> None:
    accord = _committee_with({"planned": "2013-06", "when": "2013-05-15"})
    report = accord.compliance(COMMITTEE, as_of=D(2014, 1, 1))
    first = report.windows[0]
    # The window takes the meeting in: from its day (not the plan's first) to the meeting.
    assert (first.earliest, first.latest, first.meetings, first.status) == (
        D(2013, 5, 15),
        D(2013, 5, 15),
        ("security-follow-up-committee-1",),
        WindowStatus.MET,
    )
    assert report.lateness[0].days_late == 0
    assert accord.schedule(COMMITTEE, until=D(2013, 6, 1))[0].meeting == (
        "security-follow-up-committee-1"
    )


def test_a_first_meeting_known_only_by_its_last_day_is_in_its_window() -> None:
    # Held by 30 June 2013, with no first day: not before the accord, so in the first window.
    accord = _committee_with({"when": "../2013-06-30"})
    report = accord.compliance(COMMITTEE, as_of=D(2014, 1, 1))
    first = report.windows[0]
    assert (first.earliest, first.latest, first.status, first.uncertain) == (
        D(2013, 4, 21),
        D(2013, 6, 30),
        WindowStatus.MET,
        (),
    )


def test_the_last_window_before_the_calendar_ends_is_kept() -> None:
    from tests.support import canonical_raw, load_raw

    raw = canonical_raw()
    template = next(m for m in raw["meetings"] if m["id"] == "security-follow-up-committee-1")
    late = {key: value for key, value in template.items() if key != "planned"}
    raw["meetings"].append({**late, "id": "far-future", "when": "9999-12-20"})
    report = load_raw(raw).compliance(COMMITTEE, as_of=datetime.date.max)
    # The meeting fills its window, and the last window ends with the calendar.
    met, last = report.windows[-2:]
    assert (met.earliest, met.latest, met.meetings) == (
        D(9999, 11, 1),
        D(9999, 12, 20),
        ("far-future",),
    )
    assert (last.earliest, last.latest) == (D(9999, 12, 21), datetime.date.max)


def test_a_meeting_with_no_first_day_that_ended_before_the_accord() -> None:
    # Its first day cannot be the accord's (it ended before): nothing bounds it from below,
    # so it is uncertain where it overlaps, and the schedule and compliance agree.
    from tests.support import canonical_raw, load_raw

    raw = canonical_raw()
    template = next(m for m in raw["meetings"] if m["id"] == "security-follow-up-committee-1")
    early = {key: value for key, value in template.items() if key != "planned"}
    raw["meetings"].append({**early, "id": "before-rabat", "when": "../2013-01-01"})
    accord = load_raw(raw)
    day = D(2017, 1, 1)
    report = accord.compliance(COMMITTEE, as_of=day)
    assert report.windows[0].uncertain == ("before-rabat",)
    assert not any("before-rabat" in w.meetings for w in report.windows)
    expected = accord.schedule(COMMITTEE, until=day)
    assert [(e.meeting, e.uncertain) for e in expected] == [
        (w.meetings[0] if w.meetings else None, w.uncertain) for w in report.windows
    ]


def _brute_most_filled(choices: list[tuple[str, ...]]) -> int:
    """The most windows filled, each by a different one of its meetings: by trying all."""
    best = 0
    for picks in itertools.product(*[(None, *c) for c in choices]):
        chosen = [pick for pick in picks if pick is not None]
        if len(chosen) == len(set(chosen)):
            best = max(best, len(chosen))
    return best


def _uncertain_report(choices: list[tuple[str, ...]]) -> Compliance:
    """A report whose window i may hold the meetings ``choices[i]`` (none: no meeting)."""
    day = datetime.date(2014, 1, 1)
    windows = tuple(
        ComplianceWindow(
            index=i,
            earliest=day,
            latest=day,
            meetings=(),
            uncertain=uncertain,
            status=WindowStatus.UNCERTAIN if uncertain else WindowStatus.NO_MEETING_RECORDED,
        )
        for i, uncertain in enumerate(choices)
    )
    return Compliance(body="x", as_of=day, windows=windows, lateness=())


@given(
    st.lists(
        st.lists(st.sampled_from("abcd"), max_size=3, unique=True).map(tuple),
        max_size=6,
    )
)
def test_met_at_most_fills_each_uncertain_window_with_a_different_meeting(
    choices: list[tuple[str, ...]],
) -> None:
    report = _uncertain_report(choices)
    assert report.met_at_most == _brute_most_filled(choices)
    assert report.met_at_most <= len({m for c in choices for m in c})


def test_met_at_most_takes_any_number_of_overlapping_windows() -> None:
    # A chain: window i may hold meetings i - 1 and i; each new window first meets the one
    # before it, so the search walks back through every window (a recursive one overflowed).
    count = 3000
    report = _uncertain_report([(f"m{i - 1}", f"m{i}") if i else ("m0",) for i in range(count)])
    assert report.met_at_most == count
