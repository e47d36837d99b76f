"""``python -m maghreb_accord``: print a bilingual summary of the accord."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Print the summary of the canonical accord; return the exit status.

    >>> main(["--lang", "fr"])  # doctest: +ELLIPSIS
    Accord des ministres de l'Intérieur des pays de l'Union du Maghreb arabe à Rabat...
    0
    """
    parser = argparse.ArgumentParser(
        prog="python -m maghreb_accord",
        description=(
            "Print a summary of the security accord of the Arab Maghreb Union's interior "
            "ministers (Rabat, 21 April 2013): date and place, states and ministers, bodies "
            "and how often they meet, commitments by domain."
        ),
    )
    parser.add_argument(
        "--lang",
        choices=("ar", "fr", "both"),
        default="both",
        help="language of the summary (default: both, Arabic first)",
    )
    arguments = parser.parse_args(argv)

    from . import load, summary

    sys.stdout.write(summary(load(), language=arguments.lang))
    return 0


if __name__ == "__main__":
    sys.exit(main())
