"""Inline flow: a paragraph's text as read, written out as AKN.

A :class:`Flow` writes ``<span>``, ``<ref>`` and ``<authorialNote>`` into
a ``<p>`` (spans outside refs; notes outside refs, exactly where their
markers stood), and hands out the notes' eIds.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from akn_un.converter.parse.ir import FootnoteBody, Text
from akn_un.converter.text import note_id, note_label
from akn_un.converter.write.akn import Out, escape_attribute


@dataclass(slots=True)
class Flow:
    """Writes inline content; counts the links and the notes written."""

    footnotes: dict[int, FootnoteBody]
    links: int = 0
    notes_written: Counter[int] = field(default_factory=Counter)
    referenced: set[int] = field(default_factory=set)
    positions: dict[str, int] = field(default_factory=dict)

    def write(  # noqa: C901 - one branch per kind of boundary
        self,
        out: Out,
        read: Text,
    ) -> None:
        """Write ``read`` with its mark-up (the content of a ``<p>``).

        One sweep over the sorted boundaries of italics, refs and notes; at
        a shared position refs close first, then spans, then notes are
        placed, then spans and refs open.  A ref open across a span
        boundary or a note is closed there and opened again after it, so
        elements always nest.
        """
        text = read.inline.text
        refs = read.refs
        self.links += len(refs)
        events = _events(read)
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
        eid = note_id(number) + (f"_{copy}" if copy > 1 else "")
        self.positions[eid] = body.piece.offset
        out.open(
            "authorialNote", marker=note_label(number), placement="bottom",
            eId=eid,
        )
        if body.text is None:
            raise ValueError(f"note {number} was not read")
        out.open("p")
        self.write(out, body.text)
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
            marker=note_label(number),
            placement="bottom",
            href=f"#{note_id(number)}",
        )


def _events(read: Text) -> list[tuple[int, int, int]]:
    """(position, kind, value) of every boundary, in writing order."""
    events: list[tuple[int, int, int]] = []
    spans: list[tuple[int, int, int]] = [
        (*span, _ITALIC) for span in read.italics
    ]
    if read.bold is not None:
        spans.append((*read.bold, _BOLD))
    for start, end, style in spans:
        events.append((start, _OPEN_SPAN, style))
        events.append((end, _CLOSE_SPAN, style))
    for index, ref in enumerate(read.refs):
        events.append((ref.start, _OPEN_REF, index))
        events.append((ref.end, _CLOSE_REF, index))
    events.extend((m.position, _NOTE, m.number) for m in read.inline.markers)
    events.sort()
    return events


_CLOSE_REF, _CLOSE_SPAN, _NOTE, _OPEN_SPAN, _OPEN_REF = range(5)
_ITALIC, _BOLD = range(2)
_SPAN_CLASSES = ("italic", "bold")
