"""The record after Rabat, as data (issue 14, items 1-2): every recorded meeting, who came
at what level, the people, and what the sources leave open.

Each meeting is pinned whole (id, body, date as precise as the data says, place, session
number, status) with the excerpt it stands on; where ``reference/record.md`` (part B) quotes
the same page, its words are checked to be in the reference and in the cited excerpt.
"""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import NamedTuple

import pytest

from maghreb_accord import Agreement, Between, Day, Level, Meeting, MeetingStatus, Month, When

RECORD = Path(__file__).resolve().parents[2] / "shared" / "reference" / "record.md"

D = datetime.date
COUNCIL = "council-of-interior-ministers"
COMMITTEE = "security-follow-up-committee"
CIVIL_PROTECTION = "civil-protection-working-group"


class Recorded(NamedTuple):
    """A meeting as the data records it: the whole answer a reader gets."""

    id: str
    body: str
    when: When
    city: str | None
    state: str | None
    session: int | None
    status: MeetingStatus


class Cited(NamedTuple):
    """The excerpt a meeting stands on, and the words record.md quotes from that page."""

    source: str
    excerpt: str
    reference: str | None  # None: the fact is not in part B of record.md


def recorded(meeting: Meeting) -> Recorded:
    venue = meeting.venue
    return Recorded(
        id=meeting.id,
        body=meeting.body,
        when=meeting.when,
        city=venue.city.fr if venue is not None and venue.city is not None else None,
        state=venue.state if venue is not None else None,
        session=meeting.session,
        status=meeting.status,
    )


HELD = MeetingStatus.HELD

# Every recorded meeting, by its first possible day, then its last (as meetings_of() orders
# them), with the excerpt it stands on.
MEETINGS: list[tuple[Recorded, Cited]] = [
    (
        Recorded(
            "rabat-2013-experts",
            "maghreb-interior-experts",
            Day(date=D(2013, 4, 20)),
            "Rabat",
            "MA",
            None,
            HELD,
        ),
        Cited(
            "sn-sn-8219094",
            "Préparés, samedi, lors d'une réunion au niveau des experts, les travaux qui se sont"
            " déroulés à huis clos ont été sanctionnés par une déclaration finale",
            None,
        ),
    ),
    (
        Recorded("rabat-2013", COUNCIL, Day(date=D(2013, 4, 21)), "Rabat", "MA", None, HELD),
        Cited(
            "ccme-2013-rabat-meeting",
            "Les ministres de l’intérieur de l’Union du Maghreb Arabe (UMA), réunis à Rabat le"
            " 21 avril 2013",
            None,
        ),
    ),
    (
        Recorded(
            "illegal-migration-working-group-1",
            "illegal-migration-working-group",
            Between(not_before=D(2013, 4, 21), not_after=D(2015, 4, 30)),
            None,
            None,
            None,
            HELD,
        ),
        Cited(
            "afrigatenews-dabbashi-2015",
            "وفريقي العمل المكلفين على التوالي بمكافحة الهجرة غير الشرعية، وبالحماية المدنية.",
            None,
        ),
    ),
    (
        Recorded(
            "security-follow-up-committee-1",
            COMMITTEE,
            Month(year=2013, month=10),
            "Rabat",
            "MA",
            1,
            HELD,
        ),
        Cited(
            "almaghribtoday-cp-wg-2",
            "والاجتماع الأول للجنة المتابعة في المجال الأمني ( الرباط -25-25 أكتوبر 2013 )",
            "الاجتماع الأول للجنة المتابعة في المجال الأمني ( الرباط -25-25 أكتوبر 2013 )",
        ),
    ),
    (
        Recorded(
            "security-follow-up-committee-2",
            COMMITTEE,
            Between(not_before=D(2013, 10, 1), not_after=D(2016, 4, 25)),
            None,
            None,
            2,
            HELD,
        ),
        Cited(
            "sauress-alwatan-261659",
            "كما وقَّع الوزراء بنود استعراض نتائج الاجتماع الثاني للجنة المتابعة في مجال الأمن"
            " واجتماعات فرق العمل التابعة لها",
            "استعراض نتائج الاجتماع الثاني للجنة المتابعة في مجال الأمن",
        ),
    ),
    (
        Recorded(
            "civil-protection-working-group-2015",
            CIVIL_PROTECTION,
            Month(year=2015, month=4),
            "Nouakchott",
            "MR",
            None,
            HELD,
        ),
        Cited(
            "elmiraat-31455",
            "ورفع توصيات اللقاء إلى اجتماع وزراء داخلية دول المغرب العربي المقرر بداية الأسبوع"
            " القادم في نواكشوط",
            "ورفع توصيات اللقاء إلى اجتماع وزراء داخلية دول المغرب العربي المقرر بداية الأسبوع"
            " القادم في نواكشوط",
        ),
    ),
    (
        Recorded("nouakchott-2015", COUNCIL, Day(date=D(2015, 4, 30)), "Nouakchott", "MR", 5, HELD),
        Cited(
            "almasryalyoum-720857",
            "بدأت، الخميس، في العاصمة الموريتانية، نواكشوط، أعمال الدورة الخامسة لوزراء الداخلية"
            " في اتحاد المغرب العربي",
            "بدأت، الخميس، في العاصمة الموريتانية، نواكشوط، أعمال الدورة الخامسة لوزراء الداخلية"
            " في اتحاد المغرب العربي",
        ),
    ),
    (
        Recorded(
            "civil-protection-working-group-2",
            CIVIL_PROTECTION,
            Month(year=2016, month=4),
            "Nouakchott",
            "MR",
            2,
            HELD,
        ),
        Cited(
            "djazairess-aps-428708",
            "أوصى المشاركون في الاجتماع الثاني لفريق العمل المغاربي المكلف بالحماية المدنية مساء"
            " يوم الثلاثاء في نواكشوط",
            "الاجتماع الثاني لفريق العمل المغاربي المكلف بالحماية المدنية",
        ),
    ),
    (
        Recorded("tunis-2016", COUNCIL, Day(date=D(2016, 4, 25)), "Tunis", "TN", 6, HELD),
        Cited(
            "maghress-lakome-43587",
            "أقر اجتماع وزراء داخلية دول اتحاد المغرب العربي في دورته السادسة المنعقدة بالعاصمة"
            " تونس اليوم الإثنين، 4 فرق عمل",
            "أقر اجتماع وزراء داخلية دول اتحاد المغرب العربي في دورته السادسة المنعقدة بالعاصمة"
            " تونس اليوم الإثنين، 4 فرق عمل",
        ),
    ),
    (
        Recorded(
            "civil-protection-working-group-3",
            CIVIL_PROTECTION,
            Month(year=2016, month=12),
            "Nouakchott",
            "MR",
            3,
            HELD,
        ),
        Cited(
            "mauriweb-1773",
            "بدأ اليوم الثلاثاء في نواكشوط الاجتماع الثالث لفريق العمل المغاربي المكلف بالحماية"
            " المدنية",
            "بدأ اليوم الثلاثاء في نواكشوط الاجتماع الثالث لفريق العمل المغاربي المكلف بالحماية"
            " المدنية",
        ),
    ),
]


