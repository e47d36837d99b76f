"""Find anything in an accord by any spelling, in Arabic or Latin script.

Names of Maghreb officials are written many ways: the article itself prints لطفي بن حدو for
Lotfi Ben Jeddou (لطفي بن جدو), and the French press writes Chouaïl, Shouail and Chwayel.
Search compares *normalised* text, so spellings that differ only in ways writers differ match:

* Arabic (:func:`~maghreb_accord.normalize_arabic`): short vowels and other marks (tashkeel) and tatweel are
  dropped; أ إ آ ٱ become ا, ى becomes ي, ة becomes ه, ؤ becomes و, ئ becomes ي, a lone
  hamza ء is dropped; Persian forms (ک ی ھ) become Arabic ones; Arabic-Indic digits become
  ASCII digits.
* Latin (:func:`~maghreb_accord.normalize_latin`): case and accents are dropped; common transliteration
  variants are unified (dj → j, ch → sh, ou → u, w → u, y → i, ph → f, q → k) and doubled
  letters are single, so Chouaïl, Shouail and Shuwail agree.
* Both: punctuation (U+066C ٬ included), apostrophes, hyphens and underscores become spaces,
  and runs of spaces become one. Ordinals up to the tenth, in figures or in words, French
  or Arabic, become one form (:func:`~maghreb_accord.normalize`): «5ème», «5e», «cinquième» and «الخامسة»
  are all ``5e``.

Normalised text is a key for matching, not for reading. Every normalisation here is
idempotent: normalising twice changes nothing more.

**Ranking.** :meth:`Agreement.find <maghreb_accord.Agreement.find>` scores each entity by its
best-matching name. An *exact* match (the name as written) scores 1.0; a *normalised* match
(equal once normalised) 0.9; a *token* match (every telling word of the query — not one
letter long, nor a common word such as *de*, *la*, *et* or في — is a word of the name,
Arabic articles and the prefixes و ب ف ك ل before them aside) from 0.6 to 0.8, more for
shorter names, so "Niger" would find Niger before Nigeria; a *fuzzy* match (each word of the
query close to a word of the name, as after a typo: at least 0.75 alike on average, by
:class:`difflib.SequenceMatcher`) up to 0.6. Ties go to the shorter name, then
the kind (state, minister, person, participant, body, meeting, domain, commitment), then
the id.
"""

from __future__ import annotations

import difflib
import functools
import heapq
import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Final, Literal, Protocol, TypeAlias, get_args

import attrs

from . import _checks
from .errors import UnknownIdError
from .model import (
    Body,
    Commitment,
    Dispute,
    Meeting,
    MemberState,
    Minister,
    Participant,
    Person,
)
from .vocabulary import Domain

__all__ = [
    "Entity",
    "Kind",
    "Match",
    "normalize",
    "normalize_arabic",
    "normalize_latin",
]

Kind: TypeAlias = Literal[
    "state", "minister", "person", "participant", "body", "meeting", "domain", "commitment"
]
"""What kind of entity a :class:`Match` found, and the kinds ``find(kinds=...)`` takes.

Annotate a variable holding kinds with it (``kinds: list[Kind] = ["body"]``); the reference
shows an example.

.. versionadded:: 0.1.0
"""

Entity: TypeAlias = (
    "MemberState | Minister | Person | Participant | Body | Meeting | Domain | Commitment"
)
"""Anything :meth:`Agreement.find <maghreb_accord.Agreement.find>` can find: a
:class:`Match`'s ``entity``.

.. versionadded:: 0.1.0
"""

_KINDS: Final[tuple[Kind, ...]] = get_args(Kind)

_TASHKEEL: Final = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ARABIC_LETTERS: Final = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ؤ": "و",
        "ئ": "ي",
        "ء": "",
        "ک": "ك",
        "ی": "ي",
        "ھ": "ه",
        "ۀ": "ه",
        **{chr(0x0660 + digit): str(digit) for digit in range(10)},
        **{chr(0x06F0 + digit): str(digit) for digit in range(10)},
    }
)
_LATIN_LETTERS: Final = str.maketrans({"œ": "oe", "æ": "ae", "ø": "o", "ł": "l", "ı": "i"})
# Transliteration variants, each rewritten to one form; applied until nothing changes.
_VARIANTS: Final = (("dj", "j"), ("ch", "sh"), ("ou", "u"), ("w", "u"), ("y", "i"))
_MORE_VARIANTS: Final = (("ph", "f"), ("q", "k"))
_DOUBLED: Final = re.compile(r"([a-z])\1+")
_SPACES: Final = re.compile(r"\s+")
_ARTICLE: Final = re.compile("^(?:[وفبك]?ال|لل)")


