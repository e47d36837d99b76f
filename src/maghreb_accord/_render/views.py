"""The documents readers get: the whole accord, its summary, and the command line's listings.

Each is built from the same pieces: one walk of the body tree, one way to write a meeting's
date and place, one way to list a state's ministers, and the words of :mod:`.words`.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Final, Literal

from maghreb_accord.compliance import WindowStatus, _status
from maghreb_accord.dates import Between, Day
from maghreb_accord.locales import LocaleLike, format_date, parse_locale, text_language
from maghreb_accord.schedule import _anchor, _standing_in
from maghreb_accord.vocabulary import Domain, Role

from .blocks import (
    Block,
    Document,
    Heading,
    Items,
    Language,
    Paragraph,
    Quote,
    Run,
    Text,
    foreign,
    french_spaced,
    identifier,
    is_arabic,
    plain,
    web_address,
)
from .words import ARABIC_FEMININE, capitalized, words

if TYPE_CHECKING:
    from maghreb_accord.agreement import Agreement
    from maghreb_accord.compliance import Compliance, Lateness
    from maghreb_accord.model import Attendance, Body, Commitment, Dispute, Meeting, Minister
    from maghreb_accord.schedule import DueReport, ExpectedMeeting
    from maghreb_accord.search import Match

Entry = tuple[int, Text]


# --- Pieces ------------------------------------------------------------------------------


def language_of(locale: LocaleLike) -> Language:
    """Which of the two tables and texts ``locale`` reads, by the fallback rule."""
    return text_language(locale)


def bcp47(locale: LocaleLike) -> str:
    """The language of the text ``locale`` gives, as a BCP 47 tag for a ``lang`` attribute.

    ``ar-MA`` for ``ar_MA``; a locale of another language reads French (the fallback rule),
    so its text is tagged ``fr``.
    """
    parsed = parse_locale(locale)
    language = language_of(locale)
    if parsed.language != language:
        return language
    return parsed.babel_identifier().replace("_", "-")


def when_and_where(accord: Agreement, meeting: Meeting, locale: LocaleLike) -> tuple[str, str]:
    """A meeting's date in full (or its bounds) and its place, as ``locale`` writes them.

    Dates follow the locale as given: ``ar_MA`` names the months as Morocco does, ``ar_DZ``
    as Algeria does, and a bare ``ar`` as CLDR's Modern Standard Arabic.
    """
    if isinstance(meeting.when, Day):
        when = format_date(meeting.when.date, locale, format="full")
    else:
        when = meeting.when.in_locale(locale)
    return when, place_words(accord, meeting, locale) or words(locale)["place_not_known"]


def place_words(accord: Agreement, meeting: Meeting, locale: LocaleLike) -> str:
    """A meeting's place as ``locale`` writes it (city, state), or "" where none is known."""
    if meeting.venue is None:
        return ""
    place = [meeting.venue.city.in_locale(locale)] if meeting.venue.city else []
    place.append(accord.state(meeting.venue.state).name.in_locale(locale))
    return words(locale)["comma"].join(place)


def body_tree(accord: Agreement) -> Iterator[tuple[int, Body]]:
    """Every body under its parent, depth first, with its depth (0 for a top-level body)."""

    def walk(children: Iterable[Body], depth: int) -> Iterator[tuple[int, Body]]:
        for body in children:
            yield depth, body
            yield from walk(accord.sub_bodies(body.id), depth + 1)

    return walk((body for body in accord.bodies if body.parent is None), 0)


def ministers_in(accord: Agreement, state: str, locale: LocaleLike) -> str:
    """The names of a state's ministers, or that the accord names none."""
    table = words(locale)
    ministers = accord.ministers_of(state)
    return (
        table["comma"].join(m.name.in_locale(locale) for m in ministers) or (table["no_minister"])
    )


def _host(minister: Minister, locale: LocaleLike) -> str:
    return f" ({Role.HOST.label.in_locale(locale)})" if minister.role is Role.HOST else ""


def in_order(domains: frozenset[Domain]) -> list[Domain]:
    """``domains`` in the vocabulary's order."""
    order = list(Domain)
    return sorted(domains, key=order.index)


def domain_labels(domains: frozenset[Domain], locale: LocaleLike) -> str:
    """The domains' labels, in the vocabulary's order, joined by the language's comma."""
    return words(locale)["comma"].join(d.label.in_locale(locale) for d in in_order(domains))


def in_script(names: Iterable[str], locale: LocaleLike) -> list[str]:
    """The ``names`` written in the script of ``locale``'s language."""
    arabic = language_of(locale) == "ar"
    return [name for name in names if is_arabic(name) == arabic]


