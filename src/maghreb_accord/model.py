"""The immutable domain types of the accord.

Every class is a frozen, slotted, keyword-only attrs class holding tuples and frozensets.
Each checks itself when built: an invalid value raises
:class:`~maghreb_accord.AccordDataError` listing every problem with its path, so no
half-built or inconsistent object ever exists.
"""

import datetime
import re
from typing import TYPE_CHECKING, ClassVar, Final

import attrs

from . import _checks
from ._rules import (
    Date,
    Flag,
    Identifier,
    Instance,
    Integer,
    Invariant,
    Many,
    Member,
    Optional,
    Pattern,
    StateCode,
    Text,
    WhenRule,
    rule,
    validate,
)
from ._shared import Shared
from .dates import Between, When, add_months
from .errors import Problem
from .label import Label
from .vocabulary import (
    BodyKind,
    CadenceUnit,
    CommitmentKind,
    Domain,
    Level,
    MeetingStatus,
    Role,
    Statement,
    _member,
)

if TYPE_CHECKING:
    from .locales import LocaleLike

__all__ = [
    "Assessment",
    "Attendance",
    "AttestedName",
    "Axis",
    "Body",
    "Cadence",
    "Commitment",
    "Declaration",
    "Dispute",
    "Meeting",
    "MemberState",
    "Minister",
    "Participant",
    "Person",
    "Source",
    "SourceRef",
    "Venue",
]

# The rules several fields share, named once.
_LABEL: Final = Instance(Label)
_OPTIONAL_LABEL: Final = Optional(_LABEL)
_OPTIONAL_TEXT: Final = Optional(Text())
_LANGUAGE: Final = Pattern(_checks.LANGUAGE_PATTERN, "an ISO 639 language code")
_STATE: Final = StateCode(refers_to="states")
# The page itself, with its scheme and a host with a dot: not a bare domain. A URI (RFC
# 3986): its characters only, every other one percent-encoded, so no space, control or
# direction mark can make an address read as another where it is printed, and no < > \
# can break out of a link in Markdown or HTML.
_ADDRESS: Final = Pattern(
    re.compile(
        r"https?://[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?::[0-9]+)?/"
        r"(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#\[\]]|%[0-9A-Fa-f]{2})*"
    ),
    "a full http(s) address of the page, as a URI (other characters percent-encoded)",
)


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Source(Shared):
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
    id: str = attrs.field(metadata=rule(Identifier()))
    #: What the document is, in Arabic and French.
    description: Label = attrs.field(metadata=rule(_LABEL))
    #: The document's own title, as printed, where known.
    title: str | None = attrs.field(default=None, metadata=rule(_OPTIONAL_TEXT))
    #: Who published it, as printed, where known.
    publisher: str | None = attrs.field(default=None, metadata=rule(_OPTIONAL_TEXT))
    #: The ISO 639 code of the document's language, where recorded.
    language: str | None = attrs.field(default=None, metadata=rule(Optional(_LANGUAGE)))
    #: Its publication date, where the sources give it.
    date: datetime.date | None = attrs.field(default=None, metadata=rule(Optional(Date())))
    #: Where to find it, for a source that is not bundled: the page's full address.
    address: str | None = attrs.field(default=None, metadata=rule(Optional(_ADDRESS)))
    #: A register (a standard or a database, such as ISO 3166-1 or Wikidata) read by its
    #: entry rather than by a sentence: references to it need no excerpt.
    #:
    #: .. versionadded:: 0.1.0
    register: bool = attrs.field(default=False, metadata=rule(Flag()))
    #: The file its text was read from, beside the accord's JSON file.
    text_file: str | None = attrs.field(
        default=None,
        metadata=rule(Optional(Pattern(_checks._FILE_NAME_PATTERN, "a plain file name"))),
    )
    #: Its full text, for a bundled source: what quotes are checked against.
    text: str | None = attrs.field(default=None, metadata=rule(Optional(Text(multiline=True))))
    #: What the sources leave vague about this document.
    note: Label | None = attrs.field(default=None, metadata=rule(_OPTIONAL_LABEL))

    def _text_or_address(self) -> list[Problem]:
        problems = []
        if self.text_file is not None and self.text is None:
            message = "a source with text_file needs its text"
            problems.append(Problem("$.text_file", message, code="needs-text", subject=self.id))
        if self.text is None and self.address is None:
            message = "a source needs its text or its address"
            problems.append(Problem("$", message, code="needs-text", subject=self.id))
        return problems

    # In JSON, a bundled source's text is in the document or in its file, not both.
    __invariants__: ClassVar[tuple[Invariant, ...]] = (
        Invariant(
            ("text", "text_file", "address"),
            _text_or_address,
            {
                "not": {"required": ["text", "text_file"]},
                "anyOf": [
                    {"required": ["text"]},
                    {"required": ["text_file"]},
                    {"required": ["address"]},
                ],
            },
        ),
    )

    def __attrs_post_init__(self) -> None:
        validate(self)


