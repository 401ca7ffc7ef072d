"""Preface, preamble, operative part and annex bodies, written as AKN.

:class:`BodyWriter` writes the blocks read and nested by the parser:
sections with ``num``/``heading``, paragraphs with ``content`` or
``list``/``intro``/``point``/``wrapUp``, preamble-style paragraphs in the
body (``container``, or ``crossHeading`` in a section),
tables.  eIds follow the AKN4UN guideline: ``para_7``,
``sec_I__para_1``, ``para_2__list_1__point_a``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TypeVar

from akn_un.converter.parse.ir import (
    FormulaLine,
    Kind,
    Node,
    NodeKind,
    Paragraph,
    Read,
    Rows,
    Text,
)
from akn_un.converter.write.akn import Out
from akn_un.converter.write.flow import Flow
from akn_un.converter.write.references import References

_Found = TypeVar("_Found", Read, Rows)
_SECTION_TAGS = {1: "section", 2: "subsection"}
_ABBREVIATIONS = {
    "section": "sec", "subsection": "subsec", "division": "dvs",
    "paragraph": "para", "point": "point", "container": "container",
    "crossHeading": "crossHeading", "hcontainer": "table",
}  # fmt: skip


def write_title(  # noqa: PLR0913 - the parts of a title line
    out: Out,
    title: Text,
    number: str,
    refs: References,
    flow: Flow,
    *,
    period: bool = True,
) -> None:
    """Write a title line of the preface.

    ``75/196. Title`` (or a part's ``A`` and its title), as a ``<p>`` with
    ``<docNumber>`` and ``<docTitle>``.
    """
    out.open("p")
    out.element("docNumber", f"{number}." if period else number)
    if title.inline.text or title.inline.markers:
        out.text(" " if title.inline.text else "")
        out.open("docTitle", refersTo=refs.ref("resolutionTitle"))
        flow.write(out, title)
        out.close("docTitle")
    out.close("p")


def write_formula(out: Out, formula: FormulaLine) -> None:
    """The enacting formula, "The {organ}" set as printed (in italics)."""
    out.open("formula", name="enactingFormula", eId="formula_1")
    out.open("p")
    if formula.phrase is not None:
        out.element("span", formula.phrase, class_=formula.style)
        out.text(formula.text.removeprefix(formula.phrase))
    else:
        out.text(formula.text)
    out.close("p")
    out.close("formula")


def _parsed(found: _Found | None, item: Paragraph) -> _Found:
    """What parsing ``item`` found (its reading, a table's cells).

    Raises:
        ValueError: it found nothing: the block was not read, a fault of
            the parser's.

    """
    if found is None:
        raise ValueError(f"the block at {item.offset} was not read")
    return found


@dataclass(slots=True)
class BodyWriter:
    """Writes blocks that were read; owns the eIds handed out."""

    out: Out
    flow: Flow
    refs: References
    used: set[str] = field(default_factory=set)
    counters: dict[str, int] = field(default_factory=dict)

    def eid(self, wanted: str) -> str:
        """``wanted``, or ``wanted_2``… when it is taken."""
        eid, copy = wanted, 1
        while eid in self.used:
            copy += 1
            eid = f"{wanted}_{copy}"
        self.used.add(eid)
        return eid

    def _count(self, key: str) -> int:
        self.counters[key] = self.counters.get(key, 0) + 1
        return self.counters[key]

    def _position(self, eid: str, item: Paragraph | None) -> None:
        if item is not None:
            self.flow.positions[eid] = item.offset

    def ps(self, item: Paragraph) -> None:
        """The ``<p>`` of a block; its unmarked notes end the last one."""
        texts = _parsed(item.read, item).texts
        notes = item.notes
        for index, text in enumerate(texts, start=1):
            self.out.open("p")
            self.flow.write(self.out, text)
            if index == len(texts):
                for body in notes:
                    self.flow.note(self.out, body.number, body)
            self.out.close("p")
        if not texts and notes:
            self.out.open("p")
            for body in notes:
                self.flow.note(self.out, body.number, body)
            self.out.close("p")

    def inline(self, item: Paragraph) -> None:
        """A block's content as one inline run (headings, crossHeadings)."""
        for index, text in enumerate(_parsed(item.read, item).texts):
            if index:
                self.out.text(" ")
            self.flow.write(self.out, text)
        for body in item.notes:
            self.flow.note(self.out, body.number, body)

    # The preamble ---------------------------------------------------------

    def preamble(self, items: list[Paragraph]) -> None:
        """Containers named by their lead phrase; points as a blockList."""
        index = 1
        position = 0
        while position < len(items):
            item = items[position]
            points = []
            position += 1
            while position < len(items) and items[position].kind is Kind.POINT:
                points.append(items[position])
                position += 1
            index += 1
            eid = self.eid(f"container_{index - 1}")
            self._position(eid, item)
            if item.kind is Kind.TABLE:
                name = "table"
            elif item.kind is Kind.HEADING:
                name = "heading"
            else:
                name = _parsed(item.read, item).lead or "preambularParagraph"
            self.out.open("container", eId=eid, name=name)
            if item.kind is Kind.TABLE:
                self.table(item)
            elif item.kind is Kind.POINT:
                points.insert(0, item)
            elif item.kind is Kind.HEADING and not item.texts:
                self.out.element("p", item.number or "")
            else:
                self.ps(item)
            if points:
                self._block_list(eid, points)
            self.out.close("container")

    def _block_list(self, eid: str, points: list[Paragraph]) -> None:
        self.out.open("blockList", eId=f"{eid}__blockList_1")
        for point in points:
            item_eid = self.eid(f"{eid}__blockList_1__item_{_bare(point)}")
            self._position(item_eid, point)
            self.out.open("item", eId=item_eid)
            self.out.element("num", point.number or "")
            self.ps(point)
            self.out.close("item")
        self.out.close("blockList")

    # The body ---------------------------------------------------------

    def body(self, root: Node, prefix: str = "") -> None:
        """The children of ``root`` (mainBody, an annex's body)."""
        for node in root.children:
            self.node(node, prefix, top=True)
        if not root.children:
            self.out.element("p")

    def node(self, node: Node, prefix: str, *, top: bool) -> None:
        """Write one nested block (``top``: a child of the body itself)."""
        item = node.item
        if node.kind is NodeKind.PARAGRAPH or item is None:
            self._paragraph(node, prefix)
        elif node.kind is NodeKind.SECTION:
            self._section(node, item, prefix)
        elif node.kind is NodeKind.PREAMBULAR and top:
            self._container(item, prefix)
        elif node.kind is NodeKind.PREAMBULAR:
            self._cross_heading(item, prefix)
        else:
            self._table_node(item, prefix)

    def _section(self, node: Node, item: Paragraph, prefix: str) -> None:
        tag = _SECTION_TAGS.get(node.level, "division")
        number = (item.number or "").rstrip(".")
        key = number or str(self._count(f"{prefix}{tag}"))
        eid = self.eid(f"{prefix}{_ABBREVIATIONS[tag]}_{key}")
        self._position(eid, item)
        self.out.open(tag, eId=eid)
        if item.number:
            self.out.element("num", item.number)
        heading = item if item.texts else node.title
        if heading is not None:
            self.out.open("heading")
            self.inline(heading)
            self.out.close("heading")
        for child in node.children:
            self.node(child, f"{eid}__", top=False)
        self.out.close(tag)

    def _paragraph(self, node: Node, prefix: str) -> None:
        item = node.item
        num = None
        if item is not None and item.number is not None:
            key = item.number
            num = f"{item.number}{item.mark}"
        else:
            key = f"u{self._count(f'{prefix}unnumbered')}"
        eid = self.eid(f"{prefix}para_{key}")
        self._position(eid, item)
        self.out.open("paragraph", eId=eid)
        if num is not None:
            self.out.element("num", num)
        self._content_or_list(node, eid)
        self.out.close("paragraph")

    def _content_or_list(self, node: Node, eid: str) -> None:
        item = node.item
        if not node.children:
            self.out.open("content", eId=f"{eid}__content")
            for block in [item, *node.lead, *node.more]:
                if block is not None:
                    self.ps(block)
            self.out.close("content")
            return
        list_eid = self.eid(f"{eid}__list_1")
        self.out.open("list", eId=list_eid)
        intro = [b for b in [item, *node.lead] if b is not None and b.texts]
        if intro:
            self.out.open("intro", eId=f"{list_eid}__intro")
            for block in intro:
                self.ps(block)
            self.out.close("intro")
        for child in node.children:
            if child.item is not None:
                self._point(child, child.item, list_eid)
        if node.wrap_up or node.more:
            self.out.open("wrapUp", eId=f"{list_eid}__wrapUp")
            for wrap_up in [*node.more, *node.wrap_up]:
                self.ps(wrap_up)
            self.out.close("wrapUp")
        self.out.close("list")

    def _point(self, node: Node, item: Paragraph, list_eid: str) -> None:
        key = _bare(item)
        if not key.isalnum():  # a bullet
            key = str(self._count(f"{list_eid} bullets"))
        eid = self.eid(f"{list_eid}__point_{key}")
        self._position(eid, item)
        self.out.open("point", eId=eid)
        self.out.element("num", item.number or "")
        self._content_or_list(node, eid)
        self.out.close("point")

    def _container(self, item: Paragraph, prefix: str) -> None:
        eid = self.eid(f"{prefix}container_{self._count('body container')}")
        self._position(eid, item)
        name = _parsed(item.read, item).lead or "preambularParagraph"
        self.out.open("container", eId=eid, name=name)
        self.ps(item)
        self.out.close("container")

    def _cross_heading(self, item: Paragraph, prefix: str) -> None:
        eid = self.eid(f"{prefix}crossHeading_{self._count(prefix + 'ch')}")
        self._position(eid, item)
        self.out.open(
            "crossHeading",
            eId=eid,
            refersTo=self.refs.concept("preamble", "Preamble"),
        )
        self.inline(item)
        self.out.close("crossHeading")

    def _table_node(self, item: Paragraph, prefix: str) -> None:
        eid = self.eid(f"{prefix}table_{self._count(prefix + 'table')}")
        self._position(eid, item)
        self.out.open("hcontainer", eId=eid, name="table")
        self.out.open("content", eId=f"{eid}__content")
        self.table(item)
        self.out.close("content")
        self.out.close("hcontainer")

    def table(self, item: Paragraph) -> None:
        """The table's rows as ``<table>``; header rows' cells as ``<th>``."""
        rows = _parsed(item.rows, item)
        self.out.open("table")
        for index, cells in enumerate(rows.cells):
            self.out.open("tr")
            tag = "th" if index in rows.headers else "td"
            for cell in cells:
                self.out.open(tag)
                self.out.open("p")
                self.flow.write(self.out, cell)
                self.out.close("p")
                self.out.close(tag)
            self.out.close("tr")
        self.out.close("table")
        for body in item.notes:
            self.out.open("p")
            self.flow.note(self.out, body.number, body)
            self.out.close("p")


def _bare(point: Paragraph) -> str:
    return (point.number or "").strip("()")
