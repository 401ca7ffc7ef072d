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

from akn_un.converter.blocks import Block, split_blocks
from akn_un.converter.context import Context
from akn_un.converter.dates import parse_date
from akn_un.converter.inline import Piece, superscript_number
from akn_un.converter.ir import (
    Annex,
    FootnoteBody,
    Formula,
    Paragraph,
    Resolution,
    Title,
)
from akn_un.converter.vocabulary import load

_FOOTNOTE_RE = re.compile(r"(?P<marker>[⁰¹²³⁴⁵⁶⁷⁸⁹]+)[ \t\u00a0]+(?P<body>\S)")
_OPERATIVE_RE = re.compile(r"(?P<number>\d{1,3})\.[ \t\u00a0]+(?=\S)")
_POINT_RE = re.compile(r"\((?P<number>[a-z]{1,4}|\d{1,2})\)[ \t\u00a0]+(?=\S)")
_BULLET_RE = re.compile(r"(?P<bullet>[•▪◦●])[ \t\u00a0]+(?=\S)")
_IN_POINTS = frozenset({"point", "point-text"})
_BULLETS = "•▪◦●"
_ROMAN = "[IVXLC]{1,7}"
_HEADING_RE = re.compile(
    rf"\**(?P<number>{_ROMAN}|[A-Z])(?:\.?\**$|\.[ \t\u00a0]+(?P<title>\S.*))",
    re.DOTALL,
)
_ANNEX_RE = re.compile(r"\**Annex(?:es)?(?:[ \u00a0](?:[IVXL]+|\d+))?\**")
_COMPONENT_RE = re.compile(
    r"\**(?P<letter>[A-Z])\**(?P<markers> ?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)?"
)
# "a See A/75/383.": a note under a table, lettered.
_TABLE_NOTE_RE = re.compile(r"\**[a-z]\** \**[A-Z]")
# "*Note*: …", "Abbreviations: …": lines under a table, before its notes.
_UNDER_TABLE_RE = re.compile(r"\**(?:Notes?|Abbreviations?|Sources?)\**:")
# A line cannot end a paragraph with one of these words: a page broke it.
_ENDS_MID_SENTENCE_RE = re.compile(
    r"\b(?:and|or|of|the|a|an|to|for|in|on|with|by|from|at|as|its|their)$"
)
_HEADING_MAX = 200
_TITLE_MAX = 600
_TITLE_RE = re.compile(
    r"(?P<number>(?:E?S-)?\d+/\d+(?:[ \u00a0][A-Z](?:-[A-Z])?)?)\.[ \t]+(?=\S)"
)
_FORMULA_RE = re.compile(
    r"\**(?P<phrase>The (?P<organ>General Assembly|Security Council|"
    r"Economic and Social Council|Human Rights Council)|L['\u2019]Assemblée "
    r"générale|Le Conseil (?:de sécurité|économique et social|des droits "
    r"de l['\u2019]homme))\**,?\**"
)
# The enacting formula in French names the organ so.
_FRENCH_ORGANS = {
    "Assemblée": "General Assembly",
    "sécurité": "Security Council",
    "social": "Economic and Social Council",
    "homme": "Human Rights Council",
}
_CLOSING_RE = re.compile(
    r"\**\d+(?:st|nd|rd|th) (?:\(resumed\) )?(?:plenary )?meeting\b"
)
# After the end punctuation: a quote, stars, markers, invisible marks (LRM).
_END = (
    "['\u2019\u201d\")]?\\**[ \u00a0]?[⁰¹²³⁴⁵⁶⁷⁸⁹]*\\**"
    "[\u200b-\u200f\u202a-\u202e\u2060-\u2069]*$"
)
_TERMINATED_RES = {
    # a preambular paragraph ends with a comma; an operative one does not
    "preambular": re.compile(rf"[,;.:!?]{_END}"),
    "operative": re.compile(rf"[;.:!?]{_END}"),
    "point": re.compile(rf"[;.:!?]{_END}"),
    "wrap-up": re.compile(rf"[;.:!?]{_END}"),
    "point-text": re.compile(rf"[;.:!?]{_END}"),
}
_UNTERMINATED_RE = re.compile(rf"[^,;.:!?\u2013\u2014*⁰¹²³⁴⁵⁶⁷⁸⁹-]{_END}")
_ROMAN_POINT_RE = re.compile(r"[ivxl]+")
# A period that ends an abbreviation, not a sentence: "1 p.m.", "vol."
_ABBREVIATION_RE = re.compile(
    r"(?:\b[a-z]\.[a-z]\.|\b(?:No|Nos|vol|vols|p|pp|para|paras|chap|art))\.?$"
)
_CONCLUSION_LINE_RE = re.compile(r"\[[^\]]*(?:Adopted|vote)[^\]]*\]\.?")


