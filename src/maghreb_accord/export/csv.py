"""The commitments as CSV for spreadsheets and data frames, their references, and attendance.

Each commitment may cite several sources, so the references are a second, long-format table
(one row per reference, keyed by the commitment's id) rather than cells joined in the first:
a spreadsheet and ``pandas.read_csv`` read both as they are, and ``merge`` joins them.

The record of the meetings is a third table, :func:`to_csv_attendance`: one row for each
meeting and member state (more where several people represented a state), so that "who came
to each session, at what level" is a filter, and a state with no attendance recorded is a
row that says so rather than a row that is missing. Whether the cadences were kept is a
fourth, :func:`to_csv_windows`: one row for each window of each body's series.

Accord files come from other people, and a cell that begins with ``=``, ``+``, ``-``, ``@``, a
tab or a carriage return is a formula to a spreadsheet program (OWASP's "CSV injection").
By default such a cell is written with a single quote before it, as OWASP recommends, so the
spreadsheet shows it as text; ``formula_guard=False`` writes every cell exactly as it is, for
programs that read CSV as data.
"""

from __future__ import annotations

import csv
import datetime
import io
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from maghreb_accord.agreement import Agreement
    from maghreb_accord.locales import LocaleLike
    from maghreb_accord.model import Attendance, Commitment, Dispute, Meeting, MemberState

__all__ = [
    "ATTENDANCE_COLUMNS",
    "COLUMNS",
    "FORMULA_TRIGGERS",
    "REFERENCE_COLUMNS",
    "WINDOW_COLUMNS",
    "to_csv",
    "to_csv_attendance",
    "to_csv_references",
    "to_csv_windows",
]

COLUMNS: Final = (
    "id",
    "kind",
    "said_by",
    "axis",
    "domains",
    "responsible",
    "parties",
    "deadline",
    "text_ar",
    "text_fr",
    "sources",
    "note_ar",
    "note_fr",
    "disputes",
)
"""The columns of :func:`to_csv` with ``locale="both"``, in order."""

REFERENCE_COLUMNS: Final = ("commitment", "source", "quote", "start", "end", "excerpt")
"""The columns of :func:`to_csv_references`, in order."""

ATTENDANCE_COLUMNS: Final = (
    "meeting",
    "body",
    "date",
    "earliest",
    "latest",
    "when_ar",
    "when_fr",
    "place_ar",
    "place_fr",
    "session",
    "status",
    "meeting_note_ar",
    "meeting_note_fr",
    "state",
    "state_name_ar",
    "state_name_fr",
    "delegate",
    "delegate_name_ar",
    "delegate_name_fr",
    "office_ar",
    "office_fr",
    "level",
    "sources",
    "note_ar",
    "note_fr",
    "disputes",
)
"""The columns of :func:`to_csv_attendance` with ``locale="both"``, in order.

In one language, each pair ``…_ar``, ``…_fr`` is one column named without the suffix.
"""

WINDOW_COLUMNS: Final = (
    "body",
    "body_name_ar",
    "body_name_fr",
    "window",
    "first_day",
    "last_day",
    "status",
    "meetings",
    "maybe_meetings",
    "answers",
    "due_day",
    "days_late",
    "days_late_at_most",
    "judged_on",
)
"""The columns of :func:`to_csv_windows` with ``locale="both"``, in order.

In one language, each pair ``…_ar``, ``…_fr`` is one column named without the suffix.
"""

FORMULA_TRIGGERS: Final = ("=", "+", "-", "@", "\t", "\r")
"""The first characters that make a spreadsheet read a cell as a formula (OWASP)."""

_BOM: Final = "\ufeff"


def _columns(
    every: Sequence[str], locale: LocaleLike
) -> tuple[LocaleLike | None, list[str], list[str]]:
    """The one locale asked for (or None for both), the columns, and the header row.

    In both languages the columns are ``every`` and the header their names; in one, each
    pair ``x_ar``, ``x_fr`` is one column ``x``, and the header is in that language's words.
    """
    from maghreb_accord._render.words import capitalized, words
    from maghreb_accord.locales import output_locales

    locales = output_locales(locale)
    if len(locales) != 1:
        return None, list(every), list(every)
    columns = [c.removesuffix("_ar") for c in every if not c.endswith("_fr")]
    table = words(locales[0])
    titles = (table[column] for column in columns)
    return locales[0], columns, [capitalized(title) for title in titles]


