"""Run the examples in the README and the docs as doctests."""

from doctest import ELLIPSIS, NORMALIZE_WHITESPACE

from sybil import Sybil
from sybil.parsers.markdown import PythonCodeBlockParser

pytest_collect_file = Sybil(
    parsers=[PythonCodeBlockParser(doctest_optionflags=ELLIPSIS | NORMALIZE_WHITESPACE)],
    patterns=["README.md", "docs/*.md", "docs/howto/*.md"],
).pytest()

# The docs' Python files are Sphinx's configuration and a by-hand browser check, not tests.
collect_ignore_glob = ["docs/*.py"]


def pytest_addoption(parser):  # type: ignore[no-untyped-def]
    parser.addoption(
        "--update-goldens",
        action="store_true",
        help="rewrite tests/golden/ from today's outputs instead of comparing with them",
    )
