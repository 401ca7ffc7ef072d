"""Round trip over official AKN files: convert(render(official)) vs official.

Each file is rendered as text (footnote bodies at simulated page ends, so
that they fall inside paragraphs), converted back, checked against the
official XSD and compared with the official markup paragraph by paragraph
(see ``akn_un.measure.roundtrip``).

Usage::

    python scripts/roundtrip.py ../shared/corpus/ga75 [--page-words 300]
        [--show FILE] [--quiet] [--plain]

Prints one row per file (its figures, worst first) and the corpus-wide
totals; ``--show`` prints what differs in one file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from akn_un.measure.roundtrip import PAGE_WORDS, RoundTrip, round_trips, totals


def _row(trip: RoundTrip) -> str:
    c = trip.comparison
    flags = [c.identity_equal, trip.valid, trip.lost is None]
    yes_no = " ".join(f"{'y' if flag else 'n':>3}" for flag in flags)
    return (
        f"{trip.name:34} {c.paragraphs_equal:5}/{c.paragraphs:<5} "
        f"{c.leads_equal:5}/{c.leads:<5} {c.footnotes_equal:4}/"
        f"{c.footnotes:<4} {c.footnotes_placed:6} {yes_no} {trip.error or ''}"
    )


def main(argv: list[str] | None = None) -> int:
    """Run the round trip and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--page-words", type=int, default=PAGE_WORDS)
    parser.add_argument("--show", help="print the differences of FILE")
    parser.add_argument("--quiet", action="store_true", help="totals only")
    parser.add_argument(
        "--plain", action="store_true",
        help="take the mark-up (italics, links) away, as plain extraction "
             "does",
    )  # fmt: skip
    args = parser.parse_args(argv)
    files = sorted(
        f
        for path in args.paths
        for f in (path.glob("*.xml") if path.is_dir() else [path])
    )
    trips, left_out = round_trips(
        files, page_words=args.page_words, plain=args.plain
    )
    for message in left_out:
        print(f"left out: {message}", file=sys.stderr)
    if not args.quiet:
        print(f"{'file':34} {'paragraphs':>11} {'leads':>11} {'notes':>9} "
              f"{'placed':>6}  id xsd words")
        for trip in sorted(trips, key=lambda t: t.share):
            print(_row(trip))
    for trip in trips:
        if trip.name == args.show:
            print("\n".join(trip.comparison.differences))
            print(trip.lost or "")
    print()
    for label, (good, total) in totals(trips).items():
        share = 100 * good / total if total else 100.0
        print(f"{label:36} {good:6} / {total:<6} {share:6.2f} %")
    return 0


if __name__ == "__main__":
    sys.exit(main())
