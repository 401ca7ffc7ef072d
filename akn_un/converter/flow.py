"""Inline flow: paragraph text with its mark-up, written out as AKN.

A :class:`Flow` reads the inline mark-up of a paragraph, claims its
footnote markers, recognises citations and writes ``<span>``, ``<ref>``
and ``<authorialNote>`` into a ``<p>`` (spans outside refs; notes outside
refs, exactly where their markers stood).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from lxml import etree

from akn_un.converter.akn import AKN_NS, element, sub
from akn_un.converter.citations import (
    LINK_BASE,
    find_citations,
    symbol_of_link_text,
)
from akn_un.converter.context import Context
from akn_un.converter.inline import (
    Inline,
    Piece,
    join_pieces,
    parse_inline,
)
from akn_un.converter.ir import FootnoteBody

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


@dataclass(slots=True)
class Flow:
    """Writes inline content; owns the footnote bodies and their claims."""

    context: Context
    footnotes: dict[int, FootnoteBody]
    claimed: set[int] = field(default_factory=set)
    links: int = 0
    notes_written: Counter[int] = field(default_factory=Counter)

    def read(self, pieces: Sequence[Piece], *, markers: bool = True) -> Inline:
        """Plain text and ranges of the pieces, markers claimed."""
        inline = parse_inline(
            join_pieces(pieces), self._claim if markers else _never
        )
        for number, offset in inline.unclaimed:
            self.context.report(
                "V001",
                f"footnote marker {number} has no body; kept as text",
                offset,
            )
        for offset in inline.stray_stars:
            self.context.report(
                "V012", "unpaired '*' kept as text", offset
            )
        return inline

    def _claim(self, number: int) -> bool:
        if number in self.footnotes and number not in self.claimed:
            self.claimed.add(number)
            return True
        return False

    def refs(self, inline: Inline) -> list[Ref]:
        """Links for the citations in the text and its ``[x](#)`` links."""
        text = inline.text
        citations = find_citations(text)
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
                refs.append(Ref(link.start, link.end, cited[0].href))
            elif symbol := symbol_of_link_text(text[link.start : link.end]):
                refs.append(Ref(link.start, link.end, LINK_BASE + symbol))
            else:
                self.context.report(
                    "V009",
                    f"link text {text[link.start : link.end]!r} cites no "
                    f"UN document; kept without a link",
                    link.offset,
                )
        linked = [(link.start, link.end) for link in inline.links]
        refs.extend(
            Ref(c.start, c.end, c.href)
            for c in citations
            if not any(s < c.end and c.start < e for s, e in linked)
        )
        refs.sort(key=lambda r: r.start)
        self.links += len(refs)
        return refs

    def write(
        self,
        parent: etree._Element,
        inline: Inline,
        *,
        italics: Sequence[Range] | None = None,
    ) -> None:
        """Write ``inline`` with its mark-up into ``parent``.

        One sweep over the sorted boundaries of italics, refs and notes; at
        a shared position refs close first, then spans, then notes are
        placed, then spans and refs open.
        """
        text = inline.text
        events: list[tuple[int, int, int]] = []
        spans = merge(inline.italics if italics is None else italics)
        for start, end in spans:
            events.append((start, _OPEN_SPAN, 0))
            events.append((end, _CLOSE_SPAN, 0))
        refs = self.refs(inline)
        for index, ref in enumerate(refs):
            events.append((ref.start, _OPEN_REF, index))
            events.append((ref.end, _CLOSE_REF, index))
        events.extend((m.position, _NOTE, m.number) for m in inline.markers)
        events.sort()
        writer = _Writer(parent)
        pos = 0
        for where, kind, value in events:
            if where > pos:
                writer.text(text[pos:where])
                pos = where
            if kind == _CLOSE_REF:
                writer.close_ref()
            elif kind == _CLOSE_SPAN:
                writer.close_span()
            elif kind == _NOTE:
                writer.append(self.note(value))
            elif kind == _OPEN_SPAN:
                writer.open_span()
            else:
                writer.open_ref(refs[value].href)
        if pos < len(text):
            writer.text(text[pos:])

    def note(
        self, number: int, body: FootnoteBody | None = None
    ) -> etree._Element:
        """The ``<authorialNote>`` of footnote ``number``."""
        body = body or self.footnotes[number]
        self.notes_written[number] += 1
        copy = self.notes_written[number]
        note = element(
            "authorialNote",
            marker=str(number),
            placement="bottom",
            eId=f"authorialNote_{number}" + (f"_{copy}" if copy > 1 else ""),
        )
        inline = self.read([body.piece], markers=False)
        self.write(sub(note, "p"), inline)
        return note


def _never(_: int) -> bool:
    return False


_CLOSE_REF, _CLOSE_SPAN, _NOTE, _OPEN_SPAN, _OPEN_REF = range(5)
_SPAN = f"{{{AKN_NS}}}span"
_REF = f"{{{AKN_NS}}}ref"


class _Writer:
    """Appends text into ``p``: spans inside it, refs inside those.

    A ref open across a span boundary or a note is closed there and opened
    again for the text after it, so elements always nest.
    """

    __slots__ = ("href", "last", "p", "ref", "span", "span_last")

    def __init__(self, p: etree._Element) -> None:
        self.p = p
        self.last: etree._Element | None = None
        self.span: etree._Element | None = None
        self.span_last: etree._Element | None = None
        self.ref: etree._Element | None = None
        self.href: str | None = None

    def _add(self, tag: str, attrs: dict[str, str]) -> etree._Element:
        if self.span is not None:
            child = etree.SubElement(self.span, tag, attrs)
            self.span_last = child
        else:
            child = etree.SubElement(self.p, tag, attrs)
            self.last = child
        return child

    def open_span(self) -> None:
        self.ref = None
        self.span = etree.SubElement(self.p, _SPAN, {"class": "italic"})
        self.last = self.span
        self.span_last = None

    def close_span(self) -> None:
        self.ref = None
        self.span = None

    def open_ref(self, href: str) -> None:
        self.href = href
        self.ref = None

    def close_ref(self) -> None:
        self.href = None
        self.ref = None

    def append(self, child: etree._Element) -> None:
        self.ref = None
        if self.span is not None:
            self.span.append(child)
            self.span_last = child
        else:
            self.p.append(child)
            self.last = child

    def text(self, value: str) -> None:
        if self.href is not None:
            if self.ref is None:
                self.ref = self._add(_REF, {"href": self.href})
            self.ref.text = (self.ref.text or "") + value
            return
        if self.span is not None:
            holder, last = self.span, self.span_last
        else:
            holder, last = self.p, self.last
        if last is None:
            holder.text = (holder.text or "") + value
        else:
            last.tail = (last.tail or "") + value
