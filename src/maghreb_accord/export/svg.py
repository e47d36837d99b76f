"""The record after Rabat as an SVG timeline, in Arabic (right to left) or French.

Plain SVG 1.1, written as text: no browser, no script, no font of its own. Each body with a
cadence is a lane: its windows (see :mod:`maghreb_accord.compliance`) are bands coloured by
how they stand, its held meetings are marks under them (a diamond for a meeting known to
the day, a bar across the bounds of one known only by bounds, such as a month), and a year
axis and a legend follow. Time runs the way the language reads: left to right in French,
right to left in Arabic, whose whole drawing is mirrored, legend and labels included.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from html import escape
from typing import TYPE_CHECKING, Final

from maghreb_accord._render.timeline import (
    MeetingMark,
    Timeline,
    timeline_document,
)
from maghreb_accord.compliance import WindowStatus
from maghreb_accord.errors import LocaleError
from maghreb_accord.locales import output_locales

if TYPE_CHECKING:
    from maghreb_accord.agreement import Agreement
    from maghreb_accord.locales import LocaleLike

__all__ = ["to_svg"]

#: The drawing's width in user units (pixels at 100 %); its height follows the lanes.
_WIDTH: Final = 800
_MARGIN: Final = 24
_PLOT: Final = _WIDTH - 2 * _MARGIN
_FONT: Final = 13
_TITLE_FONT: Final = 17
_NAME_FONT: Final = 14
_SMALL_FONT: Final = 12
#: How wide a character is, at most, as a share of the font size: enough for the Latin and
#: Arabic of the common sans-serif fonts (DejaVu Sans is the widest), bold included.
_CHARACTER_WIDTH: Final = 0.62
_BOLD_WIDTH: Final = 0.7
_BAND: Final = 22
_ROW: Final = 13
_FONTS: Final = "system-ui, 'Noto Sans', 'Noto Naskh Arabic', 'DejaVu Sans', sans-serif"

#: Each status's fill: the Okabe–Ito colours, told apart by readers with a colour vision
#: deficiency; a window with no meeting recorded is also hatched, so it shows in grey too.
_FILLS: Final = {
    WindowStatus.MET: "#009E73",
    WindowStatus.UNCERTAIN: "#F0E442",
    WindowStatus.OPEN: "#E6E6E6",
}
_GAP: Final = "#D55E00"
_INK: Final = "#222222"
_MUTED: Final = "#555555"
_GRID: Final = "#D0D0D0"

# Characters XML 1.0 forbids, even escaped: most C0 controls, surrogates, U+FFFE and U+FFFF.
_NOT_XML: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _text(value: str) -> str:
    """``value`` as XML character data or an attribute value: escaped, and XML-safe."""
    return escape(_NOT_XML.sub("\ufffd", value), quote=False).replace('"', "&quot;")


def _n(value: float) -> str:
    """A coordinate, with at most two decimals and no trailing zero."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _fit(text: str, width: float, font: float, *, bold: bool = False) -> str:
    """``text``, cut with an ellipsis where it would be wider than ``width`` at ``font``."""
    most = int(width / (font * (_BOLD_WIDTH if bold else _CHARACTER_WIDTH)))
    return text if len(text) <= most else text[: max(most - 1, 0)].rstrip() + "…"


class _Page:
    """The geometry of one timeline: where a day stands, and which way text runs."""

    def __init__(self, timeline: Timeline) -> None:
        self.rtl = timeline.language == "ar"
        self.first = timeline.start.toordinal()
        self.days = max(timeline.end.toordinal() - self.first, 1)
        self.start_x = _WIDTH - _MARGIN if self.rtl else _MARGIN  # where text starts

    def x(self, ordinal: float) -> float:
        """Where a day (an ordinal; its start) stands on the time axis."""
        share = min(max((ordinal - self.first) / self.days, 0.0), 1.0)
        return _WIDTH - _MARGIN - share * _PLOT if self.rtl else _MARGIN + share * _PLOT

    def span(self, first: datetime.date | None, last: datetime.date | None) -> tuple[float, float]:
        """The left and right ends of the days ``first`` to ``last``, both included.

        An open bound runs to the edge of the axis.
        """
        a = self.x(first.toordinal() if first else self.first)
        b = self.x(last.toordinal() + 1 if last else self.first + self.days)
        return min(a, b), max(a, b)

    def inward(self, offset: float) -> float:
        """``offset`` units from the edge text starts at, into the drawing."""
        return self.start_x - offset if self.rtl else self.start_x + offset


