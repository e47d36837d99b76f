"""Citations that hold what they back (issue 13): excerpts, addresses, attested spellings."""

from __future__ import annotations

import datetime
import re
from collections import Counter

import pytest

import maghreb_accord
from maghreb_accord import Agreement, AttestedName, Source, SourceRef, Statement
from tests.support import canonical_raw, load_raw
from tests.test_data import all_refs

ARTICLE = "almaghribia-rabat-2013"


def codes_of(document: object) -> set[tuple[str, str | None]]:
    try:
        load_raw(document)
    except maghreb_accord.AccordDataError as error:
        return {(problem.code, problem.subject) for problem in error.problems}
    raise AssertionError("the document loaded without a problem")


def test_every_reference_outside_the_article_carries_an_excerpt(accord: Agreement) -> None:
    refs = all_refs(accord)
    assert refs
    for ref in refs:
        source = accord.source(ref.source)
        if source.text is not None:
            assert ref.quote is not None, ref
            assert ref.excerpt is None, ref
        elif not source.register:
            assert ref.excerpt, ref
            assert ref.quote is None, ref
            assert ref.start is None, ref


def test_only_registers_are_cited_without_an_excerpt(accord: Agreement) -> None:
    registers = {source.id for source in accord.sources if source.register}
    assert registers == {
        "iso-3166-1",
        "unicode-cldr",
        "wikidata-q1028",
        "wikidata-q262",
        "wikidata-q948",
        "wikidata-q1016",
        "wikidata-q1025",
    }


def test_every_address_is_the_full_address_of_the_page(accord: Agreement) -> None:
    for source in accord.sources:
        if source.text is None:
            assert source.address is not None
            assert re.fullmatch(r"https?://[^\s/]+\.[^\s/]+/\S*", source.address), source.address


@pytest.mark.parametrize("address", ["kapitalis.com", "jeuneafrique.com/185286", "ftp://x.org/a"])
def test_a_bare_domain_or_an_address_without_its_scheme_is_refused(address: str) -> None:
    document = canonical_raw()
    source = next(s for s in document["sources"] if s["id"] == "kapitalis-ben-jeddou")
    source["address"] = address
    assert ("pattern", None) in codes_of(document)


def test_a_reference_to_a_page_without_its_excerpt_is_refused() -> None:
    document = canonical_raw()
    del document["meetings"][0]["sources"][1]["excerpt"]
    assert ("needs-excerpt", "ccme-2013-rabat-meeting") in codes_of(document)


def test_a_reference_cannot_both_quote_and_excerpt() -> None:
    with pytest.raises(maghreb_accord.AccordDataError) as caught:
        SourceRef(source=ARTICLE, quote="أعلن", start=0, end=4, excerpt="x")
    assert [p.code for p in caught.value.problems] == ["inconsistent"]


def test_an_attested_spelling_must_be_printed_by_its_excerpt() -> None:
    ref = SourceRef(source="atlasinfo-a42637", excerpt="Achour Chouaïl avait été nommé")
    assert AttestedName(name="Achour Chouaïl", language="fr", source=ref).name == "Achour Chouaïl"
    with pytest.raises(maghreb_accord.AccordDataError) as caught:
        AttestedName(name="Achour Shouail", language="fr", source=ref)
    assert [p.code for p in caught.value.problems] == ["excerpt"]


def test_a_register_is_a_flag_not_a_number() -> None:
    document = canonical_raw()
    iso = next(s for s in document["sources"] if s["id"] == "iso-3166-1")
    iso["register"] = 1
    assert ("type", None) in codes_of(document)
    assert (
        Source(
            id="x", description=maghreb_accord.Label(ar="ا", fr="x"), address="https://x.org/"
        ).register
        is False
    )


