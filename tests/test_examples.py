"""Every docstring example runs when pasted into a fresh interpreter.

``pytest --doctest-modules`` runs a docstring's examples with its module's globals, so an
example that uses a name it never imports passes there and fails for a reader who pastes it.
Here each docstring runs with empty globals: it must import what it uses.
"""

from __future__ import annotations

import copy
import doctest
import importlib
import inspect
import pkgutil
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

import maghreb_accord

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"
# The modules whose ``__all__`` lists the public API, as the reference documents it.
NAMESPACES = [
    "maghreb_accord",
    "maghreb_accord.export",
    "maghreb_accord.strategies",
    "maghreb_accord.cli",
    "maghreb_accord.compliance",
    "maghreb_accord.locales",
    "maghreb_accord.schedule",
    "maghreb_accord.search",
]


def _option_flags() -> int:
    """The doctest option flags the project's pytest configuration sets."""
    config = tomllib.loads(PYPROJECT.read_text("utf-8"))["tool"]["pytest"]["ini_options"]
    flags = 0
    for name in config.get("doctest_optionflags", []):
        flags |= doctest.OPTIONFLAGS_BY_NAME[name]
    return flags


def _is_private(module_name: str) -> bool:
    return any(part.startswith("_") for part in module_name.split("."))


def _public_names_by_module() -> dict[str, set[str]]:
    """The public names (the package's, its public modules' and the CLI's) by defining module."""
    by_module: dict[str, set[str]] = {}
    for namespace_name in NAMESPACES:
        namespace = importlib.import_module(namespace_name)
        for name in namespace.__all__:
            module = getattr(getattr(namespace, name), "__module__", None)
            if isinstance(module, str) and module.startswith("maghreb_accord"):
                by_module.setdefault(module, set()).add(name)
    return by_module


def _modules() -> list[ModuleType]:
    """The public modules and the private ones whose names are public."""
    found = ["maghreb_accord"]
    found += [m.name for m in pkgutil.walk_packages(maghreb_accord.__path__, "maghreb_accord.")]
    shown = _public_names_by_module()
    return [
        importlib.import_module(name) for name in found if not _is_private(name) or name in shown
    ]


def _docstring_examples() -> list[doctest.DocTest]:
    """The docstrings with examples: all of a public module's, a private module's public names'."""
    shown = _public_names_by_module()
    finder = doctest.DocTestFinder()
    tests: list[doctest.DocTest] = []
    for module in _modules():
        for test in finder.find(module):
            if not test.examples:
                continue
            if _is_private(module.__name__):
                # "maghreb_accord._summary.summary" -> "summary"; a method -> its class.
                owner = test.name.removeprefix(f"{module.__name__}.").split(".")[0]
                if owner not in shown.get(module.__name__, set()):
                    continue
            tests.append(test)
    return sorted(tests, key=lambda test: test.name)


EXAMPLES = _docstring_examples()


def test_the_examples_are_found() -> None:
    names = {test.name for test in EXAMPLES}
    assert {
        "maghreb_accord",
        "maghreb_accord._summary.summary",
        "maghreb_accord.cli.main",
        "maghreb_accord.export.csv.to_csv",
        "maghreb_accord.label.Label",
        "maghreb_accord.strategies.agreements",
    } <= names
    assert len(EXAMPLES) > 100


def test_every_public_function_and_class_shows_an_example() -> None:
    """Each function and class that a namespace's ``__all__`` lists has a ``>>>`` example."""
    parser = doctest.DocTestParser()
    missing: list[str] = []
    for namespace_name in NAMESPACES:
        namespace = importlib.import_module(namespace_name)
        for name in namespace.__all__:
            value = getattr(namespace, name)
            if not (inspect.isclass(value) or inspect.isfunction(value)):
                continue  # constants and type aliases have no docstring of their own
            if not parser.get_examples(value.__doc__ or ""):
                missing.append(f"{namespace_name}.{name}")
    assert not missing, f"no example in the docstring of {', '.join(missing)}"


@pytest.mark.parametrize("test", EXAMPLES, ids=[test.name for test in EXAMPLES])
def test_docstring_examples_run_with_empty_globals(test: doctest.DocTest) -> None:
    fresh = copy.copy(test)
    fresh.globs = {}
    report: list[str] = []
    runner = doctest.DocTestRunner(optionflags=_option_flags(), verbose=False)
    results = runner.run(fresh, out=report.append)
    assert results.failed == 0, "".join(report)
