"""The documents readers get: the whole accord, its summary, and the command line's listings.

Each is built from the same pieces: one walk of the body tree, one way to write a meeting's
date and place, one way to list a state's ministers, and the words of :mod:`.words`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from maghreb_accord.dates import Day
from maghreb_accord.locales import format_date
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
    identifier,
    plain,
    web_address,
)
from .words import words

if TYPE_CHECKING:
    from maghreb_accord.agreement import Agreement
    from maghreb_accord.model import Body, Commitment, Meeting, Minister
    from maghreb_accord.schedule import DueReport, ExpectedMeeting
    from maghreb_accord.search import Match

Entry = tuple[int, Text]


# --- Pieces ------------------------------------------------------------------------------


def host_locale(accord: Agreement, language: Language) -> str:
    """Dates in the host's own usage: Moroccan Arabic names the months as the article does."""
    return f"{language}_{accord.main_meeting.venue.state}"


def when_and_where(accord: Agreement, meeting: Meeting, language: Language) -> tuple[str, str]:
    """A meeting's date in full (or its bounds) and its place, for a reader of ``language``."""
    locale = host_locale(accord, language)
    if isinstance(meeting.when, Day):
        when = format_date(meeting.when.date, locale, format="full")
    else:
        when = meeting.when.in_locale(locale)
    place = [meeting.venue.city.in_locale(language)] if meeting.venue.city else []
    place.append(accord.state(meeting.venue.state).name.in_locale(language))
    return when, words(language)["comma"].join(place)


def body_tree(accord: Agreement) -> Iterator[tuple[int, Body]]:
    """Every body under its parent, depth first, with its depth (0 for a top-level body)."""

    def walk(children: Iterable[Body], depth: int) -> Iterator[tuple[int, Body]]:
        for body in children:
            yield depth, body
            yield from walk(accord.sub_bodies(body.id), depth + 1)

    return walk((body for body in accord.bodies if body.parent is None), 0)


def ministers_in(accord: Agreement, state: str, language: Language) -> str:
    """The names of a state's ministers, or that the accord names none."""
    table = words(language)
    ministers = accord.ministers_of(state)
    return (
        table["comma"].join(m.name.in_locale(language) for m in ministers) or (table["no_minister"])
    )


def _host(minister: Minister, language: Language) -> str:
    return f" ({Role.HOST.label.in_locale(language)})" if minister.role is Role.HOST else ""


def _in_order(domains: frozenset[Domain]) -> list[Domain]:
    order = list(Domain)
    return sorted(domains, key=order.index)


# --- The summary -------------------------------------------------------------------------


def summary_document(accord: Agreement, language: Language) -> Document:
    """Date and place, states and ministers, bodies, meetings, commitments, in ``language``."""
    table = words(language)
    colon, comma = table["colon"], table["comma"]
    blocks: list[Block] = [Heading(1, plain(accord.title.in_locale(language)))]

    def section(key: str, entries: Iterable[tuple[int, str]]) -> None:
        blocks.append(Heading(2, plain(table[key])))
        blocks.append(Items(tuple((depth, plain(line)) for depth, line in entries)))

    when, place = when_and_where(accord, accord.main_meeting, language)
    section("when_and_where", [(1, f"{when} — {place}")])
    ministers = []
    for state in accord.states:
        # An accord may name no minister for a state, or several.
        names = comma.join(
            f"{minister.name.in_locale(language)}{_host(minister, language)}"
            for minister in accord.ministers_of(state.code)
        )
        listed = names or table["no_minister"]
        ministers.append((1, f"{state.name.in_locale(language)}{colon}{listed}"))
    section("states_and_ministers", ministers)
    section(
        "bodies",
        (
            (
                depth + 1,
                body.name.in_locale(language)
                + (f" — {body.cadence.label.in_locale(language)}" if body.cadence else ""),
            )
            for depth, body in body_tree(accord)
        ),
    )
    meetings = []
    for meeting in accord.meetings:
        when, place = when_and_where(accord, meeting, language)
        status = meeting.status.label.in_locale(language)
        meetings += [
            (1, f"{meeting.name.in_locale(language)} ({status})"),
            (2, f"{when} — {place}"),
        ]
    section("meetings", meetings)
    number = {commitment.id: n for n, commitment in enumerate(accord.commitments, start=1)}
    by_domain = []
    for domain in Domain:
        about = accord.commitments_about(domain)
        if about:
            numbers = comma.join(str(number[commitment.id]) for commitment in about)
            label = domain.label.in_locale(language)
            by_domain.append((1, f"{label} ({len(about)}){colon}{numbers}"))
    section("commitments_by_domain", by_domain)
    section(
        "commitments",
        (
            (
                1,
                f"{number[commitment.id]}. [{commitment.kind.label.in_locale(language)}] "
                f"{commitment.text.in_locale(language)}",
            )
            for commitment in accord.commitments
        ),
    )
    return Document(language, tuple(blocks))


