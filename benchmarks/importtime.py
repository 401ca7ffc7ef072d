"""What a command imports, and what each import costs: ``-X importtime``.

Runs a command under Python's ``-X importtime`` a few times and prints the
median time of its imports by package (akn-un's own modules, lxml, the
standard library, any other), and the modules that take longest. The
interpreter's own start-up (what ``python -c pass`` imports) is left out::

    python benchmarks/importtime.py [--repeat 11] [-- ARGS OF akn-un]

With no arguments it reads ``akn-un validate --no-cache --jobs 1`` of one
small file, the path a pre-commit hook takes. The times are each module's
own ("self" in Python's report), overhead of the report included: they run
higher than the imports take without it, and they add up to the whole.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import statistics
import subprocess
import sys
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "A-RES-75-196.xml"
COMMAND = Path(sys.executable).parent / "akn-un"
STDLIB = "standard library"
# Imports tried and caught: org.python.core (by copy), rnc2rng (by lxml).
MISSING = "not found"

# import.c writes "import time: %9ld | %10ld | %*s%s": own and cumulative
# microseconds, then two spaces per level of nesting and the module.
_LINE_RE = re.compile(
    r"^import time:\s+(\d+) \|\s+(\d+) \| ( *)(\S+)$", re.MULTILINE
)


@dataclass(frozen=True)
class Import:
    """A line of Python's ``-X importtime`` report."""

    name: str
    own_us: int
    cumulative_us: int
    depth: int


def parse(report: str) -> list[Import]:
    """The imports of a ``-X importtime`` report, in its order."""
    return [
        Import(m[4], int(m[1]), int(m[2]), len(m[3]) // 2)
        for m in _LINE_RE.finditer(report)
    ]


def package(module: str) -> str:
    """The group a module's time is counted in.

    A module that cannot be found was an import tried and caught (the
    report lists those too).
    """
    root = module.split(".", maxsplit=1)[0]
    if root in {"akn_un", "lxml"}:
        return root
    if root in sys.stdlib_module_names:
        return STDLIB
    return root if importlib.util.find_spec(root) is not None else MISSING


def imports(args: Sequence[str], python: str = sys.executable) -> list[Import]:
    """The imports of ``python -X importtime ARGS`` (its output dropped)."""
    done = subprocess.run(
        [python, "-X", "importtime", *args],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    found = parse(done.stderr)
    if not found:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise RuntimeError(f"no import times from {args!r}: {last}")
    return found


def beyond_start_up(
    args: Sequence[str], repeat: int, python: str = sys.executable
) -> dict[str, float]:
    """Median own time (ms) of each module ``args`` imports.

    Modules that the interpreter imports for ``-c pass`` are left out.
    """
    start_up = {i.name for i in imports(["-c", "pass"], python)}
    runs = [imports(args, python) for _ in range(repeat)]
    times: dict[str, list[float]] = defaultdict(list)
    for run in runs:
        for found in run:
            if found.name not in start_up:
                times[found.name].append(found.own_us / 1000)
    return {
        name: statistics.median(values + [0.0] * (repeat - len(values)))
        for name, values in times.items()
    }


def by_package(times: dict[str, float]) -> dict[str, float]:
    """The times summed by :func:`package`, largest first."""
    sums: dict[str, float] = defaultdict(float)
    for name, ms in times.items():
        sums[package(name)] += ms
    return dict(sorted(sums.items(), key=lambda item: -item[1]))


def largest(times: dict[str, float], count: int) -> list[tuple[str, float]]:
    """The ``count`` modules that take longest, longest first."""
    return sorted(times.items(), key=lambda item: -item[1])[:count]


def describe(times: dict[str, float], count: int = 6) -> tuple[str, str]:
    """Two lines: the total by package, and the largest modules."""
    total = sum(times.values())
    packages = ", ".join(
        f"{name} {ms:.1f}" for name, ms in by_package(times).items()
    )
    modules = ", ".join(
        f"{name} {ms:.1f}" for name, ms in largest(times, count)
    )
    return f"{total:.1f} ms ({packages})", f"largest: {modules}"


def validate_args(path: Path) -> list[str]:
    """The installed command validating ``path``, one CPU, no cache."""
    return [str(COMMAND), "validate", "--no-cache", "--jobs", "1", str(path)]


def main(argv: list[str] | None = None) -> int:
    """Print the import times of an ``akn-un`` command."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=11)
    parser.add_argument("command", nargs="*", help="akn-un's arguments")
    args = parser.parse_args(argv)
    measured = (
        [str(COMMAND), *args.command] if args.command
        else validate_args(EXAMPLE)
    )  # fmt: skip
    times = beyond_start_up(measured, args.repeat)
    total, modules = describe(times, count=12)
    print(f"imports of {' '.join(measured[1:])}, median of {args.repeat}:")
    print(f"  {total}\n  {modules}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
