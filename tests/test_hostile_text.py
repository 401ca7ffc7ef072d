"""Reliability, second round: outputs that are not files, time that grows
faster than the input, counts read as markers, and the traps of a run
(configuration, closed streams, jobs, signals, argument types).

Scaling is asserted as a ratio of times over three doublings of an
adversarial input: linear time gives 8, quadratic 64; the bound is 20.
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import re
import signal
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import EXAMPLES, SEED
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from processes import run_command
from resolutions import ga

from akn_un import convert
from akn_un.app.cache import ResultCache
from akn_un.checking import check
from akn_un.converter import guards
from akn_un.converter.read import read
from akn_un.converter.read.markdown import (
    _BOLD,
    _UNDERSCORE,
    _spans,
    is_markdown,
    markdown,
)
from akn_un.converter.read.paragraphs import hyphens
from akn_un.core.errors import AknUnError
from akn_un.core.files import write_output
from akn_un.core.pool import ordered_map
from akn_un.grammar.citations import find_citations
from akn_un.render import render_text

SEED_TEXT = SEED.read_text(encoding="utf-8")
LINEAR = 20  # t(8n) / t(n): linear time gives 8, quadratic 64


def _seconds(run: Callable[[str], object], text: str) -> float:
    """The best of three runs, the cycle collector held off: a collection
    of the last run's garbage falls in one run or another at random, and
    the converter holds it off itself while it builds."""
    best = float("inf")
    for _ in range(3):
        gc.collect()
        gc.disable()
        try:
            began = time.perf_counter()
            run(text)
            best = min(best, time.perf_counter() - began)
        finally:
            gc.enable()
    return best


def _growth(make: Callable[[int], str], run: Callable[[str], object],
            base: int) -> float:
    """t(8 base) / t(base), the input doubled three times."""
    times = [_seconds(run, make(base * 2**k)) for k in range(4)]
    return times[-1] / times[0]


# --- 2: where an output goes ----------------------------------------------

def _root_only() -> None:
    if os.geteuid() != 0:
        pytest.skip("mknod needs root")


@pytest.mark.parametrize("minor", [3, 5], ids=["null", "zero"])
def test_a_device_is_written_through_never_replaced(
    minor: int, tmp_path: Path
) -> None:
    _root_only()
    node = tmp_path / "device"
    os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, minor))
    done = run_command(["convert", str(SEED), "-o", str(node)])
    assert done.returncode == 0, done.stderr
    assert stat.S_ISCHR(node.lstat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["device"]


def test_a_full_device_is_an_error(tmp_path: Path) -> None:
    _root_only()
    node = tmp_path / "full"
    os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 7))
    done = run_command(["convert", str(SEED), "-o", str(node)])
    assert done.returncode == 2
    assert "No space left on device" in done.stderr
    assert stat.S_ISCHR(node.lstat().st_mode)


def test_a_fifo_is_written_through(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(
        target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    done = run_command(["convert", str(SEED), "-o", str(fifo)])
    reader.join(timeout=30)
    assert done.returncode == 0, done.stderr
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert received == [(EXAMPLES / "A-RES-75-196.xml").read_bytes()]


def test_a_link_to_standard_output_writes_to_it(tmp_path: Path) -> None:
    """``-o /dev/stdout``, made here as a link to the process's fd 1."""
    link = tmp_path / "stdout"
    link.symlink_to("/proc/self/fd/1")
    done = run_command(["convert", str(SEED), "-o", str(link)])
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("<?xml")
    assert link.is_symlink()


def test_a_link_to_a_file_writes_the_file(tmp_path: Path) -> None:
    target = tmp_path / "real.xml"
    target.write_text("old")
    link = tmp_path / "link.xml"
    link.symlink_to(target)
    done = run_command(["convert", str(SEED), "-o", str(link)])
    assert done.returncode == 0, done.stderr
    assert link.is_symlink()
    assert target.read_bytes() == (EXAMPLES / "A-RES-75-196.xml").read_bytes()


def test_a_dangling_link_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "dangling.xml"
    link.symlink_to(tmp_path / "nowhere" / "x.xml")
    done = run_command(["convert", str(SEED), "-o", str(link)])
    assert done.returncode == 2
    assert "symbolic link" in done.stderr
    assert link.is_symlink()
    assert not (tmp_path / "nowhere").exists()


def test_a_regular_file_is_still_replaced_atomically(tmp_path: Path) -> None:
    path = tmp_path / "out.xml"
    path.write_text("old")
    path.chmod(0o640)
    write_output(path, b"new")
    assert path.read_bytes() == b"new"
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xml"]


# --- 6-9: time linear in the input ------------------------------------------

