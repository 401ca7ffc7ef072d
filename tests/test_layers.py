"""The package's layers: each imports only from the layers below it.

core is at the bottom; grammar (how the UN writes its documents) on it;
the converter, the renderers and the validators on those; measure on
them; the command line (app) and the public API at the top.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest
from conftest import ROOT

PACKAGE = ROOT / "akn_un"
BELOW = {
    "core": set(),
    "grammar": {"core"},
    "converter": {"core", "grammar"},
    "render": {"core", "grammar"},
    "validators": {"core", "grammar"},
    "measure": {"core", "grammar", "converter", "render", "validators"},
}
# An import that runs across, with its reason; each is work still to do.
ACROSS: set[tuple[str, str]] = set()


def _imports(path: Path) -> set[str]:
    """The akn_un layers that ``path`` imports from."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            parts = node.module.split(".")
            if parts[0] == "akn_un" and len(parts) > 1:
                found.add(parts[1])
    return found


@pytest.mark.parametrize("layer", sorted(BELOW))
def test_a_layer_imports_only_from_below(layer: str) -> None:
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        name = path.relative_to(PACKAGE).as_posix()
        for imported in _imports(path) - {layer} - BELOW[layer]:
            assert (name, imported) in ACROSS, f"{name} imports {imported}"


def test_every_import_across_is_still_there() -> None:
    """An exception that no longer holds is taken off the list."""
    for name, imported in ACROSS:
        assert imported in _imports(PACKAGE / name), (name, imported)


# The converter's stages, in the order a document goes through them; its
# base (the text, the context, the rules) is below all three.
CONVERTER = PACKAGE / "converter"
STAGES = ("read", "parse", "write")
BASE = {"blocks", "context", "rules", "source", "text"}


def _from_imports(path: Path) -> list[ast.ImportFrom]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module
    ]


def _converter_part(module: str) -> str | None:
    """The stage or base module of an ``akn_un.converter`` import."""
    parts = module.split(".")
    if parts[:2] != ["akn_un", "converter"] or len(parts) < 3:
        return None
    return parts[2]


@pytest.mark.parametrize("stage", STAGES)
def test_a_stage_never_calls_back_to_an_earlier_one(stage: str) -> None:
    """read, parse, write: each imports no other stage but as allowed.

    The reader and the parser import no other stage; the writer imports
    the parser's types (classes), never a function, and nothing from the
    grammar: it only writes what was read.
    """
    for path in sorted((CONVERTER / stage).rglob("*.py")):
        name = path.relative_to(PACKAGE).as_posix()
        for node in _from_imports(path):
            assert node.module is not None
            part = _converter_part(node.module)
            if stage == "write" and node.module.startswith("akn_un.grammar"):
                pytest.fail(f"{name} reads with the grammar: {node.module}")
            if part is None or part == stage or part in BASE:
                continue
            if stage == "write" and part == "parse":
                module = importlib.import_module(node.module)
                functions = [
                    alias.name
                    for alias in node.names
                    if not isinstance(getattr(module, alias.name), type)
                ]
                assert not functions, f"{name} calls the parser: {functions}"
                continue
            pytest.fail(f"{name} imports {node.module}")


def test_the_converter_base_imports_no_stage() -> None:
    for name in sorted(BASE):
        for node in _from_imports(CONVERTER / f"{name}.py"):
            assert node.module is not None
            assert _converter_part(node.module) in {None, *BASE}, (
                name, node.module)
