r"""Inline mark-up of the extracted text, read into stand-off ranges.

The text as extracted from a PDF carries a little Markdown: ``*italic*``,
``[72/192](#)`` links, backslash escapes such as ``\\(`` and Unicode
superscript footnote markers (``¹``, ``³⁵``).  :func:`parse_inline` turns a
paragraph into its plain text plus ranges over that text, so that later
stages (lead phrases, citations) work on plain text and the builder can
nest the elements as it needs.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from akn_un.converter.text import Piece, note_label, superscript_number
from akn_un.grammar.languages import SUSPENDED_HYPHEN
from akn_un.grammar.shapes import MARKER

ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])")
_MARKUP_RE = re.compile(r"[\\\[*⁰¹²³⁴⁵⁶⁷⁸⁹⁽]")
_TOKEN_RE = re.compile(
    r"""
      \\(?P<escaped>[\\`*_{}\[\]()\#+\-.!|])     # backslash escape
    | \[(?P<link_text>(?:\\.|[^\[\]\\])*)\]      # [link text]
      \((?P<link_target>[^()\s]*)\)              # (target), often just "#"
    | (?P<star>\*)                               # italic on or off
    | (?P<marker>MARKER)                         # a footnote's marker
    """.replace("MARKER", MARKER),
    re.VERBOSE,
)


# A pair of stars around text, not inside a word: "*46th plenary meeting".
_PAIRED_STARS_RE = re.compile(r"(?<!\w)\*([^*\s](?:[^*]*[^*\s])?)\*(?!\w)")


def plain_lines(lines: Sequence[str]) -> list[str]:
    """Lines without their paired ``*`` italics and escapes, spaces folded.

    For masthead and closing lines, whose italics are only typography (a
    pair may span lines: "*46th plenary meeting" / "16 December 2020*");
    an unpaired ``*`` is kept.
    """
    if not lines:
        return []
    text = ESCAPE_RE.sub(r"\1", "\n".join(lines))
    text = _PAIRED_STARS_RE.sub(r"\1", text)
    return [" ".join(line.split()) for line in text.split("\n")]


class Link(NamedTuple):
    """A ``[text](target)`` link over ``text[start:end]``."""

    start: int
    end: int
    target: str
    offset: int


class Marker(NamedTuple):
    """A footnote marker claimed at a position of the plain text."""

    position: int
    number: int
    offset: int


@dataclass(slots=True)
class Inline:
    """Plain text with italic ranges, links and footnote markers."""

    text: str
    italics: list[tuple[int, int]] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    markers: list[Marker] = field(default_factory=list)
    unclaimed: list[tuple[int, int]] = field(default_factory=list)
    stray_stars: list[int] = field(default_factory=list)


class Raw(NamedTuple):
    """Pieces joined into one string, with a map back to source offsets."""

    text: str
    starts: tuple[int, ...]
    offsets: tuple[int, ...]

    def source_offset(self, position: int) -> int:
        """Source offset of a position in :attr:`text`."""
        index = max(bisect.bisect_right(self.starts, position) - 1, 0)
        return self.offsets[index] + position - self.starts[index]


def merge(ranges: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted ranges with overlapping and touching ones merged."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


# "gender- and age-sensitive": a hyphen that waits for a later word.
# A word's hyphen at a line's end: "gender-" (not a dash set apart, " -").
_HYPHENATED_RE = re.compile(r"\w[-\u2010\u2011]$")
_FIRST_WORD_RE = re.compile(r"\w+")


def join_pieces(pieces: Sequence[Piece]) -> Raw:
    """Join the lines of the pieces of a paragraph split by page breaks.

    Lines are joined with a space, except after a word's trailing hyphen,
    which is kept and joined with no space ("zero-" + "tolerance"), unless
    the next line goes on with a word after which a hyphen stands apart
    ("gender-" + "and age-sensitive"; each language's words).  A dash set
    apart (" -") keeps its space.
    """
    if len(pieces) == 1 and "\n" not in pieces[0].text:
        piece = pieces[0]
        stripped = piece.text.strip()
        lead = len(piece.text) - len(piece.text.lstrip())
        return Raw(stripped, (0,), (piece.offset + lead,))
    parts: list[str] = []
    starts: list[int] = []
    offsets: list[int] = []
    length = 0
    for piece in pieces:
        line_offset = piece.offset
        for line in piece.text.split("\n"):
            stripped = line.strip()
            lead = len(line) - len(line.lstrip())
            if stripped:
                hyphenated = parts and _HYPHENATED_RE.search(parts[-1])
                first = _FIRST_WORD_RE.match(stripped)
                suspended = first is not None and (
                    first.group().casefold() in SUSPENDED_HYPHEN)
                if parts and not (hyphenated and not suspended):
                    parts.append(" ")
                    length += 1
                starts.append(length)
                offsets.append(line_offset + lead)
                parts.append(stripped)
                length += len(stripped)
            line_offset += len(line) + 1
    return Raw("".join(parts), tuple(starts), tuple(offsets))


def parse_inline(  # noqa: C901, PLR0912, PLR0915 - one branch per token
    raw: Raw, claim: Callable[[int], bool]
) -> Inline:
    """Read the inline mark-up of ``raw`` into plain text and ranges.

    ``claim(n)`` says whether a marker for footnote ``n`` is taken as a
    footnote (it has a body not yet used); markers not claimed stay in the
    text as the superscript digits they are, and are listed in
    ``unclaimed``.  An unpaired ``*`` is kept as text, never dropped, and
    so are an empty ``**`` and a ``*`` inside a word ("2*3") unless, as in
    Markdown, a later star closes the italics it opens ("O*fficial*").

    One pass: candidates are found with a character class, which ``re``
    scans fast, and only there is the token pattern tried.
    """
    text = raw.text
    result = Inline("")
    out: list[str] = []
    length = 0
    italic_start: int | None = None
    opener = 0
    link: tuple[int, str, int] | None = None
    link_close = link_resume = 0
    pos = search_from = 0
    while True:
        candidate = _MARKUP_RE.search(text, search_from)
        cut = len(text) if candidate is None else candidate.start()
        if link is not None and link_close <= cut:
            out.append(text[pos:link_close])
            length += link_close - pos
            if length > link[0]:
                result.links.append(Link(link[0], length, link[1], link[2]))
            link = None
            pos = search_from = link_resume
            continue
        if candidate is None:
            break
        match = _TOKEN_RE.match(text, cut)
        if match is None:
            search_from = cut + 1
            continue
        if cut > pos:
            out.append(text[pos:cut])
            length += cut - pos
        pos = search_from = match.end()
        kind = match.lastgroup
        if (
            kind == "star"
            and _inside_word(text, cut)
            and not (italic_start is not None or _CLOSER_RE.search(text, pos))
        ):
            out.append("*")
            length += 1
        elif kind == "star":
            if italic_start is None:
                italic_start, opener = length, cut
            elif length > italic_start:
                result.italics.append((italic_start, length))
                italic_start = None
            else:  # "**" marks nothing: it is text
                out.append("**")
                length += 2
                italic_start = None
        elif kind == "marker":
            number = superscript_number(match.group())
            if claim(number):
                result.markers.append(
                    Marker(length, number, raw.source_offset(cut))
                )
            else:
                result.unclaimed.append((number, raw.source_offset(cut)))
                printed = match.group() if number >= 0 else note_label(number)
                out.append(printed)
                length += len(printed)
        elif kind == "escaped":
            out.append(match.group("escaped"))
            length += 1
        else:
            link = (length, match.group("link_target"), raw.source_offset(cut))
            link_close, link_resume = match.end("link_text"), match.end()
            pos = search_from = match.start("link_text")
    if pos < len(text):
        out.append(text[pos:])
    result.text = "".join(out)
    if italic_start is not None:
        _keep_unpaired_star(result, italic_start, raw.source_offset(opener))
    return result


# A star that can close italics: one after a non-space.
_CLOSER_RE = re.compile(r"(?<=[^\s\\])\*")


def _inside_word(text: str, position: int) -> bool:
    """Whether a star has letters or digits on both sides ("2*3")."""
    return (
        0 < position < len(text) - 1
        and text[position - 1].isalnum()
        and text[position + 1].isalnum()
    )


def _keep_unpaired_star(result: Inline, position: int, offset: int) -> None:
    """Put back, as text, the star that opened italics never closed."""
    result.text = f"{result.text[:position]}*{result.text[position:]}"
    result.markers = [
        m._replace(position=m.position + 1) if m.position >= position else m
        for m in result.markers
    ]
    result.links = [
        link._replace(
            start=link.start + (link.start >= position),
            end=link.end + (link.end >= position),
        )
        for link in result.links
    ]
    result.stray_stars.append(offset)


def unwrap_italics(inline: Inline) -> bool:
    """Undo italics that wrap a whole paragraph, as PDF extraction does.

    When the first italic run starts the paragraph and the last one ends
    it just after its closing punctuation, the paragraph was italicised
    from end to end by mistake: the italic ranges are inverted, so titles
    set off inside it stay italic.  Returns whether anything changed.
    """
    text = inline.text
    spans = inline.italics
    if not spans:
        return False
    body_end = len(text.rstrip())
    first_start, _ = spans[0]
    _, last_end = spans[-1]
    covers = sum(end - start for start, end in spans)
    if first_start != len(text) - len(text.lstrip()) or last_end < body_end:
        return False
    if text[body_end - 1 : body_end] not in {";", ".", ",", ":"}:
        return False
    if covers * 2 < body_end:
        return False
    inverted: list[tuple[int, int]] = []
    pos = first_start
    for start, end in spans:
        if start > pos:
            inverted.append((pos, start))
        pos = end
    inline.italics = inverted
    return True