def _separators(text: str) -> str:
    """Punctuation and symbols (apostrophes, hyphens, ٬ …) become spaces; spaces collapse."""
    spaced = "".join(
        " " if unicodedata.category(char)[0] in "PSZC" or char == "_" else char for char in text
    )
    return _SPACES.sub(" ", spaced).strip()


def normalize_arabic(text: str) -> str:
    """Normalise the Arabic script in ``text`` for matching; other characters are kept.

    >>> from maghreb_accord import normalize_arabic
    >>> normalize_arabic("عَاشُور  سُلَيْمان شوائل")
    'عاشور سليمان شوايل'
    >>> normalize_arabic("إستراتيجيـــة مغاربيّة٬ ١٣")
    'استراتيجيه مغاربيه 13'

    .. versionadded:: 0.1.0
    """
    text = unicodedata.normalize("NFKC", text)
    text = _TASHKEEL.sub("", text).translate(_ARABIC_LETTERS)
    # NFKC may compose a stray hamza or madda mark into a letter: do it once more.
    text = _TASHKEEL.sub("", unicodedata.normalize("NFKC", text)).translate(_ARABIC_LETTERS)
    return _separators(text)


def normalize_latin(text: str) -> str:
    """Normalise the Latin script in ``text`` for matching; other characters are kept.

    >>> from maghreb_accord import normalize_latin
    >>> normalize_latin("Achour Souleimane CHOUAÏL"), normalize_latin("Ashour Shuwail")
    ('ashur suleimane shuail', 'ashur shuail')
    >>> normalize_latin("Ould-Kablia"), normalize_latin("l’Intérieur")
    ('uld kablia', 'l interieur')

    .. versionadded:: 0.1.0
    """
    text = unicodedata.normalize("NFKC", text).casefold().translate(_LATIN_LETTERS)
    text = "".join(
        char
        for char in unicodedata.normalize("NFD", text)
        if not (unicodedata.category(char) == "Mn" and char < "\u0600")
    )
    text = unicodedata.normalize("NFC", _separators(text))
    while True:
        before = text
        for old, new in _VARIANTS + _MORE_VARIANTS:
            text = text.replace(old, new)
        text = _DOUBLED.sub(r"\1", text)
        if text == before:
            return text


def normalize(text: str) -> str:
    """Normalise Arabic and Latin script alike: the key every search compares.

    >>> from maghreb_accord import normalize
    >>> normalize("لطفي بن جدّو / Lotfi BEN-JEDDOU")
    'لطفي بن جدو lotfi ben jedu'

    Ordinals up to the tenth become one form, however they are written:

    >>> normalize("5ème session"), normalize("Cinquième session"), normalize("الدورة الخامسة")
    ('5e sesion', '5e sesion', 'الدوره 5e')

    .. versionadded:: 0.1.0
    """
    while True:
        result = normalize_latin(normalize_arabic(text))
        if result == text:
            return " ".join(_ordinal(token) for token in result.split(" "))
        text = result


# An ordinal in figures, once normalised: 1er, 1re, 1ere, 2e, 2eme, 2nd, 5em (French), 5th.
_ORDINAL_FIGURE: Final = re.compile(r"([0-9]+)(?:e|er|re|ere|eme|em|ieme|me|nd|nde|st|rd|th)")
# The ordinals up to the tenth in words: French, and Arabic with the article (masculine and
# feminine; a prefix before the article, بالخامسة, is read through the stem), and «أول»,
# written before its noun without one. Bare Arabic forms are names too (عاشر, ثانية), so
# they are not read as ordinals. Normalised as any text is, on first use.
_ORDINAL_WORDS: Final = (
    ("premier", "premiere", "الاول", "الاولى", "اول"),
    ("deuxieme", "الثاني", "الثانية"),
    ("troisieme", "الثالث", "الثالثة"),
    ("quatrieme", "الرابع", "الرابعة"),
    ("cinquieme", "الخامس", "الخامسة"),
    ("sixieme", "السادس", "السادسة"),
    ("septieme", "السابع", "السابعة"),
    ("huitieme", "الثامن", "الثامنة"),
    ("neuvieme", "التاسع", "التاسعة"),
    ("dixieme", "العاشر", "العاشرة"),
)
# An ordinal in its one form: compared only whole, never fuzzily (10e is not 1e).
_ORDINAL_FORM: Final = re.compile(r"[0-9]+e")


