"""Segmentation: blocks of source text into the parts of a resolution.

One pass over the blocks with a small state machine: masthead, title and
enacting formula, preambular paragraphs, operative paragraphs, closing.
Footnote bodies are taken out wherever they stand; a paragraph that a page
break (and perhaps footnote bodies) interrupted is joined again with its
continuation.  Nothing is dropped: a block the machine does not recognise
is kept as text of the part it falls in and reported (V004).
"""

from __future__ import annotations

import re

from akn_un.converter.blocks import Block, split_blocks
from akn_un.converter.context import Context
from akn_un.converter.dates import parse_date
from akn_un.converter.inline import Piece, superscript_number
from akn_un.converter.ir import (
    FootnoteBody,
    Formula,
    Paragraph,
    Resolution,
    Title,
)
from akn_un.converter.vocabulary import load

_FOOTNOTE_RE = re.compile(r"(?P<marker>[⁰¹²³⁴⁵⁶⁷⁸⁹]+)[ \t\u00a0]+(?P<body>\S)")
_OPERATIVE_RE = re.compile(r"(?P<number>\d{1,3})\.[ \t\u00a0]+(?=\S)")
_TITLE_RE = re.compile(
    r"(?P<number>(?:E?S-)?\d+/\d+(?:[ \u00a0][A-Z](?:-[A-Z])?)?)\.[ \t]+(?=\S)"
)
_FORMULA_RE = re.compile(
    r"\**The (?P<organ>General Assembly|Security Council|Economic and "
    r"Social Council|Human Rights Council)\**,?\**"
)
_CLOSING_RE = re.compile(
    r"\**\d+(?:st|nd|rd|th) (?:\(resumed\) )?(?:plenary )?meeting\b"
)
_END = "['\u2019\u201d\")]?\\**[⁰¹²³⁴⁵⁶⁷⁸⁹]*\\**$"
_TERMINATED_RES = {
    # a preambular paragraph ends with a comma; an operative one does not
    "preambular": re.compile(rf"[,;.:!?]{_END}"),
    "operative": re.compile(rf"[;.:!?]{_END}"),
}
_CONCLUSION_LINE_RE = re.compile(r"\[[^\]]*(?:Adopted|vote)[^\]]*\]\.?")


def _terminated(paragraph: Paragraph) -> bool:
    last = paragraph.texts[-1][-1].text[-16:].rstrip()
    return bool(_TERMINATED_RES[paragraph.kind].search(last))


def _continues(paragraph: Paragraph, text: str) -> bool:
    """Whether ``text`` carries on ``paragraph`` after a page break."""
    if _starts_lowercase(text):
        return True
    if _terminated(paragraph):
        return False
    return not (_OPERATIVE_RE.match(text) or _FORMULA_RE.fullmatch(text))


def _starts_lowercase(text: str) -> bool:
    first = text.lstrip("*[\\")[:1]
    return first.islower()


class _Segmenter:
    """The state machine; see the module docstring."""

    def __init__(self, context: Context) -> None:
        self.context = context
        self.result = Resolution()
        self.state = "masthead"
        self.open: Paragraph | None = None
        self.last: Paragraph | None = None
        self.preambular = load("preambular")

    def feed(self, block: Block) -> None:
        text, offset = block.text, block.offset
        piece = Piece(text, offset)
        if footnote := _FOOTNOTE_RE.match(text):
            self._footnote(footnote, block)
        elif self.state != "closed" and _CLOSING_RE.match(text):
            self._close_paragraph()
            self.result.closing.extend(self._lines(block))
            self.state = "closed"
        elif self.state == "closed":
            self._after_closing(block)
        elif self.open is not None and _continues(self.open, text):
            self.open.texts[-1].append(piece)
        elif self.state == "masthead":
            self._masthead(block)
        elif operative := _OPERATIVE_RE.match(text):
            self._operative(operative, block)
        elif self.state == "preamble":
            self._new_paragraph("preambular", None, piece)
        else:
            self._unclassified_in_body(block)

    def _lines(self, block: Block) -> list[Piece]:
        pieces = []
        offset = block.offset
        for line in block.text.split("\n"):
            stripped = line.strip()
            if stripped:
                lead = len(line) - len(line.lstrip())
                pieces.append(Piece(stripped, offset + lead))
            offset += len(line) + 1
        return pieces

    def _footnote(self, match: re.Match[str], block: Block) -> None:
        number = superscript_number(match.group("marker"))
        body = Piece(
            block.text[match.start("body") :],
            block.offset + match.start("body"),
        )
        note = FootnoteBody(number, body, self.open or self.last)
        if number in self.result.footnotes:
            self.context.report(
                "V003",
                f"a second body for footnote {number}; the first is used",
                block.offset,
            )
            self.result.orphans.append(note)
        else:
            self.result.footnotes[number] = note

    def _masthead(self, block: Block) -> None:
        text = block.text
        if (title := _TITLE_RE.match(text)) and self.result.title is None:
            self.result.title = Title(
                " ".join(title.group("number").split()),
                Piece(text[title.end() :], block.offset + title.end()),
            )
        elif formula := _FORMULA_RE.fullmatch(text):
            piece = Piece(text, block.offset)
            self.result.formula = Formula(piece, formula.group("organ"))
            self.state = "preamble"
        elif operative := _OPERATIVE_RE.match(text):
            self._operative(operative, block)
        elif self.preambular.match(text) and len(text) > 80:
            self.state = "preamble"
            self._new_paragraph("preambular", None, Piece(text, block.offset))
        else:
            self.result.masthead.extend(self._lines(block))

    def _operative(self, match: re.Match[str], block: Block) -> None:
        self.state = "operative"
        rest = Piece(block.text[match.end() :], block.offset + match.end())
        self._new_paragraph("operative", match.group("number"), rest)

    def _new_paragraph(
        self, kind: str, number: str | None, piece: Piece
    ) -> None:
        self._close_paragraph()
        paragraph = Paragraph(kind, number, piece.offset, [[piece]])
        if kind == "preambular":
            self.result.preamble.append(paragraph)
        else:
            self.result.operative.append(paragraph)
        self.open = paragraph

    def _close_paragraph(self) -> None:
        if self.open is not None:
            self.last = self.open
        self.open = None

    def _unclassified_in_body(self, block: Block) -> None:
        paragraph = self.open or self.last
        if paragraph is None:
            self.result.masthead.extend(self._lines(block))
            return
        number = paragraph.number or "?"
        self.context.report(
            "V004",
            f"block kept as a further paragraph of operative paragraph "
            f"{number}: {block.text[:40]!r}",
            block.offset,
        )
        paragraph.texts.append([Piece(block.text, block.offset)])
        self.open = paragraph

    def _after_closing(self, block: Block) -> None:
        if parse_date(block.text.strip("*")) and len(self.result.closing) < 2:
            self.result.closing.extend(self._lines(block))
            return
        if not _CONCLUSION_LINE_RE.fullmatch(block.text):
            self.context.report(
                "V004",
                f"text after the closing formula kept in the conclusions: "
                f"{block.text[:40]!r}",
                block.offset,
            )
        self.result.trailing.append(Piece(block.text, block.offset))

    def finish(self) -> Resolution:
        self._close_paragraph()
        return self.result


def segment(context: Context) -> Resolution:
    """Split the source into the parts of a resolution."""
    segmenter = _Segmenter(context)
    for block in split_blocks(context.source.text):
        segmenter.feed(block)
    return segmenter.finish()
