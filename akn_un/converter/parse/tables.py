"""Tables in the text (Markdown rows), read as cells of the source."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from akn_un.converter.parse.ir import Paragraph
from akn_un.converter.text import Piece

_CELL_SEPARATOR_RE = re.compile(r"(?<!\\)\|")
_RULE_ROW_RE = re.compile(r"\|?(?:\s*:?-{3,}:?\s*\|)+\s*")


@dataclass(frozen=True, slots=True)
class Cells:
    """A table's cells as source pieces, row by row; which rows are headers."""

    cells: list[list[Piece]]
    headers: set[int]


def table_cells(item: Paragraph) -> Cells:
    """The cells of a Markdown table, as pieces of the source."""
    cells: list[list[Piece]] = []
    headers: set[int] = set()
    for pieces in item.texts:
        for piece in pieces:
            offset = piece.offset
            for line in piece.text.split("\n"):
                start = offset
                offset += len(line) + 1
                if _RULE_ROW_RE.fullmatch(line.strip()):
                    if cells:
                        headers.add(len(cells) - 1)
                    continue
                cells.append(_cells(line, start))
    return Cells(cells, headers)


def _cells(line: str, offset: int) -> list[Piece]:
    """The cells of one row: text between unescaped bars, trimmed."""
    bounds = [m.start() for m in _CELL_SEPARATOR_RE.finditer(line)]
    edges = [-1, *bounds, len(line)]
    cells = []
    for start, end in itertools.pairwise(edges):
        text = line[start + 1 : end]
        if not text.strip() and (start == -1 or end == len(line)):
            continue
        lead = len(text) - len(text.lstrip())
        cells.append(Piece(text.strip(), offset + start + 1 + lead))
    return cells or [Piece(line, offset)]