# --- The whole accord --------------------------------------------------------------------


def accord_document(accord: Agreement, language: Language) -> Document:
    """The whole accord in ``language``: what Markdown and HTML show."""
    table = words(language)
    colon, comma = table["colon"], table["comma"]
    blocks: list[Block] = [Heading(1, plain(accord.title.in_locale(language)))]
    locale = host_locale(accord, language)
    when, place = when_and_where(accord, accord.main_meeting, language)
    blocks.append(Paragraph(plain(f"{table['date']}{colon}{when}")))
    blocks.append(Paragraph(plain(f"{table['place']}{colon}{place}")))

    blocks.append(Heading(2, plain(table["states_and_ministers"])))
    entries: list[Entry] = []
    for state in accord.states:
        names = f" {state.name.in_locale(language)} ({state.official_name.in_locale(language)})"
        code = identifier(state.code, language)
        ministers = accord.ministers_of(state.code)
        if len(ministers) == 1:  # the state and its minister on one line
            line = f"{names}{colon}{_minister_line(ministers[0], language)}"
            entries.append((0, (code, Run(line))))
            entries += _printed_names(ministers[0], 1, language)
        elif not ministers:  # an accord may list no minister for a state
            entries.append((0, (code, Run(f"{names}{colon}{table['no_minister']}"))))
        else:  # several ministers: each on a line of its own, under the state
            entries.append((0, (code, Run(names))))
            for minister in ministers:
                entries.append((1, plain(_minister_line(minister, language))))
                entries += _printed_names(minister, 2, language)
    blocks.append(Items(tuple(entries)))

    blocks.append(Heading(2, plain(table["bodies"])))
    bodies: list[Entry] = []
    for depth, body in body_tree(accord):
        line = f" {body.name.in_locale(language)} ({body.kind.label.in_locale(language)})"
        if body.cadence is not None:
            line += f"{comma}{body.cadence.label.in_locale(language)}"
        bodies.append((depth, (identifier(body.id, language), Run(line))))
        if body.mandate is not None:
            mandate = body.mandate.in_locale(language)
            bodies.append((depth + 1, plain(f"{table['mandate']}{colon}{mandate}")))
        if body.note is not None:
            bodies.append(
                (depth + 1, plain(f"{table['note']}{colon}{body.note.in_locale(language)}"))
            )
    blocks.append(Items(tuple(bodies)))

    blocks.append(Heading(2, plain(table["meetings"])))
    meetings: list[Entry] = []
    for meeting in accord.meetings:
        line = (
            f" {meeting.name.in_locale(language)} "
            f"({meeting.status.label.in_locale(language)}){colon}"
            f"{meeting.when.in_locale(locale)}"
        )
        meetings.append((0, (identifier(meeting.id, language), Run(line))))
    blocks.append(Items(tuple(meetings)))

    blocks.append(Heading(2, plain(table["commitments"])))
    for number, commitment in enumerate(accord.commitments, start=1):
        kind = commitment.kind.label.in_locale(language)
        heading = (Run(f"{number}. {kind} — "), identifier(commitment.id, language))
        blocks.append(Heading(3, heading))
        blocks.append(Paragraph(plain(commitment.text.in_locale(language))))
        domains = comma.join(d.label.in_locale(language) for d in _in_order(commitment.domains))
        details: list[Entry] = [(0, plain(f"{table['domains']}{colon}{domains}"))]
        if commitment.responsible:
            runs: list[Run] = [Run(f"{table['responsible']}{colon}")]
            for position, body_id in enumerate(commitment.responsible):
                if position:
                    runs.append(Run(comma))
                runs.append(Run(accord.body(body_id).name.in_locale(language)))
            details.append((0, tuple(runs)))
        else:
            none = table["no_responsible_body"]
            details.append((0, plain(f"{table['responsible']}{colon}{none}")))
        if commitment.deadline is not None:
            deadline = format_date(commitment.deadline, locale)
            details.append((0, plain(f"{table['deadline']}{colon}{deadline}")))
        blocks.append(Items(tuple(details)))
        blocks += [
            Quote((foreign(ref.quote, language),))
            for ref in commitment.sources
            if ref.quote is not None
        ]

    blocks.append(Heading(2, plain(table["sources"])))
    sources: list[Entry] = []
    for source in accord.sources:
        runs = [identifier(source.id, language), Run(f" {source.description.in_locale(language)}")]
        if source.address:
            link = web_address(source.address)
            runs += [Run(comma), Run(source.address, isolated=language == "ar", href=link)]
        sources.append((0, tuple(runs)))
    blocks.append(Items(tuple(sources)))
    return Document(language, tuple(blocks))


def _minister_line(minister: Minister, language: Language) -> str:
    name, office = minister.name.in_locale(language), minister.office.in_locale(language)
    return f"{name}{words(language)['comma']}{office}{_host(minister, language)}"


