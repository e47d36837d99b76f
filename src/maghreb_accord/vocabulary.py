"""The closed vocabularies of the accord, each member with its Arabic and French label.

Member values are stable identifiers: once released, a value never changes meaning.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from functools import cache
from types import MappingProxyType
from typing import TypeVar

from .label import Label

__all__ = [
    "BodyKind",
    "CadenceUnit",
    "CommitmentKind",
    "Domain",
    "Level",
    "MeetingStatus",
    "Role",
    "Statement",
]


class _Labelled(enum.StrEnum):
    @property
    def label(self) -> Label:
        """This member's name in Arabic and French."""
        # Keyed by class too: members of two vocabularies may be equal strings.
        return _labels()[type(self), self.value]


class Domain(_Labelled):
    """A field of security cooperation that a body or commitment is about.

    >>> from maghreb_accord import Domain
    >>> Domain("cybercrime").label.fr
    'cybercriminalité'

    .. versionadded:: 0.1.0
    """

    TERRORISM = "terrorism"
    EXTREMISM = "extremism"
    TERRORISM_FINANCING = "terrorism_financing"
    ORGANIZED_CRIME = "organized_crime"
    ARMS_TRAFFICKING = "arms_trafficking"
    DRUG_TRAFFICKING = "drug_trafficking"
    HUMAN_TRAFFICKING = "human_trafficking"
    CYBERCRIME = "cybercrime"
    ILLEGAL_MIGRATION = "illegal_migration"
    LEGAL_MIGRATION = "legal_migration"
    MIGRATION = "migration"
    FREEDOM_OF_MOVEMENT = "freedom_of_movement"
    BORDER_SECURITY = "border_security"
    INFORMATION_EXCHANGE = "information_exchange"
    EXTRADITION = "extradition"
    CIVIL_PROTECTION = "civil_protection"
    RISK_MANAGEMENT = "risk_management"
    SECURITY_COOPERATION = "security_cooperation"


class CommitmentKind(_Labelled):
    """What the ministers did with a commitment, after the article's verbs.

    ``decision`` (اتفقوا), ``undertaking`` (التزم), ``emphasis`` (شددوا), ``condemnation``
    (منددين), ``call`` (دعا) and ``announcement`` (أعلن, كاشفا).

    >>> from maghreb_accord import CommitmentKind
    >>> CommitmentKind.CALL.label.ar
    'دعوة'

    .. versionadded:: 0.1.0
    """

    DECISION = "decision"
    UNDERTAKING = "undertaking"
    EMPHASIS = "emphasis"
    CONDEMNATION = "condemnation"
    CALL = "call"
    ANNOUNCEMENT = "announcement"


class BodyKind(_Labelled):
    """What kind of body a :class:`~maghreb_accord.Body` is.

    >>> from maghreb_accord import BodyKind
    >>> BodyKind.COMMITTEE.label.fr
    'commission'

    .. versionadded:: 0.1.0
    """

    UNION = "union"
    COUNCIL = "council"
    COMMITTEE = "committee"
    WORKING_GROUP = "working_group"


class CadenceUnit(_Labelled):
    """The unit of a :class:`~maghreb_accord.Cadence`'s interval.

    >>> from maghreb_accord import CadenceUnit
    >>> CadenceUnit.MONTH.label.ar
    'شهر'

    .. versionadded:: 0.1.0
    """

    MONTH = "month"
    YEAR = "year"


class MeetingStatus(_Labelled):
    """Whether a meeting was held or only planned, as of the source.

    >>> from maghreb_accord import MeetingStatus
    >>> MeetingStatus.PLANNED.label.fr
    'prévue'

    .. versionadded:: 0.1.0
    """

    HELD = "held"
    PLANNED = "planned"


class Level(_Labelled):
    """The rank at which a state was represented at a meeting, as the sources give it.

    ``not_known`` says that no source gives the rank: it is never a guess.

    >>> from maghreb_accord import Level
    >>> Level.SECRETARY_OF_STATE.label.fr
    "secrétaire d'État"

    .. versionadded:: 0.1.0
    """

    MINISTER = "minister"
    MINISTER_DELEGATE = "minister_delegate"
    SECRETARY_OF_STATE = "secretary_of_state"
    SECRETARY_GENERAL = "secretary_general"
    OTHER = "other"
    NOT_KNOWN = "not_known"


class Role(_Labelled):
    """A minister's role at the meeting.

    >>> from maghreb_accord import Role
    >>> Role.HOST.label.fr
    'hôte'

    .. versionadded:: 0.1.0
    """

    HOST = "host"
    PARTICIPANT = "participant"


class Statement(_Labelled):
    """Whose words report a fact: a statement, the newspaper's summary, or another report.

    The host minister's press statement, the final statement, the newspaper's own summary (the
    lede), or another report of the meeting.

    In the article, the host minister's statement runs from «أكد امحند العنصر … في تصريح
    إعلامي» to the sentence «وفي بيان ختامي للقمة الأمنية المغاربية», which opens the final
    statement; the lede before it is the newspaper's summary.

    >>> from maghreb_accord import Statement
    >>> Statement.FINAL_STATEMENT.label.fr
    'communiqué final'

    .. versionadded:: 0.1.0
    """

    PRESS_STATEMENT = "press_statement"
    FINAL_STATEMENT = "final_statement"
    NEWSPAPER = "newspaper"
    OTHER_REPORT = "other_report"


_V = TypeVar("_V", bound=enum.Enum)


