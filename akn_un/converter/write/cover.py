"""The cover page (masthead) and the conclusions, written as AKN."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from akn_un.converter.parse.ir import (
    ClosingLine,
    Line,
    LineKind,
    Masthead,
    Meeting,
    Metadata,
    Text,
)
from akn_un.converter.write.akn import Out
from akn_un.converter.write.flow import Flow
from akn_un.converter.write.references import References, camel_id
from akn_un.core.organs import ORGANS


def _dated(out: Out, line: Line, refs: References) -> None:
    """Write ``line.text`` with its date as ``<docDate>``.

    The meeting before the date, where the line names one, is marked too.
    """
    date_text = line.extra.get("date_text", line.text)
    before, _, after = line.text.rpartition(date_text)
    _with_meeting(out, before, line.meeting)
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


def _with_meeting(out: Out, text: str, meeting: Meeting | None) -> None:
    """Write ``text``, its meeting ("46th plenary meeting") as an inline."""
    if meeting is None:
        out.text(text)
        return
    out.text(text[: meeting.start])
    out.element(
        "inline",
        text[meeting.start : meeting.end],
        name="adoptionMeeting",
        title=meeting.ordinal,
    )
    out.text(text[meeting.end :])


@dataclass(slots=True)
class _Page:
    """What writing a cover page's lines needs.

    The TLC references, the metadata, and how many session lines came so
    far.
    """

    refs: References
    meta: Metadata
    sessions: int = 0


def _authority(out: Out, line: Line, page: _Page) -> None:
    refs = page.refs
    if line.kind is LineKind.PUBLISHER:
        out.element("docAuthority", line.text, refersTo=refs.ref("un"))
        return
    organ = ORGANS[line.value or line.text]
    out.element("docAuthority", line.text, refersTo=refs.ref(organ.key))


def _status(out: Out, line: Line, page: _Page) -> None:
    refs = page.refs
    concept = camel_id(f"{line.value} distribution")
    out.element("docStatus", line.text,
                refersTo=refs.concept(concept, line.text))


def _issued(out: Out, line: Line, page: _Page) -> None:
    refs = page.refs
    if line.date is None:
        out.text(line.text)
        return
    out.element("docDate", line.text, date=line.date.isoformat(),
                refersTo=refs.ref("dateOfIssuance"))


def _adopted(out: Out, line: Line, page: _Page) -> None:
    refs = page.refs
    out.open("docTitle")
    _dated(out, line, refs)
    out.close("docTitle")


def _plenary(out: Out, line: Line, page: _Page) -> None:
    refs = page.refs
    out.element("docProponent", line.text,
                refersTo=refs.concept("plenary", line.text))


def _type(out: Out, line: Line, _page: _Page) -> None:
    out.element("docType", line.text)


def _agenda(out: Out, line: Line, _page: _Page) -> None:
    out.element("inline", line.text, name="agenda item",
                title=line.value or "")


def _session(out: Out, line: Line, page: _Page) -> None:
    if not line.value:
        out.text(line.text)
        return
    out.element("session", line.text, value=line.value,
                refersTo=page.refs.ref(page.meta.organ.key),
                eId=f"coverPage__session_{page.sessions}")


def _proponent(out: Out, line: Line, page: _Page) -> None:
    """"[on the report of the Third Committee (A/75/478, para. 22)]".

    The committee is referred to by its English name where the line is in
    another language ("Troisième Commission" is the Third Committee).
    """
    refs = page.refs
    name = line.extra["committee"]
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


# How each kind of masthead line is written: by a writer, as an element
# that refers to a TLC, or as an ``<inline>`` of a name; any other kind
# (a line not recognised) is written as text.
_WRITERS: dict[LineKind, Callable[[Out, Line, _Page], None]] = {
    LineKind.PUBLISHER: _authority,
    LineKind.ORGAN: _authority,
    LineKind.BODY: _authority,
    LineKind.STATUS: _status,
    LineKind.ISSUED: _issued,
    LineKind.ADOPTED: _adopted,
    LineKind.SC_ADOPTED: _adopted,
    LineKind.PLENARY: _plenary,
    LineKind.PROPONENT: _proponent,
    LineKind.TYPE: _type,
    LineKind.AGENDA: _agenda,
    LineKind.SESSION: _session,
}
_ELEMENTS: dict[LineKind, tuple[str, str]] = {  # element, refersTo
    LineKind.SYMBOL: ("docNumber", "symbol"),
    LineKind.SC_NUMBER: ("docTitle", "resolutionNumber"),
}
_INLINES = {
    LineKind.AGENDA_TITLE: "agenda item name",
    LineKind.ORIGINAL: "originalLanguage",
    LineKind.SESSION_DATES: "sessionDates",
    LineKind.DECISION_TYPE: "decision type",
}


def _line(out: Out, line: Line, page: _Page) -> None:
    if writer := _WRITERS.get(line.kind):
        writer(out, line, page)
    elif element := _ELEMENTS.get(line.kind):
        out.element(element[0], line.text, refersTo=page.refs.ref(element[1]))
    elif name := _INLINES.get(line.kind):
        out.element("inline", line.text, name=name)
    else:
        out.text(line.text)


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
    if LineKind.PUBLISHER not in kinds:
        out.open("p", status="editorial")
        out.element("docAuthority", "United Nations", refersTo=refs.ref("un"))
        out.close("p")
    if LineKind.SYMBOL not in kinds:
        out.open("p", class_="upperRight", status="editorial")
        out.element("docNumber", meta.symbol, refersTo=refs.ref("symbol"))
        out.close("p")
    page = _Page(refs, meta)
    for line in head.lines:
        if line.kind in _PREFACE_LINES:
            continue  # the document's title, in its preface
        page.sessions += line.kind is LineKind.SESSION
        out.open("p")
        _line(out, line, page)
        out.close("p")
    out.close("coverPage")


# The masthead lines that title the document, as the UN writes them in
# its preface: a draft's "Algeria: draft resolution", "Statement by the
# President of the Security Council".
_PREFACE_LINES = frozenset({LineKind.SPONSORS, LineKind.STATEMENT})


def write_type_line(out: Out, head: Masthead) -> None:
    """The line that titles a draft or a statement, in the preface."""
    for line in head.lines:
        if line.kind in _PREFACE_LINES:
            out.open("p")
            out.element("docTitle", line.text)
            out.close("p")


def write_conclusions(
    out: Out,
    closing: list[ClosingLine],
    trailing: list[Text],
    flow: Flow,
    refs: References,
) -> None:
    """The closing lines (meeting, date) and anything after them."""
    if not closing and not trailing:
        return
    out.open("conclusions", eId="conclusions")
    if closing:
        out.open("p")
        for index, line in enumerate(closing):
            if index:
                out.element("eol")
            if line.date is not None:
                out.element(
                    "docDate",
                    line.text,
                    date=line.date.isoformat(),
                    refersTo=refs.ref("dateOfAdoption"),
                )
            else:
                _with_meeting(out, line.text, line.meeting)
        out.close("p")
    for text in trailing:
        out.open("p")
        flow.write(out, text)
        out.close("p")
    out.close("conclusions")
