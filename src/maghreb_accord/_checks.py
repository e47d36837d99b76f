"""Checks shared by the model's classes; each returns the problems it finds, never raises."""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections.abc import Iterable
from types import UnionType
from typing import Final

from .errors import AccordDataError, Problem

# Explicit bidirectional formatting characters (Unicode UAX #9, table 1). Direction is an
# output concern: renderers add isolates around mixed-direction text, the data never holds them.
BIDI_CONTROLS: Final = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)

ID_PATTERN: Final = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
WIKIDATA_PATTERN: Final = re.compile(r"Q[1-9][0-9]*")
LANGUAGE_PATTERN: Final = re.compile(r"[a-z]{2,3}")
# A file beside the accord's JSON file: no folders, no hidden files, nothing to escape with.
_FILE_NAME_PATTERN: Final = re.compile(r"[A-Za-z0-9_][A-Za-z0-9._-]{0,127}")

# ISO 3166-1 alpha-2: the 249 officially assigned codes.
ISO_3166_ALPHA_2: Final = frozenset(
    """
    AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
    BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM
    DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS
    GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN
    KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ
    MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM
    PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV
    SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI
    VN VU WF WS YE YT ZA ZM ZW
    """.split()  # noqa: SIM905 (a list literal would take 249 lines)
)


def raise_if(problems: Iterable[Problem]) -> None:
    """Raise one AccordDataError for all ``problems``, if there are any."""
    found = list(problems)
    if found:
        raise AccordDataError(found)


def text(value: object, path: str, *, multiline: bool = False) -> list[Problem]:
    """Problems of a human-readable string: type, emptiness, encoding, normalisation, bidi."""
    if type(value) is not str:
        return [Problem(path, f"expected a string, got {_show(value)}", code="type")]
    if not value.strip():
        return [Problem(path, "must not be empty or blank", code="blank")]
    # Control, bidi and surrogate characters are none of them printable: one C-speed test
    # clears almost every text (a multiline one once its newlines are set aside).
    if value.isprintable() or (multiline and value.replace("\n", "").isprintable()):
        if unicodedata.is_normalized("NFC", value):
            return []
        return [Problem(path, "is not in Unicode normalisation form NFC", code="text")]
    characters = set(value)  # the rare text left: look at each distinct character once
    problems = []
    if any("\ud800" <= char <= "\udfff" for char in characters):
        problems.append(
            Problem(path, "contains a lone surrogate (not valid Unicode text)", code="text")
        )
    elif not unicodedata.is_normalized("NFC", value):
        problems.append(Problem(path, "is not in Unicode normalisation form NFC", code="text"))
    bidi = sorted(f"U+{ord(char):04X}" for char in characters & BIDI_CONTROLS)
    if bidi:
        problems.append(
            Problem(path, f"contains bidi control characters ({', '.join(bidi)})", code="text")
        )
    # Unicode category Cc is exactly these two ranges.
    controls = sorted(
        f"U+{ord(char):04X}"
        for char in characters
        if (char <= "\x1f" or "\x7f" <= char <= "\x9f") and not (multiline and char == "\n")
    )
    if controls:
        problems.append(
            Problem(path, f"contains control characters ({', '.join(controls)})", code="text")
        )
    return problems


def identifier(value: object, path: str) -> list[Problem]:
    """Problems of an id: lowercase ASCII words joined by hyphens (``security-follow-up``)."""
    if type(value) is not str:
        return [Problem(path, f"expected a string, got {_show(value)}", code="type")]
    if not ID_PATTERN.fullmatch(value):
        message = f"{value!r} is not an id (lowercase a-z, 0-9 and single hyphens)"
        return [Problem(path, message, code="pattern")]
    return []


def state_code(value: object, path: str) -> list[Problem]:
    """Problems of an ISO 3166-1 alpha-2 code, in capitals as stored."""
    if type(value) is not str:
        return [Problem(path, f"expected a string, got {_show(value)}", code="type")]
    if value not in ISO_3166_ALPHA_2:
        message = f"{value!r} is not an ISO 3166-1 alpha-2 code"
        if value.upper() in ISO_3166_ALPHA_2:  # lookups take any case; the data is in capitals
            message += f"; codes are written in capitals: {value.upper()!r}"
        return [Problem(path, message, code="pattern")]
    return []


