"""The commitments as CSV for spreadsheets and data frames, and a table of their references.

Each commitment may cite several sources, so the references are a second, long-format table
(one row per reference, keyed by the commitment's id) rather than cells joined in the first:
a spreadsheet and ``pandas.read_csv`` read both as they are, and ``merge`` joins them.

Accord files come from other people, and a cell that begins with ``=``, ``+``, ``-``, ``@``, a
tab or a carriage return is a formula to a spreadsheet program (OWASP's "CSV injection").
By default such a cell is written with a single quote before it, as OWASP recommends, so the
spreadsheet shows it as text; ``formula_guard=False`` writes every cell exactly as it is, for
programs that read CSV as data.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from maghreb_accord.agreement import Agreement
    from maghreb_accord.locales import LocaleLike
    from maghreb_accord.model import Commitment

__all__ = ["COLUMNS", "FORMULA_TRIGGERS", "REFERENCE_COLUMNS", "to_csv", "to_csv_references"]

COLUMNS: Final = (
    "id",
    "kind",
    "domains",
    "responsible",
    "parties",
    "deadline",
    "text_ar",
    "text_fr",
    "sources",
)
"""The columns of :func:`to_csv` with ``locale="both"``, in order."""

REFERENCE_COLUMNS: Final = ("commitment", "source", "quote", "start", "end", "excerpt")
"""The columns of :func:`to_csv_references`, in order."""

FORMULA_TRIGGERS: Final = ("=", "+", "-", "@", "\t", "\r")
"""The first characters that make a spreadsheet read a cell as a formula (OWASP)."""

_BOM: Final = "\ufeff"


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
    ``COLUMNS``, kinds and domains are their stable values, and the text is in two
    columns, ``text_ar`` and ``text_fr``. With a locale (a tag or a :class:`babel.Locale`)
    it is for people reading that language: the header is in its words, kinds and domains
    are their labels, and there is one ``text`` column.

    Several values in one cell (``domains``, ``responsible``, ``parties``, and ``sources``,
    the id of the source of each reference in order) are joined by ``;``, which no id holds.
    Every reference in full — quote and offsets — is a row of :func:`to_csv_references`.
    ``body`` keeps the commitments that body is charged with. ``formula_guard`` (on by
    default) writes a single quote before a cell that a spreadsheet would read as a formula;
    ``bom`` starts the text with a byte order mark, which Excel needs to read UTF-8 Arabic.

    >>> import maghreb_accord
    >>> from maghreb_accord.export import to_csv
    >>> rows = to_csv(maghreb_accord.load()).splitlines()
    >>> rows[0]
    'id,kind,domains,responsible,parties,deadline,text_ar,text_fr,sources'
    >>> rows[12].split(",")[:3]
    ['condemn-terrorism', 'condemnation', 'terrorism']
    >>> to_csv(maghreb_accord.load(), "fr").splitlines()[0]
    'Identifiant,Nature,Domaines,Organes chargés,Parties,Échéance,Texte,Sources'

    .. versionadded:: 0.1.0
    """
    from maghreb_accord._render.views import in_order
    from maghreb_accord._render.words import words
    from maghreb_accord.locales import output_locales

    locales = output_locales(locale)
    one = locales[0] if len(locales) == 1 else None
    columns = list(COLUMNS)
    header: list[str] = columns
    if one is not None:
        columns[columns.index("text_ar") : columns.index("text_fr") + 1] = ["text"]
        table = words(one)
        titles = (table[column] for column in columns)
        header = [title[0].upper() + title[1:] for title in titles]

    def cells(commitment: Commitment) -> list[str | int]:
        domains = in_order(commitment.domains)
        row: dict[str, str | int] = {
            "id": commitment.id,
            "kind": commitment.kind.label.in_locale(one) if one else commitment.kind.value,
            "domains": ";".join(d.label.in_locale(one) if one else d.value for d in domains),
            "responsible": ";".join(commitment.responsible),
            "parties": ";".join(commitment.parties),
            "deadline": commitment.deadline.isoformat() if commitment.deadline else "",
            "text": commitment.text.in_locale(one) if one else "",
            "text_ar": commitment.text.ar,
            "text_fr": commitment.text.fr,
            "sources": ";".join(ref.source for ref in commitment.sources),
        }
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