@functools.cache
def _ordinals() -> dict[str, str]:
    """Each ordinal word, normalised, and its one form (``5e``)."""
    return {
        normalize_latin(normalize_arabic(word)): f"{rank}e"
        for rank, words in enumerate(_ORDINAL_WORDS, start=1)
        for word in words
    }


def _ordinal(token: str) -> str:
    """``token`` in the one form of an ordinal if it is one, else as it is."""
    figure = _ORDINAL_FIGURE.fullmatch(token)
    if figure is not None:
        return f"{int(figure[1])}e"
    return _ordinals().get(token, token)


def _stem(token: str) -> str:
    """A word without the Arabic article and the prefixes before it: بالرباط → رباط.

    An ordinal with its article and a prefix is the ordinal: بالخامسة → 5e.
    """
    stripped = _ARTICLE.sub("", token)
    if token.startswith("لل") and len(token) > 3:
        stripped = token[1:]
    if stripped != token:
        ordinal = _ordinals().get(f"ال{stripped}")
        if ordinal is not None:
            return ordinal
    return stripped if len(stripped) >= 2 else token


@attrs.frozen(kw_only=True)
class Match:
    """One result of :meth:`Agreement.find <maghreb_accord.Agreement.find>`.

    ``entity`` is the object found, ``kind`` what it is, ``matched`` the name (as stored)
    that matched best, and ``score`` how well, from 0 to 1 (see the ranking above). Its
    repr names the entity by its id, so a list of results reads at a glance.

    >>> import maghreb_accord
    >>> best = maghreb_accord.load().find("لطفي بن حدو")[0]
    >>> best.kind, best.entity.id, best.matched, best.score
    ('minister', 'lotfi-ben-jeddou', 'لطفي بن حدو', 1.0)
    >>> best
    Match(kind='minister', id='lotfi-ben-jeddou', matched='لطفي بن حدو', score=1.0)

    .. versionadded:: 0.1.0
    """

    #: The object found: a state, minister, body, meeting, domain or commitment.
    entity: Entity
    #: What kind of object it is.
    kind: Kind
    #: The name that matched, as stored.
    matched: str
    #: How well it matched, from 0 (not at all) to 1 (exactly).
    score: float

    def __repr__(self) -> str:
        # The entity's own repr would print the whole object: a minister with every
        # spelling and source, a body with its mandate.
        shown = f"kind={self.kind!r}, id={self.id!r}, matched={self.matched!r}"
        return f"Match({shown}, score={self.score!r})"

    @property
    def id(self) -> str:
        """The entity's id: a state's code, a domain's value, anyone else's ``id``."""
        if isinstance(self.entity, MemberState):
            return self.entity.code
        if isinstance(self.entity, Domain):
            return self.entity.value
        return self.entity.id


@attrs.frozen
class _Name:
    text: str
    normalized: str
    tokens: tuple[str, ...]
    stems: frozenset[str]


@attrs.frozen
class _Entry:
    entity: Entity
    kind: Kind
    id: str
    names: tuple[_Name, ...]
    #: The entity's standard names (its label, Arabic and French), reported before a variant.
    standard: frozenset[str] = frozenset()


def _name(text: str) -> _Name:
    normalized = normalize(text)
    tokens = tuple(normalized.split())
    return _Name(text, normalized, tokens, frozenset(_stem(token) for token in tokens))


