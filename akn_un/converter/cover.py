"""The cover page (masthead) and the conclusions, written as AKN."""

from __future__ import annotations

import re

from lxml import etree

from akn_un.converter.akn import append_text, sub
from akn_un.converter.dates import parse_date
from akn_un.converter.flow import Flow
from akn_un.converter.inline import Piece, plain_lines
from akn_un.converter.masthead import Line, Masthead
from akn_un.converter.metadata import Metadata
from akn_un.converter.references import References, camel_id
from akn_un.organs import ORGANS

_MEETING_RE = re.compile(
    r"(?P<ordinal>\d+(?:st|nd|rd|th)) (?:\(resumed\) )?(?:plenary )?meeting"
)


def _dated(
    parent: etree._Element,
    line: Line,
    refs: References,
    *,
    meeting: bool = False,
) -> None:
    """Write ``line.text`` into parent with its date as ``<docDate>``.

    With ``meeting``, the meeting before the date is marked too.
    """
    date_text = line.extra.get("date_text", line.text)
    before, _, after = line.text.rpartition(date_text)
    if not (meeting and _meeting(parent, before)):
        append_text(parent, before)
    if line.date is None:
        append_text(parent, date_text)
    else:
        sub(
            parent,
            "docDate",
            date_text,
            date=line.date.isoformat(),
            refersTo=refs.ref("dateOfAdoption"),
        )
    append_text(parent, after)


def _meeting(parent: etree._Element, text: str) -> bool:
    """Write a meeting ("46th plenary meeting") as an inline; or not."""
    match = _MEETING_RE.search(text)
    if match is None:
        return False
    append_text(parent, text[: match.start()])
    sub(
        parent,
        "inline",
        match.group(),
        name="adoptionMeeting",
        title=match.group("ordinal"),
    )
    append_text(parent, text[match.end() :])
    return True


def _line(  # noqa: C901, PLR0912 - one branch per kind of line
    cover: etree._Element, line: Line, meta: Metadata, refs: References
) -> None:
    p = sub(cover, "p")
    kind, text = line.kind, line.text
    if kind == "publisher":
        sub(p, "docAuthority", text, refersTo=refs.ref("un"))
    elif kind in {"organ", "body"}:
        organ = ORGANS[text]
        sub(p, "docAuthority", text, refersTo=refs.ref(organ.key))
    elif kind == "symbol":
        sub(p, "docNumber", text, refersTo=refs.ref("symbol"))
    elif kind == "status":
        word = text.partition(":")[2].strip()
        concept = camel_id(f"{word} distribution")
        sub(p, "docStatus", text, refersTo=refs.concept(concept, text))
    elif kind == "issued" and line.date is not None:
        sub(
            p,
            "docDate",
            text,
            date=line.date.isoformat(),
            refersTo=refs.ref("dateOfIssuance"),
        )
    elif kind == "session" and line.value:
        sub(
            p,
            "session",
            text,
            value=line.value,
            refersTo=refs.ref(meta.organ.key),
            eId="coverPage__session_1",
        )
    elif kind == "agenda":
        sub(p, "inline", text, name="agenda item", title=line.value or "")
    elif kind == "agenda-title":
        sub(p, "inline", text, name="agenda item name")
    elif kind == "original":
        sub(p, "inline", text, name="originalLanguage")
    elif kind == "adopted":
        _dated(sub(p, "docTitle"), line, refs)
    elif kind == "sc-number":
        sub(p, "docTitle", text, refersTo=refs.ref("resolutionNumber"))
    elif kind == "sc-adopted":
        _dated(sub(p, "docTitle"), line, refs, meeting=True)
    elif kind == "proponent":
        _proponent(p, line, refs)
    else:
        append_text(p, text)


def _proponent(p: etree._Element, line: Line, refs: References) -> None:
    committee = re.search(r"(?:of the|to a) (.+?)(?: \(|\]$)", line.text)
    name = committee.group(1) if committee else line.text
    refers = (
        refs.concept("noMainCommittee", name)
        if line.value == "noMainCommittee"
        else refs.organization(name)
    )
    proponent = sub(p, "docProponent", refersTo=refers)
    document = line.extra.get("document", "")
    if not document:
        append_text(proponent, line.text)
        return
    before, _, after = line.text.rpartition(document)
    append_text(proponent, before)
    sub(proponent, "inline", document, name="originating document")
    append_text(proponent, after)


def write_cover_page(
    statement: etree._Element,
    head: Masthead,
    meta: Metadata,
    refs: References,
) -> None:
    """The masthead as ``<coverPage>``, with the derived symbol added.

    The publisher and the symbol are printed on the official masthead but
    not in the extracted text; they are added with ``status="editorial"``
    so that they are told apart from the source's words.
    """
    cover = sub(statement, "coverPage", eId="coverPage")
    kinds = {line.kind for line in head.lines}
    if "publisher" not in kinds:
        p = sub(cover, "p", status="editorial")
        sub(p, "docAuthority", "United Nations", refersTo=refs.ref("un"))
    if "symbol" not in kinds:
        p = sub(cover, "p", class_="upperRight", status="editorial")
        sub(p, "docNumber", meta.symbol, refersTo=refs.ref("symbol"))
    for line in head.lines:
        _line(cover, line, meta, refs)


def write_conclusions(
    statement: etree._Element,
    closing: list[Piece],
    trailing: list[Piece],
    flow: Flow,
    refs: References,
) -> None:
    """The closing lines (meeting, date) and anything after them."""
    if not closing and not trailing:
        return
    conclusions = sub(statement, "conclusions", eId="conclusions")
    if closing:
        p = sub(conclusions, "p")
        texts = plain_lines([piece.text for piece in closing])
        for index, text in enumerate(texts):
            if index:
                sub(p, "eol")
            date = parse_date(text)
            if date is not None:
                sub(
                    p,
                    "docDate",
                    text,
                    date=date.isoformat(),
                    refersTo=refs.ref("dateOfAdoption"),
                )
            elif not _meeting(p, text):
                append_text(p, text)
    for piece in trailing:
        flow.write(sub(conclusions, "p"), flow.read([piece]))
