"""Loading accords: the bundled canonical one, or a user's own, strictly validated.

Data comes in at one door. JSON is parsed with duplicate keys, ``NaN`` and ``Infinity``
refused, then built into immutable objects by one strict converter, then checked whole
(unique ids, resolving references, verbatim quotes). Any problem raises one
:class:`~maghreb_accord.AccordDataError` that lists every problem found with its JSON path;
nothing else escapes, whatever the input, and no partial object is ever returned.
"""

from __future__ import annotations

import json
import os
import sys
import threading
from typing import TYPE_CHECKING, Any, Final

from ._checks import _FILE_NAME_PATTERN
from .errors import AccordDataError, Problem

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

    from .agreement import Agreement

__all__ = ["MAX_DEPTH", "MAX_INPUT_BYTES", "dumps", "load", "load_file", "loads"]

MAX_INPUT_BYTES: Final = 8 * 1024 * 1024
"""The largest accord document the loader reads, in bytes of UTF-8 (8 MiB).

The canonical accord, with its article, is about 210 KiB; the limit keeps hostile input
from costing unbounded time and memory.
"""

MAX_DEPTH: Final = 32
"""The deepest nesting of JSON arrays and objects the loader accepts; the format needs 7."""

_CANONICAL_FILE: Final = "rabat-2013.json"

_BOM: Final = "\ufeff"
_lock = threading.Lock()
_cached: Agreement | None = None


class _DuplicateKeys(dict[str, Any]):
    """A JSON object in which some key stood more than once."""

    duplicates: list[str]


class _NonFinite:
    """Where the JSON held ``NaN``, ``Infinity`` or ``-Infinity``."""

    def __init__(self, name: str) -> None:
        self.name = name


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) == len(pairs):
        return result
    flagged = _DuplicateKeys(result)
    seen: set[str] = set()
    flagged.duplicates = []
    for key, _ in pairs:
        if key in seen and key not in flagged.duplicates:
            flagged.duplicates.append(key)
        seen.add(key)
    return flagged


def _parse(data: object) -> Any:
    if isinstance(data, bytes | bytearray | memoryview):
        raw = bytes(data)
        if len(raw) > MAX_INPUT_BYTES:
            raise _too_large(len(raw))
        if raw.startswith(b"\xef\xbb\xbf"):
            raise AccordDataError(
                [Problem("$", "starts with a byte order mark (BOM); remove it", code="json")]
            )
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            raise AccordDataError(
                [
                    Problem(
                        "$", f"not valid UTF-8 at byte {error.start}: {error.reason}", code="json"
                    )
                ]
            ) from None
    elif isinstance(data, str):
        text = data
        # Each character is one to four bytes of UTF-8: encode only when it could matter.
        if len(text) > MAX_INPUT_BYTES // 4:
            size = len(text.encode("utf-8", "surrogatepass"))
            if size > MAX_INPUT_BYTES:
                raise _too_large(size)
        if text.startswith(_BOM):
            raise AccordDataError(
                [Problem("$", "starts with a byte order mark (BOM); remove it", code="json")]
            )
    else:
        raise AccordDataError(
            [Problem("$", f"expected JSON as str or bytes, got {type(data).__name__}", code="json")]
        )
    if not text.strip(" \t\n\r"):  # JSON's whitespace, and only it
        raise AccordDataError([Problem("$", "the document is empty", code="json")])
    try:
        parsed = json.loads(text, object_pairs_hook=_object, parse_constant=_NonFinite)
    except json.JSONDecodeError as error:
        raise AccordDataError(
            [
                Problem(
                    "$",
                    f"invalid JSON: {error.msg} (line {error.lineno}, column {error.colno})",
                    code="json",
                )
            ]
        ) from None
    except RecursionError:
        raise _too_deep() from None
    except ValueError as error:  # an integer too long for Python to convert, for one
        message = f"invalid JSON: {error}"
        # Python says so only in words (no subclass), and advises changing a global limit.
        if "integer string conversion" in str(error):
            message = f"invalid JSON: a number of more than {sys.get_int_max_str_digits()} digits"
        raise AccordDataError([Problem("$", message, code="json")]) from None
    _raise_parse_problems(parsed)
    return parsed


def _has_parse_problems(parsed: Any) -> bool:
    """Whether :func:`_report_parse_problems` may have anything to report: one walk, no paths.

    Never false when there is a problem; true, to be safe, for anything that reaches the
    depth limit, containers or not.
    """
    level: list[Any] = [parsed]
    for _ in range(MAX_DEPTH):
        below: list[Any] = []
        for value in level:
            if type(value) is _DuplicateKeys:
                return True
            if type(value) is dict:
                below += value.values()
            elif type(value) is list:
                below += value
            elif type(value) is _NonFinite:
                return True
        if not below:
            return False
        level = below
    return True  # nested deeper than the limit: the full walk says so


