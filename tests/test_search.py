"""Search by any spelling, in Arabic or Latin script."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import maghreb_accord
from maghreb_accord import Agreement, search
from maghreb_accord.search import (
    _KINDS,
    index,
    normalize,
    normalize_arabic,
    normalize_latin,
)
from tests.support import DATA

ACCORD = maghreb_accord.load()

# query -> (kind, id) expected first
QUERIES: list[tuple[str, str, str]] = [
    # Ministers: standard spellings, the article's misprints, press transliterations, typos.
    ("لطفي بن جدو", "minister", "lotfi-ben-jeddou"),
    ("لطفي بن حدو", "minister", "lotfi-ben-jeddou"),
    ("بن جدو", "minister", "lotfi-ben-jeddou"),
    ("Lotfi Ben Jeddou", "minister", "lotfi-ben-jeddou"),
    ("lotfi ben jedou", "minister", "lotfi-ben-jeddou"),
    ("Ben Djeddou", "minister", "lotfi-ben-jeddou"),
    ("عاشور سليمان شوايل", "minister", "achour-souleimane-chouail"),
    ("عشور سليمان شوابيل", "minister", "achour-souleimane-chouail"),
    ("شوايل", "minister", "achour-souleimane-chouail"),
    ("Chouaïl", "minister", "achour-souleimane-chouail"),
    ("Achour Souleimane Chouaïl", "minister", "achour-souleimane-chouail"),
    ("Chouail", "minister", "achour-souleimane-chouail"),
    ("Shouail", "minister", "achour-souleimane-chouail"),
    ("Chwayel", "minister", "achour-souleimane-chouail"),
    ("Achour Chwayel", "minister", "achour-souleimane-chouail"),
    ("Achour Chouaïl", "minister", "achour-souleimane-chouail"),
    ("Ashour Shuwail", "minister", "achour-souleimane-chouail"),
    ("Achour Shouail", "minister", "achour-souleimane-chouail"),
    ("Chuoail", "minister", "achour-souleimane-chouail"),
    ("Achour Suleiman Chaouabel", "minister", "achour-souleimane-chouail"),
    ("Ashur Shwail", "minister", "achour-souleimane-chouail"),
    ("Lotfi ben Haddou", "minister", "lotfi-ben-jeddou"),
    ("Lotfi ben Jeddou", "minister", "lotfi-ben-jeddou"),
    ("Mohammed Ould Iblil", "minister", "mohamed-ould-boilil"),
    ("Mohamed Ould Boïlil", "minister", "mohamed-ould-boilil"),
    ("عاشور سليمان سوايل البرعصي", "minister", "achour-souleimane-chouail"),
    ("عاشور سليمان شوايل البرعصي", "minister", "achour-souleimane-chouail"),
    ("محمد ولد ابيليل", "minister", "mohamed-ould-boilil"),
    ("محمد ولد إيبليل", "minister", "mohamed-ould-boilil"),
    ("ولد ابيليل", "minister", "mohamed-ould-boilil"),
    ("Mohamed Ould Boilil", "minister", "mohamed-ould-boilil"),
    ("Boilil", "minister", "mohamed-ould-boilil"),
    ("Mohammed Ould Boilill", "minister", "mohamed-ould-boilil"),
    ("دحو ولد قابلية", "minister", "dahou-ould-kablia"),
    ("دحو ولد قابليه", "minister", "dahou-ould-kablia"),
    ("Daho Ould Kablia", "minister", "dahou-ould-kablia"),
    ("Dahou Ould Kablia", "minister", "dahou-ould-kablia"),
    ("Ould Kabliya", "minister", "dahou-ould-kablia"),
    ("امحند العنصر", "minister", "mohand-laenser"),
    ("امحند العصر", "minister", "mohand-laenser"),
    ("Mohand Laenser", "minister", "mohand-laenser"),
    ("Laenzer", "minister", "mohand-laenser"),
    # States: codes, names in three languages, official names.
    ("MA", "state", "MA"),
    ("ma", "state", "MA"),
    ("المغرب", "state", "MA"),
    ("Maroc", "state", "MA"),
    ("Morocco", "state", "MA"),
    ("المملكة المغربية", "state", "MA"),
    ("Algérie", "state", "DZ"),
    ("algerie", "state", "DZ"),
    ("الجزائر", "state", "DZ"),
    ("République tunisienne", "state", "TN"),
    ("تونس", "state", "TN"),
    ("Libya", "state", "LY"),
    ("دولة ليبيا", "state", "LY"),
    ("Mauretanie", "state", "MR"),
    ("موريتانيا", "state", "MR"),
    # Bodies, meetings, domains, commitments.
    ("لجنة المتابعة الأمنية", "body", "security-follow-up-committee"),
    ("لجنة المتابعه الامنيه", "body", "security-follow-up-committee"),
    ("Commission de suivi", "body", "security-follow-up-committee"),
    ("follow-up committee", "body", "security-follow-up-committee"),
    ("Union du Maghreb arabe", "body", "arab-maghreb-union"),
    ("اتحاد المغرب العربي", "body", "arab-maghreb-union"),
    ("sous-groupes", "body", "specialised-security-sub-teams"),
    ("الرباط", "meeting", "rabat-2013"),
    ("cybercriminalité", "domain", "cybercrime"),
    ("الجرائم الإلكترونية", "domain", "cybercrime"),
    ("الارهاب", "domain", "terrorism"),
    ("terrorism", "domain", "terrorism"),
    ("organized crime", "domain", "organized_crime"),
    ("الهجرة غير الشرعية", "domain", "illegal_migration"),
    ("protection civile", "domain", "civil_protection"),
    ("تسليم المطلوبين", "domain", "extradition"),
    ("تمويلها", "commitment", "act-on-terrorist-funding"),
    ("exercices de terrain conjoints", "commitment", "joint-civil-protection-exercises"),
    ("منددين بكافة أشكال وأنواع الإرهاب", "commitment", "condemn-terrorism"),
    ("الإقامة", "commitment", "free-movement-and-residence"),
]


@pytest.mark.parametrize(("query", "kind", "id"), QUERIES)
def test_queries_find_the_expected_entity_first(query: str, kind: str, id: str) -> None:
    best = ACCORD.find(query, limit=1)
    assert best, f"nothing found for {query!r}"
    assert (best[0].kind, best[0].id) == (kind, id)


def test_the_query_table_covers_both_scripts_and_every_attested_spelling() -> None:
    assert len(QUERIES) >= 40
    arabic = [q for q, _, _ in QUERIES if any("ARABIC" in unicodedata.name(c, "") for c in q)]
    assert len(arabic) >= 15
    assert len(QUERIES) - len(arabic) >= 15
    queried = {q for q, _, _ in QUERIES}
    for minister in ACCORD.ministers:
        for attested in minister.attested_names:
            assert attested.name in queried, attested.name


@pytest.mark.parametrize("minister", ACCORD.ministers, ids=lambda m: m.id)
def test_every_attested_spelling_finds_its_minister_exactly(
    minister: maghreb_accord.Minister,
) -> None:
    for attested in minister.attested_names:
        best = ACCORD.find(attested.name, limit=1)[0]
        assert best.entity is minister
        assert best.score == 1.0
        assert best.matched == attested.name


def test_a_short_exact_name_outranks_a_long_partial_one() -> None:
    results = ACCORD.find("المغرب", limit=3)
    assert results[0].id == "MA"
    assert results[0].score > results[1].score
    assert results[1].id == "arab-maghreb-union"  # the shorter of the names containing it


def test_ranking_tiers() -> None:
    assert ACCORD.find("Maroc")[0].score == 1.0  # exact
    assert ACCORD.find("maroc")[0].score == 0.9  # normalised
    assert 0.6 < ACCORD.find("Laenser")[0].score < 0.9  # token
    assert 0 < ACCORD.find("Laenzer")[0].score <= 0.6  # fuzzy


def test_kinds_and_limit_narrow_the_results() -> None:
    everything = ACCORD.find("terrorisme", limit=100)
    # The working group on terrorism and organised crime (adopted in 2016) is a body.
    assert {m.kind for m in everything} == {"domain", "body", "commitment"}
    only = ACCORD.find("terrorisme", kinds=["commitment"], limit=100)
    assert only == tuple(m for m in everything if m.kind == "commitment")
    assert len(ACCORD.find("terrorisme", limit=2)) == 2
    assert ACCORD.find("terrorisme", limit=0) == ()


def test_results_are_in_a_deterministic_order() -> None:
    results = ACCORD.find("الرباط", limit=5)
    assert [m.id for m in results] == [
        "rabat-2013",
        "rabat-2013-experts",
        "security-follow-up-committee-1",
    ]
    assert results[0].score == results[1].score


def test_an_unknown_kind_is_named() -> None:
    with pytest.raises(maghreb_accord.UnknownIdError, match="no kind with name 'planet'"):
        ACCORD.find("x", kinds=["planet"])  # type: ignore[list-item]


def test_a_query_that_is_not_text_is_a_type_error() -> None:
    with pytest.raises(TypeError, match=r"^a query must be a str, got 42 \(an int\)$"):
        ACCORD.find(42)  # type: ignore[arg-type]


@pytest.mark.parametrize("query", ["", "   ", "٬٬", "?!"])
def test_empty_queries_find_nothing(query: str) -> None:
    assert ACCORD.find(query) == ()


@pytest.mark.parametrize(
    ("text", "normalised"),
    [
        ("عَاشُور", "عاشور"),
        ("إستراتيجيـــة", "استراتيجيه"),
        ("أإآٱ", "اااا"),
        ("مستشفى", "مستشفي"),
        ("مسؤول", "مسوول"),
        ("رئيس", "رييس"),
        ("جزء", "جز"),
        ("٢٠١٣", "2013"),
        ("۲۰۱۳", "2013"),
        ("الاتحاد٬ وإجراء", "الاتحاد واجرا"),
        ("کتاب یک", "كتاب يك"),
    ],
)
def test_arabic_normalisation(text: str, normalised: str) -> None:
    assert normalize_arabic(text) == normalised


@pytest.mark.parametrize(
    ("text", "normalised"),
    [
        ("Chouaïl", "shuail"),
        ("Shouail", "shuail"),
        ("SHUWAIL", "shuail"),
        ("Djeddou", "jedu"),
        ("Ould-Kablia", "uld kablia"),
        ("l’Intérieur", "l interieur"),
        ("d'armes", "d armes"),
        ("organized_crime", "organized crime"),
        ("Œuvre", "oeuvre"),
        ("  many   spaces ", "mani spaces"),
        ("Qaddafi", "kadafi"),
    ],
)
def test_latin_normalisation(text: str, normalised: str) -> None:
    assert normalize_latin(text) == normalised


@given(st.text())
def test_normalisations_are_idempotent(text: str) -> None:
    for function in (normalize, normalize_arabic, normalize_latin):
        once = function(text)
        assert function(once) == once


@given(st.text())
def test_normalise_never_fails_and_leaves_no_marks_or_doubled_spaces(text: str) -> None:
    result = normalize(text)
    assert "  " not in result
    assert result == result.strip()
    assert not any(0x064B <= ord(c) <= 0x065F or c == "\u0640" for c in result)


def _names() -> list[tuple[str, str, str]]:
    """(kind, id, name) for every name of every entity that no other entity shares."""
    owners: dict[str, set[tuple[str, str]]] = {}
    for entry in index(ACCORD):
        for name in entry.names:
            owners.setdefault(name.normalized, set()).add((entry.kind, entry.id))
    return [
        (entry.kind, entry.id, name.text)
        for entry in index(ACCORD)
        for name in entry.names
        if len(owners[name.normalized]) == 1
    ]


NAMES = _names()
TASHKEEL = [chr(c) for c in range(0x064B, 0x0653)] + ["\u0640"]


@st.composite
def disguised(draw: st.DrawFn) -> tuple[str, str, str]:
    """A name with vowel marks or tatweel inserted, or accents added, and its owner."""
    kind, id, name = draw(st.sampled_from(NAMES))
    chars = list(name)
    positions = [i for i, c in enumerate(chars) if c.isalpha()]
    assume(positions)
    for position in draw(st.lists(st.sampled_from(positions), min_size=1, max_size=4)):
        char = chars[position]
        if "ARABIC" in unicodedata.name(char[0], ""):
            chars[position] = char + draw(st.sampled_from(TASHKEEL))
        else:
            chars[position] = char + draw(st.sampled_from(["\u0301", "\u0300", "\u0308", "\u0302"]))
    return kind, id, unicodedata.normalize("NFC", "".join(chars))


@given(disguised())
def test_any_name_with_marks_added_finds_its_entity_first(case: tuple[str, str, str]) -> None:
    kind, id, query = case
    best = ACCORD.find(query, limit=1)[0]
    assert (best.kind, best.id) == (kind, id)


MINISTER_NAMES = [
    (minister.id, name)
    for minister in ACCORD.ministers
    for name in (minister.name.ar, minister.name.fr)
]


@st.composite
def typos(draw: st.DrawFn) -> tuple[str, str]:
    """A minister's standard name with one letter of a word of four letters or more replaced."""
    id, name = draw(st.sampled_from(MINISTER_NAMES))
    words = name.split()
    index = draw(st.sampled_from([i for i, w in enumerate(words) if len(w) >= 4]))
    word = words[index]
    position = draw(st.integers(1, len(word) - 1))
    arabic = "ARABIC" in unicodedata.name(word[0], "")
    letters = "بتثجحخدذرزسشصضطظعغفقكلمنهوي" if arabic else "abcdefghijklmnopqrstuvwxyz"
    replacement = draw(st.sampled_from(letters))
    words[index] = word[:position] + replacement + word[position + 1 :]
    return id, " ".join(words)


