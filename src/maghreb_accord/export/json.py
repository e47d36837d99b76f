"""The accord format itself: canonical JSON."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from maghreb_accord.agreement import Agreement

__all__ = ["to_json"]


def to_json(agreement: Agreement) -> str:
    """The accord as canonical JSON text; for the canonical accord, the bundled file's bytes.

    The same as :func:`maghreb_accord.dumps`: UTF-8 ready (not ASCII-escaped), two-space
    indents, keys in field order, sets sorted, absent values left out, a final newline.

    >>> import maghreb_accord
    >>> from importlib.resources import files
    >>> from maghreb_accord.export import to_json
    >>> text = to_json(maghreb_accord.load())
    >>> text.encode("utf-8") == (files("maghreb_accord") / "data" / "rabat-2013.json").read_bytes()
    True

    .. versionadded:: 0.1.0
    """
    from maghreb_accord.loading import dumps

    return dumps(agreement)
