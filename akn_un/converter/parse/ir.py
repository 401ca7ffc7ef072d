"""The intermediate representation: the document as parsed, typed.

Segmentation fills :class:`Resolution` with the pieces of source text that
make up each part; parsing then reads every block once (its inline mark-up,
lead phrase, citations and note markers: :class:`Read`), the masthead
(:class:`Masthead`) and the identity (:class:`Metadata`), and nests the
operative part (:class:`Node`).  The writer writes a
:class:`ParsedDocument` and reads nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, NamedTuple

from akn_un.converter.text import Piece
from akn_un.grammar.documents import RESOLUTION, DocumentType

if TYPE_CHECKING:
    from akn_un.converter.parse.inline import Inline
    from akn_un.core.organs import Organ

Range = tuple[int, int]


class Kind(StrEnum):
    """What a block of the body is."""

    PREAMBULAR = "preambular"
    OPERATIVE = "operative"
    POINT = "point"
    POINT_TEXT = "point-text"  # a line of a point printed apart
    HEADING = "heading"
    WRAP_UP = "wrap-up"  # text after points
    TABLE = "table"


class Ref(NamedTuple):
    """A ``<ref>`` over ``text[start:end]``."""

    start: int
    end: int
    href: str


class Text(NamedTuple):
    """The content of one ``<p>``, read: text, citations and styles.

    ``italics``: merged ranges, the lead phrase's among them; ``bold``: a
    lead phrase set in bold (Chinese).
    """

    inline: Inline
    refs: list[Ref]
    italics: list[Range]
    bold: Range | None = None


class Read(NamedTuple):
    """A block's content (a :class:`Text` per ``<p>``); its lead phrase."""

    texts: list[Text]
    lead: str


class Rows(NamedTuple):
    """A table's cells read, row by row, and which rows are headers."""

    cells: list[list[Text]]
    headers: set[int]


@dataclass(slots=True)
class Paragraph:
    """A block of the body: a paragraph, point, heading or table.

    ``kind``: see :class:`Kind`; a point's ``level`` is 1 for letters, 2
    for roman numerals, 3 for doubled letters (a bullet a level below the
    point it follows), a heading's 1 for roman numbers, 2 for letters, 0
    when unnumbered.  ``number`` is as
    printed, without the mark after an operative number (``mark``: "."
    or Arabic " -").  ``texts`` holds one list of pieces per
    ``<p>``: pieces of one list were split by page breaks and are joined
    again.  A short line taken for a heading
    becomes a paragraph when the page break that cut it shows (its
    continuation starts in lower case).
    """

    kind: Kind
    number: str | None
    offset: int
    texts: list[list[Piece]] = field(default_factory=list)
    level: int = 0
    mark: str = "."
    # What reading the block found (its inline mark-up, lead, italics; a
    # table's cells), and the unmarked notes kept at its end.
    read: Read | None = field(default=None, compare=False)
    rows: Rows | None = field(default=None, compare=False)
    notes: list[FootnoteBody] = field(default_factory=list, compare=False)


@dataclass(slots=True)
class Annex:
    """An annex: its heading ("Annex I") and its blocks."""

    heading: Piece
    body: list[Paragraph] = field(default_factory=list)


@dataclass(slots=True)
class FootnoteBody:
    """The body of footnote ``number``, found where the page ended.

    ``text``: the body read, for each body that is written.
    """

    number: int
    piece: Piece
    after: Paragraph | None
    text: Text | None = field(default=None, compare=False)


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


class Meeting(NamedTuple):
    """A meeting named in a line ("46th plenary meeting"): where, which."""

    start: int
    end: int
    ordinal: str


class LineKind(StrEnum):
    """What a masthead line is."""

    PUBLISHER = "publisher"
    ORGAN = "organ"
    BODY = "body"  # the Human Rights Council, a subsidiary body
    SYMBOL = "symbol"
    STATUS = "status"
    ISSUED = "issued"
    SESSION = "session"
    SESSION_DATES = "session-dates"
    AGENDA = "agenda"
    AGENDA_TITLE = "agenda-title"
    ORIGINAL = "original"
    TYPE = "type"
    PLENARY = "plenary"
    DECISION_TYPE = "decision-type"
    ADOPTED = "adopted"
    SC_ADOPTED = "sc-adopted"
    SC_NUMBER = "sc-number"
    PROPONENT = "proponent"
    SPONSORS = "sponsors"  # a draft's "Algeria: draft resolution"
    STATEMENT = "statement"  # "Statement by the President of the …"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Line:
    """A masthead line: what it is, its text and what it gives."""

    kind: LineKind
    text: str
    offset: int
    value: str | None = None
    date: dt.date | None = None
    extra: dict[str, str] = field(default_factory=dict)
    meeting: Meeting | None = None