def _languages(one: LocaleLike | None) -> tuple[tuple[str, LocaleLike], ...]:
    """The column suffix and language of each text column: one, or ``_ar`` and ``_fr``."""
    return (("", one),) if one is not None else (("_ar", "ar"), ("_fr", "fr"))


def _joined(values: Iterable[str]) -> str:
    """A multi-valued cell: each value once, in the order first seen, joined by ``;``."""
    return ";".join(dict.fromkeys(values))


def _disputed(disputes: Iterable[Dispute], one: LocaleLike | None) -> str:
    """What the sources disagree on, each field once, joined.

    In one language, a field with words of its own (``level``, ``said-by``) is named in them,
    as the header names its column; any other, and every field in both languages, by its id.
    """
    from maghreb_accord._render.views import disputed_words

    return _joined(disputed_words(d.about, one) if one else d.about for d in disputes)


def _guarded(cell: str | int) -> str | int:
    if isinstance(cell, str) and cell.startswith(FORMULA_TRIGGERS):
        return "'" + cell
    return cell


def _table(
    header: Iterable[str],
    rows: Iterable[Iterable[str | int]],
    *,
    formula_guard: bool,
    bom: bool,
) -> str:
    buffer = io.StringIO()
    if bom:
        buffer.write(_BOM)
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([_guarded(cell) for cell in row] if formula_guard else row)
    return buffer.getvalue()


def _chosen(agreement: Agreement, body: str | None) -> tuple[Commitment, ...]:
    return agreement.commitments if body is None else agreement.commitments_of(body)


