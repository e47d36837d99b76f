"""The record after Rabat, fact-checked (issue 14): each fix pinned with the words it rests on."""

from __future__ import annotations

import pytest

import maghreb_accord
from maghreb_accord import Agreement, Attendance, Dispute, Level, Meeting

MARAABI = "almaraabimedias-2015-04-belaiz"
AFRIGATE = "afrigatenews-dabbashi-2015"


def row(meeting: Meeting, state: str, person: str | None = None) -> Attendance:
    rows = [
        a for a in meeting.attendance if a.state == state and (person is None or a.person == person)
    ]
    assert len(rows) == 1, (meeting.id, state, person, rows)
    return rows[0]


def excerpts(refs: tuple[object, ...]) -> set[tuple[str, str | None]]:
    return {(ref.source, ref.excerpt) for ref in refs}  # type: ignore[attr-defined]


def dissent_from(disputes: tuple[Dispute, ...], source: str) -> Dispute:
    found = [d for d in disputes if any(ref.source == source for ref in d.dissent_by)]
    assert len(found) == 1, found
    return found[0]


# 2. Al Maraabi Medias says every other state sent its minister, then names a secretary of state.


@pytest.mark.parametrize("state", ["TN", "LY"])
def test_the_all_ministers_claim_is_a_dissent_on_the_level(accord: Agreement, state: str) -> None:
    attendance = row(accord.meeting("nouakchott-2015"), state)
    assert attendance.level is not Level.MINISTER
    dispute = dissent_from(attendance.disputes, MARAABI)
    assert dispute.about == "level"
    assert excerpts(dispute.dissent_by) == {
        (MARAABI, "بينما مثلت دول المغرب العربي الأخرى بوزراء داخليتها")
    }
    assert dispute.dissent.fr == "ministre de l'Intérieur"
    assert "contredit" in dispute.note.fr


def test_the_page_that_dissents_names_the_tunisian_secretary_of_state(accord: Agreement) -> None:
    dispute = dissent_from(row(accord.meeting("nouakchott-2015"), "TN").disputes, MARAABI)
    assert (
        MARAABI,
        "فيما أوفدت تونس السيد رفيق بن محمد الهادي الشلي كاتب الدولة لدى وزير الداخلية التونسي المكلف بالأمن",
    ) in excerpts(dispute.adopted_by)


# 3. Afrigate News: the whole sentence on the results reviewed, and the opening that dates it.

RESULTS = (
    "كما تم استعراض نتائج الاجتماع الأول للجنة المتابعة في مجال الأمن، وفريقي العمل المكلفين"
    " على التوالي بمكافحة الهجرة غير الشرعية، وبالحماية المدنية."
)
OPENING = (
    "قال مصطفى عمر الدباشي وكيل وزارة الداخلية الليبية والمكلف بتسيير أعمال الوزارة، إن اجتماع"
    " الدورة الخامسة لوزراء الداخلية لدول المغرب العربي، بنواكشوط، ناقش الوضع الأمني في الدول"
    " المغاربية وجوارها الإقليمي."
)


def test_the_illegal_migration_meeting_quotes_the_whole_sentence_and_is_an_inference(
    accord: Agreement,
) -> None:
    meeting = accord.meeting("illegal-migration-working-group-1")
    assert {(AFRIGATE, RESULTS), (AFRIGATE, OPENING)} <= excerpts(meeting.sources)
    assert meeting.note is not None
    assert "« résultats »" in meeting.note.fr
    assert "déduction" in meeting.note.fr


@pytest.mark.parametrize(
    "refs",
    [
        lambda a: a.meeting("illegal-migration-working-group-1").sources,
        lambda a: a.meeting("civil-protection-working-group-2015").sources,
        lambda a: a.body("illegal-migration-working-group").sources,
    ],
)
def test_no_citation_keeps_the_tail_of_the_sentence(accord: Agreement, refs: object) -> None:
    cited = [ref.excerpt for ref in refs(accord) if ref.source == AFRIGATE]  # type: ignore[operator]
    assert RESULTS in cited
    assert all(excerpt in (RESULTS, OPENING) for excerpt in cited)


def test_the_committee_first_meeting_cites_only_pages_that_name_rabat(accord: Agreement) -> None:
    # Afrigate News also says the meeting's results were reviewed, but names no place; the
    # meeting's outside sources are pinned to pages naming Rabat (test_provenance).
    meeting = accord.meeting("security-follow-up-committee-1")
    assert AFRIGATE not in {ref.source for ref in meeting.sources}