def _chronological(meeting: Meeting) -> tuple[D, D, str]:
    latest = meeting.when.latest or D.max
    return (meeting.when.earliest or latest, latest, meeting.id)


def test_the_record_is_these_meetings_and_no_other(accord: Agreement) -> None:
    found = [recorded(m) for m in sorted(accord.meetings, key=_chronological)]
    assert found == [meeting for meeting, _ in MEETINGS]


@pytest.mark.parametrize(
    ("expected", "cited"), MEETINGS, ids=[meeting.id for meeting, _ in MEETINGS]
)
def test_each_meeting_stands_on_its_excerpt(
    accord: Agreement, expected: Recorded, cited: Cited
) -> None:
    meeting = accord.meeting(expected.id)
    assert recorded(meeting) == expected
    excerpts = [ref.excerpt or "" for ref in meeting.sources if ref.source == cited.source]
    assert any(cited.excerpt in excerpt for excerpt in excerpts)
    assert accord.source(cited.source).address is not None
    if cited.reference is not None:
        assert cited.reference in cited.excerpt


@pytest.mark.parametrize(
    "cited",
    [cited for _, cited in MEETINGS if cited.reference is not None],
    ids=[meeting.id for meeting, cited in MEETINGS if cited.reference is not None],
)
def test_the_reference_quotes_the_words_the_data_cites(cited: Cited) -> None:
    if not RECORD.is_file():
        pytest.skip(f"the shared reference is not beside the project ({RECORD})")
    part_b = RECORD.read_text("utf-8").split("## B.")[1].split("## C.")[0]
    assert cited.reference is not None
    assert cited.reference in part_b


def test_the_council_sessions_in_order(accord: Agreement) -> None:
    sessions = [(m.id, m.session, m.when) for m in accord.meetings_of(COUNCIL)]
    assert sessions == [
        ("rabat-2013", None, Day(date=D(2013, 4, 21))),
        ("nouakchott-2015", 5, Day(date=D(2015, 4, 30))),
        ("tunis-2016", 6, Day(date=D(2016, 4, 25))),
    ]


