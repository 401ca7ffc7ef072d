"""The hooks of .pre-commit-hooks.yaml, run by the real pre-commit tool.

A temporary git repository gets a good and a broken resolution; the hooks
of this repository are installed with ``pre-commit try-repo`` (which builds
their environment from this checkout, as a user's pre-commit would from
the published repository) and run on them.  Slow: the first run installs
akn-un into the hook's environment.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLES, ROOT, SEED

pytestmark = pytest.mark.slow

EXAMPLE_XML = EXAMPLES / "A-RES-75-196.xml"
PRE_COMMIT = Path(sys.executable).parent / "pre-commit"


GIT = shutil.which("git") or "git"


def _git(repo: Path, *args: str) -> None:
    subprocess.run(
        [GIT, "-C", str(repo), *args], check=True, capture_output=True
    )


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One pre-commit cache for the module: the hook env is built once."""
    if not PRE_COMMIT.exists() or shutil.which("git") is None:
        reason = "pre-commit (the test extra) and git are needed"
    elif not (ROOT / ".git").exists():
        reason = "try-repo needs this repository as a git checkout"
    else:
        return tmp_path_factory.mktemp("pre-commit-home")
    if os.environ.get("CI"):
        pytest.fail(reason)  # CI must run the hooks
    pytest.skip(reason)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A git repository holding the seed, its XML and a broken copy."""
    repo = tmp_path / "resolutions"
    repo.mkdir()
    _git(repo, "init", "-q")
    _git(repo, "config", "user.email", "editor@example.org")
    _git(repo, "config", "user.name", "Editor")
    shutil.copy(SEED, repo / "A-RES-75-196.md")
    shutil.copy(EXAMPLE_XML, repo / "A-RES-75-196.xml")
    broken = EXAMPLE_XML.read_text(encoding="utf-8").replace(
        'marker="2"', 'marker="20"', 1
    )
    (repo / "broken.xml").write_text(broken, encoding="utf-8")
    _git(repo, "add", ".")
    return repo


def _try(
    home: Path, repo: Path, hook: str, *files: str, args: tuple[str, ...] = ()
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PRE_COMMIT_HOME": str(home)}
    if args:  # try-repo takes no args; a config file does
        config = repo / ".pre-commit-config.yaml"
        config.write_text(
            f"repos:\n- repo: {ROOT}\n  rev: HEAD\n  hooks:\n"
            f"  - id: {hook}\n    args: {list(args)}\n",
            encoding="utf-8",
        )
        command = [str(PRE_COMMIT), "run", hook, "--files", *files]
    else:
        command = [str(PRE_COMMIT), "try-repo", str(ROOT), hook,
                   "--files", *files]
    return subprocess.run(
        command, cwd=repo, env=env, capture_output=True, text=True,
        timeout=900, check=False,
    )  # fmt: skip


def test_validate_hook_passes_good_xml_and_fails_a_broken_footnote(
    home: Path, repo: Path
) -> None:
    good = _try(home, repo, "akn-validate", "A-RES-75-196.xml")
    assert good.returncode == 0, good.stdout + good.stderr
    assert "Passed" in good.stdout
    bad = _try(home, repo, "akn-validate", "broken.xml")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "Failed" in bad.stdout
    assert "broken.xml" in bad.stdout
    assert "F001" in bad.stdout  # footnote 20 where 2 was expected


def test_many_files_give_one_summary(home: Path, repo: Path) -> None:
    """pre-commit runs the hook once, not once per CPU: one summary."""
    names = []
    for number in range(12):
        name = f"broken-{number}.xml"
        shutil.copy(repo / "broken.xml", repo / name)
        names.append(name)
    _git(repo, "add", ".")
    result = _try(home, repo, "akn-validate", *names)
    assert result.returncode == 1
    summaries = [line for line in result.stdout.splitlines()
                 if re.match(r"\d+ problems? .* in \d+ files?", line)]
    assert len(summaries) == 1, result.stdout
    assert summaries[0].split(" in ")[-1].startswith("12 files")


def test_validate_text_hook_reports_at_source_lines(
    home: Path, repo: Path
) -> None:
    text = SEED.read_text(encoding="utf-8").replace("² Ibid.", "Ibid.", 1)
    (repo / "A-RES-75-196.md").write_text(text, encoding="utf-8")
    result = _try(home, repo, "akn-validate-text", "A-RES-75-196.md")
    assert result.returncode == 1
    assert "A-RES-75-196.md:" in result.stdout
    assert "V001" in result.stdout  # marker ² has no body


def test_convert_check_hook_and_its_fix(home: Path, repo: Path) -> None:
    ok = _try(home, repo, "akn-convert-check", "A-RES-75-196.md")
    assert ok.returncode == 0, ok.stdout + ok.stderr
    source = repo / "A-RES-75-196.md"
    source.write_text(
        source.read_text(encoding="utf-8").replace("Kyoto", "Osaka"),
        encoding="utf-8",
    )
    stale = _try(home, repo, "akn-convert-check", "A-RES-75-196.xml")
    assert stale.returncode == 1
    assert "out of date" in stale.stdout
    _git(repo, "add", ".")
    fixed = _try(home, repo, "akn-convert-check", "A-RES-75-196.md",
                 args=("--fix",))
    assert fixed.returncode == 1
    assert "rewritten" in fixed.stdout
    assert "Osaka" in (repo / "A-RES-75-196.xml").read_text(encoding="utf-8")
    again = _try(home, repo, "akn-convert-check", "A-RES-75-196.md",
                 args=("--fix",))
    assert again.returncode == 0, again.stdout
