"""Folders searched as ruff searches them: exclude, extend-exclude, git."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import EXAMPLES
from processes import run_here

XML = (EXAMPLES / "A-RES-75-196.xml").read_bytes()
TEXT = (EXAMPLES / "A-RES-75-196.md").read_bytes()
# Where a copy of the resolution stands in the project, and whether a
# folder search with the defaults takes it.
PLACES = {
    "r.xml": True,
    "drafts/r.xml": True,
    "build/r.xml": False,
    ".venv/lib/r.xml": False,
    "node_modules/x/r.xml": False,
    "out/r.xml": True,  # ignored by git in the repository tests
}


def _run(*argv: str) -> tuple[int, str, str]:
    return run_here(argv)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project folder holding the resolution in each of PLACES."""
    for place in PLACES:
        path = tmp_path / "proj" / place
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(XML)
    monkeypatch.chdir(tmp_path / "proj")
    return tmp_path / "proj"


def _checked(err: str) -> int:
    """How many files a validate summary says it checked."""
    words = err.strip().splitlines()[-1].split(" in ")[1].split()
    return int(words[0])


@pytest.mark.usefixtures("project")
def test_the_default_passes_over_tools_folders() -> None:
    status, _, err = _run("validate", "--no-cache", ".")
    assert status == 0
    assert _checked(err) == sum(PLACES.values())


@pytest.mark.parametrize(("flags", "checked"), [
    (["--extend-exclude", "drafts"], 2),
    (["--extend-exclude", "drafts,out/*"], 1),
    (["--extend-exclude", "drafts", "--extend-exclude", "out"], 1),
    (["--exclude", "nothing"], len(PLACES)),
    (["--exclude", "*.xml"], None),
])  # fmt: skip
@pytest.mark.usefixtures("project")
def test_exclude_replaces_and_extend_exclude_adds(
    flags: list[str], checked: int | None
) -> None:
    status, _, err = _run("validate", "--no-cache", *flags, ".")
    if checked is None:
        assert status == 2
        assert "no .xml, .md, .txt or .pdf file in ." in err
    else:
        assert (status, _checked(err)) == (0, checked)


def test_the_config_says_the_same(project: Path) -> None:
    (project / "pyproject.toml").write_text(
        '[tool.akn-un]\nextend-exclude = ["drafts"]\n', encoding="utf-8")
    assert _checked(_run("validate", "--no-cache", ".")[2]) == 2
    (project / "pyproject.toml").write_text(
        '[tool.akn-un]\nexclude = []\n', encoding="utf-8")
    assert _checked(_run("validate", "--no-cache", ".")[2]) == len(PLACES)


@pytest.mark.parametrize("table", [
    'exclude = "drafts"', "extend-exclude = [1]", 'force-exclude = "yes"',
    "respect-gitignore = 0",
])  # fmt: skip
def test_a_config_of_the_wrong_type_is_refused(
    project: Path, table: str
) -> None:
    (project / "pyproject.toml").write_text(
        f"[tool.akn-un]\n{table}\n", encoding="utf-8")
    status, _, err = _run("validate", "--no-cache", ".")
    assert status == 2
    assert "[tool.akn-un]" in err


@pytest.mark.usefixtures("project")
def test_files_named_are_taken_unless_forced() -> None:
    status, _, err = _run("validate", "--no-cache", "build/r.xml")
    assert (status, _checked(err)) == (0, 1)
    status, _, err = _run(
        "validate", "--no-cache", "--force-exclude", "build/r.xml", "r.xml")
    assert (status, _checked(err)) == (0, 1)
    status, _, err = _run(
        "validate", "--no-cache", "--force-exclude", "build/r.xml")
    assert status == 0
    assert "every file named is excluded" in err


def test_the_folders_above_the_project_are_not_matched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A project inside a folder named build is the user's choice."""
    project = tmp_path / "build" / "proj"
    project.mkdir(parents=True)
    (project / "r.xml").write_bytes(XML)
    monkeypatch.chdir(project)
    status, _, err = _run(
        "validate", "--no-cache", "--force-exclude", str(project / "r.xml"))
    assert (status, _checked(err)) == (0, 1)
    assert _checked(_run("validate", "--no-cache", str(project))[2]) == 1


def test_convert_searches_as_validate_does(project: Path) -> None:
    for place in ("s.md", "drafts/s.md", "build/s.md"):
        (project / place).write_bytes(TEXT)
    status, _, err = _run("convert", "--extend-exclude", "drafts", ".")
    assert (status, err.splitlines()[-1].split(":")[0]) == (0, "1 file")
    assert (project / "s.xml").read_bytes() == XML
    assert not (project / "drafts" / "s.xml").exists()
    assert not (project / "build" / "s.xml").exists()


GIT = shutil.which("git") or "git"
needs_git = pytest.mark.skipif(
    shutil.which("git") is None, reason="git is not installed here")


@needs_git
def test_what_git_ignores_is_passed_over(project: Path) -> None:
    subprocess.run([GIT, "init", "-q"], cwd=project, check=True)
    (project / ".gitignore").write_text("out/\n", encoding="utf-8")
    status, _, err = _run("validate", "--no-cache", ".")
    assert (status, _checked(err)) == (0, sum(PLACES.values()) - 1)
    status, _, err = _run("validate", "--no-cache", "--no-respect-gitignore",
                          ".")  # fmt: skip
    assert _checked(err) == sum(PLACES.values())
    status, _, err = _run(
        "validate", "--no-cache", "--force-exclude", "out/r.xml")
    assert "every file named is excluded" in err
    assert _checked(_run("validate", "--no-cache", "out/r.xml")[2]) == 1


@needs_git
def test_a_tracked_file_is_never_ignored(project: Path) -> None:
    subprocess.run([GIT, "init", "-q"], cwd=project, check=True)
    subprocess.run([GIT, "add", "-f", "out/r.xml"], cwd=project, check=True)
    (project / ".gitignore").write_text("out/\n", encoding="utf-8")
    assert _checked(_run("validate", "--no-cache", ".")[2]) == (
        sum(PLACES.values()))
