"""Dates as precise as the sources: a day, a month, a year, or bounds.

A source that says "before the end of June" gives a bound, not a day; one that says "in June"
gives a month. These are different values, and none of them invents a day:

* :class:`Day` — the day is known;
* :class:`Month` — only the month is known;
* :class:`Year` — only the year is known;
* :class:`Between` — only bounds are known: ``not_before``, ``not_after``, or both.

Each has the same small interface: ``earliest`` and ``latest`` (the first and last days it
may be, ``None`` where unbounded), ``edtf`` (its text in the JSON format, a subset of the
Library of Congress's Extended Date/Time Format, ISO 8601-2) and ``in_locale(locale)``.

>>> from maghreb_accord import parse_when
>>> parse_when("2013-06")
Month(year=2013, month=6)
>>> parse_when("../2013-06-30").latest
datetime.date(2013, 6, 30)
"""

import datetime
import re
from typing import TYPE_CHECKING, Final, TypeAlias

import attrs

from . import _checks
from ._shared import Shared
from .errors import AccordDataError, Problem

if TYPE_CHECKING:
    from .locales import LocaleLike

__all__ = ["Between", "Day", "Month", "When", "Year", "add_months", "parse_when"]

# The shapes of dates in JSON, each written once: the parsers and the JSON Schema read them.
_MONTH_NUMBER: Final = "(0[1-9]|1[0-2])"
_DAY_PATTERN: Final = re.compile(f"[0-9]{{4}}-{_MONTH_NUMBER}-(0[1-9]|[12][0-9]|3[01])")
"""A day as JSON writes it, ``YYYY-MM-DD``, as far as a pattern can tell (not ``2013-02-30``)."""
_MONTH: Final = re.compile(f"([0-9]{{4}})-{_MONTH_NUMBER}")
_YEAR: Final = re.compile(r"[0-9]{4}")
# Digits in a day's places: a date, though perhaps not a valid one.
_DAY_SHAPE: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DAY = _DAY_PATTERN.pattern
_WHEN_PATTERN: Final = "|".join(
    (
        _DAY,
        _MONTH.pattern.replace("([0-9]{4})", "[0-9]{4}"),
        _YEAR.pattern,
        f"\\.\\./{_DAY}",
        f"{_DAY}/\\.\\.",
        f"{_DAY}/{_DAY}",
    )
)
"""Every shape of a :data:`When` in JSON, as one regular expression (without anchors)."""


def _parse_day(value: object) -> datetime.date:
    """Read a day written ``YYYY-MM-DD``; anything else raises AccordDataError."""
    if type(value) is not str or not _DAY_SHAPE.fullmatch(value):
        message = f"expected a date as 'YYYY-MM-DD', got {_checks.show_json(value)}"
        raise AccordDataError([Problem("$", message, code="type")])
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        message = f"{value!r} has the shape of a day, but there is no such day"
        raise _NoSuchDay([Problem("$", message, code="pattern")]) from None


class _NoSuchDay(AccordDataError):
    """A text shaped ``YYYY-MM-DD`` that names no day (2013-02-30): said as it is, wherever."""


def add_months(day: datetime.date, months: int, *, month_end: bool = False) -> datetime.date:
    """``day`` moved by ``months`` calendar months, clamped to the end of a shorter month.

    >>> import datetime
    >>> from maghreb_accord import add_months
    >>> add_months(datetime.date(2013, 1, 31), 1)
    datetime.date(2013, 2, 28)
    >>> add_months(datetime.date(2012, 1, 31), 1), add_months(datetime.date(2013, 1, 31), 2)
    (datetime.date(2012, 2, 29), datetime.date(2013, 3, 31))

    With ``month_end``, a day that ends its month moves to the end of the target month, as
    people mean "by the end of the month": 30 June and six months give 31 December.

    >>> june_30 = datetime.date(2013, 6, 30)
    >>> add_months(june_30, 6), add_months(june_30, 6, month_end=True)
    (datetime.date(2013, 12, 30), datetime.date(2013, 12, 31))

    Raises :class:`OverflowError` past the years :mod:`datetime` supports (1 to 9999).

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.1.0 ``month_end``.
    """
    import calendar

    _checks.date_argument(day, "day")
    years, month_index = divmod(day.month - 1 + months, 12)
    year = day.year + years
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        raise OverflowError(f"year {year} is out of the range datetime supports")
    month = month_index + 1
    last = calendar.monthrange(year, month)[1]
    if month_end and _is_month_end(day):
        return datetime.date(year, month, last)
    return datetime.date(year, month, min(day.day, last))


