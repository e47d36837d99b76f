"""The public face of the package: what it exports, and that each name documents itself."""

from __future__ import annotations

import inspect
import re
import subprocess
import sys
from importlib.metadata import version
from importlib.resources import files

import pytest

import maghreb_accord


def test_all_is_sorted_and_complete() -> None:
    names = maghreb_accord.__all__
    assert names == sorted(names, key=lambda name: (not name.isupper(), name))
    assert len(set(names)) == len(names)
    for name in names:
        assert hasattr(maghreb_accord, name), name


def _public_callables() -> list[tuple[str, object]]:
    found: list[tuple[str, object]] = []
    for name in maghreb_accord.__all__:
        value = getattr(maghreb_accord, name)
        if inspect.isclass(value) or inspect.isfunction(value):
            found.append((name, value))
        if inspect.isclass(value) and value.__module__.startswith("maghreb_accord"):
            for member, attribute in vars(value).items():
                if not member.startswith("_") and (
                    inspect.isfunction(attribute) or isinstance(attribute, property)
                ):
                    found.append((f"{name}.{member}", attribute))
    return found


@pytest.mark.parametrize(("name", "value"), _public_callables(), ids=lambda v: str(v)[:40])
def test_every_public_name_has_a_docstring(name: str, value: object) -> None:
    doc = inspect.getdoc(value)
    assert doc, f"{name} has no docstring"


@pytest.mark.parametrize(
    "name",
    [n for n in maghreb_accord.__all__ if not n.isupper() and n not in ("LocaleLike", "When")],
)
def test_every_public_name_says_when_it_appeared(name: str) -> None:
    # Its example is held by tests/test_examples.py, for every public namespace.
    doc = inspect.getdoc(getattr(maghreb_accord, name)) or ""
    assert re.search(r"\.\. versionadded:: \d", doc), f"{name} does not say when it appeared"


def test_the_package_is_typed_and_versioned() -> None:
    assert (files("maghreb_accord") / "py.typed").is_file()
    assert maghreb_accord.__version__ == version("maghreb-accord")
    with pytest.raises(AttributeError):
        maghreb_accord.no_such_name  # noqa: B018


def test_import_does_not_import_cattrs_or_babel() -> None:
    script = (
        "import sys, maghreb_accord\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('babel', 'cattrs'))\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True)


def test_public_names_are_the_objects_whatever_was_imported_first() -> None:
    script = (
        "import maghreb_accord.cli, maghreb_accord.schedule, maghreb_accord.search\n"
        "import maghreb_accord, inspect\n"
        "assert inspect.isfunction(maghreb_accord.summary), maghreb_accord.summary\n"
        "assert inspect.isfunction(maghreb_accord.load)\n"
        "assert set(maghreb_accord.__all__) <= set(dir(maghreb_accord))\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True)


def test_import_is_lazy_until_a_name_is_used() -> None:
    script = (
        "import sys, maghreb_accord\n"
        "assert 'attrs' not in sys.modules and 'maghreb_accord.model' not in sys.modules\n"
        "maghreb_accord.Agreement\n"
        "assert 'maghreb_accord.model' in sys.modules\n"
        "assert 'cattrs' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True)


def test_a_public_submodule_is_an_attribute_after_import_maghreb_accord_alone() -> None:
    script = (
        "import sys, maghreb_accord\n"
        "assert 'maghreb_accord.export' not in sys.modules\n"
        "assert maghreb_accord.export.to_csv_windows.__name__ == 'to_csv_windows'\n"
        "assert maghreb_accord.search.Kind is not None\n"
        "assert {'export', 'search', 'schedule'} <= set(dir(maghreb_accord))\n"
        "assert not hasattr(maghreb_accord, 'strategies') or 'hypothesis' in sys.modules\n"
        "assert 'maghreb_accord.export' in sys.modules\n"
        "try:\n"
        "    maghreb_accord.model_of_nothing\n"
        "except AttributeError:\n"
        "    pass\n"
        "else:\n"
        "    raise AssertionError('an unknown attribute is an AttributeError')\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True)


def test_dir_lists_the_public_names_not_the_package_s_own_imports() -> None:
    listed = set(dir(maghreb_accord))
    assert set(maghreb_accord.__all__) <= listed
    assert not listed & {"Any", "TYPE_CHECKING", "annotations", "import_module", "ModuleType"}


def test_the_problem_codes_are_read_only() -> None:
    with pytest.raises(TypeError):
        maghreb_accord.PROBLEM_CODES["mine"] = "a code of my own"  # type: ignore[index]
    assert "mine" not in maghreb_accord.PROBLEM_CODES
    assert maghreb_accord.PROBLEM_CODES["quote"].startswith("a quote")


@pytest.mark.parametrize(
    ("method", "what"),
    [
        ("state", "a state code must be a str"),
        ("minister_of", "a state code must be a str"),
        ("ministers_of", "a state code must be a str"),
        ("minister", "a minister id must be a str"),
        ("body", "a body id must be a str"),
        ("meetings_of", "a body id must be a str"),
        ("commitments_of", "a body id must be a str"),
        ("sub_bodies", "a body id must be a str"),
        ("meeting", "a meeting id must be a str"),
        ("commitment", "a commitment id must be a str"),
        ("source", "a source id must be a str"),
        ("axis", "an axis id must be a str"),
        ("participant", "a participant id must be a str"),
        ("person", "a person id must be a str"),
        ("commitments_about", "a domain must be a Domain or its value (a str)"),
    ],
)
@pytest.mark.parametrize("wrong", [None, 1, b"MA", bytearray(b"ma"), ("MA",), ["MA"]])
def test_a_lookup_by_something_not_a_str_is_a_type_error(
    method: str, what: str, wrong: object
) -> None:
    accord = maghreb_accord.load()
    kind = type(wrong).__name__
    article = "an" if kind[0] in "aeiou" else "a"
    expected = f"{what}, got {wrong!r} ({article} {kind})"
    with pytest.raises(TypeError) as caught:
        getattr(accord, method)(wrong)
    assert str(caught.value) == expected
