"""Exports of an accord to formats other tools read.

* :func:`to_ical` — a body's expected meetings as iCalendar (RFC 5545), needs the ``ical``
  extra: ``pip install 'maghreb-accord[ical]'``.
"""

from __future__ import annotations

from .ical import to_ical

__all__ = ["to_ical"]
