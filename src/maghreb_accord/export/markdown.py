"""The whole accord as Markdown: the Arabic text right-to-left, then the French."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from maghreb_accord._render.blocks import Block, Heading, Paragraph, Quote, Run, Text
from maghreb_accord._render.views import accord_document

if TYPE_CHECKING:
    from maghreb_accord.agreement import Agreement

__all__ = ["to_markdown"]

_SPECIAL: Final = re.compile(r"([\\`*_\[\]<>#|])")
FSI: Final = "\u2068"  # FIRST STRONG ISOLATE
PDI: Final = "\u2069"  # POP DIRECTIONAL ISOLATE


def _run(run: Run) -> str:
    text = f"`{run.text}`" if run.code else _SPECIAL.sub(r"\\\1", run.text)
    return f"{FSI}{text}{PDI}" if run.isolated else text


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


def to_markdown(agreement: Agreement) -> str:
    r"""The whole accord as Markdown, in Arabic then in French.

    The Arabic part stands in ``<div lang="ar" dir="rtl">`` so renderers set it right to
    left; a Latin id inside Arabic text (and Arabic inside French) is wrapped in the Unicode
    isolates U+2068 … U+2069, so it keeps its own direction.

    >>> import maghreb_accord
    >>> from maghreb_accord.export import to_markdown
    >>> text = to_markdown(maghreb_accord.load())
    >>> print(text.splitlines()[0])
    <div lang="ar" dir="rtl">
    >>> "\u2068`security-follow-up-committee`\u2069 لجنة المتابعة الأمنية" in text
    True

    .. versionadded:: 0.1.0
    """
    parts = []
    for language in ("ar", "fr"):
        body = "\n\n".join(_block(block) for block in accord_document(agreement, language).blocks)
        direction = "rtl" if language == "ar" else "ltr"
        parts.append(f'<div lang="{language}" dir="{direction}">\n\n{body}\n\n</div>')
    return "\n\n".join(parts) + "\n"
