"""The builder: the segmented resolution written out as AKN.

Two passes.  Every block is read first, in document order, so that markers
claim their footnotes and the bodies nobody claims are known; then the
document is written as text and parsed once.

One resolution is a ``<statement>``; resolutions issued together ("75/101
A-B") are a ``<documentCollection>`` with a ``<component>`` statement
each; a single lettered part ("75/290 A") is a statement whose preface
gives its letter and title under the common one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from akn_un.converter import rules
from akn_un.converter.akn import AKN_NS, Out
from akn_un.converter.body import BodyWriter, write_formula, write_title
from akn_un.converter.context import Context
from akn_un.converter.cover import write_conclusions, write_cover_page
from akn_un.converter.flow import Flow
from akn_un.converter.inline import Inline, plain_lines
from akn_un.converter.ir import Annex, FootnoteBody, Paragraph, Resolution
from akn_un.converter.leads import read_block
from akn_un.converter.masthead import read_masthead
from akn_un.converter.metadata import (
    Metadata,
    Overrides,
    derive,
    write_meta,
)
from akn_un.converter.references import References
from akn_un.converter.structure import nest
from akn_un.grammar.vocabulary import load


@dataclass(frozen=True, slots=True)
class Built:
    """The tree and what went into it."""

    tree: etree._ElementTree
    metadata: Metadata
    links: int
    positions: dict[str, int]


@dataclass(slots=True)
class _Reading:
    """What the first pass read: titles, blocks, closing lines, notes."""

    title: Inline | None = None
    part_titles: list[Inline | None] = field(default_factory=list)
    trailing: list[list[Inline]] = field(default_factory=list)
    # unmarked notes with no paragraph to end: the main body's, when empty
    loose_notes: list[FootnoteBody] = field(default_factory=list)


def build(
    context: Context, resolution: Resolution, overrides: Overrides
) -> Built:
    """Write ``resolution`` as ``<akomaNtoso>``."""
    head = read_masthead(context, resolution.masthead)
    metadata = derive(context, resolution, head, overrides)
    refs = References()
    flow = Flow(context, resolution.footnotes, metadata.organ.key)
    parts = resolution.components or [resolution]
    reading = _read(context, resolution, parts, flow)

    cover = Out()
    write_cover_page(cover, head, metadata, refs)
    main_title = Out()
    if resolution.title is not None and reading.title is not None:
        write_title(
            main_title, reading.title, resolution.title.number, refs, flow,
            period=resolution.title.period,
        )  # fmt: skip
    bodies = []
    for index, part in enumerate(parts):
        body = Out()
        writer = BodyWriter(body, flow, refs)
        preface = Out()
        if len(parts) == 1:
            preface.extend(main_title)
        part_title = reading.part_titles[index]
        if part_title is not None and part.title is not None:
            write_title(
                preface, part_title, part.title.printed or part.title.number,
                refs, flow, period=False,
            )  # fmt: skip
        if preface.parts:
            body.open("preface")
            body.extend(preface)
            body.close("preface")
        _write_part(body, part, writer, metadata, reading=reading, index=index)
        bodies.append(body)

    out = Out()
    out.open("akomaNtoso", xmlns=AKN_NS)
    if len(parts) == 1:
        kind = metadata.document_type
        out.open(kind.element, name=kind.key)
        write_meta(out, metadata, refs)
        out.extend(cover)
        out.extend(bodies[0])
        out.close(kind.element)
    else:
        if main_title.parts:
            cover.open("preface")
            cover.extend(main_title)
            cover.close("preface")
        letters = [part.title.number if part.title else "" for part in parts]
        _write_collection(out, letters, cover, bodies, metadata, refs)
    out.close("akomaNtoso")
    return Built(out.tree(), metadata, flow.links, flow.positions)


def _read(
    context: Context,
    resolution: Resolution,
    parts: list[Resolution],
    flow: Flow,
) -> _Reading:
    """Read every block in document order; find the unclaimed notes."""
    reading = _Reading()
    if resolution.title is not None:
        reading.title = flow.read([resolution.title.text])
    for part in parts:
        own = part.title if part is not resolution else None
        reading.part_titles.append(
            flow.read([own.text]) if own is not None else None
        )
        _read_all(flow, part.preamble, "preambular")
        _read_all(flow, part.operative, "operative")
        for annex in part.annexes:
            _read_all(flow, annex.body, None)
        reading.trailing.append([flow.read([p]) for p in part.trailing])
    reading.loose_notes = _unmarked_notes(context, resolution, parts, flow)
    return reading


def _write_part(  # noqa: PLR0913 - what one part's writing needs
    body: Out,
    part: Resolution,
    writer: BodyWriter,
    metadata: Metadata,
    *,
    reading: _Reading,
    index: int,
) -> None:
    """Preamble, operative part, conclusions and annexes of part ``index``."""
    flow = writer.flow
    trailing = reading.trailing[index]
    if part.formula is not None or part.preamble:
        body.open("preamble")
        if part.formula is not None:
            write_formula(body, part.formula, flow.context.language)
        writer.preamble(part.preamble)
        body.close("preamble")
    body.open("mainBody")
    writer.body(nest(part.operative))
    if not part.operative and reading.loose_notes:
        for note in reading.loose_notes:
            body.open("p")
            flow.note(body, note.number, note)
            body.close("p")
        reading.loose_notes = []
    body.close("mainBody")
    write_conclusions(body, part.closing, trailing, flow, writer.refs)
    if not part.annexes:
        return
    body.open("attachments")
    for number, annex in enumerate(part.annexes, start=1):
        eid = f"att_{number}"
        body.open("attachment", eId=eid)
        body.open("doc", name="annex")
        write_meta(body, metadata, writer.refs, component=f"annex_{number}")
        _annex_preface(body, annex, writer)
        body.open("mainBody")
        writer.body(nest(_without_title(annex)), f"{eid}__")
        body.close("mainBody")
        body.close("doc")
        body.close("attachment")
    body.close("attachments")


def _write_collection(  # noqa: PLR0913, PLR0917 - the parts of a collection
    out: Out,
    letters: list[str],
    cover: Out,
    bodies: list[Out],
    metadata: Metadata,
    refs: References,
) -> None:
    """``<documentCollection>`` with a ``<component>`` per resolution."""
    out.open("documentCollection", name="publication")
    write_meta(out, metadata, refs)
    out.extend(cover)
    out.open("collectionBody")
    for letter in letters:
        out.open("component", eId=f"cmp_{letter}__def")
        out.element(
            "documentRef",
            eId=f"cmp_{letter}__ref",
            href=f"#cmp_{letter}",
            showAs=f"Resolution {letter}",
        )
        out.close("component")
    out.close("collectionBody")
    out.close("documentCollection")
    out.open("components")
    for letter, body in zip(letters, bodies, strict=True):
        out.open("component", eId=f"cmp_{letter}")
        kind = metadata.document_type
        out.open(kind.element, name=kind.key)
        write_meta(out, metadata.part(letter), refs)
        out.extend(body)
        out.close(kind.element)
        out.close("component")
    out.close("components")


def _read_all(
    flow: Flow, paragraphs: list[Paragraph], kind: str | None
) -> None:
    """Read each block; lead phrases from the vocabulary of its kind.

    Annexes (``kind`` None) and points have no vocabulary: only printed
    italics make their lead phrase.  An unnumbered operative paragraph
    takes a phrase of the vocabulary, but none is guessed for it.
    """
    for paragraph in paragraphs:
        known = kind is not None and paragraph.kind in {
            "preambular", "operative"}
        vocabulary = (
            load(paragraph.kind, flow.context.language) if known else None
        )
        paragraph.read = read_block(flow, paragraph, vocabulary)


def _title(annex: Annex) -> Paragraph | None:
    """The annex's title: an unnumbered heading right after "Annex"."""
    first = annex.body[0] if annex.body else None
    if first is not None and first.kind == "heading" and first.number is None:
        return first
    return None


