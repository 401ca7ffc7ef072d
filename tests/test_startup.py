"""Start-up: each command loads what it uses and nothing heavy besides.

A pre-commit hook starts a process per run, so an import a command does
not need is time every commit pays. Each case runs the command in a fresh
interpreter and lists which of the heavy modules it loaded.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLES

HEAVY = (
    "lxml", "cobalt", "multiprocessing", "concurrent", "json", "tomllib",
    "shutil", "typing", "akn_un.validators", "akn_un.converter.api", "akn_un.render.json",
)  # fmt: skip

_SCRIPT = """
import sys
from akn_un.app.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
heavy = {name.split(".")[0] if not name.startswith("akn_un") else
         ".".join(name.split(".")[:3 if ".converter." in name else 2])
         for name in sys.modules if name.startswith(%r)}
print("loaded:", " ".join(sorted(heavy)))
""" % (HEAVY,)  # noqa: UP031 - the tuple goes in as its repr


def _loaded(*argv: str, cache: Path) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, *argv],
        capture_output=True, text=True, check=True, cwd=cache.parent,
        env={**os.environ, "AKN_UN_CACHE_DIR": str(cache)},
    )  # fmt: skip
    last = done.stdout.splitlines()[-1]
    assert last.startswith("loaded:")
    return set(last.split()[1:])


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        # tomllib reads the six languages, which are data
        # (akn_un/grammar/languages/*.toml)
        (["--version"], set()),
        (["rules", "D003"],
         {"akn_un.validators", "lxml", "tomllib", "typing"}),
        (["convert", str(EXAMPLES / "A-RES-75-196.md"), "-o", "{out}"],
         {"akn_un.converter.api", "cobalt", "lxml", "shutil", "tomllib",
          "typing"}),
        (["validate", "--no-cache", "--jobs", "1",
          str(EXAMPLES / "A-RES-75-196.xml")],
         {"akn_un.validators", "lxml", "tomllib", "typing"}),
    ],
)  # fmt: skip
def test_each_command_loads_only_what_it_uses(
    tmp_path: Path, argv: list[str], expected: set[str]
) -> None:
    argv = [arg.replace("{out}", str(tmp_path / "out.xml")) for arg in argv]
    assert _loaded(*argv, cache=tmp_path / "cache") == expected


def test_a_repeat_validate_loads_no_parser(tmp_path: Path) -> None:
    """The cache answers without lxml; a JSON report needs json only."""
    good = str(EXAMPLES / "A-RES-75-196.xml")
    cache = tmp_path / "cache"
    _loaded("validate", good, cache=cache)
    assert _loaded("validate", good, cache=cache) == {"json"}
    assert _loaded("validate", "--format", "json", good, cache=cache) == {
        "json"
    }
