"""The whole accord as Markdown: the Arabic text right-to-left, then the French."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from maghreb_accord._render.blocks import Block, Heading, Paragraph, Quote, Run, Text, shown_link
from maghreb_accord._render.text import FSI, PDI
from maghreb_accord._render.views import accord_document, bcp47
from maghreb_accord.locales import output_locales

if TYPE_CHECKING:
    from maghreb_accord.agreement import Agreement
    from maghreb_accord.locales import LocaleLike

__all__ = ["to_markdown"]

_SPECIAL: Final = re.compile(r"([\\`*_\[\]<>#|])")


def _run(run: Run) -> str:
    shown, href, isolated = shown_link(run)
    text = f"`{shown}`" if run.code else _SPECIAL.sub(r"\\\1", shown)
    if href is not None:
        text = f"[{text}](<{href}>)"  # an address holds no < > or backslash (a URI)
    return f"{FSI}{text}{PDI}" if isolated else text


def _text(text: Text) -> str:
    return "".join(_run(run) for run in text)


def _block(block: Block) -> str:
    if isinstance(block, Heading):
        return f"{'#' * block.level} {_text(block.text)}"
    if isinstance(block, Paragraph):
        return _text(block.text)
    if isinstance(block, Quote):
        return f"> {_text(block.text)}"
    return "\n".join(f"{'  ' * depth}- {_text(text)}" for depth, text in block.entries)


def to_markdown(agreement: Agreement, locale: LocaleLike = "both") -> str:
    r"""The whole accord as Markdown, in ``locale``.

    ``locale`` is a tag, a :class:`babel.Locale`, or ``"both"`` (the default) for the Arabic
    text, then the French.

    Each language stands in a ``<div>`` with its ``lang`` and ``dir`` (``<div lang="ar"
    dir="rtl">``) so renderers set Arabic right to left; a Latin id inside Arabic text is
    wrapped in the Unicode isolates U+2068 … U+2069, so it keeps its own direction. In one
    language, nothing else is in another script: an Arabic quote of the article shows in
    French as where it stands in the source. Dates follow the locale (``ar_MA``, ``ar_DZ``).
    French follows French typography where a line may wrap: a no-break space before «:» and
    inside «« … »», a narrow one before «;», and none to break «21 avril»; verbatim quotes,
    ids and addresses keep their spaces.

    >>> import maghreb_accord
    >>> from maghreb_accord.export import to_markdown
    >>> text = to_markdown(maghreb_accord.load())
    >>> print(text.splitlines()[0])
    <div lang="ar" dir="rtl">
    >>> "\u2068`security-follow-up-committee`\u2069 لجنة المتابعة الأمنية" in text
    True
    >>> french = to_markdown(maghreb_accord.load(), "fr").splitlines()
    >>> french[2][-23:], french[4]
    ('à Rabat (21\xa0avril 2013)', 'Date\xa0: dimanche 21\xa0avril 2013')

    .. versionadded:: 0.1.0
    """
    parts = []
    for each in output_locales(locale):
        document = accord_document(agreement, each)
        body = "\n\n".join(_block(block) for block in document.blocks)
        direction = "rtl" if document.language == "ar" else "ltr"
        parts.append(f'<div lang="{bcp47(each)}" dir="{direction}">\n\n{body}\n\n</div>')
    return "\n\n".join(parts) + "\n"
