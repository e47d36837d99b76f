"""The accord as a document of headings, paragraphs, lists and quotes, in one language.

Markdown and HTML render the same document; only the syntax differs. Text is made of runs:
a run in the other script than the document's (a Latin id in Arabic, an Arabic quote in
French) is marked to be isolated, so bidirectional text shows in the right order.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Literal

import attrs

from maghreb_accord._summary import NO_MINISTER, when_and_where
from maghreb_accord.locales import format_date
from maghreb_accord.vocabulary import Domain, Role

if TYPE_CHECKING:
    from maghreb_accord.agreement import Agreement
    from maghreb_accord.model import Body, Minister

Language = Literal["ar", "fr"]


@attrs.frozen
class Run:
    """A piece of text; ``isolated`` when its direction differs from the document's."""

    text: str
    isolated: bool = False
    code: bool = False


Text = tuple[Run, ...]


@attrs.frozen
class Heading:
    level: int
    text: Text


@attrs.frozen
class Paragraph:
    text: Text


@attrs.frozen
class Items:
    entries: tuple[tuple[int, Text], ...]  # (depth, text)


@attrs.frozen
class Quote:
    text: Text


Block = Heading | Paragraph | Items | Quote

_WORDS = {
    "ar": {
        "date": "التاريخ",
        "place": "المكان",
        "states": "الدول ووزراء الداخلية",
        "bodies": "الهيئات",
        "meetings": "الاجتماعات",
        "commitments": "الالتزامات",
        "sources": "المصادر",
        "printed": "كما طبع",
        "domains": "المجالات",
        "responsible": "الجهات المكلفة",
        "deadline": "الأجل",
        "none": "لا يذكر المصدر جهة",
        "mandate": "المهمة",
        "note": "ملاحظة",
        "cadence": "الوتيرة",
        "colon": ": ",
        "comma": "، ",
    },
    "fr": {
        "date": "Date",
        "place": "Lieu",
        "states": "États et ministres de l'Intérieur",
        "bodies": "Organes",
        "meetings": "Réunions",
        "commitments": "Engagements",
        "sources": "Sources",
        "printed": "tel qu'imprimé",
        "domains": "Domaines",
        "responsible": "Organes chargés",
        "deadline": "Échéance",
        "none": "la source n'en nomme aucun",
        "mandate": "Mandat",
        "note": "Note",
        "cadence": "Rythme",
        "colon": " : ",
        "comma": ", ",
    },
}


def _plain(text: str) -> Text:
    return (Run(text),)


def _is_arabic(text: str) -> bool:
    return any("\u0600" <= char <= "\u06ff" for char in text)


def _foreign(text: str, language: Language) -> Run:
    """A run isolated when its script is not the document's."""
    return Run(text, isolated=_is_arabic(text) != (language == "ar"))


def _id(value: str, language: Language) -> Run:
    return Run(value, isolated=language == "ar", code=True)


