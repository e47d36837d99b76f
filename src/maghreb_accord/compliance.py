"""Compliance: whether a body met as often as its cadence says, by the record as of a day.

**Windows.** The first window is the body's first obligation (its first meeting's plan, or
that meeting's date; see :mod:`maghreb_accord.schedule`). Each later window starts the day
after the one before and ends one interval later. The semantics follow the cadence:

* a fixed cadence ("once a year") keeps its windows anchored on the first one, whatever the
  meetings;
* a maximum gap ("at least every three months", :attr:`~maghreb_accord.Cadence.at_least`)
  restarts at each meeting: the window a meeting falls in closes on the meeting's last
  possible day, and the next window runs one interval from that day. No fixed calendar is
  assumed.

**Which meetings count.** Only held meetings of the body count, and only as the record
stood on ``as_of``: a meeting whose last possible day is after ``as_of`` is not yet certain.
A meeting known only by bounds (a month, or two days) counts in a window only if its bounds
fit inside the window; if they only overlap it, the meeting is *uncertain* there, and a
closed window with no certain meeting but an uncertain one is
:attr:`~maghreb_accord.WindowStatus.UNCERTAIN`, not "no meeting recorded". Meetings held "whenever needed"
beside the series are listed in their window and fill no other.

**Lateness.** The first meeting of a window answers the earliest place left unanswered
since the last window that had a meeting: it is late by the days from that place's last day
to the meeting (from its first possible day, and from its last: ``days_late`` and
``days_late_at_most``), never less than 0.

A window that closed with no meeting recorded says so; absence of a record is not proof
that no meeting took place, and nothing here says "missed".
"""

from __future__ import annotations

import datetime
import enum
from collections import deque
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from . import _checks, schedule
from .errors import ScheduleError
from .schedule import DueReport, ExpectedMeeting

if TYPE_CHECKING:
    from .schedule import Record

__all__ = ["Compliance", "ComplianceWindow", "Lateness", "WindowStatus"]


class WindowStatus(enum.Enum):
    """How a window stands as of a day.

    >>> import datetime, maghreb_accord
    >>> report = maghreb_accord.load().compliance(
    ...     "security-follow-up-committee", as_of=datetime.date(2013, 8, 1)
    ... )
    >>> [window.status for window in report.windows]
    [<WindowStatus.NO_MEETING_RECORDED: 'no_meeting_recorded'>, <WindowStatus.OPEN: 'open'>]

    .. versionadded:: 0.1.0
    """

    #: A recorded meeting falls certainly inside the window.
    MET = "met"
    #: The window closed and no meeting is recorded in it (not proof that none was held).
    NO_MEETING_RECORDED = "no_meeting_recorded"
    #: The window closed with no certain meeting, but one known only by bounds may be in it.
    UNCERTAIN = "uncertain"
    #: The window has not closed yet, and no meeting is recorded in it.
    OPEN = "open"


@attrs.frozen(kw_only=True)
class ComplianceWindow:
    """One window of a body's series, with the meetings recorded in it.

    >>> import datetime, maghreb_accord
    >>> report = maghreb_accord.load().compliance(
    ...     "council-of-interior-ministers", as_of=datetime.date(2016, 1, 1)
    ... )
    >>> window = report.windows[3]
    >>> window.earliest, window.latest, window.meetings
    (datetime.date(2015, 4, 22), datetime.date(2016, 4, 21), ('nouakchott-2015',))

    .. versionadded:: 0.1.0
    """

    #: Its place in the series: 0 for the first obligation.
    index: int
    #: The first day of the window.
    earliest: datetime.date
    #: The last day of the window (for a maximum gap, the day its meeting ended it).
    latest: datetime.date
    #: Ids of the meetings certainly inside it, earliest first.
    meetings: tuple[str, ...]
    #: Ids of the meetings known only by bounds that may be inside it.
    uncertain: tuple[str, ...]
    #: How the window stands as of the report's day.
    status: WindowStatus