def _terminated(paragraph: Paragraph) -> bool:
    last = paragraph.texts[-1][-1].text[-16:].rstrip()
    pattern = _TERMINATED_RES.get(paragraph.kind)
    if pattern is None:
        return True
    return bool(pattern.search(last))


def _starts_lowercase(text: str) -> bool:
    first = text.lstrip("*[\\")[:1]
    return first.islower()


def _starts_mid_sentence(text: str, after: str) -> bool:
    """Whether ``text`` cannot start a paragraph.

    Lower case or a link first, or a figure after a comma.
    """
    first = text.lstrip("*\\")[:1]
    if first.isdigit():
        return after.endswith(",")
    return first.islower() or first in "[(,;.)"


def _opening(text: str) -> str:
    """The first words of ``text``, without italic stars."""
    return text[:100].replace("*", "")


def _is_heading(text: str, longest: int = _HEADING_MAX) -> bool:
    """Whether ``text`` is a title or heading.

    A short line without end punctuation, not opening with an italic lead
    phrase.
    """
    italic_lead = text.startswith("*") and "*" in text[1:].rstrip("*")
    return (
        len(text) <= longest
        and "\n" not in text
        and not italic_lead
        and not _starts_lowercase(text)
        and bool(_UNTERMINATED_RE.search(text[-16:]))
    )


def _point_level(number: str, previous: str | None) -> int:
    """1 for (a), 2 for (i), 3 for (aa); (i) after (h) is a letter."""
    if number.isdigit():
        return 3
    if _ROMAN_POINT_RE.fullmatch(number):
        follows_letter = (
            previous is not None
            and len(previous) == 1
            and len(number) == 1
            and ord(number) == ord(previous) + 1
        )
        return 1 if follows_letter else 2
    if len(number) > 1:
        return 1 if previous == "z" else 3
    return 1


