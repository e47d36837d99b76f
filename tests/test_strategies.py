"""The Hypothesis strategies users draw accords from, and properties that use them."""

from __future__ import annotations

import datetime
import enum
import itertools
import subprocess
import sys
import typing
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import maghreb_accord
from maghreb_accord import (
    Agreement,
    Body,
    Cadence,
    CommitmentKind,
    Domain,
    Label,
    MeetingStatus,
    MemberState,
    ScheduleError,
    UnknownIdError,
)
from maghreb_accord import strategies as ms
from maghreb_accord._hypothesis_plugin import STRATEGIES
from maghreb_accord.schedule import _deadline_of
from tests.support import assert_queries_agree_with_a_scan


@settings(max_examples=50)
@given(ms.agreements())
def test_every_drawn_accord_round_trips_through_json_byte_identically(accord: Agreement) -> None:
    text = maghreb_accord.dumps(accord)
    again = maghreb_accord.loads(text)
    assert again == accord
    assert maghreb_accord.dumps(again) == text


@settings(max_examples=50)
@given(ms.agreements())
def test_every_query_agrees_with_a_scan_of_the_tuples(accord: Agreement) -> None:
    assert_queries_agree_with_a_scan(accord)


@settings(max_examples=50)
@given(ms.agreements(), st.dates(datetime.date(1950, 1, 1), datetime.date(2100, 1, 1)))
def test_due_and_schedules_hold_on_any_accord(accord: Agreement, day: datetime.date) -> None:
    report = accord.due(day)
    assert all(_deadline_of(item) < day for item in report.passed)  # type: ignore[operator]
    assert all(_deadline_of(item) >= day for item in report.open)  # type: ignore[operator]
    for body in accord.bodies:
        try:
            expected = accord.schedule(body.id, until=day)
        except ScheduleError:
            continue
        assert all(e.earliest <= e.latest for e in expected)
        assert [e.index for e in expected] == list(range(len(expected)))
        windows = accord.compliance(body.id, as_of=day).windows
        assert all(w.earliest <= w.latest for w in windows)
        # Windows follow each other without a gap or an overlap.
        assert all(
            b.earliest == a.latest + datetime.timedelta(days=1)
            for a, b in itertools.pairwise(windows)
        )


@settings(max_examples=50)
@given(ms.agreements())
def test_every_state_and_body_is_found_by_its_id(accord: Agreement) -> None:
    for state in accord.states:
        assert accord.find(state.code, limit=1)[0].entity is state
    for body in accord.bodies:
        assert body in [m.entity for m in accord.find(body.id, kinds=["body"], limit=100)]


@settings(max_examples=20)
@given(st.from_type(Agreement))
def test_from_type_draws_accords_once_the_package_is_installed(accord: Agreement) -> None:
    assert maghreb_accord.loads(maghreb_accord.dumps(accord)) == accord
    assert accord.meetings


@settings(max_examples=20)
@given(st.from_type(Label), st.from_type(Cadence), st.from_type(MemberState), st.from_type(Body))
def test_from_type_draws_each_type(
    label: Label, cadence: Cadence, state: MemberState, body: Body
) -> None:
    assert label.ar.strip()
    assert cadence.interval >= 1
    assert len(state.code) == 2
    assert body.sources


@given(
    ms.labels(),
    ms.cadences(units=[maghreb_accord.CadenceUnit.YEAR], max_interval=3),
    ms.member_states(codes=["MA", "TN"]),
    ms.ministers(states=["DZ"]),
    ms.bodies(parents=["council"], domains=[Domain.CYBERCRIME]),
    ms.meetings(body_ids=["council"], states=["MA"]),
    ms.commitments(domains=[Domain.TERRORISM], kinds=[CommitmentKind.CALL], body_ids=["c"]),
    ms.whens(bounds=False),
)
def test_each_strategy_draws_valid_objects_within_its_constraints(
    label: Label,
    cadence: Cadence,
    state: MemberState,
    minister: maghreb_accord.Minister,
    body: Body,
    meeting: maghreb_accord.Meeting,
    commitment: maghreb_accord.Commitment,
    when: maghreb_accord.When,
) -> None:
    assert label.ar
    assert label.fr
    assert cadence.unit is maghreb_accord.CadenceUnit.YEAR
    assert cadence.interval <= 3
    assert state.code in ("MA", "TN")
    assert minister.state == "DZ"
    assert body.parent in (None, "council")
    assert body.domains <= {Domain.CYBERCRIME}
    assert meeting.body == "council"
    assert meeting.venue is not None
    assert meeting.venue.state == "MA"
    assert commitment.domains == {Domain.TERRORISM}
    assert commitment.kind is CommitmentKind.CALL
    assert set(commitment.responsible) <= {"c"}
    assert not isinstance(when, maghreb_accord.Between)