def document(accord: Agreement, language: Language) -> list[Block]:
    """The whole accord in ``language``."""
    words = _WORDS[language]
    colon, comma = words["colon"], words["comma"]
    blocks: list[Block] = [Heading(1, _plain(accord.title.in_locale(language)))]
    meeting = accord.main_meeting
    locale = f"{language}_{meeting.venue.state}"
    when, place = when_and_where(accord, meeting, language, locale)
    blocks.append(Paragraph(_plain(f"{words['date']}{colon}{when}")))
    blocks.append(Paragraph(_plain(f"{words['place']}{colon}{place}")))

    blocks.append(Heading(2, _plain(words["states"])))
    entries: list[tuple[int, Text]] = []
    for state in accord.states:
        names = f" {state.name.in_locale(language)} ({state.official_name.in_locale(language)})"
        ministers = accord.ministers_of(state.code)
        if len(ministers) == 1:  # the state and its minister on one line
            line = f"{names}{colon}{_minister_line(ministers[0], language)}"
            entries.append((0, (_id(state.code, language), Run(line))))
            entries += _printed_names(ministers[0], 1, language)
            continue
        if not ministers:  # an accord may list no minister for a state
            line = f"{names}{colon}{NO_MINISTER[language]}"
            entries.append((0, (_id(state.code, language), Run(line))))
            continue
        # Several ministers: each on a line of its own, under the state.
        entries.append((0, (_id(state.code, language), Run(names))))
        for minister in ministers:
            entries.append((1, _plain(_minister_line(minister, language))))
            entries += _printed_names(minister, 2, language)
    blocks.append(Items(tuple(entries)))

    blocks.append(Heading(2, _plain(words["bodies"])))
    blocks.append(Items(tuple(_body_tree(accord, None, 0, language))))

    blocks.append(Heading(2, _plain(words["meetings"])))
    blocks.append(
        Items(
            tuple(
                (
                    0,
                    (
                        _id(item.id, language),
                        Run(
                            f" {item.name.in_locale(language)} "
                            f"({item.status.label.in_locale(language)}){colon}"
                            f"{item.when.in_locale(locale)}"
                        ),
                    ),
                )
                for item in accord.meetings
            )
        )
    )

    blocks.append(Heading(2, _plain(words["commitments"])))
    for number, commitment in enumerate(accord.commitments, start=1):
        kind = commitment.kind.label.in_locale(language)
        blocks.append(Heading(3, (Run(f"{number}. {kind} — "), _id(commitment.id, language))))
        blocks.append(Paragraph(_plain(commitment.text.in_locale(language))))
        domains = comma.join(d.label.in_locale(language) for d in _sorted(commitment.domains))
        details: list[tuple[int, Text]] = [(0, _plain(f"{words['domains']}{colon}{domains}"))]
        if commitment.responsible:
            runs: list[Run] = [Run(f"{words['responsible']}{colon}")]
            for position, body_id in enumerate(commitment.responsible):
                if position:
                    runs.append(Run(comma))
                runs.append(Run(accord.body(body_id).name.in_locale(language)))
            details.append((0, tuple(runs)))
        else:
            details.append((0, _plain(f"{words['responsible']}{colon}{words['none']}")))
        if commitment.deadline is not None:
            deadline = format_date(commitment.deadline, locale)
            details.append((0, _plain(f"{words['deadline']}{colon}{deadline}")))
        blocks.append(Items(tuple(details)))
        for ref in commitment.sources:
            if ref.quote is not None:
                blocks.append(Quote((_foreign(ref.quote, language),)))

    blocks.append(Heading(2, _plain(words["sources"])))
    blocks.append(
        Items(
            tuple(
                (
                    0,
                    (
                        _id(source.id, language),
                        Run(f" {source.description.in_locale(language)}"),
                        *(
                            (Run(f"{comma}"), Run(source.address, isolated=language == "ar"))
                            if source.address
                            else ()
                        ),
                    ),
                )
                for source in accord.sources
            )
        )
    )
    return blocks


def _sorted(domains: frozenset[Domain]) -> list[Domain]:
    order = list(Domain)
    return sorted(domains, key=order.index)


def _minister_line(minister: Minister, language: Language) -> str:
    words = _WORDS[language]
    role = f" ({Role.HOST.label.in_locale(language)})" if minister.role is Role.HOST else ""
    name, office = minister.name.in_locale(language), minister.office.in_locale(language)
    return f"{name}{words['comma']}{office}{role}"


def _printed_names(minister: Minister, depth: int, language: Language) -> list[tuple[int, Text]]:
    """The article's spellings of the minister's name, where they differ from the name."""
    words = _WORDS[language]
    return [
        (depth, (Run(f"{words['printed']}{words['colon']}"), _foreign(attested.name, language)))
        for attested in minister.attested_names
        if attested.source.quote is not None and attested.name != minister.name.ar
    ]


def _body_tree(
    accord: Agreement, parent: str | None, depth: int, language: Language
) -> Iterator[tuple[int, Text]]:
    words = _WORDS[language]
    colon = words["colon"]
    children: tuple[Body, ...] = (
        tuple(body for body in accord.bodies if body.parent is None)
        if parent is None
        else accord.sub_bodies(parent)
    )
    for body in children:
        line = f" {body.name.in_locale(language)} ({body.kind.label.in_locale(language)})"
        if body.cadence is not None:
            line += f"{words['comma']}{body.cadence.label.in_locale(language)}"
        yield depth, (_id(body.id, language), Run(line))
        if body.mandate is not None:
            yield depth + 1, _plain(f"{words['mandate']}{colon}{body.mandate.in_locale(language)}")
        if body.note is not None:
            yield depth + 1, _plain(f"{words['note']}{colon}{body.note.in_locale(language)}")
        yield from _body_tree(accord, body.id, depth + 1, language)
