"""Footnotes as plain-text extractions print them: under a rule, numbered.

At the foot of each page a line of underscores, then the notes: "1  A/73/85."
(pypdf, PyMuPDF), or the number on a line of its own above its text
(``pdftotext -layout``), a note's further lines after it.  The notes run
until the page's furniture (the next page's running head, a page number),
the closing lines ("61st plenary meeting", a decision's after its notes),
a block that is no note (the text going on after the page's notes) or
the end.  Each becomes a footnote body of the converter's form,
``¹ A/73/85.``, a block of its own; the rule is dropped.

Where no rule marks them, notes are found by their numbering
(:func:`numbered_notes`): blocks that open with the number the notes
have reached, at a page's foot or gathered at the end.
"""

from __future__ import annotations

import re

from akn_un.converter.blocks import Block, lines_at, split_blocks
from akn_un.converter.read.edits import Edit
from akn_un.converter.read.furniture import is_furniture
from akn_un.converter.read.markers import UNIT_RE
from akn_un.converter.text import (
    SUPERSCRIPT_DIGITS,
    superscript,
    superscript_number,
)
from akn_un.grammar.shapes import CLOSING_RE, FOOTNOTE_RE, OPERATIVE_RE

# The rule above the notes: underscores, or a Markdown rule ("---").
_RULE_RE = re.compile(r"[ \t]*(?:_{5,}|-{3,}|\*{3,})[ \t]*")
_NOTE_RE = re.compile(r"([ \t]*)(\d{1,3})(?:[ \t]+(?=\S)|[ \t]*$)")
# A note's end: a full stop, perhaps in a quote or a bracket.
_ENDS_NOTE_RE = re.compile(r"[.;][\u201d\u2019\"')]*$")


def note_areas(text: str) -> list[Edit]:
    """The edits that make the notes under each rule footnote bodies."""
    if not any(rule in text for rule in ("_____", "---", "***")):
        return []
    edits: list[Edit] = []
    lines = lines_at(text)
    index = 0
    while index < len(lines):
        start, line = lines[index]
        index += 1
        if not _RULE_RE.fullmatch(line):
            continue
        area, found, index = _area(lines, index, Edit(
            start, start + len(line), ""))
        if found:
            edits += area
    return sorted(edits, key=lambda edit: (edit.start, edit.end))


def _area(
    lines: list[tuple[int, str]], index: int, rule: Edit
) -> tuple[list[Edit], int, int]:
    """The notes under a rule whose next line is ``lines[index]``.

    Returns their edits, how many notes they are, and the index of the
    line after them.
    """
    area = [rule]
    found = 0
    blank = False
    last = (0, "")  # the notes' last line: its end and its text
    while index < len(lines):
        start, line = lines[index]
        stripped = line.strip()
        note = _NOTE_RE.match(line)
        opens_note = note is not None or FOOTNOTE_RE.match(stripped)
        if stripped and blank and found and not opens_note and (
                _goes_on(last[1], lines, index)):
            area.append(Edit(last[0], start, "\n"))  # one block again
        elif stripped and (
            is_furniture(stripped)
            or "\f" in line
            or CLOSING_RE.match(stripped)  # "61st plenary meeting"
            or _RULE_RE.fullmatch(line)  # the next page's rule
            # no note first, or after a blank line: the text again
            or ((blank or not found) and not opens_note)
        ):
            break
        blank = not stripped
        if stripped:
            last = (start + len(line.rstrip()), stripped)
        if note is None and opens_note:
            found += 1  # a body in the converter's form: "¹ A/73/85."
        elif note is not None:
            found += 1
            number = superscript(note[2])
            alone = not line[note.end():].strip()
            area.append(Edit(
                start, start + note.end(),
                f"\n{number} " if not alone else f"\n{number}",
            ))  # fmt: skip
            if alone and index + 1 < len(lines):
                # the number above its text: one line
                end = start + len(line)
                area.append(Edit(end, end + 1, " "))
        index += 1
    if index < len(lines):
        area.append(Edit(lines[index][0], lines[index][0], "\n"))
    return area, found, index


def _goes_on(last: str, lines: list[tuple[int, str]], index: int) -> bool:
    """Whether the block at ``lines[index]`` is the note's last lines.

    A tool may set a note's lines apart with blank lines ("… 1 August
    2012-31 July" / "2013 (S/INF/68)."): the note had not ended, and the
    block runs to the page's end (its furniture, a page break or the
    text's end), where no paragraph's text stands.
    """
    if _ENDS_NOTE_RE.search(last):
        return False
    while index < len(lines) and lines[index][1].strip():
        index += 1
    while index < len(lines) and not lines[index][1].strip():
        index += 1
    if index == len(lines):
        return True
    following = lines[index][1]
    return "\f" in following or is_furniture(following.strip())


