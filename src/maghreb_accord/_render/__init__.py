"""One document for every reader: the accord as a tree of blocks, then rendered.

Every human-facing output is built here as a :class:`~.blocks.Document` — headings,
paragraphs, lists, quotes, each made of runs of text — and only then written out in a syntax:

* :mod:`.blocks` — the tree's types;
* :mod:`.words` — the words that are not data (headings, "as printed", punctuation), one
  table per language, and :func:`.words.words`, the one lookup with its fallback;
* :mod:`.views` — the documents readers get: the whole accord, the summary, and each listing
  of the command line, built from the same pieces (one walk of the body tree, one way to
  write a date and place, one way to list a state's ministers);
* :mod:`.text` — plain text (the summary and the command line);
* :mod:`.timeline` — what the timeline says (each body's windows and meetings, the hover
  text of each mark, the legend), which :mod:`maghreb_accord.export.svg` lays out.

Markdown and HTML are written by :mod:`maghreb_accord.export.markdown` and
:mod:`maghreb_accord.export.html` from the same documents. A new output syntax is one more
function from a :class:`~.blocks.Document` to text; a new language is one more table in
:mod:`.words` (and one more value of :data:`~.blocks.Language`).
"""