@pytest.mark.parametrize(("language", "citation"), [
    ("fra", ("la résolution 72/192 du 19 décembre 2017 et le Conseil de "
            "sécurité, ")),
    ("spa", ("la resolución 72/192, de 19 de diciembre de 2017, y el "
            "Consejo de Seguridad, ")),
    ("rus", "ссылаясь на резолюцию 72/192 от 19 декабря 2017 года, "),
    ("ara", "وإذ تشير إلى قرارها 72/192 المؤرخ 19 كانون الأول/ديسمبر 2017، "),
    ("zho", "回顾第72/192号决议，"),
    ("eng", "resolution 72/192 of 19 December 2017 and the Council, "),
])
def test_citations_in_one_long_sentence_take_linear_time(
    language: str, citation: str
) -> None:
    """French: one paragraph of 42 KB took 2.5 s, 168 KB 26 s."""
    growth = _growth(lambda n: citation * n,
                     lambda text: find_citations(text, "ga", language), 150)
    assert growth < LINEAR, growth


def test_citations_and_symbols_together_take_linear_time() -> None:
    growth = _growth(lambda n: "A/75/1 and resolution 72/192, " * n,
                     find_citations, 300)
    assert growth < LINEAR, growth


def test_validating_a_long_french_paragraph_takes_linear_time() -> None:
    """validate of the French XML: 148 KB took 1.6 s, 580 KB 22 s."""
    head = ("Rappelant sa résolution 72/192 du 19 décembre 2017, la "
            "résolution 73/1 du 1er octobre 2018 et le Conseil de sécurité, ")
    french = ga("*Rappelant* {}\n\n1. *Décide* d’agir.")

    def make(n: int) -> str:
        return convert(french.format(head * n), language="fra").xml.decode()

    xml = {n: make(n) for n in (60, 480)}
    times = {n: _seconds(lambda x: check(x.encode()), xml[n]) for n in xml}
    assert times[480] / times[60] < LINEAR, times


@pytest.mark.parametrize("piece", ["**a ", "__a ", "_a ", "x **", "** x "])
def test_unclosed_emphasis_takes_linear_time(piece: str) -> None:
    """68 KB of unclosed ``**`` took 8.7 s (a lazy ``(.+?)`` per mark)."""
    assert _growth(lambda n: piece * n, is_markdown, 2000) < LINEAR
    assert _growth(lambda n: piece * n, markdown, 2000) < LINEAR


# The patterns the emphasis pairing replaced: its oracle.
_BOLD_RE = re.compile(
    r"(?<![\\*])\*\*(?=[^\s*])(.+?)(?<=[^\s\\*])\*\*(?!\*)"
    r"|(?<!\w)__(?=[^\s_])(.+?)(?<=[^\s_])__(?!\w)"
)
_UNDERSCORE_RE = re.compile(r"(?<![\w\\*])_(?=[^\s_])(.+?)(?<=[^\s_])_(?!\w)")


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(
    ["**", "__", "_", "*", " ", "a", "b", "\n", "\\", "***", "é"]),
    max_size=24).map("".join))
def test_emphasis_is_paired_as_the_patterns_paired_it(text: str) -> None:
    bold = [(m.start(), m.start(1 if m.group(1) is not None else 2),
             m.end(1 if m.group(1) is not None else 2), m.end())
            for m in _BOLD_RE.finditer(text)]
    assert list(_spans(text, _BOLD)) == bold
    italic = [(m.start(), m.start(1), m.end(1), m.end())
              for m in _UNDERSCORE_RE.finditer(text)]
    assert list(_spans(text, _UNDERSCORE)) == italic


def test_a_split_word_before_many_spaces_takes_linear_time() -> None:
    """``non-`` and 16k spaces took 3 s: the pattern backtracked."""
    growth = _growth(lambda n: "non-" + " " * n + "\n", hyphens, 4000)
    assert growth < LINEAR, growth
    joined, _ = hyphens("non- \n  governmental")
    assert joined != []


def test_many_split_words_are_decided_in_linear_time() -> None:
    """Each compound split at a line's end is decided from an index of
    the text's words made once, not by a search of the whole text."""
    def make(n: int) -> str:
        return " ".join(f"w{i}-\nv{i}" for i in range(n))

    growth = _growth(make, hyphens, 4000)  # t(n) of some milliseconds
    assert growth < LINEAR, growth


def test_a_long_line_of_figures_takes_linear_time() -> None:
    """``x,1,x,1,…`` on one line: 512 KB took 10.7 s."""
    def make(n: int) -> str:
        return ("75/1. T\n\nThe General Assembly,\n\n1. Decides "
                + "x,1,x" * n + ".\n\n_______\n1 A/75/1.\n")

    growth = _growth(make, read, 4000)
    assert growth < LINEAR, growth


