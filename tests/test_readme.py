"""The README's set-up commands, as CI and a new user run them."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT


def _commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```sh\n(.*?)```", readme, re.DOTALL)
    assert block is not None
    return block.group(1).strip().splitlines()


def test_readme_starts_with_exactly_two_set_up_commands() -> None:
    """One converts the example, one runs the tests."""
    convert, test = _commands()
    assert "akn-un convert examples/A-RES-75-196.md" in convert
    assert "pytest" in test


def test_ci_runs_the_readme_test_command() -> None:
    """.ci/run runs the README's test command word for word."""
    _, test = _commands()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test in ci.splitlines()


def test_the_pipeline_example_runs_with_the_public_api(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The README's Python pipeline imports only the public API, and runs."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(
        r"with the public API.*?```python\n(.*?)```", readme, re.DOTALL)
    assert block is not None
    code = block.group(1)
    assert "akn_un.app" not in code
    folder = tmp_path / "resolutions"
    folder.mkdir()
    shutil.copy(ROOT / "examples" / "A-RES-75-196.md", folder)
    monkeypatch.chdir(tmp_path)
    exec(code, {})  # noqa: S102 - the README's own example
    assert (folder / "A-RES-75-196.xml").read_bytes() == (
        ROOT / "examples" / "A-RES-75-196.xml").read_bytes()


def _blocks(language: str) -> list[tuple[int, str]]:
    """The README's code blocks in ``language``, with their first line."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return [
        (readme[: m.start()].count("\n") + 2, m.group(1))
        for m in re.finditer(rf"```{language}\n(.*?)```", readme, re.DOTALL)
    ]


# A command may report findings (exit 1: that is what it is for); usage
# errors, unreadable input and internal errors (2, 3) fail the README.
_STRICT = """\
checked() {
  status=$?
  if [ "$status" -gt 1 ]; then
    echo "README line $1 exited $status" >&2
    exit 99
  fi
}
"""


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """A fresh checkout's files the README names, and ../shared beside."""
    work = tmp_path / "akn-un"
    for folder in ("examples", "scripts"):
        shutil.copytree(ROOT / folder, work / folder)
    if (ROOT.parent / "shared").exists():
        (tmp_path / "shared").symlink_to(ROOT.parent / "shared")
    return work


@pytest.mark.parametrize(("line", "block"), _blocks("sh")[1:])
def test_every_readme_command_runs(
    checkout: Path, line: int, block: str
) -> None:
    """Pasted in order into a shell, each command of the block runs."""
    if "../shared" in block and not (checkout.parent / "shared").exists():
        pytest.skip("../shared (the UN's files) is absent here")
    script = [_STRICT]
    for number, command in enumerate(block.splitlines(), start=line):
        if command.strip() in {"", "set -e"} or command.startswith("#"):
            continue
        script.append(f"{command}\nchecked {number}")
    bindir = Path(sys.executable).parent  # the venv's akn-un and python
    done = subprocess.run(
        [shutil.which("bash") or "/bin/bash", "-c", "\n".join(script)],
        cwd=checkout,
        capture_output=True, text=True, timeout=900, check=False,
        env={**os.environ, "PATH": f"{bindir}{os.pathsep}{os.environ['PATH']}",
             "AKN_UN_CACHE_DIR": str(checkout.parent / "cache")},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert "internal error" not in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize(("line", "block"), [
    (line, block) for line, block in _blocks("python")
    if "raise SystemExit" not in block  # the pipeline: its own test above
])  # fmt: skip
def test_every_readme_python_example_runs(
    checkout: Path, monkeypatch: pytest.MonkeyPatch, line: int, block: str
) -> None:
    if "../shared" in block and not (checkout.parent / "shared").exists():
        pytest.skip("../shared (the UN's files) is absent here")
    monkeypatch.chdir(checkout)
    exec(compile(block, f"README.md:{line}", "exec"), {})  # noqa: S102