# Each Latin spelling, the page that prints it, and the excerpt it stands on.
SPELLINGS = [
    (
        "MA",
        "Mohand Laenser",
        "maghress-aujourdhui-86429",
        "Vous l'aurez deviné, il s'agit du secrétaire général du MP, Mohand Laenser.",
    ),
    ("DZ", "Dahou Ould Kablia", "sn-sn-8219094", "M. Dahou Ould Kablia"),
    (
        "DZ",
        "Daho Ould Kablia",
        "algerie360-2013-rabat-meeting",
        "dont Daho Ould Kablia, ministre de l’Intérieur et des Collectivités locales et du "
        "secrétaire général de l’UMA, Habib Benyahia",
    ),
    (
        "TN",
        "Lotfi Ben Jeddou",
        "kapitalis-ben-jeddou",
        "Investi le 13 mars 2013, l'actuel ministre de l'Intérieur, Lotfi Ben Jeddou",
    ),
    (
        "LY",
        "Achour Chouaïl",
        "atlasinfo-a42637",
        "Achour Chouaïl avait été nommé ministre de l’Intérieur à la fin de l’an dernier",
    ),
    (
        "LY",
        "Ashour Shuwail",
        "libyaherald-2012-12-shuwail",
        "Interior Minister Ashour Shuwail was sworn into office by the National Congress this "
        "afternoon, Tuesday",
    ),
    (
        "MR",
        "Mohamed Ould Boilil",
        "jeuneafrique-168436",
        "Mohamed Ould Mohamed Rara, un gouverneur de région, devient ministre de l’Intérieur et "
        "de la Décentralisation à la place de Mohamed Ould Boilil.",
    ),
]


@pytest.mark.parametrize(("state", "spelling", "source", "excerpt"), SPELLINGS)
def test_each_latin_spelling_cites_a_page_that_prints_it(
    accord: Agreement, state: str, spelling: str, source: str, excerpt: str
) -> None:
    minister = accord.minister_of(state)
    attested = next(n for n in minister.attested_names if n.name == spelling)
    assert (attested.source.source, attested.source.excerpt) == (source, excerpt)
    assert accord.source(source).language in ("fr", "en")


def test_no_latin_spelling_cites_a_page_in_arabic(accord: Agreement) -> None:
    for minister in accord.ministers:
        for attested in minister.attested_names:
            source = accord.source(attested.source.source)
            assert source.language == attested.language or (
                attested.language == "en" and source.language == "en"
            ), attested


def test_the_pages_not_found_again_are_no_longer_cited(accord: Agreement) -> None:
    ids = {source.id for source in accord.sources}
    assert not ids & {"jeuneafrique-185286", "maghress-almaghribia-91905"}


# Item 2: nothing inferred without saying so.

NAMED_BY_NO_SOURCE = [
    "coordinate-against-extremism-and-terrorism",
    "annual-security-meetings",
    "form-follow-up-committee",
    "field-and-operational-measures",
    "exchange-information-on-arms",
]


@pytest.mark.parametrize("commitment_id", NAMED_BY_NO_SOURCE)
def test_no_body_is_responsible_where_the_ministers_are_the_subject(
    accord: Agreement, commitment_id: str
) -> None:
    commitment = accord.commitment(commitment_id)
    assert commitment.responsible == ()
    assert commitment.note is not None
    assert "Conseil" in commitment.note.fr


def test_the_competent_services_exchange_arms_information(accord: Agreement) -> None:
    note = accord.commitment("exchange-information-on-arms").note
    assert note is not None
    assert "« services compétents des États de l'Union »" in note.fr
    quotes = [ref.quote or "" for ref in accord.commitment("exchange-information-on-arms").sources]
    assert any("المصالح المختصة بدول الاتحاد" in quote for quote in quotes)


def test_the_host_role_says_what_it_rests_on(accord: Agreement) -> None:
    laenser = accord.minister_of("MA")
    assert laenser.note is not None
    assert laenser.note.fr.startswith("Son rôle d'hôte est une déduction")
    excerpts = [ref.excerpt for ref in laenser.sources]
    assert "وأبرز السيد العنصر٬ في لقاء مع الصحافة في ختام الاجتماع" in excerpts


def test_the_committee_parent_is_an_inference_with_its_ground(accord: Agreement) -> None:
    committee = accord.body("security-follow-up-committee")
    assert committee.parent == "council-of-interior-ministers"
    assert committee.note is not None
    assert "déduction" in committee.note.fr
    excerpts = [ref.excerpt for ref in committee.sources]
    assert "يتم تعيين أعضائها من قبل وزراء الداخلية" in excerpts


def test_the_first_meeting_city_cites_pages_that_name_rabat(accord: Agreement) -> None:
    meeting = accord.meeting("security-follow-up-committee-1")
    assert meeting.venue is not None
    assert meeting.venue.city is not None
    assert meeting.venue.city.fr == "Rabat"
    article = next(ref for ref in meeting.sources if ref.quote)
    assert "بالمغرب" in (article.quote or "")
    assert "الرباط" not in (article.quote or "")
    outside = [ref.excerpt or "" for ref in meeting.sources if ref.excerpt]
    assert outside
    assert all("à Rabat" in excerpt or "( الرباط" in excerpt for excerpt in outside)


