"""The words of every output that are not data: one table per language, one lookup.

Names, titles, cadences and the like are data (each a :class:`~maghreb_accord.Label`); the
words around them — headings, "as printed", the colon's spacing — are here, and nowhere
else. Both tables have the same keys; the tests check each table whole, and the fallback.

Every word is in its table's script: an output in one language holds no letter of another
script except ids (isolated) and the sources' own words where the language has them.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from maghreb_accord.locales import LocaleLike

__all__ = ["AR", "FR", "PUNCTUATION", "capitalized", "words"]

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
        "no_responsible_body": "لا تذكر المصادر جهة",
        # Provenance: where a quote stands, when the quote itself is in another script.
        "source": "المصدر",
        "characters": "الأحرف",
        # The command line's listings.
        "spellings": "صيغ الاسم",
        "as_of": "في تاريخ",
        "passed": "آجال منقضية",
        "open": "آجال لم تنقض بعد",
        "no_meeting_recorded": "لم يسجل اجتماع",
        "place_not_known": "المكان غير معروف",
        "closed_no_meeting": "فترات انقضت دون تسجيل اجتماع",
        # The record: each body's windows, its meetings, who attended.
        "no_cadence": "لا تذكر المصادر وتيرة اجتماعات هذه الهيئة",
        "no_series": "لا يمكن حساب الفترات: لم يسجل اجتماع مؤرخ تبدأ منه",
        "windows_expected": "الفترات المستحقة",
        "windows_met_at_most": "أقصى عدد من الفترات قد يسجل فيها اجتماع",
        "one_window_each": "لا يملأ الاجتماع المعروف بحدوده فقط إلا فترة واحدة من الفترات غير المؤكدة",
        "met": "اجتماع مسجل",
        "uncertain": "غير مؤكدة",
        "ongoing": "جارية",
        "window_open": "فترة جارية لم يسجل فيها اجتماع بعد",
        "maybe": "ربما",
        "maybe_held": "اجتماع معروف بحدوده فقط، ربما انعقد في الفترة التي يرد فيها",
        "on_time": "في الأجل",
        "days_late": "التأخير بالأيام",
        "from": "من",
        "to": "إلى",
        "due_day": "الأجل",
        "held_meetings": "الاجتماعات المنعقدة",
        "maybe_held_meetings": "اجتماعات ربما انعقدت حتى هذا التاريخ",
        "held_on": "انعقد",
        "no_attendance_recorded": "لم يسجل حضور",
        "delegate_not_named": "لم يذكر اسم الممثل",
        "office_not_known": "المنصب غير معروف",
        "level": "المستوى",
        "sources_disagree": "المصادر مختلفة",
        "parent": "التبعية",
        "cadence": "وتيرة الاجتماعات",
        # The calendar export.
        "expected_meeting": "اجتماع مرتقب",
        "no_window_until": "لا تبدأ أي فترة في موعد أقصاه",
        "first_window_starts": "تبدأ الفترة الأولى في",
        "window": "الفترة",
        "first_window": "الفترة الأولى",
        "then": "ثم",
        "recorded_meeting": "الاجتماع المسجل",
        "ical_rule": "تبدأ كل فترة في اليوم التالي لنهاية سابقتها؛ ويقع الحدث في آخر يوم من الفترة.",
        # What a thing is (the kinds of search).
        "state": "دولة",
        "minister": "وزير",
        "person": "شخص",
        "participant": "مشارك",
        "body": "هيئة",
        "meeting": "اجتماع",
        "domain": "مجال",
        "commitment": "التزام",
        # The columns of the CSV export (the others are headings above).
        "id": "المعرف",
        "kind": "النوع",
        "parties": "الأطراف",
        "text": "النص",
        "said_by": "ورد في",
        "axis": "المحور",
        # The timeline (maghreb_accord.export.to_svg).
        "timeline": "الاجتماعات المنتظرة والاجتماعات المسجلة",
        "timeline_about": (
            "لكل هيئة معروف إيقاع اجتماعاتها: الفترات التي كان ينتظر فيها اجتماع، ملونة حسب ما"
            " يقوله السجل، والاجتماعات المسجلة"
        ),
        "timeline_empty": "لا توجد هيئة لها إيقاع اجتماعات واجتماع مسجل معا",
        "record_end": "آخر يوم يذكره السجل",
        "before_accord": "قبل الاتفاق",
        "legend_met": "فترة سجل فيها اجتماع",
        "legend_no_meeting_recorded": "فترة منقضية لم يسجل فيها اجتماع",
        "legend_uncertain": "فترة غير مؤكدة: قد يقع فيها اجتماع معروف بحدوده فقط",
        "legend_ongoing": "فترة جارية",
        "legend_meeting_day": "اجتماع منعقد، تاريخه معروف باليوم",
        "legend_meeting_bounds": "اجتماع منعقد، تاريخه معروف بحدوده فقط",
        "dated_by_bounds": "تاريخ لا يعرف منه إلا حداه",
        "when": "التاريخ كتابة",
        "session": "الدورة",
        "status": "الحالة",
        "state_name": "اسم الدولة",
        "body_name": "اسم الهيئة",
        "first_day": "اليوم الأول",
        "last_day": "اليوم الأخير",
        "maybe_meetings": "اجتماعات قد تقع في الفترة",
        "answers": "الفترة التي يستجيب لها الاجتماع",
        "days_late_at_most": "التأخير بالأيام على الأكثر",
        "judged_on": "تاريخ التقييم",
        "delegate": "الممثل",
        "delegate_name": "اسم الممثل",
        "office": "المنصب",
        "disputes": "الخلافات",
        "earliest": "أول يوم ممكن",
        "latest": "آخر يوم ممكن",
        "meeting_note": "ملاحظة حول الاجتماع",
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
        "no_responsible_body": "les sources n'en nomment aucun",
        "source": "Source",
        "characters": "caractères",
        "spellings": "graphies",
        "as_of": "au",
        "passed": "échéances passées",
        "open": "échéances à venir",
        "no_meeting_recorded": "aucune réunion enregistrée",
        "place_not_known": "lieu inconnu",
        "closed_no_meeting": "fenêtres closes sans réunion enregistrée",
        "no_cadence": "les sources ne disent pas à quelle fréquence cet organe se réunit",
        "no_series": "fenêtres non calculables : aucune réunion datée enregistrée d'où partir",
        "windows_expected": "fenêtres attendues",
        "windows_met_at_most": "fenêtres avec une réunion, au plus",
        "one_window_each": "une réunion connue par ses seules bornes ne remplit qu'une des fenêtres incertaines",
        "met": "réunion enregistrée",
        "uncertain": "incertaine",
        "ongoing": "en cours",
        "window_open": "en cours, aucune réunion enregistrée pour l'instant",
        "maybe": "peut-être",
        "maybe_held": "réunion connue par ses seules bornes, peut-être tenue dans la fenêtre où elle figure",
        "on_time": "dans les délais",
        "days_late": "retard en jours",
        "from": "de",
        "to": "à",
        "due_day": "échéance",
        "held_meetings": "réunions tenues",
        "maybe_held_meetings": "réunions peut-être déjà tenues",
        "held_on": "tenue",
        "no_attendance_recorded": "aucune présence enregistrée",
        "delegate_not_named": "représentant non nommé",
        "office_not_known": "fonction inconnue",
        "level": "rang",
        "sources_disagree": "sources en désaccord",
        "parent": "rattachement",
        "cadence": "cadence",
        "expected_meeting": "réunion attendue",
        "no_window_until": "aucune fenêtre ne commence au plus tard le",
        "first_window_starts": "la première fenêtre commence le",
        "window": "Fenêtre",
        "first_window": "Première fenêtre",
        "then": "Ensuite",
        "recorded_meeting": "Réunion enregistrée",
        "ical_rule": "chaque fenêtre commençant le lendemain de la précédente ; l'événement tombe sur le dernier jour de la fenêtre.",
        "state": "État",
        "minister": "ministre",
        "person": "personne",
        "participant": "participant",
        "body": "organe",
        "meeting": "réunion",
        "domain": "domaine",
        "commitment": "engagement",
        "id": "identifiant",
        "kind": "nature",
        "parties": "parties",
        "text": "texte",
        "said_by": "rapporté par",
        "axis": "axe",
        "timeline": "Réunions attendues et réunions enregistrées",
        "timeline_about": (
            "Pour chaque organe dont la cadence est connue : les fenêtres où une réunion était"
            " attendue, colorées selon ce qu'en dit le registre, et les réunions enregistrées"
        ),
        "timeline_empty": "Aucun organe n'a à la fois une cadence et une réunion enregistrée",
        "record_end": "dernier jour dont parle le registre",
        "before_accord": "avant l'accord",
        "legend_met": "fenêtre avec une réunion enregistrée",
        "legend_no_meeting_recorded": "fenêtre close sans réunion enregistrée",
        "legend_uncertain": "fenêtre incertaine : une réunion connue par ses seules bornes peut y tomber",
        "legend_ongoing": "fenêtre en cours",
        "legend_meeting_day": "réunion tenue, datée au jour près",
        "legend_meeting_bounds": "réunion tenue, datée par ses seules bornes",
        "dated_by_bounds": "date connue par ses seules bornes",
        "when": "date en toutes lettres",
        "session": "session",
        "status": "statut",
        "state_name": "nom de l'État",
        "body_name": "nom de l'organe",
        "first_day": "premier jour",
        "last_day": "dernier jour",
        "maybe_meetings": "réunions peut-être dans la fenêtre",
        "answers": "fenêtre à laquelle répond la réunion",
        "days_late_at_most": "retard en jours au plus",
        "judged_on": "jugé au",
        "delegate": "représentant",
        "delegate_name": "nom du représentant",
        "office": "fonction",
        "disputes": "désaccords",
        "earliest": "premier jour possible",
        "latest": "dernier jour possible",
        "meeting_note": "note sur la réunion",
        "colon": " : ",
        "comma": ", ",
    }
)
"""The French table."""

#: The Arabic words said of a meeting — its status, «held on» — as they agree with a
#: feminine name (الدورة …); the labels and the table above give them as they agree with
#: a masculine one (الاجتماع …).
ARABIC_FEMININE: Final = {"منعقد": "منعقدة", "مقرر": "مقررة", "انعقد": "انعقدت"}

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


def capitalized(text: str) -> str:
    """``text`` with its first letter upper case, to begin a sentence or a heading.

    Arabic has no case: an Arabic text comes back as it is.

    >>> capitalized("aucune réunion enregistrée"), capitalized("لم يسجل اجتماع")
    ('Aucune réunion enregistrée', 'لم يسجل اجتماع')
    """
    return text[:1].upper() + text[1:]
