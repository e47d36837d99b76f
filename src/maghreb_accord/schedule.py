"""Schedules and deadlines: when a body should meet, and what was due by a given day.

**The schedule rule.** A body with a cadence is expected to meet once every interval,
anchored on its first obligation: its first recorded meeting's plan, if it was held at
another time, or that meeting's date. Where the first window has no lower bound, it cannot
come before the meeting at which the accord was reached. Each later window starts the day
after the one before it ends and ends one interval after the first window's last day (month
arithmetic anchored, clamped to month ends; a last day that ends its month gives each
month's last day). So the windows follow each other without a gap, each as long as the
interval: once a year is a window of a year, not one day. A cadence that is a maximum gap
(:attr:`~maghreb_accord.Cadence.at_least`) restarts at each recorded meeting: the window it
falls in closes on its last possible day, and the places after it are counted from that
day. For the security follow-up committee the windows are 21 April to 30 June 2013 and
1 July to 30 September 2013 (no meeting recorded), then 1 to 31 October 2013, closed by its
first meeting, then 1 November 2013 to 31 January 2014, and so on. Meetings held "whenever
needed" (:attr:`~maghreb_accord.Cadence.as_needed`) are allowed besides; a place they do not
fill is *no meeting recorded*, never "missed". The windows are those of
:mod:`maghreb_accord.compliance` on the whole record: one walk computes both.

**The deadline rule.** A commitment's ``deadline`` and a planned meeting's latest day are
due on that day: as of a later day they have *passed*, as of that day or earlier they are
*open*. What has no deadline is in neither list.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import TYPE_CHECKING, Literal, Protocol

import attrs

from . import _checks
from .dates import Between, Day, When
from .errors import ScheduleError
from .model import Body, Cadence, Commitment, Meeting
from .vocabulary import MeetingStatus

if TYPE_CHECKING:
    from .locales import LocaleLike

__all__ = ["DueReport", "ExpectedMeeting", "due", "expected_meetings"]


@attrs.frozen(kw_only=True)
class ExpectedMeeting:
    """A meeting a body's cadence calls for, in a window of days.

    >>> import datetime, maghreb_accord
    >>> accord = maghreb_accord.load()
    >>> second = accord.schedule("security-follow-up-committee", until=datetime.date(2013, 9, 30))[1]
    >>> second.index, second.earliest, second.latest
    (1, datetime.date(2013, 7, 1), datetime.date(2013, 9, 30))
    >>> second.in_locale("ar_MA")
    'بين 1 يوليوز 2013 و30 شتنبر 2013'

    .. versionadded:: 0.1.0
    """

    #: Id of the body expected to meet.
    body: str
    #: Its place in the series: 0 for the first meeting.
    index: int
    #: The first day the meeting may fall on.
    earliest: datetime.date
    #: The last day the meeting may fall on.
    latest: datetime.date
    #: Id of the recorded meeting that fills this place, if any.
    meeting: str | None = None
    #: Ids of the held meetings known only by bounds that may fall in this window: with no
    #: ``meeting``, the window is uncertain rather than without a meeting recorded.
    #:
    #: .. versionadded:: 0.1.0
    uncertain: tuple[str, ...] = ()

    @property
    def when(self) -> When:
        """The window as a date value: a :class:`~maghreb_accord.Day` or bounds."""
        if self.earliest == self.latest:
            return Day(date=self.earliest)
        return Between(not_before=self.earliest, not_after=self.latest)

    def in_locale(self, locale: LocaleLike) -> str:
        """The window in words, in the locale's language and date style."""
        return self.when.in_locale(locale)


@attrs.frozen(kw_only=True)
class DueReport:
    """What had a deadline, as of a day: what had passed, and what was still open.

    ``passed`` and ``open`` hold :class:`~maghreb_accord.Commitment` objects and
    :class:`~maghreb_accord.Meeting` objects that are planned (or were planned for another
    day than they were held), by deadline, then id.

    >>> import datetime, maghreb_accord
    >>> report = maghreb_accord.load().due(datetime.date(2013, 7, 1))
    >>> [item.id for item in report.passed], report.open
    (['first-follow-up-meeting', 'security-follow-up-committee-1'], ())

    .. versionadded:: 0.1.0
    """

    #: The day the report is for.
    as_of: datetime.date
    #: What was due before ``as_of``.
    passed: tuple[Commitment | Meeting, ...]
    #: What is due on ``as_of`` or later.
    open: tuple[Commitment | Meeting, ...]
    #: Cadence windows that closed before ``as_of`` with no meeting recorded (not proof
    #: that none was held), by last day, then body; see :mod:`maghreb_accord.compliance`.
    #:
    #: .. versionadded:: 0.1.0
    no_meeting_recorded: tuple[ExpectedMeeting, ...] = ()


