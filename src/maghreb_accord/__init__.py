"""The Rabat security accord of the Arab Maghreb Union's interior ministers, 21 April 2013.

Typed, immutable, bilingual (Arabic/French) objects, every fact traceable to the words of its
source. Start with :func:`load`:

>>> import maghreb_accord
>>> accord = maghreb_accord.load()
>>> accord.body("security-follow-up-committee").cadence.label.fr
'au moins une fois tous les trois mois, et chaque fois que nécessaire'
"""

from __future__ import annotations

from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    # The public submodules, as the package's __getattr__ gives them.
    from . import cli as cli
    from . import compliance as compliance
    from . import export as export
    from . import locales as locales
    from . import schedule as schedule
    from . import search as search
    from ._summary import due_text, format_states, record_text, schedule_text, summary
    from .agreement import Agreement
    from .compliance import Compliance, ComplianceWindow, Lateness, WindowStatus
    from .dates import Between, Day, Month, When, Year, add_months, parse_when
    from .errors import (
        PROBLEM_CODES,
        AccordDataError,
        AccordError,
        AmbiguousError,
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
        Assessment,
        Attendance,
        AttestedName,
        Axis,
        Body,
        Cadence,
        Commitment,
        Declaration,
        Dispute,
        Meeting,
        MemberState,
        Minister,
        Participant,
        Person,
        Source,
        SourceRef,
        Venue,
    )
    from .schedule import DueReport, ExpectedMeeting
    from .search import Match, normalize, normalize_arabic, normalize_latin
    from .vocabulary import (
        BodyKind,
        CadenceUnit,
        CommitmentKind,
        Domain,
        Level,
        MeetingStatus,
        Role,
        Statement,
    )

__all__ = [
    "MAX_DEPTH",
    "MAX_INPUT_BYTES",
    "PROBLEM_CODES",
    "AccordDataError",
    "AccordError",
    "Agreement",
    "AmbiguousError",
    "Assessment",
    "Attendance",
    "AttestedName",
    "Axis",
    "Between",
    "Body",
    "BodyKind",
    "Cadence",
    "CadenceUnit",
    "Commitment",
    "CommitmentKind",
    "Compliance",
    "ComplianceWindow",
    "Day",
    "Declaration",
    "Dispute",
    "Domain",
    "DueReport",
    "ExpectedMeeting",
    "Label",
    "Lateness",
    "Level",
    "LocaleError",
    "LocaleLike",
    "LocaleTag",
    "Match",
    "Meeting",
    "MeetingStatus",
    "MemberState",
    "Minister",
    "Month",
    "Participant",
    "Person",
    "Problem",
    "Role",
    "ScheduleError",
    "Source",
    "SourceRef",
    "Statement",
    "UnknownIdError",
    "Venue",
    "When",
    "WindowStatus",
    "Year",
    "add_months",
    "due_text",
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
    "record_text",
    "schedule_text",
    "summary",
    "text_language",
]

# Each public name is imported from its module when first used, so that `import
# maghreb_accord` costs little more than Python itself: services and scripts that start
# often pay for attrs, cattrs and Babel only when they use what needs them.
_MODULES: dict[str, str] = {
    "Axis": "model",
    "Declaration": "model",
    "Dispute": "model",
    "Participant": "model",
    "Attendance": "model",
    "Person": "model",
    "Level": "vocabulary",
    "MAX_DEPTH": "loading",
    "MAX_INPUT_BYTES": "loading",
    "PROBLEM_CODES": "errors",
    "AccordDataError": "errors",
    "AccordError": "errors",
    "Agreement": "agreement",
    "AmbiguousError": "errors",
    "Assessment": "model",
    "AttestedName": "model",
    "Between": "dates",
    "Body": "model",
    "BodyKind": "vocabulary",
    "Cadence": "model",
    "CadenceUnit": "vocabulary",
    "Commitment": "model",
    "CommitmentKind": "vocabulary",
    "Day": "dates",
    "Domain": "vocabulary",
    "Compliance": "compliance",
    "ComplianceWindow": "compliance",
    "DueReport": "schedule",
    "Lateness": "compliance",
    "WindowStatus": "compliance",
    "ExpectedMeeting": "schedule",
    "Label": "label",
    "LocaleError": "errors",
    "LocaleLike": "locales",
    "LocaleTag": "locales",
    "Match": "search",
    "Meeting": "model",
    "MeetingStatus": "vocabulary",
    "MemberState": "model",
    "Minister": "model",
    "Month": "dates",
    "Problem": "errors",
    "Role": "vocabulary",
    "ScheduleError": "errors",
    "Source": "model",
    "SourceRef": "model",
    "Statement": "vocabulary",
    "UnknownIdError": "errors",
    "Venue": "model",
    "When": "dates",
    "Year": "dates",
    "add_months": "dates",
    "due_text": "_summary",
    "dumps": "loading",
    "format_date": "locales",
    "format_list": "locales",
    "format_skeleton": "locales",
    "format_states": "_summary",
    "load": "loading",
    "load_file": "loading",
    "loads": "loading",
    "normalize": "search",
    "normalize_arabic": "search",
    "normalize_latin": "search",
    "parse_locale": "locales",
    "parse_when": "dates",
    "record_text": "_summary",
    "schedule_text": "_summary",
    "summary": "_summary",
    "text_language": "locales",
}


# The public submodules: ``maghreb_accord.export.to_csv`` works after ``import
# maghreb_accord`` alone, as the docs write it, and imports the submodule then. Not the
# strategies, which need an extra: ``from maghreb_accord import strategies`` says so.
_SUBMODULES: Final = frozenset({"compliance", "cli", "export", "locales", "schedule", "search"})


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is not None:
        value = getattr(import_module(f".{module}", __name__), name)
        globals()[name] = value  # later lookups skip this function
        return value
    if name in _SUBMODULES:
        return import_module(f".{name}", __name__)
    if name == "__version__":
        from importlib.metadata import version

        return version("maghreb-accord")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    # The public names and the submodules already imported, not this file's own imports.
    modules = (name for name, value in globals().items() if isinstance(value, ModuleType))
    return sorted(
        {
            *__all__,
            *_SUBMODULES,
            *(name for name in modules if not name.startswith("_")),
            "__version__",
        }
    )
