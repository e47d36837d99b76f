"""The timeline's content: per body, its expected windows and recorded meetings, in words.

What the timeline says is built here, in one language, from the same pieces as every other
output (the words of :mod:`.words`, the dates of :mod:`maghreb_accord.locales`); where it
stands on the page is :mod:`maghreb_accord.export.svg`'s business. Every mark carries the
text a reader hovers on: a window's dates and how it stands, a meeting's name and date.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

import attrs

from maghreb_accord import schedule
from maghreb_accord.compliance import WindowStatus
from maghreb_accord.dates import Day
from maghreb_accord.errors import ScheduleError
from maghreb_accord.locales import LocaleLike, format_date, format_skeleton

from .blocks import Language
from .views import (
    STATUSES,
    as_of_words,
    bcp47,
    language_of,
    status_words,
    window_counts,
    window_status,
    window_words,
)
from .words import capitalized, words

if TYPE_CHECKING:
    from maghreb_accord.agreement import Agreement
    from maghreb_accord.compliance import ComplianceWindow
    from maghreb_accord.model import Meeting


@attrs.frozen(kw_only=True)
class WindowMark:
    """A window of a body's series, and what a reader hovering on it reads."""

    index: int
    earliest: datetime.date
    latest: datetime.date
    status: WindowStatus
    title: str


@attrs.frozen(kw_only=True)
class MeetingMark:
    """A held meeting: a point when known to the day, else the span of its bounds.

    An open bound (a meeting known only as "not after" a day) is ``None``.
    """

    id: str
    earliest: datetime.date | None
    latest: datetime.date | None
    title: str

    @property
    def to_the_day(self) -> bool:
        """Whether the meeting's day is known."""
        return self.earliest is not None and self.earliest == self.latest


@attrs.frozen(kw_only=True)
class Lane:
    """One body: its name and cadence, its windows and its held meetings."""

    body: str
    name: str
    cadence: str
    summary: str
    windows: tuple[WindowMark, ...]
    meetings: tuple[MeetingMark, ...]
    #: With no window yet by the day drawn: when the first one starts, in words (the
    #: summary says that none had by the day).
    not_yet: str = ""


@attrs.frozen(kw_only=True)
class Timeline:
    """Everything the timeline says, in one language, and the days it spans."""

    language: Language
    #: The BCP 47 tag of the locale, for ``xml:lang``.
    lang: str
    title: str
    #: "as of" and the day, as the locale writes it.
    as_of_text: str
    description: str
    lanes: tuple[Lane, ...]
    #: The legend: each window status with its words, in :data:`STATUSES` order; then the
    #: words for a meeting known to the day and for one known by bounds.
    legend: tuple[tuple[WindowStatus, str], ...]
    meeting_to_the_day: str
    meeting_by_bounds: str
    #: The first day drawn, and the day after the last (the day after ``as_of``).
    start: datetime.date
    end: datetime.date
    #: Each year the time axis crosses, with its name in the locale (digits as CLDR has them).
    years: tuple[tuple[int, str], ...]


def timeline_bodies(accord: Agreement) -> tuple[str, ...]:
    """The bodies whose series can be drawn: a cadence, and a meeting to anchor it on."""
    drawn = []
    for body in accord.bodies:
        if body.cadence is None:
            continue
        try:
            schedule._anchor(accord, body.id)
        except ScheduleError:
            continue
        drawn.append(body.id)
    return tuple(drawn)


def _status_words(locale: LocaleLike) -> tuple[dict[WindowStatus, str], dict[WindowStatus, str]]:
    """Each status in a window's hover text, and in the legend."""
    short = {status: status_words(status, locale) for status in STATUSES}
    legend = {status: status_words(status, locale, "legend") for status in STATUSES}
    return short, legend


def _meeting_when(meeting: Meeting, locale: LocaleLike) -> str:
    if isinstance(meeting.when, Day):
        return format_date(meeting.when.date, locale)
    return meeting.when.in_locale(locale)


