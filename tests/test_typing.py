"""A user's script: mypy --strict checks this file with the rest of the tests.

Each assert_type is a static claim checked by mypy, and the same code runs under pytest.
"""

from __future__ import annotations

import datetime
from typing import assert_type

from hypothesis import given, settings
from hypothesis.strategies import SearchStrategy

import maghreb_accord
from maghreb_accord import (
    Agreement,
    Body,
    Cadence,
    CadenceUnit,
    Commitment,
    CommitmentKind,
    Domain,
    Label,
    Meeting,
    MemberState,
    Minister,
    Source,
    SourceRef,
)
from tests.support import DATA


def describe_committee(accord: Agreement) -> str:
    committee = assert_type(accord.body("security-follow-up-committee"), Body)
    cadence = assert_type(committee.cadence, Cadence | None)
    if cadence is None:
        return committee.name.fr
    return f"{committee.name.fr}: {cadence.label.in_locale('fr')}"


def test_a_user_script_type_checks_and_runs() -> None:
    accord = assert_type(maghreb_accord.load(), Agreement)
    assert_type(accord.state("MA"), MemberState)
    assert_type(accord.minister_of("MA"), Minister)
    assert_type(accord.ministers_of("MA"), tuple[Minister, ...])
    assert_type(accord.main_meeting, Meeting)
    assert_type(accord.main_meeting.when, maghreb_accord.When)
    assert_type(accord.main_meeting.when.latest, datetime.date | None)
    assert_type(accord.commitments_about(Domain.TERRORISM), tuple[Commitment, ...])
    assert_type(accord.commitments_about("terrorism"), tuple[Commitment, ...])
    assert_type(accord.source("almaghribia-rabat-2013"), Source)
    assert_type(accord.commitments[0].sources, tuple[SourceRef, ...])
    assert_type(accord.commitments[0].domains, frozenset[Domain])
    assert_type(accord.title, Label)
    assert_type(accord.title.in_locale("ar_MA"), str)
    assert_type(maghreb_accord.dumps(accord), str)
    again = maghreb_accord.loads(maghreb_accord.dumps(accord).encode(), base=DATA)
    assert_type(again, Agreement)
    assert describe_committee(accord) == (
        "Commission de suivi sécuritaire: au moins une fois tous les trois mois, et chaque fois que nécessaire"
    )


def test_a_list_of_kinds_is_typed_with_the_search_module_s_kind() -> None:
    from maghreb_accord.search import Kind

    kinds: list[Kind] = ["minister", "person"]
    found = maghreb_accord.load().find("Chouail", kinds=kinds, limit=1)
    assert_type(found, tuple[maghreb_accord.Match, ...])
    assert [match.kind for match in found] == ["minister"]


def test_the_strategies_take_a_vocabulary_member_or_its_value() -> None:
    from maghreb_accord import strategies

    # Each vocabulary argument takes members, values, or both, and mypy --strict says so.
    bodies = strategies.bodies(domains=["terrorism", Domain.CYBERCRIME])
    commitments = strategies.commitments(domains=[Domain.TERRORISM], kinds=["call"])
    cadences = strategies.cadences(units=["month", CadenceUnit.YEAR])
    accords = strategies.agreements(domains=["cybercrime"], kinds=[CommitmentKind.CALL])
    assert_type(bodies, SearchStrategy[Body])
    assert_type(commitments, SearchStrategy[Commitment])
    assert_type(cadences, SearchStrategy[Cadence])
    assert_type(accords, SearchStrategy[Agreement])

    @settings(max_examples=10)
    @given(bodies, commitments, cadences)
    def check(body: Body, commitment: Commitment, cadence: Cadence) -> None:
        assert body.domains <= {Domain.TERRORISM, Domain.CYBERCRIME}
        assert commitment.kind is CommitmentKind.CALL
        assert cadence.unit in (CadenceUnit.MONTH, CadenceUnit.YEAR)

    check()
