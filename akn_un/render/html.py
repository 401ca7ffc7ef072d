"""An AKN resolution as one self-contained HTML page, for editors.

Masthead, title, preamble with its lead phrases in italics, numbered
operative paragraphs (points, sections, tables, annexes as printed),
footnotes as numbered notes linked both ways, under the paragraph that
marks them, citations as links.  With
diagnostics, each finding stands beside the paragraph it concerns.  No
script, no external resource: the page opens anywhere, offline.
"""

from __future__ import annotations

import bisect
import html
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from akn_un.core.diagnostics import Diagnostic
from akn_un.core.document import INLINE, akn_root, frbr_language, local_name
from akn_un.grammar.languages import LANGUAGE_TAGS

__all__ = ["render_html"]

_SKIPPED = frozenset({"meta", "img", "documentRef", "collectionBody"})
# AKN elements written as HTML elements of their own; the rest are <div>s
# (blocks) or <span>s (inline), with the AKN name as their class.
_TAGS = {
    "p": "p", "table": "table", "tr": "tr", "td": "td", "th": "th",
    "heading": "h3", "subheading": "h4", "eol": "br",
    # isolated: a date or symbol keeps its own order in a right-to-left
    # page ("28 December 2020", not "December 2020 28", in Arabic)
    "docDate": "bdi", "docNumber": "bdi",
}  # fmt: skip
_INLINE = INLINE | {"num"}  # a number is written on its block's line



@dataclass(slots=True)
class _Page:
    """The HTML written so far, the notes met, the findings by eId."""

    parts: list[str] = field(default_factory=list)
    notes: list[tuple[str, str, str]] = field(default_factory=list)
    findings: dict[str, list[Diagnostic]] = field(default_factory=dict)
    # ids given to the contents' targets that have no eId
    ids: dict[etree._Element, str] = field(default_factory=dict)


def render_html(
    document: etree._ElementTree | etree._Element | os.PathLike[str],
    *,
    diagnostics: Sequence[Diagnostic] = (),
    positions: Mapping[str, tuple[int, int]] | None = None,
    title: str | None = None,
) -> str:
    """The resolution as an HTML page; ``diagnostics`` shown beside it.

    A finding stands beside the element its location's eId names, or
    (for a document converted from text, with the source ``positions`` of
    its eIds) beside the last element that starts before its line; any
    other stands at the top.

    >>> from lxml import etree
    >>> page = render_html(etree.fromstring(
    ...     '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/'
    ...     'akn/3.0"><statement name="resolution"><mainBody><paragraph '
    ...     'eId="para_1"><num>1.</num><content><p>Acts.<authorialNote '
    ...     'marker="1" eId="authorialNote_1"><p>A/75/1.</p></authorialNote>'
    ...     '</p></content>'
    ...     '</paragraph></mainBody></statement></akomaNtoso>'))
    >>> '<a href="#fn-1" id="fnref-1">1</a>' in page
    True
    """
    root = akn_root(document)
    page = _Page()
    unplaced: list[Diagnostic] = []
    eids = {e.get("eId") for e in root.iter() if isinstance(e.tag, str)}
    starts = sorted(
        (position, eid) for eid, position in (positions or {}).items()
        if eid in eids
    )
    for diagnostic in diagnostics:
        eid = diagnostic.location.eid or _before(starts, diagnostic)
        if eid and eid in eids:
            page.findings.setdefault(eid, []).append(diagnostic)
        else:
            unplaced.append(diagnostic)
    name = title or _title(root)
    style = (Path(__file__).parent / "preview.css").read_text("utf-8")
    tag = LANGUAGE_TAGS.get(frbr_language(root), "en")
    direction = ' dir="rtl"' if tag in _RIGHT_TO_LEFT else ""
    page.parts.append(
        f'<!DOCTYPE html>\n<html lang="{tag}"{direction}><head>'
        '<meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width">'
        f"<title>{html.escape(name)}</title><style>{style}</style>"
        "</head><body>"
    )
    if unplaced:
        page.parts.append('<div class="findings">')
        page.parts.extend(_finding(d) for d in unplaced)
        page.parts.append("</div>")
    page.parts.append(_contents(root, page))
    for child in root:
        _element(child, page)
    leftover = [d for found in page.findings.values() for d in found]
    if leftover:  # on elements the page does not show (meta)
        page.parts.append('<div class="findings">')
        page.parts.extend(_finding(d) for d in leftover)
        page.parts.append("</div>")
    _notes(page)  # those of the cover page and the closing
    page.parts.append("</body></html>\n")
    return "".join(page.parts)


