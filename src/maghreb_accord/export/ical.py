"""iCalendar (RFC 5545) export of a body's expected meetings, built with ``icalendar``."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

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

    >>> from maghreb_accord import Cadence, CadenceUnit
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
    r"""A body's expected meetings as an iCalendar document with one recurring all-day event.

    The document is RFC 5545 text: CRLF line ends, long lines folded.

    The event falls on the last day of each expected window (the day a meeting is due by;
    see :mod:`maghreb_accord.schedule`), repeats by the body's cadence as an RRULE
    (``FREQ=MONTHLY;INTERVAL=3``), and ends on ``until`` if given. Texts are in ``locale``'s
    language. ``stamp`` is the DTSTAMP (the time the document is made; now, by default).

    >>> import datetime, maghreb_accord
    >>> from maghreb_accord.export import to_ical
    >>> calendar = to_ical(
    ...     maghreb_accord.load(),
    ...     "security-follow-up-committee",
    ...     until=datetime.date(2014, 6, 30),
    ...     stamp=datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc),
    ... )
    >>> lines = calendar.replace("\r\n ", "").splitlines()  # unfold RFC 5545 lines
    >>> [line for line in lines if line.startswith(("DTSTART", "RRULE", "SUMMARY"))]
    ['SUMMARY:Commission de suivi sécuritaire : réunion attendue', 'DTSTART;VALUE=DATE:20130630', 'RRULE:FREQ=MONTHLY;UNTIL=20140630;INTERVAL=3;BYMONTHDAY=-1']

    .. versionadded:: 0.1.0
    """
    from maghreb_accord._checks import date_argument

    date_argument(until, "until", optional=True)
    try:
        import icalendar
    except ImportError as error:
        raise ImportError(_EXTRA_HINT) from error
    from maghreb_accord.locales import text_language
    from maghreb_accord.schedule import ExpectedMeeting, anchor

    start = anchor(agreement, body_id)
    french = text_language(locale) == "fr"
    name = start.body.name.in_locale(locale)
    cadence = start.cadence.in_locale(locale)
    window = ExpectedMeeting(
        body=start.body.id, index=0, earliest=start.earliest, latest=start.latest
    ).in_locale(locale)
    if french:
        summary = f"{name} : réunion attendue"
        description = (
            f"Première réunion : {window}. Ensuite {cadence}, chaque fenêtre commençant le"
            " lendemain de la précédente ; l'événement tombe sur le dernier jour de la fenêtre."
        )
    else:
        summary = f"{name}: اجتماع مرتقب"
        description = (
            f"الاجتماع الأول: {window}. ثم {cadence}، تبدأ كل فترة في اليوم التالي لنهاية"
            " سابقتها؛ ويقع الحدث في آخر يوم من الفترة."
        )
    venue = start.first.venue
    place = []
    if venue is not None:
        place = [venue.city.in_locale(locale)] if venue.city else []
        place.append(agreement.state(venue.state).name.in_locale(locale))

    calendar = icalendar.Calendar()
    calendar.add("version", "2.0")
    calendar.add("prodid", f"-//maghreb_accord//{agreement.id}//{'FR' if french else 'AR'}")
    event = icalendar.Event()
    event.add("uid", f"{agreement.id}.{start.body.id}@maghreb-accord")
    event.add("dtstart", start.latest)
    event.add("dtend", start.latest + datetime.timedelta(days=1))
    event.add("dtstamp", stamp or datetime.datetime.now(datetime.UTC))
    event.add("summary", summary)
    event.add("description", description)
    event.add("location", ("، " if not french else ", ").join(place))
    event.add("transp", "TRANSPARENT")
    event.add("rrule", recurrence_rule(start.cadence, start.latest, until=until))
    calendar.add_component(event)
    return bytes(calendar.to_ical()).decode("utf-8")
