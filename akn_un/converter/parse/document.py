"""The converter's text parsed into the document the writer writes.

Every block is read once, in document order, so that markers claim their
footnotes in order and the bodies nobody claims are known; then the
tables' cells and the notes that will be written are read, the operative
parts nested, and the converter's checks run.
"""

from __future__ import annotations

from akn_un.converter import rules
from akn_un.converter.context import Context
from akn_un.converter.parse.checks import run_checks
from akn_un.converter.parse.inline import plain_lines
from akn_un.converter.parse.ir import (
    Annex,
    AnnexRead,
    ClosingLine,
    FootnoteBody,
    FormulaLine,
    Kind,
    Metadata,
    Overrides,
    Paragraph,
    ParsedDocument,
    PartRead,
    Resolution,
    Rows,
    Text,
)
from akn_un.converter.parse.leads import read_block
from akn_un.converter.parse.masthead import meeting_in, read_masthead
from akn_un.converter.parse.metadata import derive, part_metadata
from akn_un.converter.parse.reader import Reader
from akn_un.converter.parse.segment import segment
from akn_un.converter.parse.structure import nest
from akn_un.converter.parse.tables import table_cells
from akn_un.converter.text import Piece, note_label
from akn_un.grammar.dates import parse_date
from akn_un.grammar.languages import BOLD_LEADS
from akn_un.grammar.vocabulary import load


def parse(context: Context, overrides: Overrides) -> ParsedDocument:
    """The text of ``context`` parsed, read and checked."""
    resolution = segment(context)
    head = read_masthead(context, resolution.masthead)
    metadata = derive(context, resolution, head, overrides)
    reader = Reader(context, resolution.footnotes, metadata.organ.key)
    parts = resolution.components or [resolution]
    title = (
        reader.read([resolution.title.text])
        if resolution.title is not None
        else None
    )
    part_titles = []
    trailing = []
    for part in parts:
        own = part.title if part is not resolution else None
        part_titles.append(
            reader.read([own.text]) if own is not None else None
        )
        _read_all(reader, part.preamble, vocabulary=True)
        _read_all(reader, part.operative, vocabulary=True)
        for annex in part.annexes:
            _read_all(reader, annex.body, vocabulary=False)
        trailing.append([reader.read([piece]) for piece in part.trailing])
    loose = _unmarked_notes(context, resolution, parts, reader)
    _read_tables(reader, parts)
    _read_notes(reader, resolution)
    collection = len(parts) > 1
    parsed = ParsedDocument(
        resolution=resolution,
        masthead=head,
        metadata=metadata,
        title=title,
        title_number=resolution.title.number if resolution.title else "",
        title_period=resolution.title.period if resolution.title else True,
        parts=[
            _part(
                context, part, metadata, collection=collection,
                title=part_titles[index], trailing=trailing[index],
            )
            for index, part in enumerate(parts)
        ],
        loose_notes=loose,
        collection=collection,
    )
    run_checks(context, parsed)
    return parsed


def _part(  # noqa: PLR0913 - what one part's parse needs
    context: Context,
    part: Resolution,
    metadata: Metadata,
    *,
    collection: bool,
    title: Text | None,
    trailing: list[Text],
) -> PartRead:
    """A part parsed: in a collection, with its own letter's metadata."""
    letter = part.title.number if part.title else ""
    formula = None
    if part.formula is not None:
        [text] = plain_lines([part.formula.piece.text.replace("\n", " ")])
        phrase = part.formula.phrase
        formula = FormulaLine(
            text,
            phrase if text.startswith(phrase) else None,
            "bold" if context.language in BOLD_LEADS else "italic",
        )
    return PartRead(
        letter=letter,
        metadata=part_metadata(metadata, letter) if collection else metadata,
        title=title if part.title is not None else None,
        title_number=(
            part.title.printed or part.title.number if part.title else ""
        ),
        formula=formula,
        preamble=part.preamble,
        body=nest(part.operative),
        closing=_closing(part.closing),
        trailing=trailing,
        annexes=[_annex(annex) for annex in part.annexes],
    )


def _closing(pieces: list[Piece]) -> list[ClosingLine]:
    """The closing lines: a date, or a line that may name the meeting."""
    lines = []
    for text in plain_lines([piece.text for piece in pieces]):
        date = parse_date(text)
        lines.append(
            ClosingLine(text, date)
            if date is not None
            else ClosingLine(text, meeting=meeting_in(text))
        )
    return lines


def _annex(annex: Annex) -> AnnexRead:
    """"Annex I", its title (an unnumbered heading right after it), body."""
    [heading] = plain_lines([annex.heading.text])
    first = annex.body[0] if annex.body else None
    titled = (
        first is not None
        and first.kind is Kind.HEADING
        and first.number is None
    )
    return AnnexRead(
        heading,
        first if titled else None,
        nest(annex.body[1:] if titled else annex.body),
    )


def _read_all(
    reader: Reader, paragraphs: list[Paragraph], *, vocabulary: bool
) -> None:
    """Read each block; lead phrases from the vocabulary of its kind.

    Annexes (no ``vocabulary``) and points have none: only printed
    italics make their lead phrase.  An unnumbered operative paragraph
    takes a phrase of the vocabulary, but none is guessed for it.  A
    table's markers are claimed here; its cells are read later.
    """
    for paragraph in paragraphs:
        if paragraph.kind is Kind.TABLE:
            for pieces in paragraph.texts:
                reader.inline(pieces)
            continue
        known = vocabulary and paragraph.kind in {
            Kind.PREAMBULAR, Kind.OPERATIVE}
        words = (
            load(paragraph.kind, reader.context.language) if known else None
        )
        paragraph.read = read_block(reader, paragraph, words)


def _read_tables(reader: Reader, parts: list[Resolution]) -> None:
    """Each table's cells, read one by one."""
    for part in parts:
        annexed = [block for annex in part.annexes for block in annex.body]
        for block in [*part.preamble, *part.operative, *annexed]:
            if block.kind is Kind.TABLE:
                cells = table_cells(block)
                block.rows = Rows(
                    [[reader.read([cell]) for cell in row]
                     for row in cells.cells],
                    cells.headers,
                )  # fmt: skip


def _read_notes(reader: Reader, resolution: Resolution) -> None:
    """Read each note's body once: every one is written.

    A claimed body at its marker, an unclaimed one or an orphan where it
    stands.
    """
    for body in [*resolution.footnotes.values(), *resolution.orphans]:
        body.text = reader.read([body.piece], markers=False)


def _unmarked_notes(
    context: Context,
    resolution: Resolution,
    parts: list[Resolution],
    reader: Reader,
) -> list[FootnoteBody]:
    """Bodies nobody's marker claimed, each kept at a paragraph's end.

    Each is kept as a note at the end of the paragraph it interrupts, or
    the last before it (its ``notes``); with no paragraph before it, at
    the end of the last operative paragraph, or, when there is none, of
    the main body (the list returned).
    """
    unmarked = [
        body
        for number, body in sorted(resolution.footnotes.items())
        if number not in reader.claimed
    ]
    for body in unmarked:
        context.report(
            rules.FOOTNOTE_MARKER_MISSING,
            f"footnote body {note_label(body.number)} has no marker; kept "
            f"as a note at the end of the paragraph before it",
            body.piece.offset,
        )
    written = [item for item in parts[-1].operative if item.texts]
    fallback = written[-1] if written else None
    loose: list[FootnoteBody] = []
    for note in [*unmarked, *resolution.orphans]:
        holder = note.after if note.after is not None else fallback
        (loose if holder is None else holder.notes).append(note)
    return loose
