"""Benchmark ``akn-un validate`` against xmllint, side by side in one run.

Both run as whole processes and both compile the schema each time, as a
user's command or a pre-commit hook does. Needs ``xmllint`` (Debian:
libxml2-utils) and ../shared (the UN files); installs nothing::

    python benchmarks/validate.py [--repeat 11]

Rows: one file (the official 75/196), and the 339 files of the 75th
session in one command. akn-un runs all its checks, not only the XSD.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
ONE = SHARED / "akn4un" / "GA_A-RES-75-196_eng.xml"
CORPUS = SHARED / "corpus" / "ga75"
XSD = SHARED / "akn-schema" / "akomantoso30.xsd"


def _seconds(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, capture_output=True, check=False)
    return time.perf_counter() - start


def paired(
    ours: list[str], theirs: list[str], repeat: int
) -> tuple[float, float, float]:
    """Median times of both commands and the median of paired ratios.

    The two run in turn, so that both meet the same moment of a shared
    machine; each pair gives one ratio.
    """
    _seconds(ours)
    _seconds(theirs)
    mine, peer, ratios = [], [], []
    for _ in range(repeat):
        a, b = _seconds(ours), _seconds(theirs)
        mine.append(a)
        peer.append(b)
        ratios.append(a / b)
    return (
        statistics.median(mine),
        statistics.median(peer),
        statistics.median(ratios),
    )


def main(argv: list[str] | None = None) -> int:
    """Measure and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=11)
    args = parser.parse_args(argv)
    xmllint = shutil.which("xmllint")
    if xmllint is None or not CORPUS.is_dir():
        print("needs xmllint (libxml2-utils) and ../shared", file=sys.stderr)
        return 2
    akn_un = str(Path(sys.executable).parent / "akn-un")
    files = sorted(str(p) for p in CORPUS.glob("*.xml"))
    rows = [
        ("validate one file", [akn_un, "validate", str(ONE)],
         [xmllint, "--noout", "--schema", str(XSD), str(ONE)]),
        (f"validate {len(files)} files", [akn_un, "validate", str(CORPUS)],
         [xmllint, "--noout", "--schema", str(XSD), *files]),
    ]
    print(f"medians of {args.repeat} paired runs, whole processes")
    for name, ours, theirs in rows:
        mine, peer, ratio = paired(ours, theirs, args.repeat)
        print(f"{name:<24} akn-un {mine * 1000:8.0f} ms   xmllint "
              f"{peer * 1000:8.0f} ms   ratio {ratio:5.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
