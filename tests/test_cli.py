"""The command line: exit codes, streams, atomic outputs."""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLES, SEED
from processes import run_here
from resolutions import ga

from akn_un.app import cli
from akn_un.app.cli import _parser, main, run

ROOT_EXAMPLE = EXAMPLES / "A-RES-75-196.xml"


def _run(argv: list[str], stdin: str = "") -> tuple[int, str, str]:
    return run_here(argv, stdin=stdin)


def test_convert_to_a_file(tmp_path: Path) -> None:
    """The seed converts cleanly (exit 0) and the XML lands in -o."""
    output = tmp_path / "out.xml"
    status, out, err = _run(["convert", str(SEED), "-o", str(output)])
    assert status == 0
    assert out == ""
    assert output.read_bytes().startswith(b"<?xml")
    assert err == "akn-un: 6 infos not shown: --infos\n"


def test_convert_stdin_to_stdout() -> None:
    """'-' reads stdin; without -o the XML goes to stdout."""
    status, out, err = _run(
        ["convert", "-"], ga("Recalling,\n\n1. *Decides* to act.")
    )
    assert (status, err) == (0, "")
    assert "<akomaNtoso" in out


def test_errors_give_exit_1_and_path_line_col_lines(tmp_path: Path) -> None:
    """Converted with errors: exit 1, diagnostics as path:line:col: CODE."""
    source = tmp_path / "r.md"
    source.write_text(
        "75/1. A title\n\nRecalling,\n\n1. *Decides* to act.\n"
        "\n*1st plenary meeting\n15 September 2020*\n",
        encoding="utf-8",
    )
    status, out, err = _run(["convert", str(source)])
    assert status == 1
    assert "<akomaNtoso" in out
    assert f"{source}: error: V016 no enacting formula" in err


def test_a_text_without_number_or_date_is_not_converted(
    tmp_path: Path,
) -> None:
    """No placeholder identity: exit 1, nothing written, the flag to pass."""
    source = tmp_path / "r.md"
    source.write_text("Recalling,\n\n1. *Decides* to act.\n", encoding="utf-8")
    output = tmp_path / "r.xml"
    status, out, err = _run(["convert", str(source), "-o", str(output)])
    assert (status, out) == (1, "")
    assert not output.exists()
    assert f"{source}: error: V007 " in err
    assert "pass --symbol, --adoption-date" in err
    status, out, err = _run([
        "convert", str(source), "--symbol", "A/RES/75/1",
        "--adoption-date", "2020-09-15",
    ])
    assert status == 1  # still no enacting formula (V016)
    assert "A/RES/75/1" in out
    assert "unknown" not in out
    assert "0001-01-01" not in out


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"abc\xff", "not valid UTF-8 at byte offset 3"),
     (b"\xff\xfea\x00b", "not valid UTF-16")],
    ids=["utf-8", "utf-16"],
)
def test_undecodable_input_exits_2(
    tmp_path: Path, content: bytes, message: str
) -> None:
    """Bytes that are not text: exit 2 with the offset, no traceback."""
    source = tmp_path / "bad.md"
    source.write_bytes(content)
    status, out, err = _run(["convert", str(source)])
    assert (status, out) == (2, "")
    assert message in err


def test_missing_input_exits_2(tmp_path: Path) -> None:
    """An unreadable input is a usage error."""
    status, _, err = _run(["convert", str(tmp_path / "nope.md")])
    assert status == 2
    assert "cannot read" in err


def test_bad_symbol_override_exits_2() -> None:
    """An override that is not a resolution symbol is refused."""
    status, _, err = _run(["convert", str(SEED), "--symbol", "A/75/125"])
    assert status == 2
    assert "not a resolution symbol" in err


def test_unknown_option_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    """argparse's usage errors exit 2."""
    with pytest.raises(SystemExit) as info:
        main(["convert", str(SEED), "--no-such-flag"])
    assert info.value.code == 2
    assert "unrecognized arguments" in capsys.readouterr().err


