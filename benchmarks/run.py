"""Benchmark akn-un against its peers, measured side by side in one run.

Run after ``pip install -e '.[bench]'`` (bluebell-akn 3.1.1); xmllint comes
from Debian's libxml2-utils, the UN files from ../shared. It installs
nothing: a peer or a file that is absent leaves its rows out, saying so.
It compiles akn-un's bytecode first, as installing a package does.

    python benchmarks/run.py [--repeat 11] [--only convert validate ...]

Every whole-process row runs the two commands in turn, so that both meet
the same moment of a shared machine, and reports the median of each and
the median of the paired ratios; in-process rows do the same with calls.

Rows (each with its target, and whether this run met it):

1. convert the seed in-process, after warm-up, vs bluebell's
   ``AkomaNtosoParser.parse_to_xml`` (root ``statement``);
2. ``akn-un convert`` as a whole process vs the ``bluebell`` command;
3. ``akn-un validate`` of one file, cold (``--no-cache``) and from the
   result cache, vs ``xmllint --noout --schema akomantoso30.xsd``;
4. ``akn-un validate`` over the 339 files of ../shared/corpus/ga75 in one
   command — one process, two, and from the cache — vs one ``xmllint``;
5. scaling: the seed's body 1x, 10x and 100x, converted (with bluebell
   beside it) and validated in-process (with lxml's parse of the same XML
   beside it, the part of validating that is libxml2's): time and peak
   memory;
6. start-up: ``akn-un --version``, and a one-file validate less the XSD
   compile (the imports and set-up of the validate path); the compile is
   timed as the command meets it, the first in a new process, in turn
   with the command. Then that validate's imports as ``python -X
   importtime`` reports them, beyond the interpreter's own: each module's
   own time, summed by package, and the largest (``importtime.py``);
7. PDF: ``akn-un convert`` of the ten-page official PDF of A/RES/73/3,
   and of a Security Council draft's (S/2022/158), as a whole process vs
   ``pdftotext X.pdf - | akn-un convert -`` (Debian's poppler-utils):
   reading the layout costs little beside extracting the text with the
   fastest tool there is; its floor is the interpreter
   reading the pages' text objects through PDFium, converting nothing;
8. families: time per size at 1x, 4x and 16x of four generated families
   of hard input, converted and validated (``families.py``).

Rows 2 and 4 come with a floor, measured the same way: what no akn-un
command can go under. Row 2's is the interpreter importing the libraries
a conversion needs (lxml builds the tree, cobalt the FRBR IRIs), with
nothing converted; row 4's is akn-un checking the XSD alone
(``--select S001``): the parse, compile and validation that are
libxml2's, as xmllint's are, plus Python's start-up. Where a target is
missed, the floor shows how much of the peer's time is left for the
rest.
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import families
import importtime
import scaling

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "A-RES-75-196.md"
SHARED = ROOT.parent / "shared"
ONE = SHARED / "akn4un" / "GA_A-RES-75-196_eng.xml"
CORPUS = SHARED / "corpus" / "ga75"
PDF = SHARED / "real" / "pdf" / "A_RES_73_3-EN.pdf"
DRAFT_PDF = SHARED / "real" / "scdrafts" / "S_2022_158-EN.pdf"
XSD = SHARED / "akn-schema" / "akomantoso30.xsd"
FRBR_URI = "/akn/un/statement/deliberation/unga/2020-12-16/75-196"
BIN = Path(sys.executable).parent


@dataclass(frozen=True)
class Pair:
    """Medians of ours and the peer's times (s), and of the pairs' ratios."""

    ours: float
    peer: float
    ratio: float


def paired(
    ours: Callable[[], object], peer: Callable[[], object], repeat: int
) -> Pair:
    """Both in turn, ``repeat`` times after one warm-up each."""
    ours()
    peer()
    mine, theirs = [], []
    for _ in range(repeat):
        mine.append(_seconds(ours))
        theirs.append(_seconds(peer))
    return Pair(
        statistics.median(mine),
        statistics.median(theirs),
        statistics.median(a / b for a, b in zip(mine, theirs, strict=True)),
    )


def _seconds(func: Callable[[], object]) -> float:
    began = time.perf_counter()
    func()
    return time.perf_counter() - began


def command(*argv: str | Path) -> Callable[[], object]:
    """A whole process, its output thrown away (findings are expected)."""
    args = [str(a) for a in argv]
    return lambda: subprocess.run(args, capture_output=True, check=False)


class Table:
    """Rows of the report: ours, the peer, the ratio, the target."""

    def __init__(self) -> None:
        """Print the heading."""
        self.missed: list[str] = []
        print(f"{'':<44} {'akn-un':>10} {'peer':>20} {'ratio':>7}  target")

    def row(
        self, name: str, pair: Pair, peer: str, target: float | None = None
    ) -> None:
        """One measured comparison; ``target`` is the highest ratio."""
        verdict = ""
        if target is not None:
            met = pair.ratio <= target
            verdict = f"<= {target:<5} {'met' if met else 'MISSED'}"
            if not met:
                self.missed.append(name)
        print(f"{name:<44} {_ms(pair.ours):>10} {peer:>9} {_ms(pair.peer):>10}"
              f" {pair.ratio:>7.3f}  {verdict}")

    @staticmethod
    def note(text: str) -> None:
        """A line without a peer."""
        print(f"  {text}")


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:,.1f} ms"


def convert_rows(table: Table, repeat: int) -> None:
    """Rows 1 and 2: the seed, against bluebell."""
    from akn_un import convert

    text = SEED.read_text(encoding="utf-8")
    try:
        from bluebell.parser import AkomaNtosoParser
        from cobalt import FrbrUri
    except ImportError:
        table.note("bluebell-akn is not installed: rows 1-2 left out "
                   "(pip install -e '.[bench]')")
        return
    parser = AkomaNtosoParser(FrbrUri.parse(FRBR_URI))
    for _ in range(3):
        convert(text).xml  # noqa: B018 - warm-up
    table.row(
        "1 convert seed, in-process",
        paired(lambda: convert(text).xml,
               lambda: parser.parse_to_xml(text, "statement"), repeat * 3),
        "bluebell", 0.1,
    )  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        table.row(
            "2 convert seed, whole process",
            paired(
                command(BIN / "akn-un", "convert", SEED, "-o",
                        Path(tmp) / "out.xml"),
                command(BIN / "bluebell", FRBR_URI, "statement", SEED),
                repeat,
            ),
            "bluebell", 0.5,
        )  # fmt: skip
        table.row(
            "2   floor: python, import lxml + cobalt",
            paired(
                command(sys.executable, "-c", "import lxml.etree, cobalt"),
                command(BIN / "bluebell", FRBR_URI, "statement", SEED),
                repeat,
            ),
            "bluebell",
        )  # fmt: skip


def pdf_rows(table: Table, repeat: int) -> None:
    """Row 7: a PDF read by akn-un, against pdftotext piped to akn-un."""
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None or not PDF.exists():
        table.note("pdftotext (poppler-utils) or the PDF is absent: row 7 "
                   "left out")
        return
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.xml"
        for label, pdf in (("the 10-page PDF of 73/3", PDF),
                           ("a draft's PDF, S/2022/158", DRAFT_PDF)):
            if not pdf.exists():
                continue
            pipe = command("sh", "-c", f'"{pdftotext}" "{pdf}" - | '
                           f'"{BIN / "akn-un"}" convert - -o "{out}"')
            ours = command(BIN / "akn-un", "convert", pdf, "-o", out)
            table.row(f"7 convert {label}", paired(ours, pipe, repeat),
                      "pdftotext|", 1.5)
        floor = command(
            sys.executable, "-c",
            "import sys; from akn_un.converter.read.pdfium import "
            "read_pages; read_pages(open(sys.argv[1], 'rb').read())", PDF,
        )  # fmt: skip
        table.row("7   floor: python, PDFium reading the pages",
                  paired(floor, pipe, repeat), "pdftotext|")


def validate_rows(table: Table, repeat: int) -> None:
    """Rows 3 and 4: one file and the corpus, against xmllint."""
    xmllint = shutil.which("xmllint")
    if xmllint is None or not CORPUS.is_dir():
        table.note("xmllint (libxml2-utils) or ../shared is absent: "
                   "rows 3-4 left out")
        return
    akn_un = BIN / "akn-un"
    files = sorted(CORPUS.glob("*.xml"))
    lint_one = command(xmllint, "--noout", "--schema", XSD, ONE)
    lint_all = command(xmllint, "--noout", "--schema", XSD, *files)
    with tempfile.TemporaryDirectory() as cache:
        os.environ["AKN_UN_CACHE_DIR"] = cache  # a cache of this run only
        table.row(
            "3 validate 1 file, cold (--no-cache)",
            paired(command(akn_un, "validate", "--no-cache", ONE), lint_one,
                   repeat),
            "xmllint", 1.3,
        )  # fmt: skip
        table.row(
            "3 validate 1 file, unchanged (cache)",
            paired(command(akn_un, "validate", ONE), lint_one, repeat),
            "xmllint", 0.3,
        )
        table.row(
            f"4 validate {len(files)} files, --jobs 1 (--no-cache)",
            paired(command(akn_un, "validate", "--no-cache", "--jobs", "1",
                           CORPUS), lint_all, max(repeat // 2, 3)),
            "xmllint", 2.0,
        )  # fmt: skip
        table.row(
            "4   floor: the XSD alone (--select S001)",
            paired(command(akn_un, "validate", "--no-cache", "--jobs", "1",
                           "--select", "S001", CORPUS), lint_all,
                   max(repeat // 2, 3)),
            "xmllint",
        )  # fmt: skip
        table.row(
            f"4 validate {len(files)} files, --jobs 2 (--no-cache)",
            paired(command(akn_un, "validate", "--no-cache", "--jobs", "2",
                           CORPUS), lint_all, max(repeat // 2, 3)),
            "xmllint",
        )  # fmt: skip
        table.row(
            f"4 validate {len(files)} files, unchanged (cache)",
            paired(command(akn_un, "validate", CORPUS), lint_all,
                   max(repeat // 2, 3)),
            "xmllint", 0.3,
        )  # fmt: skip
        del os.environ["AKN_UN_CACHE_DIR"]


SLACK_MB = 5.0  # memory an allocator may reuse from what the imports freed


def scaling_rows(table: Table, sizes: list[int], rounds: int) -> None:
    """Row 5: time and peak memory per size, converting and validating.

    Time: the time per size, against the first size's (linear: 1.00).
    Memory: the memory per size, against the previous size's (linear:
    1.00), where that is above what an allocator reuses of the memory the
    imports freed (SLACK_MB; below it a size seems to need less than it
    does). Validating is judged on its memory beyond lxml's parse of the
    same XML (the ``parse`` rows): libxml2's parser alone grows a little
    faster than its input, which akn-un cannot change.
    """
    seed = SEED.read_text(encoding="utf-8")
    texts = {size: scaling.repeated(seed, size) for size in sizes}
    first = sizes[0]
    measured: dict[str, tuple[dict[int, float], dict[int, float]]] = {}
    for task in scaling.TASKS:
        seconds = scaling.median_seconds(
            texts, 1 if task == "bluebell" else rounds, task
        )  # bluebell: once (100x takes it minutes)
        if seconds is None:
            table.note("bluebell-akn is not installed: no bluebell rows")
            continue
        memory = {n: scaling.memory_mb(texts[n], task) for n in sizes}
        measured[task] = seconds, memory
    for task, (seconds, memory) in measured.items():
        judged, beyond = memory, ""
        if task == "validate" and "parse" in measured:
            parse = measured["parse"][1]
            judged = {n: memory[n] - parse[n] for n in sizes}
            beyond = " beyond parse"
        unit = seconds[first] / first
        previous = first
        for size in sizes:
            per_size = seconds[size] / (unit * size)
            growth = (judged[size] / size) / (judged[previous] / previous)
            judge_memory = memory[previous] >= SLACK_MB
            verdict = ""
            if task in {"convert", "validate"} and size != first:
                met = per_size <= 1.1 and (not judge_memory or growth <= 1.1)
                verdict = f"<= 1.1  {'met' if met else 'MISSED'}"
                if not met:
                    table.missed.append(f"5 {task} {size}x")
            shown = f"{growth:4.2f}" if judge_memory else "  - "
            print(f"5 {task:<9} {size:>4}x ({len(texts[size]):>10,} chars)"
                  f"{_ms(seconds[size]):>13}  time/size {per_size:4.2f}"
                  f"  peak {memory[size]:6.1f} MB, "
                  f"{judged[size] / size:4.2f} MB/size{beyond} ({shown})"
                  f"  {verdict}")
            previous = size


def startup_rows(table: Table, repeat: int) -> None:
    """Row 6: start-up of the command, and of a usable validate."""
    akn_un = BIN / "akn-un"
    table.row(
        "6 akn-un --version",
        paired(command(akn_un, "--version"),
               command(sys.executable, "-c", "pass"), repeat),
        "python",
    )  # fmt: skip
    wholes, compiles = [], []
    with tempfile.TemporaryDirectory() as tmp:
        tiny = Path(tmp) / "tiny.xml"
        tiny.write_bytes(_TINY)
        validate = command(akn_un, "validate", "--no-cache", "--jobs", "1",
                           tiny)  # fmt: skip
        validate()  # warm-up
        for _ in range(repeat):
            wholes.append(_seconds(validate))
            compiles.append(_first_compile())
        imports = importtime.beyond_start_up(
            importtime.validate_args(tiny), repeat
        )
    start_up = statistics.median(
        whole - xsd for whole, xsd in zip(wholes, compiles, strict=True)
    )
    met = start_up <= 0.150
    if not met:
        table.missed.append("6 start-up")
    print(f"{'6 validate a tiny file, --jobs 1, less XSD':<44} "
          f"{_ms(start_up):>10} (whole {_ms(statistics.median(wholes))}, "
          f"XSD compile {_ms(statistics.median(compiles))})  <= 150 ms  "
          f"{'met' if met else 'MISSED'}")
    total, modules = importtime.describe(imports)
    print(f"{'6   its imports (-X importtime)':<44} {total}")
    print(f"{'':<44} {modules}")


_COMPILE_ONCE = """
import time
from akn_un.core.resources import load_xsd
began = time.perf_counter()
load_xsd()
print(time.perf_counter() - began)
"""


def _first_compile() -> float:
    """The XSD compile as the command meets it: the first in a new process.

    Timed around :func:`akn_un.core.resources.load_xsd`, its imports done. A
    process's first compile is slower than its later ones (10-30 ms here).
    """
    done = subprocess.run(
        [sys.executable, "-c", _COMPILE_ONCE],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return float(done.stdout)


_TINY = b"""<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"/>
"""


_ROWS: dict[str, Callable[[Table, int], None]] = {
    "convert": convert_rows,
    "pdf": pdf_rows,
    "validate": validate_rows,
    "startup": startup_rows,
    "scaling": lambda _table, _repeat: None,  # takes sizes and rounds
    "families": lambda table, _repeat: families_rows(table),
}


def families_rows(table: Table) -> None:
    """Row 8: time per size on the hard families (``families.py``)."""
    for family in families.FAMILIES:
        for task in ("convert", "validate"):
            per = families.per_megabyte(family, task, rounds=3)
            worst = max(per[size] / per[families.SIZES[0]]
                        for size in families.SIZES)
            met = worst <= families.TARGET
            if not met:
                table.missed.append(f"8 {family} {task}")
            table.note(
                f"8 {family:9} {task:8} time/size 1x-16x at most "
                f"{worst:.2f} (<= {families.TARGET} "
                f"{'met' if met else 'MISSED'}), {per[1]:.2f} s/MB at 1x")


def main(argv: list[str] | None = None) -> int:
    """Measure and print the table; exit 1 if a target was missed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=11)
    parser.add_argument("--rounds", type=int, default=7,
                        help="rounds of the scaling row (bluebell: one)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument(
        "--only", nargs="+", choices=list(_ROWS), default=list(_ROWS),
        help="these groups of rows only",
    )  # fmt: skip
    args = parser.parse_args(argv)
    compileall.compile_dir(ROOT / "akn_un", quiet=1)
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs; medians "
          f"of {args.repeat} paired runs (ratio: akn-un / peer)\n")
    table = Table()
    for group in args.only:
        if group == "scaling":
            scaling_rows(table, args.sizes, args.rounds)
        else:
            _ROWS[group](table, args.repeat)
    print("\ntargets missed: " + (", ".join(table.missed) or "none"))
    return 1 if table.missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
