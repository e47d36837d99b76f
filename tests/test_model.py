"""The model: immutable objects that check themselves, and the queries on Agreement."""

from __future__ import annotations

import copy
import pickle
import re
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import maghreb_accord
from maghreb_accord import (
    AccordDataError,
    Agreement,
    Body,
    BodyKind,
    Cadence,
    CadenceUnit,
    Commitment,
    CommitmentKind,
    Domain,
    Label,
    SourceRef,
    Statement,
    UnknownIdError,
)
from maghreb_accord import strategies as ms
from maghreb_accord.agreement import _Indexes
from tests.support import assert_queries_agree_with_a_scan, index_slots

PUBLIC_CLASSES = [
    maghreb_accord.Agreement,
    maghreb_accord.AttestedName,
    maghreb_accord.Body,
    maghreb_accord.Cadence,
    maghreb_accord.Commitment,
    maghreb_accord.Label,
    maghreb_accord.Meeting,
    maghreb_accord.MemberState,
    maghreb_accord.Minister,
    maghreb_accord.Source,
    maghreb_accord.SourceRef,
    maghreb_accord.Venue,
    maghreb_accord.LocaleTag,
]


@pytest.mark.parametrize("cls", PUBLIC_CLASSES, ids=lambda cls: cls.__name__)
def test_public_classes_are_slotted_and_keyword_only(cls: type) -> None:
    assert attrs.has(cls)
    assert "__slots__" in cls.__dict__
    assert all(field.kw_only for field in attrs.fields(cls))


def test_locale_tags_are_frozen() -> None:
    tag = maghreb_accord.parse_locale("ar_MA")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        tag.region = "DZ"  # type: ignore[misc]


def test_collections_in_the_accord_are_tuples_and_frozensets(accord: Agreement) -> None:
    for name in ("states", "ministers", "bodies", "meetings", "commitments", "sources"):
        assert type(getattr(accord, name)) is tuple
    for commitment in accord.commitments:
        assert type(commitment.domains) is frozenset
        assert type(commitment.responsible) is tuple
        assert type(commitment.sources) is tuple


def test_no_public_object_can_be_changed(accord: Agreement) -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        accord.id = "other"  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        accord.states[0].name.ar = "x"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        accord.states[0].population = 1  # type: ignore[attr-defined]
    with pytest.raises(TypeError):
        accord.commitments[0] = accord.commitments[1]  # type: ignore[index]


def test_objects_are_hashable_and_picklable(accord: Agreement) -> None:
    assert hash(accord) == hash(maghreb_accord.load())
    again = pickle.loads(pickle.dumps(accord))
    assert again == accord
    assert again.body("security-follow-up-committee") == accord.body("security-follow-up-committee")


# The accord's indexes are slots the class fills, not attrs fields: attrs, the codec and
# the user see the data only, and the indexes are built again wherever an accord is.

PUBLIC_FIELDS = [
    "id",
    "title",
    "meeting_id",
    "states",
    "ministers",
    "bodies",
    "meetings",
    "commitments",
    "sources",
    "declaration",
    "axes",
    "participants",
    "people",
]


def test_the_accords_attrs_fields_are_its_data_and_nothing_else(accord: Agreement) -> None:
    assert [field.name for field in attrs.fields(Agreement)] == PUBLIC_FIELDS
    assert all(field.alias == field.name for field in attrs.fields(Agreement))
    assert list(attrs.asdict(accord)) == PUBLIC_FIELDS
    assert list(attrs.asdict(accord, recurse=False)) == PUBLIC_FIELDS
    assert list(attrs.astuple(accord, recurse=False)) == [
        getattr(accord, name) for name in PUBLIC_FIELDS
    ]
    # The indexes are slots of their own base, and nothing else is a slot beside the fields.
    assert index_slots(Agreement) == sorted(_Indexes.__slots__)


def test_the_indexes_cannot_be_set_or_deleted(accord: Agreement) -> None:
    for name in index_slots(Agreement):
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            setattr(accord, name, {})
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            delattr(accord, name)
    assert accord.state("MA").code == "MA"