# --- The summary -------------------------------------------------------------------------


def summary_document(accord: Agreement, locale: LocaleLike) -> Document:
    """Date and place, states and ministers, bodies, meetings, commitments, in ``locale``."""
    language = language_of(locale)
    table = words(locale)
    colon, comma = table["colon"], table["comma"]
    blocks: list[Block] = [Heading(1, plain(accord.title.in_locale(locale)))]

    def section(key: str, entries: Iterable[tuple[int, str]]) -> None:
        blocks.append(Heading(2, plain(table[key])))
        blocks.append(Items(tuple((depth, plain(line)) for depth, line in entries)))

    when, place = when_and_where(accord, accord.main_meeting, locale)
    section("when_and_where", [(1, f"{when} — {place}")])
    ministers = []
    for state in accord.states:
        # An accord may name no minister for a state, or several.
        names = comma.join(
            f"{minister.name.in_locale(locale)}{_host(minister, locale)}"
            for minister in accord.ministers_of(state.code)
        )
        listed = names or table["no_minister"]
        ministers.append((1, f"{state.name.in_locale(locale)}{colon}{listed}"))
    section("states_and_ministers", ministers)
    section(
        "bodies",
        (
            (
                depth + 1,
                body.name.in_locale(locale)
                + (f" — {body.cadence.label.in_locale(locale)}" if body.cadence else ""),
            )
            for depth, body in body_tree(accord)
        ),
    )
    meetings = []
    for meeting in _in_time_order(accord):
        when, place = when_and_where(accord, meeting, locale)
        status = of_meeting(meeting.status.label.in_locale(locale), meeting, locale)
        meetings += [
            (1, f"{meeting.name.in_locale(locale)} ({status})"),
            (2, f"{when} — {place}"),
        ]
    section("meetings", meetings)
    number = {commitment.id: n for n, commitment in enumerate(accord.commitments, start=1)}
    by_domain = []
    for domain in Domain:
        about = accord.commitments_about(domain)
        if about:
            numbers = comma.join(str(number[commitment.id]) for commitment in about)
            label = domain.label.in_locale(locale)
            by_domain.append((1, f"{label} ({len(about)}){colon}{numbers}"))
    section("commitments_by_domain", by_domain)
    section(
        "commitments",
        (
            (
                1,
                f"{number[commitment.id]}. [{commitment.kind.label.in_locale(locale)}] "
                f"{commitment.text.in_locale(locale)}",
            )
            for commitment in accord.commitments
        ),
    )
    return Document(language, tuple(blocks))


# --- The whole accord --------------------------------------------------------------------