def test_the_states_that_sent_a_minister_to_each_council_session(accord: Agreement) -> None:
    # 2015: the lowered representation, in one query (record.md B5).
    assert [m.states_at("minister") for m in accord.meetings_of(COUNCIL)] == [
        ("MA", "DZ", "TN", "LY", "MR"),
        ("MA", "MR"),
        ("DZ", "TN", "MR"),
    ]
    assert [
        m.states_at(Level.MINISTER, Level.MINISTER_DELEGATE) for m in accord.meetings_of(COUNCIL)
    ][1:] == [("MA", "MR"), ("MA", "DZ", "TN", "MR")]


class Row(NamedTuple):
    state: str
    delegate: str | None
    level: Level
    office: str | None


def rows(meeting: Meeting) -> list[Row]:
    return [
        Row(a.state, a.delegate, a.level, a.office.fr if a.office is not None else None)
        for a in meeting.attendance
    ]


MINISTER_FR = "ministre de l'Intérieur"

ATTENDANCE: dict[str, list[Row]] = {
    "rabat-2013": [
        Row("MA", "mohand-laenser", Level.MINISTER, MINISTER_FR),
        Row("DZ", "dahou-ould-kablia", Level.MINISTER, MINISTER_FR),
        Row("TN", "lotfi-ben-jeddou", Level.MINISTER, MINISTER_FR),
        Row("LY", "achour-souleimane-chouail", Level.MINISTER, MINISTER_FR),
        Row("MR", "mohamed-ould-boilil", Level.MINISTER, MINISTER_FR),
    ],
    "nouakchott-2015": [
        Row("MA", "mohamed-hassad", Level.MINISTER, MINISTER_FR),
        Row(
            "DZ",
            "ahmed-adli",
            Level.SECRETARY_GENERAL,
            "secrétaire général du ministère de l'Intérieur et des Collectivités locales",
        ),
        Row(
            "TN",
            "rafik-chelly",
            Level.SECRETARY_OF_STATE,
            "secrétaire d'État auprès du ministre de l'Intérieur chargé de la Sécurité",
        ),
        Row(
            "LY",
            "mustafa-omar-al-dabbashi",
            Level.OTHER,
            "sous-secrétaire au ministère de l'Intérieur, chargé de la gestion du ministère",
        ),
        Row("MR", None, Level.MINISTER, None),
    ],
    "tunis-2016": [
        Row(
            "MA",
            "cherki-drais",
            Level.MINISTER_DELEGATE,
            "ministre délégué auprès du ministre de l'Intérieur",
        ),
        Row(
            "DZ",
            "noureddine-bedoui",
            Level.MINISTER,
            "ministre de l'Intérieur et des Collectivités locales",
        ),
        Row("TN", "hedi-majdoub", Level.MINISTER, MINISTER_FR),
        Row(
            "LY",
            "abdessalam-kajman",
            Level.OTHER,
            "vice-président du Conseil présidentiel du gouvernement d'union nationale",
        ),
        Row(
            "LY",
            "al-aref-saleh-al-khoja",
            Level.OTHER,
            "candidat au poste de ministre de l'Intérieur",
        ),
        Row("MR", None, Level.MINISTER, None),
    ],
}


@pytest.mark.parametrize("meeting_id", list(ATTENDANCE))
def test_attendance_per_state_at_each_council_session(accord: Agreement, meeting_id: str) -> None:
    assert rows(accord.meeting(meeting_id)) == ATTENDANCE[meeting_id]


# One excerpt per row of the 2015 session: the lowered representation in the sources' words.
LOWERED_2015: list[tuple[str, str, str]] = [
    (
        "MA",
        "almasryalyoum-720857",
        "بينما شاركت المغرب المنافس الأبرز، وغريم الجزائر، بوزير الداخلية، محمد حصاد",
    ),
    (
        "DZ",
        "almaraabimedias-2015-04-belaiz",
        "أوفدت الجزائر الأمين العام لوزارة الداخلية والجماعات المحلية السيد احمد عدلي إلي"
        " نواكشوط لتمثيلها في أعمال الدورة الخامسة لمجلس وزراء الداخلية في دول المغرب العربي",
    ),
    ("TN", "almasryalyoum-720857", "بكاتب الدولة المكلف بالأمن بوزارة الداخلية"),
    (
        "LY",
        "afrigatenews-dabbashi-2015",
        "قال مصطفى عمر الدباشي وكيل وزارة الداخلية الليبية والمكلف بتسيير أعمال الوزارة، إن"
        " اجتماع الدورة الخامسة لوزراء الداخلية لدول المغرب العربي، بنواكشوط",
    ),
    (
        "MR",
        "amicinfo-8296",
        "اقتصرالاجتماع الخامس لوزراء داخلية المغربي العربي المنعقد في انواكشوط ،علي التمثيل"
        " بالوزراء على موريتانيا البلد المستضيف والمملكة المغربية، فيما اكتفت الدول الثلاث"
        " الباقية بكاتب دولة وأمينين عامين لوزارات الداخلية",
    ),
]


