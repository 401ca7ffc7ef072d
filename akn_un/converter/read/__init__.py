"""The forms a resolution's text comes in, read into the converter's form.

The converter reads one form of text (that of ``examples/``: blocks
between blank lines, ``*italic*`` lead phrases, superscript footnote
markers, bodies as ``¹ text`` blocks).  Extractions of the PDF come in
others: Markdown from PDF-to-Markdown tools, hard-wrapped plain text with
form feeds, page furniture and plain-digit markers.  :func:`read` finds
what the text has of each and rewrites it, keeping a map back to the
original's offsets; text already in the converter's form is left as it
is.  Nothing but page furniture and mark-up is taken out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from akn_un.converter.read.edits import Edit, Edited
from akn_un.converter.read.furniture import Removed, furniture
from akn_un.converter.read.markdown import front_matter, is_markdown, markdown
from akn_un.converter.read.markers import block_end_markers, plain_markers
from akn_un.converter.read.masthead_lines import (
    masthead_lines,
    title_number_alone,
)
from akn_un.converter.read.notes import note_areas, numbered_notes
from akn_un.converter.read.paragraphs import (
    annex_titles,
    breaks,
    glued_paragraphs,
    hyphens,
    lost_letters,
    numbers_alone,
)
from akn_un.converter.read.symbols import symbol_notes
from akn_un.grammar.shapes import FORMULA_RE, TITLE_RE

__all__ = ["Reading", "read"]

_TITLE_LINE_RE = re.compile(
    rf"^[ \t]*\**{TITLE_RE.pattern}(?P<title>[^\n]*)", re.MULTILINE
)
_FORMULA_LINE_RE = re.compile(
    rf"^[ \t]*{FORMULA_RE.pattern}[ \t]*$", re.MULTILINE
)


@dataclass(slots=True)
class Reading:
    """The text in the converter's form, and what reading it found.

    ``front`` holds the front matter's values (``symbol``, ``date``);
    ``removed``, the lines of page furniture taken out; ``lettered``,
    where points' lost letters were put back; ``markers``, the plain
    digits read as footnote markers, with their numbers; ``hyphens``, the
    words split at a hyphen that were joined without evidence in the text
    (offsets in the original).
    """

    edited: Edited
    front: dict[str, str] = field(default_factory=dict)
    removed: list[Removed] = field(default_factory=list)
    lettered: list[int] = field(default_factory=list)
    markers: list[tuple[int, str]] = field(default_factory=list)
    hyphens: list[tuple[int, str]] = field(default_factory=list)
    front_problem: tuple[str, int] | None = None

    @property
    def text(self) -> str:
        """The text in the converter's form."""
        return self.edited.text


def read(text: str) -> Reading:
    """``text`` in the converter's form, with a map back to it."""
    reading = Reading(Edited(text))
    front, edits, reading.front_problem = front_matter(text)
    reading.front = front
    _apply(reading, edits)
    extracted = bool(front) or "\f" in text
    glued = glued_paragraphs(reading.text)
    if glued:
        extracted = True
        _apply(reading, glued)
    if is_markdown(reading.text):
        extracted = True
        _apply(reading, markdown(reading.text))
    if "\f" in reading.text:
        _apply(reading, [
            Edit(m.start(), m.end(), "\n")
            for m in re.finditer("\f", reading.text)
        ])  # fmt: skip
    for notes_in in (note_areas, numbered_notes):
        notes = notes_in(reading.text)
        if notes:
            extracted = True
            _apply(reading, notes)
    formula = _FORMULA_LINE_RE.search(reading.text)
    _apply(reading, title_number_alone(
        reading.text, formula.start() if formula else len(reading.text)))
    title = _TITLE_LINE_RE.search(reading.text)
    if title is not None:
        edits, removed = furniture(
            reading.text,
            title.start(),
            _title_text(reading.text, title),
            _symbol(title.group("number"), front),
            extracted=extracted,
        )
        extracted = extracted or bool(removed)
        reading.removed = [
            Removed(reading.edited.origin(r.offset), r.text) for r in removed
        ]
        _apply(reading, edits)
        _apply(reading, masthead_lines(reading.text, title.start()))
    if extracted:
        joined, undecided = hyphens(reading.text)
        reading.hyphens = [
            (reading.edited.origin(at), words) for at, words in undecided
        ]
        _apply(reading, joined)
    _read_body(reading, extracted=extracted)
    return reading


def _read_body(reading: Reading, *, extracted: bool) -> None:
    """The steps that read the body (and the title's note marker).

    ``extracted``: the text shows it came from a PDF.
    """
    formula = _FORMULA_LINE_RE.search(reading.text)
    start = _body_start(reading.text, formula)
    _apply(reading, numbers_alone(reading.text, start, apart=extracted))
    # markers from the title on: a title may have a note
    title = _TITLE_LINE_RE.search(reading.text, 0, start)
    _apply_markers(reading, plain_markers(
        reading.text, title.start() if title is not None else start
    ))  # fmt: skip
    formula = _FORMULA_LINE_RE.search(reading.text)
    start = _body_start(reading.text, formula)
    _apply(reading, breaks(
        reading.text, formula.start() if formula is not None else start
    ))  # fmt: skip
    _apply_markers(reading, block_end_markers(reading.text, start))
    _apply(reading, annex_titles(reading.text, start))
    lettered = lost_letters(reading.text, start)
    if lettered:
        reading.lettered = [reading.edited.origin(e.start) for e in lettered]
        _apply(reading, lettered)
    _apply(reading, symbol_notes(reading.text))


def _apply_markers(reading: Reading, edits: list[Edit]) -> None:
    """Apply edits that make plain digits markers, and record each.

    An edit may take the spaces (and a bracket) before the digits too
    ("Statute 1", "التالية (1)").
    """
    for edit in edits:
        digits = reading.text[edit.start:edit.end].lstrip(" \t\u00a0(")
        at = reading.edited.origin(edit.end - len(digits))
        reading.markers.append((at, digits))
    _apply(reading, edits)


def _apply(reading: Reading, edits: list[Edit]) -> None:
    if edits:
        reading.edited = reading.edited.apply(edits)


def _title_text(text: str, title: re.Match[str]) -> str:
    """The title: the rest of its line and the lines up to a blank line."""
    end = text.find("\n\n", title.start())
    end = len(text) if end == -1 else end
    formula = _FORMULA_LINE_RE.search(text, title.start(), end)
    end = formula.start() if formula is not None else end
    return text[title.start("title") : end]


def _symbol(number: str, front: dict[str, str]) -> str | None:
    if "symbol" in front:
        return front["symbol"].replace(" ", "")
    if re.fullmatch(r"(?:E?S-)?\d+/\d+", number):
        return f"A/RES/{number}"
    return None


def _body_start(text: str, formula: re.Match[str] | None) -> int:
    """Where the body starts: after the enacting formula, or the title."""
    if formula is not None:
        return formula.end()
    title = _TITLE_LINE_RE.search(text)
    return title.end() if title is not None else 0
