"""The words of every output that are not data: one table per language, one lookup.

Names, titles, cadences and the like are data (each a :class:`~maghreb_accord.Label`); the
words around them — headings, "as printed", the colon's spacing — are here, and nowhere
else. Both tables have the same keys; the tests check each table whole, and the fallback.

Some words of the command line's listings are still English in both tables (listed in
:data:`UNTRANSLATED`), as the command line has always printed them.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from maghreb_accord.locales import LocaleLike

__all__ = ["AR", "FR", "PUNCTUATION", "UNTRANSLATED", "words"]

AR: Final[Mapping[str, str]] = MappingProxyType(
    {
        # Headings.
        "when_and_where": "التاريخ والمكان",
        "states_and_ministers": "الدول ووزراء الداخلية",
        "bodies": "الهيئات",
        "meetings": "الاجتماعات",
        "commitments": "الالتزامات",
        "commitments_by_domain": "الالتزامات حسب المجال (أرقامها في القائمة أدناه)",
        "sources": "المصادر",
        # What a detail is.
        "date": "التاريخ",
        "place": "المكان",
        "domains": "المجالات",
        "responsible": "الجهات المكلفة",
        "deadline": "الأجل",
        "mandate": "المهمة",
        "note": "ملاحظة",
        "as_printed": "كما طبع",
        # What the sources leave out.
        "no_minister": "لم يذكر وزير",
        "no_responsible_body": "لا يذكر المصدر جهة",
        # The command line's listings.
        "spellings": "spellings",
        "due": "due",
        "as_of": "as of",
        "passed": "passed",
        "open": "open",
        "commitment": "commitment",
        "meeting": "meeting",
        # Punctuation.
        "colon": ": ",
        "comma": "، ",
    }
)
"""The Arabic table."""

FR: Final[Mapping[str, str]] = MappingProxyType(
    {
        "when_and_where": "Date et lieu",
        "states_and_ministers": "États et ministres de l'Intérieur",
        "bodies": "Organes",
        "meetings": "Réunions",
        "commitments": "Engagements",
        "commitments_by_domain": "Engagements par domaine (numéros de la liste ci-dessous)",
        "sources": "Sources",
        "date": "Date",
        "place": "Lieu",
        "domains": "Domaines",
        "responsible": "Organes chargés",
        "deadline": "Échéance",
        "mandate": "Mandat",
        "note": "Note",
        "as_printed": "tel qu'imprimé",
        "no_minister": "aucun ministre indiqué",
        "no_responsible_body": "la source n'en nomme aucun",
        "spellings": "spellings",
        "due": "due",
        "as_of": "as of",
        "passed": "passed",
        "open": "open",
        "commitment": "commitment",
        "meeting": "meeting",
        "colon": " : ",
        "comma": ", ",
    }
)
"""The French table."""

UNTRANSLATED: Final = frozenset(
    {"spellings", "due", "as_of", "passed", "open", "commitment", "meeting"}
)
"""Keys whose words are still the command line's English in both tables."""

PUNCTUATION: Final = frozenset({"colon", "comma"})
"""Keys whose words are punctuation, in no script."""


def words(locale: LocaleLike) -> Mapping[str, str]:
    """The table of words for ``locale``, by the library's fallback rule.

    Arabic (with any script or region) reads :data:`AR`; French and every other language
    read :data:`FR`, as :func:`~maghreb_accord.text_language` says.

    >>> words("ar_MA")["bodies"], words("fr-FR")["bodies"], words("en")["bodies"]
    ('الهيئات', 'Organes', 'Organes')
    """
    from maghreb_accord.locales import text_language

    return AR if text_language(locale) == "ar" else FR
