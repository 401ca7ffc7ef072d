"""Inline content written as text: italics, links, footnote markers.

A block element's inline content becomes a :class:`Block`: its text with
mark-up (``*italic*``, ``[x](#)``, superscript markers) and without, its
lead phrase and the footnotes marked in it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from lxml import etree

from akn_un.core.document import local_name

SKIPPED = {"meta", "img", "documentRef"}  # left out of the text
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_SPACE_RE = re.compile(r"[ \t\r\n]+")
_EOL = "\u2028"  # an <eol/>, a line break inside a block
_EOL_RE = re.compile(f" ?{_EOL} ?")
_SPECIAL_RE = re.compile(r"([\\*])")
_LINK_LIKE_RE = re.compile(r"\[[^\]]*\]\(")
_UN_DOCUMENT_RE = re.compile(r"https?://(?:undocs\.org|docs\.un\.org)/")


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

    ``lead`` is the italic phrase the block opens with, ``bold_lead`` the
    bold one (printed as plain text: the UN's Chinese files set lead
    phrases in bold); ``notes`` the footnotes marked in it, with the plain
    text before each marker.
    """

    parts: list[str | Note] = field(default_factory=list)
    plain: list[str] = field(default_factory=list)
    lead: str | None = None
    bold_lead: str | None = None
    notes: list[tuple[Note, str]] = field(default_factory=list)
    table: bool = False

    @property
    def text(self) -> str:
        """The plain text, spaces folded."""
        return fold("".join(self.plain)).strip()

    def prefix(self, number: str) -> None:
        """Print ``number`` at the start of the block."""
        self.parts.insert(0, f"{escape(number)} ")
        self.plain.insert(0, f"{number} ")
        self.notes = [(n, f"{number} {b}") for n, b in self.notes]


class Reader:
    """Reads inline content into a :class:`Block`."""

    def __init__(self, block: Block, skip: etree._Element | None) -> None:
        """Read into ``block``, leaving out the element ``skip``."""
        self.block = block
        self.skip = skip
        self.italic = False

    def text(self, text: str | None) -> None:
        """Add text, escaped in the mark-up."""
        if text:
            self.block.parts.append(escape(text))
            self.block.plain.append(text)

    def element(self, element: etree._Element) -> None:
        """Add an inline element and its tail."""
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
        elif (style := _emphasis(element)) is not None:
            (self._italic if style == "italic" else self._bold)(element)
        elif name in {"a", "ref"}:
            self._wrap(element, "[", f"]({target(element.get('href', ''))})")
        elif name == "eol":
            self.block.parts.append(_EOL)
            self.block.plain.append(" ")
        elif name and name not in SKIPPED:  # not a comment or a PI
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
        body = inline_block(element)
        note = Note(element.get("marker", "0"), body.text, markup(body))
        before = "".join(self.block.plain)
        self.block.parts.append(note)
        self.block.notes.append((note, before))

    def _italic(self, element: etree._Element) -> None:
        if self.italic:
            self._contents(element)
            return
        self.italic = True
        opening = self._opening(lambda: self._wrap(element, "*", "*"))
        self.italic = False
        if opening is not None and self.block.lead is None:
            self.block.lead = opening

    def _bold(self, element: etree._Element) -> None:
        """Bold is not printed; a bold opening is noted as ``bold_lead``."""
        opening = self._opening(lambda: self._contents(element))
        if opening is not None and self.block.bold_lead is None:
            self.block.bold_lead = opening

    def _opening(self, write: Callable[[], None]) -> str | None:
        """Call ``write``; the text it added if it opened the block."""
        opens_block = not "".join(self.block.plain).strip()
        start = len(self.block.plain)
        write()
        if not opens_block:
            return None
        return fold("".join(self.block.plain[start:])).strip()

    def _wrap(self, element: etree._Element, opens: str, closes: str) -> None:
        inner = Block()
        reader = Reader(inner, self.skip)
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
            self.block.parts.extend(trimmed(inner.parts))
            self.block.parts.append(closes + tail)
        offset = "".join(self.block.plain)
        self.block.notes.extend((n, offset + b) for n, b in inner.notes)
        self.block.plain.extend(inner.plain)

    def _contents(self, element: etree._Element) -> None:
        self.text(element.text)
        for child in element:
            self.element(child)


def _emphasis(element: etree._Element) -> str | None:
    """"italic" or "bold" for a span set so ("bold italic" is italic)."""
    if local_name(element) != "span":
        return None
    style = element.get("class", "")
    if "italic" in style:
        return "italic"
    return "bold" if style == "bold" else None


def trimmed(parts: list[str | Note]) -> list[str | Note]:
    """``parts`` without the spaces at either end."""
    result = list(parts)
    if result and isinstance(result[0], str):
        result[0] = result[0].lstrip()
    if result and isinstance(result[-1], str):
        result[-1] = result[-1].rstrip()
    return result


def inline_block(
    element: etree._Element, skip: etree._Element | None = None
) -> Block:
    """The inline content of a block element, spaces folded."""
    block = Block()
    Reader(block, skip)._contents(element)
    parts: list[str | Note] = []
    for part in block.parts:
        if isinstance(part, str) and parts and isinstance(parts[-1], str):
            parts[-1] += part
        else:
            parts.append(part)
    block.parts = trimmed(
        [_EOL_RE.sub("\n", fold(p)) if isinstance(p, str) else p
         for p in parts]
    )  # fmt: skip
    block.notes = [(n, fold(before).lstrip()) for n, before in block.notes]
    return block


def markup(block: Block) -> str:
    """The block's text with mark-up, markers in superscript."""
    return "".join(p if isinstance(p, str) else p.marker for p in block.parts)


def target(href: str) -> str:
    """A link's target as extracted text has it.

    ``#`` for a UN document (the PDF keeps only its symbol), the address
    for any other page.
    """
    if not href.startswith(("http:", "https:")) or _UN_DOCUMENT_RE.match(href):
        return "#"
    return href.replace("(", "%28").replace(")", "%29").replace(" ", "%20")


def escape(text: str) -> str:
    """``text`` with what would read as mark-up escaped."""
    text = _SPECIAL_RE.sub(r"\\\1", text)
    if "[" in text and _LINK_LIKE_RE.search(text):
        text = text.replace("[", "\\[")
    return text


def fold(text: str) -> str:
    """Runs of spaces and line ends as one space."""
    return _SPACE_RE.sub(" ", text)