def _title(text: str) -> str:
    return f"<title>{_text(text)}</title>"


def _label(x: float, y: float, text: str, *, size: int = _FONT, extra: str = "") -> str:
    return f'<text x="{_n(x)}" y="{_n(y)}" font-size="{size}"{extra}>{_text(text)}</text>'


def _rows(page: _Page, meetings: Iterable[MeetingMark]) -> list[tuple[MeetingMark, int]]:
    """Each meeting with the row it is drawn in: a mark never covers another."""
    placed: list[tuple[MeetingMark, int]] = []
    ends: list[float] = []  # the right end of the last mark in each row
    extents = []
    for meeting in meetings:
        left, right = page.span(meeting.earliest, meeting.latest)
        if meeting.to_the_day:
            middle = (left + right) / 2
            left, right = middle - 6, middle + 6
        extents.append((left, right, meeting))
    for left, right, meeting in sorted(extents, key=lambda e: (e[0], e[1], e[2].id)):
        for row, end in enumerate(ends):
            if left > end + 2:
                ends[row] = right
                break
        else:
            row = len(ends)
            ends.append(right)
        placed.append((meeting, row))
    return placed


def _meeting(page: _Page, meeting: MeetingMark, y: float) -> str:
    left, right = page.span(meeting.earliest, meeting.latest)
    title = _title(meeting.title)
    if meeting.to_the_day:
        x = (left + right) / 2
        points = f"{_n(x)},{_n(y - 6)} {_n(x + 6)},{_n(y)} {_n(x)},{_n(y + 6)} {_n(x - 6)},{_n(y)}"
        return (
            f'<polygon class="meeting" points="{points}" fill="{_INK}" stroke="#FFFFFF"'
            f' stroke-width="1">{title}</polygon>'
        )
    if right - left < 3:  # a span narrower than a stroke still shows
        middle = (left + right) / 2
        left, right = middle - 1.5, middle + 1.5
    return (
        f'<rect class="meeting bounds" x="{_n(left)}" y="{_n(y - 3)}" width="{_n(right - left)}"'
        f' height="6" rx="2" fill="{_MUTED}">{title}</rect>'
    )


def _fill(status: WindowStatus, gap: str) -> str:
    return f"url(#{gap})" if status is WindowStatus.NO_MEETING_RECORDED else _FILLS[status]


def _window_attributes(status: WindowStatus, gap: str, kind: str = "window") -> str:
    stroke = (
        f'stroke="{_MUTED}" stroke-dasharray="3 2"'
        if status is WindowStatus.OPEN
        else 'stroke="#FFFFFF"'
    )
    return f'class="{kind} {status.value}" fill="{_fill(status, gap)}" {stroke} stroke-width="1"'


def _year_step(page: _Page) -> int:
    """Every how many years the axis is labelled: labels at least 44 units apart."""
    per_year = _PLOT * 365.2425 / page.days
    for step in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000):
        if step * per_year >= 44:
            return step
    return 10000