# The blocks whose notes are shown under them, as a reader of the PDF
# finds them at the foot of the page the paragraph is on.
_NOTED = frozenset({"paragraph", "container", "intro", "wrapUp"})


def _notes(page: _Page) -> None:
    """The notes met since the last were written, then forgotten."""
    if not page.notes:
        return
    page.parts.append('<ol class="footnotes">')
    for marker, note_id, body in page.notes:
        page.parts.append(
            f'<li id="fn-{note_id}" value="{_value(marker)}">{body} '
            f'<a class="back" href="#fnref-{note_id}" '
            f'aria-label="back to the text">\u21a9</a></li>'
        )
    page.parts.append("</ol>")
    page.notes.clear()


def _before(
    starts: list[tuple[tuple[int, int], str]], diagnostic: Diagnostic
) -> str | None:
    """The eId that starts last at or before the diagnostic's line."""
    line = diagnostic.location.line
    if line is None or not starts:
        return None
    at = (line, diagnostic.location.column or 1)
    index = bisect.bisect_right(starts, (at, "\uffff")) - 1
    return starts[index][1] if index >= 0 else None


def _value(marker: str) -> str:
    return marker if marker.isdigit() else "0"


_RIGHT_TO_LEFT = frozenset({"ar"})


def _title(root: etree._Element) -> str:
    number = root.find(".//{*}preface//{*}docNumber")
    title = root.find(".//{*}preface//{*}docTitle")
    text = " ".join(
        " ".join("".join(e.itertext()).split())
        for e in (number, title) if e is not None
    )
    return text or "Resolution"


def _contents(root: etree._Element, page: _Page) -> str:
    """The table of contents, each entry a link to its place.

    The preamble, the operative part and its sections, the annexes; an
    id is given where a place has no eId.  Empty for a page with fewer
    than two places to go to.
    """
    entries: list[tuple[int, str, str]] = []

    def target(element: etree._Element, fallback: str) -> str:
        eid = element.get("eId")
        if eid is None:
            eid = page.ids.setdefault(element, fallback)
        return eid

    for element in root.iter("{*}preamble", "{*}mainBody", "{*}section",
                             "{*}attachment"):
        name = local_name(element)
        number = len(entries) + 1
        if name == "preamble":
            entries.append((0, target(element, "preamble"), "Preamble"))
        elif name == "mainBody":
            entries.append((0, target(element, f"body-{number}"),
                            "Operative part"))
        elif name == "section" and (label := _label(element)):
            entries.append((1, target(element, f"section-{number}"), label))
        elif name == "attachment":
            entries.append((0, target(element, f"annex-{number}"),
                            _label(element) or "Annex"))
    if len(entries) < 2:
        return ""
    items = "".join(
        f'<li class="level-{level}"><a href="#{html.escape(eid)}">'
        f"{html.escape(label)}</a></li>"
        for level, eid, label in entries
    )
    return f'<nav class="toc" lang="en"><ol>{items}</ol></nav>'


def _label(element: etree._Element) -> str:
    """A section's or annex's number and heading, as printed (shortened)."""
    parts = [
        " ".join("".join(child.itertext()).split())
        for child in element.iter(
            "{*}num", "{*}heading", "{*}subheading", "{*}docTitle")
        if child.getparent() is element or local_name(child) == "docTitle"
    ]
    text = " ".join(part for part in parts[:2] if part)
    return text if len(text) <= 80 else text[:79] + "\u2026"


