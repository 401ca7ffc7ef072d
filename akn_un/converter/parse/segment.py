"""Segmentation: blocks of source text into the parts of a resolution.

One pass over the blocks with a small state machine: masthead, title and
enacting formula, preambular paragraphs, the operative part (numbered and
unnumbered paragraphs, points, headings, tables), closing, annexes.
Footnote bodies are taken out wherever they stand; a paragraph that a page
break (and perhaps footnote bodies) interrupted is joined again with its
continuation.  Nothing is dropped: a block the machine does not recognise
is kept as text of the part it falls in and reported (V004).
"""

from __future__ import annotations

import re

from akn_un.converter import rules
from akn_un.converter.blocks import Block, split_blocks
from akn_un.converter.context import Context
from akn_un.converter.parse.ir import (
    Annex,
    FootnoteBody,
    Formula,
    Kind,
    Paragraph,
    Resolution,
    Title,
)
from akn_un.converter.parse.segment_state import SegmentState, State
from akn_un.converter.text import Piece, note_label, superscript_number
from akn_un.grammar.dates import parse_date
from akn_un.grammar.documents import TYPES
from akn_un.grammar.languages import organ_named
from akn_un.grammar.shapes import (
    ANNEX_RE,
    BARE_FORMULA_RE,
    BULLET_RE,
    CLOSING_RE,
    COMPONENT_RE,
    CONCLUSION_LINE_RE,
    FOOTNOTE_RE,
    FORMULA_RE,
    HEADING_RE,
    IN_POINTS,
    MARKER_CHARS,
    NUMBER_LINE_RE,
    OPERATIVE_RE,
    PART_LETTERS,
    POINT_RE,
    TABLE_NOTE_RE,
    TITLE_MAX,
    TITLE_RE,
    UNDER_TABLE_RE,
    is_heading,
    point_level,
    starts_lowercase,
)

# The masthead lines of the types whose body follows them directly, and
# the words such a body opens with.
_BODY_FOLLOWS = [
    kind.masthead for kind in TYPES
    if kind.opening is not None and kind.masthead is not None
]
_OPENINGS = [kind.opening for kind in TYPES if kind.opening is not None]


def _ends_with(paragraph: Paragraph, mark: str) -> bool:
    last = paragraph.texts[-1][-1].text if paragraph.texts[-1] else ""
    return last.rstrip(MARKER_CHARS + " ").endswith(mark)