def _axis(page: _Page, timeline: Timeline, spans: list[tuple[float, float]], y: float) -> list[str]:
    """Gridlines, the axis line at ``y``, ticks and year labels.

    The gridlines run across each of ``spans`` (from one y to another): the lanes' bands and
    marks, never their names.
    """
    step = _year_step(page)
    grid, marks = (
        [],
        [
            f'<line x1="{_MARGIN}" y1="{_n(y)}" x2="{_WIDTH - _MARGIN}" y2="{_n(y)}" stroke="{_INK}"/>'
        ],
    )
    label_width = 5 * _SMALL_FONT * _CHARACTER_WIDTH
    for year, name in timeline.years:
        tick = datetime.date(year, 1, 1).toordinal()
        if page.first < tick < page.first + page.days and year % step == 0:
            x = page.x(tick)
            grid += [
                f'<line x1="{_n(x)}" y1="{_n(y1)}" x2="{_n(x)}" y2="{_n(y2)}" stroke="{_GRID}"/>'
                for y1, y2 in spans
            ]
            marks.append(
                f'<line x1="{_n(x)}" y1="{_n(y)}" x2="{_n(x)}" y2="{_n(y + 5)}" stroke="{_INK}"/>'
            )
        if step == 1:  # each year's name in the middle of its stretch, if it has room
            first = max(tick, page.first)
            last = min(datetime.date(year, 12, 31).toordinal() + 1, page.first + page.days)
            left, right = sorted((page.x(first), page.x(last)))
            if right - left >= label_width:
                marks.append(_centred((left + right) / 2, y + 18, name))
        elif year % step == 0 and page.first <= tick <= page.first + page.days:
            x = page.x(tick)
            if _MARGIN + label_width / 2 <= x <= _WIDTH - _MARGIN - label_width / 2:
                marks.append(_centred(x, y + 18, name))
    return [*grid, *marks]


def _centred(x: float, y: float, text: str) -> str:
    return _label(x, y, text, size=_SMALL_FONT, extra=' text-anchor="middle" class="year"')


def _legend(page: _Page, timeline: Timeline, top: float, gap: str) -> list[str]:
    parts = []
    width = _PLOT - 34
    for row, (status, words) in enumerate(timeline.legend):
        y = top + row * 20
        x = page.inward(24) if page.rtl else page.inward(0)
        parts.append(
            f'<rect x="{_n(x)}" y="{_n(y)}" width="24" height="12"'
            f" {_window_attributes(status, gap, 'legend')}/>"
        )
        parts.append(_label(page.inward(32), y + 10.5, _fit(words, width, _FONT)))
    y = top + len(timeline.legend) * 20
    x = page.inward(12)
    diamond = (
        f"{_n(x)},{_n(y)} {_n(x + 6)},{_n(y + 6)} {_n(x)},{_n(y + 12)} {_n(x - 6)},{_n(y + 6)}"
    )
    parts.append(f'<polygon class="legend meeting" points="{diamond}" fill="{_INK}"/>')
    parts.append(_label(page.inward(32), y + 10.5, _fit(timeline.meeting_to_the_day, width, _FONT)))
    y += 20
    bar = page.inward(24) if page.rtl else page.inward(0)
    parts.append(
        f'<rect class="legend meeting bounds" x="{_n(bar)}" y="{_n(y + 3)}" width="24"'
        f' height="6" rx="2" fill="{_MUTED}"/>'
    )
    parts.append(_label(page.inward(32), y + 10.5, _fit(timeline.meeting_by_bounds, width, _FONT)))
    return parts


def _lane_label(page: _Page, name: str, cadence: str, y: float) -> tuple[list[str], float]:
    """The body's name in bold, then its cadence; and how much lower the lane's band goes.

    The cadence follows the name on its line where there is room, else on a line of its
    own; a name too long for the drawing is cut (the lane's title keeps it whole).
    """
    shown = _fit(name, _PLOT, _NAME_FONT, bold=True)
    bold = f'<tspan font-size="{_NAME_FONT}" font-weight="bold">{_text(shown)}</tspan>'
    room = _PLOT - len(shown) * _NAME_FONT * _BOLD_WIDTH
    after = f" — {cadence}"
    if len(after) * _FONT * _CHARACTER_WIDTH <= room:
        line = f'<tspan fill="{_MUTED}">{_text(after)}</tspan>'
        return [f'<text x="{_n(page.start_x)}" y="{_n(y)}" class="body">{bold}{line}</text>'], 0
    return [
        f'<text x="{_n(page.start_x)}" y="{_n(y)}" class="body">{bold}</text>',
        _label(
            page.start_x,
            y + 17,
            _fit(cadence, _PLOT, _FONT),
            extra=f' fill="{_MUTED}" class="cadence"',
        ),
    ], 17


