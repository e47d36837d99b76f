"""The canonical accord's quick route: the strict route's accord, and only for proven bytes.

``load()`` builds the bundled accord without cattrs and without re-running the checks, when
the bundled files are the bytes whose digest the test suite recorded
(``pytest tests/test_golden.py --update-goldens`` records it; test_golden.py fails while it
is stale). These tests are the proof the quick route rests on: for today's bundled bytes it
builds an accord equal to the strict loader's, field by field and type by type, every part
of which passes its own checks; and anything else — a changed document, source text or
digest — goes through the strict loader instead, so it is refused or built strictly, never
built unchecked.
"""

from __future__ import annotations

import gc
import importlib
import json
import shutil
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import attrs
import pytest

import maghreb_accord
from maghreb_accord import _canonical, _codec, _integrity, _rules, _shared, loading
from maghreb_accord.agreement import Agreement
from tests.support import index_slots

DATA = Path(maghreb_accord.__file__).with_name("data")
ARTICLE = "rabat-2013-almaghribia.ar.txt"


def _strict() -> Agreement:
    return maghreb_accord.loads((DATA / loading._CANONICAL_FILE).read_bytes(), base=DATA)


def _quick(folder: Path = DATA) -> Agreement | None:
    return _canonical.load(str(folder), loading._CANONICAL_FILE)


def _differences(quick: Any, strict: Any, path: str = "$") -> list[str]:
    """Where two values differ in type or value, however deep, every attrs field included.

    Every slot that is not a field too: the Agreement's indexes, which ``==`` skips as it
    must. ``==`` alone would not do either way: it takes ``"terrorism"`` for
    ``Domain.TERRORISM`` and ``1`` for ``True``.
    """
    if type(quick) is not type(strict):
        return [f"{path}: {type(quick).__name__} against {type(strict).__name__}"]
    if attrs.has(type(strict)):
        found = []
        fields = [field.name for field in attrs.fields(type(strict))]
        for name in fields + index_slots(type(strict)):
            found += _differences(getattr(quick, name), getattr(strict, name), f"{path}.{name}")
        return found
    if isinstance(strict, tuple):
        if len(quick) != len(strict):
            return [f"{path}: {len(quick)} items against {len(strict)}"]
        return [
            difference
            for index, (a, b) in enumerate(zip(quick, strict, strict=True))
            for difference in _differences(a, b, f"{path}[{index}]")
        ]
    if isinstance(strict, frozenset):
        # Items of a frozenset pair up by equality; equal items must have equal types.
        if quick != strict:
            return [f"{path}: {sorted(map(repr, quick))} against {sorted(map(repr, strict))}"]
        pairs = {item: item for item in quick}
        return [
            difference
            for item in strict
            for difference in _differences(pairs[item], item, f"{path}[{item!r}]")
        ]
    if hasattr(strict, "keys"):  # the Agreement's read-only indexes
        if list(quick) != list(strict):
            return [f"{path}: keys {list(quick)} against {list(strict)}"]
        return [
            difference
            for key in strict
            for difference in _differences(quick[key], strict[key], f"{path}[{key!r}]")
        ]
    return [] if quick == strict else [f"{path}: {quick!r} against {strict!r}"]


def _parts(value: Any) -> list[Any]:
    """Every attrs object inside ``value``, ``value`` included."""
    if attrs.has(type(value)):
        found = [value]
        for field in attrs.fields(type(value)):
            found += _parts(getattr(value, field.name))
        return found
    if isinstance(value, tuple | frozenset):
        return [part for item in value for part in _parts(item)]
    return []


def _copy_data(folder: Path) -> Path:
    for name in (loading._CANONICAL_FILE, ARTICLE, _canonical.DIGEST_FILE):
        shutil.copyfile(DATA / name, folder / name)
    return folder


def _edit(folder: Path, change: Any) -> None:
    path = folder / loading._CANONICAL_FILE
    document = json.loads(path.read_text("utf-8"))
    change(document)
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", "utf-8")


def test_the_quick_route_builds_the_strict_accord_field_by_field_and_type_by_type() -> None:
    quick = _quick()
    assert quick is not None, "the bundled bytes are not the proven ones: see test_golden.py"
    assert _differences(quick, _strict()) == []
    assert quick == _strict()
    assert maghreb_accord.dumps(quick) == (DATA / loading._CANONICAL_FILE).read_text("utf-8")


def _todays_document() -> Any:
    parsed = json.loads((DATA / loading._CANONICAL_FILE).read_bytes())
    for source in parsed["sources"]:
        if "text_file" in source:
            source["text"] = (DATA / source["text_file"]).read_text("utf-8")
    return parsed


def test_the_quick_builder_builds_the_strict_accord_from_todays_document() -> None:
    # Whatever the recorded digest says: the builder itself is proven on today's data.
    assert _differences(_canonical.build(_todays_document()), _strict()) == []


