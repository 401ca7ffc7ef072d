"""The package's layers: each imports only from the layers below it.

core is at the bottom; grammar (how the UN writes its documents) on it;
the converter, the renderers and the validators on those; measure on
them; the command line (app) and the public API at the top.
"""

from __future__ import annotations

import ast
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
