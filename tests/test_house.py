"""The house rules of the code itself: one place for each rule, imports that point one way.

These tests read the package's source and its field declarations: they guard how the library
is built, which no public call can show.
"""

from __future__ import annotations

import ast
from pathlib import Path

import attrs
import pytest

import maghreb_accord
from maghreb_accord import _rules
from maghreb_accord.export import json_schema

PACKAGE = Path(maghreb_accord.__file__).parent
MODEL_CLASSES = [
    maghreb_accord.Agreement,
    maghreb_accord.Label,
    maghreb_accord.Source,
    maghreb_accord.SourceRef,
    maghreb_accord.AttestedName,
    maghreb_accord.MemberState,
    maghreb_accord.Minister,
    maghreb_accord.Cadence,
    maghreb_accord.Body,
    maghreb_accord.Venue,
    maghreb_accord.Meeting,
    maghreb_accord.Commitment,
]


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(path: Path) -> set[str]:
    """The package's modules that ``path`` imports when it runs (not for type checking)."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for branch in node.orelse:
                visit(branch)
            return
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            if base.startswith("maghreb_accord"):
                for alias in node.names:
                    candidate = f"{base}.{alias.name}"
                    module = candidate if _exists(candidate) else base
                    found.add(module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("maghreb_accord"))
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(path.read_text("utf-8")))
    found.discard(name)
    return found


def _exists(module: str) -> bool:
    relative = Path(*module.split(".")[1:])
    base = PACKAGE / relative
    return base.with_suffix(".py").exists() or (base / "__init__.py").exists()


def _graph() -> dict[str, set[str]]:
    return {_module_name(path): _imports(path) for path in sorted(PACKAGE.rglob("*.py"))}


def test_no_module_imports_one_that_imports_it_back() -> None:
    # The package's face (__init__) re-exports everything lazily; it is the root, not a part.
    graph = {
        module: {target for target in targets if target != "maghreb_accord"}
        for module, targets in _graph().items()
        if module != "maghreb_accord"
    }
    cycles: list[list[str]] = []

    def walk(module: str, path: list[str]) -> None:
        for target in sorted(graph.get(module, ())):
            if target in path:
                cycles.append([*path[path.index(target) :], target])
            elif len(path) < 12:
                walk(target, [*path, target])

    for module in graph:
        walk(module, [module])
    assert cycles == []


def test_the_import_graph_sees_function_level_imports() -> None:
    # A check that cannot see the imports it is about would pass whatever the code did.
    assert "maghreb_accord.search" in _graph()["maghreb_accord.agreement"]
    assert "maghreb_accord.model" in _graph()["maghreb_accord.search"]


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda cls: cls.__name__)
def test_every_field_declares_its_rule(cls: type) -> None:
    # Every field is data, in __init__ and in JSON: the codec, the quick route's builder and
    # the schema read every field (what a class derives, as the Agreement's indexes, is no
    # field).
    fields = [f.name for f in attrs.fields(cls)]
    assert [name for name, _, _ in _rules.rules_of(cls)] == fields


@pytest.mark.parametrize("cls", MODEL_CLASSES[1:], ids=lambda cls: cls.__name__)
def test_the_schema_of_each_class_is_its_rules(cls: type) -> None:
    schema = json_schema()["$defs"][cls.__name__]
    assert schema["properties"] == {key: rule.schema() for _, key, rule in _rules.rules_of(cls)}


def _parts(accord: maghreb_accord.Agreement, cls: type) -> list[object]:
    if cls is maghreb_accord.Venue:
        return [meeting.venue for meeting in accord.meetings]
    if cls is maghreb_accord.Cadence:
        return [body.cadence for body in accord.bodies if body.cadence is not None]
    name = {
        maghreb_accord.MemberState: "states",
        maghreb_accord.Minister: "ministers",
        maghreb_accord.Body: "bodies",
        maghreb_accord.Meeting: "meetings",
        maghreb_accord.Commitment: "commitments",
    }[cls]
    return list(getattr(accord, name))


_DRAWN = [
    (cls, name)
    for cls in (
        maghreb_accord.MemberState,
        maghreb_accord.Minister,
        maghreb_accord.Body,
        maghreb_accord.Meeting,
        maghreb_accord.Commitment,
        maghreb_accord.Venue,
        maghreb_accord.Cadence,
    )
    for name, _, rule in _rules.rules_of(cls)
    # Fields naming sources are drawn only where agreements() can make sound references.
    if isinstance(rule, _rules.Optional | _rules.Flag) and "sources" not in _rules.targets(rule)
]


def test_agreements_draw_every_optional_field() -> None:
    # A field added to a class is drawn by its rule with no change to the strategies.
    from hypothesis import given, settings

    from maghreb_accord import strategies

    seen: set[tuple[type, str]] = set()

    @settings(max_examples=200, database=None)
    @given(strategies.agreements())
    def draw(accord: maghreb_accord.Agreement) -> None:
        for cls, name in _DRAWN:
            if any(getattr(part, name) not in (None, False) for part in _parts(accord, cls)):
                seen.add((cls, name))

    draw()
    assert [(cls.__name__, name) for cls, name in _DRAWN if (cls, name) not in seen] == []