@dataclass(slots=True)
class Masthead:
    """The masthead lines and the metadata they give."""

    lines: list[Line] = field(default_factory=list)
    organ: str | None = None
    issued: dt.date | None = None
    adopted: dt.date | None = None
    session: int | None = None
    number: str | None = None
    symbol: str | None = None
    document_type: DocumentType = RESOLUTION
    sponsors: str | None = None  # a draft's, as its masthead names them


@dataclass(frozen=True, slots=True, kw_only=True)
class Overrides:
    """What the caller knows better than the text."""

    symbol: str | None = None
    adoption_date: dt.date | None = None
    issue_date: dt.date | None = None
    markup_date: dt.date | None = None
    language: str | None = None  # None: told from the text
    document_type: str | None = None  # a type's key; None: from the text


@dataclass(frozen=True, slots=True)
class Metadata:
    """The document's identity and dates.

    ``missing`` names what the text lacks and nothing supplied
    (``"number"``, ``"adoption date"``, ``"issue date"``): placeholders
    stand in for it, and the conversion is refused (see
    :func:`akn_un.converter.convert`).
    """

    organ: Organ
    number: str
    symbol: str
    adopted: dt.date | None  # None for a type not adopted (a draft)
    issued: dt.date
    markup: dt.date
    language: str
    session: int | None
    document_type: DocumentType = RESOLUTION
    missing: tuple[str, ...] = ()
    sponsors: str | None = None  # a draft's
    component: bool = False  # one of resolutions issued together

    @property
    def frbr_number(self) -> str:
        """The number in the IRIs: "75-196", "76-402" for decision 76/402 B."""
        return self.document_type.frbr_number(
            self.number, component=self.component
        )

    @property
    def work_date(self) -> dt.date:
        """The date of the work: its adoption, or a draft's issue."""
        return self.issued if self.adopted is None else self.adopted


class NodeKind(StrEnum):
    """What a block is in the body's hierarchy."""

    ROOT = "root"
    SECTION = "section"
    PARAGRAPH = "paragraph"
    POINT = "point"
    PREAMBULAR = "preambular"  # a preamble-style paragraph in the body
    TABLE = "table"


@dataclass(slots=True)
class Node:
    """A block and what nests under it.

    ``kind``: see :class:`NodeKind`; ``title`` is a section's heading when it
    was printed on a line after its number ("I" / "Introduction");
    ``more`` holds blocks read as a wrap-up that more points followed,
    kept as further text of the point before them; ``lead``, lines of a
    point printed apart before its own points, kept with its intro.
    """

    kind: NodeKind
    item: Paragraph | None = None
    level: int = 0
    title: Paragraph | None = None
    children: list[Node] = field(default_factory=list)
    wrap_up: list[Paragraph] = field(default_factory=list)
    more: list[Paragraph] = field(default_factory=list)
    lead: list[Paragraph] = field(default_factory=list)

    @property
    def bare(self) -> bool:
        """A section whose number stands alone, its title not yet seen."""
        return (
            self.kind is NodeKind.SECTION
            and self.item is not None
            and self.item.number is not None
            and not self.item.texts
            and self.title is None
            and not self.children
        )


class ClosingLine(NamedTuple):
    """A closing line: its date, or the meeting it names, if either."""

    text: str
    date: dt.date | None = None
    meeting: Meeting | None = None


class FormulaLine(NamedTuple):
    """The enacting formula as written: its phrase set in ``style``.

    ``phrase`` is None where the text does not open with it.
    """

    text: str
    phrase: str | None
    style: str


class AnnexRead(NamedTuple):
    """An annex: "Annex I", its title block, its blocks nested."""

    heading: str
    title: Paragraph | None
    body: Node


class PartRead(NamedTuple):
    """One part (the resolution, or one issued with others), parsed.

    ``letter``: the part's letter ("A"), if it has one; ``title``: a
    part's own letter and title; ``metadata``: the part's (the
    document's, for a single resolution).
    """

    letter: str
    metadata: Metadata
    title: Text | None
    title_number: str
    formula: FormulaLine | None
    preamble: list[Paragraph]
    body: Node
    closing: list[ClosingLine]
    trailing: list[Text]
    annexes: list[AnnexRead]


class ParsedDocument(NamedTuple):
    """Everything the writer writes, read.

    ``resolution``: the parts as segmented; ``title``: the common title
    line ("75/101. Title"); ``loose_notes``: unmarked notes with no
    paragraph to end, kept in the main body.
    """

    resolution: Resolution
    masthead: Masthead
    metadata: Metadata
    title: Text | None
    title_number: str
    title_period: bool
    parts: list[PartRead]
    loose_notes: list[FootnoteBody]
    collection: bool