def accord_document(accord: Agreement, locale: LocaleLike) -> Document:
    """The whole accord in ``locale``: what Markdown and HTML show.

    Nothing in it is in the other language's script but ids and addresses, isolated: an
    Arabic quote of the article shows in French as where it stands in its source. In French,
    its spaces follow French typography (:func:`~.blocks.french_spaced`).
    """
    language = language_of(locale)
    table = words(locale)
    colon, comma = table["colon"], table["comma"]
    blocks: list[Block] = [Heading(1, plain(accord.title.in_locale(locale)))]
    when, place = when_and_where(accord, accord.main_meeting, locale)
    blocks.append(Paragraph(plain(f"{table['date']}{colon}{when}")))
    blocks.append(Paragraph(plain(f"{table['place']}{colon}{place}")))

    blocks.append(Heading(2, plain(table["states_and_ministers"])))
    entries: list[Entry] = []
    for state in accord.states:
        names = f" {state.name.in_locale(locale)} ({state.official_name.in_locale(locale)})"
        code = identifier(state.code, language)
        ministers = accord.ministers_of(state.code)
        if len(ministers) == 1:  # the state and its minister on one line
            line = f"{names}{colon}{_minister_line(ministers[0], locale)}"
            entries.append((0, (code, Run(line))))
            entries += _printed_names(ministers[0], 1, locale)
        elif not ministers:  # an accord may list no minister for a state
            entries.append((0, (code, Run(f"{names}{colon}{table['no_minister']}"))))
        else:  # several ministers: each on a line of its own, under the state
            entries.append((0, (code, Run(names))))
            for minister in ministers:
                entries.append((1, plain(_minister_line(minister, locale))))
                entries += _printed_names(minister, 2, locale)
    blocks.append(Items(tuple(entries)))

    blocks.append(Heading(2, plain(table["bodies"])))
    bodies: list[Entry] = []
    for depth, body in body_tree(accord):
        line = f" {body.name.in_locale(locale)} ({body.kind.label.in_locale(locale)})"
        if body.cadence is not None:
            line += f"{comma}{body.cadence.label.in_locale(locale)}"
        line += _disagreeing(body.disputes, locale)
        bodies.append((depth, (identifier(body.id, language), Run(line))))
        if body.mandate is not None:
            mandate = body.mandate.in_locale(locale)
            bodies.append((depth + 1, plain(f"{table['mandate']}{colon}{mandate}")))
        if body.note is not None:
            bodies.append(
                (depth + 1, plain(f"{table['note']}{colon}{body.note.in_locale(locale)}"))
            )
    blocks.append(Items(tuple(bodies)))

    blocks.append(Heading(2, plain(table["meetings"])))
    meetings: list[Entry] = []
    for meeting in _in_time_order(accord):
        line = (
            f" {meeting.name.in_locale(locale)} "
            f"({of_meeting(meeting.status.label.in_locale(locale), meeting, locale)}){colon}"
            f"{meeting.when.in_locale(locale)}"
        )
        meetings.append((0, (identifier(meeting.id, language), Run(line))))
    blocks.append(Items(tuple(meetings)))

    blocks.append(Heading(2, plain(table["commitments"])))
    for number, commitment in enumerate(accord.commitments, start=1):
        kind = commitment.kind.label.in_locale(locale)
        heading = (Run(f"{number}. {kind} — "), identifier(commitment.id, language))
        blocks.append(Heading(3, heading))
        blocks.append(Paragraph(plain(commitment.text.in_locale(locale))))
        domains = domain_labels(commitment.domains, locale)
        details: list[Entry] = [(0, plain(f"{table['domains']}{colon}{domains}"))]
        said_by = commitment.said_by.label.in_locale(locale)
        # A dispute stands after the value it is about; one about another field, on its own.
        about_said_by = [d for d in commitment.disputes if d.about == "said-by"]
        others = [d for d in commitment.disputes if d.about != "said-by"]
        line = f"{capitalized(table['said_by'])}{colon}{said_by}"
        details.append((0, plain(line + _disagreeing(about_said_by, locale))))
        if others:
            details.append((0, plain(capitalized(disagreement(others, locale)))))
        if commitment.responsible:
            runs: list[Run] = [Run(f"{table['responsible']}{colon}")]
            for position, body_id in enumerate(commitment.responsible):
                if position:
                    runs.append(Run(comma))
                runs.append(Run(accord.body(body_id).name.in_locale(locale)))
            details.append((0, tuple(runs)))
        else:
            none = table["no_responsible_body"]
            details.append((0, plain(f"{table['responsible']}{colon}{none}")))
        if commitment.deadline is not None:
            deadline = format_date(commitment.deadline, locale)
            details.append((0, plain(f"{table['deadline']}{colon}{deadline}")))
        blocks.append(Items(tuple(details)))
        for ref in commitment.sources:
            # Each reference: its source's id and where the quote stands in its text; then
            # the quote or the excerpt itself, if it is in the document's script.
            runs = [Run(f"{table['source']}{colon}"), identifier(ref.source, language)]
            if ref.start is not None and ref.end is not None:
                runs.append(Run(f"{comma}{table['characters']} {ref.start}–{ref.end}"))
            blocks.append(Paragraph(tuple(runs)))
            words_of = ref.quote if ref.quote is not None else ref.excerpt
            if words_of is not None and is_arabic(words_of) == (language == "ar"):
                blocks.append(Quote((foreign(words_of, language),)))

    blocks.append(Heading(2, plain(table["sources"])))
    sources: list[Entry] = []
    for source in accord.sources:
        runs = [identifier(source.id, language), Run(f" {source.description.in_locale(locale)}")]
        if source.address:
            link = web_address(source.address)
            runs += [Run(comma), Run(source.address, isolated=language == "ar", href=link)]
        sources.append((0, tuple(runs)))
    blocks.append(Items(tuple(sources)))
    return french_spaced(Document(language, tuple(blocks)))


def _minister_line(minister: Minister, locale: LocaleLike) -> str:
    name, office = minister.name.in_locale(locale), minister.office.in_locale(locale)
    return f"{name}{words(locale)['comma']}{office}{_host(minister, locale)}"


def _printed_names(minister: Minister, depth: int, locale: LocaleLike) -> list[Entry]:
    """The article's spellings of the name, in the locale's script, that differ from it."""
    label = f"{words(locale)['as_printed']}{words(locale)['colon']}"
    name = minister.name.in_locale(locale)
    quoted = [a.name for a in minister.attested_names if a.source.quote is not None]
    return [
        (depth, (Run(label), Run(printed)))
        for printed in in_script(quoted, locale)
        if printed != name
    ]