def _indexes(accord: Agreement) -> dict[str, Any]:
    return {name: getattr(accord, name) for name in index_slots(Agreement)}


def test_evolve_builds_the_indexes_again(accord: Agreement) -> None:
    accord.find("Rabat")  # the search index is built on the first find()
    assert accord._search_index is not None
    fewer = attrs.evolve(accord, commitments=accord.commitments[:1])
    assert fewer._search_index is None
    assert set(fewer._commitments) == {accord.commitments[0].id}
    assert sum(map(len, fewer._by_domain.values())) == len(accord.commitments[0].domains)
    assert fewer.commitments_of("security-follow-up-committee") == ()
    with pytest.raises(UnknownIdError):
        fewer.commitment(accord.commitments[1].id)
    assert _indexes(attrs.evolve(accord)) == {**_indexes(accord), "_search_index": None}


@pytest.mark.parametrize(
    "again",
    [
        lambda accord: pickle.loads(pickle.dumps(accord)),
        copy.copy,
        copy.deepcopy,
    ],
    ids=["pickle", "copy", "deepcopy"],
)
def test_a_pickled_or_copied_accord_has_its_indexes(accord: Agreement, again: Any) -> None:
    accord.find("Rabat")
    copied = again(accord)
    assert copied == accord
    assert hash(copied) == hash(accord)
    # Built again (the search index on the first find(), as on a loaded accord).
    assert _indexes(copied) == {**_indexes(accord), "_search_index": None}
    assert copied.find("Rabat") == accord.find("Rabat")


def test_the_accords_repr_counts_its_parts(accord: Agreement) -> None:
    assert repr(accord) == (
        "<Agreement 'rabat-2013': 5 states, 5 ministers, 10 bodies, 10 meetings, 33 commitments>"
    )
    fewer = attrs.evolve(accord, id="fewer", meetings=accord.meetings[:1], commitments=())
    assert repr(fewer) == (
        "<Agreement 'fewer': 5 states, 5 ministers, 10 bodies, 1 meeting, 0 commitments>"
    )


@settings(max_examples=25)
@given(ms.agreements())
def test_any_accords_repr_is_short_and_counts_its_parts(accord: Agreement) -> None:
    shown = re.fullmatch(
        r"<Agreement '([a-z0-9-]+)': (\d+) states?, (\d+) ministers?, (\d+) bod(?:y|ies),"
        r" (\d+) meetings?, (\d+) commitments?>",
        repr(accord),
    )
    assert shown is not None, repr(accord)
    parts = (accord.states, accord.ministers, accord.bodies, accord.meetings, accord.commitments)
    assert shown.groups() == (accord.id, *(str(len(found)) for found in parts))


def test_state_codes_are_case_insensitive(accord: Agreement) -> None:
    assert accord.state("ma") is accord.state("MA") is accord.state("Ma")
    assert accord.minister_of("dz").name.fr == "Dahou Ould Kablia"