# Item 3: each commitment's kind stands on its own quote.

VERBS = {
    "decision": ("اتفقوا",),
    "undertaking": ("التزم",),
    "emphasis": ("شددوا",),
    "condemnation": ("منددين",),
    "call": ("دعا",),
    "announcement": ("أعلن", "كاشفا"),
}


# The stored excerpt of this one holds the object only; its note says so.
KIND_WITHOUT_ITS_VERB = {"drug-intelligence-and-proceeds-confiscation"}

# The verbs other reports use, in French and Arabic, for commitments the article lacks.
REPORTED_VERBS = {
    "decision": ("convenu", "اتفق"),
    "emphasis": ("nécessité", "insisté", "ضرورة", "شدد", "أكد", "أبرز"),
    "condemnation": ("dénoncer", "rejet", "élevés contre", "ندد", "التنديد", "رفض"),
    "call": ("appelé", "دعا"),
}


def test_every_commitment_quotes_the_verb_its_kind_rests_on(accord: Agreement) -> None:
    for commitment in accord.commitments:
        if commitment.said_by is Statement.OTHER_REPORT:
            words = [ref.excerpt for ref in commitment.sources if ref.excerpt]
            verbs = REPORTED_VERBS[commitment.kind.value]
        else:
            words = [ref.quote for ref in commitment.sources if ref.quote]
            verbs = VERBS[commitment.kind.value]
        if commitment.id in KIND_WITHOUT_ITS_VERB:
            assert commitment.note is not None
            assert "n'est attestée par aucun extrait" in commitment.note.fr
            continue
        assert any(verb in text for text in words for verb in verbs), commitment.id


@pytest.mark.parametrize(
    ("commitment_id", "antecedent", "pronoun"),
    [
        ("prevent-border-infiltration", "ومراقبة عناصرها", "ومنعهم"),
        ("extradite-terrorists", "ومراقبة عناصرها", "وتسليمهم"),
    ],
)
def test_a_pronoun_is_quoted_with_its_antecedent(
    accord: Agreement, commitment_id: str, antecedent: str, pronoun: str
) -> None:
    quotes = [ref.quote or "" for ref in accord.commitment(commitment_id).sources]
    assert antecedent in quotes
    assert any(quote.startswith(pronoun) for quote in quotes)


def test_no_two_quotes_split_a_clause(accord: Agreement) -> None:
    spans = {
        (ref.start, ref.end)
        for commitment in accord.commitments
        for ref in commitment.sources
        if ref.start is not None and ref.end is not None
    }
    for a_start, a_end in spans:
        for b_start, b_end in spans:
            overlap = a_start < b_end and b_start < a_end
            nested = (a_start <= b_start and b_end <= a_end) or (
                b_start <= a_start and a_end <= b_end
            )
            assert not overlap or nested, ((a_start, a_end), (b_start, b_end))


def test_the_arms_commitments_share_their_verb_and_purpose(accord: Agreement) -> None:
    field = accord.commitment("field-and-operational-measures")
    exchange = accord.commitment("exchange-information-on-arms")
    shared = [
        "التزم وزراء داخلية دول المغرب العربي باتخاذ التدابير الميدانية والعملياتية الأمنية",
        "للتصدي لظاهرة انتشار الأسلحة وتهريبها عبر الحدود، بهدف منع الجماعات الإرهابية"
        " والجماعات الضالعة في الجريمة المنظمة من تعزيز قدراتها",
    ]
    assert [ref.quote for ref in field.sources] == shared
    assert [ref.quote for ref in exchange.sources] == [
        shared[0],
        "والعمل على التبادل الفوري للمعلومات بشكل واسع بين المصالح المختصة بدول الاتحاد",
        shared[1],
    ]
    purpose = {"arms_trafficking", "border_security", "organized_crime", "terrorism"}
    assert field.domains == purpose
    assert exchange.domains == purpose | {"information_exchange"}


# Item 4: who said it.

PRESS_STATEMENT_OPENS = "أكد امحند العنصر، وزير الداخلية، في تصريح إعلامي"
FINAL_STATEMENT_OPENS = 'وفي بيان ختامي للقمة الأمنية المغاربية، توصلت "المغربية" بنسخة منه'