@settings(max_examples=50)
@given(
    ms.agreements(
        min_states=2,
        max_states=3,
        max_commitments=4,
        domains=[Domain.CYBERCRIME],
        kinds=["call"],
    )
)
def test_agreements_respect_their_limits(accord: Agreement) -> None:
    assert 2 <= len(accord.states) <= 3
    assert len(accord.commitments) <= 4
    assert all(c.domains == {Domain.CYBERCRIME} for c in accord.commitments)
    assert all(c.kind == "call" for c in accord.commitments)
    assert len(accord.ministers) <= 3  # max_ministers defaults to max_states


@settings(max_examples=50)
@given(ms.agreements())
def test_drawn_quotes_are_verbatim_spans_of_drawn_texts(accord: Agreement) -> None:
    texts = {source.id: source.text for source in accord.sources}
    quoted = 0
    for commitment in accord.commitments:
        for ref in commitment.sources:
            text = texts[ref.source]
            if text is not None:
                assert ref.start is not None
                assert ref.end is not None
                assert text[ref.start : ref.end] == ref.quote
                quoted += 1
    # The first source is always bundled, so every quoting reference is checked here.
    assert quoted == sum(
        1 for c in accord.commitments for ref in c.sources if texts[ref.source] is not None
    )


def test_bad_limits_are_refused() -> None:
    with pytest.raises(ValueError, match="min_states"):
        ms.agreements(min_states=3, max_states=2)
    with pytest.raises(ValueError, match="must not be empty"):
        ms.agreements(domains=[])


def test_without_hypothesis_the_import_error_names_the_extra() -> None:
    script = (
        "import sys\n"
        "sys.modules['hypothesis'] = None\n"
        "try:\n"
        "    import maghreb_accord.strategies\n"
        "except ImportError as error:\n"
        "    print(error)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert (
        "install the 'hypothesis' extra (pip install 'maghreb-accord[hypothesis]'" in result.stdout
    )