@pytest.mark.parametrize(("state", "source", "excerpt"), LOWERED_2015)
def test_each_2015_row_stands_on_its_excerpt(
    accord: Agreement, state: str, source: str, excerpt: str
) -> None:
    (row,) = [a for a in accord.meeting("nouakchott-2015").attendance if a.state == state]
    cited = [ref.excerpt for ref in row.sources if ref.source == source]
    assert excerpt in cited
    # Sources that disagree on the level are kept, not reconciled.
    if state == "DZ":
        assert [d.about for d in row.disputes] == ["level"]
    if state == "LY":  # the title, and Al Maraabi Medias' "ministers" for the others
        assert [d.about for d in row.disputes] == ["level", "level"]


def test_the_2015_ministers_only_excerpt_is_what_the_reference_says(accord: Agreement) -> None:
    words = "علي التمثيل بالوزراء على موريتانيا البلد المستضيف والمملكة المغربية"
    (row,) = [a for a in accord.meeting("nouakchott-2015").attendance if a.state == "MR"]
    assert any(words in (ref.excerpt or "") for ref in row.sources)
    assert accord.meeting("nouakchott-2015").states_at("minister") == ("MA", "MR")
    if RECORD.is_file():
        assert words in RECORD.read_text("utf-8")


PEOPLE: list[tuple[str, str, str]] = [
    ("mohamed-hassad", "محمد حصاد", "Mohamed Hassad"),
    ("ahmed-adli", "أحمد عدلي", "Ahmed Adli"),
    ("rafik-chelly", "رفيق الشلي", "Rafik Chelly"),
    ("mustafa-omar-al-dabbashi", "مصطفى عمر الدباشي", "Moustafa Omar al-Dabbashi"),
    ("noureddine-bedoui", "نور الدين بدوي", "Noureddine Bedoui"),
    ("cherki-drais", "الشرقي الضريس", "Cherki Drais"),
    ("hedi-majdoub", "الهادي مجدوب", "Hedi Majdoub"),
    ("abdessalam-kajman", "عبد السلام كاجمان", "Abdessalam Kajman"),
    ("al-aref-saleh-al-khoja", "العارف صالح الخوجة", "Al-Aref Saleh al-Khoja"),
    # Working-group delegates named by the pages that report their meetings.
    (
        "mohamed-el-moustapha-mohamed-salem",
        "محمد المصطفى محمد سالم",
        "Mohamed El Moustapha Mohamed Salem",
    ),
    ("ahmed-ould-dieh", "أحمد ولد الديه", "Ahmed Ould Dieh"),
    ("babe-ould-boumeiss", "بابه ولد بوميس", "Babe Ould Boumeiss"),
    ("guerrache-doudah", "قراش دودة", "Guerrache Doudah"),
    ("boughlaf-boualem", "بوغلاف بوعلام", "Boughlaf Boualem"),
]


def test_the_people_of_the_record(accord: Agreement) -> None:
    assert [(p.id, p.name.ar, p.name.fr) for p in accord.people] == PEOPLE


@pytest.mark.parametrize(("person", "arabic", "latin"), PEOPLE)
def test_people_are_found_in_both_scripts(
    accord: Agreement, person: str, arabic: str, latin: str
) -> None:
    for query in (arabic, latin):
        assert [m.id for m in accord.find(query, kinds=["person"], limit=1)] == [person]
        assert accord.find(query, limit=1)[0].id == person


@pytest.mark.parametrize(
    ("query", "person"),
    [
        ("رفيق بن محمد الهادي الشلي", "rafik-chelly"),
        ("Rafik Chelli", "rafik-chelly"),
        ("هادي المجدوب", "hedi-majdoub"),
        ("احمد عدلي", "ahmed-adli"),
        ("Hassad", "mohamed-hassad"),
    ],
)
def test_people_are_found_by_their_attested_spellings(
    accord: Agreement, query: str, person: str
) -> None:
    assert accord.find(query, kinds=["person"], limit=1)[0].id == person


