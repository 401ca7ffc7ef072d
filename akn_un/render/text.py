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

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree

from akn_un.core.document import local_name

__all__ = ["Block", "Note", "blocks", "render_text"]

_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_SPACE_RE = re.compile(r"[ \t\r\n]+")
_EOL = "\u2028"  # an <eol/>, a line break inside a block
_EOL_RE = re.compile(f" ?{_EOL} ?")
_SPECIAL_RE = re.compile(r"([\\*])")
_LINK_LIKE_RE = re.compile(r"\[[^\]]*\]\(")
_UN_DOCUMENT_RE = re.compile(r"https?://(?:undocs\.org|docs\.un\.org)/")
_SKIPPED = {"meta", "img", "documentRef"}
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
# Numbers printed on the line of what they number ("1.", "(a)", bullets);
# others ("I", "A") stand on a line of their own.
_SAME_LINE = (".", ")", "•", "▪", "◦", "●")


@dataclass(frozen=True, slots=True)
class Note:
    """A footnote: its number and its body's plain text."""

    number: str
    text: str
    markup: str

    @property
    def marker(self) -> str:
        """The number in superscript digits, as printed."""
        return self.number.translate(_SUPERSCRIPT)


@dataclass(slots=True)
class Block:
    """A block of text, with mark-up (``parts``) and without (``plain``).

    ``lead`` is the italic phrase the block opens with; ``notes`` the
    footnotes marked in it, with the plain text before each marker.
    """

    parts: list[str | Note] = field(default_factory=list)
    plain: list[str] = field(default_factory=list)
    lead: str | None = None
    notes: list[tuple[Note, str]] = field(default_factory=list)
    table: bool = False

    @property
    def text(self) -> str:
        """The plain text, spaces folded."""
        return _fold("".join(self.plain)).strip()

    def prefix(self, number: str) -> None:
        """Print ``number`` at the start of the block."""
        self.parts.insert(0, f"{_escape(number)} ")
        self.plain.insert(0, f"{number} ")
        self.notes = [(n, f"{number} {b}") for n, b in self.notes]


