"""Hypothesis strategies for property-testing code built on maghreb_accord.

Needs the ``hypothesis`` extra: ``pip install 'maghreb-accord[hypothesis]'``. Every strategy
draws valid objects — they pass the same checks as loaded data — and :func:`agreements` draws
whole accords whose references all resolve and whose quotes are verbatim spans of generated
source texts. Once the package is installed, ``st.from_type(Agreement)`` (and the same for
each type here) uses these strategies.

>>> from hypothesis import given
>>> from maghreb_accord.strategies import agreements
>>> @given(agreements(max_commitments=3))
... def test_every_commitment_cites_a_source(accord):
...     assert all(commitment.sources for commitment in accord.commitments)
>>> test_every_commitment_cites_a_source()
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

try:
    from hypothesis import strategies as st
except ImportError as error:  # pragma: no cover - exercised in a subprocess
    raise ImportError(
        "maghreb_accord.strategies needs Hypothesis: install the 'hypothesis' extra"
        " (pip install 'maghreb-accord[hypothesis]', or '.[hypothesis]' in a clone)"
    ) from error

from . import _checks
from ._rules import (
    _ARABIC_LETTERS,
    _LATIN_LETTERS,
    Integer,
    builds,
    days,
    free,
    identifier_strings,
    rules_of,
    targets,
    words,
)
from .agreement import Agreement
from .dates import Between, Day, Month, When, Year
from .label import Label
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
from .vocabulary import (
    CadenceUnit,
    CommitmentKind,
    Domain,
    MeetingStatus,
    _member,
)

__all__ = [
    "agreements",
    "assessments",
    "attendances",
    "attested_names",
    "axes",
    "bodies",
    "cadences",
    "commitments",
    "declarations",
    "disputes",
    "identifiers",
    "labels",
    "meetings",
    "member_states",
    "ministers",
    "participants",
    "people",
    "source_refs",
    "sources",
    "venues",
    "whens",
]

_CODES = sorted(_checks.ISO_3166_ALPHA_2)
_DATES = days()
_V = TypeVar("_V", bound=enum.Enum)


def _members(vocabulary: type[_V], values: Sequence[_V | str], kind: str) -> tuple[_V, ...]:
    """``values`` as members of ``vocabulary``: each a member, or its value in any case.

    Another value raises :class:`~maghreb_accord.UnknownIdError` naming the closest, as the
    accord's own queries do (``commitments_about("terorism")``).
    """
    return tuple(_member(vocabulary, value, kind) for value in values)


def identifiers() -> st.SearchStrategy[str]:
    """Ids as the format wants them: lowercase words joined by hyphens (``abc-12``).

    >>> import re
    >>> from hypothesis import given, settings
    >>> from maghreb_accord import strategies
    >>> @settings(max_examples=20)
    ... @given(strategies.identifiers())
    ... def test_an_id_is_lowercase_words_joined_by_hyphens(id_):
    ...     assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", id_)
    >>> test_an_id_is_lowercase_words_joined_by_hyphens()

    .. versionadded:: 0.1.0
    """
    return identifier_strings()


def labels(*, max_words: int = 4) -> st.SearchStrategy[Label]:
    """Labels with Arabic text in Arabic script and French text in Latin script.

    >>> import unicodedata
    >>> from hypothesis import given, settings
    >>> from maghreb_accord import strategies
    >>> def scripts(text):
    ...     return {unicodedata.name(char).split()[0] for char in text.replace(" ", "")}
    >>> @settings(max_examples=20)
    ... @given(strategies.labels(max_words=2))
    ... def test_each_text_is_in_its_script(label):
    ...     assert scripts(label.ar) == {"ARABIC"} and scripts(label.fr) == {"LATIN"}
    >>> test_each_text_is_in_its_script()

    .. versionadded:: 0.1.0
    """
    return st.builds(
        Label, ar=words(_ARABIC_LETTERS, max_words), fr=words(_LATIN_LETTERS, max_words)
    )


def cadences(
    *, units: Sequence[CadenceUnit | str] = tuple(CadenceUnit), max_interval: int = 24
) -> st.SearchStrategy[Cadence]:
    """Cadences of 1 to ``max_interval`` ``units``.

    Each unit is a :class:`~maghreb_accord.CadenceUnit` or its value (``"month"``).
    ``max_interval`` may be at most the largest interval a cadence takes (1200).

    >>> from hypothesis import given, settings
    >>> from maghreb_accord import CadenceUnit, strategies
    >>> @settings(max_examples=20)
    ... @given(strategies.cadences(units=["month"], max_interval=6))
    ... def test_a_cadence_counts_months(cadence):
    ...     assert cadence.unit is CadenceUnit.MONTH and 1 <= cadence.interval <= 6
    >>> test_a_cadence_counts_months()

    .. versionadded:: 0.1.0
    """
    members = _members(CadenceUnit, units, "cadence unit")
    if not members:
        raise ValueError("units must not be empty")
    # The interval's bounds, as the field declares them.
    declared = next(rule for name, _, rule in rules_of(Cadence) if name == "interval")
    assert isinstance(declared, Integer)
    largest = declared.maximum if declared.maximum is not None else max_interval
    if not declared.minimum <= max_interval <= largest:
        raise ValueError(
            f"max_interval must be from {declared.minimum} to {largest}, got {max_interval}"
        )
    interval = st.integers(declared.minimum, max_interval)
    return st.builds(Cadence, interval=interval, unit=st.sampled_from(members))


def whens(*, bounds: bool = True) -> st.SearchStrategy[When]:
    """Dates as precise as sources give them: days, months, years and (if ``bounds``) bounds.

    >>> from hypothesis import given, settings
    >>> from maghreb_accord import Between, strategies
    >>> @settings(max_examples=20)
    ... @given(strategies.whens(bounds=False))
    ... def test_a_date_without_bounds_is_not_between_two(when):
    ...     assert not isinstance(when, Between)
    >>> test_a_date_without_bounds_is_not_between_two()

    .. versionadded:: 0.1.0
    """
    precise: list[st.SearchStrategy[When]] = [
        st.builds(Day, date=_DATES),
        st.builds(Month, year=st.integers(1950, 2100), month=st.integers(1, 12)),
        st.builds(Year, year=st.integers(1950, 2100)),
    ]
    if bounds:
        pair = st.tuples(_DATES, _DATES).map(sorted)
        precise += [
            st.builds(Between, not_after=_DATES),
            st.builds(Between, not_before=_DATES),
            pair.map(lambda days: Between(not_before=days[0], not_after=days[1])),
        ]
    return st.one_of(precise)


def source_refs(*, source_ids: Sequence[str] | None = None) -> st.SearchStrategy[SourceRef]:
    """References to sources that are not bundled (an excerpt, no quote), by id.

    Quoting references need their source's text: :func:`agreements` draws those.

    >>> from hypothesis import given, settings
    >>> from maghreb_accord import strategies
    >>> @settings(max_examples=20)
    ... @given(strategies.source_refs(source_ids=["report"]))
    ... def test_a_reference_gives_an_excerpt_of_the_source(ref):
    ...     assert ref.source == "report" and ref.excerpt and ref.quote is None
    >>> test_a_reference_gives_an_excerpt_of_the_source()

    .. versionadded:: 0.1.0
    """
    ids = st.sampled_from(list(source_ids)) if source_ids else identifiers()
    return st.builds(SourceRef, source=ids, excerpt=words(_LATIN_LETTERS, 6))


def venues(*, states: Sequence[str] | None = None) -> st.SearchStrategy[Venue]:
    """Venues in a state of ``states`` (default: any ISO code), with or without a city.

    >>> from hypothesis import given, settings
    >>> from maghreb_accord import strategies
    >>> @settings(max_examples=20)
    ... @given(strategies.venues(states=["MA", "TN"]))
    ... def test_a_venue_is_in_one_of_the_states(venue):
    ...     assert venue.state in ("MA", "TN")
    >>> test_a_venue_is_in_one_of_the_states()

    .. versionadded:: 0.1.0
    """
    return st.builds(
        Venue,
        city=st.none() | labels(max_words=2),
        state=st.sampled_from(list(states or _CODES)),
    )


def attested_names(
    *, refs: st.SearchStrategy[SourceRef] | None = None
) -> st.SearchStrategy[AttestedName]:
    """Spellings of names: the quote itself for a bundled source, else a Latin spelling.

    >>> from hypothesis import given, settings
    >>> from maghreb_accord import strategies
    >>> @settings(max_examples=20)
    ... @given(strategies.attested_names(refs=strategies.source_refs(source_ids=["report"])))
    ... def test_a_name_from_a_source_not_bundled_is_a_latin_spelling(name):
    ...     assert name.language == "fr" and name.source.source == "report"
    >>> test_a_name_from_a_source_not_bundled_is_a_latin_spelling()

    .. versionadded:: 0.1.0
    """
    return st.builds(
        lambda ref, spelling: AttestedName(
            name=ref.quote or ref.excerpt or spelling,
            language="ar" if ref.quote else "fr",
            source=ref,
        ),
        _or_default(refs),
        words(_LATIN_LETTERS, 3),
    )


def sources() -> st.SearchStrategy[Source]:
    """Sources that are not bundled: an id, a description and an address.

    Bundled sources, with texts that quotes stand in, come with :func:`agreements`.

    >>> from hypothesis import given, settings
    >>> from maghreb_accord import strategies
    >>> @settings(max_examples=20)
    ... @given(strategies.sources())
    ... def test_a_source_is_not_bundled_but_has_an_address(source):
    ...     assert source.text is None and source.address.endswith(source.id)
    >>> test_a_source_is_not_bundled_but_has_an_address()

    .. versionadded:: 0.1.0
    """
    return st.builds(
        lambda source_id, description, language: Source(
            id=source_id,
            description=description,
            address=f"https://example.org/{source_id}",
            language=language,
        ),
        identifiers(),
        labels(),
        st.none() | st.sampled_from(["ar", "fr", "en"]),
    )


def _or_default(refs: st.SearchStrategy[SourceRef] | None) -> st.SearchStrategy[SourceRef]:
    return source_refs() if refs is None else refs


def _sources(refs: st.SearchStrategy[SourceRef]) -> st.SearchStrategy[tuple[SourceRef, ...]]:
    return st.lists(refs, min_size=1, max_size=2).map(tuple)


def disputes(*, refs: st.SearchStrategy[SourceRef] | None = None) -> st.SearchStrategy[Dispute]:
    """Disputes about a field (any id): two readings, each cited, and why one is adopted.

    Both readings cite references of ``refs`` (default: :func:`source_refs`).

    >>> from hypothesis import given, settings
    >>> from maghreb_accord import strategies
    >>> @settings(max_examples=20)
    ... @given(strategies.disputes(refs=strategies.source_refs(source_ids=["report"])))
    ... def test_both_readings_are_cited(dispute):
    ...     cited = {ref.source for ref in dispute.adopted_by + dispute.dissent_by}
    ...     assert cited == {"report"}
    >>> test_both_readings_are_cited()

    .. versionadded:: 0.1.0
    """
    cited = _sources(_or_default(refs))
    return builds(Dispute, {}, adopted_by=cited, dissent_by=cited)


def member_states(
    *, codes: Sequence[str] | None = None, refs: st.SearchStrategy[SourceRef] | None = None
) -> st.SearchStrategy[MemberState]:
    """Member states with codes from ``codes`` (default: any ISO 3166-1 alpha-2 code).

    >>> from hypothesis import given, settings
    >>> from maghreb_accord import strategies
    >>> @settings(max_examples=20)
    ... @given(strategies.member_states(codes=["DZ", "LY"]))
    ... def test_a_state_has_one_of_the_codes(state):
    ...     assert state.code in ("DZ", "LY")
    >>> test_a_state_has_one_of_the_codes()

    .. versionadded:: 0.1.0
    """
    return builds(
        MemberState,
        {},
        code=st.sampled_from(list(codes or _CODES)),
        sources=_sources(_or_default(refs)),
    )


def ministers(
    *,
    states: Sequence[str] | None = None,
    ids: st.SearchStrategy[str] | None = None,
    refs: st.SearchStrategy[SourceRef] | None = None,
) -> st.SearchStrategy[Minister]:
    """Ministers of a state in ``states`` (default: any ISO code), with Latin spellings.

    >>> from hypothesis import given, settings
    >>> from maghreb_accord import strategies
    >>> @settings(max_examples=20)
    ... @given(strategies.ministers(states=["MA"]))
    ... def test_a_minister_serves_the_state_with_latin_spellings(minister):
    ...     assert minister.state == "MA"
    ...     assert all(name.language == "fr" for name in minister.attested_names)
    >>> test_a_minister_serves_the_state_with_latin_spellings()

    .. versionadded:: 0.1.0
    """
    attested = attested_names(refs=refs)
    return builds(
        Minister,
        {},
        id=(identifiers() if ids is None else ids),
        attested_names=st.lists(attested, max_size=2).map(tuple),
        state=st.sampled_from(list(states or _CODES)),
        sources=_sources(_or_default(refs)),
    )


def people(
    *,
    states: Sequence[str] | None = None,
    ids: st.SearchStrategy[str] | None = None,
    refs: st.SearchStrategy[SourceRef] | None = None,
) -> st.SearchStrategy[Person]:
    """People who served a state in ``states`` (default: any ISO code), or an unsaid one.

    Their spellings are Latin ones, as for :func:`ministers`.

    >>> from hypothesis import given, settings
    >>> from maghreb_accord import strategies
    >>> @settings(max_examples=20)
    ... @given(strategies.people(states=["DZ", "MR"]))
    ... def test_a_person_served_one_of_the_states(person):
    ...     assert person.state in (None, "DZ", "MR")
    >>> test_a_person_served_one_of_the_states()

    .. versionadded:: 0.1.0
    """
    attested = attested_names(refs=refs)
    return builds(
        Person,
        {},
        id=(identifiers() if ids is None else ids),
        attested_names=st.lists(attested, max_size=2).map(tuple),
        state=st.none() | st.sampled_from(list(states or _CODES)),
        sources=_sources(_or_default(refs)),
    )


def participants(
    *,
    body_ids: Sequence[str] | None = None,
    ids: st.SearchStrategy[str] | None = None,
    refs: st.SearchStrategy[SourceRef] | None = None,
) -> st.SearchStrategy[Participant]:
    """Participants holding an office of a body in ``body_ids`` (default: any id).

    >>> from hypothesis import given, settings
    >>> from maghreb_accord import strategies
    >>> @settings(max_examples=20)
    ... @given(strategies.participants(body_ids=["general-secretariat"]))
    ... def test_a_participant_holds_an_office_of_the_body(participant):
    ...     assert participant.body == "general-secretariat"
    >>> test_a_participant_holds_an_office_of_the_body()

    .. versionadded:: 0.1.0
    """
    attested = attested_names(refs=refs)
    return builds(
        Participant,
        {},
        id=(identifiers() if ids is None else ids),
        attested_names=st.lists(attested, max_size=2).map(tuple),
        body=st.sampled_from(list(body_ids)) if body_ids else identifiers(),
        sources=_sources(_or_default(refs)),
    )


def assessments(
    *,
    ids: st.SearchStrategy[str] | None = None,
    refs: st.SearchStrategy[SourceRef] | None = None,
) -> st.SearchStrategy[Assessment]:
    """Judgements of a meeting (a minister's :attr:`~maghreb_accord.Minister.assessments`).

    >>> from hypothesis import given, settings
    >>> from maghreb_accord import strategies
    >>> @settings(max_examples=20)
    ... @given(strategies.assessments(ids=strategies.identifiers().map("said-{}".format)))
    ... def test_an_assessment_is_reported(assessment):
    ...     assert assessment.id.startswith("said-") and assessment.sources
    >>> test_an_assessment_is_reported()

    .. versionadded:: 0.1.0
    """
    return builds(
        Assessment,
        {},
        id=(identifiers() if ids is None else ids),
        sources=_sources(_or_default(refs)),
    )


def bodies(
    *,
    ids: st.SearchStrategy[str] | None = None,
    parents: Sequence[str] = (),
    domains: Sequence[Domain | str] = tuple(Domain),
    refs: st.SearchStrategy[SourceRef] | None = None,
) -> st.SearchStrategy[Body]:
    """Bodies, each with a parent from ``parents`` or none, and domains from ``domains``.

    Each domain is a :class:`~maghreb_accord.Domain` or its value (``"terrorism"``); with
    no ``domains``, bodies work in none.

    >>> from hypothesis import given, settings
    >>> from maghreb_accord import Domain, strategies
    >>> @settings(max_examples=20)
    ... @given(strategies.bodies(domains=["terrorism"], parents=["council"]))
    ... def test_a_body_works_in_the_domains(body):
    ...     assert body.domains <= {Domain.TERRORISM} and body.parent in (None, "council")
    >>> test_a_body_works_in_the_domains()

    .. versionadded:: 0.1.0
    """
    members = _members(Domain, domains, "domain")
    # Hypothesis refuses to sample from nothing: with no domains, the empty set.
    worked_in = (
        st.frozensets(st.sampled_from(members), max_size=4) if members else st.just(frozenset())
    )
    return builds(
        Body,
        {},
        id=(identifiers() if ids is None else ids),
        parent=st.sampled_from(list(parents)) | st.none() if parents else st.none(),
        domains=worked_in,
        sources=_sources(_or_default(refs)),
    )


def meetings(
    *,
    ids: st.SearchStrategy[str] | None = None,
    body_ids: Sequence[str] | None = None,
    states: Sequence[str] | None = None,
    refs: st.SearchStrategy[SourceRef] | None = None,
) -> st.SearchStrategy[Meeting]:
    """Meetings of a body in ``body_ids``, held (with a date) or planned (any date value).

    >>> from hypothesis import given, settings
    >>> from maghreb_accord import Between, MeetingStatus, strategies
    >>> @settings(max_examples=20)
    ... @given(strategies.meetings(body_ids=["council"]))
    ... def test_only_a_planned_meeting_may_be_known_by_bounds(meeting):
    ...     assert meeting.body == "council"
    ...     assert meeting.status is MeetingStatus.PLANNED or not isinstance(meeting.when, Between)
    >>> test_only_a_planned_meeting_may_be_known_by_bounds()

    .. versionadded:: 0.1.0
    """

    @st.composite
    def draw_meeting(draw: st.DrawFn) -> Meeting:
        status = draw(st.sampled_from(list(MeetingStatus)))
        return Meeting(
            id=draw(identifiers() if ids is None else ids),
            name=draw(labels()),
            body=draw(st.sampled_from(list(body_ids)) if body_ids else identifiers()),
            status=status,
            when=draw(whens(bounds=status is MeetingStatus.PLANNED)),
            venue=draw(venues(states=states)),
            sources=draw(_sources(_or_default(refs))),
        )

    return draw_meeting()


def attendances(
    *,
    states: Sequence[str] | None = None,
    minister_ids: Sequence[str] = (),
    person_ids: Sequence[str] = (),
    refs: st.SearchStrategy[SourceRef] | None = None,
) -> st.SearchStrategy[Attendance]:
    """Rows of a meeting's attendance: a state in ``states`` (default: any ISO code).

    Each row names a minister from ``minister_ids``, a person from ``person_ids`` or no one
    (never both): with neither given, no one.

    >>> from hypothesis import given, settings
    >>> from maghreb_accord import strategies
    >>> @settings(max_examples=20)
    ... @given(strategies.attendances(states=["TN"], minister_ids=["lotfi-ben-jeddou"]))
    ... def test_a_row_names_the_minister_or_no_one(row):
    ...     assert row.state == "TN" and row.person is None
    ...     assert row.delegate in (None, "lotfi-ben-jeddou")
    >>> test_a_row_names_the_minister_or_no_one()

    .. versionadded:: 0.1.0
    """
    nobody: dict[str, str | None] = {"minister": None, "person": None}
    delegates: list[st.SearchStrategy[dict[str, str | None]]] = [st.just(nobody)]
    if minister_ids:
        chosen = st.sampled_from(list(minister_ids))
        delegates.append(chosen.map(lambda id_: {**nobody, "minister": id_}))
    if person_ids:
        chosen = st.sampled_from(list(person_ids))
        delegates.append(chosen.map(lambda id_: {**nobody, "person": id_}))
    pick_delegate = st.one_of(delegates)
    pick_state = st.sampled_from(list(states or _CODES))
    pick_sources = _sources(_or_default(refs))

    @st.composite
    def draw_attendance(draw: st.DrawFn) -> Attendance:
        row: Attendance = _build(
            draw,
            Attendance,
            {},
            state=draw(pick_state),
            **draw(pick_delegate),
            sources=draw(pick_sources),
        )
        return row

    return draw_attendance()


def commitments(
    *,
    ids: st.SearchStrategy[str] | None = None,
    domains: Sequence[Domain | str] = tuple(Domain),
    kinds: Sequence[CommitmentKind | str] = tuple(CommitmentKind),
    body_ids: Sequence[str] = (),
    states: Sequence[str] | None = None,
    refs: st.SearchStrategy[SourceRef] | None = None,
    axis_ids: Sequence[str] = (),
) -> st.SearchStrategy[Commitment]:
    """Commitments about ``domains``, of ``kinds``, charging bodies from ``body_ids``.

    Each belongs to an axis of ``axis_ids`` (by default, any id). Each domain is a
    :class:`~maghreb_accord.Domain` or its value, each kind a
    :class:`~maghreb_accord.CommitmentKind` or its value (``"call"``), as for
    :func:`agreements`.

    >>> from hypothesis import given, settings
    >>> from maghreb_accord import CommitmentKind, strategies
    >>> @settings(max_examples=20)
    ... @given(strategies.commitments(kinds=["call"], body_ids=["council"]))
    ... def test_a_commitment_is_of_the_kinds_and_charges_the_bodies(commitment):
    ...     assert commitment.kind is CommitmentKind.CALL
    ...     assert set(commitment.responsible) <= {"council"}
    >>> test_a_commitment_is_of_the_kinds_and_charges_the_bodies()

    .. versionadded:: 0.1.0
    """
    domain_members = _members(Domain, domains, "domain")
    kind_members = _members(CommitmentKind, kinds, "commitment kind")
    if not domain_members or not kind_members:
        raise ValueError("domains and kinds must not be empty")
    responsible = (
        st.lists(st.sampled_from(list(body_ids)), unique=True, max_size=3).map(tuple)
        if body_ids
        else st.just(())
    )
    return builds(
        Commitment,
        {},
        id=(identifiers() if ids is None else ids),
        kind=st.sampled_from(kind_members),
        axis=st.sampled_from(list(axis_ids)) if axis_ids else identifiers(),
        domains=st.frozensets(st.sampled_from(domain_members), min_size=1, max_size=4),
        responsible=responsible,
        parties=st.lists(st.sampled_from(list(states or _CODES)), unique=True, max_size=5).map(
            tuple
        ),
        sources=_sources(_or_default(refs)),
    )


def axes(
    *,
    ids: st.SearchStrategy[str] | None = None,
    refs: st.SearchStrategy[SourceRef] | None = None,
) -> st.SearchStrategy[Axis]:
    """Axes of a declaration, each with its place in it (from 1).

    >>> from hypothesis import given, settings
    >>> from maghreb_accord import strategies
    >>> @settings(max_examples=20)
    ... @given(strategies.axes())
    ... def test_an_axis_has_a_place(axis):
    ...     assert 1 <= axis.order <= 99
    >>> test_an_axis_has_a_place()

    .. versionadded:: 0.1.0
    """
    return builds(
        Axis,
        {},
        id=(identifiers() if ids is None else ids),
        sources=_sources(_or_default(refs)),
    )


def declarations(
    *, refs: st.SearchStrategy[SourceRef] | None = None
) -> st.SearchStrategy[Declaration]:
    """Final declarations: a name, how many resolutions (at least one), and a note.

    >>> from hypothesis import given, settings
    >>> from maghreb_accord import strategies
    >>> @settings(max_examples=20)
    ... @given(strategies.declarations())
    ... def test_a_declaration_holds_resolutions(declaration):
    ...     assert declaration.resolutions >= 1 and declaration.note.fr
    >>> test_a_declaration_holds_resolutions()

    .. versionadded:: 0.1.0
    """
    return builds(Declaration, {}, sources=_sources(_or_default(refs)))


# Whole accords are drawn from strategies built once, here: building strategies inside a
# draw costs more than drawing from them.
_INDEX = st.integers(0, 2**16)
_FLAG = st.booleans()
_LABEL = labels()
_SHORT_LABEL = labels(max_words=2)
_TEXT = words(_ARABIC_LETTERS + _LATIN_LETTERS, 12)
_SPELLING = words(_LATIN_LETTERS, 3)
_ID = identifiers()
_WHEN = whens()


# Each field that agreements() does not set itself is drawn by its declared rule: a field
# added to a class is drawn with no change here. Strategies of fields that name no other
# part are built once, here (building them in each draw would cost more than drawing);
# those that name other parts are built in the draw, from the ids drawn so far.
_STATIC: dict[type, dict[str, st.SearchStrategy[Any]]] = {
    cls: {
        name: declared.strategy({}) for name, _, declared in rules_of(cls) if not targets(declared)
    }
    for cls in (
        MemberState,
        Minister,
        Person,
        Attendance,
        Body,
        Meeting,
        Commitment,
        Venue,
        Axis,
        Agreement,
    )
}


def _build(draw: st.DrawFn, cls: type, context: Mapping[str, Sequence[str]], **given: Any) -> Any:
    """A ``cls`` with the ``given`` fields, every other field drawn by its rule."""
    static = _STATIC[cls]
    drawn = {
        name: draw(static[name] if name in static else free(declared, context))
        for name, _, declared in rules_of(cls)
        if name not in given
    }
    return cls(**given, **drawn)


def _pick(draw: st.DrawFn, items: Sequence[Any]) -> Any:
    return items[draw(_INDEX) % len(items)]


def _subset(draw: st.DrawFn, items: Sequence[Any], *, limit: int) -> tuple[Any, ...]:
    # One draw of a bit mask: drawing a flag per item would make every accord large.
    mask = draw(st.integers(0, 2 ** len(items) - 1)) if items else 0
    chosen = [item for bit, item in enumerate(items) if mask >> bit & 1]
    return tuple(chosen[:limit])


def _ids(draw: st.DrawFn, count: int, taken: set[str]) -> list[str]:
    ids: list[str] = []
    while len(ids) < count:
        candidate = base = draw(_ID)
        suffix = 0
        while candidate in taken:  # ids are unique in an accord
            suffix += 1
            candidate = f"{base}-{suffix}"
        taken.add(candidate)
        ids.append(candidate)
    return ids


def _ref(draw: st.DrawFn, sources: Sequence[Source]) -> SourceRef:
    """A reference to one of ``sources``: a verbatim span if it is bundled, else none."""
    source = _pick(draw, sources)
    if source.text is None:
        return SourceRef(source=source.id, excerpt=draw(words(_LATIN_LETTERS, 6)))
    text = source.text
    starts = [i for i, char in enumerate(text) if not char.isspace()]
    start = _pick(draw, starts)
    end = min(len(text), start + 1 + draw(_INDEX) % 40)
    return SourceRef(source=source.id, quote=text[start:end], start=start, end=end)


def _refs(draw: st.DrawFn, sources: Sequence[Source]) -> tuple[SourceRef, ...]:
    return tuple(_ref(draw, sources) for _ in range(1 + draw(_FLAG)))


def _printed(draw: st.DrawFn, sources: Sequence[Source]) -> tuple[AttestedName, ...]:
    """Up to two spellings of a name: the quote itself, or a Latin spelling from a page."""
    printed = [_ref(draw, sources) for _ in range(draw(_INDEX) % 3)]
    return tuple(
        AttestedName(
            name=ref.quote or ref.excerpt or draw(_SPELLING),
            language="ar" if ref.quote else "fr",
            source=ref,
        )
        for ref in printed
    )


def agreements(
    *,
    min_states: int = 1,
    max_states: int = 5,
    max_ministers: int | None = None,
    max_ministers_per_state: int | None = None,
    max_bodies: int = 4,
    max_meetings: int = 3,
    max_commitments: int = 8,
    domains: Sequence[Domain | str] = tuple(Domain),
    kinds: Sequence[CommitmentKind | str] = tuple(CommitmentKind),
) -> st.SearchStrategy[Agreement]:
    """Whole, consistent accords: every reference resolves, every quote is verbatim.

    Sizes are bounded by the keyword arguments; ``max_ministers`` defaults to ``max_states``.
    A state may have no minister, one, or several (then
    :meth:`~maghreb_accord.Agreement.minister_of` raises
    :class:`~maghreb_accord.AmbiguousError`); ``max_ministers_per_state=1`` draws only
    accords where it cannot (a state may still have none). Commitments are about ``domains``
    and of ``kinds`` (each a :class:`~maghreb_accord.Domain` or
    :class:`~maghreb_accord.CommitmentKind`, or its value). Each accord has at least one
    bundled source with a generated text, one body and one meeting. It may have people
    (:class:`~maghreb_accord.Person`), and each held meeting an attendance: rows for some
    states (several for one state, none for another), each naming a minister, a person or
    no one.

    >>> from hypothesis import given, settings
    >>> from maghreb_accord import strategies
    >>> @settings(max_examples=20)
    ... @given(strategies.agreements(max_states=3, max_ministers_per_state=1))
    ... def test_every_minister_is_the_minister_of_their_state(accord):
    ...     for minister in accord.ministers:
    ...         assert accord.minister_of(minister.state) is minister
    >>> test_every_minister_is_the_minister_of_their_state()

    .. versionadded:: 0.1.0
    """
    if not 1 <= min_states <= max_states <= len(_CODES):
        raise ValueError(f"need 1 <= min_states <= max_states <= {len(_CODES)}")
    if min(max_bodies, max_meetings, max_commitments) < 0 or (
        max_ministers is not None and max_ministers < 0
    ):
        raise ValueError("maximum sizes must not be negative")
    if max_ministers_per_state is not None and max_ministers_per_state < 1:
        raise ValueError("max_ministers_per_state must be at least 1")
    domain_members = _members(Domain, domains, "domain")
    kind_members = _members(CommitmentKind, kinds, "commitment kind")
    if not domain_members or not kind_members:
        raise ValueError("domains and kinds must not be empty")
    return _agreements(
        (min_states, max_states),
        max_states if max_ministers is None else max_ministers,
        max_ministers_per_state,
        max(1, max_bodies),
        max(1, max_meetings),
        max_commitments,
        domain_members,
        kind_members,
    )


@st.composite
def _agreements(
    draw: st.DrawFn,
    states_range: tuple[int, int],
    max_ministers: int,
    max_per_state: int | None,
    max_bodies: int,
    max_meetings: int,
    max_commitments: int,
    domains: tuple[Domain, ...],
    kinds: tuple[CommitmentKind, ...],
) -> Agreement:
    taken: set[str] = set()
    # Sources first: everything else cites them.
    source_ids = _ids(draw, 1 + draw(_INDEX) % 3, taken)
    sources = [Source(id=source_ids[0], description=draw(_LABEL), language="ar", text=draw(_TEXT))]
    sources += [
        Source(
            id=source_id,
            description=draw(_LABEL),
            address=f"https://example.org/{source_id}",
            language=_pick(draw, (None, "ar", "fr", "en")),
        )
        for source_id in source_ids[1:]
    ]
    low, high = states_range
    count = low + draw(_INDEX) % (high - low + 1)
    codes: list[str] = []
    while len(codes) < count:
        codes.append(_pick(draw, [code for code in _CODES if code not in codes]))
    context: dict[str, Sequence[str]] = {"states": codes}
    states = [
        _build(draw, MemberState, context, code=code, sources=_refs(draw, sources))
        for code in codes
    ]
    ministers_ = []
    # Each minister's state is drawn on its own: a state may have none, one or several.
    per_state = dict.fromkeys(codes, 0)
    for _ in range(draw(_INDEX) % (max_ministers + 1)):
        open_codes = [c for c in codes if max_per_state is None or per_state[c] < max_per_state]
        if not open_codes:
            break
        code = _pick(draw, open_codes)
        per_state[code] += 1
        (minister_id,) = _ids(draw, 1, taken)
        ministers_.append(
            _build(
                draw,
                Minister,
                context,
                id=minister_id,
                attested_names=_printed(draw, sources),
                state=code,
                sources=_refs(draw, sources),
            )
        )
    # People who represented states at later meetings, not among the ministers.
    people_ = [
        _build(
            draw,
            Person,
            context,
            id=person_id,
            attested_names=_printed(draw, sources),
            sources=_refs(draw, sources),
        )
        for person_id in _ids(draw, draw(_INDEX) % 3, taken)
    ]
    delegates: list[dict[str, str | None]] = [{"minister": None, "person": None}]
    delegates += [{"minister": m.id, "person": None} for m in ministers_]
    delegates += [{"minister": None, "person": p.id} for p in people_]
    body_ids = _ids(draw, 1 + draw(_INDEX) % max_bodies, taken)
    bodies_ = [
        _build(
            draw,
            Body,
            context,
            id=body_id,
            parent=_pick(draw, body_ids[:index]) if index and draw(_FLAG) else None,
            domains=frozenset(_subset(draw, domains, limit=4)),
            sources=_refs(draw, sources),
        )
        for index, body_id in enumerate(body_ids)
    ]
    context["bodies"] = body_ids
    meeting_ids = _ids(draw, 1 + draw(_INDEX) % max_meetings, taken)
    meetings_ = []
    for meeting_id in meeting_ids:
        status = _pick(draw, list(MeetingStatus))
        when = draw(_WHEN)
        # A held meeting known only by bounds says why in its note, as the rules ask.
        noted = {"note": draw(_LABEL)} if isinstance(when, Between) else {}
        meetings_.append(
            _build(
                draw,
                Meeting,
                context,
                id=meeting_id,
                body=_pick(draw, body_ids),
                status=status,
                when=when,
                **noted,
                venue=_build(draw, Venue, context, state=_pick(draw, codes)),
                # Who represented each state: none, one or several rows for a state.
                attendance=tuple(
                    _build(
                        draw,
                        Attendance,
                        context,
                        state=_pick(draw, codes),
                        **_pick(draw, delegates),
                        sources=_refs(draw, sources),
                    )
                    for _ in range(
                        draw(_INDEX) % (len(codes) + 2) if status is MeetingStatus.HELD else 0
                    )
                ),
                sources=_refs(draw, sources),
            )
        )
    axis_ids = _ids(draw, 1 + draw(_INDEX) % 3, taken)
    context["meetings"] = meeting_ids
    axes_ = tuple(
        _build(draw, Axis, context, id=axis_id, order=order, sources=_refs(draw, sources))
        for order, axis_id in enumerate(axis_ids, start=1)
    )
    context["axes"] = axis_ids
    commitments_ = [
        _build(
            draw,
            Commitment,
            context,
            id=commitment_id,
            kind=_pick(draw, kinds),
            axis=_pick(draw, axis_ids),
            domains=frozenset(_subset(draw, domains, limit=4) or (_pick(draw, domains),)),
            responsible=_subset(draw, body_ids, limit=3),
            parties=_subset(draw, codes, limit=len(codes)),
            sources=_refs(draw, sources),
        )
        for commitment_id in _ids(draw, draw(_INDEX) % (max_commitments + 1), taken)
    ]
    agreement: Agreement = _build(
        draw,
        Agreement,
        context,
        meeting_id=_pick(draw, meeting_ids),
        states=tuple(states),
        ministers=tuple(ministers_),
        bodies=tuple(bodies_),
        meetings=tuple(meetings_),
        commitments=tuple(commitments_),
        sources=tuple(sources),
        axes=axes_,
        people=tuple(people_),
    )
    return agreement