# --- The command line's listings ---------------------------------------------------------
#
# A listing gives each item a line of ids and numbers, then its lines in each locale asked
# for, each in that locale's words alone. In one language, the ids are isolated (the line is
# read right to left in Arabic); in both, the id lines stand apart, in no language.


def _listing(entries: Iterable[Entry], locales: Sequence[LocaleLike]) -> Document:
    language = language_of(locales[0]) if len(locales) == 1 else None
    return Document(language, (Items(tuple(entries)),))


def _ids(locales: Sequence[LocaleLike], *parts: str | None) -> Text:
    """A line of ids and numbers; ids are the parts that hold letters."""
    arabic = len(locales) == 1 and language_of(locales[0]) == "ar"
    runs: list[Run] = []
    for part in parts:
        if part is None:
            continue
        if runs:
            runs.append(Run("  "))
        letters = any(char.isalpha() for char in part)
        runs.append(Run(part, isolated=arabic and letters))
    return tuple(runs)


def states_listing(accord: Agreement, locales: Sequence[LocaleLike]) -> Document:
    """Each state's code and Wikidata item, then its names and ministers in each locale."""
    entries: list[Entry] = []
    for state in accord.states:
        entries.append((0, _ids(locales, state.code, f"wikidata:{state.wikidata or '-'}")))
        entries += [
            (
                2,
                plain(
                    f"{state.name.in_locale(locale)} — "
                    f"{state.official_name.in_locale(locale)} — "
                    f"{ministers_in(accord, state.code, locale)}"
                ),
            )
            for locale in locales
        ]
    return _listing(entries, locales)


def ministers_listing(accord: Agreement, locales: Sequence[LocaleLike]) -> Document:
    """Each minister's id and state, then name, state, role and spellings in each locale.

    A locale's lines show the spellings in its script: Arabic the article's, French the
    press's Latin transliterations.
    """
    entries: list[Entry] = []
    for minister in accord.ministers:
        entries.append((0, _ids(locales, minister.id, minister.state)))
        state = accord.state(minister.state)
        for locale in locales:
            table = words(locale)
            role = minister.role.label.in_locale(locale)
            name, where = minister.name.in_locale(locale), state.name.in_locale(locale)
            entries.append((2, plain(f"{name} ({where}{table['comma']}{role})")))
            spellings = in_script((a.name for a in minister.attested_names), locale)
            if spellings:
                listed = table["comma"].join(spellings)
                entries.append((2, plain(f"{table['spellings']}{table['colon']}{listed}")))
    return _listing(entries, locales)


def bodies_listing(accord: Agreement, locales: Sequence[LocaleLike]) -> Document:
    """The bodies as a tree: ids, then name, kind and cadence in each locale."""
    entries: list[Entry] = []
    for depth, body in body_tree(accord):
        entries.append((depth, _ids(locales, body.id)))
        for locale in locales:
            kind = body.kind.label.in_locale(locale)
            cadence = f" — {body.cadence.label.in_locale(locale)}" if body.cadence else ""
            line = f"{body.name.in_locale(locale)} ({kind}){cadence}"
            entries.append((depth + 2, plain(line + _disagreeing(body.disputes, locale))))
    return _listing(entries, locales)


def commitments_listing(
    commitments: Iterable[Commitment], locales: Sequence[LocaleLike]
) -> Document:
    """Each commitment's id and deadline, then its kind, domains and text in each locale."""
    entries: list[Entry] = []
    for commitment in commitments:
        deadline = commitment.deadline.isoformat() if commitment.deadline else None
        entries.append((0, _ids(locales, commitment.id, deadline)))
        for locale in locales:
            table = words(locale)
            kind = commitment.kind.label.in_locale(locale)
            line = f"[{kind}] {domain_labels(commitment.domains, locale)}"
            if commitment.deadline:
                due = format_date(commitment.deadline, locale)
                line += f" — {table['deadline']}{table['colon']}{due}"
            entries.append((2, plain(line)))
            entries.append((2, plain(commitment.text.in_locale(locale))))
    return _listing(entries, locales)


