"""The builder: the parsed document written out as AKN.

The document is written as text and parsed once.  One resolution is a
``<statement>``; resolutions issued together ("75/101 A-B") are a
``<documentCollection>`` with a ``<component>`` statement each; a single
lettered part ("75/290 A") is a statement whose preface gives its letter
and title under the common one.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from akn_un.converter.parse.ir import (
    AnnexRead,
    FootnoteBody,
    Metadata,
    ParsedDocument,
    PartRead,
)
from akn_un.converter.write.akn import AKN_NS, Out
from akn_un.converter.write.body import BodyWriter, write_formula, write_title
from akn_un.converter.write.cover import (
    write_conclusions,
    write_cover_page,
    write_type_line,
)
from akn_un.converter.write.flow import Flow
from akn_un.converter.write.meta import write_meta
from akn_un.converter.write.references import References


@dataclass(frozen=True, slots=True)
class Built:
    """The tree and what went into it."""

    tree: etree._ElementTree
    metadata: Metadata
    links: int
    positions: dict[str, int]


def build(parsed: ParsedDocument) -> Built:
    """Write ``parsed`` as ``<akomaNtoso>``."""
    metadata = parsed.metadata
    refs = References()
    flow = Flow(parsed.resolution.footnotes)
    cover = Out()
    write_cover_page(cover, parsed.masthead, metadata, refs)
    main_title = Out()
    if parsed.title is not None:
        write_title(
            main_title, parsed.title, parsed.title_number, refs, flow,
            period=parsed.title_period,
        )  # fmt: skip
    write_type_line(main_title, parsed.masthead)
    loose = list(parsed.loose_notes)
    bodies = []
    for part in parsed.parts:
        body = Out()
        writer = BodyWriter(body, flow, refs)
        preface = Out()
        if not parsed.collection:
            preface.extend(main_title)
        if part.title is not None:
            write_title(
                preface, part.title, part.title_number, refs, flow,
                period=False,
            )  # fmt: skip
        if preface.parts:
            body.open("preface")
            body.extend(preface)
            body.close("preface")
        _write_part(body, part, writer, metadata, loose)
        bodies.append(body)

    out = Out()
    out.open("akomaNtoso", xmlns=AKN_NS)
    kind = metadata.document_type
    if not parsed.collection:
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
        _write_collection(out, parsed, cover, bodies, refs)
    out.close("akomaNtoso")
    return Built(out.tree(), metadata, flow.links, flow.positions)


def _write_part(
    body: Out,
    part: PartRead,
    writer: BodyWriter,
    metadata: Metadata,
    loose: list[FootnoteBody],
) -> None:
    """Preamble, operative part, conclusions and annexes of one part.

    ``loose``: notes with no paragraph to end, written (and emptied) in
    the first main body without paragraphs.
    """
    flow = writer.flow
    if part.formula is not None or part.preamble:
        body.open("preamble")
        if part.formula is not None:
            write_formula(body, part.formula)
        writer.preamble(part.preamble)
        body.close("preamble")
    body.open("mainBody")
    writer.body(part.body)
    if not part.body.children and loose:
        for note in loose:
            body.open("p")
            flow.note(body, note.number, note)
            body.close("p")
        loose.clear()
    body.close("mainBody")
    write_conclusions(body, part.closing, part.trailing, flow, writer.refs)
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
        writer.body(annex.body, f"{eid}__")
        body.close("mainBody")
        body.close("doc")
        body.close("attachment")
    body.close("attachments")


def _write_collection(
    out: Out,
    parsed: ParsedDocument,
    cover: Out,
    bodies: list[Out],
    refs: References,
) -> None:
    """``<documentCollection>`` with a ``<component>`` per resolution."""
    letters = [part.letter for part in parsed.parts]
    out.open("documentCollection", name="publication")
    write_meta(out, parsed.metadata, refs)
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
    kind = parsed.metadata.document_type
    for letter, part, body in zip(letters, parsed.parts, bodies, strict=True):
        out.open("component", eId=f"cmp_{letter}")
        out.open(kind.element, name=kind.key)
        write_meta(out, part.metadata, refs)
        out.extend(body)
        out.close(kind.element)
        out.close("component")
    out.close("components")


def _annex_preface(out: Out, annex: AnnexRead, writer: BodyWriter) -> None:
    """"Annex I" and the annex's title."""
    out.open("preface")
    out.open("p")
    out.element("docNumber", annex.heading)
    out.close("p")
    if annex.title is not None:
        out.open("p")
        out.open("docTitle")
        writer.inline(annex.title)
        out.close("docTitle")
        out.close("p")
    out.close("preface")
