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

from .dates import Between, Day, Month, When, Year, add_months, parse_when
from .errors import (
    AccordDataError,
    AccordError,
    LocaleError,
    Problem,
    ScheduleError,
    UnknownIdError,
)
from .label import Label
from .loading import MAX_DEPTH, MAX_INPUT_BYTES, dumps, load, load_file, loads
from .locales import (
    LocaleLike,
    LocaleTag,
    format_date,
    format_list,
    format_skeleton,
    parse_locale,
    text_language,
)
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
from .schedule import DueReport, ExpectedMeeting
from .search import Match, normalize, normalize_arabic, normalize_latin
from .summary import format_states, summary
from .vocabulary import (
    BodyKind,
    CadenceUnit,
    CommitmentKind,
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
    "Between",
    "Body",
    "BodyKind",
    "Cadence",
    "CadenceUnit",
    "Commitment",
    "CommitmentKind",
    "Day",
    "Domain",
    "DueReport",
    "ExpectedMeeting",
    "Label",
    "LocaleError",
    "LocaleLike",
    "LocaleTag",
    "Match",
    "Meeting",
    "MeetingStatus",
    "MemberState",
    "Minister",
    "Month",
    "Problem",
    "Role",
    "ScheduleError",
    "Source",
    "SourceRef",
    "UnknownIdError",
    "Venue",
    "When",
    "Year",
    "add_months",
    "dumps",
    "format_date",
    "format_list",
    "format_skeleton",
    "format_states",
    "load",
    "load_file",
    "loads",
    "normalize",
    "normalize_arabic",
    "normalize_latin",
    "parse_locale",
    "parse_when",
    "summary",
    "text_language",
]


def __getattr__(name: str) -> Any:
    # Read lazily: importlib.metadata costs more to import than the rest of the package.
    if name == "__version__":
        from importlib.metadata import version

        return version("maghreb-accord")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