def to_csv(
    agreement: Agreement,
    locale: LocaleLike = "both",
    *,
    body: str | None = None,
    formula_guard: bool = True,
    bom: bool = False,
) -> str:
    """The commitments as CSV (RFC 4180: a header row, CRLF line ends), one row each.

    With ``locale="both"`` (the default) the file is for programs: the header is
    ``COLUMNS``, kinds, domains and ``said_by`` are their stable values, and each text is in
    two columns, ``…_ar`` and ``…_fr``. With a locale (a tag or a :class:`babel.Locale`) it
    is for people reading that language: the header is in its words, those values are their
    labels, and each pair of columns is one (``text``, ``note``).

    The columns, in order:

    * ``id`` — the commitment's id;
    * ``kind`` — what the ministers did (``decision``, ``call``, …);
    * ``said_by`` — whose words report it (``press_statement``, ``final_statement``,
      ``newspaper``, ``other_report``);
    * ``axis`` — the id of the declaration's axis it belongs to; empty where it has none;
    * ``domains`` — what it is about;
    * ``responsible`` — the ids of the bodies charged with it; empty where the sources name
      none;
    * ``parties`` — the codes of the states it binds; empty where it names none;
    * ``deadline`` — the day it is due by, ``YYYY-MM-DD``; empty where no source sets one;
    * ``text_ar``, ``text_fr`` — what they committed to, in Arabic and French;
    * ``sources`` — the ids of the sources its references cite (each reference is a row of
      :func:`to_csv_references`);
    * ``note_ar``, ``note_fr`` — the note: what the data infers about it and what that rests
      on (its kind, the body charged, a text that is our translation); empty where the data
      records no note;
    * ``disputes`` — the fields the sources disagree on (``said-by``, …), in one language
      in its words where the field is a column; empty where no dispute is recorded. Each
      dispute in full is in the accord's JSON.

    A cell of several values (``domains``, ``responsible``, ``parties``, ``sources``,
    ``disputes``) joins them by ``;``, which no id holds, each value once, in the order first
    seen. Every reference in full — quote and offsets, one row for each, two quotes of one
    source included — is a row of :func:`to_csv_references`. ``body`` keeps the commitments
    that body is charged with. ``formula_guard`` (on by default) writes a single quote before
    a cell that a spreadsheet would read as a formula; ``bom`` starts the text with a byte
    order mark, which Excel needs to read UTF-8 Arabic.

    >>> import csv, io, maghreb_accord
    >>> from maghreb_accord.export import to_csv
    >>> text = to_csv(maghreb_accord.load())
    >>> text.splitlines()[0]
    'id,kind,said_by,axis,domains,responsible,parties,deadline,text_ar,text_fr,sources,note_ar,note_fr,disputes'
    >>> rows = {row["id"]: row for row in csv.DictReader(io.StringIO(text))}
    >>> drugs = rows["intensify-fight-against-drug-trafficking"]
    >>> drugs["said_by"], drugs["axis"], drugs["note_fr"][:35]
    ('other_report', 'drug-trafficking', 'Le texte arabe est notre traduction')
    >>> rows["first-follow-up-meeting"]["deadline"], rows["first-follow-up-meeting"]["disputes"]
    ('2013-06-30', 'said-by')
    >>> to_csv(maghreb_accord.load(), "fr").splitlines()[0]
    'Identifiant,Nature,Rapporté par,Axe,Domaines,Organes chargés,Parties,Échéance,Texte,Sources,Note,Désaccords'

    .. versionadded:: 0.1.0
    """
    from maghreb_accord._render.views import in_order

    one, columns, header = _columns(COLUMNS, locale)

    def cells(commitment: Commitment) -> list[str | int]:
        domains = in_order(commitment.domains)
        row: dict[str, str | int] = {
            "id": commitment.id,
            "kind": commitment.kind.label.in_locale(one) if one else commitment.kind.value,
            "domains": _joined(d.label.in_locale(one) if one else d.value for d in domains),
            "responsible": _joined(commitment.responsible),
            "parties": _joined(commitment.parties),
            "deadline": commitment.deadline.isoformat() if commitment.deadline else "",
            "text": commitment.text.in_locale(one) if one else "",
            "text_ar": commitment.text.ar,
            "text_fr": commitment.text.fr,
            "sources": _joined(ref.source for ref in commitment.sources),
            "disputes": _disputed(commitment.disputes, one),
        }
        said_by = commitment.said_by
        row["said_by"] = said_by.label.in_locale(one) if one else said_by.value
        row["axis"] = commitment.axis or ""
        note = commitment.note
        for suffix, language in _languages(one):
            row[f"note{suffix}"] = note.in_locale(language) if note else ""
        return [row[column] for column in columns]

    rows = (cells(commitment) for commitment in _chosen(agreement, body))
    return _table(header, rows, formula_guard=formula_guard, bom=bom)


def to_csv_references(
    agreement: Agreement,
    *,
    body: str | None = None,
    formula_guard: bool = True,
    bom: bool = False,
) -> str:
    """Every reference of every commitment as CSV, one row each, in the data's order.

    ``commitment`` is the commitment's id (the ``id`` of :func:`to_csv`), ``source`` the
    source's id; ``quote``, ``start`` and ``end`` are the words of a bundled source and where
    they stand, ``excerpt`` the words of a page that is not bundled (each empty otherwise). The options are those of :func:`to_csv`.

    >>> import maghreb_accord
    >>> from maghreb_accord.export import to_csv_references
    >>> rows = to_csv_references(maghreb_accord.load()).splitlines()
    >>> rows[0]
    'commitment,source,quote,start,end,excerpt'

    .. versionadded:: 0.1.0
    """
    rows = (
        (
            commitment.id,
            ref.source,
            "" if ref.quote is None else ref.quote,
            "" if ref.start is None else ref.start,
            "" if ref.end is None else ref.end,
            "" if ref.excerpt is None else ref.excerpt,
        )
        for commitment in _chosen(agreement, body)
        for ref in commitment.sources
    )
    return _table(REFERENCE_COLUMNS, rows, formula_guard=formula_guard, bom=bom)


