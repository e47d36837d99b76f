"""Exports of an accord to formats other tools read, one module per format.

* :func:`to_json` — the accord format itself, canonical JSON;
* :func:`json_schema` — the JSON Schema (Draft 2020-12) of that format;
* :func:`to_popolo` — Popolo JSON (persons, organizations, memberships, posts, events);
* :func:`to_csv` and :func:`to_csv_references` — the commitments, one row each, and every
  reference they cite, one row each;
* :func:`to_csv_attendance` — the meetings with their attendance, one row for each meeting
  and member state;
* :func:`to_csv_windows` — each body's cadence windows and how the record fills them, one
  row each;
* :func:`to_markdown` and :func:`to_html` — the whole accord in Arabic and French (the
  HTML with the timeline below);
* :func:`to_svg` — the record after Rabat as an SVG timeline: each body's windows, coloured
  by how they stand, and its meetings, in Arabic (right to left) or French;
* :func:`to_ical` — a body's expected meetings as iCalendar; needs the ``ical`` extra
  (``pip install 'maghreb-accord[ical]'``).
"""

from __future__ import annotations

from .csv import to_csv, to_csv_attendance, to_csv_references, to_csv_windows
from .html import to_html
from .ical import to_ical
from .json import to_json
from .markdown import to_markdown
from .popolo import to_popolo
from .schema import json_schema
from .svg import to_svg

__all__ = [
    "json_schema",
    "to_csv",
    "to_csv_attendance",
    "to_csv_references",
    "to_csv_windows",
    "to_html",
    "to_ical",
    "to_json",
    "to_markdown",
    "to_popolo",
    "to_svg",
]