def test_a_line_of_numbered_paragraphs_is_set_apart_in_linear_time() -> None:
    """Paragraphs an extraction ran into one line, many of them."""
    from akn_un.converter.read.paragraphs import glued_paragraphs

    growth = _growth(
        lambda n: "Recalling. " + "".join(
            f"{k}. Decides to act on the matter before it; "
            for k in range(1, n + 1)),
        glued_paragraphs, 1000)
    assert growth < LINEAR, growth


def test_many_numbered_blocks_are_read_in_linear_time() -> None:
    """A table's rows numbered "1 …", "2 …" … (or notes): finding the
    notes by their numbering looks ahead once, not once per row."""
    from akn_un.converter.read.notes import numbered_notes

    def make(n: int) -> str:  # no row is followed by its number plus one
        return "\n\n".join(f"2 Row {i}" for i in range(n))

    growth = _growth(make, numbered_notes, 4000)  # milliseconds, not noise
    assert growth < LINEAR, growth


# --- 12: a count is not a marker; each marker read is said ----------------

@pytest.mark.parametrize("count", [
    "that 2 Member States have not", "its 3 members", "the 2 countries",
    "these 2 reports",
])
def test_a_count_is_never_a_marker(count: str) -> None:
    text = ga(f"Noting {count} submitted the report 2 requested,\n\n"
              "1. *Decides* to act.") + "\n______\n\n2 A/75/125.\n"
    result = convert(text)
    xml = result.xml.decode()
    assert count in xml
    # set apart in the text, glued as its superscript is
    assert re.search(r"report<authorialNote marker=\"2\"", xml)
    assert [d.code for d in result.diagnostics] == ["V021"]
    markers = result.diagnostics
    assert markers[0].severity == "info"
    assert markers[0].location.line == text.split("\n").index(
        next(line for line in text.split("\n") if "Noting" in line)) + 1


def test_every_figure_read_as_a_marker_is_said(tmp_path: Path) -> None:
    text = ga("Recalling the Statute 1 and the Court,2\n\n"
              "1. *Decides* to act.") + "\n______\n\n1 A/75/1.\n\n2 A/75/2.\n"
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    done = run_command(["convert", str(path), "--infos"])
    assert done.stderr.count("V021") == 2, done.stderr


# --- 13: a configuration that is not what it should be ----------------------

