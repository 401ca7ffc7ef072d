"""An AKN resolution written back out as text, in the form of the seed.

The text is what a person, or a PDF extraction, would produce: masthead
lines, ``75/196. Title``, the enacting formula, paragraphs as blocks
separated by blank lines, ``*italic*`` lead phrases, ``[x](#)`` links
(the address kept for pages other than UN documents),
superscript footnote markers and footnote bodies (``¹ Text``) where the
page ends.  Nothing private to akn-un: the converter reads it back because
it reads what the PDF gives, not because the two agree on a format.

Pages are simulated: with ``page_words``, a page ends after that many
words, in the middle of a paragraph if need be (leaving a line of it on
either side, never inside a table), and the bodies of the footnotes
marked on it follow there, as on paper.  Without it, each paragraph's
footnote bodies follow that paragraph.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator

from lxml import etree

from akn_un.core.document import akn_root, local_name
from akn_un.render.inline import (
    SKIPPED,
    Block,
    Note,
    escape,
    fold,
    inline_block,
)

__all__ = ["Block", "Note", "blocks", "render_text"]

# Elements made of blocks; any other element is a block of inline content.
_STRUCTURE = {
    "akomaNtoso", "statement", "doc", "documentCollection", "components",
    "component", "collectionBody", "coverPage", "preface", "preamble",
    "mainBody", "conclusions", "attachments", "attachment", "formula",
    "container", "paragraph", "subparagraph", "point", "list", "sublist",
    "intro", "wrapUp", "content", "section", "subsection", "part",
    "chapter", "article", "hcontainer", "blockList", "item",
    "listIntroduction", "listWrapUp", "tblock", "blockContainer",
    "division", "subdivision", "subpart", "subchapter", "clause",
    "subclause", "book", "tome", "title", "subtitle", "rule", "subrule",
    "indent", "alinea", "proviso", "level", "transitional",
}  # fmt: skip
# A page break leaves at least a line of a paragraph on either side.
_LINE_WORDS = 10
# Numbers printed on the line of what they number ("1.", "(a)", bullets,
# Arabic "1 -" and "’1‘"); others ("I", "A") stand on a line of their own.
_SAME_LINE = (".", ")", "•", "▪", "◦", "●", "-", "\u2013", "\u2018")


def render_text(
    document: etree._ElementTree | etree._Element | os.PathLike[str],
    *,
    page_words: int | None = None,
) -> str:
    """The resolution as text, in the form the converter reads.

    Args:
        document: a parsed AKN resolution (statement or collection), or
            the path of one.
        page_words: end a page after this many words and put the bodies
            of its footnotes there; ``None`` puts each paragraph's bodies
            after the paragraph.

    Raises:
        TypeError: ``document`` is not a parsed tree or a path.
        AknUnError: the path cannot be read or parsed.

    >>> from lxml import etree
    >>> xml = (
    ...     '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/'
    ...     'akn/3.0"><statement name="resolution"><mainBody><paragraph>'
    ...     '<num>1.</num><content><p><span class="italic">Decides</span> to'
    ...     ' act;<authorialNote marker="1"><p>A/75/1.</p></authorialNote>'
    ...     '</p></content></paragraph></mainBody></statement></akomaNtoso>')
    >>> print(render_text(etree.fromstring(xml)), end="")
    1. *Decides* to act;¹
    <BLANKLINE>
    ¹ A/75/1.

    """
    root = akn_root(document)
    return "".join(_paginate(blocks(root), page_words)).rstrip() + "\n"


def blocks(element: etree._Element) -> list[Block]:
    """The blocks ``element`` is printed as, in document order."""
    return list(_blocks(element))


def _paginate(
    printed: list[Block], page_words: int | None
) -> Iterator[str]:
    """The blocks as text, footnote bodies at page ends."""
    pending: list[Note] = []
    words = 0
    for block in printed:
        current: list[str] = []
        in_block = 0
        left = len(block.text.split())
        for part in block.parts:
            if isinstance(part, Note):
                current.append(part.marker)
                pending.append(part)
                continue
            if page_words is None or block.table:
                current.append(part)
                continue
            for piece in re.split(r"( +)", part):
                if (
                    piece.startswith(" ")
                    and words >= page_words
                    and min(in_block, left - in_block) >= _LINE_WORDS
                ):
                    yield _finish(current)
                    yield from _bodies(pending)
                    pending, current, words = [], [], 0
                    continue
                current.append(piece)
                if piece and not piece.startswith(" "):
                    words += 1
                    in_block += 1
        yield _finish(current)
        if page_words is None:
            yield from _bodies(pending)
            pending = []
    yield from _bodies(pending)


def _finish(parts: list[str]) -> str:
    return "".join(parts).strip(" ") + "\n\n"


def _bodies(notes: list[Note]) -> Iterator[str]:
    for note in notes:
        yield f"{note.marker} {note.markup}\n\n"


def _blocks(element: etree._Element) -> Iterator[Block]:
    """The blocks of ``element``, in document order."""
    name = local_name(element)
    if name in SKIPPED or not name:
        return
    if name == "table":
        yield _table(element)
        return
    children = list(_children(element))
    if name == "attachment" and not (
        children
        and isinstance(children[0], Block)
        and children[0].text.startswith("Annex")
    ):
        yield Block(["Annex"], ["Annex"])
    number = None
    for child in children:
        if isinstance(child, str):
            number = child
            continue
        if number is not None:
            child.prefix(number)
            number = None
        yield child
    if number is not None:
        yield Block([escape(number)], [number])


def _children(element: etree._Element) -> Iterator[Block | str]:
    """Blocks of the children; a same-line number as a string before."""
    for child in element:
        name = local_name(child)
        if not name or name in SKIPPED:
            continue
        if name == "num":
            number = fold("".join(child.itertext())).strip()
            if number.endswith(_SAME_LINE):
                yield number
            elif number:
                yield Block([escape(number)], [number])
        elif name in _STRUCTURE or name == "table":
            yield from _blocks(child)
        elif name == "p" and _split_number(child):
            yield from _split_number(child)
        else:
            block = inline_block(child)
            if block.text:
                yield block


def _split_number(p: etree._Element) -> list[Block]:
    """A component's "A" before its title stands on a line of its own."""
    first = p[0] if len(p) else None
    if (
        first is None
        or local_name(first) != "docNumber"
        or (p.text or "").strip()
    ):
        return []
    number = fold("".join(first.itertext())).strip()
    if number.endswith(_SAME_LINE):
        return []
    rest = inline_block(p, skip=first)
    return [Block([escape(number)], [number]), rest] if rest.text else []


def _table(table: etree._Element) -> Block:
    """A table as Markdown rows, the header row underlined.

    A page never breaks inside it (the rows would no longer read as rows).
    """
    block = Block(table=True)
    for index, row in enumerate(table.iter("{*}tr")):
        cells = [c for c in row if local_name(c) in {"td", "th"}]
        if index:
            block.parts.append("\n")
            block.plain.append(" ")
        block.parts.append("|")
        for cell in cells:
            content = inline_block(cell)
            block.parts.append(" ")
            block.parts.extend(
                p.replace("|", "\\|") if isinstance(p, str) else p
                for p in content.parts
            )
            block.parts.append(" |")
            block.plain.extend((content.text, " "))
            block.notes.extend(content.notes)
        if index == 0 and any(local_name(c) == "th" for c in cells):
            block.parts.append("\n|" + " --- |" * len(cells))
    return block


