"""The one exception family of :mod:`maghreb_accord`.

Everything the library raises about the accord — its data, its ids, its locales, its
schedules — is an :class:`AccordError`; a call with arguments of the wrong type or an
impossible count raises Python's own TypeError or ValueError, as any library does: a lookup
by something that is not a string (``state(None)``) is a TypeError, a string that names
nothing an :class:`UnknownIdError`.

Bad data is an :class:`AccordDataError` (also a :class:`ValueError`); an id that does not
exist is an :class:`UnknownIdError`, and a lookup that finds several answers where it wants
one an :class:`AmbiguousError` (both also :class:`LookupError`); a locale that cannot be
read is a :class:`LocaleError` (also a :class:`ValueError`). So callers can catch the
builtin they already expect.
"""

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any, Final

import attrs

__all__ = [
    "PROBLEM_CODES",
    "AccordDataError",
    "AccordError",
    "AmbiguousError",
    "LocaleError",
    "Problem",
    "ScheduleError",
    "UnknownIdError",
]

_MAX_LISTED: Final = 50


class AccordError(Exception):
    """The base of every exception this library raises on purpose.

    >>> import maghreb_accord
    >>> issubclass(maghreb_accord.AccordDataError, maghreb_accord.AccordError)
    True

    .. versionadded:: 0.1.0
    """


@attrs.frozen(order=True)
class Problem:
    """One thing wrong with accord data, and where it stands.

    ``path`` is a JSON path from the document's root, ``$``: ``$.commitments[3].domains[0]``.
    ``code`` says what kind of problem it is, as data (``"type"``, ``"pattern"``,
    ``"unknown-id"``…, listed in :data:`PROBLEM_CODES`), and ``subject`` the id it concerns,
    where there is one: code that sorts or filters problems reads these, never the message,
    which is for people and may be reworded.

    >>> from maghreb_accord import Problem
    >>> problem = Problem("$.states[0].code", "'XX' is not an ISO 3166-1 alpha-2 code", code="pattern")
    >>> str(problem), problem.code
    ("$.states[0].code: 'XX' is not an ISO 3166-1 alpha-2 code", 'pattern')

    .. versionadded:: 0.1.0
    """

    path: str
    message: str
    code: str = attrs.field(default="invalid", kw_only=True)
    subject: str | None = attrs.field(default=None, kw_only=True)

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"

    def under(self, prefix: str) -> "Problem":
        """Return this problem with its path moved under ``prefix``.

        >>> from maghreb_accord import Problem
        >>> Problem("$.ar", "must not be empty").under("$.title").path
        '$.title.ar'
        """
        return attrs.evolve(self, path=prefix + self.path[1:])


PROBLEM_CODES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "invalid": "anything not listed here",
        "json": "the input is not JSON the loader reads (syntax, encoding, size, depth)",
        "duplicate-key": "a key stands twice in one JSON object",
        "file": "a file that cannot be read: missing, too large, not UTF-8",
        "required": "a required key is missing",
        "unknown-key": "a key the format does not have",
        "type": "a value of the wrong type",
        "blank": "an empty or blank text",
        "text": "a text that is not NFC, or holds bidi or control characters",
        "pattern": "a string that is not the id, code or date the field wants",
        "bounds": "a number out of its field's bounds",
        "vocabulary": "a value that is not a member of its closed vocabulary",
        "empty": "an empty list where the field needs an item",
        "duplicate": "an item or id that repeats an earlier one",
        "unknown-id": "an id that names nothing in the accord",
        "cycle": "bodies whose parents lead back to them",
        "needs-text": "a bundled source with no text: its file could not be read",
        "needs-quote": "a reference to a bundled source without its quote",
        "no-text-to-quote": "a quote of a source that has no text",
        "quote": "a quote that is not the source's text at its offsets",
        "text-changed": "a source of which three quotes or more stand the same distance from"
        " their offsets (listed first: its text has likely changed, which explains those quotes'"
        " problems)",
        "needs-excerpt": "a reference to a source that is not bundled without its excerpt",
        "excerpt": "an excerpt that does not hold what it backs (a spelling it does not print)",
        "inconsistent": "fields of one object that disagree",
    }
)
"""Every :attr:`Problem.code`, with what it means (a read-only mapping).

.. versionadded:: 0.1.0
"""