def test_the_strategies_import_before_hypothesis_itself() -> None:
    # Hypothesis runs its entry points while it is imported: importing our strategies first
    # must not make that a circular import.
    script = (
        "import maghreb_accord.strategies\n"
        "from hypothesis import strategies as st\n"
        "from maghreb_accord import Agreement, Day\n"
        "import warnings\n"
        "warnings.simplefilter('ignore')\n"
        "assert isinstance(st.from_type(Agreement).example(), Agreement)\n"
        "assert isinstance(st.from_type(Day).example(), Day)\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True)


@settings(max_examples=30)
@given(ms.agreements())
def test_every_rendering_works_on_any_accord(accord: Agreement) -> None:
    import json

    from maghreb_accord import export

    assert maghreb_accord.summary(accord).strip()
    assert export.to_markdown(accord).startswith('<div lang="ar" dir="rtl">')
    assert export.to_html(accord).startswith("<!DOCTYPE html>")
    assert export.to_csv(accord).count("\r\n") == len(accord.commitments) + 1
    json.dumps(export.to_popolo(accord))


@settings(max_examples=20)
@given(
    st.from_type(maghreb_accord.SourceRef),
    st.from_type(maghreb_accord.Venue),
    st.from_type(maghreb_accord.AttestedName),
    st.from_type(maghreb_accord.Source),
    st.from_type(maghreb_accord.Month),
)
def test_from_type_draws_the_smaller_types_too(
    ref: maghreb_accord.SourceRef,
    venue: maghreb_accord.Venue,
    attested: maghreb_accord.AttestedName,
    source: maghreb_accord.Source,
    month: maghreb_accord.Month,
) -> None:
    assert ref.source
    assert len(venue.state) == 2
    assert attested.name.strip()
    assert source.address
    assert 1 <= month.month <= 12


def test_agreements_draw_states_with_several_ministers_and_with_none() -> None:
    from hypothesis import Phase, find

    # Found, not shrunk: shrinking a whole accord to the smallest example takes minutes.
    quick = settings(database=None, phases=[Phase.generate])

    def crowded(accord: Agreement) -> bool:
        return any(len(accord.ministers_of(state.code)) > 1 for state in accord.states)

    def empty(accord: Agreement) -> bool:
        return any(not accord.ministers_of(state.code) for state in accord.states)

    assert crowded(find(ms.agreements(), crowded, settings=quick))
    assert empty(find(ms.agreements(), empty, settings=quick))


@settings(max_examples=50)
@given(ms.agreements(max_states=2, max_ministers=6, max_ministers_per_state=1))
def test_agreements_keep_to_their_ministers_per_state(accord: Agreement) -> None:
    states = [minister.state for minister in accord.ministers]
    assert len(set(states)) == len(states) <= 2


def test_agreements_refuse_a_per_state_limit_below_one() -> None:
    with pytest.raises(ValueError, match="max_ministers_per_state must be at least 1"):
        ms.agreements(max_ministers_per_state=0)


# Every attrs class the package exports. Those that check themselves when built (the data)
# are drawn by a strategy of maghreb_accord.strategies; the others are what the library's
# queries compute, which check nothing, and Hypothesis builds them from their annotations.
_EXPORTED_ATTRS_TYPES = [
    value
    for value in (getattr(maghreb_accord, name) for name in maghreb_accord.__all__)
    if isinstance(value, type) and attrs.has(value)
]
_COMPUTED = {
    "Compliance",
    "ComplianceWindow",
    "DueReport",
    "ExpectedMeeting",
    "Lateness",
    "LocaleTag",
    "Match",
    "Problem",
}
_DATES = {"Day", "Month", "Year", "Between"}


def _checks_itself(cls: type) -> bool:
    return hasattr(cls, "__attrs_post_init__")


def test_every_exported_type_that_checks_itself_has_a_registered_strategy() -> None:
    registered = {type_name for type_name, _ in STRATEGIES} | _DATES
    checked = {cls.__name__ for cls in _EXPORTED_ATTRS_TYPES if _checks_itself(cls)}
    assert checked == registered
    # A new attrs type is either data, with a strategy, or a computed result, listed above.
    assert {cls.__name__ for cls in _EXPORTED_ATTRS_TYPES} - checked == _COMPUTED
    assert all(name in ms.__all__ for _, name in STRATEGIES)


@pytest.mark.parametrize("cls", _EXPORTED_ATTRS_TYPES, ids=lambda cls: cls.__name__)
@settings(max_examples=20)
@given(data=st.data())
def test_from_type_draws_every_exported_attrs_type(cls: type, data: st.DataObject) -> None:
    drawn: Any = data.draw(st.from_type(cls))
    if _checks_itself(cls):
        # Built again from its fields, it passes the same checks: the drawn object is valid.
        assert attrs.evolve(drawn) == drawn
    assert type(drawn) is cls


@settings(max_examples=50)
@given(ms.agreements())
def test_drawn_accords_hold_what_agreements_promises(accord: Agreement) -> None:
    assert any(source.text is not None for source in accord.sources)
    assert accord.bodies
    assert accord.meetings
    codes = {state.code for state in accord.states}
    minister_ids = {minister.id for minister in accord.ministers}
    person_ids = {person.id for person in accord.people}
    assert not minister_ids & person_ids
    for meeting in accord.meetings:
        if meeting.status is not MeetingStatus.HELD:
            assert meeting.attendance == ()
        for row in meeting.attendance:
            assert row.state in codes
            assert row.minister is None or row.minister in minister_ids
            assert row.person is None or row.person in person_ids
    for commitment in accord.commitments:
        assert set(commitment.responsible) <= {body.id for body in accord.bodies}
        assert set(commitment.parties) <= codes
        assert commitment.axis in {axis.id for axis in accord.axes}


@given(
    ms.people(states=["DZ"], refs=ms.source_refs(source_ids=["report"])),
    ms.participants(body_ids=["general-secretariat"]),
    ms.attendances(states=["TN"], minister_ids=["m"], person_ids=["p"]),
    ms.disputes(refs=ms.source_refs(source_ids=["report"])),
    ms.assessments(ids=st.just("said")),
    ms.axes(ids=st.just("axis")),
    ms.declarations(refs=ms.source_refs(source_ids=["report"])),
)
def test_the_strategies_of_the_other_parts_keep_to_their_arguments(
    person: maghreb_accord.Person,
    participant: maghreb_accord.Participant,
    row: maghreb_accord.Attendance,
    dispute: maghreb_accord.Dispute,
    assessment: maghreb_accord.Assessment,
    axis: maghreb_accord.Axis,
    declaration: maghreb_accord.Declaration,
) -> None:
    assert person.state in (None, "DZ")
    assert {ref.source for ref in person.sources} == {"report"}
    assert all(name.source.source == "report" for name in person.attested_names)
    assert participant.body == "general-secretariat"
    assert row.state == "TN"
    assert (row.minister, row.person) in ((None, None), ("m", None), (None, "p"))
    assert {ref.source for ref in dispute.adopted_by + dispute.dissent_by} == {"report"}
    assert assessment.id == "said"
    assert axis.id == "axis"
    assert 1 <= axis.order <= 99
    assert {ref.source for ref in declaration.sources} == {"report"}


def test_attendances_name_each_kind_of_delegate() -> None:
    from hypothesis import Phase, find

    quick = settings(database=None, phases=[Phase.generate])
    rows = ms.attendances(minister_ids=["m"], person_ids=["p"])
    assert find(rows, lambda row: row.minister == "m", settings=quick).person is None
    assert find(rows, lambda row: row.person == "p", settings=quick).minister is None
    assert find(rows, lambda row: row.delegate is None, settings=quick)


@settings(max_examples=50)
@given(
    ms.bodies(domains=["terrorism", Domain.CYBERCRIME]),
    ms.commitments(domains=["TERRORISM"], kinds=["call"]),
    ms.cadences(units=["year"]),
)
def test_vocabularies_are_taken_as_members_or_values(
    body: Body, commitment: maghreb_accord.Commitment, cadence: Cadence
) -> None:
    assert body.domains <= {Domain.TERRORISM, Domain.CYBERCRIME}
    assert commitment.domains == {Domain.TERRORISM}
    assert commitment.kind is CommitmentKind.CALL
    assert cadence.unit is maghreb_accord.CadenceUnit.YEAR


def test_bodies_draw_the_domains_given_by_value() -> None:
    from hypothesis import Phase, find

    # A value was once sampled as a string, which no body holds: only bodies with no domain
    # were drawn.
    quick = settings(database=None, phases=[Phase.generate])
    body = find(ms.bodies(domains=["terrorism"]), lambda body: bool(body.domains), settings=quick)
    assert body.domains == {Domain.TERRORISM}


def test_an_unknown_vocabulary_value_names_the_closest() -> None:
    for make in (
        lambda: ms.bodies(domains=["terorism"]),
        lambda: ms.commitments(domains=["terorism"]),
        lambda: ms.agreements(domains=["terorism"]),
    ):
        with pytest.raises(UnknownIdError, match="did you mean 'terrorism'"):
            make()
    with pytest.raises(UnknownIdError, match="did you mean 'call'"):
        ms.commitments(kinds=["cal"])
    with pytest.raises(UnknownIdError, match="did you mean 'month'"):
        ms.cadences(units=["months"])


@settings(max_examples=10)
@given(ms.bodies(domains=[]))
def test_bodies_given_no_domains_work_in_none(body: Body) -> None:
    assert body.domains == frozenset()


def test_strategies_that_need_a_value_refuse_none() -> None:
    with pytest.raises(ValueError, match="must not be empty"):
        ms.commitments(kinds=[])
    with pytest.raises(ValueError, match="must not be empty"):
        ms.cadences(units=[])


def _vocabularies(hint: object) -> Iterator[tuple[type[enum.Enum], tuple[object, ...]]]:
    """Each vocabulary in a type hint, with the members of the union that holds it."""
    arguments = typing.get_args(hint)
    for argument in arguments:
        if isinstance(argument, type) and issubclass(argument, enum.Enum):
            yield argument, arguments
        else:
            yield from _vocabularies(argument)


def test_every_strategy_takes_a_vocabulary_member_or_its_value() -> None:
    found = []
    for name in ms.__all__:
        hints = typing.get_type_hints(getattr(ms, name))
        for parameter, hint in hints.items():
            if parameter == "return":
                continue
            for vocabulary, union in _vocabularies(hint):
                found.append((name, parameter, vocabulary.__name__, str in union))
    assert [entry for entry in found if not entry[3]] == []
    assert ("bodies", "domains", "Domain", True) in found


def test_cadences_draw_within_the_interval_the_field_declares() -> None:
    from maghreb_accord import strategies as ms

    with pytest.raises(ValueError, match=r"^max_interval must be from 1 to 1200, got 5000$"):
        ms.cadences(max_interval=5000)
    with pytest.raises(ValueError, match=r"^max_interval must be from 1 to 1200, got 0$"):
        ms.cadences(max_interval=0)

    @settings(max_examples=30)
    @given(ms.cadences(max_interval=1200))
    def drawn(cadence: maghreb_accord.Cadence) -> None:
        assert 1 <= cadence.interval <= 1200

    drawn()
