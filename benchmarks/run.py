"""Benchmarks of maghreb_accord, as ratios against baselines measured in the same run.

Run by hand, never in CI (these machines are noisy; only ratios mean anything):

    pip install -e '.[bench]'
    python benchmarks/run.py            # about a minute and a half on 2 cores
    python benchmarks/run.py --quick    # fewer rounds, for a first look (about a minute)

Each row times a subject against a baseline, alternating them round by round, and reports
both medians and their ratio. Cold timings start a fresh interpreter each round.
"""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import json
import random
import statistics
import subprocess
import sys
import timeit
import tracemalloc
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import maghreb_accord
from maghreb_accord import Agreement

DATA = Path(maghreb_accord.__file__).with_name("data")
CANONICAL = DATA / "rabat-2013.json"


def compile_bytecode(packages: tuple[str, ...]) -> None:
    """Write the bytecode cache of ``packages``, as pip does when it installs a wheel.

    Cold timings would otherwise include compiling the package's sources in every round
    wherever the cache is stale and Python will not write it (an editable install run with
    ``PYTHONDONTWRITEBYTECODE=1``, say), which no installed user pays. ``compileall`` writes
    the ``.pyc`` files whatever that variable says, beside the sources and in site-packages.
    """
    for package in packages:
        spec = importlib.util.find_spec(package)
        for folder in (spec.submodule_search_locations or []) if spec else []:
            if not compileall.compile_dir(folder, quiet=1):
                sys.exit(f"could not byte-compile {folder}: the cold timings would be unfair")


def cold(code: str, rounds: int) -> list[float]:
    """Seconds to run ``python -c code`` in a fresh interpreter, ``rounds`` times."""
    times = []
    for _ in range(rounds):
        start = timeit.default_timer()
        subprocess.run([sys.executable, "-c", code], check=True)
        times.append(timeit.default_timer() - start)
    return times


def paired_cold(subject: str, baseline: str, rounds: int) -> tuple[float, float]:
    """Median cold times of ``subject`` and ``baseline``, alternated to share the noise."""
    subject_times, baseline_times = [], []
    for _ in range(rounds):
        baseline_times += cold(baseline, 1)
        subject_times += cold(subject, 1)
    return statistics.median(subject_times), statistics.median(baseline_times)


def warm(function: Callable[[], Any], rounds: int, number: int) -> float:
    """Median seconds per call of ``function`` over ``rounds`` runs of ``number`` calls."""
    return statistics.median(timeit.repeat(function, number=number, repeat=rounds)) / number


def paired_warm(
    subject: Callable[[], Any], baseline: Callable[[], Any], rounds: int, number: int
) -> tuple[float, float]:
    """Median seconds per call of ``subject`` and ``baseline``, alternated round by round."""
    subject_times, baseline_times = [], []
    for _ in range(rounds):
        baseline_times.append(timeit.timeit(baseline, number=number) / number)
        subject_times.append(timeit.timeit(subject, number=number) / number)
    return statistics.median(subject_times), statistics.median(baseline_times)


def duration(seconds: float) -> str:
    """Seconds in the unit that reads best."""
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.1f} ms"
    return f"{seconds * 1e6:.2f} µs"


def row(
    name: str,
    subject: float,
    baseline: float,
    baseline_name: str,
    limit: float | None,
    *,
    strict: bool = False,
    note: str = "",
) -> str:
    """One Markdown table row: both times, their ratio, the target and whether it is met."""
    ratio = subject / baseline
    if limit is None:
        target = "—"
    else:
        met = ratio < limit if strict else ratio <= limit
        target = f"{'<' if strict else '≤'} {limit:g}×{note}: {'met' if met else '**missed**'}"
    return (
        f"| {name} | {duration(subject)} | {baseline_name}: {duration(baseline)} "
        f"| {ratio:.2f}× | {target} |"
    )


