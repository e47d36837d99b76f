"""A plain-text summary of an accord, in Arabic, French or both."""

from __future__ import annotations

from collections.abc import Iterable
from types import MappingProxyType
from typing import Final, Literal

from .agreement import Agreement
from .dates import Day
from .locales import LocaleLike, format_date, format_list
from .model import Body, Meeting, MemberState
from .vocabulary import Domain, Role

__all__ = ["format_states", "summary"]

# What the summary, the command line and the documents say for a state with no minister.
NO_MINISTER: Final = MappingProxyType({"ar": "لم يذكر وزير", "fr": "aucun ministre indiqué"})

_HEADINGS = {
    "ar": {
        "when": "التاريخ والمكان",
        "who": "الدول ووزراء الداخلية",
        "bodies": "الهيئات",
        "meetings": "الاجتماعات",
        "by_domain": "الالتزامات حسب المجال (أرقامها في القائمة أدناه)",
        "commitments": "الالتزامات",
    },
    "fr": {
        "when": "Date et lieu",
        "who": "États et ministres de l'Intérieur",
        "bodies": "Organes",
        "meetings": "Réunions",
        "by_domain": "Engagements par domaine (numéros de la liste ci-dessous)",
        "commitments": "Engagements",
    },
}


def when_and_where(
    accord: Agreement, meeting: Meeting, language: Literal["ar", "fr"], locale: str
) -> tuple[str, str]:
    """A meeting's date in full (or its bounds) and its place, for a reader of ``language``."""
    if isinstance(meeting.when, Day):
        when = format_date(meeting.when.date, locale, format="full")
    else:
        when = meeting.when.in_locale(locale)
    place = [meeting.venue.city.in_locale(language)] if meeting.venue.city else []
    place.append(accord.state(meeting.venue.state).name.in_locale(language))
    return when, ("، " if language == "ar" else ", ").join(place)


def format_states(states: Iterable[MemberState], locale: LocaleLike) -> str:
    """The names of ``states`` as one list, in the locale's language and style.

    >>> import maghreb_accord
    >>> accord = maghreb_accord.load()
    >>> format_states(accord.states, "ar")
    'المغرب والجزائر وتونس وليبيا وموريتانيا'
    >>> format_states(accord.states, "fr")
    'Maroc, Algérie, Tunisie, Libye et Mauritanie'

    .. versionadded:: 0.1.0
    """
    return format_list((state.name.in_locale(locale) for state in states), locale)


class _Writer:
    """Lines of one language's summary."""

    def __init__(self, accord: Agreement, language: Literal["ar", "fr"]) -> None:
        self.accord = accord
        self.language = language
        # Dates in the host's own usage: Moroccan Arabic names the months as the article does.
        self.locale = f"{language}_{accord.main_meeting.venue.state}"
        self.words = _HEADINGS[language]
        self.comma = "، " if language == "ar" else ", "
        self.colon = ":" if language == "ar" else " :"
        self.lines: list[str] = [accord.title.in_locale(language)]

    def heading(self, key: str) -> None:
        self.lines += ["", f"{self.words[key]}{self.colon}"]

    def when_and_where(self, meeting: Meeting) -> str:
        when, place = when_and_where(self.accord, meeting, self.language, self.locale)
        return f"{when} — {place}"

    def body_tree(self, bodies: Iterable[Body], depth: int) -> None:
        for body in bodies:
            cadence = f" — {body.cadence.label.in_locale(self.language)}" if body.cadence else ""
            self.lines.append(f"{'  ' * depth}{body.name.in_locale(self.language)}{cadence}")
            self.body_tree(self.accord.sub_bodies(body.id), depth + 1)

    def write(self) -> list[str]:
        accord, language = self.accord, self.language
        self.heading("when")
        self.lines.append(f"  {self.when_and_where(accord.main_meeting)}")
        self.heading("who")
        host = f" ({Role.HOST.label.in_locale(language)})"
        for state in accord.states:
            # An accord may name no minister for a state, or several.
            names = [
                f"{minister.name.in_locale(language)}{host if minister.role is Role.HOST else ''}"
                for minister in accord.ministers_of(state.code)
            ]
            listed = self.comma.join(names) or NO_MINISTER[language]
            self.lines.append(f"  {state.name.in_locale(language)}{self.colon} {listed}")
        self.heading("bodies")
        self.body_tree((body for body in accord.bodies if body.parent is None), 1)
        self.heading("meetings")
        for meeting in accord.meetings:
            status = meeting.status.label.in_locale(language)
            self.lines.append(f"  {meeting.name.in_locale(language)} ({status})")
            self.lines.append(f"    {self.when_and_where(meeting)}")
        number = {commitment.id: n for n, commitment in enumerate(accord.commitments, start=1)}
        self.heading("by_domain")
        for domain in Domain:
            about = accord.commitments_about(domain)
            if about:
                numbers = self.comma.join(str(number[commitment.id]) for commitment in about)
                label = domain.label.in_locale(language)
                self.lines.append(f"  {label} ({len(about)}){self.colon} {numbers}")
        self.heading("commitments")
        for commitment in accord.commitments:
            kind = commitment.kind.label.in_locale(language)
            text = commitment.text.in_locale(language)
            self.lines.append(f"  {number[commitment.id]}. [{kind}] {text}")
        return self.lines


def summary(accord: Agreement, *, language: Literal["ar", "fr", "both"] = "both") -> str:
    """A plain-text summary: date and place, states and ministers, bodies, commitments.

    With ``language="both"`` the Arabic summary comes first, then the French one.

    >>> import maghreb_accord
    >>> print(summary(maghreb_accord.load(), language="fr").splitlines()[3])
      dimanche 21 avril 2013 — Rabat, Maroc

    .. versionadded:: 0.1.0
    """
    if language not in ("ar", "fr", "both"):
        from .errors import LocaleError

        raise LocaleError(f"language must be 'ar', 'fr' or 'both', got {language!r}")
    languages: tuple[Literal["ar", "fr"], ...] = ("ar", "fr") if language == "both" else (language,)
    parts = ["\n".join(_Writer(accord, lang).write()) for lang in languages]
    return ("\n\n" + "=" * 60 + "\n\n").join(parts) + "\n"
