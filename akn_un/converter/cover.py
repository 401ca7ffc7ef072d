"""The cover page (masthead) and the conclusions, written as AKN."""

from __future__ import annotations

import re

from akn_un.converter.akn import Out
from akn_un.converter.flow import Flow
from akn_un.converter.inline import Inline, Piece, plain_lines
from akn_un.converter.masthead import Line, Masthead
from akn_un.converter.metadata import Metadata
from akn_un.converter.references import References, camel_id
from akn_un.core.organs import ORGANS
from akn_un.grammar.dates import parse_date

_MEETING_RE = re.compile(
    r"(?P<ordinal>\d+(?:st|nd|rd|th)) (?:\(resumed\) )?(?:plenary )?meeting"
)


def _dated(
    out: Out,
    line: Line,
    refs: References,
    *,
    meeting: bool = False,
) -> None:
    """Write ``line.text`` with its date as ``<docDate>``.

    With ``meeting``, the meeting before the date is marked too.
    """
    date_text = line.extra.get("date_text", line.text)
    before, _, after = line.text.rpartition(date_text)
    if not (meeting and _meeting(out, before)):
        out.text(before)
    if line.date is None:
        out.text(date_text)
    else:
        out.element(
            "docDate",
            date_text,
            date=line.date.isoformat(),
            refersTo=refs.ref("dateOfAdoption"),
        )
    out.text(after)


def _meeting(out: Out, text: str) -> bool:
    """Write a meeting ("46th plenary meeting") as an inline; or not."""
    match = _MEETING_RE.search(text)
    if match is None:
        return False
    out.text(text[: match.start()])
    out.element(
        "inline",
        match.group(),
        name="adoptionMeeting",
        title=match.group("ordinal"),
    )
    out.text(text[match.end() :])
    return True


def _line(  # noqa: C901, PLR0912 - one branch per kind of line
    out: Out, line: Line, meta: Metadata, refs: References, session: int
) -> None:
    kind, text = line.kind, line.text
    if kind == "publisher":
        out.element("docAuthority", text, refersTo=refs.ref("un"))
    elif kind in {"organ", "body"}:
        organ = ORGANS[line.value or text]
        out.element("docAuthority", text, refersTo=refs.ref(organ.key))
    elif kind == "symbol":
        out.element("docNumber", text, refersTo=refs.ref("symbol"))
    elif kind == "status":
        concept = camel_id(f"{line.value} distribution")
        out.element("docStatus", text, refersTo=refs.concept(concept, text))
    elif kind == "issued" and line.date is not None:
        out.element(
            "docDate",
            text,
            date=line.date.isoformat(),
            refersTo=refs.ref("dateOfIssuance"),
        )
    elif kind == "session" and line.value:
        out.element(
            "session",
            text,
            value=line.value,
            refersTo=refs.ref(meta.organ.key),
            eId=f"coverPage__session_{session}",
        )
    elif kind == "agenda":
        out.element(
            "inline", text, name="agenda item", title=line.value or ""
        )
    elif kind == "agenda-title":
        out.element("inline", text, name="agenda item name")
    elif kind == "original":
        out.element("inline", text, name="originalLanguage")
    elif kind in {"adopted", "sc-adopted"}:
        out.open("docTitle")
        _dated(out, line, refs, meeting=kind == "sc-adopted")
        out.close("docTitle")
    elif kind == "session-dates":
        out.element("inline", text, name="sessionDates")
    elif kind == "type":
        out.element("docType", text)
    elif kind == "plenary":
        out.element(
            "docProponent", text, refersTo=refs.concept("plenary", text)
        )
    elif kind == "decision-type":
        out.element("inline", text, name="decision type")
    elif kind == "sc-number":
        out.element("docTitle", text, refersTo=refs.ref("resolutionNumber"))
    elif kind == "proponent":
        _proponent(out, line, refs)
    else:
        out.text(text)


def _proponent(out: Out, line: Line, refs: References) -> None:
    """"[on the report of the Third Committee (A/75/478, para. 22)]".

    The committee is referred to by its English name where the line is in
    another language ("Troisième Commission" is the Third Committee).
    """
    name = line.extra.get("committee")
    if name is None:
        committee = re.search(r"(?:of the|to a) (.+?)(?: \(|\]$)", line.text)
        name = committee.group(1) if committee else line.text
    refers = (
        refs.concept("noMainCommittee", name)
        if line.value == "noMainCommittee"
        else refs.organization(name)
    )
    out.open("docProponent", refersTo=refers)
    document = line.extra.get("document", "")
    if document:
        before, _, after = line.text.rpartition(document)
        out.text(before)
        out.element("inline", document, name="originating document")
        out.text(after)
    else:
        out.text(line.text)
    out.close("docProponent")


def write_cover_page(
    out: Out,
    head: Masthead,
    meta: Metadata,
    refs: References,
) -> None:
    """The masthead as ``<coverPage>``, with the derived symbol added.

    The publisher and the symbol are printed on the official masthead but
    not in the extracted text; they are added with ``status="editorial"``
    so that they are told apart from the source's words.
    """
    out.open("coverPage", eId="coverPage")
    kinds = {line.kind for line in head.lines}
    if "publisher" not in kinds:
        out.open("p", status="editorial")
        out.element("docAuthority", "United Nations", refersTo=refs.ref("un"))
        out.close("p")
    if "symbol" not in kinds:
        out.open("p", class_="upperRight", status="editorial")
        out.element("docNumber", meta.symbol, refersTo=refs.ref("symbol"))
        out.close("p")
    sessions = 0
    for line in head.lines:
        sessions += line.kind == "session"
        out.open("p")
        _line(out, line, meta, refs, sessions)
        out.close("p")
    out.close("coverPage")


def write_conclusions(
    out: Out,
    closing: list[Piece],
    trailing: list[Inline],
    flow: Flow,
    refs: References,
) -> None:
    """The closing lines (meeting, date) and anything after them."""
    if not closing and not trailing:
        return
    out.open("conclusions", eId="conclusions")
    if closing:
        out.open("p")
        texts = plain_lines([piece.text for piece in closing])
        for index, text in enumerate(texts):
            if index:
                out.element("eol")
            date = parse_date(text)
            if date is not None:
                out.element(
                    "docDate",
                    text,
                    date=date.isoformat(),
                    refersTo=refs.ref("dateOfAdoption"),
                )
            elif not _meeting(out, text):
                out.text(text)
        out.close("p")
    for inline in trailing:
        out.open("p")
        flow.write(out, inline)
        out.close("p")
    out.close("conclusions")
