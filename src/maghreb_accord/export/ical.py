"""iCalendar (RFC 5545) export of a body's expected meetings, built with ``icalendar``."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from maghreb_accord.vocabulary import MeetingStatus

if TYPE_CHECKING:
    from maghreb_accord.agreement import Agreement
    from maghreb_accord.locales import LocaleLike
    from maghreb_accord.model import Cadence

__all__ = ["recurrence_rule", "to_ical"]

_EXTRA_HINT = (
    "maghreb_accord.export.to_ical needs the icalendar package: install the 'ical' extra"
    " (pip install 'maghreb-accord[ical]', or '.[ical]' in a clone of the project)"
)


def recurrence_rule(
    cadence: Cadence, start: datetime.date, *, until: datetime.date | None = None
) -> dict[str, Any]:
    """The RRULE parts of ``cadence``'s series from ``start``, clamping as the library does.

    RFC 5545 skips a date that does not exist (31 April) where this library clamps it to the
    month's end (30 April). A start on its month's last day keeps to months' last days
    (``BYMONTHDAY=-1``). For another start day the shorter months lack, the rule asks for
    the last existing day among the 28th to the start's day (``BYMONTHDAY`` with
    ``BYSETPOS=-1``), which is exactly the clamped date, so the two always agree.

    >>> import datetime
    >>> from maghreb_accord import Cadence, CadenceUnit
    >>> from maghreb_accord.export.ical import recurrence_rule
    >>> quarterly = Cadence(interval=3, unit=CadenceUnit.MONTH)
    >>> recurrence_rule(quarterly, datetime.date(2013, 6, 30))
    {'FREQ': 'MONTHLY', 'INTERVAL': 3, 'BYMONTHDAY': [-1]}
    >>> recurrence_rule(quarterly, datetime.date(2013, 1, 30))
    {'FREQ': 'MONTHLY', 'INTERVAL': 3, 'BYMONTHDAY': [28, 29, 30], 'BYSETPOS': -1}
    >>> recurrence_rule(Cadence(interval=1, unit=CadenceUnit.YEAR), datetime.date(2013, 4, 21))
    {'FREQ': 'YEARLY', 'INTERVAL': 1}

    .. versionadded:: 0.1.0
    """
    from maghreb_accord._checks import date_argument
    from maghreb_accord.vocabulary import CadenceUnit

    date_argument(start, "start")
    date_argument(until, "until", optional=True)
    rule: dict[str, Any] = {
        "FREQ": "MONTHLY" if cadence.unit is CadenceUnit.MONTH else "YEARLY",
        "INTERVAL": cadence.interval,
    }
    month_end = (start + datetime.timedelta(days=1)).day == 1 if start < datetime.date.max else True
    if cadence.unit is CadenceUnit.MONTH and month_end:
        rule["BYMONTHDAY"] = [-1]
    elif cadence.unit is CadenceUnit.MONTH and start.day > 28:
        rule["BYMONTHDAY"] = list(range(28, start.day + 1))
        rule["BYSETPOS"] = -1
    elif cadence.unit is CadenceUnit.YEAR and month_end and start.month == 2:
        # The end of February: the 28th or, in a leap year, the 29th.
        rule["BYMONTH"] = 2
        rule["BYMONTHDAY"] = [-1]
    if until is not None:
        rule["UNTIL"] = until
    return rule


def to_ical(
    agreement: Agreement,
    body_id: str,
    locale: LocaleLike = "fr",
    *,
    until: datetime.date | None = None,
    stamp: datetime.datetime | None = None,
) -> str:
    r"""A body's expected meetings as an iCalendar document of all-day events.

    The document is RFC 5545 text: CRLF line ends, long lines folded. Its events fall on
    the days of :meth:`Agreement.schedule <maghreb_accord.Agreement.schedule>`: the last day
    of each expected window, the day a meeting is due by (see :mod:`maghreb_accord.schedule`).

    * The series still running is one recurring event: it repeats by the body's cadence as
      an RRULE (``FREQ=MONTHLY;INTERVAL=3``). Given ``until``, the calendar holds the
      windows that start by that day, as the schedule does: it ends on the last one's last day.
    * A cadence that is a maximum gap restarts at each recorded meeting, which a single
      RRULE cannot say: the windows up to the last restart are events of their own, each
      saying which meeting was recorded in it, or that none was.

    Texts are in ``locale``'s language (French unless Arabic is asked for). ``stamp`` is the
    DTSTAMP (the time the document is made; now, by default). A body with no cadence, no
    meeting to anchor its series on, or no window starting by ``until`` raises
    :class:`~maghreb_accord.ScheduleError`.

    >>> import datetime, maghreb_accord
    >>> from maghreb_accord.export import to_ical
    >>> calendar = to_ical(
    ...     maghreb_accord.load(),
    ...     "security-follow-up-committee",
    ...     until=datetime.date(2014, 6, 30),
    ...     stamp=datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc),
    ... )
    >>> lines = calendar.replace("\r\n ", "").splitlines()  # unfold RFC 5545 lines
    >>> [line for line in lines if line.startswith(("DTSTART", "RRULE"))]
    ['DTSTART;VALUE=DATE:20130630', 'DTSTART;VALUE=DATE:20130930', 'DTSTART;VALUE=DATE:20131031', 'DTSTART;VALUE=DATE:20140131', 'RRULE:FREQ=MONTHLY;UNTIL=20140731;INTERVAL=3;BYMONTHDAY=-1']
    >>> [line for line in lines if line.startswith("SUMMARY")][-1]
    'SUMMARY:Commission de suivi sécuritaire : réunion attendue'

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.1.0
       The windows up to a maximum gap's last restart are events of their own.
    """
    from maghreb_accord._checks import date_argument

    date_argument(until, "until", optional=True)
    try:
        import icalendar
    except ImportError as error:
        raise ImportError(_EXTRA_HINT) from error
    from maghreb_accord._render.views import place_words, window_words
    from maghreb_accord._render.words import capitalized, words
    from maghreb_accord.errors import ScheduleError
    from maghreb_accord.locales import text_language
    from maghreb_accord.schedule import _anchor, _walk

    start = _anchor(agreement, body_id)
    french = text_language(locale) == "fr"
    table = words(locale)
    name = start.body.name.in_locale(locale)
    cadence = start.cadence.in_locale(locale)
    summary = f"{name}{table['colon']}{table['expected_meeting']}"
    stamp = stamp or datetime.datetime.now(datetime.UTC)
    uid = f"{agreement.id}.{start.body.id}"

    def event(day: datetime.date, uid: str, description: str, location: str) -> Any:
        item = icalendar.Event()
        item.add("uid", f"{uid}@maghreb-accord")
        item.add("dtstart", day)
        item.add("dtend", day + datetime.timedelta(days=1))
        item.add("dtstamp", stamp)
        item.add("summary", summary)
        item.add("description", description)
        if location:
            item.add("location", location)
        item.add("transp", "TRANSPARENT")
        return item

    calendar = icalendar.Calendar()
    calendar.add("version", "2.0")
    calendar.add("prodid", f"-//maghreb_accord//{agreement.id}//{'FR' if french else 'AR'}")

    # The calendar ends on the last day of the last window starting by ``until``, as the
    # schedule does.
    end: datetime.date | None = None
    if until is not None:
        *_, last = (None, *_walk(start, as_of=datetime.date.max, until=until))
        if last is None:  # RFC 5545 wants an event at least: say why there is none
            raise ScheduleError(
                f"no window of {start.body.id!r} starts by {until.isoformat()}:"
                f" the first starts on {start.earliest.isoformat()}"
            )
        end = last.latest

    # The windows up to the last restart of a maximum gap: the recorded meetings end them.
    held = [start.bounds(m)[1] for m in start.recorded if m.status is MeetingStatus.HELD]
    last_held = min(max(held, default=start.earliest), end or datetime.date.max)
    past = list(_walk(start, as_of=datetime.date.max, until=last_held))
    restarts = [w.index for w in past if w.inside] if start.cadence.at_least else []
    past = past[: restarts[-1] + 1] if restarts else []
    for window in past:
        if window.inside:
            meeting = window.inside[0]
            recorded = (
                f"{table['recorded_meeting']}{table['colon']}{meeting.name.in_locale(locale)}"
            )
            location = place_words(agreement, meeting, locale)
        else:
            recorded, location = capitalized(table["no_meeting_recorded"]), ""
        dates = window_words(window.earliest, window.latest, locale)
        description = f"{table['window']}{table['colon']}{dates}. {recorded}."
        calendar.add_component(event(window.latest, f"{uid}.{window.index}", description, location))

    # The series from there on: one RRULE from the last restart (or from the first window).
    origin = past[-1].latest if past else start.latest
    first = start.cadence.nth(origin, 1) if past else origin
    if end is None or first <= end:
        earliest = origin + datetime.timedelta(days=1) if past else start.earliest
        dates = window_words(earliest, first, locale)
        description = (
            f"{table['first_window']}{table['colon']}{dates}. "
            f"{table['then']} {cadence}{table['comma']}{table['ical_rule']}"
        )
        series = event(first, uid, description, "")
        series.add("rrule", recurrence_rule(start.cadence, origin, until=end))
        calendar.add_component(series)
    return bytes(calendar.to_ical()).decode("utf-8")