class Parts(Protocol):
    """What search reads of an accord: its collections of named things.

    An :class:`~maghreb_accord.Agreement` is one:

    >>> import maghreb_accord
    >>> from maghreb_accord.search import Parts
    >>> parts: Parts = maghreb_accord.load()
    >>> [state.code for state in parts.states]
    ['MA', 'DZ', 'TN', 'LY', 'MR']
    """

    @property
    def states(self) -> tuple[MemberState, ...]: ...
    @property
    def ministers(self) -> tuple[Minister, ...]: ...
    @property
    def bodies(self) -> tuple[Body, ...]: ...
    @property
    def meetings(self) -> tuple[Meeting, ...]: ...
    @property
    def commitments(self) -> tuple[Commitment, ...]: ...
    @property
    def people(self) -> tuple[Person, ...]: ...
    @property
    def participants(self) -> tuple[Participant, ...]: ...


def index(accord: Parts) -> tuple[_Entry, ...]:
    """The search entries of ``accord``: each entity with its names, normalised once."""
    entries: list[_Entry] = []

    def add(
        entity: Entity, kind: Kind, id: str, names: Iterable[str], standard: Iterable[str] = ()
    ) -> None:
        unique = dict.fromkeys(name for name in names if name.strip())
        names_ = tuple(_name(name) for name in unique)
        entries.append(_Entry(entity, kind, id, names_, frozenset(standard)))

    for state in accord.states:
        add(
            state,
            "state",
            state.code,
            [
                state.code,
                state.name.ar,
                state.name.fr,
                state.name_in("en"),
                state.official_name.ar,
                state.official_name.fr,
            ],
            [state.name.ar, state.name.fr],
        )
    for minister in accord.ministers:
        spellings = [minister.name.ar, minister.name.fr]
        spellings += [attested.name for attested in minister.attested_names]
        add(minister, "minister", minister.id, spellings, [minister.name.ar, minister.name.fr])
    for person in accord.people:
        spellings = [person.name.ar, person.name.fr]
        spellings += [attested.name for attested in person.attested_names]
        add(person, "person", person.id, spellings, [person.name.ar, person.name.fr])
    for participant in accord.participants:
        spellings = [participant.name.ar, participant.name.fr]
        spellings += [attested.name for attested in participant.attested_names]
        spellings += _dissenting(participant.disputes, "name")
        standard = [participant.name.ar, participant.name.fr]
        add(participant, "participant", participant.id, spellings, standard)
    for body in accord.bodies:
        names = [body.name.ar, body.name.fr]
        add(body, "body", body.id, [*names, body.id], names)
    for meeting in accord.meetings:
        city = meeting.venue.city if meeting.venue else None
        cities = [city.ar, city.fr] if city else []
        names = [meeting.name.ar, meeting.name.fr]
        # Who other reports say came instead: found, at the meeting whose record disputes it.
        others = [
            reading
            for attendance in meeting.attendance
            for reading in _dissenting(attendance.disputes, "delegate")
        ]
        add(meeting, "meeting", meeting.id, [*names, meeting.id, *cities, *others], names)
    for domain in Domain:
        names = [domain.label.ar, domain.label.fr]
        add(domain, "domain", domain.value, [*names, domain.value], names)
    for commitment in accord.commitments:
        add(commitment, "commitment", commitment.id, [commitment.text.ar, commitment.text.fr])
    return tuple(entries)


def _dissenting(disputes: Iterable[Dispute], about: str) -> list[str]:
    """The readings the data does not adopt of what ``about`` names, in both languages."""
    return [text for d in disputes if d.about == about for text in (d.dissent.ar, d.dissent.fr)]


_FUZZY_FLOOR: Final = 0.75


def _similarity(token: str, candidate: str, memo: dict[tuple[str, str], float]) -> float:
    """The difflib ratio of two words, remembered: a query meets the same words many times."""
    key = (token, candidate)
    found = memo.get(key)
    if found is None:
        if _ORDINAL_FORM.fullmatch(token) or _ORDINAL_FORM.fullmatch(candidate):
            found = memo[key] = float(token == candidate)
        else:
            found = memo[key] = difflib.SequenceMatcher(None, token, candidate).ratio()
    return found


