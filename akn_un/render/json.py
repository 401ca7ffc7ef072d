"""A resolution as JSON, for systems that do not speak XML.

:func:`to_json` reads any AKN resolution (the converter's or the UN's) into
plain data described by ``akn_un/schemas/resolution.schema.json``:
metadata, masthead, title, and per resolution (one, or each of those issued
together) the formula, preambular paragraphs with their lead phrases, the
operative part as nested blocks (paragraphs with points, sections,
preamble-style paragraphs, tables), the closing lines and the annexes;
then every footnote with its anchor and every citation with its target.
Texts are plain (no mark-up), footnotes left out of the text they stand in.
"""

from __future__ import annotations

import os
import re
from typing import Any

from lxml import etree

from akn_un.core.document import (
    AKN_NS,
    NOTE,
    akn_root,
    frbr_language,
    lead_span,
    local_name,
    text_without_notes,
)
from akn_un.grammar.languages import BOLD_LEADS

__all__ = ["FORMAT_VERSION", "to_json"]

FORMAT_VERSION = 1
JSON = dict[str, Any]
_SPACE_RE = re.compile(r"\s+")
_HIERARCHY = frozenset({
    "section", "subsection", "division", "subdivision", "part", "subpart",
    "chapter", "subchapter", "title", "subtitle", "hcontainer", "article",
    "clause", "subclause", "book", "tome", "rule", "subrule", "level",
})  # fmt: skip
_POINTS = frozenset({"point", "item", "paragraph", "subparagraph"})

# Elements with eIds of their own that are parts of a block, not blocks.
_PARTS_OF_BLOCKS = frozenset({"content", "intro", "wrapUp", "list"})
_EOL = "\u2028"  # where an <eol/> stood, while spaces are folded


def _fold(text: str) -> str:
    return _SPACE_RE.sub(" ", text).strip()


def text_of(element: etree._Element, eol: str = " ") -> str:
    """The plain text of ``element``, its footnotes left out.

    An ``<eol/>`` is ``eol``; spaces are folded (not line breaks).
    """
    text = text_without_notes(element, eol=_EOL)
    return "\n".join(_fold(line) for line in text.split(_EOL)).replace(
        "\n", eol
    )


def _child(element: etree._Element, name: str) -> etree._Element | None:
    return element.find(f"{{{AKN_NS}}}{name}")


def _children(element: etree._Element, name: str) -> list[etree._Element]:
    return element.findall(f"{{{AKN_NS}}}{name}")


def _lead(p: etree._Element | None) -> str | None:
    """The lead phrase a ``<p>`` opens with, if it opens with one.

    Italic; bold in a language whose files set lead phrases so (Chinese).
    """
    if p is None:
        return None
    bold = frbr_language(p.getroottree().getroot()) in BOLD_LEADS
    return lead_span(p, "bold" if bold else "italic").rstrip(",;:") or None


def _block(element: etree._Element) -> JSON:
    """The id, text and lead phrase of a block holding ``<p>``s."""
    ps = [p for p in element.iter(f"{{{AKN_NS}}}p")
          if not any(a.tag == NOTE for a in p.iterancestors())]
    block: JSON = {"text": " ".join(t for p in ps if (t := text_of(p)))}
    lead = _lead(ps[0] if ps else None)
    if lead:
        block["lead"] = lead
    return block


def _with_id(element: etree._Element, data: JSON) -> JSON:
    eid = element.get("eId")
    return {"id": eid, **data} if eid else data


def _num(element: etree._Element) -> str | None:
    num = _child(element, "num")
    return _fold("".join(num.itertext())) or None if num is not None else None