@pytest.mark.parametrize(
    ("query", "argument", "message"),
    [
        (
            "state",
            "EG",
            "no state with code 'EG'; did you mean one of 'MA', 'DZ', 'TN', 'LY', 'MR'?",
        ),
        ("state", "MAR", "no state with code 'MAR'; did you mean one of 'MA', 'MR'?"),
        (
            "minister_of",
            "FR",
            "no state with code 'FR'; did you mean one of 'MA', 'DZ', 'TN', 'LY', 'MR'?",
        ),
        ("minister", "laenser", "no minister with id 'laenser'; did you mean 'mohand-laenser'?"),
        ("minister", "Lotfi", "no minister with id 'Lotfi'; did you mean 'lotfi-ben-jeddou'?"),
        ("minister", "tn", "no minister with id 'tn'; did you mean 'lotfi-ben-jeddou'?"),
        ("minister", "nobody", "no minister with id 'nobody'"),
        (
            "minister",
            "ould",
            "no minister with id 'ould'; did you mean one of"
            " 'dahou-ould-kablia', 'mohamed-ould-boilil'?",
        ),
        ("body", "of", "no body with id 'of'"),
        ("meeting", "1", "no meeting with id '1'"),
        ("commitment", "and", "no commitment with id 'and'"),
        (
            "body",
            "committee",
            "no body with id 'committee'; did you mean 'security-follow-up-committee'?",
        ),
        (
            "body",
            "follow-up-committee",
            "no body with id 'follow-up-committee'; did you mean 'security-follow-up-committee'?",
        ),
        (
            "meeting",
            "rabat",
            "no meeting with id 'rabat'; did you mean one of 'rabat-2013', 'rabat-2013-experts'?",
        ),
        (
            "commitment",
            "condemn-terorism",
            "no commitment with id 'condemn-terorism'; did you mean 'condemn-terrorism'?",
        ),
        ("source", "le-matin", "no source with id 'le-matin'"),
        (
            "commitment",
            "extradite-terrorist",
            "no commitment with id 'extradite-terrorist'; did you mean 'extradite-terrorists'?",
        ),
        (
            "commitments_about",
            "terorism",
            "no domain with id 'terorism'; did you mean 'terrorism'?",
        ),
        (
            "commitments_of",
            "council",
            "no body with id 'council'; did you mean 'council-of-interior-ministers'?",
        ),
        ("sub_bodies", "union", "no body with id 'union'; did you mean 'arab-maghreb-union'?"),
    ],
)
def test_unknown_ids_name_the_id_and_the_closest_ones(
    accord: Agreement, query: str, argument: str, message: str
) -> None:
    with pytest.raises(UnknownIdError) as caught:
        getattr(accord, query)(argument)
    assert str(caught.value) == message
    assert caught.value.id == argument
    assert isinstance(caught.value, LookupError)
    assert isinstance(caught.value, maghreb_accord.AccordError)


def test_unknown_id_error_keeps_its_suggestions(accord: Agreement) -> None:
    with pytest.raises(UnknownIdError) as caught:
        accord.body("security-follow-up")
    assert caught.value.kind == "body"
    assert caught.value.suggestions[0] == "security-follow-up-committee"
    again = pickle.loads(pickle.dumps(caught.value))
    assert (again.id, again.kind, again.suggestions) == (
        caught.value.id,
        caught.value.kind,
        caught.value.suggestions,
    )


def test_non_string_ids_are_type_errors_as_non_dates_are(accord: Agreement) -> None:
    # As a str where a date is expected: the wrong type is named, not looked up.
    with pytest.raises(TypeError, match=r"^a body id must be a str, got 3 \(an int\)$"):
        accord.body(3)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^a state code must be a str, got None "):
        accord.state(None)  # type: ignore[arg-type]


def test_queries_agree_with_a_scan_of_the_tuples(accord: Agreement) -> None:
    assert_queries_agree_with_a_scan(accord)


def test_the_main_meeting_is_the_one_named_by_meeting_id(accord: Agreement) -> None:
    assert accord.meeting_id == "rabat-2013"
    assert accord.main_meeting is accord.meeting("rabat-2013")


def test_building_an_inconsistent_agreement_in_python_raises(accord: Agreement) -> None:
    with pytest.raises(AccordDataError) as caught:
        attrs.evolve(accord, meeting_id="nowhere")
    assert [str(p) for p in caught.value.problems] == [
        "$.meeting: no meeting 'nowhere' in this accord"
    ]
    with pytest.raises(AccordDataError, match=r"\$\.commitments\[1\]\.id: duplicate id"):
        attrs.evolve(accord, commitments=accord.commitments[:1] * 2)