def test_never_overwrites_the_input(tmp_path: Path) -> None:
    """-o naming the input is refused and the input is untouched."""
    source = tmp_path / "r.md"
    source.write_bytes(SEED.read_bytes())
    status, _, err = _run(["convert", str(source), "-o", str(source)])
    assert status == 2
    assert "refusing" in err
    assert source.read_bytes() == SEED.read_bytes()


def test_a_failed_run_keeps_the_previous_output(tmp_path: Path) -> None:
    """An output is replaced only by a successful conversion."""
    source, output = tmp_path / "bad.md", tmp_path / "out.xml"
    source.write_bytes(b"\xff")
    output.write_text("previous", encoding="utf-8")
    status, _, _ = _run(["convert", str(source), "-o", str(output)])
    assert status == 2
    assert output.read_text(encoding="utf-8") == "previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.md", "out.xml"]


def test_validate_flag_runs_the_xsd() -> None:
    """--validate checks the output against the XSD: nothing to report."""
    status, _, err = _run(["convert", str(SEED), "--validate"])
    assert status == 0
    assert "S001" not in err


def test_rules_lists_and_explains() -> None:
    """'rules' lists every code; 'rules CODE' explains one."""
    status, out, _ = _run(["rules"])
    assert status == 0
    assert "V001" in out
    assert "S001" in out
    status, out, _ = _run(["rules", "v002"])
    assert status == 0
    assert "footnote-marker-missing" in out
    status, _, err = _run(["rules", "Z999"])
    assert status == 2
    assert "no rule" in err