def _svg_element(timeline: Timeline, *, standalone: bool = True) -> str:
    """The ``<svg>`` element of ``timeline``; ``standalone``: with its title drawn, and a size.

    Inside an HTML page (not ``standalone``) the page's heading says the title, and the
    drawing takes the width of its container.
    """
    page = _Page(timeline)
    gap = f"timeline-{timeline.lang}-no-meeting-recorded"
    body: list[str] = [
        _title(timeline.title),
        f"<desc>{_text(timeline.description)}</desc>",
        f'<defs><pattern id="{_text(gap)}" width="6" height="6" patternUnits="userSpaceOnUse"'
        ' patternTransform="rotate(45)">'
        f'<rect width="6" height="6" fill="{_GAP}"/>'
        '<rect width="2" height="6" fill="#FFFFFF" fill-opacity="0.55"/></pattern></defs>',
    ]
    # White under everything: the drawing stays readable on a dark page.
    body.append('<rect class="background" width="100%" height="100%" fill="#FFFFFF"/>')
    # Inside a page, the page's heading is the title: the drawing starts at the day.
    head = 28.0 if standalone else 0.0
    if standalone:
        title = _fit(timeline.title, _PLOT, _TITLE_FONT, bold=True)
        body.append(_label(page.start_x, 28, title, size=_TITLE_FONT, extra=' font-weight="bold"'))
    as_of = _fit(timeline.as_of_text, _PLOT, _FONT)
    body.append(_label(page.start_x, head + 20, as_of, extra=f' fill="{_MUTED}" class="as-of"'))
    top = head + 38
    lanes: list[str] = []
    spans: list[tuple[float, float]] = []  # where gridlines run: under no lane's name
    for lane in timeline.lanes:
        rows = _rows(page, lane.meetings)
        count = max((row for _, row in rows), default=0) + 1
        parts = [_title(lane.summary)]
        label, lower = _lane_label(page, lane.name, lane.cadence, top + 15)
        parts += label
        band = top + 24 + lower
        for window in lane.windows:
            left, right = page.span(window.earliest, window.latest)
            if right - left < 4:  # a window of a day or two still shows
                middle = (left + right) / 2
                left, right = middle - 2, middle + 2
            parts.append(
                f'<rect x="{_n(left)}" y="{_n(band)}" width="{_n(right - left)}"'
                f' height="{_BAND}" {_window_attributes(window.status, gap)}>'
                f"{_title(window.title)}</rect>"
            )
        if lane.not_yet:  # no window by the day drawn: the band's place says so
            parts.append(_label(page.start_x, band + 13, _fit(lane.not_yet, _PLOT, _FONT)))
        marks = band + _BAND + 5 + _ROW / 2
        parts += [_meeting(page, meeting, marks + row * _ROW) for meeting, row in rows]
        lanes.append(f'<g class="lane">{"".join(parts)}</g>')
        spans.append((band - 4, band + _BAND + 5 + count * _ROW + 14))
        top = band + _BAND + 5 + count * _ROW + 14
    if not timeline.lanes:
        lanes.append(_label(page.start_x, top + 15, _fit(timeline.description, _PLOT, _FONT)))
        top += 24
    axis_y = top + 2
    if spans:  # the last stretch reaches the axis
        spans[-1] = (spans[-1][0], axis_y)
    body += _axis(page, timeline, spans, axis_y)
    body += lanes
    body += _legend(page, timeline, axis_y + 34, gap)
    height = axis_y + 34 + (len(timeline.legend) + 2) * 20
    size = f' width="{_WIDTH}" height="{_n(height)}"' if standalone else ""
    direction = "rtl" if page.rtl else "ltr"
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1"{size}'
        f' viewBox="0 0 {_WIDTH} {_n(height)}" xml:lang="{_text(timeline.lang)}"'
        f' direction="{direction}" font-family="{_FONTS}" font-size="{_FONT}"'
        f' fill="{_INK}" class="maghreb-accord-timeline">\n' + "\n".join(body) + "\n</svg>"
    )