def test_the_proof_compares_the_indexes_that_are_slots_not_fields() -> None:
    # The Agreement's indexes are no attrs fields, so walking the fields alone would skip
    # them: the proof walks the slots too, and sees an index the quick route got wrong.
    from maghreb_accord.agreement import _Indexes

    assert index_slots(Agreement) == sorted(_Indexes.__slots__)
    assert index_slots(Agreement)
    strict = _strict()
    for name in index_slots(Agreement):
        wrong = _canonical.build(_todays_document())
        object.__setattr__(wrong, name, types.MappingProxyType({"x": 1}))
        found = _differences(wrong, strict)
        assert [difference.split(": ", 1)[0] for difference in found] == [f"$.{name}"]


def test_every_part_the_quick_route_builds_passes_its_own_checks() -> None:
    quick = _quick()
    assert quick is not None
    parts = _parts(quick)
    assert len(parts) > 500
    for part in parts:
        _rules.validate(part)  # raises AccordDataError on any problem
    assert _integrity.problems(quick, _integrity.collections_of(Agreement)) == []


def test_load_takes_the_quick_route_for_the_bundled_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*arguments: object, **keywords: object) -> None:
        raise AssertionError("the strict route was taken")

    monkeypatch.setattr(loading, "loads", refuse)
    assert loading._load_canonical(str(DATA)) == _strict()