def _is_month_end(day: datetime.date) -> bool:
    return (day + datetime.timedelta(days=1)).day == 1 if day < datetime.date.max else True


def _year(value: object, path: str) -> list[Problem]:
    problems = _checks.instance(value, path, int, "an integer")
    if not problems and not datetime.MINYEAR <= value <= datetime.MAXYEAR:  # type: ignore[operator]
        problems.append(Problem(path, f"must be a year from 1 to 9999, got {value}", code="bounds"))
    return problems


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Day(Shared):
    """A date known to the day.

    >>> import datetime
    >>> from maghreb_accord import Day
    >>> held = Day(date=datetime.date(2013, 4, 21))
    >>> held.edtf, held.in_locale("ar_MA"), held.in_locale("fr")
    ('2013-04-21', '21 أبريل 2013', '21 avril 2013')

    .. versionadded:: 0.1.0
    """

    #: The day.
    date: datetime.date

    def __attrs_post_init__(self) -> None:
        if type(self.date) is not datetime.date:
            _checks.raise_if(
                [Problem("$.date", f"expected a date, got {self.date!r}", code="type")]
            )

    @property
    def earliest(self) -> datetime.date:
        """The first day it may be: the day itself."""
        return self.date

    @property
    def latest(self) -> datetime.date:
        """The last day it may be: the day itself."""
        return self.date

    @property
    def edtf(self) -> str:
        """The day as written in the JSON format: ``2013-04-21``."""
        return self.date.isoformat()

    def in_locale(self, locale: "LocaleLike") -> str:
        """The day as ``locale`` writes dates."""
        from .locales import format_date

        return format_date(self.date, locale)


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Month(Shared):
    """A date known only to the month.

    >>> from maghreb_accord import Month
    >>> june = Month(year=2013, month=6)
    >>> june.earliest, june.latest
    (datetime.date(2013, 6, 1), datetime.date(2013, 6, 30))
    >>> june.in_locale("ar_DZ"), june.in_locale("fr")
    ('جوان 2013', 'juin 2013')

    .. versionadded:: 0.1.0
    """

    #: The year.
    year: int
    #: The month, 1 to 12.
    month: int

    def __attrs_post_init__(self) -> None:
        problems = _year(self.year, "$.year")
        problems += _checks.instance(self.month, "$.month", int, "an integer")
        if not problems and not 1 <= self.month <= 12:
            problems.append(
                Problem("$.month", f"must be from 1 to 12, got {self.month}", code="bounds")
            )
        _checks.raise_if(problems)

    @property
    def earliest(self) -> datetime.date:
        """The first day of the month."""
        return datetime.date(self.year, self.month, 1)

    @property
    def latest(self) -> datetime.date:
        """The last day of the month."""
        # The day before the next month's first: the Agreement sorts its meetings by this
        # when built, and the calendar module (with locale) costs a cold load() 2 ms.
        if self.month == 12:
            return datetime.date(self.year, 12, 31)
        return datetime.date(self.year, self.month + 1, 1) - datetime.timedelta(days=1)

    @property
    def edtf(self) -> str:
        """The month as written in the JSON format: ``2013-06``."""
        return f"{self.year:04d}-{self.month:02d}"

    def in_locale(self, locale: "LocaleLike") -> str:
        """The month and year as ``locale`` writes them."""
        from .locales import format_skeleton

        return format_skeleton("yMMMM", self.earliest, locale)


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Year(Shared):
    """A date known only to the year.

    >>> from maghreb_accord import Year
    >>> Year(year=2013).latest
    datetime.date(2013, 12, 31)

    .. versionadded:: 0.1.0
    """

    #: The year.
    year: int

    def __attrs_post_init__(self) -> None:
        _checks.raise_if(_year(self.year, "$.year"))

    @property
    def earliest(self) -> datetime.date:
        """1 January of the year."""
        return datetime.date(self.year, 1, 1)

    @property
    def latest(self) -> datetime.date:
        """31 December of the year."""
        return datetime.date(self.year, 12, 31)

    @property
    def edtf(self) -> str:
        """The year as written in the JSON format: ``2013``."""
        return f"{self.year:04d}"

    def in_locale(self, locale: "LocaleLike") -> str:
        """The year, in the locale's digits."""
        from .locales import format_skeleton

        return format_skeleton("y", self.earliest, locale)


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Between(Shared):
    """A date known only by bounds: not before one day, not after another, or both.

    >>> import datetime
    >>> from maghreb_accord import Between
    >>> deadline = Between(not_after=datetime.date(2013, 6, 30))
    >>> deadline.edtf, deadline.earliest
    ('../2013-06-30', None)
    >>> deadline.in_locale("ar_MA"), deadline.in_locale("fr")
    ('في موعد أقصاه 30 يونيو 2013', 'au plus tard le 30 juin 2013')

    .. versionadded:: 0.1.0
    """

    #: The first day it may be, if bounded below.
    not_before: datetime.date | None = None
    #: The last day it may be, if bounded above.
    not_after: datetime.date | None = None

    def __attrs_post_init__(self) -> None:
        problems = _checks.optional_date(self.not_before, "$.not_before")
        problems += _checks.optional_date(self.not_after, "$.not_after")
        if not problems:
            if self.not_before is None and self.not_after is None:
                problems.append(
                    Problem("$", "needs not_before, not_after or both", code="inconsistent")
                )
            elif self.not_before and self.not_after and self.not_after < self.not_before:
                problems.append(
                    Problem("$.not_after", "must not be before not_before", code="inconsistent")
                )
        _checks.raise_if(problems)

    @property
    def earliest(self) -> datetime.date | None:
        """The first day it may be, or None if unbounded."""
        return self.not_before

    @property
    def latest(self) -> datetime.date | None:
        """The last day it may be, or None if unbounded."""
        return self.not_after

    @property
    def edtf(self) -> str:
        """The bounds as an EDTF interval: ``../2013-06-30``, ``2013-04-21/2013-06-30``."""
        start = self.not_before.isoformat() if self.not_before else ".."
        end = self.not_after.isoformat() if self.not_after else ".."
        return f"{start}/{end}"

    def in_locale(self, locale: "LocaleLike") -> str:
        """The bounds in words, in the locale's language and date style."""
        from .locales import format_date, text_language

        arabic = text_language(locale) == "ar"
        if self.not_before and self.not_after:
            first, last = format_date(self.not_before, locale), format_date(self.not_after, locale)
            return f"بين {first} و{last}" if arabic else f"entre le {first} et le {last}"
        if self.not_after:
            day = format_date(self.not_after, locale)
            return f"في موعد أقصاه {day}" if arabic else f"au plus tard le {day}"
        assert self.not_before is not None
        day = format_date(self.not_before, locale)
        return f"ابتداء من {day}" if arabic else f"à partir du {day}"