# 4. The civil-protection group's "mandate" was the aim of its third meeting.

AIM = (
    "ويهدف اللقاء -بحسب الوكالة الموريتانية للأنباء- إلى تمكين المؤسسات المعنية بالحماية المدنية"
    " في دول المغرب العربي من تعزيز التنسيق والتعاون وتبادل المعلومات حول آخر المستجدات في مجالات"
    " تدخل أجهزة الحماية المدنية"
)


def test_the_aim_of_the_third_meeting_is_not_the_groups_mandate(accord: Agreement) -> None:
    group = accord.body("civil-protection-working-group")
    assert group.mandate is None
    assert group.note is not None
    assert "troisième réunion" in group.note.fr
    meeting = accord.meeting("civil-protection-working-group-3")
    assert ("mauriweb-1773", AIM) in excerpts(meeting.sources)
    assert meeting.note is not None
    assert "le but de la réunion" in meeting.note.fr


# 5. Working-group delegations: the rank is not known unless a cited page names the member.

WORKING_GROUP_MEETINGS = (
    "civil-protection-working-group-2015",
    "civil-protection-working-group-2",
    "civil-protection-working-group-3",
)
NAMED = {
    ("civil-protection-working-group-2015", "MR"): {"mohamed-el-moustapha-mohamed-salem"},
    ("civil-protection-working-group-2", "MR"): {"ahmed-ould-dieh"},
    ("civil-protection-working-group-3", "DZ"): {"guerrache-doudah", "boughlaf-boualem"},
    ("civil-protection-working-group-3", "MR"): {"babe-ould-boumeiss"},
}


@pytest.mark.parametrize("meeting_id", WORKING_GROUP_MEETINGS)
def test_an_unnamed_delegation_has_no_known_rank(accord: Agreement, meeting_id: str) -> None:
    meeting = accord.meeting(meeting_id)
    assert {a.state for a in meeting.attendance} == {"DZ", "LY", "MA", "MR", "TN"}
    for attendance in meeting.attendance:
        named = NAMED.get((meeting_id, attendance.state), set())
        if attendance.person is None:
            assert not named, (meeting_id, attendance.state)
            assert attendance.level is Level.NOT_KNOWN
            assert attendance.note is not None
            assert "aucune source citée" in attendance.note.fr
        else:
            assert attendance.person in named
            assert attendance.level is not Level.NOT_KNOWN
            assert attendance.office is not None


@pytest.mark.parametrize(
    ("meeting_id", "person", "source", "excerpt"),
    [
        (
            "civil-protection-working-group-2015",
            "mohamed-el-moustapha-mohamed-salem",
            "elmiraat-31455",
            "محمد المصطفى محمد سالم مكلف بمهمة في وزارة الداخلية واللامركزية",
        ),
        (
            "civil-protection-working-group-2",
            "ahmed-ould-dieh",
            "alyementoday-cp-wg",
            "وأكد السيد أحمد ولد الديه، مكلف بمهمة في وزارة الداخلية واللامركزية",
        ),
        (
            "civil-protection-working-group-3",
            "babe-ould-boumeiss",
            "mauriweb-1773",
            "وقال الأمين العام لوزارة الداخلية الموريتانية السيد بابه ولد بوميس إن لقاء نواكشوط"
            " الذي يدوم يومين",
        ),
        (
            "civil-protection-working-group-3",
            "guerrache-doudah",
            "allafrica-201612140738",
            "l'Algérie est représentée par les colonels Guerrache Doudah, directeur des études à la"
            " Direction générale de la protection civile (DGPC) et Boughlaf Boualem, inspecteur à"
            " la même direction",
        ),
        (
            "civil-protection-working-group-3",
            "boughlaf-boualem",
            "allafrica-201612140738",
            "l'Algérie est représentée par les colonels Guerrache Doudah, directeur des études à la"
            " Direction générale de la protection civile (DGPC) et Boughlaf Boualem, inspecteur à"
            " la même direction",
        ),
    ],
)
def test_a_named_member_stands_on_the_page_that_names_him(
    accord: Agreement, meeting_id: str, person: str, source: str, excerpt: str
) -> None:
    attendance = next(a for a in accord.meeting(meeting_id).attendance if a.person == person)
    assert (source, excerpt) in excerpts(attendance.sources)
    named = accord.person(person)
    assert any(
        attested.source.source == source and attested.name in excerpt
        for attested in named.attested_names
    )


