"""The whole accord as a standalone HTML page: Arabic right-to-left, then French."""

from __future__ import annotations

import datetime
from html import escape
from typing import TYPE_CHECKING, Final

from maghreb_accord._render.blocks import (
    Block,
    Heading,
    Items,
    Paragraph,
    Quote,
    Run,
    Text,
    french_spacing,
    is_arabic,
    shown_link,
)
from maghreb_accord._render.text import FSI, PDI
from maghreb_accord._render.timeline import timeline_document
from maghreb_accord._render.views import accord_document, bcp47
from maghreb_accord.locales import output_locales, text_language

from .svg import _svg_element

if TYPE_CHECKING:
    from maghreb_accord.agreement import Agreement
    from maghreb_accord.locales import LocaleLike

__all__ = ["to_html"]

_STYLE: Final = """
body { font-family: system-ui, "Noto Sans", "Noto Naskh Arabic", sans-serif; max-width: 52rem;
       margin: 2rem auto; padding: 0 1rem; line-height: 1.6; overflow-wrap: break-word; }
a, code { overflow-wrap: anywhere; }
section + section { border-top: 1px solid #ccc; margin-top: 3rem; }
blockquote { border-inline-start: 4px solid #999; margin-inline: 0; padding-inline: 1rem;
             color: #333; }
code { font-size: 0.9em; }
figure.timeline { margin: 1rem 0; }
figure.timeline svg { display: block; width: 100%; height: auto; }
""".strip()


def _run(run: Run) -> str:
    shown, href, isolated = shown_link(run)
    text = escape(shown)
    if run.code:
        text = f"<code>{text}</code>"
    if href is not None:
        text = f'<a href="{escape(href, quote=True)}">{text}</a>'
    return f"<bdi>{text}</bdi>" if isolated else text


def _text(text: Text) -> str:
    return "".join(_run(run) for run in text)


def _items(entries: tuple[tuple[int, Text], ...]) -> str:
    """Nested lists from (depth, text) entries."""
    html: list[str] = []
    depth = -1
    for level, text in entries:
        if level > depth:
            html.append("<ul>" * (level - depth))
        else:
            html.append("</li>")
            html.append("</ul></li>" * (depth - level))
        html.append(f"<li>{_text(text)}")
        depth = level
    html.append("</li>" + "</ul></li>" * depth + "</ul>")
    return "".join(html)


def _block(block: Block) -> str:
    if isinstance(block, Heading):
        return f"<h{block.level}>{_text(block.text)}</h{block.level}>"
    if isinstance(block, Paragraph):
        return f"<p>{_text(block.text)}</p>"
    if isinstance(block, Quote):
        arabic = all(is_arabic(run.text) for run in block.text)
        lang = ' lang="ar" dir="rtl"' if arabic else ""
        runs = "".join(escape(run.text) for run in block.text)
        return f"<blockquote{lang}>{runs}</blockquote>"
    if isinstance(block, Items):
        return _items(block.entries)
    raise TypeError(block)


def _timeline(agreement: Agreement, locale: LocaleLike, as_of: datetime.date) -> str:
    """The timeline's heading and drawing, or nothing if no body's series can be drawn."""
    drawn = timeline_document(agreement, locale, as_of=as_of)
    if not drawn.lanes:
        return ""
    svg = _svg_element(drawn, standalone=False)
    return f'\n<h2>{escape(drawn.title)}</h2>\n<figure class="timeline" id="timeline-{drawn.lang}">\n{svg}\n</figure>'


def to_html(
    agreement: Agreement, locale: LocaleLike = "both", *, as_of: datetime.date | None = None
) -> str:
    """The whole accord as a standalone HTML5 page, in ``locale``.

    ``locale`` is a tag, a :class:`babel.Locale`, or ``"both"`` (the default) for Arabic,
    then French.

    Each language is a ``<section>`` with its ``lang`` and ``dir``; Latin ids inside Arabic
    are isolated in ``<bdi>``; every text is escaped. The page has the ``lang`` and ``dir``
    of the language it opens with, and its title is the accord's in the body's order: in
    both languages, Arabic then French (isolated). A page in one language has nothing else
    in another script but ids and addresses. Dates follow the locale (``ar_MA``,
    ``ar_DZ``). Long words, such as addresses and ids, wrap on a narrow screen.

    A source's address links to the address as written, and shows as people read it: its
    percent-encoded letters decoded, isolated in ``<bdi>`` where they are Arabic.

    Each section ends with the record's timeline in its language, inline (see
    :func:`~maghreb_accord.export.to_svg`), as of ``as_of``: by default the last day the
    record speaks of, so the same accord always gives the same page. An accord with no
    body whose series can be drawn has no timeline.

    >>> import maghreb_accord
    >>> from maghreb_accord.export import to_html
    >>> page = to_html(maghreb_accord.load())
    >>> page.startswith("<!DOCTYPE html>"), '<section lang="ar" dir="rtl">' in page
    (True, True)
    >>> '<html lang="ar" dir="rtl">' in page
    True
    >>> '<html lang="ar-MA" dir="rtl">' in to_html(maghreb_accord.load(), "ar_MA")
    True
    >>> ">https://interieur.gov.dz/index.php/ar/الوزير-و-الوزارة/" in page
    True

    .. versionadded:: 0.1.0
    """
    sections = []
    locales = output_locales(locale)
    from maghreb_accord.agreement import _on_day

    day = _on_day(agreement, as_of, "as_of")
    for each in locales:
        document = accord_document(agreement, each)
        direction = "rtl" if document.language == "ar" else "ltr"
        blocks = "\n".join(_block(block) for block in document.blocks)
        blocks += _timeline(agreement, each, day)
        sections.append(f'<section lang="{bcp47(each)}" dir="{direction}">\n{blocks}\n</section>')
    # The page is in the language its body opens with; its title names the accord in the
    # body's order, a title after the first isolated (a <title> holds no <bdi>).
    arabic = text_language(locales[0]) == "ar"
    page = f'lang="{bcp47(locales[0])}" dir="{"rtl" if arabic else "ltr"}"'
    first, *others = (
        french_spacing(title) if text_language(each) == "fr" else title
        for each in locales
        for title in (agreement.title.in_locale(each),)
    )
    title = escape("".join([first, *(f" — {FSI}{other}{PDI}" for other in others)]))
    return (
        "<!DOCTYPE html>\n"
        f"<html {page}>\n<head>\n"
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{title}</title>\n<style>\n{_STYLE}\n</style>\n</head>\n<body>\n"
        + "\n".join(sections)
        + "\n</body>\n</html>\n"
    )