def schedule_listing(
    accord: Agreement,
    expected: Sequence[ExpectedMeeting],
    locales: Sequence[LocaleLike],
    *,
    until: datetime.date,
    first: tuple[datetime.date, datetime.date] | None = None,
) -> Document:
    """Each expected meeting's place in the series and window, then in words.

    In words: the window, and the meeting that filled it, or how it stands on ``until`` by
    the one rule of :meth:`Agreement.compliance <maghreb_accord.Agreement.compliance>`: open
    with none yet while it lasts (its last day included), then uncertain (a meeting known
    only by bounds may fall in it) or with none recorded. Past the record's last day, a
    first line says where the record stops. A meeting that may fall
    in a window has a ``?`` after its id, which a line under the listing explains. With
    ``first`` (the day asked for, and the first window's first day), it says that no window
    starts by the one and that the first starts on the other.
    """
    entries: list[Entry] = []
    if accord.record_end < until:  # past the record, no meeting recorded says little
        entries += [(0, plain(as_of_words(accord, until, locale))) for locale in locales]
    if first is not None:
        until, start = first
        for locale in locales:
            table = words(locale)
            entries.append(
                (
                    0,
                    plain(
                        f"{table['no_window_until']} {format_date(until, locale)}"
                        f"{table['colon']}{table['first_window_starts']}"
                        f" {format_date(start, locale)}"
                    ),
                )
            )
    for window in expected:
        dates = f"{window.earliest} .. {window.latest}"
        maybe = (f"{meeting}?" for meeting in window.uncertain)
        entries.append((0, _ids(locales, str(window.index), dates, window.meeting, *maybe)))
        for locale in locales:
            table = words(locale)
            if window.meeting:
                filled = accord.meeting(window.meeting).name.in_locale(locale)
            else:
                status = _status(window.latest, bool(window.uncertain), until)
                filled = window_status(status, locale)
            entries.append((2, plain(f"{window.in_locale(locale)} — {filled}")))
    if any(window.uncertain for window in expected):
        for locale in locales:
            table = words(locale)
            entries.append((0, plain(f"?{table['colon']}{table['maybe_held']}")))
    return _listing(entries, locales)


def due_listing(accord: Agreement, report: DueReport, locales: Sequence[LocaleLike]) -> Document:
    """The deadlines passed and still open as of a day, and the windows closed with none.

    Each item's deadline and id, then what it is and its name or text in each locale (and,
    for a meeting held at another time than planned and by the day, when it was held); then
    each cadence window that closed with no meeting recorded: its dates and body, then the
    body's name and the window in words.
    """
    from maghreb_accord.model import Commitment
    from maghreb_accord.schedule import _deadline_of

    entries: list[Entry] = []
    for locale in locales:
        entries.append((0, plain(as_of_words(accord, report.as_of, locale))))
    for key, items in (("passed", report.passed), ("open", report.open)):
        for locale in locales:
            table = words(locale)
            entries.append((0, plain(f"{table[key]}{table['colon']}{len(items)}")))
        for item in items:
            deadline = _deadline_of(item)
            entries.append((1, _ids(locales, str(deadline), item.id)))
            for locale in locales:
                table = words(locale)
                if isinstance(item, Commitment):
                    kind, what = table["commitment"], item.text.in_locale(locale)
                else:
                    kind, what = table["meeting"], item.name.in_locale(locale)
                    # Held at another time than planned, and surely held by the day.
                    if _standing_in(accord, item, report.as_of) == "held":
                        held = item.when.in_locale(locale)
                        held_on = of_meeting(table["held_on"], item, locale)
                        what += f" — {held_on}{table['colon']}{held}"
                entries.append((3, plain(f"{kind}{table['colon']}{what}")))
    closed = report.no_meeting_recorded
    for locale in locales:
        table = words(locale)
        entries.append((0, plain(f"{table['closed_no_meeting']}{table['colon']}{len(closed)}")))
    for window in closed:
        entries.append((1, _ids(locales, f"{window.earliest} .. {window.latest}", window.body)))
        for locale in locales:
            name = accord.body(window.body).name.in_locale(locale)
            none = words(locale)["no_meeting_recorded"]
            entries.append((3, plain(f"{name} — {window.in_locale(locale)} — {none}")))
    return _listing(entries, locales)


def record_listing(
    accord: Agreement,
    as_of: datetime.date,
    bodies: Iterable[Body],
    locales: Sequence[LocaleLike],
) -> Document:
    """Each body's record as of a day: its windows, their meetings, and who attended.

    For each body: its id, then its name and cadence in each locale and, if the cadence
    gives windows, how many were expected and how many have a recorded meeting. Then each
    window (its place in the series, its dates, the ids of its meetings, a ``?`` after one
    that may be in it), in words with its status, each meeting and how late it was (a
    meeting that may be in several windows is named in words under the first). Then
    each meeting surely over by ``as_of``, then each that may have been held by then (its
    dates reach past ``as_of``), and for each state who represented it, in what office, at
    what level; a state with no attendance recorded says so.
    """
    entries: list[Entry] = []
    for locale in locales:
        entries.append((0, plain(as_of_words(accord, as_of, locale))))
    for body in bodies:
        entries.append((0, plain("")))
        entries += _record_of(accord, as_of, body, locales)
    return _listing(entries, locales)


