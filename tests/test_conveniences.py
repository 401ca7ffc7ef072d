"""What ruff's users expect of a command line: quiet, exit-zero,
statistics, colour that NO_COLOR turns off, and a command's own usage."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLES
from processes import run_here

GOOD = EXAMPLES / "A-RES-75-196.xml"
BROKEN = GOOD.read_text(encoding="utf-8").replace(
    'marker="2"', 'marker="20"', 1)


def _run(*argv: str) -> tuple[int, str, str]:
    return run_here(argv)


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    path = tmp_path / "broken.xml"
    path.write_text(BROKEN, encoding="utf-8")
    return path


def test_quiet_says_the_findings_only(broken: Path) -> None:
    status, out, err = _run("validate", "--no-cache", "--quiet", str(broken))
    assert status == 1
    assert "F001" in out
    assert err == ""
    loud = _run("validate", "--no-cache", str(broken))
    assert "1 file" in loud[2]


def test_exit_zero_is_0_with_findings_and_2_for_a_file_not_read(
    broken: Path, tmp_path: Path
) -> None:
    assert _run("validate", "--no-cache", "--exit-zero", str(broken))[0] == 0
    status, _, _ = _run("validate", "--no-cache", "--exit-zero", str(broken),
                        str(tmp_path / "gone.xml"))  # fmt: skip
    assert status == 2


def test_statistics_count_each_rule(broken: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.xml"
    other.write_text(BROKEN, encoding="utf-8")
    status, out, _ = _run(
        "validate", "--no-cache", "--statistics", str(broken), str(other))
    assert status == 1
    assert out.splitlines() == [
        "4  F001  footnote-markers-not-consecutive",
        "2  F002  footnote-marker-duplicate",
    ]  # most first
    status, _, err = _run("validate", "--no-cache", "--statistics",
                          "--format", "json", str(broken))  # fmt: skip
    assert status == 2
    assert "choose one" in err


def _cli(*argv: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "akn_un", *argv], capture_output=True,
        text=True, check=False, env={"PATH": "/usr/bin:/bin", **env},
    )  # fmt: skip


@pytest.mark.parametrize(("env", "coloured"), [
    ({}, False),  # a pipe is not a terminal
    ({"FORCE_COLOR": "1"}, True),
    ({"FORCE_COLOR": "1", "NO_COLOR": "1"}, False),
])  # fmt: skip
def test_colour_only_where_wanted(
    broken: Path, env: dict[str, str], coloured: bool
) -> None:
    done = _cli("validate", "--no-cache", str(broken), env=env)
    assert done.returncode == 1
    assert ("\033[31merror\033[0m" in done.stdout) is coloured
    assert "F001" in done.stdout


def test_an_unknown_option_shows_its_command_s_usage() -> None:
    done = _cli("validate", "--bogus", str(GOOD), env={})
    assert done.returncode == 2
    assert done.stderr.startswith("usage: akn-un validate")
    assert "unrecognized arguments: --bogus" in done.stderr


def test_convert_is_quiet_and_exits_zero_too(tmp_path: Path) -> None:
    source = tmp_path / "r.md"
    text = (EXAMPLES / "A-RES-75-196.md").read_text(encoding="utf-8")
    source.write_text(text.replace("¹", "", 1), encoding="utf-8")
    status, _, err = _run("convert", str(source), "-o", str(tmp_path / "r.xml"))
    assert status == 1
    assert "infos not shown" in err
    status, _, err = _run("convert", "--quiet", "--exit-zero", str(source),
                          "-o", str(tmp_path / "r.xml"))  # fmt: skip
    assert status == 0
    assert "error:" in err
    assert "infos not shown" not in err
    status, _, err = _run("convert", "--quiet", "--exit-zero", str(tmp_path))
    assert status == 0
    assert "1 file" not in err


def test_diff_shows_what_fix_would_write(tmp_path: Path) -> None:
    source = tmp_path / "r.md"
    text = (EXAMPLES / "A-RES-75-196.md").read_text(encoding="utf-8")
    source.write_text(text.replace("Kyoto", "Osaka"), encoding="utf-8")
    output = tmp_path / "r.xml"
    output.write_bytes(GOOD.read_bytes())
    status, out, err = _run("convert", "--check", "--diff", str(tmp_path))
    assert status == 1
    assert "out of date" in err
    changed = [line for line in out.splitlines()
               if line[:1] in "+-" and line[:3] not in {"+++", "---"}]
    assert len(changed) == 2
    assert "Kyoto" in changed[0]
    assert "Osaka" in changed[1]
    assert output.read_bytes() == GOOD.read_bytes()  # nothing written
    assert _run("convert", "--diff", str(tmp_path))[0] == 2


@pytest.mark.parametrize("form", ["json", "sarif", "github"])
def test_convert_writes_its_findings_in_the_form_asked(
    tmp_path: Path, form: str
) -> None:
    source = tmp_path / "r.md"
    text = (EXAMPLES / "A-RES-75-196.md").read_text(encoding="utf-8")
    source.write_text(text.replace("¹", "", 1), encoding="utf-8")
    status, out, err = _run("convert", "--format", form, str(source),
                            "-o", str(tmp_path / "r.xml"))  # fmt: skip
    assert status == 1
    assert "V002" in out
    assert "V002" not in err
    if form == "json":
        assert json.loads(out)["summary"]["errors"] >= 1
    many = _run("convert", "--format", form, str(tmp_path),
                str(tmp_path / "gone.md"))  # fmt: skip
    assert many[0] == 2  # a file not read
    assert "V002" in many[1]
    assert "X006" in many[1]
    refused = _run("convert", "--format", form, str(source))
    assert refused[0] == 2
    assert "give -o" in refused[2]


def test_a_pdf_that_cannot_be_read_is_x005_in_a_batch_too(
    tmp_path: Path,
) -> None:
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.7\nnot a PDF after all")
    (tmp_path / "gone.md").symlink_to(tmp_path / "nowhere.md")
    status, out, _ = _run("convert", "--format", "json", str(tmp_path),
                          str(tmp_path / "gone.md"))  # fmt: skip
    assert status == 2
    codes = {d["code"] for d in json.loads(out)["diagnostics"]}
    assert codes == {"X005", "X006"}
    assert json.loads(out)["summary"]["unreadable"] == 2