def test_the_host_secretary_general_is_at_that_level(accord: Agreement) -> None:
    attendance = row(accord.meeting("civil-protection-working-group-3"), "MR")
    assert attendance.level is Level.SECRETARY_GENERAL


# 6. The working groups' parent is a structured dispute, not prose only.

GROUPS_OF_2016 = (
    "civil-protection-working-group",
    "terrorism-organised-crime-working-group",
    "human-trafficking-illegal-migration-working-group",
    "drugs-working-group",
)


@pytest.mark.parametrize("body_id", GROUPS_OF_2016)
def test_the_parent_of_a_working_group_is_disputed(accord: Agreement, body_id: str) -> None:
    group = accord.body(body_id)
    (dispute,) = [d for d in group.disputes if d.about == "parent"]
    assert group.parent == "security-follow-up-committee"
    assert dispute.adopted.fr == accord.body("security-follow-up-committee").name.fr
    assert dispute.dissent.fr == accord.body("council-of-interior-ministers").name.fr
    adopted = {ref.excerpt or ref.quote or "" for ref in dispute.adopted_by}
    assert any("واجتماعات فرق العمل التابعة لها" in words for words in adopted)
    assert any(words.startswith("فرقها") for words in adopted)
    dissent = {ref.excerpt or "" for ref in dispute.dissent_by}
    assert any("العاملة في نطاق المجلس" in words for words in dissent)
    assert any("أقر اجتماع وزراء داخلية" in words and "4 فرق عمل" in words for words in dissent)
    assert "specialised-security-sub-teams" in dispute.note.fr
    assert "ouverte" in dispute.note.fr


def test_almaghribtoday_makes_the_civil_protection_group_the_councils(accord: Agreement) -> None:
    (dispute,) = accord.body("civil-protection-working-group").disputes
    assert any("المنبثق عن مجلس وزراء داخلية" in (ref.excerpt or "") for ref in dispute.dissent_by)


# 7. Latin spellings printed by pages about these men.


@pytest.mark.parametrize(
    ("person", "spelling", "source", "excerpt"),
    [
        (
            "noureddine-bedoui",
            "Noureddine Bedoui",
            "djazairess-lnr-253322",
            "le ministre algérien de l'Intérieur et des Collectivités locales, Noureddine Bedoui"
            " a appelé lundi à Tunis",
        ),
        (
            "abdessalam-kajman",
            "Abdelssalam Kajman",
            "tdg-kajman-syrte",
            "Abdelssalam Kajman, vice-premier ministre du gouvernement d'union nationale et membre"
            " du Conseil présidentiel",
        ),
    ],
)
def test_a_latin_spelling_is_attested(
    accord: Agreement, person: str, spelling: str, source: str, excerpt: str
) -> None:
    someone = accord.person(person)
    assert (spelling, source, excerpt) in {
        (n.name, n.source.source, n.source.excerpt) for n in someone.attested_names
    }
    assert someone.note is not None
    assert "Aucune page trouvée" not in someone.note.fr
    assert accord.find(spelling)[0].entity is someone


# 8. The Algerian minister who stayed away, in a spelling a cited page prints.


def test_the_absent_minister_is_named_as_printed(accord: Agreement) -> None:
    attendance = row(accord.meeting("nouakchott-2015"), "DZ")
    assert attendance.note is not None
    assert "Tayeb Bélaiz" in attendance.note.fr
    assert "Belaïz" not in attendance.note.fr
    assert (MARAABI, "“الطيب بلعيز” يغيب عن اجتماع وزراء الداخلية بنواكشوط") in excerpts(
        attendance.sources
    )
    printed = {ref.excerpt for ref in attendance.sources}
    assert any("Tayeb Bélaiz" in (words or "") for words in printed)


# 9. Amicinfo backs the secretaries general only by elimination.


def test_amicinfo_supports_the_algerian_level_by_elimination(accord: Agreement) -> None:
    (dispute,) = [
        d for d in row(accord.meeting("nouakchott-2015"), "DZ").disputes if d.about == "level"
    ]
    assert "amicinfo-8296" in {ref.source for ref in dispute.adopted_by}
    assert len(dispute.adopted_by) == 3
    assert "Trois pages" not in dispute.note.fr
    assert "par élimination" in dispute.note.fr


