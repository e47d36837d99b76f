"""The bundled accord is itself under test: every quote, reference and fact users rely on."""

from __future__ import annotations

import datetime
import unicodedata
from typing import cast

import attrs
import pytest
from babel import Locale

import maghreb_accord
from maghreb_accord import (
    Agreement,
    BodyKind,
    CadenceUnit,
    CommitmentKind,
    Domain,
    Label,
    MeetingStatus,
    Role,
    SourceRef,
    Statement,
)
from tests.support import DATA, SHARED_ARTICLE

ARTICLE = "almaghribia-rabat-2013"


def all_refs(value: object) -> list[SourceRef]:
    if isinstance(value, SourceRef):
        return [value]
    if isinstance(value, tuple):
        return [ref for item in value for ref in all_refs(item)]
    if attrs.has(type(value)):
        fields = attrs.fields(cast("type[attrs.AttrsInstance]", type(value)))
        return [ref for f in fields for ref in all_refs(getattr(value, f.name))]
    return []


def all_labels(value: object) -> list[Label]:
    if isinstance(value, Label):
        return [value]
    if isinstance(value, tuple | frozenset):
        return [label for item in value for label in all_labels(item)]
    if attrs.has(type(value)):
        fields = attrs.fields(cast("type[attrs.AttrsInstance]", type(value)))
        return [label for f in fields for label in all_labels(getattr(value, f.name))]
    return []


def test_bundled_article_is_the_shared_source_byte_for_byte() -> None:
    if not SHARED_ARTICLE.exists():
        pytest.skip(f"the shared source folder is not beside the project ({SHARED_ARTICLE})")
    bundled = (DATA / "rabat-2013-almaghribia.ar.txt").read_bytes()
    assert bundled == SHARED_ARTICLE.read_bytes()


def test_every_quote_is_verbatim_at_its_offsets(accord: Agreement) -> None:
    article = accord.source(ARTICLE).text
    assert article is not None
    refs = [ref for ref in all_refs(accord) if ref.source == ARTICLE]
    assert len(refs) >= 30
    for ref in refs:
        assert ref.start is not None
        assert ref.end is not None
        assert article[ref.start : ref.end] == ref.quote


def test_every_reference_resolves(accord: Agreement) -> None:
    source_ids = {source.id for source in accord.sources}
    assert {ref.source for ref in all_refs(accord)} <= source_ids
    codes = {state.code for state in accord.states}
    body_ids = {body.id for body in accord.bodies}
    assert {minister.state for minister in accord.ministers} == codes
    assert {body.parent for body in accord.bodies} - {None} <= body_ids
    assert {meeting.body for meeting in accord.meetings} <= body_ids
    for commitment in accord.commitments:
        assert set(commitment.responsible) <= body_ids
        assert set(commitment.parties) <= codes


def test_every_source_is_cited_and_every_outside_fact_has_an_address(accord: Agreement) -> None:
    cited = {ref.source for ref in all_refs(accord)}
    assert cited == {source.id for source in accord.sources}
    for source in accord.sources:
        assert source.text is not None or source.address is not None


def test_each_state_has_exactly_one_minister(accord: Agreement) -> None:
    for state in accord.states:
        assert [m.state for m in accord.ministers].count(state.code) == 1
        assert accord.minister_of(state.code).state == state.code


def _letters(text: str) -> list[str]:
    return [char for char in text if unicodedata.category(char).startswith("L")]


def test_every_label_has_arabic_in_arabic_script_and_french_in_latin(accord: Agreement) -> None:
    labels = all_labels(accord)
    labels += [member.label for kind in (Domain, CommitmentKind, BodyKind) for member in kind]
    labels += [member.label for kind in (CadenceUnit, MeetingStatus, Role) for member in kind]
    labels += [body.cadence.label for body in accord.bodies if body.cadence]
    assert len(labels) > 100
    for label in labels:
        assert _letters(label.ar), label
        assert all("ARABIC" in unicodedata.name(c) for c in _letters(label.ar)), label.ar
        assert all("LATIN" in unicodedata.name(c) for c in _letters(label.fr)), label.fr


def test_vocabulary_labels_are_distinct_within_each_vocabulary() -> None:
    for kind in (Domain, CommitmentKind, BodyKind, CadenceUnit, MeetingStatus, Role):
        labels = [member.label for member in kind]
        assert len({label.ar for label in labels}) == len(labels), kind
        assert len({label.fr for label in labels}) == len(labels), kind


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_stored_state_names_equal_cldr(accord: Agreement, language: str) -> None:
    territories = Locale.parse(language).territories
    for state in accord.states:
        assert getattr(state.name, language) == territories[state.code]