@given(typos())
def test_a_one_letter_typo_still_finds_the_minister_first(case: tuple[str, str]) -> None:
    id, query = case
    best = ACCORD.find(query, limit=1)[0]
    assert (best.kind, best.id) == ("minister", id)


def test_every_kind_can_be_searched(accord: Agreement) -> None:
    for kind in _KINDS:
        entry = next(entry for entry in index(accord) if entry.kind == kind)
        results = accord.find(entry.names[0].text, kinds=[kind], limit=1000)
        assert results
        assert {match.kind for match in results} == {kind}


def test_the_index_is_built_once(accord: Agreement, monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[object] = []
    real = search.index

    def counted(parts: search.Parts) -> object:
        built.append(parts)
        return real(parts)

    monkeypatch.setattr(search, "index", counted)
    fresh = maghreb_accord.loads(maghreb_accord.dumps(accord), base=DATA)
    fresh.find("Rabat")
    fresh.find("Tunis")
    assert built == [fresh]


def _fuzzy_by_the_book(wanted: list[str], name: list[str]) -> float:
    """The fuzzy part of the score as first written: a fresh SequenceMatcher for each pair."""
    import difflib

    total = 0.0
    for token in wanted:
        best = 0.0
        for candidate in name:
            matcher = difflib.SequenceMatcher(None, token, candidate)
            if matcher.real_quick_ratio() > best and matcher.quick_ratio() > best:
                best = max(best, matcher.ratio())
        total += best
    return total


@given(
    st.lists(st.text("abcdeéشلطو", min_size=1, max_size=8), min_size=1, max_size=3),
    st.lists(st.text("abcdeéشلطو", min_size=1, max_size=8), min_size=1, max_size=4),
)
def test_the_remembered_similarity_scores_as_a_fresh_matcher_does(
    tokens: list[str], candidates: list[str]
) -> None:
    from maghreb_accord import search

    expected = _fuzzy_by_the_book(tokens, candidates)
    memo: dict[tuple[str, str], float] = {}
    # Twice with one memo: remembered ratios give exactly what fresh matchers give.
    assert search._fuzzy_total(tokens, candidates, memo) == expected
    assert search._fuzzy_total(tokens, candidates, memo) == expected


@pytest.mark.parametrize(
    ("query", "standard"),
    [
        ("Chouaïl", "Achour Chouaïl"),
        ("Chouail", "Achour Chouaïl"),
        ("achour chouail", "Achour Chouaïl"),
        ("ACHOUR CHOUAÏL", "Achour Chouaïl"),
        ("لطفي بن جدو", "لطفي بن جدو"),
    ],
)
def test_a_query_of_the_standard_name_reports_the_standard_name(query: str, standard: str) -> None:
    (best,) = maghreb_accord.load().find(query, kinds=["minister"], limit=1)
    assert best.matched == standard


def test_a_variant_asked_for_exactly_is_still_reported() -> None:
    accord = maghreb_accord.load()
    assert accord.find("Achour Chwayel", limit=1)[0].matched == "Achour Chwayel"
    assert accord.find("لطفي بن حدو", limit=1)[0].matched == "لطفي بن حدو"


@pytest.mark.parametrize("query", ["de", "et", "aaaa", "de la", "في", "a"])
def test_a_query_of_small_or_common_words_alone_finds_nothing(query: str) -> None:
    # «État de Libye» holds "de", and "aaaa" normalises to "a", which is «à» unaccented.
    assert ACCORD.find(query) == ()


def test_common_words_beside_a_telling_one_do_not_hide_it() -> None:
    assert ACCORD.find("la Libye", limit=1)[0].id == "LY"
    assert ACCORD.find("protection civile", kinds=["domain"], limit=1)[0].id == "civil_protection"


def test_the_participants_are_found_by_their_names_in_both_scripts(accord: Agreement) -> None:
    (match,) = accord.find("Ben Yahia")
    assert (match.kind, match.id, match.matched) == (
        "participant",
        "habib-ben-yahia",
        "Habib Ben Yahia",
    )
    assert match.entity is accord.participant("habib-ben-yahia")
    assert accord.find("الحبيب بن يحيى", kinds=["participant"])[0].score == 1.0
    assert accord.find("Ben Yahia", kinds=["person"]) == ()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("5ème session", "nouakchott-2015"),
        ("5e session", "nouakchott-2015"),
        ("cinquième session", "nouakchott-2015"),
        ("الدورة الخامسة", "nouakchott-2015"),
        ("6eme session", "tunis-2016"),
        ("3eme réunion protection civile", "civil-protection-working-group-3"),
        ("1re réunion de la commission de suivi", "security-follow-up-committee-1"),
        ("بالأول", "security-follow-up-committee-1"),  # a prefix before the article
        ("والثانية", "security-follow-up-committee-2"),
    ],
)
def test_an_ordinal_is_found_in_figures_or_in_words(query: str, expected: str) -> None:
    best, *others = ACCORD.find(query, limit=5)
    assert best.id == expected
    assert all(other.score < best.score for other in others)


