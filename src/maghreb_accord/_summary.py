"""A plain-text summary of an accord, in Arabic, French or both."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Literal

from .locales import LocaleLike, format_list

if TYPE_CHECKING:
    from .agreement import Agreement
    from .model import MemberState

__all__ = ["format_states", "summary"]


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
    from ._render.text import render_text
    from ._render.views import summary_document

    languages: tuple[Literal["ar", "fr"], ...] = ("ar", "fr") if language == "both" else (language,)
    parts = [render_text(summary_document(accord, lang)) for lang in languages]
    return ("\n\n" + "=" * 60 + "\n\n").join(parts) + "\n"
