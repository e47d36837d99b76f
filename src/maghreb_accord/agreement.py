"""The accord as a whole: :class:`Agreement`, checked whole when built, with its lookups.

Building an Agreement checks each part by its field rules, then the whole (ids unique, every
id resolving, every quote verbatim: :mod:`maghreb_accord._integrity`), then builds the
indexes its lookups go through.
"""

import datetime
import threading
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final, TypeVar

import attrs

from . import _checks, _integrity
from ._rules import Identifier, Instance, Many, Optional, rule, validate
from ._shared import Shared
from ._suggest import suggest
from .errors import AmbiguousError, UnknownIdError
from .label import Label
from .model import (
    Axis,
    Body,
    Commitment,
    Declaration,
    Meeting,
    MemberState,
    Minister,
    Participant,
    Person,
    Source,
)
from .vocabulary import Domain, MeetingStatus, _member

if TYPE_CHECKING:
    from .compliance import Compliance
    from .schedule import DueReport, ExpectedMeeting
    from .search import Kind, Match

__all__ = ["Agreement"]

_SEARCH_LOCK: Final = threading.Lock()


def _index(items: tuple[Any, ...], key: str) -> Mapping[str, Any]:
    return MappingProxyType({getattr(item, key): item for item in items})


def _frozen(groups: Mapping[Any, list[Any]]) -> Mapping[Any, tuple[Any, ...]]:
    return MappingProxyType({key: tuple(found) for key, found in groups.items()})


