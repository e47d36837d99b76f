"""Sphinx configuration: furo, MyST Markdown, and the API reference from docstrings."""

from __future__ import annotations

import datetime
import functools
import pkgutil
import re
from importlib.metadata import version as _version
from pathlib import Path
from typing import Any

import attrs
from sphinx.pycode import ModuleAnalyzer

import maghreb_accord

project = "maghreb_accord"
author = "The maghreb_accord developers"
copyright = "2026, the maghreb_accord developers"
release = _version("maghreb-accord")
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.intersphinx",
    "sphinx.ext.viewcode",
]
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build", "_inventories"]
myst_heading_anchors = 3
myst_enable_extensions = ["colon_fence"]

# The reference (reference.md) runs autodoc inside MyST's eval-rst blocks: autodoc writes
# reStructuredText, which a plain MyST directive would print as text.
autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_preserve_defaults = True
python_maximum_signature_line_length = 88

# Links to the documentation of Python, attrs and Babel. Each inventory is a file committed
# under docs/_inventories/, so the build never goes to the network and gives the same links
# offline; docs/contributing.md says where the files come from and how to refresh them.
intersphinx_mapping = {
    "python": ("https://docs.python.org/3", "_inventories/python.inv"),
    "attrs": ("https://www.attrs.org/en/stable", "_inventories/attrs.inv"),
    "babel": ("https://babel.pocoo.org/en/latest", "_inventories/babel.inv"),
}

# Every cross-reference must resolve: with -W, one that does not fails the build. The names
# below are ones the docstrings and signatures use but the reference does not document yet.
nitpicky = True
nitpick_ignore = [
    # Hypothesis's docs have no inventory under docs/_inventories.
    ("py:class", "hypothesis.strategies.SearchStrategy"),
]

html_theme = "furo"
html_title = "maghreb_accord"
html_static_path = ["_static"]
html_css_files = ["arabic.css"]
language = "en"

_PUBLIC = frozenset(maghreb_accord.__all__)

# Names that signatures and docstrings give in a form other documentation does not list.
_ELSEWHERE = {
    "Traversable": "importlib.resources.abc.Traversable",
    "babel.Locale": "babel.core.Locale",
    # The search module's type aliases, as signatures name them.
    "Kind": "maghreb_accord.search.Kind",
    "Entity": "maghreb_accord.search.Entity",
}


def _public_name(app: Any, env: Any, node: Any, contnode: Any) -> Any:
    """Resolve ``maghreb_accord.<module>.<Name>`` to the documented ``maghreb_accord.<Name>``.

    Signatures name a type by the private module that defines it; the reference documents
    each type once, under the package, so that moving a type between modules changes no link.
    """
    target = node.get("reftarget", "")
    if node.get("refdomain") != "py":
        return None
    if target in _ELSEWHERE:
        node["reftarget"] = _ELSEWHERE[target]
        return app.emit_firstresult("missing-reference", env, node, contnode)
    if not target.startswith("maghreb_accord."):
        return None
    parts = target.split(".")
    for index in range(2, len(parts)):
        if parts[index] in _PUBLIC:
            public = ".".join(["maghreb_accord", *parts[index:]])
            domain = env.get_domain("py")
            return domain.resolve_xref(
                env, node["refdoc"], app.builder, node["reftype"], public, node, contnode
            )
    return None


def _public_bases(app: Any, name: str, obj: object, options: Any, bases: list[type]) -> None:
    """Show a private base class (``_Labelled``) as the public classes it derives from."""
    for index in reversed(range(len(bases))):
        if bases[index].__name__.startswith("_"):
            bases[index : index + 1] = bases[index].__bases__


@functools.cache
def _module_attribute_docs() -> dict[str, list[str]]:
    """The docstrings written under the constants and type aliases of the package's modules."""
    docs: dict[str, list[str]] = {}
    for module in pkgutil.iter_modules(maghreb_accord.__path__, "maghreb_accord."):
        analyzer = ModuleAnalyzer.for_module(module.name)
        for (scope, name), lines in analyzer.find_attr_docs().items():
            if not scope:
                docs.setdefault(name, list(lines))
    return docs


def _constant_docstring(
    app: Any, what: str, name: str, obj: object, options: Any, lines: list[str]
) -> None:
    """Give a re-exported constant the docstring written where it is defined.

    Autodoc looks for it in the package's ``__init__.py`` only, and otherwise shows the
    docstring of the value's type (``int``'s, for ``MAX_DEPTH``).
    """
    package, _, short = name.rpartition(".")
    if what == "data" and package == "maghreb_accord" and short in _PUBLIC:
        written = _module_attribute_docs().get(short)
        if written:
            lines[:] = written


_ATTRS_DEFAULT = re.compile(r"attr_dict\['(\w+)'\]\.default")


def _attrs_defaults(
    app: Any, what: str, name: str, obj: object, options: Any, signature: str | None, ret: Any
) -> tuple[str | None, Any] | None:
    """Show an attrs field's default as its value, not as the generated ``__init__`` spells it.

    ``autodoc_preserve_defaults`` keeps ``tuple(Domain)`` readable in the strategies, but
    reads ``attr_dict['wikidata'].default`` from the ``__init__`` that attrs writes.
    """
    if signature is None or not (isinstance(obj, type) and attrs.has(obj)):
        return None
    fields = attrs.fields_dict(obj)
    return _ATTRS_DEFAULT.sub(lambda match: repr(fields[match[1]].default), signature), ret


#: The day the docs' timelines are drawn for. Fixed, so that every build draws the same
#: pictures; move it forward when the record is brought up to date.
TIMELINE_AS_OF = datetime.date(2026, 1, 1)
_STATIC = Path(__file__).resolve().parent / "_static"


def _draw_timelines(app: Any) -> None:
    """Check ``_static/timeline-fr.svg`` and ``timeline-ar.svg`` against the bundled accord.

    They are committed, so that a read-only checkout builds, and the test suite holds them
    to the drawings of ``TIMELINE_AS_OF`` (``pytest tests/test_golden.py
    --update-goldens`` rewrites them). A build rewrites one only if its drawing changed, so
    the pictures in the docs are never older than the code and data they show.
    """
    from maghreb_accord.export import to_svg

    accord = maghreb_accord.load()
    for language in ("fr", "ar"):
        path = _STATIC / f"timeline-{language}.svg"
        drawing = to_svg(accord, language, as_of=TIMELINE_AS_OF)
        if not path.exists() or path.read_text("utf-8") != drawing:
            path.write_text(drawing, "utf-8")


def setup(app: Any) -> None:
    """Connect the handlers above."""
    app.connect("builder-inited", _draw_timelines)
    app.connect("missing-reference", _public_name)
    app.connect("autodoc-process-bases", _public_bases)
    app.connect("autodoc-process-docstring", _constant_docstring)
    app.connect("autodoc-process-signature", _attrs_defaults)