def _printed_names(minister: Minister, depth: int, language: Language) -> list[Entry]:
    """The article's spellings of the minister's name, where they differ from the name."""
    label = f"{words(language)['as_printed']}{words(language)['colon']}"
    return [
        (depth, (Run(label), foreign(attested.name, language)))
        for attested in minister.attested_names
        if attested.source.quote is not None and attested.name != minister.name.ar
    ]


# --- The command line's listings ---------------------------------------------------------
#
# A listing gives each item a line of ids and numbers, then a line per language asked for.
# Its other words come from the first language's table.


def _listing(entries: Iterable[Entry]) -> Document:
    return Document(None, (Items(tuple(entries)),))


def _lines(depth: int, languages: Sequence[Language], texts: dict[Language, str]) -> list[Entry]:
    return [(depth, plain(texts[language])) for language in languages]


def states_listing(accord: Agreement, languages: Sequence[Language]) -> Document:
    """Each state's code and Wikidata item, then its names and ministers in each language."""
    entries: list[Entry] = []
    for state in accord.states:
        entries.append((0, plain(f"{state.code}  wikidata:{state.wikidata or '-'}")))
        entries += [
            (
                2,
                plain(
                    f"{state.name.in_locale(language)} — "
                    f"{state.official_name.in_locale(language)} — "
                    f"{ministers_in(accord, state.code, language)}"
                ),
            )
            for language in languages
        ]
    return _listing(entries)


def ministers_listing(accord: Agreement, languages: Sequence[Language]) -> Document:
    """Each minister's id, state and role, names in each language, and every spelling."""
    table = words(languages[0])
    entries: list[Entry] = []
    for minister in accord.ministers:
        entries.append((0, plain(f"{minister.id}  ({minister.state}, {minister.role.value})")))
        entries += _lines(2, languages, {"ar": minister.name.ar, "fr": minister.name.fr})
        spellings = "; ".join(attested.name for attested in minister.attested_names)
        entries.append((2, plain(f"{table['spellings']}: {spellings}")))
    return _listing(entries)


def bodies_listing(accord: Agreement, languages: Sequence[Language]) -> Document:
    """The bodies as a tree: id and kind, then name and cadence in each language."""
    entries: list[Entry] = []
    for depth, body in body_tree(accord):
        entries.append((depth, plain(f"{body.id}  ({body.kind.value})")))
        for language in languages:
            cadence = f" — {body.cadence.label.in_locale(language)}" if body.cadence else ""
            entries.append((depth + 2, plain(f"{body.name.in_locale(language)}{cadence}")))
    return _listing(entries)


def commitments_listing(
    commitments: Iterable[Commitment], languages: Sequence[Language]
) -> Document:
    """Each commitment's id, kind, domains and deadline, then its text in each language."""
    table = words(languages[0])
    entries: list[Entry] = []
    for commitment in commitments:
        domains = ",".join(sorted(d.value for d in commitment.domains))
        deadline = f"  {table['due']} {commitment.deadline}" if commitment.deadline else ""
        entries.append(
            (0, plain(f"{commitment.id}  [{commitment.kind.value}]  {domains}{deadline}"))
        )
        entries += _lines(2, languages, {"ar": commitment.text.ar, "fr": commitment.text.fr})
    return _listing(entries)


def schedule_listing(
    expected: Iterable[ExpectedMeeting], languages: Sequence[Language]
) -> Document:
    """Each expected meeting's window, and the meeting that filled it, then in words."""
    entries: list[Entry] = []
    for window in expected:
        filled = f"  ({window.meeting})" if window.meeting else ""
        entries.append((0, plain(f"{window.index}  {window.earliest} .. {window.latest}{filled}")))
        entries += [(2, plain(window.in_locale(language))) for language in languages]
    return _listing(entries)


def due_listing(report: DueReport, languages: Sequence[Language]) -> Document:
    """The deadlines passed and still open as of a day."""
    from maghreb_accord.model import Commitment
    from maghreb_accord.schedule import deadline_of

    table = words(languages[0])
    entries: list[Entry] = [(0, plain(f"{table['as_of']} {report.as_of}"))]
    for key, items in (("passed", report.passed), ("open", report.open)):
        entries.append((0, plain(f"{table[key]}: {len(items)}")))
        for item in items:
            kind = table["commitment" if isinstance(item, Commitment) else "meeting"]
            entries.append((1, plain(f"{deadline_of(item)}  {kind:<10}  {item.id}")))
    return _listing(entries)


def find_listing(matches: Iterable[Match]) -> Document:
    """Each match's score, kind and id, and the name it matched."""
    return _listing(
        (0, plain(f"{match.score:.2f}  {match.kind:<10}  {match.id}  ({match.matched})"))
        for match in matches
    )