class _Indexes(Shared):
    """The slots holding an :class:`Agreement`'s indexes: derived from its fields, not fields.

    Being no attrs fields, they stay out of ``attrs.fields``, ``attrs.asdict``, the codec
    and the schema, which see the accord's data only. The Agreement sets them once, when it
    is built (so ``attrs.evolve``, pickle and copy, which go through ``__init__``, build
    them again), and its frozen ``__setattr__`` refuses to set them as it refuses a field.
    """

    __slots__ = (
        "_axes",
        "_bodies",
        "_by_body",
        "_by_domain",
        "_children",
        "_commitments",
        "_meetings",
        "_meetings_by_body",
        "_ministers",
        "_ministers_by_state",
        "_participants",
        "_people",
        "_search_index",
        "_sources",
        "_states",
    )

    _states: Mapping[str, MemberState]
    _ministers: Mapping[str, Minister]
    _ministers_by_state: Mapping[str, tuple[Minister, ...]]
    _bodies: Mapping[str, Body]
    _meetings: Mapping[str, Meeting]
    _commitments: Mapping[str, Commitment]
    _sources: Mapping[str, Source]
    _axes: Mapping[str, Axis]
    _participants: Mapping[str, Participant]
    _people: Mapping[str, Person]
    _by_domain: Mapping[Domain, tuple[Commitment, ...]]
    _by_body: Mapping[str, tuple[Commitment, ...]]
    _children: Mapping[str, tuple[Body, ...]]
    _meetings_by_body: Mapping[str, tuple[Meeting, ...]]
    # None until the first find(): normalising every name is work a plain load() need not do.
    _search_index: tuple[Any, ...] | None


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Agreement(_Indexes):
    """The accord: who met, what they set up, and what they committed to.

    Building one checks it whole: ids unique, every reference resolving, every quote
    verbatim at its offsets. Lookups go through indexes built then.

    >>> import maghreb_accord
    >>> accord = maghreb_accord.load()
    >>> accord.id, accord.main_meeting.when
    ('rabat-2013', Day(date=datetime.date(2013, 4, 21)))
    >>> [state.code for state in accord.states]
    ['MA', 'DZ', 'TN', 'LY', 'MR']

    Its repr is the one exception to the model's attrs-style reprs (``Label(ar=..., fr=...)``,
    every field shown): every part of the accord would fill some 190,000 characters. It gives
    the accord's id and how many states, ministers, bodies, meetings and commitments it has:

    >>> accord
    <Agreement 'rabat-2013': 5 states, 5 ministers, 10 bodies, 10 meetings, 33 commitments>

    .. versionadded:: 0.1.0
    """

    #: The accord's id: ``rabat-2013`` for the canonical one.
    id: str = attrs.field(metadata=rule(Identifier()))
    #: The accord's title.
    title: Label = attrs.field(metadata=rule(Instance(Label)))
    #: Id of the meeting where it was reached (``meeting`` in JSON: ``meeting()`` looks one up).
    meeting_id: str = attrs.field(metadata=rule(Identifier(refers_to="meetings"), key="meeting"))
    #: The member states, in data order.
    states: tuple[MemberState, ...] = attrs.field(
        metadata=rule(Many(Instance(MemberState), "MemberState"))
    )
    #: The ministers at the meeting, in data order.
    ministers: tuple[Minister, ...] = attrs.field(
        metadata=rule(Many(Instance(Minister), "Minister"))
    )
    #: The bodies it creates, charges or names, in data order.
    bodies: tuple[Body, ...] = attrs.field(metadata=rule(Many(Instance(Body), "Body")))
    #: The meetings held or planned, in data order.
    meetings: tuple[Meeting, ...] = attrs.field(metadata=rule(Many(Instance(Meeting), "Meeting")))
    #: What was agreed, in the order the article reports it.
    commitments: tuple[Commitment, ...] = attrs.field(
        metadata=rule(Many(Instance(Commitment), "Commitment"))
    )
    #: Every document a fact cites.
    sources: tuple[Source, ...] = attrs.field(metadata=rule(Many(Instance(Source), "Source")))
    #: The final declaration: its name, its number of resolutions, how much the data covers.
    #:
    #: .. versionadded:: 0.1.0
    declaration: Declaration | None = attrs.field(
        default=None, metadata=rule(Optional(Instance(Declaration)))
    )
    #: The axes the declaration's resolutions are grouped in, in its order.
    #:
    #: .. versionadded:: 0.1.0
    axes: tuple[Axis, ...] = attrs.field(default=(), metadata=rule(Many(Instance(Axis), "Axis")))
    #: Who attended besides the ministers.
    #:
    #: .. versionadded:: 0.1.0
    participants: tuple[Participant, ...] = attrs.field(
        default=(), metadata=rule(Many(Instance(Participant), "Participant"))
    )
    #: People who represented states at later meetings and are not the accord's ministers.
    #:
    #: .. versionadded:: 0.1.0
    people: tuple[Person, ...] = attrs.field(
        default=(), metadata=rule(Many(Instance(Person), "Person"))
    )

    def __attrs_post_init__(self) -> None:
        validate(self)
        _checks.raise_if(_integrity.problems(self, _COLLECTIONS))
        self._build_indexes()

    def _build_indexes(self) -> None:
        def put(name: str, value: object) -> None:
            object.__setattr__(self, name, value)

        for collection in _COLLECTIONS:
            items = getattr(self, collection.name)
            put(f"_{collection.name}", _index(items, collection.key))
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
        meetings_by_body: dict[str, list[Meeting]] = {body.id: [] for body in self.bodies}
        for meeting in sorted(self.meetings, key=_chronological):
            meetings_by_body[meeting.body].append(meeting)
        put("_meetings_by_body", _frozen(meetings_by_body))
        put("_by_domain", _frozen(by_domain))
        put("_by_body", _frozen(by_body))
        put("_children", _frozen(children))
        put("_ministers_by_state", _frozen(ministers_by_state))
        put("_search_index", None)

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickle and copy rebuild through __init__, so the indexes are built again.
        fields = {f.name: getattr(self, f.name) for f in attrs.fields(Agreement)}
        return (_rebuild_agreement, (fields,))

    def __repr__(self) -> str:
        # Every field's repr, as the other classes show, would run to some 190,000 characters.
        counts = []
        for plural, singular in _COUNTED:
            count = len(getattr(self, plural))
            counts.append(f"{count} {singular if count == 1 else plural}")
        return f"<{type(self).__name__} {self.id!r}: {', '.join(counts)}>"

    @property
    def main_meeting(self) -> Meeting:
        """The meeting at which the accord was reached (its id is :attr:`meeting_id`).

        >>> import maghreb_accord
        >>> maghreb_accord.load().main_meeting.venue.city.fr
        'Rabat'
        """
        return self._meetings[self.meeting_id]

    @property
    def record_end(self) -> datetime.date:
        """The last day the record speaks of: the latest known day of a held meeting.

        Without a held meeting, the latest known day of any meeting. It is the day the
        record and the timeline are drawn for by default (``maghreb-accord record``, ``due``
        and ``schedule``, :func:`~maghreb_accord.export.to_svg`,
        :func:`~maghreb_accord.export.to_html`), so that their output does not change from
        day to day.

        >>> import maghreb_accord
        >>> maghreb_accord.load().record_end
        datetime.date(2016, 12, 31)

        .. versionadded:: 0.1.0
        """
        held = [m for m in self.meetings if m.status is MeetingStatus.HELD] or self.meetings
        return max(day for m in held for day in (m.when.earliest, m.when.latest) if day)

    def schedule(self, body_id: str, *, until: datetime.date) -> "tuple[ExpectedMeeting, ...]":
        """The meetings the body ``body_id`` is expected to hold, from its first to ``until``.

        Each :class:`~maghreb_accord.ExpectedMeeting` is a window of days, with the recorded
        meeting that fills it, if any: the windows are those of :meth:`compliance` on the
        whole record (see :mod:`maghreb_accord.schedule` for the rule). A body with no
        cadence, or with no recorded meeting to anchor its series on, raises
        :class:`~maghreb_accord.ScheduleError` saying which.

        >>> import datetime, maghreb_accord
        >>> accord = maghreb_accord.load()
        >>> for expected in accord.schedule("security-follow-up-committee", until=datetime.date(2013, 12, 31)):
        ...     print(expected.index, expected.earliest, expected.latest, expected.meeting)
        0 2013-04-21 2013-06-30 None
        1 2013-07-01 2013-09-30 None
        2 2013-10-01 2013-10-31 security-follow-up-committee-1
        3 2013-11-01 2014-01-31 None
        """
        # Schedules (and their classes) are imported on first use: load() need not pay for them.
        from . import schedule

        return schedule.expected_meetings(self, body_id, until=until)

    def due(self, as_of: datetime.date) -> "DueReport":
        """What had a deadline as of ``as_of``: what had passed and what was still open.

        Besides explicit deadlines, the report lists the cadence windows that closed before
        ``as_of`` with no meeting recorded (:attr:`DueReport.no_meeting_recorded
        <maghreb_accord.DueReport.no_meeting_recorded>`), by the rules of
        :mod:`maghreb_accord.compliance`, for every body whose series the record anchors: a
        body with no cadence, or none of whose meetings is recorded, has no windows to list
        (:meth:`compliance` says which of the two).

        >>> import datetime, maghreb_accord
        >>> report = maghreb_accord.load().due(datetime.date(2013, 5, 1))
        >>> report.passed, [item.id for item in report.open]
        ((), ['first-follow-up-meeting', 'security-follow-up-committee-1'])
        >>> later = maghreb_accord.load().due(datetime.date(2013, 10, 1))
        >>> [(w.body, w.earliest.isoformat(), w.latest.isoformat()) for w in later.no_meeting_recorded]
        [('security-follow-up-committee', '2013-04-21', '2013-06-30'), ('security-follow-up-committee', '2013-07-01', '2013-09-30')]
        """
        from . import compliance

        return compliance._due(self, as_of)

    def compliance(self, body_id: str, *, as_of: datetime.date) -> "Compliance":
        """How the body ``body_id`` kept its cadence, from its first obligation to ``as_of``.

        Each window, the meetings recorded in it, whether it closed with no meeting
        recorded, how late each meeting was; see :mod:`maghreb_accord.compliance` for the
        rules. A body with no cadence, or with no recorded meeting to anchor its series on,
        raises :class:`~maghreb_accord.ScheduleError` saying which.

        >>> import datetime, maghreb_accord
        >>> report = maghreb_accord.load().compliance(
        ...     "council-of-interior-ministers", as_of=datetime.date(2017, 1, 1)
        ... )
        >>> for window in report.windows:
        ...     print(window.earliest, window.latest, window.status.value, window.meetings)
        2013-04-21 2013-04-21 met ('rabat-2013',)
        2013-04-22 2014-04-21 no_meeting_recorded ()
        2014-04-22 2015-04-21 no_meeting_recorded ()
        2015-04-22 2016-04-21 met ('nouakchott-2015',)
        2016-04-22 2017-04-21 met ('tunis-2016',)
        >>> [(late.meeting, late.due.isoformat(), late.days_late) for late in report.lateness]
        [('rabat-2013', '2013-04-21', 0), ('nouakchott-2015', '2014-04-21', 374), ('tunis-2016', '2017-04-21', 0)]

        .. versionadded:: 0.1.0
        """
        # Imported on first use, as schedule() is: load() need not pay for it.
        from . import compliance

        return compliance._compliance(self, body_id, as_of=as_of)

    def find(
        self,
        query: str,
        *,
        kinds: "Iterable[Kind] | None" = None,
        limit: int = 10,
        min_score: float = 0.0,
    ) -> "tuple[Match, ...]":
        """Everything whose names match ``query``, best first.

        The search covers states, ministers, people, participants, bodies, meetings, domains
        and commitments.

        Any spelling works, in Arabic or Latin script: the article's misprints, press
        transliterations, missing accents or added vowel marks, and a typo. ``kinds`` limits
        the search (``["minister"]``; annotate a variable holding them with
        :data:`maghreb_accord.search.Kind`); ``limit`` caps the results; ``min_score`` keeps only
        matches scoring at least that much (from 0 to 1). See
        :mod:`maghreb_accord.search` for the normalisation and the ranking. An empty or
        blank query matches nothing: the result is ``()``.

        >>> import maghreb_accord
        >>> accord = maghreb_accord.load()
        >>> [(m.kind, m.id) for m in accord.find("Chouail", limit=1)]
        [('minister', 'achour-souleimane-chouail')]
        >>> accord.find("عشور سليمان شوابيل")[0].matched
        'عشور سليمان شوابيل'
        >>> [m.id for m in accord.find("protection civile", kinds=["body", "domain"])]
        ['civil_protection', 'civil-protection-working-group']
        >>> accord.find("Libye", min_score=0.9)[0].id
        'LY'
        >>> accord.find("  ")
        ()
        """
        if type(limit) is not int or limit < 0:
            raise ValueError(f"limit must be a whole number of at least 0, got {limit!r}")
        if not isinstance(min_score, int | float) or not 0.0 <= min_score <= 1.0:
            raise ValueError(f"min_score must be from 0 to 1, got {min_score!r}")
        # Search costs difflib and normalising every name: a plain load() pays neither.
        from . import search

        if self._search_index is None:
            with _SEARCH_LOCK:
                if self._search_index is None:
                    object.__setattr__(self, "_search_index", search.index(self))
        assert self._search_index is not None
        index = self._search_index
        return search.find(index, query, kinds=kinds, limit=limit, min_score=min_score)

    def state(self, code: str) -> MemberState:
        """The member state with ISO 3166-1 alpha-2 ``code``, in any case.

        >>> import maghreb_accord
        >>> maghreb_accord.load().state("tn").name.ar
        'تونس'
        """
        try:
            return self._states[code.upper()]
        except (KeyError, AttributeError, TypeError):  # the last two: not a str
            _checks.str_argument(code, "a state code")
            wanted = code.upper()
            # With a handful of states, naming them all helps more than a guess.
            few = list(self._states) if len(self._states) <= 10 else []
            suggestions = suggest(wanted, self._states) or few
            raise UnknownIdError(str(code), "state", suggestions, key="code") from None

    def minister_of(self, code: str) -> Minister:
        """The one minister the accord lists for the state with ``code`` (in any case).

        The canonical accord lists one interior minister for each state. Another accord may
        list none for a state (then this raises :class:`~maghreb_accord.UnknownIdError`) or
        several (:class:`~maghreb_accord.AmbiguousError`); :meth:`ministers_of` gives them
        all.

        >>> import maghreb_accord
        >>> maghreb_accord.load().minister_of("ly").name.fr
        'Achour Chouaïl'
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
            _checks.str_argument(id, "a minister id")
            by_state = self._ministers_by_state.get(id.upper())
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

    def axis(self, id: str) -> Axis:
        """The declaration's axis with ``id``.

        >>> import maghreb_accord
        >>> maghreb_accord.load().axis("terrorism-organized-crime").order
        1

        .. versionadded:: 0.1.0
        """
        return _lookup(self._axes, id, "axis")

    def participant(self, id: str) -> Participant:
        """The participant (not a minister) with ``id``.

        >>> import maghreb_accord
        >>> maghreb_accord.load().participant("habib-ben-yahia").office.fr
        "secrétaire général de l'Union du Maghreb arabe"

        .. versionadded:: 0.1.0
        """
        return _lookup(self._participants, id, "participant")

    def person(self, id: str) -> Person:
        """The person (not one of the accord's ministers) with ``id``.

        >>> import maghreb_accord
        >>> maghreb_accord.load().person("rafik-chelly").name.fr
        'Rafik Chelly'

        .. versionadded:: 0.1.0
        """
        return _lookup(self._people, id, "person")

    def meetings_of(self, body_id: str) -> tuple[Meeting, ...]:
        """The meetings of the body ``body_id``, held or planned, earliest first.

        Which states sent a minister to each session of the council:

        >>> import maghreb_accord
        >>> accord = maghreb_accord.load()
        >>> for meeting in accord.meetings_of("council-of-interior-ministers"):
        ...     print(meeting.id, meeting.session, meeting.states_at("minister"))
        rabat-2013 None ('MA', 'DZ', 'TN', 'LY', 'MR')
        nouakchott-2015 5 ('MA', 'MR')
        tunis-2016 6 ('DZ', 'TN', 'MR')

        .. versionadded:: 0.1.0
        """
        return self._meetings_by_body[self.body(body_id).id]

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
        """The commitments about ``domain``, in source order.

        ``domain`` is a :class:`Domain` or its value, in any case (as state codes are).

        >>> import maghreb_accord
        >>> [c.id for c in maghreb_accord.load().commitments_about("Civil_Protection")]
        ['entrust-follow-up-committee', 'exchange-civil-protection-experience', 'joint-civil-protection-exercises']
        """
        try:
            # A Domain is its value: the plain string finds the same entry.
            wanted = domain.lower() if isinstance(domain, str) else domain
            return self._by_domain[wanted]  # type: ignore[index]
        except (KeyError, TypeError):
            return self._by_domain[_member(Domain, domain, "domain")]  # or UnknownIdError

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


def _on_day(accord: Agreement, day: datetime.date | None, name: str) -> datetime.date:
    """``day``, checked as the argument ``name``; without one, :attr:`~maghreb_accord.Agreement.record_end`.

    Every output that is drawn for a day (the record, the timeline, the CLI's listings)
    takes that default, so that it says the same thing every day it is run.
    """
    _checks.date_argument(day, name, optional=True)
    return accord.record_end if day is None else day


def _chronological(meeting: Meeting) -> tuple[datetime.date, datetime.date, str]:
    # Bounds with no lower end sort by their upper end: what is known of them.
    latest = meeting.when.latest or datetime.date.max
    return (meeting.when.earliest or latest, latest, meeting.id)


def _rebuild_agreement(fields: dict[str, Any]) -> "Agreement":
    return Agreement(**fields)


_T = TypeVar("_T")


def _lookup(index: Mapping[str, _T], id: str, kind: str) -> _T:
    try:
        return index[id]
    except (KeyError, TypeError):
        _checks.str_argument(id, f"{_checks.with_article(kind)} id")
        raise UnknownIdError(id, kind, suggest(id, index)) from None


_COLLECTIONS: Final = _integrity.collections_of(Agreement)
# The parts an Agreement's repr counts (plural and singular): who met, what they set up,
# when they meet, and what they committed to.
_COUNTED: Final = (
    ("states", "state"),
    ("ministers", "minister"),
    ("bodies", "body"),
    ("meetings", "meeting"),
    ("commitments", "commitment"),
)
