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
from akn_un.converter.text import superscript, superscript_number
from akn_un.grammar.shapes import CLOSING_RE, FOOTNOTE_RE, OPERATIVE_RE

# The rule above the notes: underscores, or a Markdown rule ("---").
_RULE_RE = re.compile(r"[ \t]*(?:_{5,}|-{3,}|\*{3,})[ \t]*")
_NOTE_RE = re.compile(r"([ \t]*)(\d{1,3})(?:[ \t]+(?=\S)|[ \t]*$)")


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
    while index < len(lines):
        start, line = lines[index]
        stripped = line.strip()
        note = _NOTE_RE.match(line)
        if stripped and (
            is_furniture(stripped)
            or "\f" in line
            or CLOSING_RE.match(stripped)  # "61st plenary meeting"
            # after a blank line, what is no note is the text again
            or (blank and found and note is None
                and not FOOTNOTE_RE.match(stripped))
        ):
            break
        blank = not stripped
        if FOOTNOTE_RE.match(stripped):
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


# "1 See resolution 169 (II).": a note's number, a space, its text (not
# "2 December", a date; not "1.", a paragraph's number).
_NUMBERED_RE = re.compile(r"(\d{1,3})[ \t\u00a0]+(?=[^\s.,;:)\]])")


def numbered_notes(text: str) -> list[Edit]:
    """The edits that make notes printed as "1 See …" blocks footnotes.

    Notes at each page's foot or gathered at the end, after a rule, a
    blank line or nothing.  A block is a note when it opens with the
    number the notes have reached (1, then 2 …, after any read
    already) and the text before it holds that number as a figure of its
    own ("1979,1", "Development 4 and") or glued to a year ("20171"); a
    rule just above a note goes.
    """
    edits: list[Edit] = []
    expected = 1
    rule: Block | None = None
    for block in split_blocks(text):
        if _RULE_RE.fullmatch(block.text):
            rule = block
            continue
        body = FOOTNOTE_RE.match(block.text)
        if body is not None:  # a body read already: "¹ A/73/85."
            expected = superscript_number(body.group("marker")) + 1
        match = _NUMBERED_RE.match(block.text)
        if (
            match is not None
            and int(match[1]) == expected
            and not OPERATIVE_RE.match(block.text)  # "1 - " (Arabic)
            and not UNIT_RE.match(block.text, match.end())
            and _marked_before(text, expected, block.offset)
        ):
            if rule is not None:
                edits.append(
                    Edit(rule.offset, rule.offset + len(rule.text), ""))
            edits.append(Edit(
                block.offset, block.offset + match.end(),
                f"{superscript(match[1])} ",
            ))  # fmt: skip
            expected += 1
        rule = None
    return edits


def _marked_before(text: str, number: int, end: int) -> bool:
    """Whether ``number`` stands before ``end`` as a marker may."""
    return re.search(
        rf"(?:(?<![\d/])|(?<![\d/])(?:19|20)\d\d){number}(?![\d/])",
        text[:end],
    ) is not None