@attrs.frozen(kw_only=True, repr=False, eq=False)
class SourceRef(Shared):
    """Where a fact comes from: a source's id and the exact words the fact rests on.

    For a bundled source, ``quote`` is ``source.text[start:end]``, verbatim; the loader
    refuses any other. A source that is not bundled cannot be checked by offsets: a
    reference to it carries an ``excerpt`` instead, its words as read on that page, so that
    a reader checks the fact by reading one sentence (a register, such as ISO 3166-1, is
    read by its entry and needs none).

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
    source: str = attrs.field(metadata=rule(Identifier(refers_to="sources")))
    #: The exact words cited, for a bundled source.
    quote: str | None = attrs.field(default=None, metadata=rule(_OPTIONAL_TEXT))
    #: Where the quote starts in the source's text (a character offset).
    start: int | None = attrs.field(default=None, metadata=rule(Optional(Integer(minimum=0))))
    #: Where the quote ends in the source's text (exclusive).
    end: int | None = attrs.field(default=None, metadata=rule(Optional(Integer(minimum=1))))
    #: The words cited, verbatim, from a source that is not bundled (no offsets).
    #:
    #: .. versionadded:: 0.1.0
    excerpt: str | None = attrs.field(default=None, metadata=rule(_OPTIONAL_TEXT))

    def _all_or_none(self) -> list[Problem]:
        given = [name for name in ("quote", "start", "end") if getattr(self, name) is not None]
        if given and len(given) < 3:
            missing = sorted({"quote", "start", "end"} - set(given))
            message = f"a quote needs quote, start and end; missing {missing}"
            return [Problem("$", message, code="inconsistent")]
        return []

    def _quote_or_excerpt(self) -> list[Problem]:
        if self.quote is not None and self.excerpt is not None:
            message = "a reference quotes a bundled source or excerpts another, not both"
            return [Problem("$.excerpt", message, code="inconsistent", subject=self.source)]
        return []

    def _end_after_start(self) -> list[Problem]:
        if self.start is not None and self.end is not None and self.end <= self.start:
            message = f"must be after start ({self.start}), got {self.end}"
            return [Problem("$.end", message, code="inconsistent")]
        return []

    __invariants__: ClassVar[tuple[Invariant, ...]] = (
        Invariant(
            (),
            _all_or_none,
            {
                "dependentRequired": {
                    "quote": ["start", "end"],
                    "start": ["quote", "end"],
                    "end": ["quote", "start"],
                }
            },
        ),
        Invariant(("start", "end"), _end_after_start),
        Invariant(
            ("source", "quote", "excerpt"),
            _quote_or_excerpt,
            {"not": {"required": ["quote", "excerpt"]}},
        ),
    )

    def __attrs_post_init__(self) -> None:
        validate(self)


_SOURCES: Final = Many(Instance(SourceRef), "SourceRef", empty="must cite at least one source")


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Dispute(Shared):
    """Where sources disagree: the reading the data adopts, its sources, the dissent, and why.

    Nothing is silently reconciled: the adopted reading is the one the object's own fields
    hold; the dissenting one stays beside it with the sources that give it.

    >>> import maghreb_accord
    >>> dispute = maghreb_accord.load().participant("habib-ben-yahia").disputes[0]
    >>> dispute.about, dispute.adopted.fr, dispute.dissent.fr
    ('role', 'a assisté à la réunion', 'a présidé la réunion')

    .. versionadded:: 0.1.0
    """

    #: The field the sources disagree on, such as ``cadence`` or ``role``.
    about: str = attrs.field(metadata=rule(Identifier()))
    #: The reading the data adopts.
    adopted: Label = attrs.field(metadata=rule(_LABEL))
    #: The sources that give it.
    adopted_by: tuple[SourceRef, ...] = attrs.field(metadata=rule(_SOURCES))
    #: The dissenting reading.
    dissent: Label = attrs.field(metadata=rule(_LABEL))
    #: The sources that give it.
    dissent_by: tuple[SourceRef, ...] = attrs.field(metadata=rule(_SOURCES))
    #: Why the data adopts the one and not the other.
    note: Label = attrs.field(metadata=rule(_LABEL))

    def __attrs_post_init__(self) -> None:
        validate(self)


_DISPUTES: Final = Many(Instance(Dispute), "Dispute")


@attrs.frozen(kw_only=True, repr=False, eq=False)
class AttestedName(Shared):
    """A spelling of a name as one source prints it, in that source's language.

    For a bundled source the spelling is the quote itself; for another, its excerpt prints
    it.

    >>> import maghreb_accord
    >>> minister = maghreb_accord.load().minister_of("TN")
    >>> minister.name.ar, minister.attested_names[0].name
    ('لطفي بن جدو', 'لطفي بن حدو')

    .. versionadded:: 0.1.0
    """

    #: The spelling, exactly as printed.
    name: str = attrs.field(metadata=rule(Text()))
    #: The ISO 639 code of the language it is written in.
    language: str = attrs.field(metadata=rule(_LANGUAGE))
    #: Where it is printed.
    source: SourceRef = attrs.field(metadata=rule(Instance(SourceRef)))

    def _name_is_the_quote(self) -> list[Problem]:
        if self.source.quote is not None and self.source.quote != self.name:
            message = f"must equal the quote {self.source.quote!r}, got {self.name!r}"
            return [Problem("$.name", message, code="quote", subject=self.source.source)]
        excerpt = self.source.excerpt
        if excerpt is not None and self.name not in excerpt:
            message = f"the excerpt {excerpt!r} does not print {self.name!r}"
            return [Problem("$.name", message, code="excerpt", subject=self.source.source)]
        return []

    __invariants__: ClassVar[tuple[Invariant, ...]] = (
        Invariant(("name", "source"), _name_is_the_quote),
    )

    def __attrs_post_init__(self) -> None:
        validate(self)


@attrs.frozen(kw_only=True, repr=False, eq=False)
class MemberState(Shared):
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
    code: str = attrs.field(metadata=rule(StateCode()))
    #: Short name, as CLDR gives it in Arabic and French.
    name: Label = attrs.field(metadata=rule(_LABEL))
    #: Official long name.
    official_name: Label = attrs.field(metadata=rule(_LABEL))
    #: Wikidata item id, such as ``Q1028``.
    wikidata: str | None = attrs.field(
        default=None,
        metadata=rule(Optional(Pattern(_checks.WIKIDATA_PATTERN, "a Wikidata item id"))),
    )
    #: Where the facts about the state come from.
    sources: tuple[SourceRef, ...] = attrs.field(metadata=rule(_SOURCES))

    def __attrs_post_init__(self) -> None:
        validate(self)

    def name_in(self, locale: "LocaleLike") -> str:
        """This state's short name in ``locale``'s language, from CLDR through Babel.

        >>> import maghreb_accord
        >>> maghreb_accord.load().state("DZ").name_in("en_GB")
        'Algeria'
        """
        from .locales import _babel_locale

        return str(_babel_locale(locale).territories[self.code])


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Assessment(Shared):
    """A judgement a participant gave of the meeting or its outcome: not a commitment.

    >>> import maghreb_accord
    >>> assessment = maghreb_accord.load().minister_of("MA").assessments[0]
    >>> assessment.said_by
    <Statement.PRESS_STATEMENT: 'press_statement'>
    >>> assessment.sources[1].start, assessment.sources[1].end
    (363, 497)

    .. versionadded:: 0.1.0
    """

    #: The assessment's id, unique in the accord.
    id: str = attrs.field(metadata=rule(Identifier()))
    #: Whose words report it.
    said_by: Statement = attrs.field(metadata=rule(Member(Statement)))
    #: What was said, in Arabic and French.
    text: Label = attrs.field(metadata=rule(_LABEL))
    #: How the reports' wordings differ, where they do.
    note: Label | None = attrs.field(default=None, metadata=rule(_OPTIONAL_LABEL))
    #: Where it is reported.
    sources: tuple[SourceRef, ...] = attrs.field(metadata=rule(_SOURCES))

    def __attrs_post_init__(self) -> None:
        validate(self)


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Minister(Shared):
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
    id: str = attrs.field(metadata=rule(Identifier()))
    #: The standard spelling, in Arabic and Latin script.
    name: Label = attrs.field(metadata=rule(_LABEL))
    #: Spellings as sources print them, misspellings included.
    attested_names: tuple[AttestedName, ...] = attrs.field(
        metadata=rule(Many(Instance(AttestedName), "AttestedName", max_items=2))
    )
    #: Code of the state whose minister this is.
    state: str = attrs.field(metadata=rule(_STATE))
    #: The office held at the meeting.
    office: Label = attrs.field(metadata=rule(_LABEL))
    #: Role at the meeting: host or participant.
    role: Role = attrs.field(metadata=rule(Member(Role)))
    #: What a fact about the minister rests on where the sources only imply it (the role).
    #:
    #: .. versionadded:: 0.1.0
    note: Label | None = attrs.field(default=None, metadata=rule(_OPTIONAL_LABEL))
    #: What the minister said of the meeting or its outcome (not commitments).
    #:
    #: .. versionadded:: 0.1.0
    assessments: tuple[Assessment, ...] = attrs.field(
        default=(), metadata=rule(Many(Instance(Assessment), "Assessment"))
    )
    #: Where the facts about the minister come from.
    sources: tuple[SourceRef, ...] = attrs.field(metadata=rule(_SOURCES))

    def __attrs_post_init__(self) -> None:
        validate(self)


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Participant(Shared):
    """Someone at the meeting who is not one of the five ministers: an official of the Union.

    >>> import maghreb_accord
    >>> ben_yahia = maghreb_accord.load().participant("habib-ben-yahia")
    >>> ben_yahia.name.fr, ben_yahia.role, ben_yahia.disputes[0].about
    ('Habib Ben Yahia', <Role.PARTICIPANT: 'participant'>, 'role')

    .. versionadded:: 0.1.0
    """

    #: The participant's id, unique in the accord.
    id: str = attrs.field(metadata=rule(Identifier()))
    #: The standard spelling, in Arabic and Latin script.
    name: Label = attrs.field(metadata=rule(_LABEL))
    #: Spellings as sources print them.
    attested_names: tuple[AttestedName, ...] = attrs.field(
        default=(), metadata=rule(Many(Instance(AttestedName), "AttestedName"))
    )
    #: The office held at the meeting.
    office: Label = attrs.field(metadata=rule(_LABEL))
    #: Id of the body the office belongs to.
    body: str = attrs.field(metadata=rule(Identifier(refers_to="bodies")))
    #: The role the data adopts; ``disputes`` holds any reading the sources disagree on.
    role: Role = attrs.field(metadata=rule(Member(Role)))
    #: Where sources disagree about the participant.
    disputes: tuple[Dispute, ...] = attrs.field(default=(), metadata=rule(_DISPUTES))
    #: Where the facts about the participant come from.
    sources: tuple[SourceRef, ...] = attrs.field(metadata=rule(_SOURCES))

    def __attrs_post_init__(self) -> None:
        validate(self)


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Person(Shared):
    """Someone who represented a state at a later meeting and is not one of the accord's ministers.

    ``name`` is the standard spelling in both scripts; where no page prints one of them, it is
    our transliteration and ``note`` says so. ``attested_names`` are the spellings as pages
    print them, each with its excerpt.

    >>> import maghreb_accord
    >>> adli = maghreb_accord.load().person("ahmed-adli")
    >>> adli.name.ar, adli.state, adli.attested_names[0].name
    ('أحمد عدلي', 'DZ', 'احمد عدلي')

    .. versionadded:: 0.1.0
    """

    #: The person's id, unique in the accord.
    id: str = attrs.field(metadata=rule(Identifier()))
    #: The standard spelling, in Arabic and Latin script.
    name: Label = attrs.field(metadata=rule(_LABEL))
    #: Spellings as sources print them.
    attested_names: tuple[AttestedName, ...] = attrs.field(
        default=(), metadata=rule(Many(Instance(AttestedName), "AttestedName"))
    )
    #: Code of the state the person served, where the sources say.
    state: str | None = attrs.field(default=None, metadata=rule(Optional(_STATE)))
    #: What the data infers or composes about the person (a transliteration of ours).
    note: Label | None = attrs.field(default=None, metadata=rule(_OPTIONAL_LABEL))
    #: Where the facts about the person come from.
    sources: tuple[SourceRef, ...] = attrs.field(metadata=rule(_SOURCES))

    def __attrs_post_init__(self) -> None:
        validate(self)


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Attendance(Shared):
    """Who represented a state at a meeting, in what office, at what level.

    ``minister`` names one of the accord's ministers, ``person`` anyone else (at most one of
    the two); neither, when no source names the delegate. ``office`` is absent when no
    source gives it; ``level`` is :attr:`~maghreb_accord.Level.NOT_KNOWN` when no source
    gives the rank. A state may have several rows at one meeting.

    >>> import maghreb_accord
    >>> row = maghreb_accord.load().meeting("nouakchott-2015").attendance[1]
    >>> row.state, row.person, row.level.label.fr
    ('DZ', 'ahmed-adli', 'secrétaire général de ministère')

    .. versionadded:: 0.1.0
    """

    #: Code of the state represented.
    state: str = attrs.field(metadata=rule(_STATE))
    #: Id of the accord's minister who represented it, if it was one of them.
    minister: str | None = attrs.field(
        default=None, metadata=rule(Optional(Identifier(refers_to="ministers")))
    )
    #: Id of the person who represented it, if not one of the accord's ministers.
    person: str | None = attrs.field(
        default=None, metadata=rule(Optional(Identifier(refers_to="people")))
    )
    #: The delegate's office, in both languages; absent when no source gives it.
    office: Label | None = attrs.field(default=None, metadata=rule(_OPTIONAL_LABEL))
    #: The rank of the representation.
    level: Level = attrs.field(metadata=rule(Member(Level)))
    #: What the data infers, or what the sources leave open.
    note: Label | None = attrs.field(default=None, metadata=rule(_OPTIONAL_LABEL))
    #: Where sources disagree about the delegate or the level.
    disputes: tuple[Dispute, ...] = attrs.field(default=(), metadata=rule(_DISPUTES))
    #: Where the facts come from.
    sources: tuple[SourceRef, ...] = attrs.field(metadata=rule(_SOURCES))

    @property
    def delegate(self) -> str | None:
        """The id of whoever represented the state: a minister or a person, or ``None``."""
        return self.minister or self.person

    def _one_delegate(self) -> list[Problem]:
        if self.minister is not None and self.person is not None:
            message = "an attendance names a minister or a person, not both"
            return [Problem("$.person", message, code="inconsistent")]
        return []

    __invariants__: ClassVar[tuple[Invariant, ...]] = (
        Invariant(
            ("minister", "person"),
            _one_delegate,
            {"not": {"required": ["minister", "person"]}},
        ),
    )

    def __attrs_post_init__(self) -> None:
        validate(self)


_AR_MASCULINE: Final = ["ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"]
_AR_FEMININE: Final = ["ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر"]
_FR_NUMBERS: Final = ["deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"]


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Cadence(Shared):
    """How often a body meets: once every ``interval`` months or years (``unit``).

    >>> from maghreb_accord import Cadence, CadenceUnit
    >>> cadence = Cadence(interval=3, unit=CadenceUnit.MONTH)
    >>> cadence.label.ar, cadence.label.fr
    ('مرة كل ثلاثة أشهر', 'une fois tous les trois mois')
    >>> Cadence(interval=1, unit=CadenceUnit.YEAR).label.fr
    'une fois par an'

    .. versionadded:: 0.1.0
    """

    #: How many units between meetings: from 1 to 1200 (a hundred years in months).
    interval: int = attrs.field(metadata=rule(Integer(minimum=1, maximum=1200)))
    #: Months or years.
    unit: CadenceUnit = attrs.field(metadata=rule(Member(CadenceUnit)))
    #: Whether the interval is a maximum gap («على الأقل», "at least"): a meeting is due
    #: within one interval of the last, and each recorded meeting restarts the series.
    #:
    #: .. versionadded:: 0.1.0
    at_least: bool = attrs.field(default=False, metadata=rule(Flag()))
    #: Whether the body also meets whenever needed («وكلما دعت الضرورة»): extra meetings
    #: are allowed and fill no place in the series.
    #:
    #: .. versionadded:: 0.1.0
    as_needed: bool = attrs.field(default=False, metadata=rule(Flag()))

    def __attrs_post_init__(self) -> None:
        validate(self)

    @property
    def label(self) -> Label:
        """The cadence in words, in Arabic and French.

        >>> from maghreb_accord import Cadence, CadenceUnit
        >>> Cadence(interval=3, unit=CadenceUnit.MONTH, at_least=True, as_needed=True).label.fr
        'au moins une fois tous les trois mois, et chaque fois que nécessaire'
        """
        n, month = self.interval, self.unit is CadenceUnit.MONTH
        ar = f"مرة كل {self._arabic_count(in_words=True)}"
        unit = "mois" if month else ("an" if n == 1 else "ans")
        if n == 1:
            fr = f"une fois par {unit}"
        else:
            number = _FR_NUMBERS[n - 2] if n <= 10 else str(n)
            fr = f"une fois tous les {number} {unit}"
        if self.at_least:
            ar, fr = f"{ar} على الأقل", f"au moins {fr}"
        if self.as_needed:
            ar, fr = f"{ar}، وكلما دعت الضرورة", f"{fr}, et chaque fois que nécessaire"
        return Label(ar=ar, fr=fr)

    @property
    def months(self) -> int:
        """The interval in months: ``3`` for a quarter, ``12`` for a year."""
        return self.interval * (1 if self.unit is CadenceUnit.MONTH else 12)

    def nth(self, start: datetime.date, k: int) -> datetime.date:
        """The ``k``-th occurrence of the series starting on ``start`` (the 0th is ``start``).

        Arithmetic is anchored on the start, not chained: the k-th date is start + k ×
        interval, clamped to the end of a shorter month. A start on a month's last day gives
        each month's last day ("by the end of June, then every three months" ends on 31
        December, not 30).

        >>> import datetime
        >>> from maghreb_accord import Cadence, CadenceUnit
        >>> monthly = Cadence(interval=1, unit=CadenceUnit.MONTH)
        >>> start = datetime.date(2013, 1, 31)
        >>> monthly.nth(start, 1), monthly.nth(start, 2)
        (datetime.date(2013, 2, 28), datetime.date(2013, 3, 31))
        >>> Cadence(interval=3, unit=CadenceUnit.MONTH).nth(datetime.date(2013, 6, 30), 2)
        datetime.date(2013, 12, 31)

        .. versionchanged:: 0.1.0 A start on a month's last day keeps to months' last days.
        """
        _checks.date_argument(start, "start")
        return add_months(start, k * self.months, month_end=True)

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

        >>> import datetime
        >>> from maghreb_accord import Cadence, CadenceUnit
        >>> cadence = Cadence(interval=3, unit=CadenceUnit.MONTH)
        >>> cadence.occurrences(datetime.date(2013, 6, 30), count=3)
        (datetime.date(2013, 6, 30), datetime.date(2013, 9, 30), datetime.date(2013, 12, 31))
        >>> len(cadence.occurrences(datetime.date(2013, 6, 30), until=datetime.date(2014, 6, 30)))
        5
        """
        _checks.date_argument(until, "until", optional=True)
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

        >>> import datetime
        >>> from maghreb_accord import Cadence, CadenceUnit
        >>> yearly = Cadence(interval=1, unit=CadenceUnit.YEAR)
        >>> yearly.next_after(datetime.date(2014, 4, 21), start=datetime.date(2013, 4, 21))
        datetime.date(2015, 4, 21)

        Raises :class:`OverflowError` when that date would be past the year 9999.
        """
        _checks.date_argument(day, "day")
        _checks.date_argument(start, "start")
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

        >>> from maghreb_accord import Cadence, CadenceUnit
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
            words = f"tous les {unit}" if n == 1 else f"tous les {n} {unit}"
            return f"au moins {words}" if self.at_least else words
        words = f"كل {self._arabic_count(in_words=False)}"
        return f"{words} على الأقل" if self.at_least else words

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


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Body(Shared):
    """A body of the Union that the accord creates, charges or names.

    ``parent`` is the id of the body it answers to; ``cadence`` how often it meets, where the
    sources say; ``note`` what the sources leave vague.

    >>> import maghreb_accord
    >>> committee = maghreb_accord.load().body("security-follow-up-committee")
    >>> committee.kind, committee.parent, committee.cadence
    (<BodyKind.COMMITTEE: 'committee'>, 'council-of-interior-ministers', Cadence(interval=3, unit=<CadenceUnit.MONTH: 'month'>, at_least=True, as_needed=True))

    .. versionadded:: 0.1.0
    """

    #: The body's id, unique in the accord.
    id: str = attrs.field(metadata=rule(Identifier()))
    #: The body's name.
    name: Label = attrs.field(metadata=rule(_LABEL))
    #: Union, council, committee or working group.
    kind: BodyKind = attrs.field(metadata=rule(Member(BodyKind)))
    #: Id of the body it answers to, if any.
    parent: str | None = attrs.field(
        default=None, metadata=rule(Optional(Identifier(refers_to="bodies")))
    )
    #: How often it meets, where the sources say.
    cadence: Cadence | None = attrs.field(default=None, metadata=rule(Optional(Instance(Cadence))))
    #: The fields it works in.
    domains: frozenset[Domain] = attrs.field(
        metadata=rule(Many(Member(Domain), "Domain", unordered=True))
    )
    #: What it is charged with, where the sources say.
    mandate: Label | None = attrs.field(default=None, metadata=rule(_OPTIONAL_LABEL))
    #: What the sources leave vague about it.
    note: Label | None = attrs.field(default=None, metadata=rule(_OPTIONAL_LABEL))
    #: Where sources disagree about it (its cadence, for the follow-up committee).
    #:
    #: .. versionadded:: 0.1.0
    disputes: tuple[Dispute, ...] = attrs.field(default=(), metadata=rule(_DISPUTES))
    #: Where the facts about the body come from.
    sources: tuple[SourceRef, ...] = attrs.field(metadata=rule(_SOURCES))

    def _not_its_own_parent(self) -> list[Problem]:
        if self.parent == self.id:
            message = "a body cannot be its own parent"
            return [Problem("$.parent", message, code="cycle", subject=self.id)]
        return []

    __invariants__: ClassVar[tuple[Invariant, ...]] = (
        Invariant(("id", "parent"), _not_its_own_parent),
    )

    def __attrs_post_init__(self) -> None:
        validate(self)


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Venue(Shared):
    """Where a meeting is held: a state, and the city where the sources name one.

    >>> import maghreb_accord
    >>> venue = maghreb_accord.load().main_meeting.venue
    >>> venue.city.ar, venue.state
    ('الرباط', 'MA')

    .. versionadded:: 0.1.0
    """

    #: The city, where the sources name one.
    city: Label | None = attrs.field(default=None, metadata=rule(_OPTIONAL_LABEL))
    #: Code of the state it is in.
    state: str = attrs.field(metadata=rule(_STATE))

    def __attrs_post_init__(self) -> None:
        validate(self)


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Meeting(Shared):
    """A meeting of a body, held or planned.

    ``when`` is as precise as the sources: a :class:`~maghreb_accord.Day`, a
    :class:`~maghreb_accord.Month`, a :class:`~maghreb_accord.Year`, or only bounds
    (:class:`~maghreb_accord.Between`). A held meeting known only by bounds (its results were
    reviewed later, its date was not found) needs a ``note`` saying so. ``planned`` keeps
    the date a source planned it for, when it was held at another time.

    >>> import maghreb_accord
    >>> first = maghreb_accord.load().meeting("security-follow-up-committee-1")
    >>> first.status, first.when, first.planned
    (<MeetingStatus.HELD: 'held'>, Month(year=2013, month=10), Between(not_before=None, not_after=datetime.date(2013, 6, 30)))

    .. versionadded:: 0.1.0
    """

    #: The meeting's id, unique in the accord.
    id: str = attrs.field(metadata=rule(Identifier()))
    #: The meeting's name.
    name: Label = attrs.field(metadata=rule(_LABEL))
    #: Id of the body that meets.
    body: str = attrs.field(metadata=rule(Identifier(refers_to="bodies")))
    #: Held or planned, as of the source.
    status: MeetingStatus = attrs.field(metadata=rule(Member(MeetingStatus)))
    #: When it was or is to be held, as precisely as the sources say.
    when: When = attrs.field(metadata=rule(WhenRule()))
    #: When a source planned it, if it was held at another time (the plan, kept beside it).
    #:
    #: .. versionadded:: 0.1.0
    planned: When | None = attrs.field(default=None, metadata=rule(Optional(WhenRule())))
    #: Its session number, where a source gives one (``5`` for the council's fifth session).
    #:
    #: .. versionadded:: 0.1.0
    session: int | None = attrs.field(default=None, metadata=rule(Optional(Integer(minimum=1))))
    #: Where it is held; absent when no source says.
    venue: Venue | None = attrs.field(default=None, metadata=rule(Optional(Instance(Venue))))
    #: Who represented each state, at what level (several rows for a state are allowed).
    #:
    #: .. versionadded:: 0.1.0
    attendance: tuple[Attendance, ...] = attrs.field(
        default=(), metadata=rule(Many(Instance(Attendance), "Attendance"))
    )
    #: What the data infers about it (a date from a weekday), and what that rests on.
    #:
    #: .. versionadded:: 0.1.0
    note: Label | None = attrs.field(default=None, metadata=rule(_OPTIONAL_LABEL))
    #: Where the facts about the meeting come from.
    sources: tuple[SourceRef, ...] = attrs.field(metadata=rule(_SOURCES))

    def states_at(self, *levels: Level | str) -> tuple[str, ...]:
        """The states represented at one of ``levels``, in attendance order, each once.

        Each level is a :class:`Level` or its value, in any case; another raises
        :class:`~maghreb_accord.UnknownIdError` naming the closest level.

        >>> import maghreb_accord
        >>> maghreb_accord.load().meeting("nouakchott-2015").states_at("Minister")
        ('MA', 'MR')
        """
        wanted = {_member(Level, level, "level") for level in levels}
        found = [row.state for row in self.attendance if row.level in wanted]
        return tuple(dict.fromkeys(found))

    def _bounds_need_a_note(self) -> list[Problem]:
        # The sources may show that a meeting was held (its results were reviewed) without
        # its date: bounds are then all that is known, and the note says what they rest on.
        held = self.status is MeetingStatus.HELD
        if held and isinstance(self.when, Between) and self.note is None:
            message = "a held meeting known only by bounds needs a note saying why"
            return [Problem("$.note", message, code="inconsistent")]
        return []

    __invariants__: ClassVar[tuple[Invariant, ...]] = (
        Invariant(
            ("status", "when", "note"),
            _bounds_need_a_note,
            {
                "if": {
                    "properties": {"status": {"const": "held"}, "when": {"pattern": "/"}},
                    "required": ["status", "when"],
                },
                "then": {"required": ["note"]},
            },
        ),
    )

    def __attrs_post_init__(self) -> None:
        validate(self)


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Axis(Shared):
    """One of the five axes the final declaration's resolutions are grouped in.

    >>> import maghreb_accord
    >>> axis = maghreb_accord.load().axis("drug-trafficking")
    >>> axis.order, axis.name.fr
    (3, 'lutte contre le trafic de drogue')

    .. versionadded:: 0.1.0
    """

    #: The axis's id, unique in the accord.
    id: str = attrs.field(metadata=rule(Identifier()))
    #: Its place in the declaration, from 1.
    order: int = attrs.field(metadata=rule(Integer(minimum=1, maximum=99)))
    #: Its name, in Arabic and French.
    name: Label = attrs.field(metadata=rule(_LABEL))
    #: What the sources leave vague about it (a name that is our translation).
    note: Label | None = attrs.field(default=None, metadata=rule(_OPTIONAL_LABEL))
    #: Where it is named.
    sources: tuple[SourceRef, ...] = attrs.field(metadata=rule(_SOURCES))

    def __attrs_post_init__(self) -> None:
        validate(self)


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Declaration(Shared):
    """The meeting's final document, of which the article and other reports give parts.

    >>> import maghreb_accord
    >>> declaration = maghreb_accord.load().declaration
    >>> declaration.name.fr, declaration.resolutions
    ('Déclaration de Rabat', 24)

    .. versionadded:: 0.1.0
    """

    #: Its name, in Arabic and French.
    name: Label = attrs.field(metadata=rule(_LABEL))
    #: How many resolutions it holds, as reported.
    resolutions: int = attrs.field(metadata=rule(Integer(minimum=1)))
    #: How much of it the data covers, and what is not known.
    note: Label = attrs.field(metadata=rule(_LABEL))
    #: Where the facts about it come from.
    sources: tuple[SourceRef, ...] = attrs.field(metadata=rule(_SOURCES))

    def __attrs_post_init__(self) -> None:
        validate(self)


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Commitment(Shared):
    """One thing the ministers decided, undertook, stressed, condemned, called for or announced.

    ``text.ar`` is a verbatim span of the article (without a leading conjunction such as و,
    which the quote in ``sources`` keeps, and with the article's misused ٬ written as the comma
    ، it stands for); ``text.fr`` is a faithful translation, worded as a
    Maghreb ministry or news agency would list a resolution. A commitment only other reports
    give (``said_by`` ``other_report``) has no quote of the article: its texts stand on the
    excerpts, and its note says which text is our translation.
    ``responsible`` are the ids of the bodies charged with it (empty where the source names
    none), ``parties`` the codes of the states it binds.

    >>> import maghreb_accord
    >>> extradition = maghreb_accord.load().commitments_about("extradition")[0]
    >>> extradition.kind
    <CommitmentKind.CALL: 'call'>
    >>> extradition.text.fr[:44]
    'Extrader les membres des groupes terroristes'

    .. versionadded:: 0.1.0
    """

    #: The commitment's id, unique in the accord.
    id: str = attrs.field(metadata=rule(Identifier()))
    #: What the ministers did: decided, undertook, stressed, condemned, called, announced.
    kind: CommitmentKind = attrs.field(metadata=rule(Member(CommitmentKind)))
    #: What they committed to: the article's words and a French translation.
    text: Label = attrs.field(metadata=rule(_LABEL))
    #: Whose words report it: the host minister's press statement, the final statement, the
    #: newspaper's summary, or another report.
    #:
    #: .. versionadded:: 0.1.0
    said_by: Statement = attrs.field(metadata=rule(Member(Statement)))
    #: Id of the declaration's axis it belongs to, where the accord has axes.
    #:
    #: .. versionadded:: 0.1.0
    axis: str | None = attrs.field(
        default=None, metadata=rule(Optional(Identifier(refers_to="axes")))
    )
    #: The fields it is about; at least one.
    domains: frozenset[Domain] = attrs.field(
        metadata=rule(
            Many(Member(Domain), "Domain", unordered=True, empty="must name at least one domain")
        )
    )
    #: Ids of the bodies charged with it; empty where the source names none.
    responsible: tuple[str, ...] = attrs.field(
        metadata=rule(Many(Identifier(refers_to="bodies"), "body ids", unique=True))
    )
    #: Codes of the states it binds.
    parties: tuple[str, ...] = attrs.field(
        metadata=rule(Many(_STATE, "state codes", unique=True, max_items=5))
    )
    #: The day it is due by, where the source sets one.
    deadline: datetime.date | None = attrs.field(default=None, metadata=rule(Optional(Date())))
    #: What the data infers about it, and what that rests on (who performs it, its axis).
    #:
    #: .. versionadded:: 0.1.0
    note: Label | None = attrs.field(default=None, metadata=rule(_OPTIONAL_LABEL))
    #: Any reading the sources disagree on, such as whose words report it (``said-by``).
    #:
    #: .. versionadded:: 0.1.0
    disputes: tuple[Dispute, ...] = attrs.field(default=(), metadata=rule(_DISPUTES))
    #: Where it is reported; the first quotes the article.
    sources: tuple[SourceRef, ...] = attrs.field(metadata=rule(_SOURCES))

    def __attrs_post_init__(self) -> None:
        validate(self)
