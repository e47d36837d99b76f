"""Plain text: the summary and the command line's listings."""

from __future__ import annotations

from typing import Final

from .blocks import Document, Heading, Items, Paragraph, Quote, Run, Text
from .words import words

FSI: Final = "\u2068"  # FIRST STRONG ISOLATE
PDI: Final = "\u2069"  # POP DIRECTIONAL ISOLATE


def _run(run: Run) -> str:
    # A terminal that applies the bidi algorithm keeps an isolated id in its own order; one
    # that does not shows the isolates as nothing.
    return f"{FSI}{run.text}{PDI}" if run.isolated else run.text


def _text(text: Text) -> str:
    return "".join(_run(run) for run in text)


def render_text(document: Document) -> str:
    """``document`` as lines of plain text, without a final line end.

    The title stands alone on the first line; every other heading follows a blank line and
    ends with the language's colon; list entries are indented two spaces a level.
    """
    colon = words(document.language)["colon"].rstrip() if document.language else ""
    lines: list[str] = []
    for block in document.blocks:
        if isinstance(block, Heading):
            if block.level == 1:
                lines.append(_text(block.text))
            else:
                lines += ["", f"{_text(block.text)}{colon}"]
        elif isinstance(block, Paragraph):
            lines.append(_text(block.text))
        elif isinstance(block, Quote):
            lines.append(f"> {_text(block.text)}")
        elif isinstance(block, Items):
            lines += [f"{'  ' * depth}{_text(text)}" for depth, text in block.entries]
    return "\n".join(lines)