def test_building_with_wrong_types_in_python_raises_data_errors() -> None:
    with pytest.raises(AccordDataError) as caught:
        Commitment(
            id="x",
            kind="call",  # type: ignore[arg-type]
            text=Label(ar="نص", fr="texte"),
            said_by=Statement.FINAL_STATEMENT,
            axis="terrorism-organized-crime",
            domains={Domain.TERRORISM},  # type: ignore[arg-type]
            responsible=["council"],  # type: ignore[arg-type]
            parties=("MA",),
            sources=(SourceRef(source="s"),),
        )
    assert [str(p) for p in caught.value.problems] == [
        "$.domains: expected a frozenset of Domain, got {<Domain.TERRORISM: 'terrorism'>} (set)",
        "$.kind: expected a CommitmentKind, got 'call' (str)",
        "$.responsible: expected a tuple of body ids, got ['council'] (list)",
    ]


def test_a_valid_commitment_can_be_built_in_python() -> None:
    commitment = Commitment(
        id="x",
        kind=CommitmentKind.CALL,
        text=Label(ar="نص", fr="texte"),
        said_by=Statement.FINAL_STATEMENT,
        axis="terrorism-organized-crime",
        domains=frozenset({Domain.TERRORISM}),
        responsible=(),
        parties=("MA",),
        sources=(SourceRef(source="s"),),
    )
    assert commitment.deadline is None


@pytest.mark.parametrize(
    ("interval", "unit", "ar", "fr"),
    [
        (1, CadenceUnit.MONTH, "مرة كل شهر", "une fois par mois"),
        (2, CadenceUnit.MONTH, "مرة كل شهرين", "une fois tous les deux mois"),
        (3, CadenceUnit.MONTH, "مرة كل ثلاثة أشهر", "une fois tous les trois mois"),
        (10, CadenceUnit.MONTH, "مرة كل عشرة أشهر", "une fois tous les dix mois"),
        (18, CadenceUnit.MONTH, "مرة كل 18 شهرا", "une fois tous les 18 mois"),
        (1, CadenceUnit.YEAR, "مرة كل سنة", "une fois par an"),
        (2, CadenceUnit.YEAR, "مرة كل سنتين", "une fois tous les deux ans"),
        (5, CadenceUnit.YEAR, "مرة كل خمس سنوات", "une fois tous les cinq ans"),
        (100, CadenceUnit.YEAR, "مرة كل 100 سنة", "une fois tous les 100 ans"),
    ],
)
def test_cadence_labels(interval: int, unit: CadenceUnit, ar: str, fr: str) -> None:
    assert Cadence(interval=interval, unit=unit).label == Label(ar=ar, fr=fr)


def test_a_body_cannot_be_its_own_parent() -> None:
    with pytest.raises(AccordDataError, match="cannot be its own parent"):
        Body(
            id="b",
            name=Label(ar="هيئة", fr="organe"),
            kind=BodyKind.COMMITTEE,
            parent="b",
            domains=frozenset(),
            sources=(SourceRef(source="s"),),
        )


def test_a_state_may_have_several_ministers(accord: Agreement) -> None:
    deputy = attrs.evolve(
        accord.minister_of("DZ"), id="deputy", role=maghreb_accord.Role.PARTICIPANT
    )
    larger = attrs.evolve(accord, ministers=(*accord.ministers, deputy))
    assert [m.id for m in larger.ministers_of("dz")] == ["dahou-ould-kablia", "deputy"]
    with pytest.raises(maghreb_accord.AmbiguousError) as caught:
        larger.minister_of("dz")
    error = caught.value
    assert str(error) == (
        "more than one minister for the state with code 'DZ': 'dahou-ould-kablia', 'deputy';"
        " ministers_of('DZ') gives them all"
    )
    assert (error.id, error.key, error.matches) == (
        "DZ",
        "code",
        ("dahou-ould-kablia", "deputy"),
    )
    assert isinstance(error, LookupError)
    assert isinstance(error, maghreb_accord.AccordError)
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is maghreb_accord.AmbiguousError
    assert (again.id, again.kind, again.matches, again.key, str(again)) == (
        error.id,
        error.kind,
        error.matches,
        error.key,
        str(error),
    )
    # The other states keep their one minister.
    assert larger.minister_of("MA") is accord.minister_of("MA")
    assert_queries_agree_with_a_scan(larger)