def test_python_dash_m_works_end_to_end(tmp_path: Path) -> None:
    """'python -m akn_un convert' runs as a real process."""
    output = tmp_path / "out.xml"
    completed = subprocess.run(
        [sys.executable, "-m", "akn_un", "convert", str(SEED), "-o",
         str(output)],
        capture_output=True, text=True, check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert output.stat().st_size > 100_000


def test_outputs_get_ordinary_permissions(tmp_path: Path) -> None:
    """A new output is not left private (0600) by the temporary file."""
    output = tmp_path / "out.xml"
    _run(["convert", str(SEED), "-o", str(output)])
    assert output.stat().st_mode & 0o044 == 0o044


def test_an_existing_output_keeps_its_mode(tmp_path: Path) -> None:
    """Replacing an output keeps the mode the user gave it."""
    output = tmp_path / "out.xml"
    output.write_text("old", encoding="utf-8")
    output.chmod(0o640)
    _run(["convert", str(SEED), "-o", str(output)])
    assert output.stat().st_mode & 0o777 == 0o640


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    """--version prints the installed version and exits 0."""
    from importlib import metadata

    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    installed = metadata.version("akn-un")  # what pip read from the source
    assert capsys.readouterr().out == f"akn-un {installed}\n"


def test_unwritable_output_exits_2(tmp_path: Path) -> None:
    """An output in a missing directory: exit 2, a message, no traceback."""
    status, _, err = _run(
        ["convert", str(SEED), "-o", str(tmp_path / "no" / "out.xml")]
    )
    assert status == 2
    assert "cannot write" in err
    assert "Traceback" not in err


def _validate(*argv: str, stdin: str = "") -> tuple[int, str, str]:
    return _run(["validate", *argv], stdin)


def _bad_copy(tmp_path: Path) -> Path:
    from test_validators import CASES, base

    bad = tmp_path / "bad.xml"
    bad.write_text(CASES["D003"][0](base()), encoding="utf-8")
    return bad


def test_validate_clean_and_broken_files(tmp_path: Path) -> None:
    """Exit 0 on a clean file, 1 with path:line:col: CODE message [name]."""
    status, out, err = _validate(str(ROOT_EXAMPLE))
    assert (status, out) == (0, "")
    assert "0 problems in 1 file" in err
    status, out, _ = _validate(str(_bad_copy(tmp_path)))
    assert status == 1
    assert re.search(
        r"bad\.xml:\d+: error: D003 .* \[operative-numbering\]", out
    )


def test_validate_text_sources_report_at_source_lines() -> None:
    """A .md source is converted in memory; findings point into the text."""
    status, out, _ = _validate(str(SEED), "--infos")
    assert status == 0
    assert f"{SEED}:398:5: info: V008 " in out


def test_infos_are_counted_but_shown_on_request() -> None:
    """Infos (V008 here) do not swamp a report: --infos shows them."""
    status, out, err = _validate(str(SEED))
    assert (status, out) == (0, "")
    assert "6 infos not shown: --infos" in err
    assert "V008" in _validate(str(SEED), "--fail-on", "info")[1]


def test_convert_shows_each_line_s_severity_and_hides_infos(
    tmp_path: Path,
) -> None:
    """convert's lines say error, warning or info, as validate's do; its
    infos (six V008 on the seed) are counted unless --infos is given."""
    out = tmp_path / "out.xml"
    status, _, err = _run(["convert", str(SEED), "-o", str(out)])
    assert (status, err) == (0, "akn-un: 6 infos not shown: --infos\n")
    status, _, err = _run(["convert", str(SEED), "-o", str(out), "--infos"])
    lines = err.splitlines()
    assert status == 0
    assert len(lines) == 6
    assert all(f"{SEED}:" in line and ": info: V008 " in line
               for line in lines)


def test_validate_json_output_follows_its_schema(tmp_path: Path) -> None:
    """--format json is valid against schemas/diagnostics.schema.json."""
    import jsonschema

    from akn_un.core.resources import json_schema

    status, out, _ = _validate(str(_bad_copy(tmp_path)), "--format", "json")
    assert status == 1
    document = json.loads(out)
    jsonschema.validate(document, json_schema("diagnostics"))
    assert document["summary"]["errors"] == 2
    assert document["diagnostics"][0]["name"] == "operative-numbering"


def test_validate_sarif_output(tmp_path: Path) -> None:
    """--format sarif is SARIF 2.1.0 with rules and located results."""
    _, out, _ = _validate(str(_bad_copy(tmp_path)), "--format", "sarif")
    sarif = json.loads(out)
    assert sarif["version"] == "2.1.0"
    run = sarif["runs"][0]
    assert run["tool"]["driver"]["rules"][0]["id"] == "D003"
    result = run["results"][0]
    assert result["ruleId"] == "D003"
    assert result["level"] == "error"
    region = result["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] > 1
    logical = result["locations"][0]["logicalLocations"][0]
    assert logical["fullyQualifiedName"].startswith("/akomaNtoso/")


def test_validate_github_annotations(tmp_path: Path) -> None:
    """--format github prints workflow commands."""
    _, out, _ = _validate(str(_bad_copy(tmp_path)), "--format", "github")
    assert re.match(r"::error file=.*bad\.xml,line=\d+,title=D003 "
                    r"operative-numbering::paragraph 4\. follows 1\.", out)


def test_validate_select_ignore_and_fail_on(tmp_path: Path) -> None:
    """Codes are chosen by prefix; --fail-on sets what fails."""
    bad = str(_bad_copy(tmp_path))
    assert _validate(bad, "--ignore", "D")[0] == 0
    assert _validate(bad, "--select", "F,C")[0] == 0
    assert _validate(bad, "--select", "D003")[0] == 1
    warn = tmp_path / "warn.xml"
    from test_validators import CASES, base

    warn.write_text(CASES["D007"][0](base()), encoding="utf-8")
    assert _validate(str(warn))[0] == 0
    assert _validate(str(warn), "--fail-on", "warning")[0] == 1


def test_validate_reads_pyproject_config(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """[tool.akn-un] ignore applies; flags override the file."""
    bad = str(_bad_copy(tmp_path))
    (tmp_path / "pyproject.toml").write_text(
        '[tool.akn-un]\nignore = ["D003"]\n', encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    assert _validate(bad)[0] == 0
    assert _validate(bad, "--ignore", "F")[0] == 1
    (tmp_path / "pyproject.toml").write_text(
        '[tool.akn-un]\nfail-on = "sometimes"\n', encoding="utf-8"
    )
    status, _, err = _validate(bad)
    assert status == 2
    assert "fail-on" in err


@pytest.mark.parametrize(
    ("pyproject", "status"),
    [
        ("[project]\nname = 'other'\n", 0),
        ("not TOML at all [\n", 0),  # not ours to judge: no table of ours
        # akn-un named, but not as a table of tool: never parsed
        ('[project.scripts]\nakn-un = "x"\n[tool.ruff]\nbroken = [\n', 0),
        ("[tool.akn-un]\nselect = [\n", 2),  # ours, and broken
        ('[tool."akn-un"]\nfail-on = "never"\n', 2),
        ('[ tool . \'akn-un\' ]\nfail-on = "never"\n', 2),
        ('[tool]\nakn-un = { fail-on = "never" }\n', 2),
        ('tool.akn-un.fail-on = "never"\n', 2),
        ('tool = { akn-un = { fail-on = "never" } }\n', 2),
        ('[tool."akn\\u002dun"]\nfail-on = "never"\n', 2),  # escaped
        ('\ufeff[tool.akn-un]\nselect = ["D"]\n', 2),  # a BOM: not TOML
    ],
)
def test_a_pyproject_is_parsed_only_when_it_may_hold_our_table(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    pyproject: str,
    status: int,
) -> None:
    """A file that cannot hold ``[tool.akn-un]`` is not parsed (start-up)."""
    (tmp_path / "pyproject.toml").write_text(pyproject, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert _validate(str(ROOT_EXAMPLE))[0] == status


def test_validate_directories_unreadable_files_and_stdin(
    tmp_path: Path,
) -> None:
    """Folders are searched; an unreadable file is reported, others run."""
    folder = tmp_path / "docs"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "a.xml").write_bytes(ROOT_EXAMPLE.read_bytes())
    (folder / "b.xml").write_text("<akomaNtoso", encoding="utf-8")
    status, out, err = _validate(str(folder), str(tmp_path / "missing.xml"))
    assert status == 2
    assert "X001" in out
    assert "X006 cannot read" in out
    assert "in 3 files (1 not read)" in err
    status, out, _ = _validate("-", stdin=ROOT_EXAMPLE.read_text("utf-8"))
    assert (status, out) == (0, "")


def test_validate_in_parallel_gives_the_same_report(tmp_path: Path) -> None:
    """--jobs 2 over many files reports exactly what --jobs 1 does."""
    from test_validators import CASES, base

    for index, code in enumerate(sorted(CASES)[:20]):
        mutated = CASES[code][0](base()) if code != "X002" else "<html/>"
        (tmp_path / f"f{index:02}.xml").write_text(mutated, encoding="utf-8")
    one = _validate(str(tmp_path), "--jobs", "1", "--format", "json")
    two = _validate(str(tmp_path), "--jobs", "2", "--format", "json")
    assert one[0] == two[0] == 1
    assert json.loads(one[1]) == json.loads(two[1])
    assert json.loads(two[1])["summary"]["files"] == 20


def test_validate_rejects_a_bad_jobs_value(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """--jobs takes a positive number."""
    with pytest.raises(SystemExit) as info:
        main(["validate", "--jobs", "0", str(ROOT_EXAMPLE)])
    assert info.value.code == 2
    assert "jobs" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "starts"),
    [
        (["validate", "--no-cache", "x.xml"], True),
        (["validate", "--no-cache", "--ignore", "S001", "x.xml"], False),
        (["validate", "--no-cache", "--ignore=D,S", "x.xml"], False),
        (["validate", "--no-cache", "--ignore", "D014", "--select", "S001",
          "x.xml"], True),
        (["validate", "--no-cache", "--jobs", "1", "x.xml"], False),
        (["validate", "x.xml"], False),  # the cache may answer
        (["rules"], False),
    ],
)
def test_the_schema_compile_starts_early_only_when_it_will_be_used(
    argv: list[str], starts: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A one-file validate --no-cache starts the XSD compile before the
    checks load; not with --jobs 1, nor when S001 is ignored."""
    from akn_un.core import resources

    started: list[bool] = []
    monkeypatch.setattr(resources, "prepare_xsd", lambda: started.append(True))
    cli._start_schema(_parser().parse_args(argv))
    assert bool(started) is starts


def test_convert_many_files_with_jobs_and_a_summary(tmp_path: Path) -> None:
    """A folder: each x.md gives x.xml; a bad file is reported, the others
    are written; a summary ends the run."""
    good = tmp_path / "good.md"
    good.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    other = tmp_path / "sub" / "other.md"
    other.parent.mkdir()
    other.write_text(ga("1. *Decides* to act."), encoding="utf-8")
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"\xff\xfe\xfd not UTF-8 \x80")
    status, out, err = _run(["convert", str(tmp_path), "--jobs", "2"])
    assert status == 2  # a file not read, as validate says it
    assert out == ""
    assert good.with_suffix(".xml").read_bytes().startswith(b"<?xml")
    assert other.with_suffix(".xml").exists()
    assert not bad.with_suffix(".xml").exists()
    assert re.search(rf"{re.escape(str(bad))}:\d+:\d+: error: X003", err)
    assert err.splitlines()[-1].startswith("3 files: 2 converted, 1 failed (")
    # into a folder, as JSON
    folder = tmp_path / "out"
    status, _, err = _run(["convert", str(good), str(other), "-o",
                           str(folder), "--to", "json"])
    assert status == 0
    assert sorted(p.name for p in folder.iterdir()) == [
        "good.json", "other.json"]
    assert "\r[" not in err  # no progress bar when stderr is no terminal


def test_convert_check_and_fix(tmp_path: Path) -> None:
    """--check: 0 when x.xml is up to date, 1 when not; --fix rewrites."""
    source = tmp_path / "r.md"
    source.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "README.md").write_text("# Not a resolution\n")
    assert _run(["convert", str(source)])[0] == 0
    assert _run(["convert", str(source), "-o", str(source.with_suffix(
        ".xml"))])[0] == 0
    status, _, err = _run(["convert", "--check", str(tmp_path)])
    assert status == 0
    assert err.rstrip().endswith(
        "1 file: 1 up to date (6 infos not shown: --infos)"
    )  # README skipped
    source.write_text(source.read_text(encoding="utf-8").replace(
        "Kyoto", "Osaka"), encoding="utf-8")
    status, _, err = _run(["convert", "--check", str(source.with_suffix(
        ".xml"))])
    assert status == 1
    assert "out of date" in err
    before = source.with_suffix(".xml").read_bytes()
    status, _, err = _run(["convert", "--check", "--fix", str(source)])
    assert status == 1
    assert "rewritten" in err
    assert source.with_suffix(".xml").read_bytes() != before
    assert _run(["convert", "--check", str(source)])[0] == 0
    assert _run(["convert", "--fix", str(source)])[0] == 2


def test_a_progress_bar_only_on_a_terminal(tmp_path: Path) -> None:
    """Many files on a terminal: a bar that counts them, then cleared."""

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    for name in ("a", "b"):
        (tmp_path / f"{name}.md").write_text(
            ga("1. *Decides* to act."), encoding="utf-8")
    err = Terminal()
    status = run(_parser().parse_args(["convert", str(tmp_path)]),
                 stdin=io.StringIO(), stdout=io.StringIO(), stderr=err)
    assert status == 0
    assert "] 1/2" in err.getvalue()
    assert "] 2/2" in err.getvalue()
    assert err.getvalue().endswith("2 files: 2 converted\n")


def test_validate_shows_progress_only_on_a_terminal(tmp_path: Path) -> None:
    """Checking many files on a terminal: a bar on stderr, then cleared."""

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.xml").write_bytes(ROOT_EXAMPLE.read_bytes())
    err, out = Terminal(), io.StringIO()
    status = run(_parser().parse_args(["validate", str(tmp_path)]),
                 stdin=io.StringIO(), stdout=out, stderr=err)
    assert status == 0
    assert "] 3/3" in err.getvalue()
    assert "\r[" not in out.getvalue()
    status, _, plain = _run(["validate", str(tmp_path)])
    assert "\r[" not in plain


def _helps() -> list[str]:
    parser = _parser("validate")
    return [parser.format_help()] + [
        sub.format_help()
        for action in parser._subparsers._group_actions  # type: ignore[union-attr]
        for sub in action.choices.values()  # type: ignore[union-attr]
    ]


@pytest.mark.parametrize("columns", ["50", "120", "", "0", "x"])
def test_help_is_laid_out_as_argparse_does(
    monkeypatch: pytest.MonkeyPatch, columns: str
) -> None:
    """--help wraps to the width argparse itself would ask shutil for."""
    monkeypatch.setenv("COLUMNS", columns)  # "", "0", "x": the terminal, 80
    ours = _helps()
    monkeypatch.setattr(cli, "_Formatter", argparse.HelpFormatter)
    assert ours == _helps()


@pytest.mark.parametrize("case", ["folder", "missing-parent", "read-only"])
def test_render_write_errors_exit_2(tmp_path: Path, case: str) -> None:
    """render -o that cannot be written: exit 2 and a message."""
    if case == "folder":
        output = tmp_path / "out"
        output.mkdir()
    elif case == "missing-parent":
        output = tmp_path / "absent" / "out.md"
    else:
        if os.geteuid() == 0:
            pytest.skip("root writes into a read-only folder")
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        output = locked / "out.md"
    status, out, err = _run([
        "render", str(EXAMPLES / "A-RES-75-196.xml"), "-o", str(output)])
    assert (status, out) == (2, "")
    assert f"cannot write {output}" in err


def test_a_long_output_name_is_written(tmp_path: Path) -> None:
    """A name near the 255-byte limit: its temporary file still fits."""
    output = tmp_path / ("r" * 250 + ".md")
    status, _, err = _run([
        "render", str(EXAMPLES / "A-RES-75-196.xml"), "-o", str(output)])
    assert (status, err) == (0, "")
    assert "75/196." in output.read_text(encoding="utf-8")


def test_a_finding_is_one_line_whatever_its_path_or_message() -> None:
    """A newline in a file name or a libxml2 message stays inside."""
    from akn_un.core.diagnostics import Diagnostic, Location, Severity

    finding = Diagnostic(
        code="X001", message="Start tag expected\n", severity=Severity.ERROR,
        location=Location(path="a\nb.xml", line=1, column=1),
    )
    assert str(finding) == "a\\nb.xml:1:1: error: X001 Start tag expected"


def test_check_does_not_wait_on_a_fifo(tmp_path: Path) -> None:
    """A FIFO named x.xml beside x.md: reported, not read (it would block)."""
    (tmp_path / "r.md").write_bytes(SEED.read_bytes())
    os.mkfifo(tmp_path / "r.xml")
    result = subprocess.run(
        [sys.executable, "-m", "akn_un", "convert", "--check", str(tmp_path)],
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert result.returncode == 2, result.stderr
    assert "is not a regular file" in result.stderr


def test_a_full_standard_output_exits_2() -> None:
    """Output that cannot be written (a full disk): a message, exit 2."""
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")
    with Path("/dev/full").open("w", encoding="utf-8") as full:
        result = subprocess.run(
            [sys.executable, "-m", "akn_un", "convert", str(SEED)],
            stdout=full, stderr=subprocess.PIPE, text=True, timeout=60,
            check=False,
        )
    assert result.returncode == 2, result.stderr
    assert "cannot write the output" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("case", ["same-name", "md-and-txt", "output-is-input"])
def test_outputs_that_collide_are_refused_before_writing(
    tmp_path: Path, case: str
) -> None:
    """Two sources for one output, or an output that is an input: exit 2,
    a message naming them, and nothing written."""
    seed = SEED.read_bytes()
    if case == "same-name":
        for part in ("a", "b"):
            (tmp_path / part).mkdir()
            (tmp_path / part / "r.md").write_bytes(seed)
        argv = ["convert", str(tmp_path / "a" / "r.md"),
                str(tmp_path / "b" / "r.md"), "-o", str(tmp_path / "out")]
    elif case == "md-and-txt":
        (tmp_path / "r.md").write_bytes(seed)
        (tmp_path / "r.txt").write_bytes(seed)
        argv = ["convert", str(tmp_path)]
    else:
        (tmp_path / "r.json").write_text("{}", encoding="utf-8")
        (tmp_path / "other.md").write_bytes(seed)
        argv = ["convert", str(tmp_path / "r.json"),
                str(tmp_path / "other.md"), "--to", "json"]
    before = sorted(p.name for p in tmp_path.rglob("*"))
    status, _, err = _run(argv)
    assert status == 2
    assert "akn-un:" in err
    assert sorted(p.name for p in tmp_path.rglob("*")) == before


@pytest.mark.parametrize("selection", [["--select", "D02"],
                                       ["--ignore", "Q"],
                                       ["--select", "D,F", "--ignore", "X9"]])
def test_a_rule_code_that_names_no_rule_is_a_usage_error(
    selection: list[str],
) -> None:
    """A typo in --select or --ignore: exit 2, never a run checking nothing."""
    status, out, err = _run(["validate", str(EXAMPLES / "A-RES-75-196.xml"),
                             "--no-cache", *selection])
    assert (status, out) == (2, "")
    assert "no rule is" in err


def test_a_known_prefix_is_no_error() -> None:
    status, _, err = _run(["validate", str(EXAMPLES / "A-RES-75-196.xml"),
                           "--no-cache", "--select", "D,F00",
                           "--ignore", "D014"])
    assert status == 0, err


def test_many_inputs_into_a_file_name_are_refused(tmp_path: Path) -> None:
    """convert folder -o one.xml: exit 2, no folder named one.xml."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "r.md").write_bytes(SEED.read_bytes())
    output = tmp_path / "one.xml"
    status, _, err = _run(["convert", str(tmp_path / "in"), "-o",
                           str(output)])
    assert status == 2
    assert "names a file" in err
    assert not output.exists()


def test_the_rules_table_stays_in_columns() -> None:
    """Long names keep the columns in line; no raw double backticks."""
    status, out, _ = _run(["rules"])
    assert status == 0
    lines = out.splitlines()
    columns = {line.index(line.split()[2]) for line in lines}
    assert len(columns) == 1, columns
    assert "``" not in out
    status, out, _ = _run(["rules", "D001"])
    assert "``" not in out


_OUT_OF_ORDER = (
    "75/1. Admission\n\nThe General Assembly,\n\n"
    "1. *Decides* to admit the State.\n\n"
    "3. *Requests* the Secretary-General to report.\n\n"
    "*1st plenary meeting\n15 September 2020*\n"
)


@pytest.mark.parametrize("many", [False, True])
def test_convert_validate_checks_one_file_or_many(
    tmp_path: Path, many: bool
) -> None:
    """--validate runs the validators on every output, in a batch too."""
    source = tmp_path / "r.md"
    source.write_text(_OUT_OF_ORDER, encoding="utf-8")
    argv = (["convert", str(tmp_path), "--validate"] if many
            else ["convert", str(source), "--validate", "-o",
                  str(tmp_path / "r.xml")])  # fmt: skip
    status, _, err = _run(argv)
    assert status == 1
    assert "D003 paragraph 3. follows 1." in err


def test_convert_writes_findings_as_validate_does(tmp_path: Path) -> None:
    source = tmp_path / "r.md"
    source.write_text(_OUT_OF_ORDER, encoding="utf-8")
    _, _, err = _run(["convert", str(source), "-o", str(tmp_path / "r.xml")])
    assert ("warning: V010 operative paragraph 3 where 2 was expected "
            "[operative-numbers-out-of-order]") in err


def test_an_unreadable_file_is_said_in_the_summary(tmp_path: Path) -> None:
    status, _, err = _run(["validate", "--no-cache", str(tmp_path / "nope.xml"),
                           str(EXAMPLES / "A-RES-75-196.xml")])  # fmt: skip
    assert status == 2
    assert err.rstrip().endswith("in 2 files (1 not read)")


_UNREADABLE = {
    "missing.xml": None,
    "latin1.md": b"75/1. R\xe9solution\n",
    "image.pdf": b"%PDF-1.7\nnot a PDF after all",
}


@pytest.mark.parametrize("form", ["text", "json", "sarif", "github"])
def test_unreadable_files_are_reported_in_every_format(
    tmp_path: Path, form: str
) -> None:
    """Each file not read is in the report, counted, and exits 2."""
    names = []
    for name, content in _UNREADABLE.items():
        if content is not None:
            (tmp_path / name).write_bytes(content)
        names.append(str(tmp_path / name))
    status, out, _ = _run(["validate", "--no-cache", "--format", form,
                           *names, str(EXAMPLES / "A-RES-75-196.xml")])
    assert status == 2
    for name, code in zip(names, ("X006", "X003", "X005"), strict=True):
        assert code in out
        assert Path(name).name in out
    if form == "json":
        summary = json.loads(out)["summary"]
        assert (summary["files"], summary["unreadable"]) == (4, 3)


@pytest.mark.parametrize("command", ["convert", "validate", "render"])
def test_help_names_every_form_read(command: str) -> None:
    help_text = " ".join(_parser()._subparsers._group_actions[0]
                         .choices[command].format_help().split())  # fmt: skip
    assert ".pdf" in help_text


@pytest.mark.parametrize("command", ["convert", "validate"])
def test_an_empty_folder_is_said(tmp_path: Path, command: str) -> None:
    status, _, err = _run([command, str(tmp_path)])
    assert status == 2
    assert f"file in {tmp_path}" in err


def test_a_folder_is_checked_once_and_its_readme_left_alone(
    tmp_path: Path,
) -> None:
    """validate dir/ after convert dir/ reports each finding once (the
    XML's), and a README.md beside the resolutions is no resolution."""
    (tmp_path / "r.md").write_text(_OUT_OF_ORDER, encoding="utf-8")
    (tmp_path / "README.md").write_text("# Our resolutions\n\nNotes.\n",
                                        encoding="utf-8")  # fmt: skip
    status, _, err = _run(["convert", str(tmp_path)])
    assert status == 0
    assert "1 file: 1 converted" in err
    assert not (tmp_path / "README.xml").exists()
    status, out, err = _run(["validate", "--no-cache", str(tmp_path)])
    assert status == 1
    assert out.count("D003") == 1
    assert "in 1 file" in err


@pytest.mark.parametrize("flags", [
    ["--symbol", "A/RES/75/196"],
    ["--adoption-date", "2020-12-16"],
    ["--issue-date", "2020-12-28"],
    ["-o", "-"],
])  # fmt: skip
def test_flags_of_one_document_are_refused_for_many(
    tmp_path: Path, flags: list[str]
) -> None:
    """One identity for a folder would be false for all but one file."""
    for name in ("a.md", "b.md"):
        (tmp_path / name).write_bytes((EXAMPLES / "A-RES-75-196.md").read_bytes())
    status, _, err = _run(["convert", str(tmp_path), *flags])
    assert status == 2
    assert flags[0] in err
    assert not list(tmp_path.glob("*.xml"))


def test_a_symbol_the_text_contradicts_is_an_error(tmp_path: Path) -> None:
    output = tmp_path / "r.xml"
    status, _, err = _run(["convert", str(EXAMPLES / "A-RES-75-196.md"),
                           "--symbol", "A/RES/75/1", "-o", str(output)])
    assert status == 1
    assert "V024 symbol A/RES/75/1 given, but the text prints 75/196" in err


def test_a_text_with_no_trace_of_a_un_document_is_skipped(
    tmp_path: Path,
) -> None:
    """Notes among the resolutions: a warning that names them, counted."""
    (tmp_path / "r.md").write_bytes((EXAMPLES / "A-RES-75-196.md").read_bytes())
    (tmp_path / "notes.md").write_text(
        "# The editors' notes\n\nTo do: the December files.\n", "utf-8")
    status, _, err = _run(["convert", str(tmp_path)])
    assert status == 0
    assert "notes.md: warning: X007 no trace of a UN document" in err
    assert "2 files: 1 converted, 1 skipped" in err
    assert not (tmp_path / "notes.xml").exists()
    (tmp_path / "r.xml").unlink()
    status, out, err = _run(["validate", "--no-cache", str(tmp_path)])
    assert status == 0
    assert "notes.md: warning: X007" in out
    assert "(1 skipped;" in err