def _record_of(
    accord: Agreement, as_of: datetime.date, body: Body, locales: Sequence[LocaleLike]
) -> list[Entry]:
    from maghreb_accord.errors import ScheduleError

    report: Compliance | None = None
    if body.cadence is not None:
        try:
            report = accord.compliance(body.id, as_of=as_of)
        except ScheduleError:  # no recorded meeting, or none with a last day, to start from
            report = None
    entries: list[Entry] = [(0, _ids(locales, body.id))]
    for locale in locales:
        table = words(locale)
        colon = table["colon"]
        cadence = body.cadence.label.in_locale(locale) if body.cadence else table["no_cadence"]
        entries.append((2, plain(f"{body.name.in_locale(locale)} — {cadence}")))
        if report is not None and not report.windows:  # a day before the series: when it starts
            start = format_date(_anchor(accord, body.id).earliest, locale)
            until = f"{table['no_window_until']} {format_date(as_of, locale)}"
            entries.append((2, plain(f"{until}{colon}{table['first_window_starts']} {start}")))
        elif report is not None:
            expected = f"{table['windows_expected']}{colon}{report.expected}"
            entries.append((2, plain(f"{expected} — {window_counts(report, locale)}")))
            if report.met_at_most > report.met:
                most = f"{table['windows_met_at_most']}{colon}{report.met_at_most}"
                entries.append((2, plain(f"{most} ({table['one_window_each']})")))
        elif body.cadence is not None:
            entries.append((2, plain(table["no_series"])))
    if report is not None:
        late = {lateness.meeting: lateness for lateness in report.lateness}
        described: set[str] = set()  # a meeting that may be in many windows: named once
        for window in report.windows:
            maybe_first = [m for m in window.uncertain if m not in described]
            described.update(window.uncertain)
            maybe = (f"{meeting}?" for meeting in window.uncertain)
            dates = f"{window.earliest} .. {window.latest}"
            entries.append((1, _ids(locales, str(window.index), dates, *window.meetings, *maybe)))
            for locale in locales:
                table = words(locale)
                status = window_status(window.status, locale)
                days = window_words(window.earliest, window.latest, locale)
                entries.append((3, plain(f"{days} — {status}")))
                for meeting_id in window.meetings:
                    line = _dated(accord.meeting(meeting_id), locale)
                    if meeting_id in late:
                        line += f" — {_lateness(late[meeting_id], locale)}"
                    entries.append((4, plain(line)))
                for meeting_id in maybe_first:
                    line = _dated(accord.meeting(meeting_id), locale)
                    entries.append((4, plain(f"{table['maybe']}{table['colon']}{line}")))
    meetings = accord.meetings_of(body.id)
    # Surely over by as_of, then those that may have been held by then: by the schedule rule.
    standing = {m.id: _standing_in(accord, m, as_of) for m in meetings}
    held = [m for m in meetings if standing[m.id] == "held"]
    maybe_held = [m for m in meetings if standing[m.id] == "maybe"]
    for locale in locales:
        table = words(locale)
        entries.append((2, plain(f"{table['held_meetings']}{table['colon']}{len(held)}")))
    for meeting in held:
        entries += _attendance_of(accord, meeting, locales)
    if maybe_held:
        for locale in locales:
            table = words(locale)
            line = f"{table['maybe_held_meetings']}{table['colon']}{len(maybe_held)}"
            entries.append((2, plain(line)))
    for meeting in maybe_held:
        entries += _attendance_of(accord, meeting, locales)
    return entries


def _in_time_order(accord: Agreement) -> list[Meeting]:
    """The accord's meetings, earliest first, as ``Agreement.meetings_of`` orders them."""
    from maghreb_accord.agreement import _chronological

    return sorted(accord.meetings, key=_chronological)


def window_words(earliest: datetime.date, latest: datetime.date, locale: LocaleLike) -> str:
    """A window of days in words: one day, or between its first and its last.

    Every output writes a window so: the listings, the calendar, the timeline.
    """
    if earliest == latest:
        return Day(date=earliest).in_locale(locale)
    return Between(not_before=earliest, not_after=latest).in_locale(locale)


