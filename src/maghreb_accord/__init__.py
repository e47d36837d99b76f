"""The Rabat security accord of the Arab Maghreb Union's interior ministers, 21 April 2013.

Typed, immutable, bilingual (Arabic/French) objects, every fact traceable to the words of its
source. Start with :func:`load`:

>>> import maghreb_accord
>>> accord = maghreb_accord.load()
>>> accord.body("security-follow-up-committee").cadence.label.fr
'une fois tous les trois mois'
"""

from __future__ import annotations

from typing import Any

from .errors import AccordDataError, AccordError, LocaleError, Problem, UnknownIdError
from .label import Label
from .loading import MAX_DEPTH, MAX_INPUT_BYTES, dumps, load, load_file, loads
from .locales import LocaleLike, LocaleTag, format_date, format_list, parse_locale, text_language
from .model import (
    Agreement,
    AttestedName,
    Body,
    Cadence,
    Commitment,
    Meeting,
    MemberState,
    Minister,
    Source,
    SourceRef,
    Venue,
)
from .summary import format_states, summary
from .vocabulary import (
    BodyKind,
    CadenceUnit,
    CommitmentKind,
    DatePrecision,
    Domain,
    MeetingStatus,
    Role,
)

__all__ = [
    "MAX_DEPTH",
    "MAX_INPUT_BYTES",
    "AccordDataError",
    "AccordError",
    "Agreement",
    "AttestedName",
    "Body",
    "BodyKind",
    "Cadence",
    "CadenceUnit",
    "Commitment",
    "CommitmentKind",
    "DatePrecision",
    "Domain",
    "Label",
    "LocaleError",
    "LocaleLike",
    "LocaleTag",
    "Meeting",
    "MeetingStatus",
    "MemberState",
    "Minister",
    "Problem",
    "Role",
    "Source",
    "SourceRef",
    "UnknownIdError",
    "Venue",
    "dumps",
    "format_date",
    "format_list",
    "format_states",
    "load",
    "load_file",
    "loads",
    "parse_locale",
    "summary",
    "text_language",
]


def __getattr__(name: str) -> Any:
    # Read lazily: importlib.metadata costs more to import than the rest of the package.
    if name == "__version__":
        from importlib.metadata import version

        return version("maghreb-accord")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
