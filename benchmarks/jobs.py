"""``akn-un validate --jobs 2`` against ``--jobs 1`` over the 339 files.

Whole processes, run in turn so that both meet the same moment of a shared
machine; prints the medians and the median speed-up of the pairs (target:
at least 1.7 on 2 cores). Needs ../shared; installs nothing::

    python benchmarks/jobs.py [--repeat 7]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "ga75"


def _seconds(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, capture_output=True, check=False)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    """Measure and print the speed-up."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print("needs ../shared/corpus/ga75", file=sys.stderr)
        return 2
    akn_un = str(Path(sys.executable).parent / "akn-un")
    one = [akn_un, "validate", str(CORPUS), "--jobs", "1"]
    two = [akn_un, "validate", str(CORPUS), "--jobs", "2"]
    _seconds(one)
    _seconds(two)
    ones, twos, speedups = [], [], []
    for _ in range(args.repeat):
        a, b = _seconds(one), _seconds(two)
        ones.append(a)
        twos.append(b)
        speedups.append(a / b)
    print(f"validate 339 files, medians of {args.repeat} paired runs")
    print(f"--jobs 1 {statistics.median(ones) * 1000:8.0f} ms   --jobs 2 "
          f"{statistics.median(twos) * 1000:8.0f} ms   speed-up "
          f"{statistics.median(speedups):4.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