def test_the_quick_route_imports_neither_cattrs_nor_babel_nor_hypothesis() -> None:
    script = (
        "import sys, maghreb_accord\n"
        "from maghreb_accord import loading\n"
        "loading.loads = None  # the strict route would fail here\n"
        "maghreb_accord.load().state('MA')\n"
        "heavy = ('babel', 'cattrs', 'hypothesis', 'pathlib', 'importlib.resources', 'hashlib')\n"
        "loaded = sorted(m for m in sys.modules if m in heavy or m.split('.')[0] in heavy)\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True)


def test_a_copy_of_the_proven_files_elsewhere_takes_the_quick_route(tmp_path: Path) -> None:
    # The digest is of the bytes, not of where they are.
    assert _quick(_copy_data(tmp_path)) == _strict()


def test_a_changed_document_takes_the_strict_route(tmp_path: Path) -> None:
    folder = _copy_data(tmp_path)

    def rename(document: Any) -> None:
        document["title"]["fr"] += " (modifié)"

    _edit(folder, rename)
    assert _quick(folder) is None
    accord = loading._load_canonical(str(folder))
    assert accord.title.fr.endswith(" (modifié)")
    assert _differences(accord, maghreb_accord.load_file(folder / loading._CANONICAL_FILE)) == []


def test_a_changed_document_that_is_wrong_is_refused_not_built(tmp_path: Path) -> None:
    folder = _copy_data(tmp_path)

    def break_it(document: Any) -> None:
        document["commitments"][0]["domains"] = ["terorism"]
        document["ministers"][0]["state"] = "XX"

    _edit(folder, break_it)
    with pytest.raises(maghreb_accord.AccordDataError) as caught:
        loading._load_canonical(str(folder))
    assert {problem.code for problem in caught.value.problems} >= {"vocabulary"}


def test_a_changed_byte_anywhere_in_the_document_takes_the_strict_route(tmp_path: Path) -> None:
    folder = _copy_data(tmp_path)
    path = folder / loading._CANONICAL_FILE
    # The same JSON value, one byte longer: still not the proven bytes.
    path.write_bytes(path.read_bytes() + b" ")
    assert _quick(folder) is None
    assert loading._load_canonical(str(folder)) == _strict()


def test_a_changed_source_text_is_refused(tmp_path: Path) -> None:
    folder = _copy_data(tmp_path)
    article = folder / ARTICLE
    article.write_text(article.read_text("utf-8").replace("الإرهاب", "الارهاب"), "utf-8")
    assert _quick(folder) is None
    with pytest.raises(maghreb_accord.AccordDataError) as caught:
        loading._load_canonical(str(folder))  # the quotes no longer match
    assert "quote" in {problem.code for problem in caught.value.problems}


@pytest.mark.parametrize("digest", ["", "0" * 64, "not a digest\n"])
def test_a_changed_digest_takes_the_strict_route(tmp_path: Path, digest: str) -> None:
    folder = _copy_data(tmp_path)
    (folder / _canonical.DIGEST_FILE).write_text(digest, "ascii")
    assert _quick(folder) is None
    assert loading._load_canonical(str(folder)) == _strict()


def test_a_missing_digest_takes_the_strict_route(tmp_path: Path) -> None:
    folder = _copy_data(tmp_path)
    (folder / _canonical.DIGEST_FILE).unlink()
    assert _quick(folder) is None
    assert loading._load_canonical(str(folder)) == _strict()


def test_a_users_file_takes_the_strict_route_even_with_the_proven_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _copy_data(tmp_path)
    calls: list[object] = []
    strict = _codec.structure

    def counted(data: object) -> Agreement:
        calls.append(data)
        return strict(data)

    monkeypatch.setattr(_codec, "structure", counted)
    maghreb_accord.load_file(folder / loading._CANONICAL_FILE)
    maghreb_accord.loads((folder / loading._CANONICAL_FILE).read_bytes(), base=folder)
    assert len(calls) == 2


@pytest.mark.parametrize("collecting", [True, False])
def test_the_quick_route_leaves_the_cycle_collector_as_it_found_it(
    tmp_path: Path, collecting: bool
) -> None:
    # It pauses the collector while it builds: on either route, and on failure too.
    was = gc.isenabled()
    try:
        gc.enable() if collecting else gc.disable()
        assert _quick() is not None
        assert gc.isenabled() is collecting
        folder = _copy_data(tmp_path)
        (folder / _canonical.DIGEST_FILE).write_text("0" * 64, "ascii")
        assert _quick(folder) is None
        assert gc.isenabled() is collecting
    finally:
        gc.enable() if was else gc.disable()


def test_the_digest_covers_each_file_with_its_name_and_length() -> None:
    assert _canonical.digest(b"ab", {"t": b"c"}) != _canonical.digest(b"a", {"t": b"bc"})
    assert _canonical.digest(b"a", {"t": b"b"}) != _canonical.digest(b"a", {"u": b"b"})
    assert _canonical.digest(b"a", {}) != _canonical.digest(b"a", {"t": b""})


def test_a_packed_install_takes_the_strict_route(monkeypatch: pytest.MonkeyPatch) -> None:
    from importlib.resources import files

    def refuse(*arguments: object) -> None:
        raise AssertionError("the quick route was taken")

    monkeypatch.setattr(_canonical, "load", refuse)
    # importlib.resources' folder, as a zipped install gives: not a plain path.
    assert loading._load_canonical(files("maghreb_accord") / "data") == _strict()


# The model's classes share one __repr__, __eq__ and __hash__ (maghreb_accord._shared)
# instead of the ones attrs would write and compile for each: attrs itself is the oracle.
# The Agreement's repr is the one exception, by design: it counts the accord's parts.

_SHARED_MODULES = ("agreement", "dates", "label", "model")


def _shared_classes() -> list[type]:
    found = []
    for name in _SHARED_MODULES:
        module = importlib.import_module(f"maghreb_accord.{name}")
        found += [
            value
            for value in vars(module).values()
            if isinstance(value, type) and attrs.has(value) and value.__module__ == module.__name__
        ]
    return found


def test_the_model_classes_take_the_shared_methods_and_attrs_writes_only_init() -> None:
    classes = _shared_classes()
    assert len(classes) == 23
    for cls in classes:
        assert issubclass(cls, _shared.Shared), cls
        own = {"__repr__", "__eq__", "__ne__", "__hash__"} & set(vars(cls))
        # The one exception: the Agreement's repr counts its parts (see its docstring).
        assert own == ({"__repr__"} if cls is Agreement else set()), (cls, own)


def _attrs_twin(cls: type) -> type:
    """A class with ``cls``'s fields, whose repr, eq and hash attrs writes as it would."""
    return attrs.make_class(
        cls.__name__,
        {
            field.name: attrs.field(eq=field.eq, hash=field.hash, repr=field.repr, init=False)
            for field in attrs.fields(cls)
        },
        frozen=True,
        kw_only=True,
    )


def _as(cls: type, value: Any, changed: dict[str, Any] | None = None) -> Any:
    """An object of ``cls`` holding ``value``'s fields (with ``changed``), built unchecked."""
    instance: Any = object.__new__(cls)
    for field in attrs.fields(type(value)):
        given = (changed or {}).get(field.name, getattr(value, field.name))
        object.__setattr__(instance, field.name, given)
    return instance


def test_the_shared_methods_answer_as_attrs_generated_ones() -> None:
    accord = _quick()
    assert accord is not None
    parts = _parts(accord) + [
        maghreb_accord.parse_when(text)
        for text in ("2013-04-21", "2013-06", "2013", "../2013-06-30")
    ]
    twins: dict[type, type] = {}
    other = object()
    for part in parts:
        cls = type(part)
        twin = twins.setdefault(cls, _attrs_twin(cls))
        if cls is Agreement:  # the one repr of its own: every field would be too long to read
            assert repr(part) == repr(_as(cls, part)) != repr(_as(twin, part))
        else:
            assert repr(part) == repr(_as(twin, part))
        same = _as(cls, part)
        assert part == same
        assert (part != same) is False
        assert hash(part) == hash(same)
        assert part != other
        assert part != _as(twin, part)  # another class
        for field in attrs.fields(cls):
            changed = {field.name: other}
            ours = part == _as(cls, part, changed)
            assert ours == (_as(twin, part) == _as(twin, part, changed)), (cls, field.name)
            assert ours is not field.eq
            if ours:  # equal objects hash alike
                assert hash(part) == hash(_as(cls, part, changed))
