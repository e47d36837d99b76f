"""Locales: which of the two languages a locale reads, and locale-aware formatting.

Every text in the accord exists in Arabic and French. A locale picks one by its language
subtag, and only by that (**the fallback rule**):

* ``ar`` — with any script or region (``ar``, ``ar_MA``, ``ar-DZ``, ``ar-Arab-MA``) — reads Arabic;
* ``fr`` — with any region (``fr``, ``fr-FR``, ``fr_MA``) — reads French;
* any other language (``en``, ``es``, ``de``, …) reads French, the Latin-script one of the two.

The language never comes from the environment (``LANG``, ``LC_ALL``): a caller always says it.
Region variants matter for dates: ``ar_MA`` writes يونيو for June, ``ar_DZ`` and ``ar_TN``
write جوان. Babel is imported only when a function here first needs it.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Final, Literal, TypeAlias

import attrs

from . import _checks
from .errors import LocaleError

if TYPE_CHECKING:
    from babel import Locale

__all__ = [
    "LocaleLike",
    "LocaleTag",
    "format_date",
    "format_list",
    "format_skeleton",
    "output_locales",
    "parse_locale",
    "text_language",
]

LocaleLike: TypeAlias = "str | Locale"
"""What every ``locale`` parameter takes: a tag such as ``'ar_MA'`` or a :class:`babel.Locale`."""

_TAG: Final = re.compile(
    r"(?P<language>[A-Za-z]{2,3})"
    r"(?:[-_](?P<script>[A-Za-z]{4}))?"
    r"(?:[-_](?P<region>[A-Za-z]{2}|[0-9]{3}))?"
)


@attrs.frozen(kw_only=True)
class LocaleTag:
    """A parsed locale: language, and script and region where given.

    >>> from maghreb_accord import parse_locale
    >>> parse_locale("ar-Arab-MA")
    LocaleTag(language='ar', script='Arab', region='MA')

    .. versionadded:: 0.1.0
    """

    language: str
    script: str | None = None
    region: str | None = None

    @property
    def text_language(self) -> Literal["ar", "fr"]:
        """The language of the accord's texts this locale reads, by the fallback rule.

        >>> from maghreb_accord import parse_locale
        >>> parse_locale("es_ES").text_language
        'fr'
        """
        return "ar" if self.language == "ar" else "fr"

    def babel_identifier(self) -> str:
        """The identifier Babel parses: ``ar_Arab_MA``.

        >>> from maghreb_accord import parse_locale
        >>> parse_locale("fr-FR").babel_identifier()
        'fr_FR'
        """
        return "_".join(part for part in (self.language, self.script, self.region) if part)


# The day of the month written as one digit in a CLDR pattern: a "d" with no other "d" and
# no quote beside it (a quote would make it part of literal text).
_FRENCH_FIRST: Final = re.compile(r"(?<![d'])d(?![d'])")
# A month written as a name (MMM, MMMM; L for its stand-alone form), not as a number: the
# ordinal goes only in dates that write it so, never in 1/07/13.
_MONTH_NAME: Final = re.compile(r"[ML]{3,}")


def parse_locale(locale: LocaleLike) -> LocaleTag:
    """Read a locale given as a tag (``-`` or ``_`` between parts) or a :class:`babel.Locale`.

    Tags are case-insensitive and come out in their canonical case. A string that is not a
    language tag raises :class:`~maghreb_accord.LocaleError`.

    >>> from maghreb_accord import parse_locale
    >>> parse_locale("AR_ma")
    LocaleTag(language='ar', script=None, region='MA')
    >>> parse_locale("ar.UTF-8")
    Traceback (most recent call last):
    ...
    maghreb_accord.errors.LocaleError: 'ar.UTF-8' is not a locale: use a tag such as 'ar', 'fr', 'ar_MA', 'fr-FR' or 'ar-Arab-MA'

    .. versionadded:: 0.1.0
    """
    if isinstance(locale, str):
        match = _TAG.fullmatch(locale)
        if match is None:
            raise LocaleError(
                f"{locale!r} is not a locale: use a tag such as "
                "'ar', 'fr', 'ar_MA', 'fr-FR' or 'ar-Arab-MA'"
            )
        script, region = match["script"], match["region"]
        return LocaleTag(
            language=match["language"].lower(),
            script=script.title() if script else None,
            region=region.upper() if region else None,
        )
    from babel import Locale

    if isinstance(locale, Locale):
        return LocaleTag(language=locale.language, script=locale.script, region=locale.territory)
    raise LocaleError(f"expected a locale tag (str) or a babel.Locale, got {type(locale).__name__}")


def text_language(locale: LocaleLike) -> Literal["ar", "fr"]:
    """Which of the accord's two languages ``locale`` reads, by the fallback rule.

    >>> from maghreb_accord import text_language
    >>> text_language("ar-DZ"), text_language("fr_MA"), text_language("en")
    ('ar', 'fr', 'fr')

    .. versionadded:: 0.1.0
    """
    return parse_locale(locale).text_language


def _babel_locale(locale: LocaleLike) -> Locale:
    """The :class:`babel.Locale` for ``locale``; a locale CLDR does not know is a LocaleError.

    >>> from maghreb_accord.locales import _babel_locale
    >>> _babel_locale("ar-Arab-MA")
    Locale('ar', territory='MA')

    .. versionadded:: 0.1.0
    """
    from babel import Locale, UnknownLocaleError

    if isinstance(locale, Locale):
        return locale
    tag = parse_locale(locale)
    try:
        return Locale.parse(tag.babel_identifier())
    except (UnknownLocaleError, ValueError) as error:
        raise LocaleError(f"{locale!r} is not a locale CLDR knows ({error})") from None


def _formatting_locale(locale: LocaleLike) -> Locale:
    """The Babel locale to format in: the given one for Arabic and French, else French."""
    tag = parse_locale(locale)
    if tag.language in ("ar", "fr"):
        try:
            return _babel_locale(locale)
        except LocaleError:
            # A region CLDR lacks for this language (fr_LY): keep the language.
            return _babel_locale(tag.language)
    return _babel_locale("fr")


def format_date(
    day: datetime.date,
    locale: LocaleLike,
    *,
    format: Literal["short", "medium", "long", "full"] = "long",
) -> str:
    """Write ``day`` as ``locale`` writes dates; other languages fall back to French.

    Moroccan Arabic and Algerian Arabic name the months differently:

    >>> import datetime
    >>> from maghreb_accord import format_date
    >>> deadline = datetime.date(2013, 6, 30)
    >>> format_date(deadline, "ar_MA"), format_date(deadline, "ar_DZ")
    ('30 يونيو 2013', '30 جوان 2013')
    >>> format_date(datetime.date(2013, 4, 21), "fr", format="full")
    'dimanche 21 avril 2013'

    French writes the first of a month as an ordinal, «1er», which CLDR's patterns leave
    out:

    >>> format_date(datetime.date(2013, 7, 1), "fr"), format_date(datetime.date(2013, 7, 1), "ar")
    ('1er juillet 2013', '1 يوليو 2013')

    .. versionadded:: 0.1.0
    """
    from babel.dates import format_date as babel_format_date
    from babel.dates import get_date_format

    _checks.date_argument(day, "day")
    babel_locale = _formatting_locale(locale)
    pattern = get_date_format(format, locale=babel_locale).pattern
    if babel_locale.language == "fr" and day.day == 1 and _MONTH_NAME.search(pattern):
        # The day written as one digit ("d", not "dd") before a month's name: «1er».
        pattern = _FRENCH_FIRST.sub("d'er'", pattern, count=1)
    return babel_format_date(day, format=pattern, locale=babel_locale)


def format_skeleton(skeleton: str, day: datetime.date, locale: LocaleLike) -> str:
    """Write ``day`` by a CLDR skeleton (``"yMMMM"``: month and year) in the locale's style.

    >>> import datetime
    >>> from maghreb_accord import format_skeleton
    >>> format_skeleton("yMMMM", datetime.date(2013, 6, 1), "ar_DZ")
    'جوان 2013'

    .. versionadded:: 0.1.0
    """
    from babel.dates import format_skeleton as babel_format_skeleton

    _checks.date_argument(day, "day")
    return babel_format_skeleton(skeleton, day, locale=_formatting_locale(locale))


def format_list(items: Iterable[str], locale: LocaleLike) -> str:
    """Join ``items`` as a list in the locale's language: «أ وب» / «a et b».

    >>> from maghreb_accord import format_list
    >>> format_list(["Maroc", "Algérie", "Tunisie"], "fr")
    'Maroc, Algérie et Tunisie'

    .. versionadded:: 0.1.0
    """
    from babel.lists import format_list as babel_format_list

    return babel_format_list(list(items), locale=_formatting_locale(locale))


def output_locales(locale: LocaleLike) -> tuple[LocaleLike, ...]:
    """The locales an output is written in: ``"both"`` is Arabic then French, else ``locale``.

    Every function that writes text for people takes ``locale`` this way: a tag, a
    :class:`babel.Locale`, or ``"both"``. A malformed tag raises
    :class:`~maghreb_accord.LocaleError` here, before anything is written.

    >>> from maghreb_accord.locales import output_locales
    >>> output_locales("both"), output_locales("ar_MA")
    (('ar', 'fr'), ('ar_MA',))

    .. versionadded:: 0.1.0
    """
    if isinstance(locale, str) and locale.lower() == "both":
        return ("ar", "fr")
    parse_locale(locale)
    return (locale,)
