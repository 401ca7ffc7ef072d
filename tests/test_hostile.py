"""Hostile XML and broken text: refused or read safely, never a traceback.

Each attack file gets a coded diagnostic and exit status 1 or 2, within
bounded time and memory, and nothing it points at is read or fetched.
Each broken text gives a coded diagnostic and, where anything converts,
an output that keeps every word.  Regression tests for what fuzzing found
(scripts/fuzz.py) are here too.
"""

from __future__ import annotations

import datetime as dt
import http.server
import io
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import EXAMPLES, SEED
from hypothesis import given, settings
from hypothesis import strategies as st
from resolutions import ga

from akn_un import convert
from akn_un.app.cli import _parser, run
from akn_un.checking import check
from akn_un.core.errors import MetadataMissingError
from akn_un.core.files import _read_up_to
from akn_un.core.resources import load_xsd
from akn_un.measure.compare import lost_words

EXAMPLE_XML = (EXAMPLES / "A-RES-75-196.xml").read_text(encoding="utf-8")
AKN = 'xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"'
LEAK_MARK = "contents-of-a-local-file-0f9a"


def _cli(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = run(_parser().parse_args(argv), stdin=io.StringIO(),
                 stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


class _Server(http.server.BaseHTTPRequestHandler):
    requests: list[str] = []  # noqa: RUF012 - shared by the test

    def do_GET(self) -> None:
        type(self).requests.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b'<!ENTITY leak "fetched">')

    def log_message(self, *_: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    """An HTTP server on 127.0.0.1 that records every request."""
    _Server.requests = []
    httpd = http.server.HTTPServer(("127.0.0.1", 0), _Server)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()


def _attacks(tmp: Path, url: str) -> dict[str, str]:
    secret = tmp / "secret.txt"
    secret.write_text(LEAK_MARK, encoding="utf-8")
    body = (f"<akomaNtoso {AKN}><statement name=\"resolution\"><mainBody>"
            "<p>{}</p></mainBody></statement></akomaNtoso>")
    laughs = "".join(
        f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10)
    )
    return {
        "xxe-file": f'<!DOCTYPE a [<!ENTITY x SYSTEM "{secret.as_uri()}">]>'
                    + body.format("&x;"),
        "xxe-http": f'<!DOCTYPE a [<!ENTITY x SYSTEM "{url}/x">]>'
                    + body.format("&x;"),
        "dtd-http": f'<!DOCTYPE akomaNtoso SYSTEM "{url}/akn.dtd">'
                    + body.format("text"),
        "parameter-entity": f'<!DOCTYPE a [<!ENTITY % p SYSTEM "{url}/p">'
                            "%p;]>" + body.format("&leak;"),
        "billion-laughs": f'<!DOCTYPE a [<!ENTITY l0 "lol">{laughs}]>'
                          + body.format("&l9;"),
        "quadratic": f'<!DOCTYPE a [<!ENTITY a "{"x" * 100_000}">]>'
                     + body.format("&a;" * 10_000),
        "xinclude": body.format(
            '<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" '
            f'href="{secret.as_uri()}" parse="text"/>'),
        "xslt-pi": f'<?xml-stylesheet type="text/xsl" href="{url}/x.xsl"?>'
                   + EXAMPLE_XML.split("?>", 1)[1],
    }  # fmt: skip


# The code each attack gets (libxml2 itself stops some bombs: X001).
_CODES: dict[str, set[str] | None] = {
    "xxe-file": {"X004"}, "xxe-http": {"X004"}, "dtd-http": {"X004"},
    "parameter-entity": {"X004", "X001"}, "billion-laughs": {"X004", "X001"},
    "quadratic": {"X004", "X001"}, "xinclude": {"S001"}, "xslt-pi": None,
}  # fmt: skip


@pytest.mark.parametrize("attack", sorted(_CODES))
def test_attack_files_are_refused_or_read_safely(
    attack: str, server: str, tmp_path: Path
) -> None:
    """validate, render (text and HTML): a code, exit 1 or 2, no leak,
    no request to the server."""
    path = tmp_path / f"{attack}.xml"
    path.write_text(_attacks(tmp_path, server)[attack], encoding="utf-8")
    outputs = []
    for argv in (["validate", str(path)], ["render", str(path)],
                 ["render", "--to", "html", str(path)],
                 ["validate", "--format", "json", str(path)]):
        status, out, err = _cli(argv)
        outputs.append(out + err)
        codes = _CODES[attack]
        if codes is not None and argv[0] == "validate":
            assert status in {1, 2}, (argv, out, err)
            assert any(code in out + err for code in codes), out + err
    text = "\n".join(outputs)
    assert LEAK_MARK not in text
    assert "fetched" not in text
    assert _Server.requests == []


_RUNNER = """
import re, sys
from pathlib import Path
from akn_un.app.cli import main
status = main(sys.argv[1:])
status_text = Path("/proc/self/status").read_text()
peak = int(re.search(r"VmHWM:\\s+(\\d+)", status_text).group(1)) // 1024
print(f"peak={peak}", file=sys.stderr)
sys.exit(status)
"""


def _bounded(argv: list[str]) -> tuple[int, float, int, str]:
    """Run the CLI in a fresh process: status, seconds, peak MB, output."""
    began = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", _RUNNER, *argv],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    seconds = time.monotonic() - began
    peak = int(done.stderr.rsplit("peak=", 1)[1])
    return done.returncode, seconds, peak, done.stdout + done.stderr


@pytest.mark.parametrize("attack", ["billion-laughs", "quadratic"])
def test_entity_bombs_are_refused_quickly_in_little_memory(
    attack: str, server: str, tmp_path: Path
) -> None:
    path = tmp_path / f"{attack}.xml"
    path.write_text(_attacks(tmp_path, server)[attack], encoding="utf-8")
    status, seconds, peak, err = _bounded(["validate", str(path)])
    assert status == 1
    assert "X004" in err or "X001" in err
    assert seconds < 10
    assert peak < 200, peak


def test_very_deep_nesting_is_refused(tmp_path: Path) -> None:
    """100,000 levels: X001 (libxml2's depth limit), quickly."""
    path = tmp_path / "deep.xml"
    path.write_text(f"<akomaNtoso {AKN}>" + "<p>" * 100_000 + "x"
                    + "</p>" * 100_000 + "</akomaNtoso>", encoding="utf-8")
    status, seconds, peak, err = _bounded(["validate", str(path)])
    assert status == 1
    assert "X001" in err
    assert seconds < 10
    assert peak < 200


@pytest.mark.slow
def test_a_200_mb_file_is_refused_by_the_documented_limit(
    tmp_path: Path,
) -> None:
    """Files over 64 MiB are not read: exit 2, a clear message."""
    path = tmp_path / "huge.xml"
    with path.open("wb") as handle:
        handle.write(f"<akomaNtoso {AKN}><p>".encode())
        chunk = b"x" * (1024 * 1024)
        for _ in range(200):
            handle.write(chunk)
        handle.write(b"</p></akomaNtoso>")
    for argv in (["validate", str(path)], ["render", str(path)],
                 ["convert", str(path)]):
        status, _, peak, err = _bounded(argv)
        assert status == 2, err
        assert "larger than 67108864 bytes" in err
        assert peak < 200


@pytest.mark.parametrize(
    ("size", "limit", "read"),
    [(0, 11, 0), (10, 11, 10), (11, 11, 11), (50, 11, 11)],
    ids=["empty", "under", "at-limit", "over"],
)
def test_files_are_read_up_to_the_limit(
    tmp_path: Path, size: int, limit: int, read: int
) -> None:
    """A file's bytes, never more than the limit (one over: refused)."""
    path = tmp_path / "f.xml"
    path.write_bytes(b"x" * size)
    with path.open("rb") as handle:
        assert _read_up_to(handle, limit) == b"x" * read


def test_a_file_without_a_size_is_still_bounded() -> None:
    """A pipe (no size known) is read on, up to the limit, and no further."""
    reader, writer = os.pipe()
    with os.fdopen(reader, "rb") as handle, os.fdopen(writer, "wb") as out:
        out.write(b"y" * 30)
        out.close()
        assert _read_up_to(handle, 11) == b"y" * 11


# Broken text -----------------------------------------------------------


def _text_case(data: bytes) -> tuple[list[str], str | None]:
    """Codes the converter reports, and where words were lost (None).

    A text without a resolution number or adoption date is refused
    (nothing written, so nothing lost).
    """
    try:
        result = convert(data)
    except MetadataMissingError as refused:
        return [d.code for d in refused.diagnostics], None
    assert load_xsd().validate(result.tree)
    text = data.decode("utf-8-sig") if not data.startswith(
        (b"\xff\xfe", b"\xfe\xff")) else data.decode("utf-16")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [d.code for d in result.diagnostics], lost_words(text, result.tree)


SEED_TEXT = SEED.read_text(encoding="utf-8")
BROKEN_TEXTS: dict[str, tuple[bytes, str | None]] = {
    "empty": (b"", "V007"),
    "binary-control-bytes": (bytes(range(1, 32)) * 4, "V015"),
    "utf8-bom": (b"\xef\xbb\xbf" + SEED_TEXT.encode(), "V008"),
    "utf16": (SEED_TEXT.encode("utf-16"), "V008"),
    "crlf": (SEED_TEXT.replace("\n", "\r\n").encode(), "V008"),
    "cr": (SEED_TEXT.replace("\n", "\r").encode(), "V008"),
    "nbsp-zero-width-tabs": (ga(
        "Recalling\u00a0its resolution\u200b 74/1,\n\n1.\t*Decides*\tto "
        "act\u00a0now.").encode(), None),
    "no-header": (b"1. *Decides* to act.", "V007"),
    "no-preamble": (ga("1. *Decides* to act.").encode(), None),
    "no-operative": (ga("Recalling its resolution 74/1,").encode(), "V016"),
    "marker-without-body": (ga(
        "Recalling the Convention,\u00b9\n\n1. *Decides* to act.").encode(),
        "V001"),
    "body-without-marker": (ga(
        "Recalling the Convention,\n\n\u00b9 A/75/1.\n\n1. *Decides*.")
        .encode(), "V002"),
    "two-bodies-one-number": (ga(
        "Recalling it,\u00b9\n\n\u00b9 A/75/1.\n\n\u00b9 A/75/2.\n\n"
        "1. *Decides*.").encode(), "V003"),
    "numbering-jumps": (ga("1. *Decides*;\n\n3. *Requests*.").encode(),
                        "V010"),
}  # fmt: skip


@pytest.mark.parametrize("case", sorted(BROKEN_TEXTS))
def test_broken_text_converts_with_a_code_keeping_every_word(
    case: str,
) -> None:
    data, code = BROKEN_TEXTS[case]
    codes, lost = _text_case(data)
    if code is not None:
        assert code in codes, codes
    assert lost is None, lost


def test_invalid_utf8_is_reported_at_its_byte(tmp_path: Path) -> None:
    """convert and validate exit 2 (the file not read), X003 at its byte."""
    path = tmp_path / "bad.md"
    path.write_bytes(b"General Assembly\n\nA bad \xc3\x28 byte")
    status, out, err = _cli(["convert", str(path)])
    assert (status, out) == (2, "")
    assert f"{path}:3:7: error: X003 not valid UTF-8 at byte offset 24" in err
    status, out, _ = _cli(["validate", str(path)])
    assert status == 2
    assert f"{path}:3:7: error: X003" in out


@pytest.mark.slow
def test_a_50_mb_text_converts(tmp_path: Path) -> None:
    """The seed's body 600 times (49 MB): converted, bounded memory."""
    sys.path.insert(0, str(Path(__file__).parent.parent / "benchmarks"))
    from scaling import repeated

    source = tmp_path / "big.md"
    source.write_text(repeated(SEED_TEXT, 600), encoding="utf-8")
    assert source.stat().st_size > 48_000_000
    output = tmp_path / "big.xml"
    status, _, peak, err = _bounded(
        ["convert", str(source), "-o", str(output)])
    assert status == 0, err[-500:]
    assert output.stat().st_size > source.stat().st_size
    assert peak < 1500, peak


# Nothing lost ----------------------------------------------------------


@pytest.mark.slow
def test_a_killed_conversion_leaves_output_and_input_as_they_were(
    tmp_path: Path,
) -> None:
    """SIGKILL in the middle of a long conversion: the old output stays."""
    sys.path.insert(0, str(Path(__file__).parent.parent / "benchmarks"))
    from scaling import repeated

    source = tmp_path / "big.md"
    source.write_text(repeated(SEED_TEXT, 200), encoding="utf-8")
    before = source.read_bytes()
    output = tmp_path / "big.xml"
    output.write_bytes(b"the previous output")
    process = subprocess.Popen(
        [sys.executable, "-m", "akn_un", "convert", str(source), "-o",
         str(output)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    time.sleep(1.0)
    assert process.poll() is None, "the conversion ended before the kill"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert output.read_bytes() == b"the previous output"
    assert source.read_bytes() == before


# What fuzzing found ----------------------------------------------------


def test_two_session_lines_keep_eids_unique() -> None:
    result = convert(
        "\nSeventy-fifth session\nSeventy-fifth session",
        symbol="A/RES/75/1", adoption_date=dt.date(2020, 9, 15),
    )
    assert load_xsd().validate(result.tree)


def test_check_reports_undecodable_bytes() -> None:
    assert [d.code for d in check(b"\x80")] == ["X003"]


def test_a_schema_error_under_a_foreign_prefix_is_located() -> None:
    """An XInclude element inside a ref: S001, located by its line."""
    xml = EXAMPLE_XML.replace(
        '<ref href="https://undocs.org/en/A/RES/73/183">',
        '<ref href="https://undocs.org/en/A/RES/73/183"><xi:include xmlns:xi='
        '"http://www.w3.org/2001/XInclude" href="/etc/passwd" parse="text"/>',
        1,
    )
    found = check(xml.encode("utf-8"))
    assert [d.code for d in found if d.code == "S001"]
    assert all(d.location.line for d in found if d.code == "S001")


PIECES = ["/1234", "/12", "/A.IV", "/L.8", "/Rev.1", " (Supp)", "(2001)",
          "/RES", ".1", "-S", "/S-10", " ", "/", "!"]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(PIECES), st.integers(1, 30)),
                min_size=1, max_size=4),
       st.sampled_from(["!", "//", "", "/(", "-"]))