def as_of_words(accord: Agreement, as_of: datetime.date, locale: LocaleLike) -> str:
    """The words "as of" a day and, for a day outside the record, where it starts or stops.

    Every output judged on a day starts so: past the record's last day, a window with no
    meeting recorded is only a window the sources stop short of; before the accord's day,
    its deadlines were not yet set.
    """
    table = words(locale)
    text = f"{table['as_of']} {format_date(as_of, locale)}"
    last = accord.record_end
    when = accord.main_meeting.when
    if when.earliest is not None and as_of < when.earliest:
        # The accord's date as precise as the sources give it: a month is not a day.
        text += f" — {table['before_accord']} ({when.in_locale(locale)})"
    elif last < as_of:
        text += f" — {table['record_end']}{table['colon']}{format_date(last, locale)}"
    return text


#: The statuses in the order every count and legend lists them.
STATUSES: Final = (
    WindowStatus.MET,
    WindowStatus.NO_MEETING_RECORDED,
    WindowStatus.UNCERTAIN,
    WindowStatus.OPEN,
)


#: The words of each status, by where they stand: in counts and hover texts (short), in a
#: listing's line, in a legend.
_STATUS_WORDS: Final = {
    WindowStatus.MET: ("met", "met", "legend_met"),
    WindowStatus.NO_MEETING_RECORDED: (
        "no_meeting_recorded",
        "no_meeting_recorded",
        "legend_no_meeting_recorded",
    ),
    WindowStatus.UNCERTAIN: ("uncertain", "legend_uncertain", "legend_uncertain"),
    WindowStatus.OPEN: ("ongoing", "window_open", "legend_ongoing"),
}
_FORMS: Final = ("short", "listing", "legend")


def status_words(
    status: WindowStatus,
    locale: LocaleLike,
    form: Literal["short", "listing", "legend"] = "short",
) -> str:
    """A window's status in words: a word or two (counts, hover texts), a listing's, a legend's."""
    return words(locale)[_STATUS_WORDS[status][_FORMS.index(form)]]


def window_counts(report: Compliance, locale: LocaleLike) -> str:
    """How many of a report's windows stand each way: the record's and the timeline's totals.

    The first three add up to the windows expected; the open one, if any, is apart.
    """
    table = words(locale)
    return table["comma"].join(
        f"{status_words(status, locale)}{table['colon']}"
        f"{sum(1 for w in report.windows if w.status is status)}"
        for status in STATUSES
    )


def window_status(status: WindowStatus, locale: LocaleLike) -> str:
    """How a window stands, in words: what every listing and the timeline's marks say."""
    return status_words(status, locale, "listing")


