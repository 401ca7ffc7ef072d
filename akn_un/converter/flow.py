"""Inline flow: paragraph text with its mark-up, written out as AKN.

A :class:`Flow` reads the inline mark-up of a paragraph, claims its
footnote markers, recognises citations and writes ``<span>``, ``<ref>``
and ``<authorialNote>`` into a ``<p>`` (spans outside refs; notes outside
refs, exactly where their markers stood).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from lxml import etree

from akn_un.converter.akn import append_text, element, sub
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


@dataclass(frozen=True, slots=True)
class Ref:
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
            symbol = symbol_of_link_text(text[link.start : link.end])
            if cited:
                refs.append(Ref(link.start, link.end, cited[0].href))
            elif symbol is not None:
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

    def write(  # noqa: C901 - one sweep over all boundaries
        self,
        parent: etree._Element,
        inline: Inline,
        *,
        italics: Sequence[Range] | None = None,
        start: int = 0,
        end: int | None = None,
    ) -> None:
        """Write ``inline.text[start:end]`` with its mark-up into parent."""
        text = inline.text
        end = len(text) if end is None else end
        spans = merge(inline.italics if italics is None else italics)
        refs = [r for r in self.refs(inline) if start <= r.start < end]
        notes: dict[int, list[int]] = {}
        for marker in inline.markers:
            if start <= marker.position <= end:
                notes.setdefault(marker.position, []).append(marker.number)
        points = {start, end}
        points.update(p for s, e in spans for p in (s, e) if start < p < end)
        points.update(p for r in refs for p in (r.start, r.end))
        points.update(p for p in notes if start <= p <= end)
        writer = _Writer(parent)
        ordered = sorted(points)
        span_index = ref_index = 0
        for here, there in zip(ordered, [*ordered[1:], end], strict=True):
            while span_index < len(spans) and spans[span_index][1] <= here:
                span_index += 1
            while ref_index < len(refs) and refs[ref_index].end <= here:
                ref_index += 1
            italic = (
                span_index < len(spans) and spans[span_index][0] <= here
            )
            ref = refs[ref_index] if ref_index < len(refs) else None
            if ref is not None and ref.start > here:
                ref = None
            if here in notes:
                writer.close_ref()
                if not italic:
                    writer.close_span()
                for number in notes.pop(here):
                    writer.append(self.note(number))
            if there > here:
                writer.text(text[here:there], italic=italic, ref=ref)

    def note(
        self, number: int, body: FootnoteBody | None = None
    ) -> etree._Element:
        """The ``<authorialNote>`` of footnote ``number``."""
        body = body or self.footnotes[number]
        note = element(
            "authorialNote",
            marker=str(number),
            placement="bottom",
            eId=f"authorialNote_{number}",
        )
        inline = self.read([body.piece], markers=False)
        self.write(sub(note, "p"), inline)
        return note


def _never(_: int) -> bool:
    return False


@dataclass(slots=True)
class _Writer:
    """Appends text into ``p``, opening and closing span and ref."""

    p: etree._Element
    span: etree._Element | None = None
    ref_el: etree._Element | None = None
    ref: Ref | None = None

    def close_ref(self) -> None:
        self.ref_el = None
        self.ref = None

    def close_span(self) -> None:
        self.close_ref()
        self.span = None

    def append(self, child: etree._Element) -> None:
        (self.span if self.span is not None else self.p).append(child)

    def text(self, value: str, *, italic: bool, ref: Ref | None) -> None:
        if italic and self.span is None:
            self.close_ref()
            self.span = sub(self.p, "span", class_="italic")
        elif not italic and self.span is not None:
            self.close_span()
        if ref is not self.ref:
            self.close_ref()
            if ref is not None:
                container = self.span if self.span is not None else self.p
                self.ref_el = sub(container, "ref", href=ref.href)
                self.ref = ref
        target = (
            self.ref_el
            if self.ref_el is not None
            else self.span
            if self.span is not None
            else self.p
        )
        append_text(target, value)
