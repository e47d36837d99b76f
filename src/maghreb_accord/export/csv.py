"""The commitments as CSV, one row each, for spreadsheets."""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from maghreb_accord.agreement import Agreement

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
"""The columns of :func:`to_csv`, in order."""


def to_csv(agreement: Agreement) -> str:
    """The commitments as CSV (RFC 4180: a header row, CRLF line ends), one row each.

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

    .. versionadded:: 0.1.0
    """
    from maghreb_accord.vocabulary import Domain

    order = list(Domain)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for commitment in agreement.commitments:
        quoted = next((ref for ref in commitment.sources if ref.quote is not None), None)
        writer.writerow(
            (
                commitment.id,
                commitment.kind.value,
                ";".join(d.value for d in sorted(commitment.domains, key=order.index)),
                ";".join(commitment.responsible),
                ";".join(commitment.parties),
                commitment.deadline.isoformat() if commitment.deadline else "",
                commitment.text.ar,
                commitment.text.fr,
                quoted.source if quoted else "",
                quoted.quote if quoted else "",
                quoted.start if quoted else "",
                quoted.end if quoted else "",
            )
        )
    return buffer.getvalue()