def _without_title(annex: Annex) -> list[Paragraph]:
    return annex.body[1:] if _title(annex) is not None else annex.body


def _annex_preface(out: Out, annex: Annex, writer: BodyWriter) -> None:
    """"Annex I" and the annex's title."""
    out.open("preface")
    out.open("p")
    [heading] = plain_lines([annex.heading.text])
    out.element("docNumber", heading)
    out.close("p")
    title = _title(annex)
    if title is not None:
        out.open("p")
        out.open("docTitle")
        writer.inline(title)
        out.close("docTitle")
        out.close("p")
    out.close("preface")


def _unmarked_notes(
    context: Context,
    resolution: Resolution,
    parts: list[Resolution],
    flow: Flow,
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
        if number not in flow.claimed
    ]
    for body in unmarked:
        context.report(
            rules.FOOTNOTE_MARKER_MISSING,
            f"footnote body {body.number} has no marker; kept as a note at "
            f"the end of the paragraph before it",
            body.piece.offset,
        )
    written = [item for item in parts[-1].operative if item.texts]
    fallback = written[-1] if written else None
    loose: list[FootnoteBody] = []
    for note in [*unmarked, *resolution.orphans]:
        holder = note.after if note.after is not None else fallback
        (loose if holder is None else holder.notes).append(note)
    return loose
