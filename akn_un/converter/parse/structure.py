"""The body's hierarchy: flat blocks nested into sections, lists, points.

Segmentation reads the body as a flat run of blocks: headings, numbered
and unnumbered paragraphs, points, wrap-ups, preamble-style paragraphs,
tables.  Here they are nested as printed: a heading opens a section that
runs to the next heading of its level or above (roman numbers above
letters; an unnumbered heading is a level below the numbered one it
follows, or a sibling of the unnumbered heading before it); points belong
to the paragraph (or point) before them; a wrap-up closes their list.
"""

from __future__ import annotations

from akn_un.converter.parse.ir import Kind, Node, NodeKind, Paragraph

# The node a block of each other kind makes.
_NODE_KINDS = {
    Kind.OPERATIVE: NodeKind.PARAGRAPH,
    Kind.POINT_TEXT: NodeKind.PARAGRAPH,
    Kind.PREAMBULAR: NodeKind.PREAMBULAR,
    Kind.TABLE: NodeKind.TABLE,
}


class _Nester:
    def __init__(self) -> None:
        self.root = Node(NodeKind.ROOT)
        self.sections = [self.root]
        self.points: list[Node] = []
        self.paragraph: Node | None = None

    def add(self, item: Paragraph) -> None:
        if item.kind is Kind.HEADING:
            self._heading(item)
        elif item.kind is Kind.POINT:
            self._point(item)
        elif item.kind is Kind.WRAP_UP:
            self._wrap_up(item)
        elif item.kind is Kind.POINT_TEXT and self.points:
            _keep(self.points[-1], [item])
        else:
            kind = _NODE_KINDS[item.kind]
            node = Node(kind, item)
            self.sections[-1].children.append(node)
            self.paragraph = node if kind is NodeKind.PARAGRAPH else None
            self.points = []

    def _heading(self, item: Paragraph) -> None:
        top = self.sections[-1]
        if item.number is None and top.bare:
            top.title = item
            return
        level = item.level if item.number is not None else self._level()
        while len(self.sections) > 1 and self.sections[-1].level >= level:
            self.sections.pop()
        node = Node(NodeKind.SECTION, item, level)
        self.sections[-1].children.append(node)
        self.sections.append(node)
        self.paragraph = None
        self.points = []

    def _level(self) -> int:
        """An unnumbered heading's level (see the module docstring)."""
        opened = self.sections[1:]
        for section in reversed(opened):
            if section.item is not None and section.item.number is None:
                return section.level
        return opened[-1].level + 1 if opened else 1

    def _point(self, item: Paragraph) -> None:
        while self.points and self.points[-1].level >= item.level:
            self.points.pop()
        parent = self.points[-1] if self.points else self.paragraph
        if parent is None:
            parent = Node(NodeKind.PARAGRAPH)
            self.sections[-1].children.append(parent)
            self.paragraph = parent
        for held in [self.paragraph, *self.points]:
            if held is not None and held.wrap_up and held.children:
                # a wrap-up that more points follow: text of the point
                # before it, where it stands
                _keep(held.children[-1], held.wrap_up)
                held.wrap_up = []
        node = Node(NodeKind.POINT, item, item.level)
        parent.children.append(node)
        self.points.append(node)

    def _wrap_up(self, item: Paragraph) -> None:
        if not self.points:
            self.add(Paragraph(Kind.OPERATIVE, None, item.offset, item.texts))
            return
        innermost = self.points[-1]
        parent = self.points[-2] if len(self.points) > 1 else self.paragraph
        holder = parent if parent is not None else innermost
        holder.wrap_up.append(item)


def _keep(point: Node, blocks: list[Paragraph]) -> None:
    """Blocks that follow ``point``'s text, kept in their place.

    Before the point's own points, they belong to its intro; after them,
    to its end.
    """
    (point.more if point.children else point.lead).extend(blocks)


def nest(items: list[Paragraph]) -> Node:
    """The blocks of a body, nested; the root holds the top level."""
    nester = _Nester()
    for item in items:
        nester.add(item)
    return nester.root