def test_a_symbol_is_judged_in_linear_time(
    runs: list[tuple[str, int]], end: str
) -> None:
    """C001's grammar: any symbol, however long and wrong, judged at once.

    Runs of one piece repeated are the adversary's tool.  The bound is
    generous (a second for some 120 pieces): a grammar that backtracks
    exponentially takes hours on such input.
    """
    from akn_un.core.symbols import well_formed

    symbol = "A" + "".join(piece * times for piece, times in runs) + end
    well_formed.cache_clear()
    began = time.perf_counter()
    well_formed(symbol)
    assert time.perf_counter() - began < 1.0, symbol


def test_a_hostile_href_does_not_stall_validation() -> None:
    """The href of the red-team report: 24 repeats, checked at once."""
    href = "https://undocs.org/en/A" + "/1234" * 24 + "/!"
    xml = EXAMPLE_XML.replace(
        "https://undocs.org/en/A/RES/73/183", href, 1
    )
    began = time.perf_counter()
    codes = {d.code for d in check(xml.encode("utf-8"))}
    assert "C001" in codes
    assert time.perf_counter() - began < 5.0


def _processes_naming(text: str) -> list[str]:
    """Command lines of live processes that name ``text`` (Linux /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ")
        except OSError:
            continue
        if text.encode() in command:
            found.append(command.decode(errors="replace"))
    return found


@pytest.mark.parametrize("sent", [signal.SIGINT, signal.SIGTERM],
                         ids=["SIGINT", "SIGTERM"])
def test_a_signal_stops_a_parallel_run_at_once(
    tmp_path: Path, sent: signal.Signals
) -> None:
    """convert --jobs 2 over many files, stopped by a signal: it ends at
    once with a summary, leaves no worker behind, writes nothing more."""
    if not Path("/proc/self/cmdline").exists():
        pytest.skip("needs /proc")
    folder = tmp_path / "many"
    folder.mkdir()
    for index in range(400):
        (folder / f"r{index:03}.md").write_bytes(SEED.read_bytes())
    process = subprocess.Popen(
        [sys.executable, "-m", "akn_un", "convert", str(folder), "--jobs",
         "2"],
        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
    )
    deadline = time.monotonic() + 60
    while not list(folder.glob("*.xml")) and time.monotonic() < deadline:
        time.sleep(0.05)
    process.send_signal(sent)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 130, err
    assert "interrupted" in err
    written = len(list(folder.glob("*.xml")))
    assert written < 400
    time.sleep(1)
    assert len(list(folder.glob("*.xml"))) == written
    assert _processes_naming(str(folder)) == []


def test_a_path_longer_than_the_system_takes_is_passed_over(
    tmp_path: Path,
) -> None:
    """A folder run meets a path over PATH_MAX: the other files are done."""
    (tmp_path / "r.md").write_bytes(SEED.read_bytes())
    deep = os.open(tmp_path, os.O_RDONLY)
    try:
        for _ in range(24):  # 24 x 201 bytes: over Linux's 4,096
            os.mkdir("x" * 200, dir_fd=deep)
            inner = os.open("x" * 200, os.O_RDONLY, dir_fd=deep)
            os.close(deep)
            deep = inner
        note = os.open("deep.md", os.O_WRONLY | os.O_CREAT, dir_fd=deep)
        os.write(note, b"hello")
        os.close(note)
    finally:
        os.close(deep)
    for command in (["convert"], ["validate", "--no-cache"]):
        result = subprocess.run(
            [sys.executable, "-m", "akn_un", *command, str(tmp_path)],
            capture_output=True, text=True, timeout=120, check=False,
        )
        assert result.returncode in {0, 1}, result.stderr
        assert "Traceback" not in result.stderr
    assert (tmp_path / "r.xml").exists()
