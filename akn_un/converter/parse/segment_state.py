"""The segmenter's state, and what it asks of a block of text given it.

Whether a block carries on the open paragraph after a page break, opens
a new one, is a title under a bare number, or is preambular or operative:
questions read from the shapes of the text (``shapes``) and the state of
the parts found so far. :mod:`akn_un.converter.parse.segment` feeds the blocks.
"""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

from akn_un.converter.context import Context
from akn_un.converter.parse.ir import Kind, Paragraph, Resolution
from akn_un.grammar.shapes import (
    ABBREVIATION_RE,
    BULLETS,
    ENDS_MID_SENTENCE_RE,
    FORMULA_RE,
    HEADING_RE,
    IN_POINTS,
    MARKER_CHARS,
    OPERATIVE_RE,
    POINT_RE,
    RULE_RE,
    TABLE_NOTE_RE,
    TERMINATED_RES,
    TITLE_MAX,
    ends_sentence,
    is_heading,
    opening_words,
    starts_caseless,
    starts_lowercase,
    starts_mid_sentence,
)
from akn_un.grammar.vocabulary import load


def is_terminated(paragraph: Paragraph) -> bool:
    """Whether the paragraph, as far as read, ends as its kind ends."""
    last = paragraph.texts[-1][-1].text[-16:].rstrip()
    pattern = TERMINATED_RES.get(paragraph.kind)
    if pattern is None:
        return True
    return bool(pattern.search(last))


# How long an unnumbered paragraph is to be prose, not a list's line.
_PROSE = 400
_OPENING_QUOTES = ("\u201c", "\u00ab", '"')


class State(StrEnum):
    """Which part of the document the segmenter is in."""

    MASTHEAD = "masthead"
    PREAMBLE = "preamble"
    OPERATIVE = "operative"
    ANNEX = "annex"
    CLOSED = "closed"  # after the closing lines


class _Leads(NamedTuple):
    preambular: bool
    operative: bool


