"""The built documentation shows what users should see.

A Sphinx build with warnings as errors still passes when autodoc's reStructuredText lands in
a Markdown page as text: these tests read the built HTML and the object inventory instead.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

import maghreb_accord
import maghreb_accord.cli
import maghreb_accord.export
import maghreb_accord.strategies

# The docs extra: pip install -e '.[test,docs]'.
sphinx_inventory = pytest.importorskip("sphinx.util.inventory")
pytest.importorskip("myst_parser")
pytest.importorskip("furo")

DOCS = Path(__file__).resolve().parent.parent / "docs"

# What a directive or role looks like when it was printed instead of run: reStructuredText
# (``.. py:function::``, ``:func:`load```) or MyST (``{py:func}`load```).
RAW_MARKUP = re.compile(
    r"\.\. [\w:-]+::|:(?:py:)?(?:func|class|meth|attr|mod|exc|data|obj):`|\{py:\w+\}`"
)


def public_names() -> list[str]:
    return [
        *(f"maghreb_accord.{name}" for name in maghreb_accord.__all__),
        *(f"maghreb_accord.export.{name}" for name in maghreb_accord.export.__all__),
        *(f"maghreb_accord.strategies.{name}" for name in maghreb_accord.strategies.__all__),
        "maghreb_accord.cli.main",
    ]


@pytest.fixture(scope="session")
def built_docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The HTML documentation, built once for the session as the test command builds it."""
    out = tmp_path_factory.mktemp("docs")
    # A separate process, as a user runs it: the build's own warnings (some from Sphinx
    # extensions, about Sphinx's deprecations) are not this suite's to turn into errors.
    command = [sys.executable, "-m", "sphinx", "-q", "-b", "html"]
    build = subprocess.run(
        [*command, "-d", str(out / "doctrees"), str(DOCS), str(out / "html")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert build.returncode == 0, build.stderr
    return out / "html"


@pytest.fixture(scope="session")
def documented_objects(built_docs: Path) -> set[str]:
    """The Python objects the built inventory (objects.inv) lists."""
    with (built_docs / "objects.inv").open("rb") as stream:
        inventory = sphinx_inventory.InventoryFile.load(stream, "", lambda base, uri: uri)
    data = getattr(inventory, "data", inventory)
    return {name for kind, items in data.items() if kind.startswith("py:") for name in items}


def visible_text(page: Path) -> str:
    """A page's text as a reader sees it: no tags, entities decoded.

    Code blocks count: indented reStructuredText in a Markdown page becomes one. Inline
    literals (``<code class="docutils literal">``) do not: a page may show a role that way.
    """
    html = page.read_text(encoding="utf-8")
    html = re.sub(r"<(script|style)\b.*?</\1>", "", html, flags=re.DOTALL)
    html = re.sub(r'<code class="docutils literal[^"]*">.*?</code>', "", html, flags=re.DOTALL)
    text = re.sub(r"<[^>]+>", "", html)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def test_no_page_shows_a_directive_or_role_as_text(built_docs: Path) -> None:
    pages = sorted(built_docs.rglob("*.html"))
    assert any(page.name == "reference.html" for page in pages)
    # The highlighted source pages (_modules/) show docstrings as written, roles and all.
    raw = {
        str(page.relative_to(built_docs)): RAW_MARKUP.findall(visible_text(page))[:3]
        for page in pages
        if "_modules" not in page.parts
    }
    assert {page: found for page, found in raw.items() if found} == {}


def test_inventory_lists_every_public_name(documented_objects: set[str]) -> None:
    assert [name for name in public_names() if name not in documented_objects] == []


def test_the_reference_s_summary_table_names_every_public_name() -> None:
    # The table at the top of the reference, before its first example.
    table = (DOCS / "reference.md").read_text("utf-8").split("```python")[0]
    named = set(re.findall(r"\{py:\w+\}`~?([\w.]+)`", table))
    named |= {name.rsplit("<", 1)[-1] for name in re.findall(r"\{py:\w+\}`[^`]*<([\w.]+)>`", table)}
    # Each name importable from the package; the strategies and the exports' constants are
    # listed on their modules' sections.
    missing = [f"maghreb_accord.{n}" for n in maghreb_accord.__all__]
    assert [name for name in missing if name not in named] == []


def test_attributes_of_the_attrs_classes_are_documented(documented_objects: set[str]) -> None:
    assert {"maghreb_accord.Body.cadence", "maghreb_accord.SourceRef.quote"} <= documented_objects


def test_reference_renders_signatures_examples_and_links(built_docs: Path) -> None:
    html = (built_docs / "reference.html").read_text(encoding="utf-8")
    # A function's signature, its example as a highlighted code block, a role as a link.
    assert '<dt class="sig sig-object py" id="maghreb_accord.load">' in html
    assert html.count('<div class="doctest highlight-default') > 50
    assert 'href="#maghreb_accord.load" title="maghreb_accord.load"' in html
    # Intersphinx links out to Python, attrs and Babel.
    assert 'href="https://docs.python.org/3/library/datetime.html#datetime.date"' in html
    assert 'href="https://www.attrs.org/en/stable/api.html#attrs.evolve"' in html
    assert 'href="https://babel.pocoo.org/en/latest/api/core.html#babel.core.Locale"' in html


def test_the_timelines_are_drawn_by_the_build_and_shown(built_docs: Path) -> None:
    import importlib.util

    from maghreb_accord.export import to_svg

    spec = importlib.util.spec_from_file_location("docs_conf", DOCS / "conf.py")
    assert spec is not None
    assert spec.loader is not None
    conf = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(conf)
    accord = maghreb_accord.load()
    for language in ("fr", "ar"):
        drawn = (built_docs / "_static" / f"timeline-{language}.svg").read_text("utf-8")
        assert drawn == to_svg(accord, language, as_of=conf.TIMELINE_AS_OF)
    page = (built_docs / "howto" / "timeline.html").read_text("utf-8")
    shown = re.findall(r'<img [^>]*src="([^"]+)"', page)
    assert [Path(src).name for src in shown] == ["timeline-fr.svg", "timeline-ar.svg"]
    for src in shown:
        assert (built_docs / "howto" / src).resolve().is_file()