def test_the_five_states_with_their_codes_and_wikidata(accord: Agreement) -> None:
    assert [(s.code, s.wikidata) for s in accord.states] == [
        ("MA", "Q1028"),
        ("DZ", "Q262"),
        ("TN", "Q948"),
        ("LY", "Q1016"),
        ("MR", "Q1025"),
    ]
    assert accord.state("LY").official_name == Label(ar="دولة ليبيا", fr="État de Libye")


def test_the_meeting_was_held_in_rabat_on_21_april_2013_hosted_by_morocco(
    accord: Agreement,
) -> None:
    meeting = accord.main_meeting
    assert meeting.status is MeetingStatus.HELD
    assert meeting.when == maghreb_accord.Day(date=datetime.date(2013, 4, 21))
    assert meeting.when.date.weekday() == 6  # the article's "Sunday"
    assert meeting.venue is not None
    assert meeting.venue.state == "MA"
    assert meeting.venue.city == Label(ar="الرباط", fr="Rabat")
    assert meeting.body == "council-of-interior-ministers"
    hosts = [m for m in accord.ministers if m.role is Role.HOST]
    assert [m.state for m in hosts] == ["MA"]
    # The date is not in the article: it is cited to outside sources.
    outside = [ref for ref in meeting.sources if ref.quote is None]
    assert {ref.source for ref in outside} >= {"ccme-2013-rabat-meeting"}


def test_the_first_follow_up_meeting_was_planned_by_end_of_june_and_held_in_october(
    accord: Agreement,
) -> None:
    first = accord.meeting("security-follow-up-committee-1")
    assert first.status is MeetingStatus.HELD
    assert first.body == "security-follow-up-committee"
    # The article bounds the plan ("before the end of June"); it does not date it.
    assert first.planned == maghreb_accord.Between(not_after=datetime.date(2013, 6, 30))
    # The day is garbled in the only source: the month is all the data keeps.
    assert first.when == maghreb_accord.Month(year=2013, month=10)
    assert first.session == 1
    assert first.venue is not None
    assert first.venue.state == "MA"
    assert any("قبل نهاية شهر يونيو" in (ref.quote or "") for ref in first.sources)


@pytest.mark.parametrize(
    ("state", "standard", "printed", "latin_name"),
    [
        ("MA", "امحند العنصر", "امحند العنصر", "Mohand Laenser"),
        ("DZ", "دحو ولد قابلية", "دحو ولد قابلية", "Dahou Ould Kablia"),
        ("TN", "لطفي بن جدو", "لطفي بن حدو", "Lotfi Ben Jeddou"),
        ("LY", "عاشور سليمان شوايل", "عشور سليمان شوابيل", "Achour Chouaïl"),
        ("MR", "محمد ولد ابيليل", "محمد ولد إيبليل", "Mohamed Ould Boilil"),
    ],
)
def test_ministers_have_standard_and_printed_spellings(
    accord: Agreement, state: str, standard: str, printed: str, latin_name: str
) -> None:
    minister = accord.minister_of(state)
    assert minister.name == Label(ar=standard, fr=latin_name)
    printed_in_article = [n for n in minister.attested_names if n.source.source == ARTICLE]
    assert [(n.name, n.language) for n in printed_in_article] == [(printed, "ar")]
    assert printed_in_article[0].source.quote == printed
    # The Latin spellings in use: the standard one and the press variants.
    latin = {n.name for n in minister.attested_names if n.language in ("fr", "en")}
    # Every standard Latin spelling is one a page prints («Achour Chouaïl»: Atlasinfo).
    assert latin_name in latin
    assert minister.office.fr == "ministre de l'Intérieur"
    # The standard spelling cites a source outside the article.
    assert any(ref.source != ARTICLE for ref in minister.sources)


def test_bodies_their_tree_and_cadences(accord: Agreement) -> None:
    union = accord.body("arab-maghreb-union")
    council = accord.body("council-of-interior-ministers")
    committee = accord.body("security-follow-up-committee")
    teams = accord.body("specialised-security-sub-teams")
    assert (union.kind, council.kind, committee.kind, teams.kind) == (
        BodyKind.UNION,
        BodyKind.COUNCIL,
        BodyKind.COMMITTEE,
        BodyKind.WORKING_GROUP,
    )
    assert (union.parent, council.parent, committee.parent, teams.parent) == (
        None,
        union.id,
        council.id,
        committee.id,
    )
    assert council.cadence == maghreb_accord.Cadence(interval=1, unit=CadenceUnit.YEAR)
    assert committee.cadence == maghreb_accord.Cadence(
        interval=3, unit=CadenceUnit.MONTH, at_least=True, as_needed=True
    )
    assert committee.cadence.label.ar == "مرة كل ثلاثة أشهر على الأقل، وكلما دعت الضرورة"
    assert teams.cadence is None  # the article gives none
    assert teams.note is not None  # and does not say how many teams there are


