"""``python -m maghreb_accord``: the command line (see :mod:`maghreb_accord.cli`)."""

from __future__ import annotations

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