def to_csv_attendance(
    agreement: Agreement,
    locale: LocaleLike = "both",
    *,
    body: str | None = None,
    formula_guard: bool = True,
    bom: bool = False,
) -> str:
    """The meetings with their attendance as CSV: one row for each meeting and member state.

    Meetings come in the data's order, and for each, the states in the accord's order. A
    state represented by several people at a meeting has a row for each, in the data's order;
    a state with no attendance recorded has one row whose ``delegate``, ``office`` and
    ``level`` cells are empty and whose note says "no attendance recorded" (an empty
    ``level`` means exactly that: a recorded row whose rank no source gives has the level
    ``not_known``). So the file has one row per meeting and state, plus one for each extra
    delegate.

    The columns, in order; those up to ``meeting_note_fr`` are the meeting's, the same on
    each of its rows:

    * ``meeting`` — the meeting's id;
    * ``body`` — the id of the body that met;
    * ``date`` — the date as precise as the sources, in EDTF: ``2013-04-21`` for a day,
      ``2013-10`` for a month, ``2013-10-01/2016-04-25`` for bounds (``../2013-06-30`` where
      only the last is known);
    * ``earliest``, ``latest`` — the first and the last day the meeting may fall on,
      ``YYYY-MM-DD`` as ``deadline`` is in :func:`to_csv`: the same day for a day, the
      month's first and last for a month; empty where the date has no bound on that side;
    * ``when_ar``, ``when_fr`` — the date in words;
    * ``place_ar``, ``place_fr`` — the city and state; empty where no source gives the place;
    * ``session`` — its number; empty where no source gives one;
    * ``status`` — ``held`` or ``planned``;
    * ``meeting_note_ar``, ``meeting_note_fr`` — the meeting's note: what the data infers
      about it and what that rests on (its day, month or bounds, its place, its number);
      empty where the data records no note on the meeting;
    * ``state``, ``state_name_ar``, ``state_name_fr`` — the state's ISO 3166-1 code and
      name;
    * ``delegate`` — the id of whoever represented it, one of the accord's ministers or a
      person; empty where no source names one, or no attendance is recorded;
    * ``delegate_name_ar``, ``delegate_name_fr`` — that delegate's name; empty as ``delegate``;
    * ``office_ar``, ``office_fr`` — the delegate's office; empty where no source gives it,
      or no attendance is recorded;
    * ``level`` — the rank (``minister``, …, ``not_known`` where no source gives it); empty
      only where no attendance is recorded;
    * ``sources`` — the ids of the sources the row cites; empty where no attendance is
      recorded;
    * ``note_ar``, ``note_fr`` — the row's note: what the data infers about this
      representation, or "no attendance recorded" where there is none; empty where the data
      records no note on the row;
    * ``disputes`` — what the sources disagree on (``delegate``, ``level``, …), in one
      language in its words; empty where no dispute is recorded, or no attendance. Each
      dispute in full is in the accord's JSON.

    A cell of several values (``sources``, ``disputes``) joins them by ``;``, each value
    once, in the order first seen.

    With ``locale="both"`` (the default) the header is ``ATTENDANCE_COLUMNS`` and the
    statuses and levels are their stable values; with a locale, the header, statuses and
    levels are in its words and each pair of ``_ar``/``_fr`` columns is one. ``date``,
    ``earliest`` and ``latest`` are the same in every language. ``body`` keeps that body's
    meetings; ``formula_guard`` and ``bom`` are as for :func:`to_csv`.

    >>> import csv, io, maghreb_accord
    >>> from maghreb_accord.export import to_csv_attendance
    >>> text = to_csv_attendance(maghreb_accord.load(), body="council-of-interior-ministers")
    >>> rows = list(csv.DictReader(io.StringIO(text)))
    >>> len(rows)
    16
    >>> [(r["state"], r["delegate"], r["level"]) for r in rows if r["meeting"] == "tunis-2016"]
    [('MA', 'cherki-drais', 'minister_delegate'), ('DZ', 'noureddine-bedoui', 'minister'), ('TN', 'hedi-majdoub', 'minister'), ('LY', 'abdessalam-kajman', 'other'), ('LY', 'al-aref-saleh-al-khoja', 'other'), ('MR', '', 'minister')]
    >>> experts = next(r for r in csv.DictReader(io.StringIO(to_csv_attendance(maghreb_accord.load()))) if r["meeting"] == "rabat-2013-experts")
    >>> experts["date"], experts["earliest"], experts["latest"], experts["meeting_note_fr"][:30]
    ('2013-04-20', '2013-04-20', '2013-04-20', 'Sa date est une déduction : le')
    >>> print(to_csv_attendance(maghreb_accord.load(), "fr").splitlines()[0])
    Réunion,Organe,Date,Premier jour possible,Dernier jour possible,Date en toutes lettres,Lieu,Session,Statut,Note sur la réunion,État,Nom de l'État,Représentant,Nom du représentant,Fonction,Rang,Sources,Note,Désaccords

    .. versionadded:: 0.1.0
    """
    from maghreb_accord._render.views import delegate_name, place_words
    from maghreb_accord._render.words import words

    one, columns, header = _columns(ATTENDANCE_COLUMNS, locale)

    def cells(meeting: Meeting, state: MemberState, row: Attendance | None) -> list[str | int]:
        earliest, latest = meeting.when.earliest, meeting.when.latest
        values: dict[str, str | int] = {
            "meeting": meeting.id,
            "body": meeting.body,
            "date": meeting.when.edtf,
            # The bounds as days, for programs that do not read EDTF; empty where open.
            "earliest": "" if earliest is None else earliest.isoformat(),
            "latest": "" if latest is None else latest.isoformat(),
            "session": "" if meeting.session is None else meeting.session,
            "status": meeting.status.label.in_locale(one) if one else meeting.status.value,
            "state": state.code,
            "delegate": "" if row is None else row.delegate or "",
            "level": ""
            if row is None
            else (row.level.label.in_locale(one) if one else row.level.value),
            "sources": "" if row is None else _joined(ref.source for ref in row.sources),
            # In one language, what is disputed is named in its words, as the header is.
            "disputes": "" if row is None else _disputed(row.disputes, one),
        }
        for suffix, language in _languages(one):
            if row is None:
                said = words(language)["no_attendance_recorded"]
            else:
                said = row.note.in_locale(language) if row.note else ""
            values |= {
                f"when{suffix}": meeting.when.in_locale(language),
                f"place{suffix}": place_words(agreement, meeting, language),
                f"meeting_note{suffix}": ""
                if meeting.note is None
                else meeting.note.in_locale(language),
                f"state_name{suffix}": state.name.in_locale(language),
                f"delegate_name{suffix}": (
                    "" if row is None else delegate_name(agreement, row, language) or ""
                ),
                f"office{suffix}": ""
                if row is None or row.office is None
                else row.office.in_locale(language),
                f"note{suffix}": said,
            }
        return [values[column] for column in columns]

    def rows() -> Iterable[list[str | int]]:
        for meeting in agreement.meetings:
            if body is not None and meeting.body != body:
                continue
            for state in agreement.states:
                recorded: list[Attendance | None] = [
                    row for row in meeting.attendance if row.state == state.code
                ]
                for row in recorded or [None]:
                    yield cells(meeting, state, row)

    if body is not None:
        agreement.body(body)  # an unknown id is an UnknownIdError, not an empty table
    return _table(header, rows(), formula_guard=formula_guard, bom=bom)


