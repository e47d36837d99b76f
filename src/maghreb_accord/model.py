"""The immutable domain types of the accord.

Every class is a frozen, slotted, keyword-only attrs class holding tuples and frozensets.
Each checks itself when built: an invalid value raises
:class:`~maghreb_accord.AccordDataError` listing every problem with its path, so no
half-built or inconsistent object ever exists.
"""

import datetime
import enum
import types
import typing
from collections.abc import Iterator, Mapping
from functools import cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final, TypeVar, cast

import attrs

from . import _checks
from .dates import Between, Day, Month, When, Year, add_months
from .errors import AmbiguousError, Problem, UnknownIdError
from .label import Label
from .vocabulary import (
    BodyKind,
    CadenceUnit,
    CommitmentKind,
    Domain,
    MeetingStatus,
    Role,
)

if TYPE_CHECKING:
    from collections.abc import Iterable

    from .locales import LocaleLike
    from .schedule import DueReport, ExpectedMeeting
    from .search import Kind, Match

__all__ = [
    "Agreement",
    "AttestedName",
    "Body",
    "Cadence",
    "Commitment",
    "Meeting",
    "MemberState",
    "Minister",
    "Source",
    "SourceRef",
    "Venue",
]


def _label(value: object, path: str) -> list[Problem]:
    return _checks.instance(value, path, Label, "a Label")


def _optional_label(value: object, path: str) -> list[Problem]:
    return [] if value is None else _label(value, path)


def _optional_text(value: object, path: str) -> list[Problem]:
    return [] if value is None else _checks.text(value, path)


def _sources(value: object, path: str = "$.sources") -> list[Problem]:
    problems = _checks.items(value, path, tuple, "a tuple of SourceRef")
    if problems:
        return problems
    assert isinstance(value, tuple)
    if not value:
        return [Problem(path, "must cite at least one source")]
    for index, ref in enumerate(value):
        problems += _checks.instance(ref, f"{path}[{index}]", SourceRef, "a SourceRef")
    return problems


def _tuple_of(value: object, path: str, check: Any, what: str) -> list[Problem]:
    problems = _checks.items(value, path, tuple, f"a tuple of {what}")
    if not problems:
        assert isinstance(value, tuple)
        for index, item in enumerate(value):
            problems += check(item, f"{path}[{index}]")
    return problems


def _enum(value: object, path: str, kind: type) -> list[Problem]:
    return _checks.instance(value, path, kind, f"a {kind.__name__}")


@attrs.frozen(kw_only=True)
class Source:
    """A document the accord's facts come from.

    A bundled source carries its ``text``, and every reference to it quotes a verbatim span
    of that text; one that is not bundled carries its ``address`` instead. ``text_file``
    records the file the text was read from, beside the accord's JSON file.

    >>> import maghreb_accord
    >>> article = maghreb_accord.load().source("almaghribia-rabat-2013")
    >>> article.language, article.publisher, len(article.text or "")
    ('ar', 'المغربية', 2617)

    .. versionadded:: 0.1.0
    """

    #: The source's id, unique in the accord.
    id: str
    #: What the document is, in Arabic and French.
    description: Label
    #: The document's own title, as printed, where known.
    title: str | None = None
    #: Who published it, as printed, where known.
    publisher: str | None = None
    #: The ISO 639 code of the document's language, where recorded.
    language: str | None = None
    #: Its publication date, where the sources give it.
    date: datetime.date | None = None
    #: Where to find it, for a source that is not bundled.
    address: str | None = None
    #: The file its text was read from, beside the accord's JSON file.
    text_file: str | None = None
    #: Its full text, for a bundled source: what quotes are checked against.
    text: str | None = None
    #: What the sources leave vague about this document.
    note: Label | None = None

    def __attrs_post_init__(self) -> None:
        problems = _checks.identifier(self.id, "$.id") + _label(self.description, "$.description")
        problems += _optional_text(self.title, "$.title")
        problems += _optional_text(self.publisher, "$.publisher")
        if self.language is not None:
            problems += _checks.pattern(
                self.language, "$.language", _checks.LANGUAGE_PATTERN, "an ISO 639 language code"
            )
        problems += _checks.optional_date(self.date, "$.date")
        problems += _optional_text(self.address, "$.address")
        if self.text is not None:
            problems += _checks.text(self.text, "$.text", multiline=True)
        if self.text_file is not None:
            problems += _checks.pattern(
                self.text_file, "$.text_file", _checks.FILE_NAME_PATTERN, "a plain file name"
            )
            if self.text is None:
                problems.append(Problem("$.text_file", "a source with text_file needs its text"))
        if self.text is None and self.address is None:
            problems.append(Problem("$", "a source needs its text or its address"))
        problems += _optional_label(self.note, "$.note")
        _checks.raise_if(problems)


@attrs.frozen(kw_only=True)
class SourceRef:
    """Where a fact comes from: a source's id and, for a bundled source, the exact words.

    ``quote`` is ``source.text[start:end]``, verbatim; the loader refuses any other. A
    reference to a source that is not bundled has no quote and no offsets.

    >>> import maghreb_accord
    >>> accord = maghreb_accord.load()
    >>> ref = accord.body("security-follow-up-committee").sources[0]
    >>> ref.quote
    'وعلى تشكيل لجنة متابعة، ستجتمع مرة كل ثلاثة أشهر'
    >>> accord.source(ref.source).text[ref.start : ref.end] == ref.quote
    True

    .. versionadded:: 0.1.0
    """

    #: The id of the :class:`Source` cited.
    source: str
    #: The exact words cited, for a bundled source.
    quote: str | None = None
    #: Where the quote starts in the source's text (a character offset).
    start: int | None = None
    #: Where the quote ends in the source's text (exclusive).
    end: int | None = None

    def __attrs_post_init__(self) -> None:
        problems = _checks.identifier(self.source, "$.source")
        given = [name for name in ("quote", "start", "end") if getattr(self, name) is not None]
        if given and len(given) < 3:
            missing = sorted({"quote", "start", "end"} - set(given))
            problems.append(Problem("$", f"a quote needs quote, start and end; missing {missing}"))
        if self.quote is not None:
            problems += _checks.text(self.quote, "$.quote")
        for name in ("start", "end"):
            value = getattr(self, name)
            if value is not None:
                problems += _checks.instance(value, f"$.{name}", int, "an integer")
                if type(value) is int and value < 0:
                    problems.append(Problem(f"$.{name}", f"must not be negative, got {value}"))
        if (
            type(self.start) is int
            and type(self.end) is int
            and self.start >= 0
            and self.end <= self.start
        ):
            problems.append(Problem("$.end", f"must be after start ({self.start}), got {self.end}"))
        _checks.raise_if(problems)