def test_a_state_may_have_no_minister(accord: Agreement) -> None:
    # Rabat's attendance names the Mauritanian minister: without him, nobody is named.
    meetings = tuple(
        attrs.evolve(
            meeting,
            attendance=tuple(
                attrs.evolve(row, minister=None) if row.state == "MR" else row
                for row in meeting.attendance
            ),
        )
        for meeting in accord.meetings
    )
    fewer = attrs.evolve(
        accord,
        ministers=tuple(m for m in accord.ministers if m.state != "MR"),
        meetings=meetings,
    )
    assert fewer.ministers_of("MR") == ()
    with pytest.raises(UnknownIdError, match="no minister for the state with code 'MR'"):
        fewer.minister_of("mr")
    with pytest.raises(UnknownIdError, match="no state with code 'EG'"):
        fewer.ministers_of("EG")


def _every_ref(value: object) -> list[SourceRef]:
    """Every SourceRef inside ``value``, found by walking every field of every object."""
    if isinstance(value, SourceRef):
        return [value]
    if isinstance(value, tuple | frozenset | list):
        return [ref for item in value for ref in _every_ref(item)]
    if attrs.has(type(value)):
        fields = attrs.fields(type(value))  # type: ignore[arg-type]
        return [ref for f in fields for ref in _every_ref(getattr(value, f.name))]
    return []


def _replace(value: Any, old: SourceRef, new: SourceRef) -> Any:
    """``value`` with the one reference ``old`` (by identity) replaced by ``new``."""
    if value is old:
        return new
    if isinstance(value, tuple):
        return tuple(_replace(item, old, new) for item in value)
    if isinstance(value, frozenset) or not attrs.has(type(value)):
        return value
    changes = {
        f.name: _replace(getattr(value, f.name), old, new) for f in attrs.fields(type(value))
    }
    return attrs.evolve(value, **changes)


@settings(max_examples=50)
@given(ms.agreements(), st.data())
def test_the_quote_check_visits_every_source_reference(
    accord: Agreement, data: st.DataObject
) -> None:
    # A spelling's reference is its spelling too (checked by AttestedName): leave those.
    spellings = [
        *(n for minister in accord.ministers for n in minister.attested_names),
        *(n for person in accord.people for n in person.attested_names),
        *(n for participant in accord.participants for n in participant.attested_names),
    ]
    spelled = {id(n.source) for n in spellings}
    refs = [ref for ref in _every_ref(accord) if id(ref) not in spelled]
    old = data.draw(st.sampled_from(refs))
    source = accord.source(old.source)
    if source.text is None:  # a quote of a source with no text
        new, code = SourceRef(source=old.source, quote="x", start=0, end=1), "no-text-to-quote"
    else:  # a quote that is not the text at its offsets
        quote = "\u0632" * (len(source.text) + 1)
        new, code = SourceRef(source=old.source, quote=quote, start=0, end=len(quote)), "quote"
    fields = attrs.asdict(accord, recurse=False)
    with pytest.raises(AccordDataError) as caught:
        Agreement(**{name: _replace(value, old, new) for name, value in fields.items()})
    assert [problem.code for problem in caught.value.problems] == [code]
    assert caught.value.problems[0].subject == source.id


def test_an_ambiguous_error_lists_at_most_fifty_matches() -> None:
    error = maghreb_accord.AmbiguousError("x", "thing", [f"id-{n}" for n in range(60)])
    assert str(error).endswith("'id-49' and 10 more")
    assert len(error.matches) == 60
    assert error.hint is None


def test_states_at_reads_a_level_in_any_case_and_names_the_closest_for_another() -> None:
    meeting = maghreb_accord.load().meeting("nouakchott-2015")
    assert meeting.states_at("MINISTER") == meeting.states_at(maghreb_accord.Level.MINISTER)
    with pytest.raises(maghreb_accord.UnknownIdError) as raised:
        meeting.states_at("ministre")
    assert str(raised.value) == "no level with id 'ministre'; did you mean 'minister'?"
    assert raised.value.kind == "level"