class _Segmenter:
    """The state machine; see the module docstring."""

    def __init__(self, context: Context) -> None:
        self.context = context
        self.top = self.result = Resolution()
        self.state = "masthead"
        self.open: Paragraph | None = None
        self.last: Paragraph | None = None
        self.last_letter: str | None = None
        self.state_before_heading = self.state
        self.broken = False
        self.last_kind = ""
        self.table_notes = False
        self.under_table = False
        self.preambular = load("preambular")
        self.operative = load("operative")

    def feed(self, block: Block) -> None:
        text, offset = block.text, block.offset
        piece = Piece(text, offset)
        if footnote := _FOOTNOTE_RE.match(text):
            self._footnote(footnote, block)
            self.broken = self.open is not None
            return
        broken, self.broken = self.broken, False
        if self.state not in {"closed", "annex"} and _CLOSING_RE.match(text):
            self._close_paragraph()
            self.result.closing.extend(self._lines(block))
            self.state = "closed"
        elif self.state != "masthead" and _ANNEX_RE.fullmatch(text):
            self._close_paragraph()
            self.result.annexes.append(Annex(piece))
            self.state = "annex"
        elif self.state == "closed" and (
            component := _COMPONENT_RE.fullmatch(text)
        ):
            self._component(component, block)
        elif self.state == "closed":
            self._after_closing(block)
        elif self.open is not None and self._continues(text, broken=broken):
            self.open.texts[-1].append(piece)
        elif self.state == "masthead":
            self._masthead(block)
        elif operative := _OPERATIVE_RE.match(text):
            self._operative(operative, block)
        elif point := _POINT_RE.match(text) or _BULLET_RE.match(text):
            self._point(point, block)
        else:
            self._body_block(block)

    def _continues(self, text: str, *, broken: bool) -> bool:
        """Whether ``text`` carries on the open paragraph after a break.

        ``broken``: footnote bodies came between, so a page ended there.
        """
        paragraph = self.open
        if paragraph is None or paragraph.kind == "table":
            return paragraph is not None and text.startswith("|")
        if paragraph.kind == "heading":
            return self._heading_continues(paragraph, text, broken=broken)
        under_table = self.table_notes or self.under_table
        opens = bool(
            _OPERATIVE_RE.match(text)
            or _POINT_RE.match(text)
            # "b See A/75/639.": the next note under a table
            or (under_table and _TABLE_NOTE_RE.match(text))
        )
        if opens:
            return False
        terminated = _terminated(paragraph)
        last = paragraph.texts[-1][-1].text.rstrip("*⁰¹²³⁴⁵⁶⁷⁸⁹")
        if _starts_mid_sentence(text, last):
            ends = terminated and not _ABBREVIATION_RE.search(last[-16:])
            return not (ends and paragraph.kind == "point")
        if _ENDS_MID_SENTENCE_RE.search(last[-12:]):
            return True
        # Unnumbered lines (lists, datelines) often end unpunctuated.
        unnumbered = paragraph.number is None and paragraph.kind in {
            "operative", "point-text"}
        return not (
            unnumbered or terminated or _FORMULA_RE.fullmatch(text)
        )

    def _heading_continues(
        self, heading: Paragraph, text: str, *, broken: bool
    ) -> bool:
        """Whether ``text`` shows the "heading" was a paragraph cut short.

        It does when it starts in lower case, or, in the preamble, when a
        page ended after the "heading" and ``text`` opens no paragraph.
        """
        last = heading.texts[-1][-1].text if heading.texts else ""
        cut = (
            _starts_mid_sentence(text, last)
            or bool(_ENDS_MID_SENTENCE_RE.search(last[-12:]))
            or (
                broken
                and self.state_before_heading == "preamble"
                and not self._opens_paragraph(text)
            )
        )
        if heading.number is None and cut:
            self._unmake_heading(heading)
            return True
        return False

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
                "V003",
                f"a second body for footnote {number}; the first is used",
                block.offset,
            )
            self.top.orphans.append(note)
        else:
            self.top.footnotes[number] = note

    def _masthead(self, block: Block) -> None:
        text = block.text
        if (title := _TITLE_RE.match(text)) and self.top.title is None:
            self.top.title = Title(
                " ".join(title.group("number").split()),
                Piece(text[title.end() :], block.offset + title.end()),
            )
        elif self.top.title is not None and (
            component := _COMPONENT_RE.fullmatch(text)
        ):
            self._component(component, block)
        elif (
            self.result is not self.top
            and self.result.title is not None
            and not self.result.title.text.text.strip()
            and _is_heading(text, _TITLE_MAX)
        ):
            letter = self.result.title.number
            self.result.title = Title(letter, Piece(text, block.offset))
        elif formula := _FORMULA_RE.fullmatch(text):
            piece = Piece(text, block.offset)
            phrase = formula.group("phrase")
            organ = formula.group("organ") or next(
                name for key, name in _FRENCH_ORGANS.items() if key in phrase
            )
            self.result.formula = Formula(piece, organ, phrase)
            self.state = "preamble"
        elif operative := _OPERATIVE_RE.match(text):
            self._operative(operative, block)
        elif self._preambular_lead(text) and len(text) > 80:
            self.state = "preamble"
            self._new_paragraph("preambular", None, Piece(text, block.offset))
        elif self.top.title is not None and not _is_heading(text, _TITLE_MAX):
            # No formula: the text of a decision, say, after its title.
            self.state = "operative"
            self._body_block(block)
        else:
            self.top.masthead.extend(self._lines(block))

    def _component(self, match: re.Match[str], block: Block) -> None:
        """"A", "B": a resolution issued with others under one number.

        Its title is the next line (unless the formula comes first); a
        footnote marker may follow the letter.
        """
        self._close_paragraph()
        markers = match.group("markers") or ""
        start = len(block.text) - len(markers.lstrip(" "))
        rest = Piece(block.text[start:], block.offset + start)
        self.result = Resolution(title=Title(match.group("letter"), rest))
        self.top.components.append(self.result)
        self.state = "masthead"

    def _operative(self, match: re.Match[str], block: Block) -> None:
        if self.state in {"masthead", "preamble"}:
            self.state = "operative"
        rest = Piece(block.text[match.end() :], block.offset + match.end())
        self._new_paragraph("operative", match.group("number"), rest)

    def _point(self, match: re.Match[str], block: Block) -> None:
        if self.state == "masthead":
            self.state = "operative"
        rest = Piece(block.text[match.end() :], block.offset + match.end())
        if bullet := match.groupdict().get("bullet"):
            self._new_paragraph("point", bullet, rest, self._bullet_level())
            return
        number = match.group("number")
        level = _point_level(number, self.last_letter)
        if level == 1:
            self.last_letter = number
        self._new_paragraph("point", f"({number})", rest, level)

    def _bullet_level(self) -> int:
        """A bullet under a lettered point is a level below it."""
        last = self.open or self.last
        if self.last_kind not in _IN_POINTS or last is None:
            return 1
        point = self.result.operative[-1] if self.result.operative else last
        for item in reversed(self.result.operative):
            if item.kind == "point":
                point = item
                break
        if point.number and point.number[0] in _BULLETS:
            return point.level
        return point.level + 1

    def _body_block(self, block: Block) -> None:
        """A heading, table, wrap-up or unnumbered paragraph."""
        text = block.text
        piece = Piece(text, block.offset)
        if text.startswith("|"):
            self._new_paragraph("table", None, piece)
        elif (heading := _HEADING_RE.fullmatch(text)) and (
            (title := heading.group("title")) is None or _is_heading(title)
        ):
            self._heading(heading, block)
        elif self._is_title(text) or (
            _is_heading(text)
            and self.last_kind not in _IN_POINTS
            and not self._preambular_lead(text)
            and not (self.state == "preamble" and self._preamble_goes_on(text))
        ):
            self.state_before_heading = self.state
            self.state = "annex" if self.state == "annex" else "operative"
            self._new_paragraph("heading", None, piece)
        elif _starts_lowercase(text) and self.last_kind == "point":
            self._new_paragraph("wrap-up", None, piece)
        elif self.last_kind in _IN_POINTS and not self._opens_with_lead(text):
            # a line of the point before, printed apart ("Leadership
            # dialogue 2: …" under "(a) … as follows:")
            self._new_paragraph("point-text", None, piece)
        else:
            self._new_paragraph(self._unnumbered_kind(text), None, piece)

    def _opens_with_lead(self, text: str) -> bool:
        """Whether ``text`` opens with a known lead phrase."""
        opening = _opening(text)
        return (
            self.preambular.match(opening) is not None
            or self.operative.match(opening) is not None
        )

    def _opens_paragraph(self, text: str) -> bool:
        """Whether ``text`` reads as the start of a paragraph or heading."""
        opening = _opening(text)
        return (
            text.startswith("*")
            or bool(_OPERATIVE_RE.match(text) or _POINT_RE.match(text))
            or bool(_HEADING_RE.fullmatch(text))
            or self.preambular.match(opening) is not None
            or self.operative.match(opening) is not None
        )

    def _is_title(self, text: str) -> bool:
        """Whether ``text`` is the title under a bare "I" or "Annex"."""
        last = self.open
        under_number = (
            last is not None
            and last.kind == "heading"
            and last.number is not None
            and not last.texts
        )
        under_annex = (
            self.state == "annex" and not self.result.annexes[-1].body
        )
        return (under_number or under_annex) and _is_heading(text, _TITLE_MAX)

    def _unmake_heading(self, paragraph: Paragraph) -> None:
        """Mend a "heading" that a page break cut from its paragraph.

        The state it changed is restored and it becomes the paragraph it
        was.
        """
        self.state = self.state_before_heading
        paragraph.kind = self._unnumbered_kind()
        if self.state == "preamble":
            self.result.operative.remove(paragraph)
            self.result.preamble.append(paragraph)

    def _preamble_goes_on(self, text: str) -> bool:
        """Whether a heading-like line in the preamble is preambular text.

        Headings come only before the first preambular paragraph, and a
        lead shaped like a preambular one ("Profoundly", "Welcoming")
        opens no heading.
        """
        first = _opening(text).split(" ", 1)[0]
        return bool(self.result.preamble) or first.endswith(("ing", "ly"))

    def _preambular_lead(self, text: str) -> bool:
        """Whether ``text`` opens with a known preambular lead phrase."""
        return self.preambular.match(_opening(text)) is not None

    def _unnumbered_kind(self, text: str = "") -> str:
        """The kind of an unnumbered paragraph.

        Preambular when it opens with a preambular lead ("Recalling"), or
        stands in the preamble without an operative one ("Urges", which
        ends the preamble); operative otherwise.
        """
        opening = _opening(text)
        preambular_lead = self.preambular.match(opening) is not None
        operative_lead = self.operative.match(opening) is not None
        if self.state == "preamble" and operative_lead and not preambular_lead:
            self.state = "operative"
        elif self.state == "preamble" or (
            preambular_lead and not operative_lead
        ):
            return "preambular"
        return "operative"

    def _heading(self, match: re.Match[str], block: Block) -> None:
        """"I", "A." or "A. Title": a numbered heading."""
        number = match.group("number")
        level = 2 if len(number) == 1 and number not in "IVX" else 1
        title = match.group("title")
        self.state_before_heading = self.state
        self.state = "annex" if self.state == "annex" else "operative"
        if title is None:
            printed = block.text.strip("*")
            self._new_paragraph("heading", printed, None, level, block.offset)
            return
        start = match.start("title")
        printed = block.text[:start].strip(" \t\u00a0*")
        self._new_paragraph(
            "heading", printed, Piece(title, block.offset + start), level
        )

    def _new_paragraph(
        self,
        kind: str,
        number: str | None,
        piece: Piece | None,
        level: int = 0,
        offset: int = 0,
    ) -> None:
        self._close_paragraph()
        texts = [[piece]] if piece is not None else []
        offset = piece.offset if piece is not None else offset
        paragraph = Paragraph(kind, number, offset, texts, level)
        if kind not in {"point", "wrap-up", "point-text"}:
            self.last_letter = None
        if self.state == "annex":
            self.result.annexes[-1].body.append(paragraph)
        elif self.state == "preamble" or (
            kind == "preambular" and self.state == "masthead"
        ):
            self.result.preamble.append(paragraph)
        else:
            self.result.operative.append(paragraph)
        text = piece.text if piece is not None else ""
        self.table_notes = bool(_TABLE_NOTE_RE.match(text)) and (
            self.last_kind == "table" or self.table_notes or self.under_table
        )
        self.under_table = bool(_UNDER_TABLE_RE.match(text)) and (
            self.last_kind == "table" or self.under_table
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
        return self.top


def segment(context: Context) -> Resolution:
    """Split the source into the parts of a resolution."""
    segmenter = _Segmenter(context)
    for block in split_blocks(context.source.text):
        segmenter.feed(block)
    return segmenter.finish()
