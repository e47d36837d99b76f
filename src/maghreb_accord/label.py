"""The bilingual text every human-readable value of the accord is made of."""

from typing import TYPE_CHECKING

import attrs

from ._rules import Text, rule, validate
from ._shared import Shared

if TYPE_CHECKING:
    from .locales import LocaleLike

__all__ = ["Label"]


@attrs.frozen(kw_only=True, repr=False, eq=False)
class Label(Shared):
    """A text in Arabic (``ar``) and French (``fr``).

    Both are required, non-blank, in Unicode NFC and free of bidi control characters;
    anything else raises :class:`~maghreb_accord.AccordDataError`.

    >>> from maghreb_accord import Label
    >>> title = Label(ar="لجنة المتابعة", fr="comité de suivi")
    >>> title.in_locale("ar_MA"), title.in_locale("fr-FR"), title.in_locale("en")
    ('لجنة المتابعة', 'comité de suivi', 'comité de suivi')

    .. versionadded:: 0.1.0
    """

    #: The Arabic text.
    ar: str = attrs.field(metadata=rule(Text(script="ar")))
    #: The French text.
    fr: str = attrs.field(metadata=rule(Text()))

    def __attrs_post_init__(self) -> None:
        validate(self)

    def in_locale(self, locale: "LocaleLike") -> str:
        """The text for ``locale``: Arabic for an ``ar`` locale, French for any other.

        See :mod:`maghreb_accord.locales` for the fallback rule.

        >>> import maghreb_accord
        >>> maghreb_accord.load().body("security-follow-up-committee").name.in_locale("ar")
        'لجنة المتابعة الأمنية'
        """
        from .locales import text_language

        return self.ar if text_language(locale) == "ar" else self.fr