def _hierarchy(element: etree._Element) -> JSON:
    """A paragraph, point, section, table… of the body, nested."""
    name = local_name(element)
    data: JSON = {"type": name}
    if (number := _num(element)) is not None:
        data["number"] = number
    if name == "hcontainer" and element.get("name") == "table":
        data["type"] = "table"
        data["rows"] = _rows(element)
        return _with_id(element, data)
    if name in {"container", "crossHeading"}:
        data["type"] = "preambular"
        data.update(_block(element) if name == "container" else {
            "text": text_of(element), **({"lead": lead} if (
                lead := _lead(element)) else {})})
        return _with_id(element, data)
    for tag in ("heading", "subheading"):
        if (heading := _child(element, tag)) is not None:
            data[tag] = text_of(heading)
    content = _child(element, "content")
    if content is not None:
        data.update(_block(content))
    items = _child(element, "list")
    holder = items if items is not None else element
    intro = _child(holder, "intro")
    if intro is not None:
        data.update(_block(intro))
    children = [
        _hierarchy(child) for child in holder
        if local_name(child) in _POINTS | _HIERARCHY | {"crossHeading",
                                                        "container"}
    ]
    if children:
        data["children"] = children
    wrap_up = _child(holder, "wrapUp")
    if wrap_up is not None:
        data["wrapUp"] = _block(wrap_up)["text"]
    return _with_id(element, data)


def _rows(element: etree._Element) -> list[list[str]]:
    return [
        [text_of(cell) for cell in row if local_name(cell) in {"td", "th"}]
        for row in element.iter(f"{{{AKN_NS}}}tr")
    ]


def _body(main: etree._Element | None) -> list[JSON]:
    if main is None:
        return []
    return [
        _hierarchy(child) for child in main
        if local_name(child) in _POINTS | _HIERARCHY | {"container"}
        or (local_name(child) == "p" and text_of(child))
    ]


def _lines(element: etree._Element | None) -> list[str]:
    """The lines of a cover page or conclusions, ``<eol/>`` breaking them."""
    if element is None:
        return []
    return [
        line
        for p in _children(element, "p")
        for line in text_of(p, eol="\n").split("\n")
        if line
    ]


def _title(preface: etree._Element | None) -> list[JSON]:
    titles = []
    for p in _children(preface, "p") if preface is not None else []:
        number = _child(p, "docNumber")
        title = _child(p, "docTitle")
        entry: JSON = {}
        if number is not None:
            entry["number"] = _fold("".join(number.itertext())).rstrip(".")
        if title is not None:
            entry["text"] = text_of(title)
        if entry:
            titles.append(entry)
    return titles


def _part(statement: etree._Element) -> JSON:
    preamble = _child(statement, "preamble")
    formula = (
        _child(preamble, "formula") if preamble is not None else None
    )
    part: JSON = {
        "titles": _title(_child(statement, "preface")),
        "formula": text_of(formula) if formula is not None else None,
        "preamble": [
            _with_id(c, _block(c))
            for c in (_children(preamble, "container")
                      if preamble is not None else [])
        ],
        "body": _body(_child(statement, "mainBody")),
        "closing": _lines(_child(statement, "conclusions")),
        "annexes": [],
    }
    attachments = _child(statement, "attachments")
    for attachment in (
        _children(attachments, "attachment") if attachments is not None
        else []
    ):
        for doc in attachment:
            if local_name(doc) in {"doc", "statement"}:
                titles = _title(_child(doc, "preface"))
                part["annexes"].append(_with_id(attachment, {
                    "heading": titles[0].get("number", "") if titles else "",
                    "title": next(
                        (t["text"] for t in titles if "text" in t), None),
                    "body": _body(_child(doc, "mainBody")),
                }))
    return part


