"""The intermediate document: blocks of runs of text, in one language or, for a listing, two.

Text is made of runs: a run in the other script than the document's (a Latin id in Arabic,
an Arabic quote in French) is marked to be isolated, so bidirectional text shows in the
right order wherever the syntax can say so (Markdown, HTML).
"""

from __future__ import annotations

import re
from typing import Final, Literal, TypeAlias

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


# French typography: a no-break space before «:» and «»» and after «««, a narrow one before
# «;», «!» and «?», and a no-break space between a number and the word after it (21 avril).
_FRENCH_SPACES: Final = (
    (re.compile(r" ([:»])"), "\u00a0\\1"),
    (re.compile(r"« "), "«\u00a0"),
    (re.compile(r" ([;!?])"), "\u202f\\1"),
    (re.compile(r"(\d) (?=[^\W\d_])"), "\\1\u00a0"),
)


def french_spacing(text: str) -> str:
    """``text`` with French typography's no-break spaces (see :func:`french_spaced`)."""
    for pattern, replacement in _FRENCH_SPACES:
        text = pattern.sub(replacement, text)
    return text


def french_spaced(document: Document) -> Document:
    """``document`` with French typography's no-break spaces, for a page that wraps lines.

    A line never breaks before «:» or «;», between a guillemet and the word it encloses, or
    between «21» and «avril». Only the document's own words and the data's texts change:
    ids, code, addresses and verbatim quotations keep their spaces as written. Plain text
    keeps plain spaces (what a reader searches for is what the terminal shows); HTML and
    Markdown wrap, and use this.
    """

    def spaced(text: Text) -> Text:
        runs = []
        for run in text:
            if not (run.isolated or run.code or run.href):
                run = attrs.evolve(run, text=french_spacing(run.text))
            runs.append(run)
        return tuple(runs)

    def block(each: Block) -> Block:
        if isinstance(each, Heading):
            return Heading(each.level, spaced(each.text))
        if isinstance(each, Paragraph):
            return Paragraph(spaced(each.text))
        if isinstance(each, Items):
            return Items(tuple((depth, spaced(text)) for depth, text in each.entries))
        return each  # a Quote: the source's words, as printed

    if document.language != "fr":
        return document
    return Document(document.language, tuple(block(each) for each in document.blocks))


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


# One character beyond ASCII, percent-encoded as UTF-8: a lead byte, then continuation bytes.
_NEXT: Final = "%[89ABab][0-9A-Fa-f]"
_ENCODED_CHAR: Final = re.compile(
    rf"%[CDcd][0-9A-Fa-f]{_NEXT}|%[Ee][0-9A-Fa-f](?:{_NEXT}){{2}}|%[Ff][0-7](?:{_NEXT}){{3}}"
)


def shown_link(run: Run) -> tuple[str, str | None, bool]:
    """A run as a link shows it: its text, its target (or None), and whether to isolate it.

    Only an http(s) address links, to itself as written, and shows decoded
    (:func:`readable_address`); decoded, its letters may be of any script, so it is
    isolated from the text around it, as a run of another script is.

    >>> shown_link(Run("https://arabstoday.net/326/%D9%88", href="https://arabstoday.net/326/%D9%88"))
    ('https://arabstoday.net/326/و', 'https://arabstoday.net/326/%D9%88', True)
    >>> shown_link(Run("javascript:alert(1)", href="javascript:alert(1)"))
    ('javascript:alert(1)', None, False)
    """
    href = run.href if run.href is not None and web_address(run.href) == run.href else None
    shown = run.text if href is None else readable_address(run.text)
    return shown, href, run.isolated or shown != run.text


def readable_address(address: str) -> str:
    """``address`` as people read it: its percent-encoded letters decoded (an IRI, RFC 3987).

    Only what decodes to a visible character beyond ASCII is decoded, as a browser's address
    bar shows it; an escaped ASCII character (``%2F``, ``%20``, ``%25``), bytes that are not
    UTF-8, and what would decode to a space, a control or a bidirectional formatting
    character stay as written, so the text still names the same page. This is the text
    shown; a link's target stays the address itself.

    >>> readable_address("https://arabstoday.net/326/%D9%88%D8%B2%D8%B1%D8%A7%D8%A1")
    'https://arabstoday.net/326/وزراء'
    >>> readable_address("https://lecalame.info/?q=node%2F2049%E2%80%AE%FF")
    'https://lecalame.info/?q=node%2F2049%E2%80%AE%FF'
    """
    from urllib.parse import unquote

    def decode(encoded: re.Match[str]) -> str:
        try:
            char = unquote(encoded.group(), errors="strict")
        except UnicodeDecodeError:  # an overlong form or a surrogate: not a character
            return encoded.group()
        return char if char.isprintable() else encoded.group()

    return _ENCODED_CHAR.sub(decode, address)