@given(st.integers(min_value=1, max_value=10))
def test_every_way_of_writing_an_ordinal_normalises_alike(rank: int) -> None:
    from maghreb_accord.search import _ORDINAL_WORDS

    forms = {normalize(f"{rank}e"), normalize(f"{rank}ème"), normalize(f"{rank}eme")}
    forms |= {normalize(word) for word in _ORDINAL_WORDS[rank - 1]}
    assert forms == {f"{rank}e"}


def test_a_name_another_report_gives_finds_what_the_data_says_of_it() -> None:
    # Le Soir names the Union's secretary general Habib Boularès; the data adopts Ben Yahia.
    best = ACCORD.find("Boularès")[0]
    assert (best.kind, best.id, best.matched) == (
        "participant",
        "habib-ben-yahia",
        "Habib Boularès",
    )
    # One report has Tunisia led by Noureddine Bhiri at Rabat; the data adopts Ben Jeddou.
    best = ACCORD.find("Bhiri")[0]
    assert (best.kind, best.id) == ("meeting", "rabat-2013")
    assert best.matched == "Noureddine Bhiri, ministre de la Justice"


def test_an_ordinal_is_never_a_fuzzy_match_and_a_bare_arabic_one_stays_a_word() -> None:
    assert ACCORD.find("10e") == ()  # not the 1st, though one character apart
    assert ACCORD.find("dixième") == ()
    # «عاشر» (tenth, without its article) is a spelling of a name as well: Achour.
    assert ACCORD.find("عاشر")[0].id == "achour-souleimane-chouail"


def test_a_match_s_repr_names_its_entity_by_id() -> None:
    accord = maghreb_accord.load()
    for match in accord.find("protection civile") + accord.find("Tunisie") + accord.find("Bhiri"):
        shown = repr(match)
        assert shown == (
            f"Match(kind={match.kind!r}, id={match.id!r}, matched={match.matched!r},"
            f" score={match.score!r})"
        )
        # Not the entity's own repr, which runs to thousands of characters.
        assert len(repr(match.entity)) > len(shown) or match.kind == "domain"
