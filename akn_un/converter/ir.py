"""The intermediate representation: the resolution's parts as source text.

Segmentation fills these with the pieces of source text that make up each
part; the builder reads the inline mark-up of each piece and makes XML.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from akn_un.converter.inline import Piece


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A preambular or operative paragraph.

    ``texts`` holds one list of pieces per ``<p>``: pieces of one list were
    split by page breaks and are joined again.
    """

    kind: str
    number: str | None
    offset: int
    texts: list[list[Piece]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class FootnoteBody:
    """The body of footnote ``number``, found where the page ended."""

    number: int
    piece: Piece
    after: Paragraph | None


class Title(NamedTuple):
    """"75/196. Title": the printed number (no period) and the title."""

    number: str
    text: Piece


class Formula(NamedTuple):
    """"The General Assembly,": the block and the organ it names."""

    piece: Piece
    organ: str


@dataclass(slots=True)
class Resolution:
    """A resolution, part by part, in document order."""

    masthead: list[Piece] = field(default_factory=list)
    title: Title | None = None
    formula: Formula | None = None
    preamble: list[Paragraph] = field(default_factory=list)
    operative: list[Paragraph] = field(default_factory=list)
    closing: list[Piece] = field(default_factory=list)
    trailing: list[Piece] = field(default_factory=list)
    footnotes: dict[int, FootnoteBody] = field(default_factory=dict)
    orphans: list[FootnoteBody] = field(default_factory=list)