def test_the_boundaries_between_the_voices_stand_in_the_article(accord: Agreement) -> None:
    article = accord.source(ARTICLE).text
    assert article is not None
    assert article.index(PRESS_STATEMENT_OPENS) == 243
    assert article.index(FINAL_STATEMENT_OPENS) == 1208


def test_each_commitment_is_said_by_the_voice_its_quotes_stand_in(accord: Agreement) -> None:
    for commitment in accord.commitments:
        ends = [ref.end for ref in commitment.sources if ref.end is not None]
        if not ends:
            assert commitment.said_by is Statement.OTHER_REPORT, commitment.id
            continue
        starts = [ref.start for ref in commitment.sources if ref.start is not None]
        if max(ends) <= 243:
            expected = Statement.NEWSPAPER
        elif min(starts) >= 1208:
            expected = Statement.FINAL_STATEMENT
        else:
            assert min(starts) >= 243
            assert max(ends) <= 1208
            expected = Statement.PRESS_STATEMENT
        assert commitment.said_by is expected, commitment.id


def test_the_voices_are_counted(accord: Agreement) -> None:
    counted = Counter(
        c.said_by for c in accord.commitments if c.said_by is not Statement.OTHER_REPORT
    )
    assert counted == {
        Statement.NEWSPAPER: 1,
        Statement.PRESS_STATEMENT: 4,
        Statement.FINAL_STATEMENT: 16,
    }


def test_laenser_assessment_of_ties_and_contact_is_captured(accord: Agreement) -> None:
    (assessment,) = accord.minister_of("MA").assessments
    assert assessment.id == "laenser-assessment-ties-and-contact"
    assert assessment.said_by is Statement.PRESS_STATEMENT
    article = [(ref.start, ref.end) for ref in assessment.sources if ref.quote]
    assert article == [(243, 291), (363, 497)]
    assert [ref.excerpt for ref in assessment.sources if ref.excerpt] == [
        "ساهم في تقوية الروابط بين الوزراء وفي تعزيز وتسهيل الاتصال المستمر بينهم",
        "a contribué à renforcer le contact et à faciliter la communication entre les ministres",
    ]
    assert assessment.note is not None
    assert "« contribuera »" in assessment.note.fr


# Item 5: the declaration beyond the article.


def test_the_declaration_has_24_resolutions_in_five_axes(accord: Agreement) -> None:
    declaration = accord.declaration
    assert declaration is not None
    assert declaration.name == maghreb_accord.Label(ar="بيان الرباط", fr="Déclaration de Rabat")
    assert declaration.resolutions == 24
    excerpts = [ref.excerpt for ref in declaration.sources]
    assert "les 24 résolutions adoptées dimanche à Rabat" in excerpts
    assert "Ces résolutions s’articulent autour de cinq axes" in excerpts
    assert "environ 23 des 24 résolutions" in declaration.note.fr
    assert "n'est pas établie" in declaration.note.fr


def test_the_five_axes_are_le_soir_s_with_arabic_marked_as_ours(accord: Agreement) -> None:
    assert [(axis.order, axis.id, axis.name.fr) for axis in accord.axes] == [
        (1, "terrorism-organized-crime", "lutte contre le terrorisme et le crime organisé"),
        (
            2,
            "illegal-migration-human-trafficking",
            "lutte contre l'émigration clandestine et le trafic humain",
        ),
        (3, "drug-trafficking", "lutte contre le trafic de drogue"),
        (4, "civil-protection", "renforcement des politiques de protection civile"),
        (
            5,
            "implementation",
            "renforcement de la mise en œuvre des recommandations et des mesures prises",
        ),
    ]
    listing = (
        "lutte contre le terrorisme et le crime organisé ; lutte contre l'émigration clandestine"
        " et le trafic humain ; lutte contre le trafic de drogue ; renforcement des politiques de"
        " protection civile ; enfin renforcement de la mise en œuvre des recommandations et des"
        " mesures prises"
    )
    for axis in accord.axes:
        assert axis.sources[0].excerpt == listing
        assert axis.note is not None
        assert axis.note.fr.startswith("Le nom arabe est notre traduction")


def test_every_commitment_has_an_axis_and_every_axis_has_commitments(accord: Agreement) -> None:
    by_axis = Counter(commitment.axis for commitment in accord.commitments)
    assert set(by_axis) == {axis.id for axis in accord.axes}
    # Most resolutions are in the first axis, as Portail Sud Maroc says.
    assert by_axis.most_common(1)[0][0] == "terrorism-organized-crime"