@attrs.frozen(kw_only=True)
class Lateness:
    """How late a meeting was against the place in the series it answers.

    >>> import datetime, maghreb_accord
    >>> report = maghreb_accord.load().compliance(
    ...     "security-follow-up-committee", as_of=datetime.date(2014, 1, 1)
    ... )
    >>> late = report.lateness[0]
    >>> late.meeting, late.due, late.days_late, late.days_late_at_most
    ('security-follow-up-committee-1', datetime.date(2013, 6, 30), 93, 123)

    .. versionadded:: 0.1.0
    """

    #: Id of the meeting.
    meeting: str
    #: Index of the window the meeting falls in.
    window: int
    #: Index of the place it answers: the earliest one left unanswered before it.
    answers: int
    #: The last day of that place.
    due: datetime.date
    #: Days from ``due`` to the meeting's first possible day; 0 if it was not late.
    days_late: int
    #: Days from ``due`` to the meeting's last possible day; 0 if it was not late.
    days_late_at_most: int


@attrs.frozen(kw_only=True)
class Compliance:
    """A body's windows from its first obligation to a day, and what the record fills.

    >>> import datetime, maghreb_accord
    >>> accord = maghreb_accord.load()
    >>> report = accord.compliance("security-follow-up-committee", as_of=datetime.date(2014, 1, 1))
    >>> [(w.earliest.isoformat(), w.latest.isoformat(), w.status.value) for w in report.windows]
    [('2013-04-21', '2013-06-30', 'no_meeting_recorded'), ('2013-07-01', '2013-09-30', 'no_meeting_recorded'), ('2013-10-01', '2013-10-31', 'met'), ('2013-11-01', '2014-01-31', 'open')]
    >>> report.lateness[0].days_late, report.lateness[0].days_late_at_most
    (93, 123)
    >>> report.expected, report.met, report.open
    (3, 1, 1)

    .. versionadded:: 0.1.0
    """

    #: Id of the body.
    body: str
    #: The day the report is for.
    as_of: datetime.date
    #: The windows whose first day is not after ``as_of``, in order.
    windows: tuple[ComplianceWindow, ...]
    #: For each meeting that answers a place in the series, how late it was.
    lateness: tuple[Lateness, ...]

    @property
    def expected(self) -> int:
        """How many windows had closed by ``as_of``, or already had their meeting."""
        return sum(1 for w in self.windows if w.status is not WindowStatus.OPEN)

    @property
    def met(self) -> int:
        """How many windows have a recorded meeting (an open one included)."""
        return sum(1 for w in self.windows if w.status is WindowStatus.MET)

    @property
    def met_at_most(self) -> int:
        """The most windows that could have a meeting, by the record.

        That is :attr:`met`, and those of the uncertain windows that the meetings known only
        by bounds could fill. A meeting fills one window at most, so one meeting known only by bounds that may
        fall in any of ten uncertain windows adds one, not ten. (Were it placed, a maximum
        gap would restart from it and move the windows after it; this counts the windows
        as the record draws them.)

        >>> import datetime, maghreb_accord
        >>> report = maghreb_accord.load().compliance(
        ...     "security-follow-up-committee", as_of=datetime.date(2016, 12, 31)
        ... )
        >>> report.met, report.met_at_most, len(report.uncertain_windows)
        (1, 2, 10)

        .. versionadded:: 0.1.0
        """
        return self.met + _most_filled(self.uncertain_windows)

    @property
    def uncertain_windows(self) -> tuple[ComplianceWindow, ...]:
        """The uncertain windows, in order (:attr:`WindowStatus.UNCERTAIN`).

        Each closed with no meeting surely in it, and one known only by bounds may be.

        >>> import datetime, maghreb_accord
        >>> report = maghreb_accord.load().compliance(
        ...     "security-follow-up-committee", as_of=datetime.date(2016, 12, 31)
        ... )
        >>> [(w.index, w.uncertain) for w in report.uncertain_windows][:2]
        [(3, ('security-follow-up-committee-2',)), (4, ('security-follow-up-committee-2',))]

        .. versionadded:: 0.1.0
        """
        return tuple(w for w in self.windows if w.status is WindowStatus.UNCERTAIN)

    @property
    def open(self) -> int:
        """How many windows are still open with no meeting recorded yet (at most one).

        Such a window is in neither :attr:`expected` nor :attr:`met`; with them it counts
        every window of the report.

        .. versionadded:: 0.1.0
        """
        return sum(1 for w in self.windows if w.status is WindowStatus.OPEN)

    @property
    def no_meeting_recorded(self) -> tuple[ComplianceWindow, ...]:
        """The windows that closed with no meeting recorded."""
        return tuple(w for w in self.windows if w.status is WindowStatus.NO_MEETING_RECORDED)