def _window_mark(
    accord: Agreement,
    window: ComplianceWindow,
    locale: LocaleLike,
) -> WindowMark:
    table = words(locale)
    colon, comma = table["colon"], table["comma"]
    text = (
        f"{table['window']} {window.index}{colon}"
        f"{window_words(window.earliest, window.latest, locale)}"
        f" — {window_status(window.status, locale)}"
    )
    named = window.meetings if window.status is WindowStatus.MET else window.uncertain
    if window.status in (WindowStatus.MET, WindowStatus.UNCERTAIN) and named:
        names = comma.join(accord.meeting(m).name.in_locale(locale) for m in named)
        text += f"{colon}{names}"
    return WindowMark(
        index=window.index,
        earliest=window.earliest,
        latest=window.latest,
        status=window.status,
        title=text,
    )


def _lane(
    accord: Agreement,
    body_id: str,
    locale: LocaleLike,
    as_of: datetime.date,
    short: Mapping[WindowStatus, str],
) -> Lane:
    table = words(locale)
    colon = table["colon"]
    body = accord.body(body_id)
    report = accord.compliance(body_id, as_of=as_of)  # ScheduleError without a cadence
    assert body.cadence is not None
    # The meetings the report weighs: held, and begun by as_of.
    meetings = tuple(
        MeetingMark(
            id=meeting.id,
            earliest=meeting.when.earliest,
            latest=meeting.when.latest,
            title=f"{meeting.name.in_locale(locale)} — {_meeting_when(meeting, locale)}",
        )
        for meeting in accord.meetings_of(body_id)
        if schedule._standing_in(accord, meeting, as_of) is not None
    )
    counts = window_counts(report, locale)
    name, cadence = body.name.in_locale(locale), body.cadence.label.in_locale(locale)
    not_yet = summary = ""
    if not report.windows:  # drawn for a day before the series starts: say when it does
        start = schedule._anchor(accord, body_id).earliest
        starts = f"{table['first_window_starts']} {format_date(start, locale)}"
        summary = f"{table['no_window_until']} {format_date(as_of, locale)}{colon}{starts}"
        not_yet = capitalized(starts)
    return Lane(
        body=body.id,
        name=name,
        cadence=cadence,
        summary=f"{name} ({cadence}){colon}{summary or counts}",
        windows=tuple(_window_mark(accord, w, locale) for w in report.windows),
        meetings=meetings,
        not_yet=not_yet,
    )


def _span(lanes: Iterable[Lane], as_of: datetime.date) -> tuple[datetime.date, datetime.date]:
    """The first day drawn (1 January of the first year) and the day after ``as_of``."""
    days = [as_of]
    for lane in lanes:
        days += [w.earliest for w in lane.windows]
        days += [day for m in lane.meetings for day in (m.earliest, m.latest) if day is not None]
    first = min(days).replace(month=1, day=1)
    end = as_of + datetime.timedelta(days=1) if as_of < datetime.date.max else as_of
    return first, end


def timeline_document(
    accord: Agreement,
    locale: LocaleLike,
    *,
    as_of: datetime.date,
    bodies: Iterable[str] | None = None,
) -> Timeline:
    """The timeline of ``bodies`` (default: every body whose series can be drawn) in ``locale``."""
    table = words(locale)
    short, legend = _status_words(locale)
    chosen = timeline_bodies(accord) if bodies is None else tuple(bodies)
    lanes = tuple(_lane(accord, body_id, locale, as_of, short) for body_id in chosen)
    start, end = _span(lanes, as_of)
    years = tuple(
        (year, format_skeleton("y", datetime.date(year, 1, 1), locale))
        for year in range(start.year, end.year + 1)
    )
    as_of_text = as_of_words(accord, as_of, locale)
    about = table["timeline_about"] if lanes else table["timeline_empty"]
    description = ". ".join([f"{table['timeline']}{table['comma']}{as_of_text}", about])
    description += "".join(f". {lane.summary}" for lane in lanes) + "."
    return Timeline(
        language=language_of(locale),
        lang=bcp47(locale),
        title=table["timeline"],
        as_of_text=as_of_text,
        description=description,
        lanes=lanes,
        legend=tuple((status, legend[status]) for status in STATUSES),
        meeting_to_the_day=table["legend_meeting_day"],
        meeting_by_bounds=table["legend_meeting_bounds"],
        start=start,
        end=end,
        years=years,
    )
