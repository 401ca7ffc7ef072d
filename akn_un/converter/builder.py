"""The builder: the segmented resolution written out as AKN.

Two passes.  Every paragraph is read first, in document order, so that
markers claim their footnotes and the bodies nobody claims are known; then
the document is written as text and parsed once.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from akn_un.converter.akn import AKN_NS, Out
from akn_un.converter.body import (
    BodyWriter,
    Read,
    read_block,
    write_formula,
    write_preface,
)
from akn_un.converter.context import Context
from akn_un.converter.cover import write_conclusions, write_cover_page
from akn_un.converter.flow import Flow
from akn_un.converter.inline import plain_lines
from akn_un.converter.ir import Annex, FootnoteBody, Paragraph, Resolution
from akn_un.converter.masthead import read_masthead
from akn_un.converter.metadata import (
    Metadata,
    Overrides,
    derive,
    write_annex_meta,
    write_meta,
)
from akn_un.converter.references import References
from akn_un.converter.structure import nest
from akn_un.converter.vocabulary import load


@dataclass(frozen=True, slots=True)
class Built:
    """The tree and what went into it."""

    tree: etree._ElementTree
    metadata: Metadata
    links: int
    positions: dict[str, int]


def build(
    context: Context, resolution: Resolution, overrides: Overrides
) -> Built:
    """Write ``resolution`` as ``<akomaNtoso><statement>``."""
    head = read_masthead(context, resolution.masthead)
    metadata = derive(context, resolution, head, overrides)
    refs = References()
    flow = Flow(context, resolution.footnotes, metadata.organ.key)

    title = resolution.title
    title_inline = flow.read([title.text]) if title is not None else None
    read: dict[int, Read] = {}
    _read_all(flow, resolution.preamble, "preambular", read)
    _read_all(flow, resolution.operative, "operative", read)
    for annex in resolution.annexes:
        _read_all(flow, annex.body, None, read)
    trailing = [flow.read([piece]) for piece in resolution.trailing]
    notes = _unmarked_notes(context, resolution, flow)

    body = Out()
    writer = BodyWriter(body, flow, read, notes, refs)
    write_cover_page(body, head, metadata, refs)
    if title is not None and title_inline is not None:
        write_preface(body, title_inline, title.number, refs, flow)
    if resolution.formula is not None or resolution.preamble:
        body.open("preamble")
        if resolution.formula is not None:
            write_formula(body, resolution.formula)
        writer.preamble(resolution.preamble)
        body.close("preamble")
    body.open("mainBody")
    writer.body(nest(resolution.operative))
    if not resolution.operative and id(None) in notes:
        body.open("p")
        for note in notes[id(None)]:
            flow.note(body, note.number, note)
        body.close("p")
    body.close("mainBody")
    write_conclusions(body, resolution.closing, trailing, flow, refs)
    if resolution.annexes:
        body.open("attachments")
        for index, annex in enumerate(resolution.annexes, start=1):
            eid = f"att_{index}"
            body.open("attachment", eId=eid)
            body.open("doc", name="annex")
            write_annex_meta(body, metadata, refs, f"annex_{index}")
            _annex_preface(body, annex, flow, writer)
            body.open("mainBody")
            writer.body(nest(_without_title(annex)), f"{eid}__")
            body.close("mainBody")
            body.close("doc")
            body.close("attachment")
        body.close("attachments")

    out = Out()
    out.open("akomaNtoso", xmlns=AKN_NS)
    out.open("statement", name="resolution")
    write_meta(out, metadata, refs)
    out.extend(body)
    out.close("statement")
    out.close("akomaNtoso")
    return Built(out.tree(), metadata, flow.links, flow.positions)


def _read_all(
    flow: Flow,
    paragraphs: list[Paragraph],
    kind: str | None,
    read: dict[int, Read],
) -> None:
    """Read each block; lead phrases from the vocabulary of its kind.

    Annexes (``kind`` None), unnumbered paragraphs and points have no
    vocabulary: only printed italics make their lead phrase.
    """
    for paragraph in paragraphs:
        known = kind is not None and (
            paragraph.kind == "preambular"
            or (paragraph.kind == "operative" and paragraph.number is not None)
        )
        vocabulary = load(paragraph.kind) if known else None
        read[id(paragraph)] = read_block(flow, paragraph, vocabulary)


def _title(annex: Annex) -> Paragraph | None:
    """The annex's title: an unnumbered heading right after "Annex"."""
    first = annex.body[0] if annex.body else None
    if first is not None and first.kind == "heading" and first.number is None:
        return first
    return None


def _without_title(annex: Annex) -> list[Paragraph]:
    return annex.body[1:] if _title(annex) is not None else annex.body


def _annex_preface(
    out: Out, annex: Annex, flow: Flow, writer: BodyWriter
) -> None:
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
    context: Context, resolution: Resolution, flow: Flow
) -> dict[int, list[FootnoteBody]]:
    """Bodies nobody's marker claimed, by the paragraph they end.

    Each is kept as a note at the end of the paragraph it interrupts, or
    the last before it; with no paragraph before it, at the end of the
    last operative paragraph (or of an otherwise empty main body).
    """
    unmarked = [
        body
        for number, body in sorted(resolution.footnotes.items())
        if number not in flow.claimed
    ]
    for body in unmarked:
        context.report(
            "V002",
            f"footnote body {body.number} has no marker; kept as a note at "
            f"the end of the paragraph before it",
            body.piece.offset,
        )
    body = [item for item in resolution.operative if item.texts]
    fallback = body[-1] if body else None
    notes: dict[int, list[FootnoteBody]] = {}
    for body in [*unmarked, *resolution.orphans]:
        holder = body.after if body.after is not None else fallback
        notes.setdefault(id(holder), []).append(body)
    return notes
