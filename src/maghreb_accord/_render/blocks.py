"""The intermediate document: blocks of runs of text, in one language or, for a listing, two.

Text is made of runs: a run in the other script than the document's (a Latin id in Arabic,
an Arabic quote in French) is marked to be isolated, so bidirectional text shows in the
right order wherever the syntax can say so (Markdown, HTML).
"""

from __future__ import annotations

from typing import Literal, TypeAlias

import attrs

Language: TypeAlias = Literal["ar", "fr"]


@attrs.frozen
class Run:
    """A piece of text; ``isolated`` when its direction differs from the document's."""

    text: str
    isolated: bool = False
    code: bool = False
    #: A web address (http or https only) the run links to, where the output can link.
    href: str | None = None


Text: TypeAlias = tuple[Run, ...]


@attrs.frozen
class Heading:
    """A heading: level 1 is the document's title."""

    level: int
    text: Text


@attrs.frozen
class Paragraph:
    """A paragraph of running text."""

    text: Text


@attrs.frozen
class Items:
    """A list, nested by depth: each entry is (depth, text), depth 0 the outermost."""

    entries: tuple[tuple[int, Text], ...]


@attrs.frozen
class Quote:
    """A verbatim quotation of a source."""

    text: Text


Block: TypeAlias = Heading | Paragraph | Items | Quote


@attrs.frozen
class Document:
    """Blocks in ``language``; ``None`` for a listing whose lines are in both languages."""

    language: Language | None
    blocks: tuple[Block, ...]


def plain(text: str) -> Text:
    """One run of text in the document's own direction."""
    return (Run(text),)


def is_arabic(text: str) -> bool:
    """Whether ``text`` holds any Arabic letter."""
    return any("\u0600" <= char <= "\u06ff" for char in text)


def foreign(text: str, language: Language) -> Run:
    """A run isolated when its script is not the document's."""
    return Run(text, isolated=is_arabic(text) != (language == "ar"))


def identifier(value: str, language: Language) -> Run:
    """An id (Latin, shown as code), isolated inside Arabic."""
    return Run(value, isolated=language == "ar", code=True)


def web_address(address: str) -> str | None:
    """The http(s) URL of a source's address, or None for any other scheme.

    An address recorded without a scheme (``jeuneafrique.com/185286``) is read as https.
    """
    from urllib.parse import urlsplit

    scheme = urlsplit(address).scheme.lower()
    # A scheme has no dot; "example.org:8080/x" is a host and port, read as https.
    if scheme and "." not in scheme and scheme not in ("http", "https"):
        return None  # javascript:, data:, file:, mailto:, ftp: ... stay text
    url = address if scheme in ("http", "https") else f"https://{address}"
    if not urlsplit(url).netloc or any(char.isspace() for char in url):
        return None
    return url