def _too_large(size: int) -> AccordDataError:
    return AccordDataError(
        [
            Problem(
                "$",
                f"input of {size:,} bytes is over the limit of {MAX_INPUT_BYTES:,}",
                code="json",
            )
        ]
    )


def _too_deep() -> AccordDataError:
    return AccordDataError(
        [Problem("$", f"nested deeper than the limit of {MAX_DEPTH}", code="json")]
    )


def _raise_parse_problems(parsed: Any) -> None:
    """Report duplicate keys and non-finite numbers with their paths; refuse deep nesting."""
    if _has_parse_problems(parsed):  # a quick walk first: almost every document has none
        _report_parse_problems(parsed)


def _report_parse_problems(parsed: Any) -> None:
    """The walk that names each problem's path: raise if there is any."""
    problems: list[Problem] = []
    stack: list[tuple[Any, str, int]] = [(parsed, "$", 0)]
    while stack:
        value, path, depth = stack.pop()
        if isinstance(value, dict | list) and depth >= MAX_DEPTH:
            raise _too_deep()
        if isinstance(value, _DuplicateKeys):
            problems += [
                Problem(f"{path}.{key}", "duplicate key", code="duplicate-key")
                for key in value.duplicates
            ]
        if isinstance(value, dict):
            stack += [(item, f"{path}.{key}", depth + 1) for key, item in value.items()]
        elif isinstance(value, list):
            stack += [(item, f"{path}[{i}]", depth + 1) for i, item in enumerate(value)]
        elif isinstance(value, _NonFinite):
            problems.append(
                Problem(path, f"{value.name} is not allowed (JSON has no such number)", code="json")
            )
    if problems:
        raise AccordDataError(problems)


def _read_texts(parsed: Any, base: Traversable | None) -> tuple[list[Problem], set[str]]:
    """Put each source's ``text_file`` contents in place as its ``text``.

    Returns the problems met, and the ids of the sources whose text could not be read.
    A problem's ``code`` and ``subject`` say whether it echoes one of those (never its
    message, which is for people).
    """
    sources = parsed.get("sources") if isinstance(parsed, dict) else None
    problems: list[Problem] = []
    unread: set[str] = set()
    if not isinstance(sources, list):
        return problems, unread
    for index, source in enumerate(sources):
        if not isinstance(source, dict) or "text_file" not in source:
            continue
        path = f"$.sources[{index}]"
        name = source["text_file"]
        source_id = source.get("id")
        if isinstance(source_id, str):
            unread.add(source_id)
        if "text" in source:
            problems.append(
                Problem(f"{path}.text", "give text or text_file, not both", code="inconsistent")
            )
            continue
        if not isinstance(name, str) or not _FILE_NAME_PATTERN.fullmatch(name):
            continue  # the model reports a bad file name
        if base is None:
            problems.append(
                Problem(
                    f"{path}.text_file",
                    f"cannot read {name!r}: loads() needs base= (the folder the file is in)",
                    code="file",
                )
            )
            continue
        try:
            with (base / name).open("rb") as file:
                raw = file.read(MAX_INPUT_BYTES + 1)
        except (OSError, ValueError) as error:
            reason = getattr(error, "strerror", None) or str(error)
            problems.append(
                Problem(f"{path}.text_file", f"cannot read {name!r}: {reason}", code="file")
            )
            continue
        if len(raw) > MAX_INPUT_BYTES:
            problems.append(
                Problem(
                    f"{path}.text_file",
                    f"{name!r} is over the limit of {MAX_INPUT_BYTES:,} bytes",
                    code="file",
                )
            )
            continue
        try:
            source["text"] = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            problems.append(
                Problem(
                    f"{path}.text_file", f"{name!r} is not UTF-8 at byte {error.start}", code="file"
                )
            )
            continue
        unread.discard(source_id)
    return problems, unread


# The problems that only repeat that a source's text could not be read.
_ECHOES_OF_UNREAD_TEXT: Final = frozenset({"needs-text"})


def _follows_from(problem: Problem, unread: set[str]) -> bool:
    """Whether ``problem`` only repeats that a source's text in ``unread`` could not be read."""
    return problem.code in _ECHOES_OF_UNREAD_TEXT and problem.subject in unread


