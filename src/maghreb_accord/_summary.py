"""Plain texts of an accord for people: its summary, a schedule, what was due; in any locale."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .locales import LocaleLike, format_list, output_locales

if TYPE_CHECKING:
    from ._render.blocks import Document
    from .agreement import Agreement
    from .model import MemberState

__all__ = ["due_text", "format_states", "record_text", "schedule_text", "summary"]


def format_states(states: Iterable[MemberState], locale: LocaleLike) -> str:
    """The names of ``states`` as one list, in the locale's language and style.

    >>> import maghreb_accord
    >>> accord = maghreb_accord.load()
    >>> maghreb_accord.format_states(accord.states, "ar")
    'المغرب والجزائر وتونس وليبيا وموريتانيا'
    >>> maghreb_accord.format_states(accord.states, "fr")
    'Maroc, Algérie, Tunisie, Libye et Mauritanie'

    .. versionadded:: 0.1.0
    """
    return format_list((state.name.in_locale(locale) for state in states), locale)


def summary(accord: Agreement, locale: LocaleLike = "both") -> str:
    """A plain-text summary: date and place, states and ministers, bodies, commitments.

    ``locale`` is a tag (``"ar"``, ``"fr"``, ``"ar_MA"``, ``"fr-FR"``), a
    :class:`babel.Locale`, or ``"both"`` (the default): the Arabic summary, then the French
    one. Dates follow the locale: ``ar_MA`` writes Moroccan month names, ``ar_DZ``
    Algerian ones.

    >>> import maghreb_accord
    >>> print(maghreb_accord.summary(maghreb_accord.load(), "fr").splitlines()[3])
      dimanche 21 avril 2013 — Rabat, Maroc

    .. versionadded:: 0.1.0
    """
    from ._render.views import summary_document

    return _joined(summary_document(accord, each) for each in output_locales(locale))


def schedule_text(
    accord: Agreement, body_id: str, locale: LocaleLike = "both", *, until: datetime.date
) -> str:
    """The meetings ``body_id`` is expected to hold up to ``until``, as plain text.

    What ``maghreb-accord schedule`` prints: for each expected meeting, its place in the
    series, its window and the meeting that filled it (ids and numbers), then the window
    in words and the meeting's name, or that none is recorded (or, for a window still open
    on ``until``, that is, not over before it, none yet, as :meth:`~maghreb_accord.Agreement.compliance`
    says for that day), in ``locale`` (as for :func:`summary`). It reads the whole record:
    a meeting held after ``until`` fills its window. A meeting known only by bounds that
    may fall in a window has a ``?`` after its id, and a last line says so. If no window
    starts by ``until``, it says when the first one starts; if ``until`` is past the
    record's last day (:attr:`~maghreb_accord.Agreement.record_end`), a first line says
    where the record stops.

    >>> import datetime, maghreb_accord
    >>> text = maghreb_accord.schedule_text(
    ...     maghreb_accord.load(), "security-follow-up-committee", "ar_MA",
    ...     until=datetime.date(2013, 9, 30),
    ... )
    >>> print(text.splitlines()[-1])
        بين 1 يوليوز 2013 و30 شتنبر 2013 — فترة جارية لم يسجل فيها اجتماع بعد

    .. versionadded:: 0.1.0
    """
    from ._render.text import render_text
    from ._render.views import schedule_listing
    from .schedule import _anchor

    expected = accord.schedule(body_id, until=until)
    # Nothing starts by ``until``: say when the first window starts instead of nothing.
    first = None if expected else (until, _anchor(accord, body_id).earliest)
    document = schedule_listing(accord, expected, output_locales(locale), until=until, first=first)
    text = render_text(document)
    return text + "\n" if text else ""


def due_text(accord: Agreement, as_of: datetime.date, locale: LocaleLike = "both") -> str:
    """What had a deadline as of ``as_of``, passed and still open, as plain text.

    What ``maghreb-accord due`` prints, in ``locale`` (as for :func:`summary`): the
    deadlines passed, those still open, then the windows of a body's cadence that closed
    with no meeting recorded (:attr:`~maghreb_accord.DueReport.no_meeting_recorded`).

    >>> import datetime, maghreb_accord
    >>> print(maghreb_accord.due_text(maghreb_accord.load(), datetime.date(2013, 7, 1), "fr"))
    au 1er juillet 2013
    échéances passées : 2
      2013-06-30  first-follow-up-meeting
          engagement : Tenue de la première réunion de la commission de suivi sécuritaire au Maroc avant la fin du mois de juin prochain
      2013-06-30  security-follow-up-committee-1
          réunion : Première réunion de la commission de suivi sécuritaire
    échéances à venir : 0
    fenêtres closes sans réunion enregistrée : 1
      2013-04-21 .. 2013-06-30  security-follow-up-committee
          Commission de suivi sécuritaire — entre le 21 avril 2013 et le 30 juin 2013 — aucune réunion enregistrée
    <BLANKLINE>

    .. versionadded:: 0.1.0
    """
    from ._render.text import render_text
    from ._render.views import due_listing

    document = due_listing(accord, accord.due(as_of), output_locales(locale))
    return render_text(document) + "\n"


def record_text(
    accord: Agreement,
    as_of: datetime.date,
    locale: LocaleLike = "both",
    *,
    body: str | None = None,
) -> str:
    """The record after the accord as of ``as_of``, as plain text: what ``maghreb-accord record`` prints.

    For ``body`` (an id), or else every body with a cadence or a recorded meeting: its
    cadence in words; each window of its series as :meth:`~maghreb_accord.Agreement.compliance`
    computes it, with its dates, its status (met, no meeting recorded, uncertain, open), the
    meetings recorded in it and how late each was; how many windows were expected and how
    many have a recorded meeting. Then, for each meeting it held by ``as_of``, who represented
    each state, in what office and at what level. In ``locale`` (as for :func:`summary`).

    Absence of a record is not proof of absence: a window with no meeting recorded says
    so, never "missed". An unknown ``body`` raises :class:`~maghreb_accord.UnknownIdError`.

    >>> import datetime, maghreb_accord
    >>> text = maghreb_accord.record_text(
    ...     maghreb_accord.load(), datetime.date(2014, 1, 1), "fr",
    ...     body="security-follow-up-committee",
    ... )
    >>> for line in text.splitlines()[:9]:
    ...     print(line)
    au 1er janvier 2014
    <BLANKLINE>
    security-follow-up-committee
        Commission de suivi sécuritaire — au moins une fois tous les trois mois, et chaque fois que nécessaire
        fenêtres attendues : 3 — réunion enregistrée : 1, aucune réunion enregistrée : 2, incertaine : 0, en cours : 1
      0  2013-04-21 .. 2013-06-30
          entre le 21 avril 2013 et le 30 juin 2013 — aucune réunion enregistrée
      1  2013-07-01 .. 2013-09-30
          entre le 1er juillet 2013 et le 30 septembre 2013 — aucune réunion enregistrée

    .. versionadded:: 0.1.0
    """
    from ._checks import date_argument
    from ._render.text import render_text
    from ._render.views import body_tree, record_listing

    date_argument(as_of, "as_of")
    if body is not None:
        chosen = [accord.body(body)]
    else:
        held = {meeting.body for meeting in accord.meetings}
        chosen = [b for _, b in body_tree(accord) if b.cadence is not None or b.id in held]
    document = record_listing(accord, as_of, chosen, output_locales(locale))
    return render_text(document) + "\n"


def _joined(documents: Iterable[Document]) -> str:
    from ._render.text import render_text

    parts = [render_text(document) for document in documents]
    return ("\n\n" + "=" * 60 + "\n\n").join(parts) + "\n"