def test_amicinfo_supports_the_libyan_dissent_by_elimination(accord: Agreement) -> None:
    dispute = dissent_from(row(accord.meeting("nouakchott-2015"), "LY").disputes, "amicinfo-8296")
    assert "par élimination" in dispute.note.fr


# 10. Rabat 2013, Tunisia: one dispatch, not two; the Riyadh session cited.


def test_the_tunisian_delegate_dispute_counts_one_dispatch(accord: Agreement) -> None:
    attendance = row(accord.meeting("rabat-2013"), "TN")
    (dispute,) = attendance.disputes
    assert "deux autres comptes rendus" not in dispute.note.fr
    assert "une seule dépêche" in dispute.note.fr
    assert "ne donne que le nom" in dispute.note.fr
    assert "notre traduction" in dispute.note.fr
    riyadh = [ref for ref in attendance.sources if ref.source == "directinfo-2013-03-15-riyadh"]
    assert len(riyadh) == 1
    assert "conduite par Noureddine Bhiri" in (riyadh[0].excerpt or "")
    assert "tenue à Ryadh" in (riyadh[0].excerpt or "")


# 11. Inferences marked as such.


def test_the_second_meetings_year_and_al_yemen_today_are_inferences(accord: Agreement) -> None:
    meeting = accord.meeting("civil-protection-working-group-2")
    assert meeting.note is not None
    assert "l'année est une déduction" in meeting.note.fr
    assert "Al Yemen Today" in meeting.note.fr
    assert (
        "djazairess-aps-428708",
        "لمجلس وزراء الداخلية لدول الاتحاد المغرب العربي في دورته المقبلة المقررة في 25 ابريل الجاري بتونس",
    ) in excerpts(meeting.sources)


@pytest.mark.parametrize("source_id", ["saharamedias-18028", "alyementoday-cp-wg"])
def test_an_undated_page_is_not_described_as_of_2016(accord: Agreement, source_id: str) -> None:
    source = accord.source(source_id)
    assert source.date is None
    assert "(2016)" not in source.description.fr
    assert "non datée" in source.description.fr


# 12. The follow-up committee is a « commission » in French, everywhere.


def test_no_french_label_calls_the_committee_a_comite(accord: Agreement) -> None:
    assert "comité" not in maghreb_accord.dumps(accord).lower()
    # Nor does the library's own word for the kind of body it is.
    assert maghreb_accord.BodyKind.COMMITTEE.label.fr == "commission"
    assert "comité" not in maghreb_accord.summary(accord, "fr").lower()
    meeting = accord.meeting("security-follow-up-committee-2")
    assert meeting.name.fr == "Deuxième réunion de la commission de suivi sécuritaire"
    assert meeting.note is not None
    assert "nom français de la réunion est de nous" in meeting.note.fr


# 13. French office titles stand on a cited page, or say what is ours.


@pytest.mark.parametrize(
    ("meeting_id", "state", "source", "excerpt"),
    [
        (
            "nouakchott-2015",
            "TN",
            "kapitalis-rafik-chelli",
            "Rafik Chelli, secrétaire d’Etat auprès du ministre de l’Intérieur chargé de la Sécurité",
        ),
        (
            "tunis-2016",
            "MA",
            "atlasinfo-a69280",
            "La délégation marocaine à cette réunion était conduite par le ministre délégué auprès"
            " du ministre de l’Intérieur, Cherki Drais",
        ),
        (
            "tunis-2016",
            "DZ",
            "djazairess-lnr-253322",
            "le ministre algérien de l'Intérieur et des Collectivités locales, Noureddine Bedoui"
            " a appelé lundi à Tunis",
        ),
    ],
)
def test_a_french_office_is_cited_on_its_row(
    accord: Agreement, meeting_id: str, state: str, source: str, excerpt: str
) -> None:
    attendance = row(accord.meeting(meeting_id), state)
    assert (source, excerpt) in excerpts(attendance.sources)
    assert attendance.office is not None
    # Our spelling: the accent of «État» (its row's note says so), straight apostrophes.
    office = attendance.office.fr.replace("d'État", "d'Etat")
    printed = excerpt.replace("’", "'")
    assert office in printed or office.replace("ministre de", "ministre algérien de") in printed


# 14. The Algerian civil-protection page carries the APS dispatch's date.


def test_the_civil_protection_page_date_is_the_dispatchs(accord: Agreement) -> None:
    source = accord.source("protectioncivile-dz-347")
    assert str(source.date) == "2016-12-14"
    assert "la date est celle de la dépêche de l'APS" in source.description.fr