NEW_RESOLUTIONS = {
    "collective-action-to-uproot-terrorism": "extirper ses racines",
    "widen-security-cooperation-exchange-platforms": "plateformes d'échange de données",
    "sahel-security-partnership": "jeter les jalons d'un partenariat efficient",
    "denounce-support-and-financing-of-terrorism": "dénoncer toutes les formes de soutien",
    "reject-kidnapping-and-intimidation": "rejet catégorique des enlèvements",
    "reject-ransom-payments": "contre le paiement de rançons",
    "fight-groups-using-religion-as-cover": "تتستر بالدين الإسلامي السمح",
    "comprehensive-maghreb-approach": "بلورة طرح مغاربي شامل",
    "intensify-fight-against-drug-trafficking": "intensifier la lutte contre le trafic de drogue",
    "pool-means-against-narco-networks": "la mise en commun des moyens",
    "drug-intelligence-and-proceeds-confiscation": "procéder à sa confiscation",
    "curb-illegal-migration-with-partners": "بالتعاون مع الشركاء الأوروبيين",
}


@pytest.mark.parametrize(("commitment_id", "words"), NEW_RESOLUTIONS.items())
def test_each_resolution_beyond_the_article_stands_on_an_excerpt(
    accord: Agreement, commitment_id: str, words: str
) -> None:
    commitment = accord.commitment(commitment_id)
    assert commitment.said_by is Statement.OTHER_REPORT
    assert all(ref.quote is None for ref in commitment.sources)
    assert any(words in (ref.excerpt or "") for ref in commitment.sources)
    languages = {accord.source(ref.source).language for ref in commitment.sources}
    # A text with no source in its language is our translation, and its note says so.
    for language in ("ar", "fr"):
        if language not in languages:
            assert commitment.note is not None, commitment_id
            assert "notre traduction" in commitment.note.fr, commitment_id


def test_habib_ben_yahia_attended_and_one_report_says_he_chaired(accord: Agreement) -> None:
    ben_yahia = accord.participant("habib-ben-yahia")
    assert ben_yahia.body == "arab-maghreb-union"
    assert ben_yahia.role.value == "participant"
    (dispute,) = ben_yahia.disputes
    assert dispute.about == "role"
    assert [ref.source for ref in dispute.dissent_by] == ["casablancatoday-2013-04-22"]
    assert dispute.dissent_by[0].excerpt == (
        "وترأس الاجتماع الأمين العام لاتحاد المغرب العربي الحبيب بن يحيى"
    )
    assert len(dispute.adopted_by) == 4
    assert "Boularès" in dispute.note.fr


def test_the_experts_met_on_saturday_and_the_date_is_inferred(accord: Agreement) -> None:
    experts = accord.meeting("rabat-2013-experts")
    assert experts.when == maghreb_accord.Day(date=datetime.date(2013, 4, 20))
    assert experts.note is not None
    assert experts.note.fr.startswith("Sa date est une déduction")
    assert any(
        ref.excerpt
        == "Préparés, samedi, lors d'une réunion au niveau des experts, les travaux qui se sont"
        " déroulés à huis clos ont été sanctionnés par une déclaration finale"
        for ref in experts.sources
    )
    # The experts' meeting is not a session of the council: the council's schedule ignores it.
    assert experts.body != "council-of-interior-ministers"


# Item 6: sources that disagree.


def test_the_committee_meets_at_least_every_three_months_and_whenever_needed(
    accord: Agreement,
) -> None:
    cadence = accord.body("security-follow-up-committee").cadence
    assert cadence is not None
    assert (cadence.interval, cadence.unit.value, cadence.at_least, cadence.as_needed) == (
        3,
        "month",
        True,
        True,
    )
    assert cadence.label == maghreb_accord.Label(
        ar="مرة كل ثلاثة أشهر على الأقل، وكلما دعت الضرورة",
        fr="au moins une fois tous les trois mois, et chaque fois que nécessaire",
    )
    assert (cadence.in_locale("fr"), cadence.in_locale("ar")) == (
        "au moins tous les 3 mois",
        "كل 3 أشهر على الأقل",
    )