def to_csv_windows(
    agreement: Agreement,
    locale: LocaleLike = "both",
    *,
    as_of: datetime.date | None = None,
    body: str | None = None,
    formula_guard: bool = True,
    bom: bool = False,
) -> str:
    """Each body's cadence windows as CSV, one row each, as compliance judges them.

    One row for each window of each body whose series the record anchors (a cadence and a
    recorded meeting), in the accord's order of bodies, as
    :meth:`~maghreb_accord.Agreement.compliance` judges them on ``as_of`` (by default the
    last day the record speaks of, :attr:`~maghreb_accord.Agreement.record_end`). The
    columns, in order:

    * ``body``, ``body_name_ar``, ``body_name_fr`` — the body's id and name;
    * ``window`` — the window's place in the series, from 0 for the first obligation;
    * ``first_day``, ``last_day`` — its first and last days, ``YYYY-MM-DD``;
    * ``status`` — ``met``, ``no_meeting_recorded``, ``uncertain`` or ``open`` (see
      :class:`~maghreb_accord.WindowStatus`); in one language, in its words;
    * ``meetings`` — the ids of the meetings surely in it; empty where none is;
    * ``maybe_meetings`` — the ids of the meetings known only by bounds that may be in it
      (each fills one window at most); empty where none may be;
    * ``answers``, ``due_day`` — for a window with a meeting, the place in the series its
      first meeting answers (the earliest left unanswered before it: a meeting after
      windows with none answers the first of them) and that place's last day; then
      ``days_late``, ``days_late_at_most`` — days from that last day to the meeting's
      first and last possible days, 0 if it was not late (see
      :class:`~maghreb_accord.Lateness`); all four empty in a window with no meeting;
    * ``judged_on`` — the day the windows are judged on, ``as_of``, the same on every row:
      whether a window is open or closed depends on it, and the file says which it was.

    A cell of several values joins them by ``;``. "No meeting recorded" says what the
    sources we found report, not that no meeting was held. ``body`` keeps one body (an
    error if the record gives it no series); ``formula_guard`` and ``bom`` are as for
    :func:`to_csv`.

    >>> import csv, io, maghreb_accord
    >>> from maghreb_accord.export import to_csv_windows
    >>> rows = list(csv.DictReader(io.StringIO(to_csv_windows(maghreb_accord.load()))))
    >>> [(r["window"], r["first_day"], r["last_day"], r["status"], r["meetings"])
    ...  for r in rows if r["body"] == "council-of-interior-ministers"][:2]
    [('0', '2013-04-21', '2013-04-21', 'met', 'rabat-2013'), ('1', '2013-04-22', '2014-04-21', 'no_meeting_recorded', '')]
    >>> print(to_csv_windows(maghreb_accord.load(), "fr").splitlines()[0])
    Organe,Nom de l'organe,Fenêtre,Premier jour,Dernier jour,Statut,Réunions,Réunions peut-être dans la fenêtre,Fenêtre à laquelle répond la réunion,Échéance,Retard en jours,Retard en jours au plus,Jugé au

    .. versionadded:: 0.1.0
    """
    from maghreb_accord._render.views import status_words
    from maghreb_accord.agreement import _on_day
    from maghreb_accord.errors import ScheduleError

    day = _on_day(agreement, as_of, "as_of")
    one, columns, header = _columns(WINDOW_COLUMNS, locale)

    def rows() -> Iterable[list[str | int]]:
        chosen = agreement.bodies if body is None else (agreement.body(body),)
        for each in chosen:
            try:
                report = agreement.compliance(each.id, as_of=day)
            except ScheduleError:
                if body is not None:
                    raise  # the one body asked for has no series: say why
                continue  # no cadence, or nothing to anchor a series on
            lateness = {late.window: late for late in report.lateness}
            for window in report.windows:
                late = lateness.get(window.index)
                values: dict[str, str | int] = {
                    "body": each.id,
                    "window": window.index,
                    "first_day": window.earliest.isoformat(),
                    "last_day": window.latest.isoformat(),
                    "status": status_words(window.status, one) if one else window.status.value,
                    "meetings": _joined(window.meetings),
                    "maybe_meetings": _joined(window.uncertain),
                    "answers": "" if late is None else late.answers,
                    "due_day": "" if late is None else late.due.isoformat(),
                    "days_late": "" if late is None else late.days_late,
                    "days_late_at_most": "" if late is None else late.days_late_at_most,
                    "judged_on": day.isoformat(),
                }
                for suffix, language in _languages(one):
                    values[f"body_name{suffix}"] = each.name.in_locale(language)
                yield [values[column] for column in columns]

    return _table(header, rows(), formula_guard=formula_guard, bom=bom)
