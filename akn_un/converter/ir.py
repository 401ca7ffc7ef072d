"""The intermediate representation: the resolution's parts as source text.

Segmentation fills these with the pieces of source text that make up each
part; the builder reads the inline mark-up of each piece and makes XML.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from akn_un.converter.inline import Piece

if TYPE_CHECKING:
    from akn_un.converter.leads import Read


@dataclass(slots=True)
class Paragraph:
    """A block of the body: a paragraph, point, heading or table.

    ``kind`` is one of ``preambular``, ``operative`` (numbered or not),
    ``point`` (``(a)``; ``level`` 1 for letters, 2 for roman numerals, 3
    for doubled letters; a bullet a level below the point it follows),
    ``point-text`` (a line of a point printed apart), ``heading``
    (``level`` 1 for roman numbers, 2 for letters, 0 when unnumbered),
    ``wrap-up`` (text after points) and ``table``.  ``number`` is as
    printed, without the mark after an operative number (``mark``: "."
    or Arabic " -").  ``texts`` holds one list of pieces per
    ``<p>``: pieces of one list were split by page breaks and are joined
    again.  A short line taken for a heading
    becomes a paragraph when the page break that cut it shows (its
    continuation starts in lower case).
    """

    kind: str
    number: str | None
    offset: int
    texts: list[list[Piece]] = field(default_factory=list)
    level: int = 0
    mark: str = "."
    # What reading the block found (its inline mark-up, lead, italics),
    # and the unmarked notes kept at its end: filled before it is written.
    read: Read | None = field(default=None, compare=False)
    notes: list[FootnoteBody] = field(default_factory=list, compare=False)


@dataclass(slots=True)
class Annex:
    """An annex: its heading ("Annex I") and its blocks."""

    heading: Piece
    body: list[Paragraph] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class FootnoteBody:
    """The body of footnote ``number``, found where the page ended."""

    number: int
    piece: Piece
    after: Paragraph | None


class Title(NamedTuple):
    """"75/196. Title": the printed number (no period) and the title.

    ``period``: whether the number is printed with its period;
    ``printed``: a part's letter as printed, where it is not ``number``
    (Arabic "ألف" for A).
    """

    number: str
    text: Piece
    period: bool = True
    printed: str = ""


class Formula(NamedTuple):
    """"The General Assembly,": the block, organ and phrase.

    The organ is named in English; the phrase is as printed.
    """

    piece: Piece
    organ: str
    phrase: str


@dataclass(slots=True)
class Resolution:
    """A resolution, part by part, in document order.

    Resolutions issued together ("75/101 A-B") are ``components``, each
    with its own title (its letter as the number), formula, preamble,
    operative part and closing; the footnotes are shared.
    """

    masthead: list[Piece] = field(default_factory=list)
    title: Title | None = None
    formula: Formula | None = None
    preamble: list[Paragraph] = field(default_factory=list)
    operative: list[Paragraph] = field(default_factory=list)
    closing: list[Piece] = field(default_factory=list)
    trailing: list[Piece] = field(default_factory=list)
    annexes: list[Annex] = field(default_factory=list)
    components: list[Resolution] = field(default_factory=list)
    footnotes: dict[int, FootnoteBody] = field(default_factory=dict)
    orphans: list[FootnoteBody] = field(default_factory=list)