def test_the_cadence_dispute_keeps_map_and_le_soir(accord: Agreement) -> None:
    (dispute,) = accord.body("security-follow-up-committee").disputes
    assert dispute.about == "cadence"
    assert (
        dispute.adopted.fr == "au moins une fois tous les trois mois, et chaque fois que nécessaire"
    )
    excerpts = [ref.excerpt for ref in dispute.adopted_by if ref.excerpt]
    assert "وتجتمع مرة كل ثلاثة اشهر على الأقل وكلما دعت الضرورة إلى ذلك" in excerpts
    quotes = [ref.quote for ref in dispute.adopted_by if ref.quote]
    assert quotes == ["وعلى تشكيل لجنة متابعة، ستجتمع مرة كل ثلاثة أشهر"]
    assert dispute.dissent.fr == "trois fois par an"
    assert [ref.excerpt for ref in dispute.dissent_by] == [
        "Les experts pour leur part se réuniront 3 fois par an afin d'assurer le suivi"
    ]
    assert "Le Soir paraphrase" in dispute.note.fr


def test_a_maximum_gap_restarts_at_each_recorded_meeting() -> None:
    document = canonical_raw()
    # The recorded second meeting (known by bounds) makes way for one in August.
    document["meetings"] = [
        m for m in document["meetings"] if m["id"] != "security-follow-up-committee-2"
    ]
    document["meetings"].append(
        {
            "id": "security-follow-up-committee-2",
            "name": {"ar": "اجتماع", "fr": "Réunion"},
            "body": "security-follow-up-committee",
            "status": "held",
            "when": "2013-08-15",
            "venue": {"state": "MA"},
            "sources": [{"source": ARTICLE, "quote": "أعلن", "start": 0, "end": 4}],
        }
    )
    accord = load_raw(document)
    schedule = accord.schedule("security-follow-up-committee", until=datetime.date(2014, 1, 1))
    second, third = schedule[1], schedule[2]
    assert second.meeting == "security-follow-up-committee-2"
    assert (third.earliest, third.latest) == (
        datetime.date(2013, 11, 15),
        datetime.date(2013, 11, 15),
    )
    # Without "at least", the series stays anchored on the first meeting.
    committee = next(b for b in document["bodies"] if b["id"] == "security-follow-up-committee")
    committee["cadence"] = {"interval": 3, "unit": "month"}
    fixed = load_raw(document).schedule(
        "security-follow-up-committee", until=datetime.date(2014, 1, 1)
    )
    assert (fixed[2].earliest, fixed[2].latest) == (
        datetime.date(2013, 10, 21),
        datetime.date(2013, 12, 30),
    )


def test_a_cadence_flag_is_true_or_false_not_a_number() -> None:
    document = canonical_raw()
    committee = next(b for b in document["bodies"] if b["id"] == "security-follow-up-committee")
    committee["cadence"]["at_least"] = 1
    assert ("type", None) in codes_of(document)


# Item 7: better words.

FRENCH_WORDING = {
    "entrust-follow-up-committee": "le trafic de drogues et de substances psychotropes",
    "condemn-terrorism": "sous toutes ses formes",
    "share-intelligence-on-terrorist-groups": "en matière de renseignement et de localisation",
    "exchange-information-on-arms": "instantané et à large échelle",
    "extradite-terrorists": "Extrader",
    "humane-approach-to-migration": "la question migratoire",
    "form-follow-up-committee": "tous les trois mois",
}


@pytest.mark.parametrize(("commitment_id", "words"), FRENCH_WORDING.items())
def test_french_texts_read_as_a_maghreb_dispatch(
    accord: Agreement, commitment_id: str, words: str
) -> None:
    assert words in accord.commitment(commitment_id).text.fr


def test_the_arms_text_says_cross_border_trafficking(accord: Agreement) -> None:
    assert "trafic transfrontalier" in accord.commitment("exchange-information-on-arms").text.fr
    assert "contrebande" not in accord.commitment("exchange-information-on-arms").text.fr


def test_arabic_labels_that_are_not_quotes_are_nouns(accord: Agreement) -> None:
    for body in accord.bodies:
        if body.mandate is not None:
            assert not body.mandate.ar.startswith("ل"), body.mandate.ar
    assert maghreb_accord.MeetingStatus.HELD.label.ar == "منعقد"
    drugs = maghreb_accord.Domain.DRUG_TRAFFICKING.label
    assert (drugs.ar, drugs.fr) == (
        "الاتجار في المخدرات والمؤثرات العقلية",
        "trafic de drogues et de substances psychotropes",
    )