def _metadata(top: etree._Element) -> JSON:
    identification = top.find(f"{{{AKN_NS}}}meta/{{{AKN_NS}}}identification")
    values: dict[str, str | None] = {}
    for level, key in (("FRBRWork", "work"), ("FRBRExpression",
                                                "expression")):
        uri = identification.find(
            f"{{{AKN_NS}}}{level}/{{{AKN_NS}}}FRBRuri"
        ) if identification is not None else None
        values[key] = uri.get("value") if uri is not None else None
    dates = {
        date.get("name", ""): date.get("date")
        for date in (identification.iter(f"{{{AKN_NS}}}FRBRdate")
                     if identification is not None else [])
    }
    language = top.find(f".//{{{AKN_NS}}}FRBRlanguage")
    symbol = top.find(f"{{{AKN_NS}}}coverPage//{{{AKN_NS}}}docNumber")
    work = values["work"] or ""
    steps = work.strip("/").split("/")
    return {
        "kind": top.get("name", ""),
        "work": values["work"],
        "expression": values["expression"],
        "actor": steps[4] if len(steps) > 6 else None,
        "number": steps[6] if len(steps) > 6 else None,
        "symbol": _fold("".join(symbol.itertext())) if symbol is not None
        else None,
        "adopted": dates.get("adoption"),
        "issued": dates.get("publication"),
        "sponsors": _sponsors(top),
        "language": language.get("language") if language is not None
        else None,
    }


def _sponsors(top: etree._Element) -> str | None:
    """Who proposes a draft: its workflow step's ``by``, as the UN's files."""
    for step in top.iterfind(f"{{{AKN_NS}}}meta/{{{AKN_NS}}}workflow/"
                             f"{{{AKN_NS}}}step"):
        if step.get("outcome") == "draftResolution" and step.get("by"):
            return step.get("by")
    return None


def _holder(element: etree._Element) -> etree._Element | None:
    """The paragraph, point, container… ``element`` stands in."""
    return next(
        (
            a for a in element.iterancestors()
            if a.get("eId") and local_name(a) not in _PARTS_OF_BLOCKS
        ),
        None,
    )


def _footnotes(root: etree._Element) -> list[JSON]:
    notes = []
    for note in root.iter(NOTE):
        holder = _holder(note)
        parent = note.getparent()
        before = ""
        if parent is not None:
            parts: list[str] = [parent.text or ""]
            for sibling in parent:
                if sibling is note:
                    break
                if sibling.tag != NOTE:
                    parts.append(text_without_notes(sibling, eol=" "))
                parts.append(sibling.tail or "")
            before = _fold("".join(parts))
        notes.append({
            "marker": note.get("marker", ""),
            "id": note.get("eId"),
            "text": " ".join(text_of(p) for p in _children(note, "p"))
            or text_of(note),
            "anchor": {
                "in": holder.get("eId") if holder is not None else None,
                "after": " ".join(before.split()[-5:]),
            },
        })
    return notes


def _citations(root: etree._Element) -> list[JSON]:
    found = []
    for link in root.iter(f"{{{AKN_NS}}}ref", f"{{{AKN_NS}}}a"):
        if any(a.tag == f"{{{AKN_NS}}}meta" for a in link.iterancestors()):
            continue
        holder = _holder(link)
        found.append({
            "text": _fold("".join(link.itertext())),
            "target": link.get("href", ""),
            "in": holder.get("eId") if holder is not None else None,
        })
    return found


def to_json(
    document: etree._ElementTree | etree._Element | os.PathLike[str],
) -> JSON:
    """The resolution as plain data (see the module docstring).

    >>> from akn_un import convert
    >>> data = to_json(convert('''75/1. A title
    ...
    ... The General Assembly,
    ...
    ... 1. *Decides* to act.¹
    ...
    ... ¹ A/75/1.''', adoption_date=__import__("datetime").date(2020, 9, 30)
    ... ).tree)
    >>> data["parts"][0]["body"][0]["lead"], data["footnotes"][0]["text"]
    ('Decides', 'A/75/1.')
    """
    root = akn_root(document)
    top = next((e for e in root if isinstance(e.tag, str)), root)
    components = [
        statement
        for component in root.iterfind(
            f"{{{AKN_NS}}}components/{{{AKN_NS}}}component"
        )
        for statement in component
    ]
    statements = components or [top]
    return {
        "version": FORMAT_VERSION,
        "metadata": _metadata(top),
        "masthead": _lines(_child(top, "coverPage")),
        "titles": _title(_child(top, "preface")) if components else [],
        "parts": [_part(statement) for statement in statements],
        "footnotes": _footnotes(root),
        "citations": _citations(root),
    }