def _finding(diagnostic: Diagnostic) -> str:
    return (
        f'<span class="finding {html.escape(diagnostic.severity)}">'
        f"<b>{html.escape(diagnostic.code)}</b> "
        f"{html.escape(diagnostic.message)}</span>"
    )


def _element(element: etree._Element, page: _Page) -> None:
    """Write ``element`` and what it holds."""
    name = local_name(element)
    if not name or name in _SKIPPED:
        # a comment, a processing instruction, metadata: not shown, but
        # the text that follows it is
        page.parts.append(html.escape(element.tail or ""))
        return
    if name == "authorialNote":
        _note(element, page)
        page.parts.append(html.escape(element.tail or ""))
        return
    if name == "noteRef":  # a note's marker printed again
        target = html.escape(element.get("href", "").removeprefix(
            "#authorialNote_"))
        page.parts.append(
            f'<sup><a href="#fn-{target}">'
            f"{html.escape(element.get('marker', ''))}</a></sup>"
            f"{html.escape(element.tail or '')}"
        )
        return
    tag, attributes = _tag(element, name, page.ids.get(element))
    page.parts.append(f"<{tag}{attributes}>")
    if name == "paragraph" and (eid := element.get("eId")):
        page.parts.append(
            f'<a class="anchor" href="#{html.escape(eid)}" '
            f'aria-label="link to this paragraph">\u00b6</a>')
    if tag == "br":
        page.parts.append(html.escape(element.tail or ""))
        return
    page.parts.append(html.escape(element.text or ""))
    for child in element:
        _element(child, page)
    if name in _NOTED:
        _notes(page)  # under the paragraph whose text marks them
    page.parts.append(f"</{tag}>")
    eid = element.get("eId")
    if eid in page.findings:
        page.parts.extend(_finding(d) for d in page.findings.pop(eid))
    if name in _INLINE or tag in {"p", "td", "th"}:
        page.parts.append(html.escape(element.tail or ""))


def _tag(
    element: etree._Element, name: str, given: str | None = None
) -> tuple[str, str]:
    """The HTML tag and attributes for an AKN element.

    ``given``: the id of a target of the contents without an eId.
    """
    classes = [name]
    attributes = ""
    if name in {"a", "ref"}:
        href = element.get("href", "")
        if href.startswith(("http:", "https:")):
            attributes = f' href="{html.escape(href)}"'
            return "a", f' class="{name}"{attributes}'
    if name == "span":
        style = element.get("class", "")
        if "italic" in style:
            return "em", ""
        if "bold" in style:
            return "strong", ""
    tag = _TAGS.get(name) or ("span" if name in _INLINE else "div")
    if (eid := element.get("eId") or given) is not None:
        attributes = f' id="{html.escape(eid)}"'
    if (named := element.get("name")) and tag == "div":
        attributes += f' data-name="{html.escape(named)}"'
    if tag in {"h3", "h4", "p", "br", "table", "tr", "td", "th"}:
        return tag, attributes
    return tag, f' class="{" ".join(classes)}"{attributes}'


def _note(element: etree._Element, page: _Page) -> None:
    """A marker linking to its note; the note's body kept for the end."""
    marker = element.get("marker", "")
    note_id = html.escape(element.get("eId") or f"note{len(page.notes) + 1}")
    note_id = note_id.removeprefix("authorialNote_")
    page.parts.append(
        f'<sup><a href="#fn-{note_id}" id="fnref-{note_id}">'
        f"{html.escape(marker)}</a></sup>"
    )
    body = _Page(findings=page.findings)
    for child in element:
        if local_name(child) == "p":
            body.parts.append(html.escape(child.text or ""))
            for inner in child:
                _element(inner, body)
        else:
            _element(child, body)
    eid = element.get("eId")
    if eid in page.findings:
        body.parts.extend(_finding(d) for d in page.findings.pop(eid))
    page.notes.append((marker, note_id, "".join(body.parts)))