def _fuzzy_total(
    tokens: Sequence[str], candidates: Sequence[str], memo: dict[tuple[str, str], float]
) -> float:
    """The sum, over the query's words, of each one's best similarity to a word of the name."""
    total = 0.0
    for token in tokens:
        best = 0.0
        for candidate in candidates:
            # The ratio can be no more than this, from the lengths alone (real_quick_ratio).
            if 2 * min(len(token), len(candidate)) / (len(token) + len(candidate)) > best:
                best = max(best, _similarity(token, candidate, memo))
        total += best
    return total


# Words too short or too common to point anywhere, once normalised: a query of them alone
# matches a name only as a whole (``de`` is in «État de Libye», ``a`` is «à» unaccented).
_STOP_WORDS: Final = frozenset(
    [
        "de",
        "du",
        "des",
        "la",
        "le",
        "les",
        "et",
        "au",
        "aux",
        "en",
        "un",
        "une",
        "pour",
        "par",
        "sur",
        "dans",
        "avec",
        "the",
        "of",
        "and",
        "to",
        "in",
        "for",
        "في",
        "من",
        "علي",
        "الي",
        "عن",
        "مع",
    ]
)


def _telling(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """The words of a query that can find a name by themselves."""
    return tuple(token for token in tokens if len(token) > 1 and token not in _STOP_WORDS)


def _score(
    query: str,
    wanted: _Name,
    telling: tuple[str, ...],
    name: _Name,
    memo: dict[tuple[str, str], float],
) -> float:
    if query == name.text:
        return 1.0
    if not wanted.normalized:
        return 0.0
    if wanted.normalized == name.normalized:
        return 0.9
    if not telling:
        return 0.0
    if all(token in name.tokens or _stem(token) in name.stems for token in telling):
        return 0.6 + 0.2 * len(telling) / max(len(name.tokens), len(telling))
    total = _fuzzy_total(telling, name.tokens, memo)
    count = len(telling)
    if total / count < _FUZZY_FLOOR:
        return 0.0
    return 0.6 * (total / count) * (0.8 + 0.2 * min(1.0, count / len(name.tokens)))


def _way(score: float) -> int:
    """How a name matched, from its score: 3 exact, 2 normalised, 1 by words, 0 fuzzy."""
    if score >= 1.0:
        return 3
    if score >= 0.9:
        return 2
    return 1 if score >= 0.6 else 0


def find(
    entries: Sequence[_Entry],
    query: str,
    *,
    kinds: Iterable[Kind] | None = None,
    limit: int = 10,
    min_score: float = 0.0,
) -> tuple[Match, ...]:
    """The entities of ``entries`` (see :func:`index`) whose names match ``query``, best first."""
    _checks.str_argument(query, "a query")
    if isinstance(kinds, str):
        raise TypeError(f"kinds must be a collection of kinds, such as [{kinds!r}]")
    wanted_kinds = set(_KINDS if kinds is None else kinds)
    unknown = wanted_kinds - set(_KINDS)
    if unknown:
        raise UnknownIdError(sorted(unknown)[0], "kind", _KINDS, key="name")
    stripped = query.strip()
    wanted = _name(stripped)
    telling = _telling(wanted.tokens)
    scored = []
    memo: dict[tuple[str, str], float] = {}
    for entry in entries:
        if entry.kind not in wanted_kinds:
            continue
        best: tuple[float, int, str] | None = None
        preferred: tuple[int, bool, float, int] | None = None
        for name in entry.names:
            score = _score(stripped, wanted, telling, name, memo)
            if score <= 0:
                continue
            # Within one way of matching (exact, normalised, words, fuzzy), the entity's
            # standard name is reported before a variant, however short the variant.
            rank = (_way(score), name.text in entry.standard, score, -len(name.text))
            if preferred is None or rank > preferred:
                preferred, best = rank, (score, -len(name.text), name.text)
        if best is not None and best[0] >= min_score:
            scored.append(((-best[0], -best[1], _KINDS.index(entry.kind), entry.id), entry, best))
    # Only the best ``limit`` are ranked and built: time stays linear in the accord's size.
    top = heapq.nsmallest(max(limit, 0), scored, key=lambda item: item[0])
    return tuple(
        Match(entity=entry.entity, kind=entry.kind, matched=best[2], score=best[0])
        for _, entry, best in top
    )
