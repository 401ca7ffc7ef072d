"""The README's set-up commands, as CI and a new user run them."""

from __future__ import annotations

import re
import shutil
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