@pytest.mark.parametrize(("toml", "message"), [
    ("tool = 5\n", "[tool] must be a table"),
    ('[tool]\n"akn-un" = []\n', "[tool.akn-un] must be a table"),
    ("[tool]\nx = " + "[" * 50_000 + "]" * 50_000 + "\n", "nested too"),
])
def test_a_malformed_pyproject_is_a_clear_error(
    toml: str, message: str, tmp_path: Path
) -> None:
    (tmp_path / "pyproject.toml").write_text(toml)
    inner = tmp_path / "inner"
    inner.mkdir()
    document = inner / "r.xml"
    document.write_bytes((EXAMPLES / "A-RES-75-196.xml").read_bytes())
    done = subprocess.run(
        [sys.executable, "-m", "akn_un", "validate", "r.xml"], cwd=inner,
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert message in done.stderr
    assert "Traceback" not in done.stderr


# --- 14: --check beside a huge output ---------------------------------------

def test_check_beside_a_huge_output_does_not_read_it(tmp_path: Path) -> None:
    source = tmp_path / "r.md"
    source.write_bytes(SEED.read_bytes())
    with (tmp_path / "r.xml").open("wb") as handle:
        handle.truncate(20 * 1024**3)  # sparse: 20 GB that take no disk
    done = run_command(["convert", "--check", str(source)],
                       memory=1536 * 1024**2, timeout=60)
    assert done.returncode == 1, done.stderr
    assert "out of date" in done.stderr
    assert "Traceback" not in done.stderr


# --- 15: closed standard streams -----------------------------------------

@pytest.mark.parametrize(("argv", "closed", "message"), [
    (["convert", "-"], 0, "standard input is closed"),
    (["convert", str(SEED)], 1, "standard output is closed"),
    (["render", str(EXAMPLES / "A-RES-75-196.xml")], 1,
     "standard output is closed"),
    (["--version"], 1, "standard output is closed"),
])
def test_a_closed_standard_stream_is_a_clear_error(
    argv: list[str], closed: int, message: str
) -> None:
    done = run_command(argv, closed=[closed])
    assert done.returncode == 2, done.stderr
    assert message in done.stderr
    assert "Traceback" not in done.stderr


# --- 16: jobs beyond the machine's CPUs -------------------------------------

def _pid(_item: int) -> int:
    time.sleep(0.01)
    return os.getpid()


def test_no_more_processes_start_than_there_are_cpus() -> None:
    """``validate --jobs 1000`` forked 1000 processes."""
    pids = set(ordered_map(_pid, range(40), 1000))
    assert len(pids) <= (os.cpu_count() or 1)


# --- 17: a write that fails in a run over many files ------------------------

def test_a_failed_write_names_the_output(tmp_path: Path) -> None:
    for name in ("a", "b"):
        (tmp_path / f"{name}.md").write_bytes(SEED.read_bytes())
    out = tmp_path / "out"
    (out / "a.xml").mkdir(parents=True)  # a folder where a.xml goes
    done = run_command(["convert", str(tmp_path / "a.md"),
                        str(tmp_path / "b.md"), "-o", str(out)])
    assert done.returncode == 1, done.stderr
    assert f"{out / 'a.xml'}: error: cannot write it" in done.stderr
    assert f"{tmp_path / 'a.md'}: error" not in done.stderr
    assert "1 converted, 1 not written" in done.stderr
    assert (out / "b.xml").is_file()


# --- 18: a cache write that fails -----------------------------------------

def test_a_failed_cache_write_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = ResultCache.open(tmp_path / "cache")
    cache.rules({})  # makes the folder
    folder = cache.folder

    def full(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "replace", full)
    cache.rules({})
    assert not list(folder.glob("*.tmp"))


# --- 19: SIGHUP as SIGTERM ---------------------------------------------------

@pytest.mark.parametrize("jobs", ["1", "2"])
def test_sighup_stops_a_run_with_a_summary_and_no_temporary_file(
    jobs: str, tmp_path: Path
) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for index in range(300):
        (folder / f"r{index:03}.md").write_bytes(SEED.read_bytes())
    out = tmp_path / "out"
    process = subprocess.Popen(
        [sys.executable, "-m", "akn_un", "convert", str(folder), "-o",
         str(out), "--jobs", jobs],
        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
    )
    deadline = time.monotonic() + 60
    while not list(out.glob("*.xml")) and time.monotonic() < deadline:
        time.sleep(0.05)
    process.send_signal(signal.SIGHUP)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 130, err
    assert "interrupted" in err
    assert "files not done" in err
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


# --- 20: arguments of the wrong type --------------------------------------

@pytest.mark.parametrize(("call", "error", "message"), [
    (lambda: convert(None), TypeError, "text must be a str, bytes or a path"),
    (lambda: convert(SEED_TEXT, adoption_date="2020-12-16"), TypeError,
     "adoption_date must be a datetime.date"),
    (lambda: convert(SEED_TEXT, issue_date=20201216), TypeError,
     "issue_date must be a datetime.date"),
    (lambda: convert(SEED_TEXT, language="xx"), ValueError,
     "language 'xx' is not one of"),
    (lambda: render_text(str(SEED)), TypeError, "a parsed AKN document"),
    (lambda: render_text(SEED), AknUnError, "not well-formed XML"),
])
def test_wrong_arguments_are_typed_errors(
    call: Callable[[], object], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=re.escape(message)):
        call()


def test_right_arguments_still_convert() -> None:
    result = convert(SEED_TEXT, adoption_date=dt.date(2020, 12, 16),
                     language="eng")
    assert result.metadata.symbol == "A/RES/75/196"


# --- 22: what convert writes, validate reads ------------------------------

def test_a_paragraph_longer_than_xml_reads_back_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(guards, "MAX_TEXT_NODE", 2000)
    kept = ga("1. *Decides* " + "word " * 100 + "end.")
    convert(kept)
    with pytest.raises(AknUnError, match=r"at line \d+ holds \d+ bytes"):
        convert(ga("1. *Decides* " + "word " * 2000 + "end."))


def test_an_11_mb_paragraph_is_refused_as_validate_would(
    tmp_path: Path,
) -> None:
    """It converted with exit 0; validate and render then refused it."""
    path = tmp_path / "long.md"
    path.write_text(ga("1. *Decides* " + "word " * 2_200_000 + "end."),
                    encoding="utf-8")
    done = run_command(["convert", str(path), "-o", str(tmp_path / "x.xml")])
    assert done.returncode == 2
    assert "more than the 10000000" in done.stderr
    assert not (tmp_path / "x.xml").exists()


def test_the_limit_is_the_safe_parsers() -> None:
    from akn_un.core.document import MAX_TEXT_NODE, safe_parser

    for size, fits in ((MAX_TEXT_NODE, True), (MAX_TEXT_NODE + 1, False)):
        xml = b"<p>" + b"x" * size + b"</p>"
        try:
            etree.fromstring(xml, safe_parser())
        except etree.XMLSyntaxError:
            assert not fits
        else:
            assert fits
