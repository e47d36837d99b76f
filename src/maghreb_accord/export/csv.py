"""The commitments as CSV, one row each, for spreadsheets."""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from maghreb_accord.agreement import Agreement
    from maghreb_accord.locales import LocaleLike

__all__ = ["COLUMNS", "to_csv"]

COLUMNS: Final = (
    "id",
    "kind",
    "domains",
    "responsible",
    "parties",
    "deadline",
    "text_ar",
    "text_fr",
    "source",
    "quote",
    "start",
    "end",
)
"""The columns of :func:`to_csv` with ``locale="both"``, in order."""


def to_csv(agreement: Agreement, locale: LocaleLike = "both") -> str:
    """The commitments as CSV (RFC 4180: a header row, CRLF line ends), one row each.

    With ``locale="both"`` (the default) the file is for programs: the header is
    ``COLUMNS``, kinds and domains are their stable values, and the text is in two
    columns, ``text_ar`` and ``text_fr``. With a locale (a tag or a :class:`babel.Locale`)
    it is for people reading that language: the header is in its words, kinds and domains
    are their labels, there is one ``text`` column, and the ``quote`` column, the
    article's Arabic words, is left out of a file in French (``source``, ``start`` and
    ``end`` still say where they stand).

    Several values in one cell (``domains``, ``responsible``, ``parties``) are joined by
    ``;``. ``source``, ``quote``, ``start`` and ``end`` are the first reference quoting a
    bundled source. Encode the text as UTF-8 (with ``utf-8-sig`` for spreadsheet programs
    that want a byte order mark to read Arabic).

    >>> import maghreb_accord
    >>> from maghreb_accord.export import to_csv
    >>> rows = to_csv(maghreb_accord.load()).splitlines()
    >>> rows[0]
    'id,kind,domains,responsible,parties,deadline,text_ar,text_fr,source,quote,start,end'
    >>> rows[12].split(",")[:3]
    ['condemn-terrorism', 'condemnation', 'terrorism']
    >>> to_csv(maghreb_accord.load(), "fr").splitlines()[0]
    'Identifiant,Nature,Domaines,Organes chargés,Parties,Échéance,Texte,Source,Début,Fin'

    .. versionadded:: 0.1.0
    """
    from maghreb_accord._render.views import in_order
    from maghreb_accord._render.words import words
    from maghreb_accord.locales import output_locales, text_language

    locales = output_locales(locale)
    one = locales[0] if len(locales) == 1 else None
    columns = list(COLUMNS)
    if one is not None:
        columns[columns.index("text_ar") : columns.index("text_fr") + 1] = ["text"]
        if text_language(one) != "ar":
            columns.remove("quote")
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    if one is None:
        writer.writerow(columns)
    else:
        table = words(one)
        header = {"responsible": table["responsible"], "domains": table["domains"]}
        header |= {"deadline": table["deadline"], "source": table["source"]}
        titles = (header.get(column) or table[column] for column in columns)
        writer.writerow([title[0].upper() + title[1:] for title in titles])
    for commitment in agreement.commitments:
        quoted = next((ref for ref in commitment.sources if ref.quote is not None), None)
        domains = in_order(commitment.domains)
        cells = {
            "id": commitment.id,
            "kind": commitment.kind.label.in_locale(one) if one else commitment.kind.value,
            "domains": ";".join(d.label.in_locale(one) if one else d.value for d in domains),
            "responsible": ";".join(commitment.responsible),
            "parties": ";".join(commitment.parties),
            "deadline": commitment.deadline.isoformat() if commitment.deadline else "",
            "text": commitment.text.in_locale(one) if one else "",
            "text_ar": commitment.text.ar,
            "text_fr": commitment.text.fr,
            "source": quoted.source if quoted else "",
            "quote": quoted.quote if quoted else "",
            "start": quoted.start if quoted else "",
            "end": quoted.end if quoted else "",
        }
        writer.writerow([cells[column] for column in columns])
    return buffer.getvalue()