def large_accord(commitments: int, ministers: int, seed: int = 2013) -> Agreement:
    """An accord of every ISO state, ``ministers`` ministers and ``commitments`` commitments.

    Names and texts come from the library's Hypothesis strategies, drawn afresh each run (so
    timings vary a little more from run to run); the rest is chosen at random with a fixed
    seed, so every run measures an accord of the same shape and size.
    """
    from hypothesis.errors import NonInteractiveExampleWarning

    from maghreb_accord import strategies

    warnings.simplefilter("ignore", NonInteractiveExampleWarning)
    texts = [strategies.labels(max_words=6).example() for _ in range(300)]
    names = [strategies.labels(max_words=3).example() for _ in range(1_000)]
    rng = random.Random(seed)
    canonical = json.loads(CANONICAL.read_text("utf-8"))
    document = {key: canonical[key] for key in ("id", "title", "meeting", "bodies", "meetings")}
    codes = sorted(maghreb_accord._checks.ISO_3166_ALPHA_2)
    document["sources"] = canonical["sources"]
    # Attendance names the canonical ministers, replaced below.
    document["meetings"] = [
        {key: value for key, value in meeting.items() if key != "attendance"}
        for meeting in canonical["meetings"]
    ]
    document["states"] = [
        {
            "code": code,
            "name": {"ar": names[i % 1_000].ar, "fr": names[i % 1_000].fr},
            "official_name": {"ar": names[(i + 1) % 1_000].ar, "fr": names[(i + 1) % 1_000].fr},
            "sources": [{"source": "iso-3166-1"}],
        }
        for i, code in enumerate(codes)
    ]
    document["ministers"] = [
        {
            "id": f"minister-{i}",
            "name": {"ar": names[(i + 7) % 1_000].ar, "fr": names[(i + 7) % 1_000].fr},
            "attested_names": [],
            "state": codes[i % len(codes)],
            "office": {"ar": "وزير الداخلية", "fr": "ministre de l'Intérieur"},
            "role": "participant",
            "sources": [{"source": "iso-3166-1"}],
        }
        for i in range(ministers)
    ]
    domains = [domain.value for domain in maghreb_accord.Domain]
    # The shortest quote keeps the document under the loader's size limit.
    quote = min(
        (ref for c in canonical["commitments"] for ref in c["sources"] if "quote" in ref),
        key=lambda ref: len(ref["quote"]),
    )
    document["commitments"] = [
        {
            "id": f"commitment-{i}",
            "kind": rng.choice([kind.value for kind in maghreb_accord.CommitmentKind]),
            "text": {"ar": texts[i % 300].ar, "fr": f"{texts[i % 300].fr} {i}"},
            "said_by": "final_statement",
            "domains": sorted(rng.sample(domains, rng.randint(1, 3))),
            "responsible": rng.sample([b["id"] for b in canonical["bodies"]], rng.randint(0, 2)),
            "parties": rng.sample(codes, 3),
            "sources": [quote],
        }
        for i in range(commitments)
    ]
    return maghreb_accord.loads(json.dumps(document, ensure_ascii=False), base=DATA)


def memory_of_load(text: str) -> int:
    """Bytes still allocated after loading ``text`` (the accord's own footprint)."""
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    accord = maghreb_accord.loads(text, base=DATA)
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    del accord
    return after - before


