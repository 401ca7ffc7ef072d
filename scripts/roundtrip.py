"""Round trip over official AKN files: convert(render(official)) vs official.

Each file is rendered as text (footnote bodies at simulated page ends, so
that they fall inside paragraphs), converted back, checked against the
official XSD and compared with the official markup paragraph by paragraph.

Usage::

    python scripts/roundtrip.py ../shared/corpus/ga75 [--page-words 300]
        [--show FILE] [--quiet]

Prints one row per file (its figures, worst first) and the corpus-wide
totals; ``--show`` prints what differs in one file.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from akn_un.compare import Comparison, compare, lost_words
from akn_un.converter import convert
from akn_un.document import safe_parser
from akn_un.render import render_text
from akn_un.resources import load_xsd

PAGE_WORDS = 300


@dataclass(frozen=True, slots=True)
class Trip:
    """One file's round trip."""

    name: str
    comparison: Comparison
    valid: bool
    lost: str | None
    error: str | None = None

    @property
    def share(self) -> float:
        """The share of paragraphs with exactly the official text."""
        c = self.comparison
        return c.paragraphs_equal / c.paragraphs if c.paragraphs else 1.0


def round_trip(path: Path, page_words: int = PAGE_WORDS) -> Trip:
    """Render, convert and compare one official file."""
    official = etree.parse(str(path), safe_parser())
    text = render_text(official, page_words=page_words)
    try:
        converted = convert(text, path=path.name).tree
    except Exception as exc:  # noqa: BLE001 - reported, the run goes on
        return Trip(path.name, Comparison(), valid=False, lost=None,
                    error=repr(exc))
    valid = load_xsd().validate(converted)
    return Trip(
        path.name,
        compare(official, converted),
        valid,
        lost_words(text, converted),
    )


def totals(trips: list[Trip]) -> dict[str, tuple[int, int]]:
    """Corpus-wide (matching, total) per figure."""
    def total(attribute: str) -> int:
        return sum(getattr(t.comparison, attribute) for t in trips)

    return {
        "valid against the XSD": (sum(t.valid for t in trips), len(trips)),
        "converted without exception": (
            sum(t.error is None for t in trips), len(trips)),
        "paragraphs with the official text": (
            total("paragraphs_equal"), total("paragraphs")),
        "lead phrases": (total("leads_equal"), total("leads")),
        "footnotes with the official text": (
            total("footnotes_equal"), total("footnotes")),
        "footnotes after the same words": (
            total("footnotes_placed"), total("footnotes")),
        "FRBR Work IRI and dates": (
            sum(t.comparison.identity_equal for t in trips), len(trips)),
        "every word kept": (sum(t.lost is None for t in trips), len(trips)),
    }  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    """Run the round trip and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--page-words", type=int, default=PAGE_WORDS)
    parser.add_argument("--show", help="print the differences of FILE")
    parser.add_argument("--quiet", action="store_true", help="totals only")
    args = parser.parse_args(argv)
    files = sorted(
        f
        for path in args.paths
        for f in (path.glob("*.xml") if path.is_dir() else [path])
    )
    trips = [round_trip(f, args.page_words) for f in files]
    if not args.quiet:
        print(f"{'file':32} {'paras':>11} {'leads':>9} {'notes':>9} "
              f"{'placed':>6} id xsd words")
        for trip in sorted(trips, key=lambda t: t.share):
            c = trip.comparison
            print(
                f"{trip.name:32} {c.paragraphs_equal:5}/{c.paragraphs:<5} "
                f"{c.leads_equal:4}/{c.leads:<4} "
                f"{c.footnotes_equal:4}/{c.footnotes:<4} "
                f"{c.footnotes_placed:6} {'y' if c.identity_equal else 'n':>2}"
                f" {'y' if trip.valid else 'n':>3} "
                f"{'y' if trip.lost is None else 'n':>5}"
                f" {trip.error or ''}"
            )
    for trip in trips:
        if args.show and trip.name == args.show:
            print("\n".join(trip.comparison.differences))
            print(trip.lost or "")
    print()
    for label, (good, total) in totals(trips).items():
        share = 100 * good / total if total else 100.0
        print(f"{label:36} {good:6} / {total:<6} {share:6.2f} %")
    return 0


if __name__ == "__main__":
    sys.exit(main())