def render_text(
    document: etree._ElementTree | etree._Element,
    *,
    page_words: int | None = None,
) -> str:
    """The resolution as text, in the form the converter reads.

    Args:
        document: a parsed AKN resolution (statement or collection).
        page_words: end a page after this many words and put the bodies
            of its footnotes there; ``None`` puts each paragraph's bodies
            after the paragraph.

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
    root = (
        document.getroot()
        if isinstance(document, etree._ElementTree)
        else document
    )
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
    if name in _SKIPPED or not name:
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
        yield Block([_escape(number)], [number])


def _children(element: etree._Element) -> Iterator[Block | str]:
    """Blocks of the children; a same-line number as a string before."""
    for child in element:
        name = local_name(child)
        if not name or name in _SKIPPED:
            continue
        if name == "num":
            number = _fold("".join(child.itertext())).strip()
            if number.endswith(_SAME_LINE):
                yield number
            elif number:
                yield Block([_escape(number)], [number])
        elif name in _STRUCTURE or name == "table":
            yield from _blocks(child)
        elif name == "p" and _split_number(child):
            yield from _split_number(child)
        else:
            block = _inline_block(child)
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
    number = _fold("".join(first.itertext())).strip()
    if number.endswith(_SAME_LINE):
        return []
    rest = _inline_block(p, skip=first)
    return [Block([_escape(number)], [number]), rest] if rest.text else []


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
            content = _inline_block(cell)
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


class _Reader:
    """Reads inline content into a :class:`Block`."""

    def __init__(self, block: Block, skip: etree._Element | None) -> None:
        self.block = block
        self.skip = skip
        self.italic = False

    def text(self, text: str | None) -> None:
        if text:
            self.block.parts.append(_escape(text))
            self.block.plain.append(text)

    def element(self, element: etree._Element) -> None:
        name = local_name(element)
        if element is self.skip:
            self.text(element.tail)
            return
        if name == "authorialNote":
            self._note(element)
        elif name == "noteRef":  # a note's marker printed again
            self.block.parts.append(
                element.get("marker", "").translate(_SUPERSCRIPT)
            )
        elif name == "span" and "italic" in element.get("class", ""):
            self._italic(element)
        elif name in {"a", "ref"}:
            self._wrap(element, "[", f"]({_target(element.get('href', ''))})")
        elif name == "eol":
            self.block.parts.append(_EOL)
            self.block.plain.append(" ")
        elif name and name not in _SKIPPED:  # not a comment or a PI
            self.text(element.text)
            for child in element:
                self.element(child)
            following = element.getnext()
            if name == "docNumber" and (
                following is None or local_name(following) != "authorialNote"
            ):
                self.text(" ")
        self.text(element.tail)

    def _note(self, element: etree._Element) -> None:
        body = _inline_block(element)
        note = Note(element.get("marker", "0"), body.text, _markup(body))
        before = "".join(self.block.plain)
        self.block.parts.append(note)
        self.block.notes.append((note, before))

    def _italic(self, element: etree._Element) -> None:
        if self.italic:
            self._contents(element)
            return
        self.italic = True
        opens_block = not "".join(self.block.plain).strip()
        start = len(self.block.plain)
        self._wrap(element, "*", "*")
        self.italic = False
        if opens_block and self.block.lead is None:
            self.block.lead = _fold("".join(self.block.plain[start:])).strip()

    def _wrap(self, element: etree._Element, opens: str, closes: str) -> None:
        inner = Block()
        reader = _Reader(inner, self.skip)
        reader.italic = self.italic
        reader._contents(element)
        markup = "".join(
            p if isinstance(p, str) else p.marker for p in inner.parts
        )
        stripped = markup.strip()
        if not stripped:
            self.block.parts.extend(inner.parts)
        else:
            head = markup[: len(markup) - len(markup.lstrip())]
            tail = markup[len(markup.rstrip()) :]
            self.block.parts.append(head + opens)
            self.block.parts.extend(_trimmed(inner.parts))
            self.block.parts.append(closes + tail)
        offset = "".join(self.block.plain)
        self.block.notes.extend((n, offset + b) for n, b in inner.notes)
        self.block.plain.extend(inner.plain)

    def _contents(self, element: etree._Element) -> None:
        self.text(element.text)
        for child in element:
            self.element(child)


def _trimmed(parts: list[str | Note]) -> list[str | Note]:
    """``parts`` without the spaces at either end."""
    result = list(parts)
    if result and isinstance(result[0], str):
        result[0] = result[0].lstrip()
    if result and isinstance(result[-1], str):
        result[-1] = result[-1].rstrip()
    return result


def _inline_block(
    element: etree._Element, skip: etree._Element | None = None
) -> Block:
    """The inline content of a block element, spaces folded."""
    block = Block()
    _Reader(block, skip)._contents(element)
    parts: list[str | Note] = []
    for part in block.parts:
        if isinstance(part, str) and parts and isinstance(parts[-1], str):
            parts[-1] += part
        else:
            parts.append(part)
    block.parts = _trimmed(
        [_EOL_RE.sub("\n", _fold(p)) if isinstance(p, str) else p
         for p in parts]
    )  # fmt: skip
    block.notes = [(n, _fold(before).lstrip()) for n, before in block.notes]
    return block


def _markup(block: Block) -> str:
    return "".join(p if isinstance(p, str) else p.marker for p in block.parts)


def _target(href: str) -> str:
    """A link's target as extracted text has it.

    ``#`` for a UN document (the PDF keeps only its symbol), the address
    for any other page.
    """
    if not href.startswith(("http:", "https:")) or _UN_DOCUMENT_RE.match(href):
        return "#"
    return href.replace("(", "%28").replace(")", "%29").replace(" ", "%20")


def _escape(text: str) -> str:
    text = _SPECIAL_RE.sub(r"\\\1", text)
    if "[" in text and _LINK_LIKE_RE.search(text):
        text = text.replace("[", "\\[")
    return text


def _fold(text: str) -> str:
    return _SPACE_RE.sub(" ", text)