class Record(Protocol):
    """What schedules read of an accord (an :class:`~maghreb_accord.Agreement` is one).

    >>> import maghreb_accord
    >>> from maghreb_accord.schedule import Record
    >>> record: Record = maghreb_accord.load()
    >>> record.main_meeting.id, len(record.bodies) > 0
    ('rabat-2013', True)
    """

    @property
    def commitments(self) -> tuple[Commitment, ...]: ...
    @property
    def meetings(self) -> tuple[Meeting, ...]: ...
    @property
    def bodies(self) -> tuple[Body, ...]: ...
    @property
    def main_meeting(self) -> Meeting: ...
    def body(self, id: str) -> Body: ...


def _deadline_of(item: Commitment | Meeting) -> datetime.date | None:
    """The day ``item`` is due by: a commitment's deadline, a planned meeting's latest day."""
    if isinstance(item, Commitment):
        return item.deadline
    if item.planned is not None:  # held at another time: the plan stays due by its day
        return item.planned.latest
    if item.status is MeetingStatus.PLANNED:
        return item.when.latest
    return None


@attrs.frozen(kw_only=True)
class _Anchor:
    body: Body
    cadence: Cadence
    first: Meeting
    earliest: datetime.date
    latest: datetime.date
    recorded: tuple[Meeting, ...]
    #: The first day of the meeting at which the accord was reached: no meeting of the
    #: series is taken to come before it where its date has no lower bound.
    floor: datetime.date = datetime.date.min

    def bounds(self, meeting: Meeting) -> tuple[datetime.date, datetime.date]:
        """A meeting's first and last possible days: :func:`_bounds` above the floor."""
        return _bounds(meeting, self.floor)


def _bounds(meeting: Meeting, floor: datetime.date) -> tuple[datetime.date, datetime.date]:
    """A meeting's first and last possible days.

    An open lower bound is ``floor``, the first day of the meeting at which the accord was
    reached, unless the meeting ended before it: then nothing bounds it from below. An open
    upper bound is the end of the calendar.
    """
    last = meeting.when.latest or datetime.date.max
    first = meeting.when.earliest
    if first is None:
        first = floor if floor <= last else datetime.date.min
    return first, last


def _still_open(latest: datetime.date, as_of: datetime.date) -> bool:
    """Whether a window whose last day is ``latest`` is still open on ``as_of``.

    A window is over once its last day has passed: on that day it is still open.
    """
    return latest >= as_of


def _standing(
    meeting: Meeting, bounds: tuple[datetime.date, datetime.date], as_of: datetime.date
) -> Literal["held", "maybe"] | None:
    """How the record stood on ``as_of`` for a meeting with these bounds.

    ``"held"``: held, and surely over by that day; ``"maybe"``: held, and it may have begun
    by then; ``None``: not held, or surely not begun. Every output counts meetings by this.
    """
    if meeting.status is not MeetingStatus.HELD:
        return None
    first, last = bounds
    if last <= as_of:
        return "held"
    return "maybe" if first <= as_of else None


def _standing_in(
    accord: Record, meeting: Meeting, as_of: datetime.date
) -> Literal["held", "maybe"] | None:
    """:func:`_standing` of ``meeting`` with its bounds in ``accord``."""
    floor = accord.main_meeting.when.earliest or datetime.date.min
    return _standing(meeting, _bounds(meeting, floor), as_of)


def _anchor(accord: Record, body_id: str) -> _Anchor:
    """The first window of ``body_id``'s series, by the schedule rule; or a ScheduleError."""
    body = accord.body(body_id)
    if body.cadence is None:
        raise ScheduleError(f"body {body.id!r} has no cadence: the sources do not say how often")
    recorded = tuple(meeting for meeting in accord.meetings if meeting.body == body.id)
    if not recorded:
        raise ScheduleError(f"body {body.id!r} has no recorded meeting to anchor its schedule")
    # A meeting held at another time than planned anchors on its plan: the plan is the
    # obligation the series starts from.
    first = min(recorded, key=lambda m: (_window_of(m).latest or datetime.date.max, m.id))
    latest = _window_of(first).latest
    if latest is None:
        raise ScheduleError(f"the first meeting of {body.id!r} has no latest day to anchor on")
    floor = accord.main_meeting.when.earliest
    earliest = _window_of(first).earliest or floor or latest
    held = first.when.earliest
    if first.planned is not None and held is not None and held < earliest:
        earliest = held  # held before its plan's window: the first window takes it in
    return _Anchor(
        body=body,
        cadence=body.cadence,
        first=first,
        earliest=min(earliest, latest),
        latest=latest,
        recorded=recorded,
        floor=floor or datetime.date.min,
    )


def _window_of(meeting: Meeting) -> When:
    return meeting.planned if meeting.planned is not None else meeting.when