When: TypeAlias = Day | Month | Year | Between
"""Any date as precise as its sources: a :class:`Day`, :class:`Month`, :class:`Year` or
:class:`Between`."""


def parse_when(text: str) -> When:
    """Read a date in the JSON format: ``2013-04-21``, ``2013-06``, ``2013``, or bounds.

    Bounds are an EDTF interval with ``..`` for an open end: ``../2013-06-30``,
    ``2013-04-21/..``, ``2013-04-21/2013-06-30``. Anything else raises
    :class:`~maghreb_accord.AccordDataError`.

    >>> from maghreb_accord import parse_when
    >>> parse_when("2013-04-21")
    Day(date=datetime.date(2013, 4, 21))
    >>> parse_when("2013-04-21/2013-06-30").in_locale("fr")
    'entre le 21 avril 2013 et le 30 juin 2013'

    .. versionadded:: 0.1.0
    """
    if type(text) is not str:
        raise AccordDataError(
            [Problem("$", f"expected a date as a string, got {text!r}", code="type")]
        )
    reversed_bounds = False
    try:
        if "/" in text:
            start, _, end = text.partition("/")
            first, last = _bound(start), _bound(end)
            if first and last and last < first:
                reversed_bounds = True
            else:
                return Between(not_before=first, not_after=last)
        elif _DAY_SHAPE.fullmatch(text):
            return Day(date=_parse_day(text))
        elif month := _MONTH.fullmatch(text):
            return Month(year=int(month[1]), month=int(month[2]))
        elif _YEAR.fullmatch(text):
            return Year(year=int(text))
    except _NoSuchDay as error:
        raise AccordDataError(error.problems) from None  # the public type, not ours
    except (ValueError, AccordDataError):
        pass  # not a date in any of the forms: said below
    if reversed_bounds:
        raise AccordDataError(
            [Problem("$", f"{text!r} ends before it starts", code="inconsistent")]
        )
    raise AccordDataError(
        [
            Problem(
                "$",
                f"{text!r} is not a date: use YYYY-MM-DD, YYYY-MM, YYYY, or bounds such as"
                " ../YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD",
                code="pattern",
            )
        ]
    )


def _bound(text: str) -> datetime.date | None:
    if text == "..":
        return None
    return _parse_day(text)