@attrs.frozen(kw_only=True)
class AttestedName:
    """A spelling of a name as one source prints it, in that source's language.

    For a bundled source the spelling is the quote itself.

    >>> import maghreb_accord
    >>> minister = maghreb_accord.load().minister_of("TN")
    >>> minister.name.ar, minister.attested_names[0].name
    ('لطفي بن جدو', 'لطفي بن حدو')

    .. versionadded:: 0.1.0
    """

    #: The spelling, exactly as printed.
    name: str
    #: The ISO 639 code of the language it is written in.
    language: str
    #: Where it is printed.
    source: SourceRef

    def __attrs_post_init__(self) -> None:
        problems = _checks.text(self.name, "$.name")
        problems += _checks.pattern(
            self.language, "$.language", _checks.LANGUAGE_PATTERN, "an ISO 639 language code"
        )
        problems += _checks.instance(self.source, "$.source", SourceRef, "a SourceRef")
        if not problems and self.source.quote is not None and self.source.quote != self.name:
            problems.append(
                Problem("$.name", f"must equal the quote {self.source.quote!r}, got {self.name!r}")
            )
        _checks.raise_if(problems)


@attrs.frozen(kw_only=True)
class MemberState:
    """A member state of the Arab Maghreb Union.

    ``name`` is the short name CLDR gives in Arabic and French; ``name_in`` gives it in any
    language CLDR knows.

    >>> import maghreb_accord
    >>> morocco = maghreb_accord.load().state("ma")
    >>> morocco.code, morocco.name.fr, morocco.official_name.ar, morocco.wikidata
    ('MA', 'Maroc', 'المملكة المغربية', 'Q1028')
    >>> morocco.name_in("es")
    'Marruecos'

    .. versionadded:: 0.1.0
    """

    #: ISO 3166-1 alpha-2 code, in capitals: the state's id.
    code: str
    #: Short name, as CLDR gives it in Arabic and French.
    name: Label
    #: Official long name.
    official_name: Label
    #: Wikidata item id, such as ``Q1028``.
    wikidata: str | None = None
    #: Where the facts about the state come from.
    sources: tuple[SourceRef, ...]

    def __attrs_post_init__(self) -> None:
        problems = _checks.state_code(self.code, "$.code")
        problems += _label(self.name, "$.name") + _label(self.official_name, "$.official_name")
        if self.wikidata is not None:
            problems += _checks.pattern(
                self.wikidata, "$.wikidata", _checks.WIKIDATA_PATTERN, "a Wikidata item id"
            )
        problems += _sources(self.sources)
        _checks.raise_if(problems)

    def name_in(self, locale: "LocaleLike") -> str:
        """This state's short name in ``locale``'s language, from CLDR through Babel.

        >>> import maghreb_accord
        >>> maghreb_accord.load().state("DZ").name_in("en_GB")
        'Algeria'
        """
        from .locales import babel_locale

        return str(babel_locale(locale).territories[self.code])


@attrs.frozen(kw_only=True)
class Minister:
    """An interior minister at the meeting.

    ``name`` is the standard spelling; ``attested_names`` are the spellings sources print,
    the article's own misspellings included.

    >>> import maghreb_accord
    >>> laenser = maghreb_accord.load().minister_of("MA")
    >>> laenser.name.fr, laenser.role
    ('Mohand Laenser', <Role.HOST: 'host'>)

    .. versionadded:: 0.1.0
    """

    #: The minister's id, unique in the accord.
    id: str
    #: The standard spelling, in Arabic and Latin script.
    name: Label
    #: Spellings as sources print them, misspellings included.
    attested_names: tuple[AttestedName, ...]
    #: Code of the state whose minister this is.
    state: str
    #: The office held at the meeting.
    office: Label
    #: Role at the meeting: host or participant.
    role: Role
    #: Where the facts about the minister come from.
    sources: tuple[SourceRef, ...]

    def __attrs_post_init__(self) -> None:
        problems = _checks.identifier(self.id, "$.id") + _label(self.name, "$.name")
        problems += _tuple_of(
            self.attested_names,
            "$.attested_names",
            lambda v, p: _checks.instance(v, p, AttestedName, "an AttestedName"),
            "AttestedName",
        )
        problems += _checks.state_code(self.state, "$.state")
        problems += _label(self.office, "$.office") + _enum(self.role, "$.role", Role)
        problems += _sources(self.sources)
        _checks.raise_if(problems)


_AR_MASCULINE: Final = ["ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"]
_AR_FEMININE: Final = ["ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر"]
_FR_NUMBERS: Final = ["deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"]