def main() -> None:
    """Measure everything and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds")
    arguments = parser.parse_args()
    rounds = 7 if arguments.quick else 21
    warm_rounds = 5 if arguments.quick else 15

    compile_bytecode(("attr", "attrs", "cattrs", "maghreb_accord", "pycountry"))
    print(f"Python {sys.version.split()[0]}, maghreb_accord {maghreb_accord.__version__}")
    print(f"{rounds} cold rounds and {warm_rounds} warm rounds; medians.\n")
    print("| what | subject | baseline | ratio | target |")
    print("| --- | --- | --- | --- | --- |")

    subject, baseline = paired_cold("import maghreb_accord", "import attrs", rounds)
    print(row("`import maghreb_accord`", subject, baseline, "`import attrs`", 1.2))
    subject, baseline = paired_cold("from maghreb_accord import Agreement", "import attrs", rounds)
    print(row("`from maghreb_accord import Agreement`", subject, baseline, "`import attrs`", None))
    subject, baseline = paired_cold(
        "import maghreb_accord; maghreb_accord.load()",
        f"import attrs, cattrs, json; json.loads(open({str(CANONICAL)!r}, 'rb').read())",
        rounds,
    )
    print(row("cold `load()`", subject, baseline, "attrs, cattrs, `json.loads`", 1.5))
    # A script's whole cost: import, load, first lookup (issue 17).
    cold_start = "import maghreb_accord; maghreb_accord.load().state('MA')"
    if importlib.util.find_spec("pycountry") is None:
        print("| cold start | pycountry not installed: `pip install -e '.[bench]'` | | | |")
    else:
        subject, baseline = paired_cold(
            cold_start, "import pycountry; pycountry.countries.get(alpha_2='MA')", rounds
        )
        print(
            row(
                "cold start: import, `load()`, `state('MA')`",
                subject,
                baseline,
                "pycountry: import, `countries.get(alpha_2='MA')`",
                1.0,
            )
        )
    subject, baseline = paired_cold(
        cold_start,
        f"import attrs, cattrs, json; json.loads(open({str(CANONICAL)!r}, 'rb').read())",
        rounds,
    )
    print(
        row(
            "cold start: import, `load()`, `state('MA')`",
            subject,
            baseline,
            "attrs, cattrs, `json.loads`",
            1.15,
        )
    )

    accord = maghreb_accord.load()
    states = {state.code: state for state in accord.states}
    number = 20_000
    lookups: dict[str, Callable[[], object]] = {
        "`state('MA')`": lambda: accord.state("MA"),
        "`body(id)`": lambda: accord.body("security-follow-up-committee"),
        "`commitment(id)`": lambda: accord.commitment("condemn-terrorism"),
        "`commitments_about(domain)`": lambda: accord.commitments_about("terrorism"),
    }
    for name, function in lookups.items():
        function()  # warm up before the first round
        ours, plain = paired_warm(function, lambda: states["MA"], warm_rounds, number)
        print(row(name, ours, plain, "dict lookup", 5))
    try:
        import pycountry
    except ImportError:
        print("| pycountry | not installed: `pip install -e '.[bench]'` | | | |")
    else:
        pycountry.countries.get(alpha_2="MA")  # pycountry loads its data on first use
        ours, theirs = paired_warm(
            lambda: accord.state("MA"),
            lambda: pycountry.countries.get(alpha_2="MA"),
            warm_rounds,
            number,
        )
        print(row("`state('MA')`", ours, theirs, "pycountry `countries.get`", 1, strict=True))

    typo = "Chuoail"
    accord.find(typo)  # the search index is built on first use
    canonical_find = warm(lambda: accord.find(typo), warm_rounds, 20)
    print(f"| `find({typo!r})`, canonical accord | {duration(canonical_find)} | | | |")
    small, large = large_accord(1_000, 100), large_accord(10_000, 1_000)
    small.find(typo)
    large.find(typo)
    large_find, small_find = paired_warm(
        lambda: large.find(typo), lambda: small.find(typo), max(5, warm_rounds // 2), 1
    )
    print(
        row(
            "`find()`, 10,000 commitments and 1,000 ministers",
            large_find,
            small_find,
            "1,000 and 100",
            10,
            note=" (linear)",
        )
    )
    canonical_memory = memory_of_load(CANONICAL.read_text("utf-8"))
    large_memory = memory_of_load(maghreb_accord.dumps(large))
    size = len(maghreb_accord.dumps(large).encode())
    print(
        f"| memory added by `load()` | canonical: {canonical_memory / 1024:.0f} KiB "
        f"| 10,000 commitments, 1,000 ministers ({size / 1024 / 1024:.1f} MiB of JSON): "
        f"{large_memory / 1024 / 1024:.1f} MiB | | |"
    )


if __name__ == "__main__":
    main()