def loads(
    data: str | bytes, *, base: str | os.PathLike[str] | Traversable | None = None
) -> Agreement:
    """Build an :class:`~maghreb_accord.Agreement` from JSON text in the accord format.

    ``base`` is the folder that sources' ``text_file`` names are read from. Any problem
    raises :class:`~maghreb_accord.AccordDataError` listing every problem with its path.

    >>> import maghreb_accord
    >>> maghreb_accord.loads(b'{"id": "x", "title": {"ar": "", "fr": "t"}}')
    Traceback (most recent call last):
    ...
    maghreb_accord.errors.AccordDataError: 8 problems in accord data:
      $.bodies: required key missing
      $.commitments: required key missing
      $.meeting: required key missing
      $.meetings: required key missing
      $.ministers: required key missing
      $.sources: required key missing
      $.states: required key missing
      $.title.ar: must not be empty or blank

    .. versionadded:: 0.1.0
    """
    from pathlib import Path

    from . import _codec

    parsed = _parse(data)
    folder = Path(base) if isinstance(base, str | os.PathLike) else base
    text_problems, unread = _read_texts(parsed, folder)
    try:
        accord = _codec.structure(parsed)
    except AccordDataError as error:
        # Report every problem at once, but not the echoes of a text that could not be read.
        others = [problem for problem in error.problems if not _follows_from(problem, unread)]
        raise AccordDataError(text_problems + others) from None
    if text_problems:
        raise AccordDataError(text_problems)
    return accord


def load_file(path: str | os.PathLike[str]) -> Agreement:
    """Read an accord file; sources' ``text_file`` names are read beside it.

    Any problem raises :class:`~maghreb_accord.AccordDataError` naming the file once (its
    :attr:`~maghreb_accord.AccordDataError.file`), then each problem with its JSON path; a
    file that cannot be read is one line. A file it names that cannot be read (a source's
    ``text_file``) is a problem at its path, as any other.

    >>> import maghreb_accord
    >>> maghreb_accord.load_file("no/such/accord.json")
    Traceback (most recent call last):
    ...
    maghreb_accord.errors.AccordDataError: no/such/accord.json: cannot read the file: No such file or directory

    .. versionadded:: 0.1.0
    """
    from pathlib import Path

    file = Path(path)
    name = str(path)
    try:
        # Read no more than the limit allows, whatever the file claims its size is (a pipe
        # or a device claims none).
        with file.open("rb") as opened:
            raw = opened.read(MAX_INPUT_BYTES + 1)
    except (OSError, ValueError) as error:  # ValueError: a path with a NUL character
        reason = getattr(error, "strerror", None) or str(error)
        problem = Problem("$", f"cannot read the file: {reason}", code="file")
        raise AccordDataError([problem], file=name) from None
    if len(raw) > MAX_INPUT_BYTES:
        message = f"the file is over the limit of {MAX_INPUT_BYTES:,} bytes"
        raise AccordDataError([Problem("$", message, code="file")], file=name)
    try:
        return loads(raw, base=file.parent)
    except AccordDataError as error:
        raise AccordDataError(error.problems, file=name) from None


def load() -> Agreement:
    """The canonical accord of Rabat, 21 April 2013, from the data bundled in the package.

    It is built once, on first call, and the same object is returned to every caller, from
    any thread.

    >>> import maghreb_accord
    >>> accord = maghreb_accord.load()
    >>> accord is maghreb_accord.load()
    True
    >>> len(accord.states), len(accord.ministers)
    (5, 5)

    .. versionadded:: 0.1.0
    """
    global _cached
    if _cached is None:
        with _lock:
            if _cached is None:
                _cached = _load_canonical(_data_folder())
    return _cached


def _load_canonical(data: str | Traversable) -> Agreement:
    """The accord bundled in ``data``: by the quick route if its bytes are proven, else strictly.

    The quick route (:mod:`maghreb_accord._canonical`) takes only the bytes the test suite
    proved; anything else, or a packed install, goes through :func:`loads` like any file.
    """
    if isinstance(data, str):
        from . import _canonical

        quick = _canonical.load(data, _CANONICAL_FILE)
        if quick is not None:
            return quick
        with open(os.path.join(data, _CANONICAL_FILE), "rb") as file:
            return loads(file.read(), base=data)
    return loads((data / _CANONICAL_FILE).read_bytes(), base=data)


def _data_folder() -> str | Traversable:
    """The package's data folder: a path when installed as files, else via importlib."""
    # importlib.resources costs a fifth of a cold load(), pathlib a twentieth: a plain folder
    # needs neither.
    folder = os.path.join(os.path.dirname(__file__), "data")
    if os.path.isdir(folder):
        return folder
    from importlib.resources import files  # a zipped or otherwise packed install

    return files(__package__) / "data"


def dumps(agreement: Agreement) -> str:
    """The accord as JSON text in the accord format: UTF-8 ready, keys in a stable order.

    A source read from a ``text_file`` keeps its file name, not its text. For the canonical
    accord the result is byte for byte the bundled file.

    >>> import maghreb_accord
    >>> from importlib.resources import files
    >>> bundled = (files("maghreb_accord") / "data" / "rabat-2013.json").read_text("utf-8")
    >>> maghreb_accord.dumps(maghreb_accord.load()) == bundled
    True

    .. versionadded:: 0.1.0
    """
    from . import _codec

    return json.dumps(_codec.unstructure(agreement), ensure_ascii=False, indent=2) + "\n"
