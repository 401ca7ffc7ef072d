"""Footnotes as plain-text extractions print them: under a rule, numbered.

At the foot of each page a line of underscores, then the notes: "1  A/73/85."
(pypdf, PyMuPDF), or the number on a line of its own above its text
(``pdftotext -layout``), a note's further lines after it.  The notes run
until the page's furniture (the next page's running head, a page number),
the closing lines ("61st plenary meeting", a decision's after its notes)
or the end.  Each becomes a footnote body of the converter's form,
``¹ A/73/85.``, a block of its own; the rule is dropped.
"""

from __future__ import annotations

import re

from akn_un.converter.blocks import lines_at
from akn_un.converter.read.edits import Edit
from akn_un.converter.read.furniture import is_furniture
from akn_un.converter.text import superscript
from akn_un.grammar.shapes import CLOSING_RE

_RULE_RE = re.compile(r"[ \t]*_{5,}[ \t]*")
_NOTE_RE = re.compile(r"([ \t]*)(\d{1,3})(?:[ \t]+(?=\S)|[ \t]*$)")


def note_areas(text: str) -> list[Edit]:
    """The edits that make the notes under each rule footnote bodies."""
    if "_____" not in text:
        return []
    edits: list[Edit] = []
    lines = lines_at(text)
    index = 0
    while index < len(lines):
        start, line = lines[index]
        index += 1
        if not _RULE_RE.fullmatch(line):
            continue
        area = [Edit(start, start + len(line), "")]
        found = 0
        while index < len(lines):
            start, line = lines[index]
            stripped = line.strip()
            if stripped and (
                is_furniture(stripped)
                or "\f" in line
                or CLOSING_RE.match(stripped)  # "61st plenary meeting"
            ):
                break
            note = _NOTE_RE.match(line)
            if note is not None:
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
        if found:
            edits += area
    return sorted(edits, key=lambda edit: (edit.start, edit.end))
