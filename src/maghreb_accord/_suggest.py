"""Suggestions for an id that is not there: the known ids closest to it."""

from typing import Any, Final

__all__ = ["suggest"]

_COMMON_WORDS: Final = frozenset(
    {"and", "the", "for", "with", "from", "des", "les", "aux", "par", "pour", "une", "sur"}
)


def suggest(wanted: str, known: Any) -> list[str]:
    """The known ids closest to ``wanted``: the best match, and any nearly as close."""
    import difflib

    scored = []
    word = wanted.lower()
    # A whole word of an id (``lotfi`` of ``lotfi-ben-jeddou``) is as good as a near miss,
    # unless it is too short or too common to point anywhere (``of``, ``1``, ``and``).
    telling = len(word) >= 3 and not word.isdigit() and word not in _COMMON_WORDS
    for candidate in sorted(known):
        matcher = difflib.SequenceMatcher(None, wanted, candidate)
        whole_word = telling and word in candidate.lower().split("-")
        scored.append((max(matcher.ratio(), 0.8 if whole_word else 0.0), candidate))
    scored = [(score, candidate) for score, candidate in scored if score >= 0.6]
    if not scored:
        return []
    best = max(score for score, _ in scored)
    close = sorted((s for s in scored if s[0] >= best - 0.1), key=lambda s: (-s[0], s[1]))
    return [candidate for _, candidate in close[:3]]