class AccordDataError(AccordError, ValueError):
    """Accord data that is not valid; :attr:`problems` lists every problem found.

    >>> import maghreb_accord
    >>> try:
    ...     maghreb_accord.loads("[1, 2]")
    ... except maghreb_accord.AccordDataError as error:
    ...     print(error.problems[0])
    $: expected an object, got [1, 2] (array)

    .. versionadded:: 0.1.0
    """

    problems: tuple[Problem, ...]
    #: The file the data was read from (:func:`~maghreb_accord.load_file`), if any.
    #:
    #: .. versionadded:: 0.1.0
    file: str | None

    def __init__(self, problems: Iterable[Problem], *, file: str | None = None) -> None:
        self.problems = tuple(sorted(set(problems), key=_problem_order))
        if not self.problems:
            self.problems = (Problem("$", "invalid data"),)
        self.file = file
        super().__init__(self._render())

    def _render(self) -> str:
        count = len(self.problems)
        if _unreadable_file(self):
            # A file that cannot be read at all is one line, naming it once.
            return f"{self.file}: {self.problems[0].message}"
        head = "1 problem" if count == 1 else f"{count} problems"
        where = "accord data" if self.file is None else f"accord file {self.file!r}"
        lines = [f"{head} in {where}:"]
        lines += [f"  {problem}" for problem in self.problems[:_MAX_LISTED]]
        if count > _MAX_LISTED:
            lines.append(f"  … and {count - _MAX_LISTED} more (see .problems)")
        return "\n".join(lines)

    def __reduce__(self) -> Any:
        return (_rebuild, (type(self), self.problems, self.file))


def _unreadable_file(error: AccordDataError) -> bool:
    """Whether ``error`` is only that its file could not be read at all.

    That problem is at ``$``, the whole file. A file the accord names, such as a source's
    ``text_file``, may not be readable either (its code is ``file`` too), but that is a
    problem of the accord at its own path, reported as every other one.
    """
    if error.file is None or len(error.problems) != 1:
        return False
    (problem,) = error.problems
    return problem.code == "file" and problem.path == "$"


def _rebuild(
    kind: type[AccordDataError], problems: tuple[Problem, ...], file: str | None
) -> AccordDataError:
    """Unpickle an :class:`AccordDataError` with its file (a keyword ``__reduce__`` cannot pass)."""
    return kind(problems, file=file)


def _problem_order(
    problem: Problem,
) -> tuple[bool, tuple[tuple[int, int | str], ...], str, str]:
    """The order problems are listed in: a changed text first, then by path.

    A changed source text explains many quotes' problems; paths sort as a reader expects
    them: ``$.a[2]`` before ``$.a[10]``.
    """
    parts: list[tuple[int, int | str]] = []
    for token in problem.path.replace("[", ".[").split(".")[1:]:
        if token.startswith("[") and token[1:-1].isdigit():
            parts.append((0, int(token[1:-1])))
        else:
            parts.append((1, token))
    return problem.code != "text-changed", tuple(parts), problem.path, problem.message


class UnknownIdError(AccordError, LookupError):
    """An id, code or name that the accord does not have.

    It names what was asked for (:attr:`id`), what kind of thing it should have been
    (:attr:`kind`) and the closest valid ones (:attr:`suggestions`).

    >>> import maghreb_accord
    >>> try:
    ...     maghreb_accord.load().body("follow-up-committee")
    ... except maghreb_accord.UnknownIdError as error:
    ...     print(error)
    no body with id 'follow-up-committee'; did you mean 'security-follow-up-committee'?

    .. versionadded:: 0.1.0
    """

    id: str
    kind: str
    suggestions: tuple[str, ...]
    key: str

    def __init__(
        self, id: str, kind: str, suggestions: Iterable[str] = (), *, key: str = "id"
    ) -> None:
        self.id = id
        self.kind = kind
        self.suggestions = tuple(suggestions)
        self.key = key
        message = f"no {kind} with {key} {id!r}"
        if len(self.suggestions) == 1:
            message += f"; did you mean {self.suggestions[0]!r}?"
        elif self.suggestions:
            message += "; did you mean one of " + ", ".join(map(repr, self.suggestions)) + "?"
        super().__init__(message)

    def __str__(self) -> str:
        return str(self.args[0])

    def __reduce__(self) -> "tuple[Any, ...]":
        return (_unknown_id, (self.id, self.kind, self.suggestions, self.key))