#: Ordinals and «last» that come before the noun they qualify (أول اجتماع, آخر دورة).
_BEFORE_THE_HEAD: Final = frozenset(
    {"أول", "آخر", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع", "عاشر"}
)


def _feminine(name: str) -> bool:
    """Whether an Arabic name's head noun takes feminine agreement.

    The head is the first word, or the second after an ordinal or «آخر» before it (``أول
    اجتماع`` is a اجتماع): every meeting's name begins with it (الدورة الخامسة …, الاجتماع
    الثاني …). It is feminine if it ends in ة (الدورة) or is a plural in ات (الاجتماعات,
    which as a plural of things agrees in the feminine singular).
    """
    words_of = name.split()
    if len(words_of) > 1 and words_of[0] in _BEFORE_THE_HEAD:
        words_of = words_of[1:]
    return bool(words_of) and words_of[0].endswith(("ة", "ات"))


def of_meeting(word: str, meeting: Meeting, locale: LocaleLike) -> str:
    """``word``, said of ``meeting`` (its status, «held on»), agreeing with its name."""
    if text_language(locale) == "ar" and _feminine(meeting.name.ar):
        return ARABIC_FEMININE.get(word, word)
    return word


def _dated(meeting: Meeting, locale: LocaleLike) -> str:
    return f"{meeting.name.in_locale(locale)} ({meeting.when.in_locale(locale)})"


def _lateness(late: Lateness, locale: LocaleLike) -> str:
    """How late a meeting was in words: on time, or days late (from … to …) and the due day."""
    table = words(locale)
    colon = table["colon"]
    if late.days_late_at_most == 0:
        return table["on_time"]
    if late.days_late == late.days_late_at_most:
        days = str(late.days_late)
    else:
        days = f"{table['from']} {late.days_late} {table['to']} {late.days_late_at_most}"
    due = format_date(late.due, locale)
    return f"{table['days_late']}{colon}{days} ({table['due_day']}{colon}{due})"


def _attendance_of(
    accord: Agreement, meeting: Meeting, locales: Sequence[LocaleLike]
) -> list[Entry]:
    """A held meeting's ids, date and place, then who represented each state."""
    entries: list[Entry] = [(1, _ids(locales, meeting.when.edtf, meeting.id))]
    for locale in locales:
        when, place = when_and_where(accord, meeting, locale)
        entries.append((3, plain(f"{meeting.name.in_locale(locale)} — {when} — {place}")))
        if not meeting.attendance:
            entries.append((3, plain(words(locale)["no_attendance_recorded"])))
    if not meeting.attendance:
        return entries
    for state in accord.states:
        rows = [row for row in meeting.attendance if row.state == state.code]
        if not rows:
            entries.append((2, _ids(locales, state.code)))
            for locale in locales:
                table = words(locale)
                none = table["no_attendance_recorded"]
                entries.append((4, plain(f"{state.name.in_locale(locale)}{table['colon']}{none}")))
        for row in rows:
            entries.append((2, _ids(locales, state.code, row.delegate)))
            for locale in locales:
                line = f"{state.name.in_locale(locale)}{words(locale)['colon']}"
                entries.append((4, plain(line + representation(accord, row, locale))))
    return entries


def representation(accord: Agreement, row: Attendance, locale: LocaleLike) -> str:
    """Who represented the state, in what office, at what level, in ``locale``'s words.

    Whoever no source names, and an office no source gives, say so; so does a level or a
    delegate the sources disagree on.
    """
    table = words(locale)
    colon, comma = table["colon"], table["comma"]
    who = delegate_name(accord, row, locale) or table["delegate_not_named"]
    office = row.office.in_locale(locale) if row.office else table["office_not_known"]
    line = f"{who}{comma}{office} — {table['level']}{colon}{row.level.label.in_locale(locale)}"
    return line + _disagreeing(row.disputes, locale)


def disagreement(disputes: Sequence[Dispute], locale: LocaleLike) -> str:
    """What the sources disagree on about one object: «sources en désaccord : rang».

    >>> import maghreb_accord
    >>> from maghreb_accord._render.views import disagreement
    >>> body = maghreb_accord.load().body("civil-protection-working-group")
    >>> disagreement(body.disputes, "fr")
    'sources en désaccord : rattachement'
    """
    table = words(locale)
    about = table["comma"].join(dict.fromkeys(disputed_words(d.about, locale) for d in disputes))
    return f"{table['sources_disagree']}{table['colon']}{about}"


def _disagreeing(disputes: Sequence[Dispute], locale: LocaleLike) -> str:
    """The disagreement as a parenthesis after a line, or nothing where there is none."""
    return f" ({disagreement(disputes, locale)})" if disputes else ""


#: The fields a dispute may be about that have words of their own (as the CSVs' columns and
#: the listings name them); any other is named by its id.
_DISPUTED_FIELDS: Final = frozenset({"cadence", "delegate", "level", "office", "parent", "said_by"})


def disputed_words(about: str, locale: LocaleLike) -> str:
    """What a dispute is about, in ``locale``'s words for a field that has them, else its id.

    >>> disputed_words("level", "fr"), disputed_words("said-by", "fr"), disputed_words("met", "fr")
    ('rang', 'rapporté par', 'met')
    """
    field = about.replace("-", "_")
    return words(locale)[field] if field in _DISPUTED_FIELDS else about


def delegate_name(accord: Agreement, row: Attendance, locale: LocaleLike) -> str | None:
    """The name of whoever represented the state at ``row``, or None if no source names one."""
    if row.minister is not None:
        return accord.minister(row.minister).name.in_locale(locale)
    if row.person is not None:
        return accord.person(row.person).name.in_locale(locale)
    return None


def find_listing(matches: Iterable[Match], locales: Sequence[LocaleLike]) -> Document:
    """Each match's score and id, then what it is and its name in each locale.

    The spelling that matched follows, where it is in the locale's script and differs.
    """
    entries: list[Entry] = []
    for match in matches:
        entries.append((0, _ids(locales, f"{match.score:.2f}", match.id)))
        for locale in locales:
            table = words(locale)
            name = _name_of(match, locale)
            matched = in_script([match.matched], locale)
            shown = f" ({matched[0]})" if matched and matched[0] != name else ""
            entries.append((2, plain(f"{table[match.kind]}{table['colon']}{name}{shown}")))
    return _listing(entries, locales)


def _name_of(match: Match, locale: LocaleLike) -> str:
    from maghreb_accord.model import Commitment

    entity = match.entity
    if isinstance(entity, Domain):
        return entity.label.in_locale(locale)
    if isinstance(entity, Commitment):
        return entity.text.in_locale(locale)
    return entity.name.in_locale(locale)
