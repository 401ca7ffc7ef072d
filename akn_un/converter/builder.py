"""The builder: the segmented resolution written out as an AKN tree."""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from akn_un.converter.akn import element, sub
from akn_un.converter.body import (
    write_formula,
    write_operative,
    write_preamble,
    write_preface,
)
from akn_un.converter.context import Context
from akn_un.converter.cover import write_conclusions, write_cover_page
from akn_un.converter.flow import Flow
from akn_un.converter.ir import FootnoteBody, Resolution
from akn_un.converter.masthead import read_masthead
from akn_un.converter.metadata import Metadata, Overrides, derive, write_meta
from akn_un.converter.references import References
from akn_un.converter.vocabulary import load


@dataclass(frozen=True, slots=True)
class Built:
    """The tree and what went into it."""

    root: etree._Element
    metadata: Metadata
    links: int


def build(
    context: Context, resolution: Resolution, overrides: Overrides
) -> Built:
    """Write ``resolution`` as ``<akomaNtoso><statement>``."""
    head = read_masthead(context, resolution.masthead)
    metadata = derive(context, resolution, head, overrides)
    refs = References()
    flow = Flow(context, resolution.footnotes)
    root = element("akomaNtoso")
    statement = sub(root, "statement", name="resolution")
    meta_el = sub(statement, "meta")
    write_cover_page(statement, head, metadata, refs)
    if resolution.title is not None:
        write_preface(statement, resolution.title, flow, refs)
    written = {}
    if resolution.formula is not None or resolution.preamble:
        preamble = sub(statement, "preamble")
        if resolution.formula is not None:
            write_formula(preamble, resolution.formula)
        written.update(
            write_preamble(
                preamble, resolution.preamble, flow, load("preambular")
            )
        )
    main_body = sub(statement, "mainBody")
    written.update(
        write_operative(
            main_body, resolution.operative, flow, load("operative")
        )
    )
    if not len(main_body):
        sub(main_body, "p")
    write_conclusions(
        statement, resolution.closing, resolution.trailing, flow, refs
    )
    _place_unmarked_notes(context, resolution, flow, written, main_body)
    write_meta(meta_el, metadata, refs)
    return Built(root, metadata, flow.links)


def _place_unmarked_notes(
    context: Context,
    resolution: Resolution,
    flow: Flow,
    written: dict[int, etree._Element],
    main_body: etree._Element,
) -> None:
    """Keep bodies nobody's marker claimed, at the end of their paragraph."""
    unmarked: list[FootnoteBody] = [
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
    for body in [*unmarked, *resolution.orphans]:
        holder = written.get(id(body.after), main_body)
        ps = holder.findall(".//{*}p")
        target = ps[-1] if ps else sub(holder, "p")
        target.append(flow.note(body.number, body))

