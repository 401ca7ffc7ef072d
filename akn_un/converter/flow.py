"""Inline flow: paragraph text with its mark-up, written out as AKN.

A :class:`Flow` reads the inline mark-up of a paragraph, claims its
footnote markers, recognises citations and writes ``<span>``, ``<ref>``
and ``<authorialNote>`` into a ``<p>`` (spans outside refs; notes outside
refs, exactly where their markers stood).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from akn_un.converter import rules
from akn_un.converter.akn import Out, escape_attribute
from akn_un.converter.context import Context
from akn_un.converter.inline import (
    Inline,
    Piece,
    join_pieces,
    parse_inline,
)
from akn_un.converter.ir import FootnoteBody
from akn_un.grammar.citations import (
    find_citations,
    link_base,
    symbol_of_link_text,
)

Range = tuple[int, int]


class Ref(NamedTuple):
    """A ``<ref>`` over ``text[start:end]``."""

    start: int
    end: int
    href: str


def merge(ranges: Sequence[Range]) -> list[Range]:
    """Sorted ranges with overlapping and touching ones merged."""
    merged: list[Range] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


# Before a superscript that is a power: a unit of length or a figure.
_POWER_RE = re.compile(r"(?:\b[kcmd]?m|\d)$")


@dataclass(slots=True)
class Flow:
    """Writes inline content; owns the footnote bodies and their claims."""

    context: Context
    footnotes: dict[int, FootnoteBody]
    organ: str = "ga"
    claimed: set[int] = field(default_factory=set)
    links: int = 0
    notes_written: Counter[int] = field(default_factory=Counter)
    referenced: set[int] = field(default_factory=set)
    positions: dict[str, int] = field(default_factory=dict)

    def read(self, pieces: Sequence[Piece], *, markers: bool = True) -> Inline:
        """Plain text and ranges of the pieces, markers claimed."""
        inline = parse_inline(
            join_pieces(pieces), self._claim if markers else _never
        )
        for number, offset in inline.unclaimed:
            if _POWER_RE.search(self.context.source.text[:offset][-4:]):
                continue  # "km²", "10³": a power, not a marker
            self.context.report(
                rules.FOOTNOTE_BODY_MISSING,
                f"footnote marker {number} has no body; kept as text",
                offset,
            )
        for offset in inline.stray_stars:
            self.context.report(
                rules.UNPAIRED_ASTERISK, "unpaired '*' kept as text", offset
            )
        return inline

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
        self.links += len(refs)
        return refs

    def write(  # noqa: C901 - one branch per kind of boundary
        self,
        out: Out,
        inline: Inline,
        *,
        italics: Sequence[Range] | None = None,
        bold: Range | None = None,
    ) -> None:
        """Write ``inline`` with its mark-up (the content of a ``<p>``).

        ``italics`` replace the inline's own; ``bold`` is a range set in
        bold (a Chinese lead phrase).

        One sweep over the sorted boundaries of italics, refs and notes; at
        a shared position refs close first, then spans, then notes are
        placed, then spans and refs open.  A ref open across a span
        boundary or a note is closed there and opened again after it, so
        elements always nest.
        """
        text = inline.text
        refs = self.refs(inline)
        events = _events(inline, refs, italics, bold)
        href: str | None = None
        ref_open = False
        pos = 0
        for where, kind, value in events:
            if where > pos:
                if href is not None and not ref_open:
                    out.markup(f'<ref href="{href}">')
                    ref_open = True
                out.text(text[pos:where])
                pos = where
            if ref_open and kind != _OPEN_REF:
                out.markup("</ref>")
                ref_open = False
            if kind == _CLOSE_REF:
                href = None
            elif kind == _CLOSE_SPAN:
                out.markup("</span>")
            elif kind == _NOTE:
                self._marker(out, value)
            elif kind == _OPEN_SPAN:
                out.markup(f'<span class="{_SPAN_CLASSES[value]}">')
            else:
                href = escape_attribute(refs[value].href)
        if pos < len(text):
            if href is not None and not ref_open:
                out.markup(f'<ref href="{href}">')
                ref_open = True
            out.text(text[pos:])
        if ref_open:
            out.markup("</ref>")

    def note(
        self, out: Out, number: int, body: FootnoteBody | None = None
    ) -> None:
        """Write the ``<authorialNote>`` of footnote ``number``."""
        body = body or self.footnotes[number]
        self.notes_written[number] += 1
        copy = self.notes_written[number]
        eid = f"authorialNote_{number}" + (f"_{copy}" if copy > 1 else "")
        self.positions[eid] = body.piece.offset
        out.open(
            "authorialNote", marker=str(number), placement="bottom", eId=eid
        )
        out.open("p")
        self.write(out, self.read([body.piece], markers=False))
        out.close("p")
        out.close("authorialNote")


    def _marker(self, out: Out, number: int) -> None:
        """A marker's note; the note again as a ``<noteRef>``."""
        if number in self.referenced:
            self.note_ref(out, number)
        else:
            self.referenced.add(number)
            self.note(out, number)

    def note_ref(self, out: Out, number: int) -> None:
        """Write a ``<noteRef>`` to note ``number``, printed again."""
        out.element(
            "noteRef",
            marker=str(number),
            placement="bottom",
            href=f"#authorialNote_{number}",
        )


def _never(_: int) -> bool:
    return False


def _events(
    inline: Inline,
    refs: list[Ref],
    italics: Sequence[Range] | None,
    bold: Range | None,
) -> list[tuple[int, int, int]]:
    """(position, kind, value) of every boundary, in writing order."""
    events: list[tuple[int, int, int]] = []
    spans = [
        (*span, _ITALIC)
        for span in merge(inline.italics if italics is None else italics)
    ]
    if bold is not None:
        spans.append((*bold, _BOLD))
    for start, end, style in spans:
        events.append((start, _OPEN_SPAN, style))
        events.append((end, _CLOSE_SPAN, style))
    for index, ref in enumerate(refs):
        events.append((ref.start, _OPEN_REF, index))
        events.append((ref.end, _CLOSE_REF, index))
    events.extend((m.position, _NOTE, m.number) for m in inline.markers)
    events.sort()
    return events


_CLOSE_REF, _CLOSE_SPAN, _NOTE, _OPEN_SPAN, _OPEN_REF = range(5)
_ITALIC, _BOLD = range(2)
_SPAN_CLASSES = ("italic", "bold")