# "1 See resolution 169 (II).": a note's number, a space (or its line's
# end: a wrap may leave the number alone above its text), its text (not
# "2 December", a date; not "1.", a paragraph's number).
_NUMBERED_RE = re.compile(
    r"(\d{1,3})(?:[ \t\u00a0]+|[ \t]*\n[ \t]*)(?=[^\s.,;:])")


def numbered_notes(text: str) -> list[Edit]:
    """The edits that make notes printed as "1 See …" blocks footnotes.

    Notes at each page's foot or gathered at the end, after a rule, a
    blank line or nothing.  A block is a note when it opens with the
    number the notes have reached (1, then 2 …, after any read
    already) and the text before it holds that number as a figure of its
    own ("1979,1", "Development 4 and") or glued to a year ("20171"); or
    when it follows a note, or the next note's block is one: notes come
    in runs and in order, so a note whose marker was lost ("73/132" for
    "73/13" and note 2) is a note still, which the reader of markers then
    reports.  The first notes may start past 1 when two in a row show
    it.  A rule just above a note goes.
    """
    blocks = split_blocks(text)
    numbered = [
        (index, int(match[1]), match)
        for index, block in enumerate(blocks)
        if (match := _NUMBERED_RE.match(block.text)) is not None
        and not OPERATIVE_RE.match(block.text)  # "1 - " (Arabic)
        and not UNIT_RE.match(block.text, match.end())
    ]
    first = _FirstMarks(text)
    # for each numbered block, the next one numbered one more (its index)
    following: list[int | None] = [None] * len(numbered)
    upcoming: dict[int, int] = {}
    for at in range(len(numbered) - 1, -1, -1):
        index, number, _ = numbered[at]
        following[at] = upcoming.get(number + 1)
        upcoming[number] = index
    # the highest note read already (in any other form) before each block
    read_before: list[int] = []
    read = 0
    for block in blocks:
        read_before.append(read)
        if body := FOOTNOTE_RE.match(block.text):
            read = max(read, superscript_number(body.group("marker")))
    notes: dict[int, re.Match[str]] = {}
    expected = 1
    for at, (index, number, match) in enumerate(numbered):
        expected = max(expected, read_before[index] + 1)
        if expected not in {number, 1}:
            continue
        marked = first.before(number, blocks[index].offset)
        later = following[at]
        next_marked = later is not None and first.before(
            number + 1, blocks[later].offset)
        if number != expected and not (
            # the first notes read start past 1 (note 1 is the title's,
            # say): a run of two, both marked, shows them
            marked and next_marked and later == index + 1
        ):
            continue
        follows = index - 1 in notes or (
            index > 0 and FOOTNOTE_RE.match(blocks[index - 1].text))
        if follows or marked or next_marked:
            notes[index] = match
            expected = number + 1
    return _note_edits(blocks, notes)


def rule_above(blocks: list[Block], index: int) -> list[Edit]:
    """The edit that takes out the rule just above a note's block.

    Underscores, ``---`` or ``***`` above ``blocks[index]``; none
    without one.
    """
    above = blocks[index - 1] if index else None
    if above is None or not _RULE_RE.fullmatch(above.text):
        return []
    return [Edit(above.offset, above.offset + len(above.text), "")]


def _note_edits(
    blocks: list[Block], notes: dict[int, re.Match[str]]
) -> list[Edit]:
    """The notes' numbers made superscript; a rule just above one goes."""
    edits = []
    for index, match in sorted(notes.items()):
        block = blocks[index]
        edits += rule_above(blocks, index)
        edits.append(Edit(
            block.offset, block.offset + match.end(),
            f"{superscript(match[1])} ",
        ))  # fmt: skip
    return edits


class _FirstMarks:
    """Where each number first stands in a text as a marker may."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.found: dict[int, int | None] = {}

    def before(self, number: int, end: int) -> bool:
        """Whether ``number`` stands before ``end`` as a marker may.

        A figure of its own ("1979,1", "Development 4 and"), glued to a
        year ("20171"), or a superscript ("Court²").
        """
        if number not in self.found:
            mark = superscript(str(number))
            match = re.search(
                rf"(?:(?<![\d/])|(?<![\d/])(?:19|20)\d\d){number}(?![\d/])"
                rf"|(?<![{SUPERSCRIPT_DIGITS}]){mark}(?![{SUPERSCRIPT_DIGITS}])",
                self.text,
            )
            self.found[number] = None if match is None else match.start()
        at = self.found[number]
        return at is not None and at < end
