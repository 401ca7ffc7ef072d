"""Time per size on generated families of hard input: linear, measured.

Each family is generated at 1x, 4x and 16x its base size and converted,
and its conversion validated, in-process (``scaling.median_seconds``):

- ``clean``: the seed's body repeated;
- ``findings``: preambular paragraphs that each cite a resolution with a
  date outside its session (a C002 finding each);
- ``citations``: one sentence of dated citations, growing;
- ``points``: a paragraph of points, each with points of its own.

Prints each family's time per size at 4x and 16x, as a ratio to 1x (the
target: 1.3 at most; no input may cost more than its length), then the
time per megabyte of validating a file of many findings against a clean
one, size for size::

    python benchmarks/families.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

import scaling

SEED = Path(__file__).resolve().parent.parent / "examples" / "A-RES-75-196.md"
SIZES = (1, 4, 16)
TARGET = 1.3
HEAD = """General Assembly

Distr.: General
28 December 2020

Resolution adopted by the General Assembly on 16 December 2020

75/196. A title

The General Assembly,

"""
CLOSE = "\n\n*46th plenary meeting\n16 December 2020*\n"


def _findings(times: int) -> str:
    return HEAD + "\n\n".join(
        f"Recalling its resolution 72/{i % 300 + 1} of 19 December 2010,"
        for i in range(250 * times)
    ) + "\n\n1. *Decides* to act." + CLOSE


def _citations(times: int) -> str:
    cites = ", ".join(
        f"resolution {60 + i % 15}/{i % 200 + 1} of {1 + i % 27} December "
        f"{2006 + i % 15}"
        for i in range(250 * times)
    )
    return HEAD + f"Recalling {cites},\n\n1. *Decides* to act." + CLOSE


def _points(times: int) -> str:
    letters = [chr(ord("a") + i) for i in range(26)]
    blocks = []
    for number in range(1, 10 * times + 1):
        blocks.append(f"{number}. *Decides* that:")
        for letter in letters[:8]:
            blocks.append(f"({letter}) The point {letter}:")
            blocks += [f"({roman}) A part;" for roman in ("i", "ii", "iii")]
    return HEAD + "\n\n".join(blocks) + CLOSE


FAMILIES: dict[str, Callable[[int], str]] = {
    "clean": lambda times: scaling.repeated(
        SEED.read_text(encoding="utf-8"), times),
    "findings": _findings,
    "citations": _citations,
    "points": _points,
}


def per_megabyte(family: str, task: str, rounds: int) -> dict[int, float]:
    """Seconds per megabyte of text at each size."""
    texts = {size: FAMILIES[family](size) for size in SIZES}
    seconds = scaling.median_seconds(texts, rounds, task)
    if seconds is None:  # only bluebell's task can be absent
        raise SystemExit(f"{task}: nothing to time")
    return {
        size: seconds[size] / len(texts[size].encode()) * 1e6
        for size in SIZES
    }


def main(argv: list[str] | None = None) -> int:
    """Print each family's ratios; exit 1 when one is over the target."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    missed = []
    measured = {}
    for family in FAMILIES:
        for task in ("convert", "validate"):
            per = measured[family, task] = per_megabyte(
                family, task, args.rounds)
            found = {size: per[size] / per[SIZES[0]] for size in SIZES}
            worst = max(found.values())
            verdict = "met" if worst <= TARGET else "MISSED"
            if worst > TARGET:
                missed.append(f"{family} {task}")
            print(f"{family:10} {task:9} " + "  ".join(
                f"{size}x {found[size]:.2f}" for size in SIZES
            ) + f"   <= {TARGET} {verdict}")
    findings, clean = measured["findings", "validate"], measured[
        "clean", "validate"]
    print("validate, s/MB, many findings vs clean: " + "  ".join(
        f"{size}x {findings[size]:.2f}/{clean[size]:.2f} "
        f"({findings[size] / clean[size]:.2f})" for size in SIZES))
    print("missed: " + (", ".join(missed) or "none"))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
