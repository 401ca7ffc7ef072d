"""Reading a paragraph's text: its inline mark-up, notes and citations.

A :class:`Reader` reads the inline mark-up of a paragraph, claims its
footnote markers (a marker is taken where its footnote has a body) and
finds its citations; what it reads is a :class:`~ir.Text` the writer
writes as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from akn_un.converter import rules
from akn_un.converter.context import Context
from akn_un.converter.parse.inline import (
    Inline,
    join_pieces,
    merge,
    parse_inline,
)
from akn_un.converter.parse.ir import FootnoteBody, Range, Ref, Text
from akn_un.converter.text import Piece, note_label
from akn_un.grammar.citations import (
    find_citations,
    link_base,
    symbol_of_link_text,
)

# Before a superscript that is a power: a unit of length or a figure.
_POWER_RE = re.compile(r"(?:\b[kcmd]?m|\d)$")


@dataclass(slots=True)
class Reader:
    """Reads paragraphs; owns the footnote bodies and which are claimed."""

    context: Context
    footnotes: dict[int, FootnoteBody]
    organ: str = "ga"
    claimed: set[int] = field(default_factory=set)

    def inline(
        self, pieces: Sequence[Piece], *, markers: bool = True
    ) -> Inline:
        """Plain text and ranges of the pieces, markers claimed."""
        inline = parse_inline(
            join_pieces(pieces), self._claim if markers else _never
        )
        for number, offset in inline.unclaimed:
            before = self.context.source.text[max(offset - 4, 0) : offset]
            if _POWER_RE.search(before):
                continue  # "km²", "10³": a power, not a marker
            self.context.report(
                rules.FOOTNOTE_BODY_MISSING,
                f"footnote marker {note_label(number)} has no body; kept as "
                f"text",
                offset,
            )
        for offset in inline.stray_stars:
            self.context.report(
                rules.UNPAIRED_ASTERISK, "unpaired '*' kept as text", offset
            )
        return inline

    def text(
        self,
        inline: Inline,
        italics: Sequence[Range] | None = None,
        bold: Range | None = None,
    ) -> Text:
        """``inline`` with its citations; ``italics`` replace its own."""
        spans = merge(inline.italics if italics is None else italics)
        return Text(inline, self.refs(inline), spans, bold)

    def read(
        self, pieces: Sequence[Piece], *, markers: bool = True
    ) -> Text:
        """The pieces read as one ``<p>``, with their own italics."""
        return self.text(self.inline(pieces, markers=markers))

    def _claim(self, number: int) -> bool:
        """Take a marker: the first for its body, or one that repeats it.

        A UN PDF may print a note's marker again where the same note
        applies ("Goals²" twice); the repeat refers to the note.
        """
        if number not in self.footnotes:
            return False
        self.claimed.add(number)
        return True

    def refs(self, inline: Inline) -> list[Ref]:
        """Links for the citations in the text and its ``[x](#)`` links."""
        text = inline.text
        language = self.context.language
        citations = find_citations(text, self.organ, language)
        base = link_base(language)
        refs: list[Ref] = []
        for link in inline.links:
            if link.target not in {"", "#"}:
                refs.append(Ref(link.start, link.end, link.target))
                continue
            cited = [
                c
                for c in citations
                if c.start < link.end and link.start < c.end
            ]
            if cited:
                refs.append(Ref(link.start, link.end, base + cited[0].symbol))
            elif symbol := symbol_of_link_text(text[link.start : link.end]):
                refs.append(Ref(link.start, link.end, base + symbol))
            else:
                self.context.report(
                    rules.LINK_TARGET_UNKNOWN,
                    f"link text {text[link.start : link.end]!r} cites no "
                    f"UN document; kept without a link",
                    link.offset,
                )
        linked = [(link.start, link.end) for link in inline.links]
        refs.extend(
            Ref(c.start, c.end, base + c.symbol)
            for c in citations
            if not any(s < c.end and c.start < e for s, e in linked)
        )
        refs.sort(key=lambda r: r.start)
        return refs


def _never(_: int) -> bool:
    return False
