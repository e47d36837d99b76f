"""Coverage-guided fuzzing of the loader with atheris. Run by hand, not in CI.

    pip install atheris
    python fuzz/fuzz_loader.py -max_total_time=600 fuzz/corpus

The corpus folder starts with the canonical accord and a few variants; atheris adds what it
finds. Any exception other than AccordDataError is a crash: atheris stops and writes the
input as ``crash-*``; turn it into a regression test in ``tests/test_robustness.py``.
"""

from __future__ import annotations

import contextlib
import sys
from importlib.resources import files
from pathlib import Path

import atheris

with atheris.instrument_imports():
    import maghreb_accord
    from maghreb_accord import AccordDataError

DATA = files("maghreb_accord") / "data"


def seed(corpus: Path) -> None:
    """Put the canonical accord and small variants in an empty corpus folder."""
    corpus.mkdir(parents=True, exist_ok=True)
    if any(corpus.iterdir()):
        return
    canonical = (DATA / "rabat-2013.json").read_bytes()
    (corpus / "canonical.json").write_bytes(canonical)
    (corpus / "empty-object.json").write_bytes(b"{}")
    (corpus / "truncated.json").write_bytes(canonical[: len(canonical) // 2])


def test_one_input(data: bytes) -> None:
    """Load one input: a valid accord or an AccordDataError are both fine, nothing else is."""
    with contextlib.suppress(AccordDataError):
        maghreb_accord.loads(data, base=DATA)


def main() -> None:
    """Seed the corpus folders named on the command line, then fuzz."""
    folders = [Path(arg) for arg in sys.argv[1:] if not arg.startswith("-")]
    for folder in folders:
        seed(folder)
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
