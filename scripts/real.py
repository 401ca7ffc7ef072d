"""The converter measured on real input: extractions and official PDFs.

Two kinds of folder are read:

- text extractions ``X.md`` (or ``.txt``) each beside the UN's own markup
  ``X.official.xml`` (``../shared/real/railcar``): each text is converted
  and compared with the markup paragraph by paragraph, white space taken
  as the PDF gives it (``akn_un.measure.compare``, ``spaces=True``);
- PDFs beside an ``expected.json`` of what a reader counts in each
  (``../shared/real/pdf``): each PDF is converted and counted.

Usage::

    python scripts/real.py ../shared/real/railcar ../shared/real/pdf
        [--show FILE]

Prints one row per file and the totals, among them the outputs that are
wrong (a count, a footnote or a tenth of the paragraphs off) and yet
carry no error: what a user would take for right.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from akn_un.converter import convert
from akn_un.core.document import safe_parser
from akn_un.core.errors import MetadataMissingError
from akn_un.measure.compare import Counts, compare, counts


@dataclass(frozen=True)
class Row:
    """One file's figures."""

    name: str
    fidelity: float | None  # paragraphs with the official text, a share
    counts_exact: bool
    notes_exact: bool
    preamble_exact: bool
    operative_exact: bool
    errors: int
    differences: list[str]

    @property
    def wrong(self) -> bool:
        """Whether a reader would find the output wrong."""
        low = self.fidelity is not None and self.fidelity < 0.9
        return low or not (self.counts_exact and self.notes_exact)


def _errors(data: bytes, name: str) -> tuple[etree._ElementTree | None, int]:
    try:
        result = convert(data, path=name)
    except MetadataMissingError as refused:
        return None, len(refused.diagnostics)
    errors = sum(d.severity == "error" for d in result.diagnostics)
    return result.tree, errors


def extraction(text: Path) -> Row:
    """A text extraction against the official markup beside it."""
    official = text.with_name(text.stem + ".official.xml")
    reference = etree.parse(str(official), safe_parser())
    tree, errors = _errors(text.read_bytes(), text.name)
    if tree is None:
        return Row(
            text.name, 0.0, counts_exact=False, notes_exact=False,
            preamble_exact=False, operative_exact=False, errors=errors,
            differences=["refused: no resolution number or date"],
        )
    comparison = compare(reference, tree, spaces=True)
    expected, got = counts(reference), counts(tree)
    notes = comparison.footnotes
    return Row(
        text.name,
        comparison.paragraphs_equal / max(comparison.paragraphs, 1),
        counts_exact=expected == got,
        notes_exact=comparison.footnotes_equal == notes
        and comparison.footnotes_placed == notes
        and expected.footnotes == got.footnotes,
        preamble_exact=expected.preamble == got.preamble,
        operative_exact=expected.operative == got.operative,
        errors=errors,
        differences=comparison.differences,
    )


def pdf(path: Path, expected: dict[str, object]) -> Row:
    """A PDF against what a reader counts in it."""
    tree, errors = _errors(path.read_bytes(), path.name)
    got = counts(tree) if tree is not None else Counts(-1, -1, -1, -1)
    wanted = {
        field: expected[field]
        for field in ("preamble", "operative", "numbered", "footnotes")
        if field in expected
    }
    found = {field: getattr(got, field) for field in wanted}
    return Row(
        path.name,
        None,
        counts_exact=found == wanted,
        notes_exact=found.get("footnotes") == wanted.get("footnotes"),
        preamble_exact=found.get("preamble") == wanted.get("preamble"),
        operative_exact=found.get("operative") == wanted.get("operative"),
        errors=errors,
        differences=[f"counted {found}, expected {wanted}"],
    )


def rows(folder: Path) -> list[Row]:
    """Every file of ``folder`` that this script knows how to measure."""
    expected = folder / "expected.json"
    if expected.exists():
        table = json.loads(expected.read_text(encoding="utf-8"))
        return [
            pdf(folder / name, values)
            for name, values in sorted(table.items())
            if not name.startswith("_")
        ]
    return [
        extraction(text)
        for text in sorted(folder.iterdir())
        if text.suffix in {".md", ".txt"}
        and text.with_name(text.stem + ".official.xml").exists()
    ]


def main(argv: list[str] | None = None) -> int:
    """Measure each folder and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--show", help="print the differences of FILE")
    args = parser.parse_args(argv)
    table = [row for folder in args.folders for row in rows(folder)]
    print(f"{'file':26} {'fidelity':>8} counts notes errors")
    for row in table:
        fidelity = "-" if row.fidelity is None else f"{row.fidelity:.3f}"
        print(f"{row.name:26} {fidelity:>8} {row.counts_exact!s:>6} "
              f"{row.notes_exact!s:>5} {row.errors:6}")
        if row.name == args.show:
            print("\n".join(row.differences))
    texts = [row for row in table if row.fidelity is not None]
    share = {
        "files with footnotes exact": sum(r.notes_exact for r in table),
        "files with operative count exact": sum(
            r.operative_exact for r in table),
        "files with preamble count exact": sum(
            r.preamble_exact for r in table),
    }
    print()
    if texts:
        mean = sum(r.fidelity or 0.0 for r in texts) / len(texts)
        print(f"{'mean paragraph-level fidelity':36} {mean:.3f} "
              f"({len(texts)} texts)")
    for label, good in share.items():
        print(f"{label:36} {good} / {len(table)}")
    silent = sum(r.wrong and not r.errors for r in table)
    print(f"{'wrong outputs with no error':36} {silent} / {len(table)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
