"""Sphinx configuration: furo, MyST Markdown, and the API reference from docstrings."""

from importlib.metadata import version as _version

project = "maghreb_accord"
author = "The maghreb_accord developers"
copyright = "2026, the maghreb_accord developers"
release = _version("maghreb-accord")
version = ".".join(release.split(".")[:2])

extensions = ["myst_parser", "sphinx.ext.autodoc", "sphinx.ext.viewcode"]
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build"]
myst_heading_anchors = 3
myst_enable_extensions = ["colon_fence"]

autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_preserve_defaults = True

html_theme = "furo"
html_title = "maghreb_accord"
html_static_path = ["_static"]
html_css_files = ["arabic.css"]
language = "en"