def expected_meetings(
    accord: Record, body_id: str, *, until: datetime.date
) -> tuple[ExpectedMeeting, ...]:
    """The meetings ``body_id`` is expected to hold, by the schedule rule, starting by ``until``.

    The windows are those of :meth:`maghreb_accord.Agreement.compliance` on the whole record:
    a window's ``meeting`` is the first held meeting that falls certainly inside it.
    :meth:`Agreement.schedule <maghreb_accord.Agreement.schedule>` calls it; ``accord`` may
    be anything with the parts a :class:`Record` names.

    >>> import datetime, maghreb_accord
    >>> from maghreb_accord.schedule import expected_meetings
    >>> body = "council-of-interior-ministers"
    >>> [(w.index, w.meeting) for w in expected_meetings(
    ...     maghreb_accord.load(), body, until=datetime.date(2015, 1, 1))]
    [(0, 'rabat-2013'), (1, None), (2, None)]

    .. versionadded:: 0.1.0
    """
    _checks.date_argument(until, "until")
    start = _anchor(accord, body_id)
    return tuple(
        ExpectedMeeting(
            body=start.body.id,
            index=window.index,
            earliest=window.earliest,
            latest=window.latest,
            meeting=window.inside[0].id if window.inside else None,
            uncertain=window.maybe,
        )
        for window in _walk(start, as_of=datetime.date.max, until=until)
    )


@attrs.frozen(kw_only=True)
class _Window:
    """One window of a series as the record fills it (what schedules and compliance share)."""

    index: int
    earliest: datetime.date
    latest: datetime.date
    #: The held meetings certainly inside the window, earliest first.
    inside: tuple[Meeting, ...]
    #: Ids of the held meetings known only by bounds that may be inside it.
    maybe: tuple[str, ...]


def _walk(start: _Anchor, *, as_of: datetime.date, until: datetime.date) -> Iterator[_Window]:
    """The windows of ``start``'s series whose first day is not after ``until``.

    Held meetings count as the record stood on ``as_of``: one that began after it is not
    counted, and one that had not surely ended by it may only be *maybe* in a window. A
    maximum-gap cadence restarts at the meeting that ends first in a window.
    """
    cadence = start.cadence
    standing = {m.id: _standing(m, start.bounds(m), as_of) for m in start.recorded}
    held = sorted(
        (m for m in start.recorded if standing[m.id] is not None),
        key=lambda m: (*start.bounds(m), m.id),
    )
    certain = [m for m in held if standing[m.id] == "held"]
    counted: set[str] = set()
    base, origin = 0, start.latest
    earliest = start.earliest
    k = 0
    while earliest <= until:
        try:
            latest = cadence.nth(origin, k - base)
        except OverflowError:  # the calendar ends first: the last window ends with it
            latest = datetime.date.max
        inside = [
            m
            for m in certain
            if m.id not in counted
            and earliest <= start.bounds(m)[0]
            and start.bounds(m)[1] <= latest
        ]
        if inside and cadence.at_least:
            # The gap restarts at the meeting that ended first: it closes this window.
            latest = min(start.bounds(m)[1] for m in inside)
            inside = [m for m in inside if start.bounds(m)[1] <= latest]
            base, origin = k, latest
        counted.update(m.id for m in inside)
        maybe = tuple(
            m.id
            for m in held
            if m.id not in counted
            and start.bounds(m)[0] <= latest
            and start.bounds(m)[1] >= earliest
        )
        yield _Window(index=k, earliest=earliest, latest=latest, inside=tuple(inside), maybe=maybe)
        if latest == datetime.date.max:
            return
        earliest = latest + datetime.timedelta(days=1)
        k += 1


def due(accord: Record, as_of: datetime.date) -> DueReport:
    """What had a deadline in ``accord`` as of ``as_of``, by the deadline rule.

    The explicit deadlines only: :meth:`Agreement.due <maghreb_accord.Agreement.due>` adds
    the cadence windows that closed with no meeting recorded.

    >>> import datetime, maghreb_accord
    >>> from maghreb_accord.schedule import due
    >>> report = due(maghreb_accord.load(), datetime.date(2013, 7, 1))
    >>> [item.id for item in report.passed], report.no_meeting_recorded
    (['first-follow-up-meeting', 'security-follow-up-committee-1'], ())

    .. versionadded:: 0.1.0
    """
    _checks.date_argument(as_of, "as_of")
    dated: list[tuple[datetime.date, str, Commitment | Meeting]] = []
    items: tuple[Commitment | Meeting, ...] = (*accord.commitments, *accord.meetings)
    for item in items:
        deadline = _deadline_of(item)
        if deadline is not None:
            dated.append((deadline, item.id, item))
    dated.sort(key=lambda entry: entry[:2])
    return DueReport(
        as_of=as_of,
        passed=tuple(item for deadline, _, item in dated if deadline < as_of),
        open=tuple(item for deadline, _, item in dated if deadline >= as_of),
    )
