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
    ReadParagraph,
    read_paragraph,
    write_formula,
    write_operative,
    write_preamble,
    write_preface,
)
from akn_un.converter.context import Context
from akn_un.converter.cover import write_conclusions, write_cover_page
from akn_un.converter.flow import Flow
from akn_un.converter.ir import FootnoteBody, Paragraph, Resolution
from akn_un.converter.masthead import read_masthead
from akn_un.converter.metadata import Metadata, Overrides, derive, write_meta
from akn_un.converter.references import References
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
    preamble = _read_all(flow, resolution.preamble, "preambular")
    operative = _read_all(flow, resolution.operative, "operative")
    trailing = [flow.read([piece]) for piece in resolution.trailing]
    notes = _unmarked_notes(context, resolution, flow)

    body = Out()
    write_cover_page(body, head, metadata, refs)
    if title is not None and title_inline is not None:
        write_preface(body, title_inline, title.number, refs, flow)
    if resolution.formula is not None or preamble:
        body.open("preamble")
        if resolution.formula is not None:
            write_formula(body, resolution.formula)
        write_preamble(body, preamble, flow, notes)
        body.close("preamble")
    body.open("mainBody")
    write_operative(body, operative, flow, notes)
    if not operative:
        body.open("p")
        for note in notes.get(id(None), []):
            flow.note(body, note.number, note)
        body.close("p")
    body.close("mainBody")
    write_conclusions(body, resolution.closing, trailing, flow, refs)

    out = Out()
    out.open("akomaNtoso", xmlns=AKN_NS)
    out.open("statement", name="resolution")
    write_meta(out, metadata, refs)
    out.extend(body)
    out.close("statement")
    out.close("akomaNtoso")
    return Built(out.tree(), metadata, flow.links, flow.positions)


def _read_all(
    flow: Flow, paragraphs: list[Paragraph], kind: str
) -> list[ReadParagraph]:
    vocabulary = load(kind)
    read = []
    for paragraph in paragraphs:
        texts, name = read_paragraph(flow, paragraph, vocabulary)
        read.append((paragraph, texts, name))
    return read


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
    fallback = resolution.operative[-1] if resolution.operative else None
    notes: dict[int, list[FootnoteBody]] = {}
    for body in [*unmarked, *resolution.orphans]:
        holder = body.after if body.after is not None else fallback
        notes.setdefault(id(holder), []).append(body)
    return notes