def _timeline(
    agreement: Agreement,
    locale: LocaleLike,
    *,
    as_of: datetime.date | None,
    bodies: Iterable[str] | None,
) -> Timeline:
    """The timeline's content, after the checks :func:`to_svg` makes."""
    locales = output_locales(locale)
    if len(locales) != 1:
        raise LocaleError(
            f"{locale!r}: an SVG timeline has one language: give 'ar', 'fr' or a locale of either"
        )
    from maghreb_accord.agreement import _on_day

    day = _on_day(agreement, as_of, "as_of")
    chosen = None if bodies is None else tuple(bodies)
    if chosen == ():
        raise ValueError("bodies is empty: name at least one body, or leave it out for all")
    return timeline_document(agreement, locales[0], as_of=day, bodies=chosen)


def to_svg(
    agreement: Agreement,
    locale: LocaleLike = "fr",
    *,
    as_of: datetime.date | None = None,
    bodies: Iterable[str] | None = None,
) -> str:
    """The record as an SVG timeline, in ``locale``: each body's windows and meetings.

    One lane per body of ``bodies`` (ids, in that order; by default every body with a
    cadence and a meeting to anchor its series on, in the accord's order). A lane shows the
    body's windows as of ``as_of`` (:meth:`Agreement.compliance
    <maghreb_accord.Agreement.compliance>`) coloured by their
    :class:`~maghreb_accord.WindowStatus`, as the legend says; a window that closed with no
    meeting recorded is hatched. Under them, each held meeting: a diamond on its day, or a
    bar across its bounds when it is known only by them (a month, two dates).

    ``as_of`` is the day the windows are judged on. By default it is the last day the record
    speaks of (:attr:`Agreement.record_end <maghreb_accord.Agreement.record_end>`), so that
    the same accord always gives the same drawing; pass ``datetime.date.today()`` for today's picture. The axis runs from
    1 January of the first year drawn to ``as_of``.

    ``locale`` is ``"ar"``, ``"fr"``, a locale of either (``"ar_MA"``: dates and digits as
    CLDR writes them there) or a :class:`babel.Locale`; ``"both"`` raises
    :class:`~maghreb_accord.LocaleError`, since a drawing has one language (draw one of each).
    In Arabic the drawing is right to left (``direction="rtl"``): time runs from right to
    left, and names and legend start on the right.

    The result is a standalone SVG 1.1 document, valid against the SVG 1.1 DTD: a
    ``<title>`` and a ``<desc>`` (what the drawing shows, with each body's count of windows
    by status) for screen readers, a ``<title>`` on every mark (a window's number, dates and
    status; a meeting's name and date) for the reader who hovers. Every text is escaped;
    nothing depends on the day it is made. A body with no cadence, or no meeting to anchor
    its series on, raises :class:`~maghreb_accord.ScheduleError`, an unknown id
    :class:`~maghreb_accord.UnknownIdError`, an empty ``bodies`` :class:`ValueError`, an
    ``as_of`` that is not a date :class:`TypeError`.

    >>> import datetime, maghreb_accord
    >>> from maghreb_accord.export import to_svg
    >>> accord = maghreb_accord.load()
    >>> svg = to_svg(accord, "fr", as_of=datetime.date(2017, 1, 1))
    >>> svg.splitlines()[:2][0], svg.splitlines()[1].startswith("<svg ")
    ('<?xml version="1.0" encoding="UTF-8"?>', True)
    >>> "<title>Fenêtre 3 : entre le 22 avril 2015 et le 21 avril 2016 — réunion enregistrée" in svg
    True
    >>> 'direction="rtl"' in to_svg(accord, "ar_MA", bodies=["council-of-interior-ministers"])
    True

    .. versionadded:: 0.1.0
    """
    if isinstance(bodies, str):
        raise TypeError(f"bodies must be a collection of body ids, such as [{bodies!r}]")
    drawn = _timeline(agreement, locale, as_of=as_of, bodies=bodies)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + _svg_element(drawn) + "\n"