def _member(vocabulary: type[_V], value: object, kind: str) -> _V:
    """``value`` as a member of ``vocabulary``: a member, or its value in any case.

    Any other string raises :class:`~maghreb_accord.UnknownIdError` naming the closest
    values, as an unknown id does; anything but a string, a TypeError.
    """
    from ._suggest import suggest
    from .errors import UnknownIdError

    if isinstance(value, vocabulary):
        return value
    if not isinstance(value, str):
        from ._checks import a_type

        wanted = f"a {kind} must be a {vocabulary.__name__} or its value (a str)"
        raise TypeError(f"{wanted}, got {value!r} ({a_type(value)})")
    try:
        return vocabulary(value.lower() if isinstance(value, str) else value)
    except ValueError:
        values = [member.value for member in vocabulary]
        raise UnknownIdError(str(value), kind, suggest(str(value), values)) from None


def _l(ar: str, fr: str) -> Label:
    return Label(ar=ar, fr=fr)


@cache
def _labels() -> Mapping[tuple[type[_Labelled], str], Label]:
    """Every member's label, built on first use rather than at import."""
    # One pair a member: a dict literal would merge members of two vocabularies with equal
    # values (every StrEnum member is its value).
    pairs: tuple[tuple[_Labelled, Label], ...] = (
        (Domain.TERRORISM, _l("الإرهاب", "terrorisme")),
        (Domain.EXTREMISM, _l("التطرف", "extrémisme")),
        (Domain.TERRORISM_FINANCING, _l("تمويل الإرهاب", "financement du terrorisme")),
        (Domain.ORGANIZED_CRIME, _l("الجريمة المنظمة", "criminalité organisée")),
        (Domain.ARMS_TRAFFICKING, _l("تهريب الأسلحة", "trafic d'armes")),
        (
            Domain.DRUG_TRAFFICKING,
            _l(
                "الاتجار في المخدرات والمؤثرات العقلية",
                "trafic de drogues et de substances psychotropes",
            ),
        ),
        (Domain.HUMAN_TRAFFICKING, _l("الاتجار في البشر", "traite des êtres humains")),
        (Domain.CYBERCRIME, _l("الجرائم الإلكترونية", "cybercriminalité")),
        (Domain.ILLEGAL_MIGRATION, _l("الهجرة غير الشرعية", "immigration clandestine")),
        (Domain.LEGAL_MIGRATION, _l("الهجرة الشرعية", "migration légale")),
        (Domain.MIGRATION, _l("الهجرة", "migration")),
        (Domain.FREEDOM_OF_MOVEMENT, _l("حرية التنقل", "libre circulation")),
        (Domain.BORDER_SECURITY, _l("أمن الحدود", "sécurité des frontières")),
        (Domain.INFORMATION_EXCHANGE, _l("تبادل المعلومات", "échange d'informations")),
        (Domain.EXTRADITION, _l("تسليم المطلوبين", "extradition")),
        (Domain.CIVIL_PROTECTION, _l("الحماية المدنية", "protection civile")),
        (Domain.RISK_MANAGEMENT, _l("تدبير المخاطر", "gestion des risques")),
        (Domain.SECURITY_COOPERATION, _l("التعاون الأمني", "coopération sécuritaire")),
        (CommitmentKind.DECISION, _l("قرار", "décision")),
        (CommitmentKind.UNDERTAKING, _l("التزام", "engagement")),
        (CommitmentKind.EMPHASIS, _l("تأكيد", "insistance")),
        (CommitmentKind.CONDEMNATION, _l("تنديد", "condamnation")),
        (CommitmentKind.CALL, _l("دعوة", "appel")),
        (CommitmentKind.ANNOUNCEMENT, _l("إعلان", "annonce")),
        (BodyKind.UNION, _l("اتحاد", "union")),
        (BodyKind.COUNCIL, _l("مجلس", "conseil")),
        (BodyKind.COMMITTEE, _l("لجنة", "commission")),
        (BodyKind.WORKING_GROUP, _l("فريق عمل", "groupe de travail")),
        (CadenceUnit.MONTH, _l("شهر", "mois")),
        (CadenceUnit.YEAR, _l("سنة", "an")),
        (MeetingStatus.HELD, _l("منعقد", "tenue")),
        (MeetingStatus.PLANNED, _l("مقرر", "prévue")),
        (Level.MINISTER, _l("وزير", "ministre")),
        (Level.MINISTER_DELEGATE, _l("وزير منتدب", "ministre délégué")),
        (Level.SECRETARY_OF_STATE, _l("كاتب دولة", "secrétaire d'État")),
        (Level.SECRETARY_GENERAL, _l("أمين عام لوزارة", "secrétaire général de ministère")),
        (Level.OTHER, _l("آخر", "autre")),
        (Level.NOT_KNOWN, _l("غير معروف", "inconnu")),
        (Role.HOST, _l("المضيف", "hôte")),
        (Role.PARTICIPANT, _l("مشارك", "participant")),
        (
            Statement.PRESS_STATEMENT,
            _l("تصريح الوزير المضيف للصحافة", "déclaration du ministre hôte à la presse"),
        ),
        (Statement.FINAL_STATEMENT, _l("البيان الختامي", "communiqué final")),
        (Statement.NEWSPAPER, _l("تقديم الجريدة", "chapeau du journal")),
        (Statement.OTHER_REPORT, _l("تقرير آخر عن الاجتماع", "autre compte rendu de la réunion")),
    )
    return MappingProxyType({(type(member), member.value): label for member, label in pairs})