@attrs.frozen(kw_only=True)
class Cadence:
    """How often a body meets: once every ``interval`` months or years (``unit``).

    >>> cadence = Cadence(interval=3, unit=CadenceUnit.MONTH)
    >>> cadence.label.ar, cadence.label.fr
    ('مرة كل ثلاثة أشهر', 'une fois tous les trois mois')
    >>> Cadence(interval=1, unit=CadenceUnit.YEAR).label.fr
    'une fois par an'

    .. versionadded:: 0.1.0
    """

    #: How many units between meetings; at least 1.
    interval: int
    #: Months or years.
    unit: CadenceUnit

    def __attrs_post_init__(self) -> None:
        problems = _checks.instance(self.interval, "$.interval", int, "an integer")
        if not problems and self.interval < 1:
            problems.append(Problem("$.interval", f"must be at least 1, got {self.interval}"))
        problems += _enum(self.unit, "$.unit", CadenceUnit)
        _checks.raise_if(problems)

    @property
    def label(self) -> Label:
        """The cadence in words, in Arabic and French."""
        n, month = self.interval, self.unit is CadenceUnit.MONTH
        ar = self._arabic_count(in_words=True)
        unit = "mois" if month else ("an" if n == 1 else "ans")
        if n == 1:
            fr = f"une fois par {unit}"
        else:
            number = _FR_NUMBERS[n - 2] if n <= 10 else str(n)
            fr = f"une fois tous les {number} {unit}"
        return Label(ar=f"مرة كل {ar}", fr=fr)

    @property
    def months(self) -> int:
        """The interval in months: ``3`` for a quarter, ``12`` for a year."""
        return self.interval * (1 if self.unit is CadenceUnit.MONTH else 12)

    def nth(self, start: datetime.date, k: int) -> datetime.date:
        """The ``k``-th occurrence of the series starting on ``start`` (the 0th is ``start``).

        Arithmetic is anchored on the start, not chained: the k-th date is start + k ×
        interval, clamped to the end of a shorter month.

        >>> quarterly = Cadence(interval=1, unit=CadenceUnit.MONTH)
        >>> start = datetime.date(2013, 1, 31)
        >>> quarterly.nth(start, 1), quarterly.nth(start, 2)
        (datetime.date(2013, 2, 28), datetime.date(2013, 3, 31))
        """
        return add_months(start, k * self.months)

    def occurrences(
        self,
        start: datetime.date,
        *,
        until: datetime.date | None = None,
        count: int | None = None,
    ) -> tuple[datetime.date, ...]:
        """The dates of the series from ``start``: up to ``until`` (inclusive), ``count`` of them.

        At least one of ``until`` and ``count`` is needed; with both, whichever ends first
        ends the series. It also ends with the year 9999, the last :mod:`datetime` supports.

        >>> cadence = Cadence(interval=3, unit=CadenceUnit.MONTH)
        >>> cadence.occurrences(datetime.date(2013, 6, 30), count=3)
        (datetime.date(2013, 6, 30), datetime.date(2013, 9, 30), datetime.date(2013, 12, 30))
        >>> len(cadence.occurrences(datetime.date(2013, 6, 30), until=datetime.date(2014, 6, 30)))
        5
        """
        if until is None and count is None:
            raise ValueError("occurrences() needs until, count or both: the series is endless")
        if count is not None and count < 0:
            raise ValueError(f"count must not be negative, got {count}")
        dates: list[datetime.date] = []
        k = 0
        while count is None or k < count:
            try:
                day = self.nth(start, k)
            except OverflowError:
                break
            if until is not None and day > until:
                break
            dates.append(day)
            k += 1
        return tuple(dates)

    def next_after(self, day: datetime.date, *, start: datetime.date) -> datetime.date:
        """The first date of the series from ``start`` that is later than ``day``.

        >>> yearly = Cadence(interval=1, unit=CadenceUnit.YEAR)
        >>> yearly.next_after(datetime.date(2014, 4, 21), start=datetime.date(2013, 4, 21))
        datetime.date(2015, 4, 21)

        Raises :class:`OverflowError` when that date would be past the year 9999.
        """
        if day < start:
            return start
        months = (day.year - start.year) * 12 + day.month - start.month
        k = max(months // self.months, 0)
        while (candidate := self.nth(start, k)) <= day:
            k += 1
        return candidate

    def in_locale(self, locale: "LocaleLike") -> str:
        """The cadence with digits, in the locale's language: «كل 3 أشهر», «tous les 3 mois».

        Arabic takes the singular and dual forms after كل (كل شهر، كل شهرين).

        >>> cadence = Cadence(interval=3, unit=CadenceUnit.MONTH)
        >>> cadence.in_locale("ar"), cadence.in_locale("fr")
        ('كل 3 أشهر', 'tous les 3 mois')
        >>> Cadence(interval=2, unit=CadenceUnit.YEAR).in_locale("ar_MA")
        'كل سنتين'
        """
        from .locales import text_language

        n, month = self.interval, self.unit is CadenceUnit.MONTH
        if text_language(locale) == "fr":
            unit = "mois" if month else "ans"
            return f"tous les {unit}" if n == 1 else f"tous les {n} {unit}"
        return f"كل {self._arabic_count(in_words=False)}"

    def _arabic_count(self, *, in_words: bool) -> str:
        """The interval and unit after كل: singular, dual, then plural by Arabic's rules.

        Three to ten take the plural (written in words, the number's gender opposite the
        noun's), eleven to ninety-nine the singular accusative, a hundred and more the
        singular genitive.
        """
        n, month = self.interval, self.unit is CadenceUnit.MONTH
        if n == 1:
            return "شهر" if month else "سنة"
        if n == 2:
            return "شهرين" if month else "سنتين"
        if n <= 10:
            if in_words:
                number = _AR_MASCULINE[n - 3] if month else _AR_FEMININE[n - 3]
            else:
                number = str(n)
            return f"{number} أشهر" if month else f"{number} سنوات"
        if n <= 99:
            return f"{n} شهرا" if month else f"{n} سنة"
        return f"{n} شهر" if month else f"{n} سنة"


@attrs.frozen(kw_only=True)
class Body:
    """A body of the Union that the accord creates, charges or names.

    ``parent`` is the id of the body it answers to; ``cadence`` how often it meets, where the
    sources say; ``note`` what the sources leave vague.

    >>> import maghreb_accord
    >>> committee = maghreb_accord.load().body("security-follow-up-committee")
    >>> committee.kind, committee.parent, committee.cadence
    (<BodyKind.COMMITTEE: 'committee'>, 'council-of-interior-ministers', Cadence(interval=3, unit=<CadenceUnit.MONTH: 'month'>))

    .. versionadded:: 0.1.0
    """

    #: The body's id, unique in the accord.
    id: str
    #: The body's name.
    name: Label
    #: Union, council, committee or working group.
    kind: BodyKind
    #: Id of the body it answers to, if any.
    parent: str | None = None
    #: How often it meets, where the sources say.
    cadence: Cadence | None = None
    #: The fields it works in.
    domains: frozenset[Domain]
    #: What it is charged with, where the sources say.
    mandate: Label | None = None
    #: What the sources leave vague about it.
    note: Label | None = None
    #: Where the facts about the body come from.
    sources: tuple[SourceRef, ...]

    def __attrs_post_init__(self) -> None:
        problems = _checks.identifier(self.id, "$.id") + _label(self.name, "$.name")
        problems += _enum(self.kind, "$.kind", BodyKind)
        if self.parent is not None:
            problems += _checks.identifier(self.parent, "$.parent")
            if self.parent == self.id:
                problems.append(Problem("$.parent", "a body cannot be its own parent"))
        if self.cadence is not None:
            problems += _checks.instance(self.cadence, "$.cadence", Cadence, "a Cadence")
        problems += _domains(self.domains, allow_empty=True)
        problems += _optional_label(self.mandate, "$.mandate")
        problems += _optional_label(self.note, "$.note")
        problems += _sources(self.sources)
        _checks.raise_if(problems)


def _domains(value: object, *, allow_empty: bool) -> list[Problem]:
    problems = _checks.items(value, "$.domains", frozenset, "a frozenset of Domain")
    if not problems:
        assert isinstance(value, frozenset)
        if not value and not allow_empty:
            problems.append(Problem("$.domains", "must name at least one domain"))
        if any(not isinstance(domain, Domain) for domain in value):
            problems.append(Problem("$.domains", "must hold only Domain members"))
    return problems


@attrs.frozen(kw_only=True)
class Venue:
    """Where a meeting is held: a state, and the city where the sources name one.

    >>> import maghreb_accord
    >>> venue = maghreb_accord.load().main_meeting.venue
    >>> venue.city.ar, venue.state
    ('الرباط', 'MA')

    .. versionadded:: 0.1.0
    """

    #: The city, where the sources name one.
    city: Label | None = None
    #: Code of the state it is in.
    state: str

    def __attrs_post_init__(self) -> None:
        problems = _optional_label(self.city, "$.city")
        problems += _checks.state_code(self.state, "$.state")
        _checks.raise_if(problems)


@attrs.frozen(kw_only=True)
class Meeting:
    """A meeting of a body, held or planned.

    ``when`` is as precise as the sources: a :class:`~maghreb_accord.Day`, a
    :class:`~maghreb_accord.Month`, a :class:`~maghreb_accord.Year`, or only bounds
    (:class:`~maghreb_accord.Between`). A held meeting has a date, not only bounds.

    >>> import maghreb_accord
    >>> first = maghreb_accord.load().meeting("security-follow-up-committee-1")
    >>> first.status, first.when
    (<MeetingStatus.PLANNED: 'planned'>, Between(not_before=None, not_after=datetime.date(2013, 6, 30)))

    .. versionadded:: 0.1.0
    """

    #: The meeting's id, unique in the accord.
    id: str
    #: The meeting's name.
    name: Label
    #: Id of the body that meets.
    body: str
    #: Held or planned, as of the source.
    status: MeetingStatus
    #: When it was or is to be held, as precisely as the sources say.
    when: When
    #: Where it is held.
    venue: Venue
    #: Where the facts about the meeting come from.
    sources: tuple[SourceRef, ...]

    def __attrs_post_init__(self) -> None:
        problems = _checks.identifier(self.id, "$.id") + _label(self.name, "$.name")
        problems += _checks.identifier(self.body, "$.body")
        problems += _enum(self.status, "$.status", MeetingStatus)
        problems += _checks.instance(self.when, "$.when", Day | Month | Year | Between, "a date")
        if self.status is MeetingStatus.HELD and isinstance(self.when, Between):
            problems.append(Problem("$.when", "a held meeting needs a date, not only bounds"))
        problems += _checks.instance(self.venue, "$.venue", Venue, "a Venue")
        problems += _sources(self.sources)
        _checks.raise_if(problems)


@attrs.frozen(kw_only=True)
class Commitment:
    """One thing the ministers decided, undertook, stressed, condemned, called for or announced.

    ``text.ar`` is a verbatim span of the article (without a leading conjunction such as و,
    which the quote in ``sources`` keeps); ``text.fr`` is a faithful translation.
    ``responsible`` are the ids of the bodies charged with it (empty where the source names
    none), ``parties`` the codes of the states it binds.

    >>> import maghreb_accord
    >>> extradition = maghreb_accord.load().commitments_about("extradition")[0]
    >>> extradition.kind
    <CommitmentKind.CALL: 'call'>
    >>> print(extradition.text.fr)
    remettre les membres des groupes terroristes aux États qui les recherchent, sur la base
    des conventions juridiques et judiciaires conclues entre eux

    .. versionadded:: 0.1.0
    """

    #: The commitment's id, unique in the accord.
    id: str
    #: What the ministers did: decided, undertook, stressed, condemned, called, announced.
    kind: CommitmentKind
    #: What they committed to: the article's words and a French translation.
    text: Label
    #: The fields it is about; at least one.
    domains: frozenset[Domain]
    #: Ids of the bodies charged with it; empty where the source names none.
    responsible: tuple[str, ...]
    #: Codes of the states it binds.
    parties: tuple[str, ...]
    #: The day it is due by, where the source sets one.
    deadline: datetime.date | None = None
    #: Where it is reported; the first quotes the article.
    sources: tuple[SourceRef, ...]

    def __attrs_post_init__(self) -> None:
        problems = _checks.identifier(self.id, "$.id") + _enum(self.kind, "$.kind", CommitmentKind)
        problems += _label(self.text, "$.text") + _domains(self.domains, allow_empty=False)
        problems += _tuple_of(self.responsible, "$.responsible", _checks.identifier, "body ids")
        problems += _tuple_of(self.parties, "$.parties", _checks.state_code, "state codes")
        problems += _checks.repeated(self.responsible, "$.responsible")
        problems += _checks.repeated(self.parties, "$.parties")
        problems += _checks.optional_date(self.deadline, "$.deadline")
        problems += _sources(self.sources)
        _checks.raise_if(problems)


def _index(items: tuple[Any, ...], key: str) -> Mapping[str, Any]:
    return MappingProxyType({getattr(item, key): item for item in items})


_COMMON_WORDS: Final = frozenset(
    {"and", "the", "for", "with", "from", "des", "les", "aux", "par", "pour", "une", "sur"}
)


def _suggest(wanted: str, known: Any) -> list[str]:
    """The known ids closest to ``wanted``: the best match, and any nearly as close."""
    import difflib

    scored = []
    word = wanted.lower()
    # A whole word of an id (``lotfi`` of ``lotfi-ben-jeddou``) is as good as a near miss,
    # unless it is too short or too common to point anywhere (``of``, ``1``, ``and``).
    telling = len(word) >= 3 and not word.isdigit() and word not in _COMMON_WORDS
    for candidate in sorted(known):
        matcher = difflib.SequenceMatcher(None, wanted, candidate)
        whole_word = telling and word in candidate.lower().split("-")
        scored.append((max(matcher.ratio(), 0.8 if whole_word else 0.0), candidate))
    scored = [(score, candidate) for score, candidate in scored if score >= 0.6]
    if not scored:
        return []
    best = max(score for score, _ in scored)
    close = sorted((s for s in scored if s[0] >= best - 0.1), key=lambda s: (-s[0], s[1]))
    return [candidate for _, candidate in close[:3]]


def _refs(value: object, path: str) -> Iterator[tuple[str, SourceRef]]:
    """Every SourceRef inside ``value``, with its JSON path."""
    if isinstance(value, SourceRef):
        yield path, value
    elif isinstance(value, tuple | list | frozenset):
        for index, item in enumerate(value):
            yield from _refs(item, f"{path}[{index}]")
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield from _refs(item, f"{path}.{key}")
    elif attrs.has(kind := cast("type[Any]", type(value))):
        for name in _fields_with_refs(kind):
            yield from _refs(getattr(value, name), f"{path}.{name}")


@cache
def _fields_with_refs(cls: type) -> tuple[str, ...]:
    """The names of the fields of ``cls`` whose declared type can hold a SourceRef."""
    fields = attrs.fields(cast("type[attrs.AttrsInstance]", cls))
    return tuple(field.name for field in fields if _may_hold_refs(field.type, (cls,)))


# Types that cannot hold a SourceRef; the walk skips fields of these types, and of tuples,
# frozensets and unions of them.
_LEAVES: Final = (str, int, float, bool, datetime.date, enum.Enum, Label, type(None))


def _may_hold_refs(kind: object, seen: tuple[type, ...]) -> bool:
    if isinstance(kind, type) and not typing.get_args(kind):
        if issubclass(kind, SourceRef):
            return True
        if issubclass(kind, _LEAVES):
            return False
        if attrs.has(kind):
            # A class that refers back to one being looked at may lead to its references:
            # walk it, to be safe, rather than follow the cycle.
            return kind in seen or any(
                _may_hold_refs(field.type, (*seen, kind)) for field in attrs.fields(kind)
            )
    arguments = [argument for argument in typing.get_args(kind) if argument is not Ellipsis]
    if arguments and typing.get_origin(kind) in (tuple, frozenset, types.UnionType, typing.Union):
        return any(_may_hold_refs(argument, seen) for argument in arguments)
    return True  # anything else (Any, a string or a type variable, a list): walk it, to be safe


_SUGGESTED: Final = 20

_COLLECTIONS: Final[tuple[tuple[str, type, str], ...]] = (
    ("states", MemberState, "code"),
    ("ministers", Minister, "id"),
    ("bodies", Body, "id"),
    ("meetings", Meeting, "id"),
    ("commitments", Commitment, "id"),
    ("sources", Source, "id"),
)


@attrs.frozen(kw_only=True)
class Agreement:
    """The accord: who met, what they set up, and what they committed to.

    Building one checks it whole: ids unique, every reference resolving, every quote
    verbatim at its offsets. Lookups go through indexes built then.

    >>> import maghreb_accord
    >>> accord = maghreb_accord.load()
    >>> accord.id, accord.main_meeting.when
    ('rabat-2013', Day(date=datetime.date(2013, 4, 21)))
    >>> [state.code for state in accord.states]
    ['MA', 'DZ', 'TN', 'LY', 'MR']

    .. versionadded:: 0.1.0
    """

    #: The accord's id: ``rabat-2013`` for the canonical one.
    id: str
    #: The accord's title.
    title: Label
    #: Id of the meeting where it was reached (``meeting`` in JSON).
    meeting_id: str
    #: The member states, in data order.
    states: tuple[MemberState, ...]
    #: The ministers at the meeting, in data order.
    ministers: tuple[Minister, ...]
    #: The bodies it creates, charges or names, in data order.
    bodies: tuple[Body, ...]
    #: The meetings held or planned, in data order.
    meetings: tuple[Meeting, ...]
    #: What was agreed, in the order the article reports it.
    commitments: tuple[Commitment, ...]
    #: Every document a fact cites.
    sources: tuple[Source, ...]

    _states: Mapping[str, MemberState] = attrs.field(init=False, eq=False, repr=False)
    _ministers: Mapping[str, Minister] = attrs.field(init=False, eq=False, repr=False)
    _ministers_by_state: Mapping[str, tuple[Minister, ...]] = attrs.field(
        init=False, eq=False, repr=False
    )
    _bodies: Mapping[str, Body] = attrs.field(init=False, eq=False, repr=False)
    _meetings: Mapping[str, Meeting] = attrs.field(init=False, eq=False, repr=False)
    _commitments: Mapping[str, Commitment] = attrs.field(init=False, eq=False, repr=False)
    _sources: Mapping[str, Source] = attrs.field(init=False, eq=False, repr=False)
    _by_domain: Mapping[Domain, tuple[Commitment, ...]] = attrs.field(
        init=False, eq=False, repr=False
    )
    _by_body: Mapping[str, tuple[Commitment, ...]] = attrs.field(init=False, eq=False, repr=False)
    _children: Mapping[str, tuple[Body, ...]] = attrs.field(init=False, eq=False, repr=False)
    # Built by the first find(): normalising every name is work a plain load() need not do.
    _search_entries: tuple[Any, ...] | None = attrs.field(
        init=False, eq=False, repr=False, default=None
    )

    def __attrs_post_init__(self) -> None:
        problems = _checks.identifier(self.id, "$.id") + _label(self.title, "$.title")
        problems += _checks.identifier(self.meeting_id, "$.meeting")
        for name, kind, _ in _COLLECTIONS:
            problems += _tuple_of(
                getattr(self, name),
                f"$.{name}",
                lambda v, p, kind=kind: _checks.instance(v, p, kind, f"a {kind.__name__}"),
                kind.__name__,
            )
        _checks.raise_if(problems)
        _checks.raise_if(self._consistency_problems())
        self._build_indexes()

    def _consistency_problems(self) -> list[Problem]:
        problems: list[Problem] = []
        for name, _, key in _COLLECTIONS:
            seen: dict[str, int] = {}
            for index, item in enumerate(getattr(self, name)):
                value = getattr(item, key)
                if value in seen:
                    problems.append(
                        Problem(
                            f"$.{name}[{index}].{key}",
                            f"duplicate {key} {value!r} (first at $.{name}[{seen[value]}])",
                        )
                    )
                else:
                    seen[value] = index
        states = {state.code for state in self.states}
        bodies = {body.id: body for body in self.bodies}
        meetings = {meeting.id for meeting in self.meetings}
        sources = {source.id: source for source in self.sources}

        unknown = 0

        def known(value: str, pool: Any, path: str, kind: str) -> None:
            nonlocal unknown
            if value not in pool:
                unknown += 1
                # Suggestions cost a comparison with every id: the first few problems get them.
                hint = _suggest(value, pool) if unknown <= _SUGGESTED else []
                extra = f"; did you mean {hint[0]!r}?" if hint else ""
                problems.append(Problem(path, f"no {kind} {value!r} in this accord{extra}"))

        known(self.meeting_id, meetings, "$.meeting", "meeting")
        for index, minister in enumerate(self.ministers):
            known(minister.state, states, f"$.ministers[{index}].state", "state")
        cyclic = self._in_cycles(bodies)
        for index, body in enumerate(self.bodies):
            if body.parent is not None:
                known(body.parent, bodies, f"$.bodies[{index}].parent", "body")
            if body.id in cyclic:
                problems.append(Problem(f"$.bodies[{index}].parent", "parents form a cycle"))
        for index, meeting in enumerate(self.meetings):
            known(meeting.body, bodies, f"$.meetings[{index}].body", "body")
            known(meeting.venue.state, states, f"$.meetings[{index}].venue.state", "state")
        for index, commitment in enumerate(self.commitments):
            for position, body_id in enumerate(commitment.responsible):
                path = f"$.commitments[{index}].responsible[{position}]"
                known(body_id, bodies, path, "body")
            for position, code in enumerate(commitment.parties):
                known(code, states, f"$.commitments[{index}].parties[{position}]", "state")
        for name in ("states", "ministers", "bodies", "meetings", "commitments"):
            for path, ref in _refs(getattr(self, name), f"$.{name}"):
                source = sources.get(ref.source)
                if source is None:
                    known(ref.source, sources, f"{path}.source", "source")
                else:
                    problems += _quote_problems(ref, source, path)
        return problems

    @staticmethod
    def _in_cycles(bodies: Mapping[str, Body]) -> set[str]:
        """The ids of the bodies whose parents lead back to them, found in one pass."""
        done: set[str] = set()
        cyclic: set[str] = set()
        for start in bodies:
            path: list[str] = []
            on_path: set[str] = set()
            current: str | None = start
            while current is not None and current in bodies and current not in done:
                if current in on_path:
                    cyclic.update(path[path.index(current) :])
                    break
                path.append(current)
                on_path.add(current)
                current = bodies[current].parent
            done.update(path)
        return cyclic

    def _build_indexes(self) -> None:
        def put(name: str, value: object) -> None:
            object.__setattr__(self, name, value)

        put("_states", _index(self.states, "code"))
        put("_ministers", _index(self.ministers, "id"))
        put("_bodies", _index(self.bodies, "id"))
        put("_meetings", _index(self.meetings, "id"))
        put("_commitments", _index(self.commitments, "id"))
        put("_sources", _index(self.sources, "id"))
        # One pass each, in data order: an accord of many parts builds in linear time.
        by_domain: dict[Domain, list[Commitment]] = {domain: [] for domain in Domain}
        by_body: dict[str, list[Commitment]] = {body.id: [] for body in self.bodies}
        children: dict[str, list[Body]] = {body.id: [] for body in self.bodies}
        ministers_by_state: dict[str, list[Minister]] = {state.code: [] for state in self.states}
        for minister in self.ministers:
            ministers_by_state[minister.state].append(minister)
        for commitment in self.commitments:
            for domain in commitment.domains:
                by_domain[domain].append(commitment)
            for body_id in dict.fromkeys(commitment.responsible):
                by_body[body_id].append(commitment)
        for body in self.bodies:
            if body.parent is not None:
                children[body.parent].append(body)
        put("_by_domain", MappingProxyType({key: tuple(found) for key, found in by_domain.items()}))
        put("_by_body", MappingProxyType({key: tuple(found) for key, found in by_body.items()}))
        put("_children", MappingProxyType({key: tuple(found) for key, found in children.items()}))
        put(
            "_ministers_by_state",
            MappingProxyType({key: tuple(found) for key, found in ministers_by_state.items()}),
        )

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickle and copy rebuild through __init__, so the indexes are built again.
        fields = {f.name: getattr(self, f.name) for f in attrs.fields(Agreement) if f.init}
        return (_rebuild_agreement, (fields,))

    @property
    def main_meeting(self) -> Meeting:
        """The meeting at which the accord was reached (its id is :attr:`meeting_id`).

        >>> import maghreb_accord
        >>> maghreb_accord.load().main_meeting.venue.city.fr
        'Rabat'
        """
        return self._meetings[self.meeting_id]

    def schedule(self, body_id: str, *, until: datetime.date) -> "tuple[ExpectedMeeting, ...]":
        """The meetings the body ``body_id`` is expected to hold, from its first to ``until``.

        Each :class:`~maghreb_accord.ExpectedMeeting` is a window of days; see
        :mod:`maghreb_accord.schedule` for the rule. A body with no cadence raises
        :class:`~maghreb_accord.ScheduleError`.

        >>> import datetime, maghreb_accord
        >>> accord = maghreb_accord.load()
        >>> for expected in accord.schedule("security-follow-up-committee", until=datetime.date(2013, 12, 31)):
        ...     print(expected.index, expected.earliest, expected.latest, expected.meeting)
        0 2013-04-21 2013-06-30 security-follow-up-committee-1
        1 2013-07-21 2013-09-30 None
        2 2013-10-21 2013-12-30 None
        """
        from .schedule import expected_meetings

        return expected_meetings(self, body_id, until=until)

    def due(self, as_of: datetime.date) -> "DueReport":
        """What had a deadline as of ``as_of``: what had passed and what was still open.

        >>> import datetime, maghreb_accord
        >>> report = maghreb_accord.load().due(datetime.date(2013, 5, 1))
        >>> report.passed, [item.id for item in report.open]
        ((), ['first-follow-up-meeting', 'security-follow-up-committee-1'])
        """
        from .schedule import due

        return due(self, as_of)

    def find(
        self, query: str, *, kinds: "Iterable[Kind] | None" = None, limit: int = 10
    ) -> "tuple[Match, ...]":
        """States, ministers, bodies, meetings, domains and commitments matching ``query``.

        Results come best first.

        Any spelling works, in Arabic or Latin script: the article's misprints, press
        transliterations, missing accents or added vowel marks, and a typo. ``kinds`` limits
        the search (``["minister"]``); ``limit`` caps the results. See
        :mod:`maghreb_accord.search` for the normalisation and the ranking.

        >>> import maghreb_accord
        >>> accord = maghreb_accord.load()
        >>> [(m.kind, m.id) for m in accord.find("Chouail", limit=1)]
        [('minister', 'achour-souleimane-chouail')]
        >>> accord.find("عشور سليمان شوابيل")[0].matched
        'عشور سليمان شوابيل'
        >>> [m.id for m in accord.find("protection civile", kinds=["body", "domain"])]
        ['civil_protection']
        """
        from .search import find

        return find(self, query, kinds=kinds, limit=limit)

    def state(self, code: str) -> MemberState:
        """The member state with ISO 3166-1 alpha-2 ``code``, in any case.

        >>> import maghreb_accord
        >>> maghreb_accord.load().state("tn").name.ar
        'تونس'
        """
        wanted = code.upper() if isinstance(code, str) else repr(code)
        try:
            return self._states[wanted]
        except KeyError:
            # With a handful of states, naming them all helps more than a guess.
            few = list(self._states) if len(self._states) <= 10 else []
            suggestions = _suggest(wanted, self._states) or few
            raise UnknownIdError(str(code), "state", suggestions, key="code") from None

    def minister_of(self, code: str) -> Minister:
        """The one minister the accord lists for the state with ``code`` (in any case).

        The canonical accord lists one interior minister for each state. Another accord may
        list none for a state (then this raises :class:`~maghreb_accord.UnknownIdError`) or
        several (:class:`~maghreb_accord.AmbiguousError`); :meth:`ministers_of` gives them
        all.

        >>> import maghreb_accord
        >>> maghreb_accord.load().minister_of("ly").name.fr
        'Achour Souleimane Chouaïl'
        """
        state = self.state(code)
        found = self._ministers_by_state[state.code]
        if len(found) == 1:
            return found[0]
        if not found:
            raise UnknownIdError(state.code, "minister for the state", key="code")
        matches = [minister.id for minister in found]
        hint = f"ministers_of({state.code!r}) gives them all"
        raise AmbiguousError(state.code, "minister for the state", matches, key="code", hint=hint)

    def ministers_of(self, code: str) -> tuple[Minister, ...]:
        """Every minister of the state with ``code``, in any case, in data order.

        Empty when the accord lists no minister for the state; a code the accord has no
        state for raises :class:`~maghreb_accord.UnknownIdError`.

        >>> import maghreb_accord
        >>> [minister.id for minister in maghreb_accord.load().ministers_of("MA")]
        ['mohand-laenser']
        """
        return self._ministers_by_state[self.state(code).code]

    def minister(self, id: str) -> Minister:
        """The minister with ``id``.

        Given a state's code instead, the error suggests the state's ministers (see
        :meth:`minister_of`).

        >>> import maghreb_accord
        >>> maghreb_accord.load().minister("mohand-laenser").state
        'MA'
        >>> maghreb_accord.load().minister("TN")
        Traceback (most recent call last):
        ...
        maghreb_accord.errors.UnknownIdError: no minister with id 'TN'; did you mean 'lotfi-ben-jeddou'?
        """
        try:
            return self._ministers[id]
        except (KeyError, TypeError):
            by_state = self._ministers_by_state.get(id.upper()) if isinstance(id, str) else None
            if by_state:  # a state's code: its ministers are the likely answer
                ids = [minister.id for minister in by_state[:3]]
                raise UnknownIdError(id, "minister", ids) from None
        return _lookup(self._ministers, id, "minister")

    def body(self, id: str) -> Body:
        """The body with ``id``.

        >>> import maghreb_accord
        >>> maghreb_accord.load().body("council-of-interior-ministers").cadence.label.fr
        'une fois par an'
        """
        return _lookup(self._bodies, id, "body")

    def meeting(self, id: str) -> Meeting:
        """The meeting with ``id``.

        >>> import maghreb_accord
        >>> maghreb_accord.load().meeting("rabat-2013").status
        <MeetingStatus.HELD: 'held'>
        """
        return _lookup(self._meetings, id, "meeting")

    def commitment(self, id: str) -> Commitment:
        """The commitment with ``id``.

        >>> import maghreb_accord
        >>> maghreb_accord.load().commitment("condemn-terrorism").kind
        <CommitmentKind.CONDEMNATION: 'condemnation'>
        """
        return _lookup(self._commitments, id, "commitment")

    def source(self, id: str) -> Source:
        """The source with ``id``.

        >>> import maghreb_accord
        >>> maghreb_accord.load().source("iso-3166-1").address
        'https://www.iso.org/iso-3166-country-codes.html'
        """
        return _lookup(self._sources, id, "source")

    def commitments_about(self, domain: Domain | str) -> tuple[Commitment, ...]:
        """The commitments about ``domain`` (a :class:`Domain` or its value), in source order.

        >>> import maghreb_accord
        >>> [c.id for c in maghreb_accord.load().commitments_about("civil_protection")]
        ['entrust-follow-up-committee', 'exchange-civil-protection-experience', 'joint-civil-protection-exercises']
        """
        try:
            # A Domain is its value: the plain string finds the same entry.
            return self._by_domain[domain]  # type: ignore[index]
        except (KeyError, TypeError):
            values = [member.value for member in Domain]
            raise UnknownIdError(str(domain), "domain", _suggest(str(domain), values)) from None

    def commitments_of(self, body_id: str) -> tuple[Commitment, ...]:
        """The commitments that the body ``body_id`` is responsible for, in source order.

        >>> import maghreb_accord
        >>> [c.id for c in maghreb_accord.load().commitments_of("specialised-security-sub-teams")]
        ['entrust-follow-up-committee']
        """
        return self._by_body[self.body(body_id).id]

    def sub_bodies(self, body_id: str) -> tuple[Body, ...]:
        """The bodies whose parent is ``body_id``, in data order.

        >>> import maghreb_accord
        >>> [b.id for b in maghreb_accord.load().sub_bodies("council-of-interior-ministers")]
        ['security-follow-up-committee']
        """
        return self._children[self.body(body_id).id]


# Python attribute -> JSON key, where they differ: `Agreement.meeting` is the lookup method.
JSON_KEYS: Final[dict[type, dict[str, str]]] = {Agreement: {"meeting_id": "meeting"}}


def _rebuild_agreement(fields: dict[str, Any]) -> "Agreement":
    return Agreement(**fields)


_T = TypeVar("_T")


def _lookup(index: Mapping[str, _T], id: str, kind: str) -> _T:
    try:
        return index[id]
    except (KeyError, TypeError):
        raise UnknownIdError(str(id), kind, _suggest(str(id), index)) from None


def _quote_problems(ref: SourceRef, source: Source, path: str) -> list[Problem]:
    text = source.text
    if text is None:
        if ref.quote is not None:
            return [Problem(f"{path}.quote", f"source {source.id!r} has no text to quote from")]
        return []
    if ref.quote is None or ref.start is None or ref.end is None:
        return [Problem(path, f"a reference to bundled source {source.id!r} must quote it")]
    if ref.end > len(text):
        return [Problem(f"{path}.end", f"{ref.end} is past the end of {source.id!r} ({len(text)})")]
    if text[ref.start : ref.end] != ref.quote:
        found = text.find(ref.quote)
        where = f"; the quote stands at {found}-{found + len(ref.quote)}" if found >= 0 else ""
        if found < 0:
            where = "; the quote is nowhere in the source"
        return [
            Problem(
                f"{path}.quote",
                f"does not match {source.id!r} at {ref.start}-{ref.end}{where}",
            )
        ]
    return []