def _most_filled(windows: Sequence[ComplianceWindow]) -> int:
    """How many of ``windows`` their uncertain meetings can fill, one window each at most.

    A maximum matching of windows to meetings, by augmenting paths found breadth first
    (no recursion, however many windows a meeting's bounds span).
    """
    filled_by: dict[str, int] = {}  # meeting id -> the window it fills
    filled = 0
    for root in range(len(windows)):
        via: dict[int, str | None] = {
            root: None
        }  # window -> the meeting filling it, met on the way
        reached: dict[str, int] = {}  # meeting -> the window it was reached from
        queue, free = deque([root]), None
        while queue and free is None:
            window = queue.popleft()
            for meeting in windows[window].uncertain:
                if meeting in reached:
                    continue
                reached[meeting] = window
                if meeting not in filled_by:
                    free = meeting
                    break
                onward = filled_by[meeting]
                if onward not in via:
                    via[onward] = meeting
                    queue.append(onward)
        if free is None:
            continue
        moving: str | None = free  # each meeting on the path moves to the window it came from
        while moving is not None:
            window = reached[moving]
            filled_by[moving], moving = window, via[window]
        filled += 1
    return filled


def _status(latest: datetime.date, maybe: bool, as_of: datetime.date) -> WindowStatus:
    """How a window with no meeting surely in it stands on ``as_of``: the one rule for all.

    Open while it lasts, whatever may fall in it; then uncertain if a meeting known only by
    bounds may be in it, else with no meeting recorded.
    """
    if schedule._still_open(latest, as_of):
        return WindowStatus.OPEN
    return WindowStatus.UNCERTAIN if maybe else WindowStatus.NO_MEETING_RECORDED


def _compliance(accord: Record, body_id: str, *, as_of: datetime.date) -> Compliance:
    """The compliance of ``body_id`` with its cadence as of ``as_of``, by the rules above."""
    _checks.date_argument(as_of, "as_of")
    start = schedule._anchor(accord, body_id)
    windows: list[ComplianceWindow] = []
    lateness: list[Lateness] = []
    unanswered: tuple[int, datetime.date] | None = None  # the earliest place left open
    for window in schedule._walk(start, as_of=as_of, until=as_of):
        if unanswered is None:
            unanswered = (window.index, window.latest)
        if window.inside:
            status = WindowStatus.MET
            first = window.inside[0]
            answers, due = unanswered
            first_day, last_day = start.bounds(first)
            lateness.append(
                Lateness(
                    meeting=first.id,
                    window=window.index,
                    answers=answers,
                    due=due,
                    days_late=max(0, (first_day - due).days),
                    days_late_at_most=max(0, (last_day - due).days),
                )
            )
            unanswered = None
        else:
            status = _status(window.latest, bool(window.maybe), as_of)
        windows.append(
            ComplianceWindow(
                index=window.index,
                earliest=window.earliest,
                latest=window.latest,
                meetings=tuple(m.id for m in window.inside),
                uncertain=window.maybe,
                status=status,
            )
        )
    return Compliance(
        body=start.body.id, as_of=as_of, windows=tuple(windows), lateness=tuple(lateness)
    )


def _due(accord: Record, as_of: datetime.date) -> DueReport:
    """What was due as of ``as_of``, with the cadence windows closed with no meeting recorded.

    Explicit deadlines as :func:`maghreb_accord.schedule.due` finds them; then, for every
    body whose series has an anchor, each window that closed before ``as_of`` with none.
    """
    report = schedule.due(accord, as_of)
    closed: list[ExpectedMeeting] = []
    for body in accord.bodies:
        try:
            windows = _compliance(accord, body.id, as_of=as_of).no_meeting_recorded
        except ScheduleError:  # no cadence, or nothing to anchor a series on
            continue
        for window in windows:
            closed.append(
                ExpectedMeeting(
                    body=body.id, index=window.index, earliest=window.earliest, latest=window.latest
                )
            )
    closed.sort(key=lambda w: (w.latest, w.body, w.index))
    return attrs.evolve(report, no_meeting_recorded=tuple(closed))