def pattern(value: object, path: str, regex: re.Pattern[str], what: str) -> list[Problem]:
    """Problems of a string that must match ``regex`` whole."""
    if type(value) is not str:
        return [Problem(path, f"expected a string, got {_show(value)}", code="type")]
    if not regex.fullmatch(value):
        return [Problem(path, f"{value!r} is not {what}", code="pattern")]
    return []


def instance(value: object, path: str, kind: type | UnionType, what: str) -> list[Problem]:
    """Problems of a value that must be an instance of ``kind`` (bool is never an int)."""
    if isinstance(value, kind) and not (kind is int and isinstance(value, bool)):
        return []
    return [Problem(path, f"expected {what}, got {_show(value)}", code="type")]


def optional_date(value: object, path: str) -> list[Problem]:
    """Problems of a value that must be a ``datetime.date`` (not a datetime) or None."""
    if value is None or (type(value) is datetime.date):
        return []
    return [Problem(path, f"expected a date, got {_show(value)}", code="type")]


def str_argument(value: object, what: str) -> None:
    """Raise a TypeError saying ``what`` must be a ``str`` unless ``value`` is one.

    Lookups call it once a key is not found, so a found key pays nothing: ``state(None)``
    says "a state code must be a str" instead of that there is no state ``'None'``.
    """
    if not isinstance(value, str):
        raise TypeError(f"{what} must be a str, got {value!r} ({a_type(value)})")


def a_type(value: object) -> str:
    """``value``'s type with its article, as an error names it: "a NoneType", "an int"."""
    return with_article(type(value).__name__)


def with_article(word: str) -> str:
    """``word`` after "a", or "an" before a vowel: "a body", "an axis"."""
    return f"{'an' if word[:1].lower() in 'aeiou' else 'a'} {word}"


def date_argument(value: object, name: str, *, optional: bool = False) -> None:
    """Raise a TypeError naming ``name`` unless ``value`` is a ``datetime.date``.

    ``None`` passes where ``optional``. A string or a datetime would fail later, deep inside,
    in a comparison that names neither. Every public date parameter goes through here.
    """
    if type(value) is datetime.date or (optional and value is None):
        return
    accepts = "a datetime.date or None" if optional else "a datetime.date"
    if isinstance(value, datetime.datetime):
        hint = f"a datetime: pass its day, {value.date()!r}"
    elif isinstance(value, str):
        hint = f"a str: pass datetime.date.fromisoformat({value!r})"
    else:
        hint = a_type(value)
    raise TypeError(f"{name} must be {accepts}, got {value!r} ({hint})")


def items(value: object, path: str, container: type, what: str) -> list[Problem]:
    """Problems of a tuple or frozenset field's own type."""
    if type(value) is container:
        return []
    return [Problem(path, f"expected {what}, got {_show(value)}", code="type")]


def repeated(values: object, path: str) -> list[Problem]:
    """Problems of items that repeat an earlier item of the same tuple."""
    if type(values) is not tuple:
        return []
    first: dict[object, int] = {}
    problems = []
    for index, value in enumerate(values):
        if value in first:
            problems.append(
                Problem(f"{path}[{index}]", f"duplicate of item {first[value]}", code="duplicate")
            )
        first.setdefault(value, index)
    return problems


def _show(value: object) -> str:
    shown = repr(value)
    if len(shown) > 60:
        shown = shown[:57] + "..."
    return f"{shown} ({type(value).__name__})"


_JSON_TYPES: Final = {
    dict: "object",
    list: "array",
    str: "string",
    bool: "boolean",
    int: "number",
    float: "number",
    type(None): "null",
}


def show_json(value: object) -> str:
    """A parsed JSON value, shortened, with its JSON type: ``'x' (string)``."""
    shown = repr(value)
    if len(shown) > 60:
        shown = shown[:57] + "..."
    return f"{shown} ({_JSON_TYPES.get(type(value), type(value).__name__)})"