def test_sub_teams_cover_the_seven_fields(accord: Agreement) -> None:
    assert accord.body("specialised-security-sub-teams").domains == {
        Domain.TERRORISM,
        Domain.ORGANIZED_CRIME,
        Domain.ILLEGAL_MIGRATION,
        Domain.HUMAN_TRAFFICKING,
        Domain.DRUG_TRAFFICKING,
        Domain.CYBERCRIME,
        Domain.CIVIL_PROTECTION,
    }


def test_commitments_are_many_of_every_kind_and_quote_the_article(accord: Agreement) -> None:
    assert len(accord.commitments) > 15
    assert {c.kind for c in accord.commitments} == set(CommitmentKind)
    article = accord.source(ARTICLE).text
    assert article is not None
    for commitment in accord.commitments:
        if commitment.said_by is Statement.OTHER_REPORT:
            continue  # reported by other pages, not the article (issue 13)
        # The article's words exactly; only its misused U+066C (٬) reads as the comma (،) it
        # stands for (facts.md).
        read = article.replace("\u066c", "،")  # same length: offsets still hold
        assert commitment.text.ar in read, commitment.id
        # The words stand within the commitment's own quotes (which may tile a sentence).
        start = read.index(commitment.text.ar)
        quoted = {
            i
            for ref in commitment.sources
            if ref.start is not None and ref.end is not None
            for i in range(ref.start, ref.end)
        }
        span = range(start, start + len(commitment.text.ar))
        assert all(i in quoted or article[i].isspace() for i in span), commitment.id
        assert commitment.parties == ("MA", "DZ", "TN", "LY", "MR")


@pytest.mark.parametrize(
    ("kind", "verb"),
    [
        (CommitmentKind.DECISION, "اتفقوا"),
        (CommitmentKind.UNDERTAKING, "التزم"),
        (CommitmentKind.EMPHASIS, "شددوا"),
        (CommitmentKind.CONDEMNATION, "منددين"),
        (CommitmentKind.CALL, "دعا"),
        (CommitmentKind.ANNOUNCEMENT, "أعلن"),
    ],
)
def test_each_kind_stands_on_its_verb_in_the_article(
    accord: Agreement, kind: CommitmentKind, verb: str
) -> None:
    quotes = [ref.quote or "" for c in accord.commitments if c.kind is kind for ref in c.sources]
    assert any(verb in quote for quote in quotes)


@pytest.mark.parametrize(
    ("domain", "expected"),
    [
        ("arms_trafficking", ["field-and-operational-measures", "exchange-information-on-arms"]),
        ("extradition", ["extradite-terrorists"]),
        (
            "terrorism_financing",
            [
                "act-on-terrorist-funding",
                "denounce-support-and-financing-of-terrorism",
                "reject-kidnapping-and-intimidation",
                "reject-ransom-payments",
            ],
        ),
        ("cybercrime", ["entrust-follow-up-committee"]),
        ("legal_migration", ["encourage-free-movement-and-legal-migration"]),
        (
            "freedom_of_movement",
            [
                "coordinate-against-extremism-and-terrorism",
                "encourage-free-movement-and-legal-migration",
                "free-movement-and-residence",
            ],
        ),
        ("risk_management", ["cooperation-against-common-risks", "maghreb-security-risk-strategy"]),
    ],
)
def test_commitments_by_domain(accord: Agreement, domain: str, expected: list[str]) -> None:
    assert [c.id for c in accord.commitments_about(domain)] == expected


def test_only_the_first_follow_up_meeting_has_a_deadline(accord: Agreement) -> None:
    with_deadline = [(c.id, c.deadline) for c in accord.commitments if c.deadline]
    assert with_deadline == [("first-follow-up-meeting", datetime.date(2013, 6, 30))]


def test_the_article_has_no_known_title_or_date_and_says_so(accord: Agreement) -> None:
    article = accord.source(ARTICLE)
    assert article.title is None
    assert article.date is None
    assert article.note is not None
    assert "23 avril 2013" in article.note.fr


def test_press_variants_of_the_ministers_names_are_known(accord: Agreement) -> None:
    variants = {
        (m.state, n.name) for m in accord.ministers for n in m.attested_names if n.language != "ar"
    }
    assert variants >= {
        ("LY", "Achour Chwayel"),
        ("LY", "Achour Chouaïl"),
        ("LY", "Ashour Shuwail"),
        ("DZ", "Daho Ould Kablia"),
    }
    # Printed by no page found again: not attested (issue 13).
    assert not variants & {("LY", "Achour Shouail"), ("LY", "Achour Souleimane Chouaïl")}