def _unknown_id(id: str, kind: str, suggestions: tuple[str, ...], key: str) -> UnknownIdError:
    return UnknownIdError(id, kind, suggestions, key=key)


class AmbiguousError(AccordError, LookupError):
    """A lookup that wants one answer and finds several.

    :meth:`~maghreb_accord.Agreement.minister_of` raises it for a state the accord lists
    more than one minister for; :meth:`~maghreb_accord.Agreement.ministers_of` gives them
    all. Like :class:`UnknownIdError` it names what was asked for (:attr:`id`, under
    :attr:`key`) and the kind of thing wanted (:attr:`kind`); :attr:`matches` holds the ids
    of every match, in data order.

    >>> import attrs, maghreb_accord
    >>> accord = maghreb_accord.load()
    >>> deputy = attrs.evolve(accord.minister_of("DZ"), id="deputy")
    >>> larger = attrs.evolve(accord, ministers=(*accord.ministers, deputy))
    >>> try:
    ...     larger.minister_of("dz")
    ... except maghreb_accord.AmbiguousError as error:
    ...     print(error)
    ...     print(error.matches)
    more than one minister for the state with code 'DZ': 'dahou-ould-kablia', 'deputy'; ministers_of('DZ') gives them all
    ('dahou-ould-kablia', 'deputy')

    .. versionadded:: 0.1.0
    """

    id: str
    kind: str
    matches: tuple[str, ...]
    key: str
    hint: str | None

    def __init__(
        self,
        id: str,
        kind: str,
        matches: Iterable[str],
        *,
        key: str = "id",
        hint: str | None = None,
    ) -> None:
        self.id = id
        self.kind = kind
        self.matches = tuple(matches)
        self.key = key
        self.hint = hint
        listed = ", ".join(map(repr, self.matches[:_MAX_LISTED]))
        if len(self.matches) > _MAX_LISTED:
            listed += f" and {len(self.matches) - _MAX_LISTED} more"
        message = f"more than one {kind} with {key} {id!r}: {listed}"
        super().__init__(f"{message}; {hint}" if hint else message)

    def __str__(self) -> str:
        return str(self.args[0])

    def __reduce__(self) -> "tuple[Any, ...]":
        return (_ambiguous, (self.id, self.kind, self.matches, self.key, self.hint))


def _ambiguous(
    id: str, kind: str, matches: tuple[str, ...], key: str, hint: str | None
) -> AmbiguousError:
    return AmbiguousError(id, kind, matches, key=key, hint=hint)


class LocaleError(AccordError, ValueError):
    """A locale that is not a well-formed language tag, or one CLDR lacks where it is needed.

    Choosing between Arabic and French needs only a well-formed tag: a language with no
    texts of its own (``'en'``, even ``'xx'``) reads French. Naming a state in a language
    (:meth:`~maghreb_accord.MemberState.name_in`) needs a locale CLDR knows.

    >>> import maghreb_accord
    >>> maghreb_accord.load().title.in_locale("not a locale")
    Traceback (most recent call last):
    ...
    maghreb_accord.errors.LocaleError: 'not a locale' is not a locale: use a tag such as 'ar', 'fr', 'ar_MA', 'fr-FR' or 'ar-Arab-MA'

    .. versionadded:: 0.1.0
    """


class ScheduleError(AccordError, ValueError):
    """A schedule the sources do not support: a body with no cadence, or nothing to anchor on.

    >>> import datetime, maghreb_accord
    >>> maghreb_accord.load().schedule("arab-maghreb-union", until=datetime.date(2014, 1, 1))
    Traceback (most recent call last):
    ...
    maghreb_accord.errors.ScheduleError: body 'arab-maghreb-union' has no cadence: the sources do not say how often

    .. versionadded:: 0.1.0
    """
