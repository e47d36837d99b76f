"""A plain-text summary of an accord, in Arabic, French or both."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from .locales import LocaleLike, format_date, format_list
from .model import Agreement, Meeting, MemberState
from .vocabulary import CommitmentKind, Domain

__all__ = ["format_states", "summary"]

_HEADINGS = {
    "ar": (
        "التاريخ والمكان",
        "الدول ووزراء الداخلية",
        "الهيئات",
        "الالتزامات حسب المجال (أرقامها في القائمة أدناه)",
        "الالتزامات",
    ),
    "fr": (
        "Date et lieu",
        "États et ministres de l'Intérieur",
        "Organes",
        "Engagements par domaine (numéros de la liste ci-dessous)",
        "Engagements",
    ),
}


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


def _when(meeting: Meeting, locale: str) -> str:
    if meeting.date is not None:
        return format_date(meeting.date, locale, format="full")
    assert meeting.not_after is not None
    day = format_date(meeting.not_after, locale)
    return f"في موعد أقصاه {day}" if locale.startswith("ar") else f"au plus tard le {day}"


def _section(accord: Agreement, language: Literal["ar", "fr"]) -> list[str]:
    meeting = accord.main_meeting
    # Dates in the host's own usage: Moroccan Arabic names the months as the article does.
    locale = f"{language}_{meeting.venue.state}"
    when, who, bodies, by_domain, commitments = _HEADINGS[language]
    lines = [accord.title.in_locale(language), "", f"{when}:"]
    place = [meeting.venue.city.in_locale(language)] if meeting.venue.city else []
    place.append(accord.state(meeting.venue.state).name.in_locale(language))
    separator = "، " if language == "ar" else ", "
    lines.append(f"  {_when(meeting, locale)} — {separator.join(place)}")
    lines += ["", f"{who}:"]
    for state in accord.states:
        minister = accord.minister_of(state.code)
        role = f" ({minister.role.label.in_locale(language)})" if minister.role == "host" else ""
        lines.append(
            f"  {state.name.in_locale(language)}: {minister.name.in_locale(language)}{role}"
        )
    lines += ["", f"{bodies}:"]
    for body in accord.bodies:
        cadence = f" — {body.cadence.label.in_locale(language)}" if body.cadence else ""
        lines.append(f"  {body.name.in_locale(language)}{cadence}")
    for planned in accord.meetings:
        if planned.id != meeting.id:
            lines.append(f"    {planned.name.in_locale(language)}: {_when(planned, locale)}")
    lines += ["", f"{by_domain}:"]
    number = {commitment.id: n for n, commitment in enumerate(accord.commitments, start=1)}
    comma = "، " if language == "ar" else ", "
    for domain in Domain:
        about = accord.commitments_about(domain)
        if about:
            numbers = comma.join(str(number[commitment.id]) for commitment in about)
            lines.append(f"  {domain.label.in_locale(language)} ({len(about)}): {numbers}")
    lines += ["", f"{commitments}:"]
    for commitment in accord.commitments:
        kind = CommitmentKind(commitment.kind).label.in_locale(language)
        text = commitment.text.in_locale(language)
        lines.append(f"  {number[commitment.id]}. [{kind}] {text}")
    return lines


def summary(accord: Agreement, *, language: Literal["ar", "fr", "both"] = "both") -> str:
    """A plain-text summary: date and place, states and ministers, bodies, commitments.

    With ``language="both"`` the Arabic summary comes first, then the French one.

    >>> import maghreb_accord
    >>> print(summary(maghreb_accord.load(), language="fr").splitlines()[3])
      dimanche 21 avril 2013 — Rabat, Maroc

    .. versionadded:: 0.1.0
    """
    languages: tuple[Literal["ar", "fr"], ...] = ("ar", "fr") if language == "both" else (language,)
    parts = ["\n".join(_section(accord, lang)) for lang in languages]
    return ("\n\n" + "=" * 60 + "\n\n").join(parts) + "\n"