def test_every_delegate_who_is_not_a_minister_is_a_person_of_the_record(
    accord: Agreement,
) -> None:
    delegates = {a.person for m in accord.meetings for a in m.attendance if a.person}
    assert delegates == {p.id for p in accord.people}


# What the sources leave open stays open (record.md B7, B10-B12): no invented fact.


def test_no_council_session_is_recorded_for_2014_or_after_2016(accord: Agreement) -> None:
    years = [m.when.earliest.year for m in accord.meetings_of(COUNCIL) if m.when.earliest]
    assert years == [2013, 2015, 2016]


def test_rabat_2013_has_no_session_number(accord: Agreement) -> None:
    # 5th in 2015 and 6th in 2016 suggest Rabat was the 4th: an inference no source states.
    assert accord.meeting("rabat-2013").session is None


@pytest.mark.parametrize(
    ("meeting_id", "when"),
    [
        # The day is garbled in the only source («-25-25 أكتوبر»): the month only.
        ("security-follow-up-committee-1", Month(year=2013, month=10)),
        # Known only by its results reviewed in 2016: bounds, no date and no place.
        (
            "security-follow-up-committee-2",
            Between(not_before=D(2013, 10, 1), not_after=D(2016, 4, 25)),
        ),
        # A Monday in April 2016 before the 25th: the 4th, 11th or 18th, not chosen.
        ("civil-protection-working-group-2", Month(year=2016, month=4)),
        # 13 December 2016 would be an inference from a dispatch's date.
        ("civil-protection-working-group-3", Month(year=2016, month=12)),
        (
            "illegal-migration-working-group-1",
            Between(not_before=D(2013, 4, 21), not_after=D(2015, 4, 30)),
        ),
    ],
)
def test_dates_the_sources_do_not_give_are_not_invented(
    accord: Agreement, meeting_id: str, when: When
) -> None:
    meeting = accord.meeting(meeting_id)
    assert meeting.when == when
    assert not isinstance(meeting.when, Day)
    assert meeting.note is not None  # the note says what the date rests on


@pytest.mark.parametrize(
    "meeting_id", ["security-follow-up-committee-2", "illegal-migration-working-group-1"]
)
def test_places_the_sources_do_not_give_are_absent(accord: Agreement, meeting_id: str) -> None:
    assert accord.meeting(meeting_id).venue is None


@pytest.mark.parametrize("meeting_id", ["nouakchott-2015", "tunis-2016"])
def test_mauritania_s_unnamed_delegate_stays_unnamed(accord: Agreement, meeting_id: str) -> None:
    (row,) = [a for a in accord.meeting(meeting_id).attendance if a.state == "MR"]
    assert (row.delegate, row.office, row.level) == (None, None, Level.MINISTER)
    assert row.note is not None


def _record_with(when: str, as_of: datetime.date) -> str:
    """The committee's record, in French, with its first meeting dated ``when``."""
    from maghreb_accord._summary import record_text
    from tests.support import canonical_raw, load_raw

    raw = canonical_raw()
    (meeting,) = [m for m in raw["meetings"] if m["id"] == "security-follow-up-committee-1"]
    meeting["when"] = when
    accord = load_raw(raw)
    return record_text(accord, as_of, "fr", body="security-follow-up-committee")


@pytest.mark.parametrize(
    ("when", "as_of", "held", "maybe"),
    [
        # No first day: not before the accord (21 April 2013), as the schedule rule says.
        ("../2013-10-31", datetime.date(2013, 1, 1), 0, 0),
        ("../2013-10-31", datetime.date(2013, 5, 1), 0, 1),
        # (The second meeting, October 2013 to April 2016, may have been held by November.)
        ("../2013-10-31", datetime.date(2013, 11, 1), 1, 1),
        # No last day: never surely over, maybe held once it may have begun.
        ("2013-10-01/..", datetime.date(2013, 9, 30), 0, 0),
        ("2013-10-01/..", datetime.date(2016, 12, 31), 1, 1),
    ],
)
def test_record_counts_held_and_maybe_held_by_the_schedule_rule(
    when: str, as_of: datetime.date, held: int, maybe: int
) -> None:
    text = _record_with(when, as_of)
    assert f"réunions tenues : {held}\n" in text
    if maybe:
        assert f"réunions peut-être déjà tenues : {maybe}\n" in text
    else:
        assert "peut-être déjà tenues" not in text