class SegmentState:
    """Where the segmenter stands; the questions that depend on it."""

    def __init__(self, context: Context) -> None:
        """At the masthead, nothing found yet."""
        self.context = context
        self.top = self.result = Resolution()
        self.state = State.MASTHEAD
        self.open: Paragraph | None = None
        self.last: Paragraph | None = None
        self.last_letter: str | None = None
        self.state_before_heading = self.state
        self.broken = False
        self.last_kind: Kind | None = None
        self.table_notes = False
        self.under_table = False
        self.unlettered_item = False
        self.preambular = load(Kind.PREAMBULAR, context.language)
        self.operative = load(Kind.OPERATIVE, context.language)
        self._leads_of: tuple[str, _Leads] | None = None

    def _leads(self, text: str) -> _Leads:
        """Whether ``text`` opens with a preambular and an operative lead.

        The segmenter asks this of a block several ways; it is read once.
        """
        if self._leads_of is None or self._leads_of[0] != text:
            opening = opening_words(text)
            self._leads_of = (text, _Leads(
                preambular=self.preambular.match(opening) is not None,
                operative=self.operative.match(opening) is not None,
            ))  # fmt: skip
        return self._leads_of[1]

    def _continues(self, text: str, *, broken: bool) -> bool:
        """Whether ``text`` carries on the open paragraph after a break.

        ``broken``: footnote bodies came between, so a page ended there.
        """
        paragraph = self.open
        if paragraph is None or paragraph.kind is Kind.TABLE:
            return paragraph is not None and text.startswith("|")
        if paragraph.kind is Kind.HEADING:
            return self._heading_continues(paragraph, text, broken=broken)
        under_table = self.table_notes or self.under_table
        # a rule is a block of its own: nothing goes on over it
        rule = RULE_RE.fullmatch(text.strip()) or RULE_RE.fullmatch(
            paragraph.texts[-1][-1].text.strip())
        opens = bool(
            rule
            or OPERATIVE_RE.match(text)
            or POINT_RE.match(text)
            # "b See A/75/639.": the next note under a table
            or (under_table and TABLE_NOTE_RE.match(text))
            or self._opens_with_italic_lead(text)
        )
        terminated = is_terminated(paragraph)
        last = paragraph.texts[-1][-1].text.rstrip(MARKER_CHARS)
        # "… parties to armed conflict to:" then "abide by …;" and "take
        # all feasible precautions …;": the items of a list printed
        # without letters
        item = paragraph.kind is not Kind.POINT and (
            last.endswith(":")
            or (self.unlettered_item and last.endswith((";", ",")))
        )
        # A lead phrase in lower case after a finished paragraph opens one
        # even without its italics, as Russian prints them ("ссылаясь").
        if opens or item or (terminated and self._opens_with_lead(text)):
            return False
        if self._in_quotation(paragraph, last) and not text.startswith(
                _OPENING_QUOTES):
            return True
        mid_sentence = starts_mid_sentence(text, last)
        if mid_sentence or self._caseless_cut(text, broken=broken):
            ends = terminated and not ABBREVIATION_RE.search(last[-16:])
            # after a finished paragraph, a heading in a script without
            # case (a part's title) is no paragraph's rest
            heading = not mid_sentence and is_heading(" ".join(text.split()))
            return not (ends and (paragraph.kind is Kind.POINT or heading))
        return ENDS_MID_SENTENCE_RE.search(last[-12:]) is not None or (
            _unfinished(paragraph, last, text, terminated=terminated))

    @staticmethod
    def _in_quotation(paragraph: Paragraph, last: str) -> bool:
        """Whether ``paragraph`` is in a quotation that goes on.

        A quotation of many paragraphs opens each with a quotation mark
        and closes only the last (a presidential statement): a block
        that opens with none carries the paragraph on.
        """
        first = paragraph.texts[0][0].text.lstrip() if (
            paragraph.texts and paragraph.texts[0]) else ""
        return first.startswith(_OPENING_QUOTES) and not last.rstrip(
            ".;,").endswith(("\u201d", "\u00bb", '"'))

    def _caseless_cut(self, text: str, *, broken: bool) -> bool:
        """Whether ``text`` after a page end carries on a cut sentence.

        In a script without lower case to show it (Arabic, Chinese), it
        does unless it opens a paragraph.
        """
        return (
            broken
            and starts_caseless(text)
            and not self._opens_paragraph(text)
        )

    def _heading_continues(
        self, heading: Paragraph, text: str, *, broken: bool
    ) -> bool:
        """Whether ``text`` shows the "heading" was a paragraph cut short.

        It does when it starts in lower case, or, in the preamble, when a
        page ended after the "heading" and ``text`` opens no paragraph.
        """
        if self._opens_with_italic_lead(text) or (
            # a lower-case lead phrase without its italics (Russian)
            starts_lowercase(text) and self._opens_with_lead(text)
        ):
            return False
        last = heading.texts[-1][-1].text if heading.texts else ""
        cut = (
            starts_mid_sentence(text, last)
            or bool(ENDS_MID_SENTENCE_RE.search(last[-12:]))
            or (
                broken
                and self.state_before_heading is State.PREAMBLE
                and not self._opens_paragraph(text)
            )
        )
        if heading.number is None and cut:
            self._unmake_heading(heading)
            return True
        return False

    def _bullet_level(self) -> int:
        """A bullet under a lettered point is a level below it."""
        last = self.open or self.last
        if self.last_kind not in IN_POINTS or last is None:
            return 1
        point = self.result.operative[-1] if self.result.operative else last
        for item in reversed(self.result.operative):
            if item.kind is Kind.POINT:
                point = item
                break
        if point.number and point.number[0] in BULLETS:
            return point.level
        return point.level + 1

    def _opens_with_italic_lead(self, text: str) -> bool:
        """Whether ``text`` opens with a known lead phrase in italics.

        Such a text opens a paragraph even in lower case, as Russian
        prints lead phrases ("*подтверждая также*").
        """
        return text.startswith("*") and self._opens_with_lead(text)

    def _opens_with_lead(self, text: str) -> bool:
        """Whether ``text`` opens with a known lead phrase."""
        leads = self._leads(text)
        return leads.preambular or leads.operative

    def _opens_paragraph(self, text: str) -> bool:
        """Whether ``text`` reads as the start of a paragraph or heading."""
        return (
            text.startswith("*")
            or bool(OPERATIVE_RE.match(text) or POINT_RE.match(text))
            or bool(HEADING_RE.fullmatch(text))
            or self._opens_with_lead(text)
        )

    def _is_title(self, text: str) -> bool:
        """Whether ``text`` is the title under a bare "I" or "Annex"."""
        last = self.open
        under_number = (
            last is not None
            and last.kind is Kind.HEADING
            and last.number is not None
            and not last.texts
        )
        under_annex = (
            self.state is State.ANNEX and not self.result.annexes[-1].body
        )
        return (under_number or under_annex) and is_heading(text, TITLE_MAX)

    def _unmake_heading(self, paragraph: Paragraph) -> None:
        """Mend a "heading" that a page break cut from its paragraph.

        The state it changed is restored and it becomes the paragraph it
        was.
        """
        self.state = self.state_before_heading
        paragraph.kind = self._unnumbered_kind()
        if self.state is State.PREAMBLE:
            self.result.operative.remove(paragraph)
            self.result.preamble.append(paragraph)

    def _preamble_goes_on(self, text: str) -> bool:
        """Whether a heading-like line in the preamble is preambular text.

        Headings come only before the first preambular paragraph, and a
        lead shaped like a preambular one ("Profoundly", "Welcoming")
        opens no heading.
        """
        first = opening_words(text).split(" ", 1)[0]
        return bool(self.result.preamble) or first.endswith(("ing", "ly"))

    def _preambular_lead(self, text: str) -> bool:
        """Whether ``text`` opens with a known preambular lead phrase."""
        return self._leads(text).preambular

    def _unnumbered_kind(self, text: str = "") -> Kind:
        """The kind of an unnumbered paragraph.

        Preambular when it opens with a preambular lead ("Recalling"), or
        stands in the preamble without an operative one ("Urges", which
        ends the preamble); operative otherwise.  A phrase of both kinds
        ("表示注意到", takes note) is operative when its sentence ends
        there, as no preambular paragraph does.
        """
        preambular_lead, operative_lead = self._leads(text)
        if preambular_lead and operative_lead:
            preambular_lead = not ends_sentence(text)
        preamble = self.state is State.PREAMBLE
        if preamble and operative_lead and not preambular_lead:
            self.state = State.OPERATIVE
        elif self.state is State.PREAMBLE or (
            preambular_lead and not operative_lead
        ):
            return Kind.PREAMBULAR
        return Kind.OPERATIVE


def _unfinished(
    paragraph: Paragraph, last: str, text: str, *, terminated: bool
) -> bool:
    """Whether ``paragraph`` ends unfinished, ``text`` its rest.

    Unnumbered lines (lists, datelines) often end unpunctuated; a long one
    cut after a word ("… The Security" / "Council reiterates …", a
    statement's paragraph) goes on, unless ``text`` is a heading or a
    quotation's start (a statement's next paragraph).
    """
    unnumbered = paragraph.number is None and paragraph.kind in {
        Kind.OPERATIVE, Kind.POINT_TEXT}
    prose = sum(len(piece.text) for piece in paragraph.texts[-1]) >= _PROSE
    if unnumbered and last[-1:].isalpha() and prose:
        return not (is_heading(" ".join(text.split()))
                    or text.startswith(_OPENING_QUOTES))
    return not (unnumbered or terminated or FORMULA_RE.fullmatch(text))
