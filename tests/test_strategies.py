"""The Hypothesis strategies users draw accords from, and properties that use them."""

from __future__ import annotations

import datetime
import itertools
import subprocess
import sys

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
    MemberState,
    ScheduleError,
)
from maghreb_accord import strategies as ms
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