class _Segmenter(SegmentState):
    """The state machine; see the module docstring."""

    def feed(self, block: Block) -> None:
        text, offset = block.text, block.offset
        piece = Piece(text, offset)
        if footnote := FOOTNOTE_RE.match(text):
            self._footnote(footnote, block)
            self.broken = self.open is not None
            return
        broken, self.broken = self.broken, False
        closable = self.state not in {State.CLOSED, State.ANNEX}
        if closable and CLOSING_RE.match(text):
            self._close_paragraph()
            self.result.closing.extend(self._lines(block))
            self.state = State.CLOSED
        elif self.state is not State.MASTHEAD and ANNEX_RE.fullmatch(text):
            self._close_paragraph()
            self.result.annexes.append(Annex(piece))
            self.state = State.ANNEX
        elif self.state is State.CLOSED and (
            component := COMPONENT_RE.fullmatch(text)
        ):
            self._component(component, block)
        elif self.state is State.CLOSED:
            self._after_closing(block)
        elif self.open is not None and self._continues(text, broken=broken):
            self.open.texts[-1].append(piece)
        elif self.state is State.MASTHEAD:
            self._masthead(block)
        elif operative := OPERATIVE_RE.match(text):
            self._operative(operative, block)
        elif point := POINT_RE.match(text) or BULLET_RE.match(text):
            self._point(point, block)
        else:
            self._body_block(block)

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
        if number in self.top.footnotes:
            self.context.report(
                rules.FOOTNOTE_BODY_DUPLICATE,
                f"a second body for footnote {note_label(number)}; the first "
                f"is used",
                block.offset,
            )
            self.top.orphans.append(note)
        else:
            self.top.footnotes[number] = note

    def _masthead(self, block: Block) -> None:
        text = block.text
        if (title := TITLE_RE.match(text)) and self.top.title is None:
            self.top.title = Title(
                " ".join(title.group("number").split()),
                Piece(text[title.end() :], block.offset + title.end()),
            )
        elif self.top.title is None and (
            number := NUMBER_LINE_RE.fullmatch(text)
        ):
            self.top.title = Title(
                " ".join(number["number"].split()),
                Piece("", block.offset + len(text)),
                period=number["period"] is not None,
            )
        elif self.top.title is not None and (
            component := COMPONENT_RE.fullmatch(text)
        ):
            self._component(component, block)
        elif (formula := FORMULA_RE.fullmatch(text)) or (
            self.top.title is not None
            and (formula := BARE_FORMULA_RE.fullmatch(text))
        ):
            piece = Piece(text, block.offset)
            phrase = formula.group("phrase")
            organ = formula.groupdict().get("organ") or organ_named(phrase)
            self.result.formula = Formula(piece, organ or "", phrase)
            self.state = State.PREAMBLE
        elif (
            self.result.title is not None
            and not self.result.title.text.text.strip()
            and is_heading(" ".join(text.split("\n")), TITLE_MAX)
        ):
            self.result.title = self.result.title._replace(
                text=Piece(text, block.offset)
            )
        elif self._body_begins(block):
            pass
        elif operative := OPERATIVE_RE.match(text):
            self._operative(operative, block)
        elif self._preambular_lead(text) and len(text) > 80:
            self.state = State.PREAMBLE
            self._new_paragraph(
                Kind.PREAMBULAR, None, Piece(text, block.offset)
            )
        elif self.top.title is not None and not is_heading(text, TITLE_MAX):
            # No formula: the text of a decision, say, after its title.
            self.state = State.OPERATIVE
            self._body_block(block)
        else:
            self.top.masthead.extend(self._lines(block))

    def _body_begins(self, block: Block) -> bool:
        """Whether a statement's body begins at ``block``, or after it.

        "Statement by the President of the Security Council" is followed
        by the body, with no title or formula; "At the 8315th meeting of
        the Security Council, held on …" opens it, the line above it or
        not.
        """
        if any(line.fullmatch(block.text) for line in _BODY_FOLLOWS):
            self.top.masthead.extend(self._lines(block))
            self.state = State.OPERATIVE
            return True
        if any(opening.match(block.text) for opening in _OPENINGS):
            self.state = State.OPERATIVE
            self._body_block(block)
            return True
        return False

    def _component(self, match: re.Match[str], block: Block) -> None:
        """"A", "B": a resolution issued with others under one number.

        Its title is the next line (unless the formula comes first); a
        footnote marker may follow the letter.
        """
        self._close_paragraph()
        markers = match.group("markers") or ""
        start = len(block.text) - len(markers.lstrip(" "))
        rest = Piece(block.text[start:], block.offset + start)
        printed = match.group("letter")
        letter = PART_LETTERS.get(printed, printed)
        self.result = Resolution(title=Title(letter, rest, printed=printed))
        self.top.components.append(self.result)
        self.state = State.MASTHEAD

    def _operative(self, match: re.Match[str], block: Block) -> None:
        if self.state in {State.MASTHEAD, State.PREAMBLE}:
            self.state = State.OPERATIVE
        rest = Piece(block.text[match.end() :], block.offset + match.end())
        self._new_paragraph(Kind.OPERATIVE, match.group("number"), rest)
        if self.open is not None:
            self.open.mark = match.group("mark")

    def _point(self, match: re.Match[str], block: Block) -> None:
        if self.state is State.MASTHEAD:
            self.state = State.OPERATIVE
        rest = Piece(block.text[match.end() :], block.offset + match.end())
        if bullet := match.groupdict().get("bullet"):
            self._new_paragraph(Kind.POINT, bullet, rest, self._bullet_level())
            return
        if quoted := match.group("quoted"):
            # Arabic "’1‘" is the "(i)" under a letter
            self._new_paragraph(Kind.POINT, f"\u2019{quoted}\u2018", rest, 2)
            return
        number = match.group("number")
        level = point_level(number, self.last_letter)
        if level == 1:
            self.last_letter = number
        printed = f"({number})" if match.group("open") else f"{number})"
        self._new_paragraph(Kind.POINT, printed, rest, level)

    def _body_block(self, block: Block) -> None:
        """A heading, table, wrap-up or unnumbered paragraph."""
        text = block.text
        piece = Piece(text, block.offset)
        if text.startswith("|"):
            self._new_paragraph(Kind.TABLE, None, piece)
        elif (heading := HEADING_RE.fullmatch(text)) and (
            (title := heading.group("title")) is None or is_heading(title)
        ):
            self._heading(heading, block)
        elif self._is_title(text) or (
            is_heading(text)
            and self.last_kind not in IN_POINTS
            and not self._preambular_lead(text)
            and not (
                self.state is State.PREAMBLE and self._preamble_goes_on(text)
            )
        ):
            self.state_before_heading = self.state
            if self.state is not State.ANNEX:
                self.state = State.OPERATIVE
            self._new_paragraph(Kind.HEADING, None, piece)
        elif starts_lowercase(text) and self.last_kind is Kind.POINT:
            self._new_paragraph(Kind.WRAP_UP, None, piece)
        elif self.last_kind in IN_POINTS and not self._opens_with_lead(text):
            # a line of the point before, printed apart ("Leadership
            # dialogue 2: …" under "(a) … as follows:")
            self._new_paragraph(Kind.POINT_TEXT, None, piece)
        else:
            self._new_paragraph(self._unnumbered_kind(text), None, piece)

    def _heading(self, match: re.Match[str], block: Block) -> None:
        """"I", "A." or "A. Title": a numbered heading."""
        number = match.group("number")
        level = 2 if len(number) == 1 and number not in "IVX" else 1
        title = match.group("title")
        self.state_before_heading = self.state
        if self.state is not State.ANNEX:
            self.state = State.OPERATIVE
        if title is None:
            printed = block.text.strip("*")
            self._new_paragraph(
                Kind.HEADING, printed, None, level, block.offset
            )
            return
        start = match.start("title")
        printed = block.text[:start].strip(" \t\u00a0*")
        self._new_paragraph(
            Kind.HEADING, printed, Piece(title, block.offset + start), level
        )

    def _new_paragraph(
        self,
        kind: Kind,
        number: str | None,
        piece: Piece | None,
        level: int = 0,
        offset: int = 0,
    ) -> None:
        before = self.open
        self._close_paragraph()
        texts = [[piece]] if piece is not None else []
        offset = piece.offset if piece is not None else offset
        paragraph = Paragraph(kind, number, offset, texts, level)
        if kind not in {Kind.POINT, Kind.WRAP_UP, Kind.POINT_TEXT}:
            self.last_letter = None
        if self.state is State.ANNEX:
            self.result.annexes[-1].body.append(paragraph)
        elif self.state is State.PREAMBLE or (
            kind is Kind.PREAMBULAR and self.state is State.MASTHEAD
        ):
            self.result.preamble.append(paragraph)
        else:
            self.result.operative.append(paragraph)
        text = piece.text if piece is not None else ""
        # an item of a list printed without letters: after a colon, or
        # after another such item
        self.unlettered_item = (
            before is not None
            and bool(before.texts)
            and text[:1].islower()
            and (self.unlettered_item or _ends_with(before, ":"))
        )
        self.table_notes = bool(TABLE_NOTE_RE.match(text)) and (
            self.last_kind is Kind.TABLE
            or self.table_notes
            or self.under_table
        )
        self.under_table = bool(UNDER_TABLE_RE.match(text)) and (
            self.last_kind is Kind.TABLE or self.under_table
        )
        self.last_kind = kind
        self.open = paragraph

    def _close_paragraph(self) -> None:
        if self.open is not None:
            self.last = self.open
        self.open = None

    def _after_closing(self, block: Block) -> None:
        if parse_date(block.text.strip("*")) and len(self.result.closing) < 2:
            self.result.closing.extend(self._lines(block))
            return
        if not CONCLUSION_LINE_RE.fullmatch(block.text):
            self.context.report(
                rules.BLOCK_UNCLASSIFIED,
                f"text after the closing formula kept in the conclusions: "
                f"{block.text[:40]!r}",
                block.offset,
            )
        self.result.trailing.append(Piece(block.text, block.offset))

    def finish(self) -> Resolution:
        self._close_paragraph()
        for part in [self.top, *self.top.components]:
            _last_is_operative(part)
        return self.top


def _last_is_operative(part: Resolution) -> None:
    """A preamble's last paragraph ending with a full stop is operative.

    Preambular paragraphs end with a comma; a part whose only operative
    paragraph opens with a lead phrase not in the vocabulary ("*Appoints*
    Mr. …") would otherwise have none.
    """
    if part.operative or not part.preamble:
        return
    last = part.preamble[-1]
    text = last.texts[-1][-1].text if last.texts and last.texts[-1] else ""
    if text.rstrip(MARKER_CHARS + " ").endswith("."):
        part.preamble.remove(last)
        last.kind = Kind.OPERATIVE
        part.operative.append(last)


def segment(context: Context) -> Resolution:
    """Split the source into the parts of a resolution."""
    segmenter = _Segmenter(context)
    for block in split_blocks(context.source.text):
        segmenter.feed(block)
    return segmenter.finish()
