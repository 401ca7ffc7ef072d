"""Notes marked with a symbol ("*", "**", "†"), not a number.

A UN document marks a note with a symbol where a number would mislead:
the note on a reissued document's title, a table's note.  Its body is a
block that opens with the symbol and a space ("* Reissued for technical
reasons."); its marker is the symbol against the word or punctuation
before it ("missions,* which"), not a star of the italics around a lead
phrase.  Both must be there, and the marker once, before its body: a
symbol that marks many names (a decision's members, "China*, Cuba**")
is explained by a legend that the UN keeps as the text's own.  Each
pair found is written in the converter's form: the symbol between
superscript brackets ("⁽*⁾") at the marker and at the body's start; a
rule just above the body goes, as above a numbered note.
"""

from __future__ import annotations

import re
from collections import defaultdict

from akn_un.converter.blocks import Block, split_blocks
from akn_un.converter.read.edits import Edit
from akn_un.converter.read.notes import rule_above
from akn_un.converter.text import symbol_marker
from akn_un.grammar.shapes import NOTE_SYMBOL

_BODY_RE = re.compile(rf"({NOTE_SYMBOL})[ \t\u00a0]+(?=\S)")
# A line that may open a body: a quick look before the blocks are split
# (a literal first, which the regex engine scans for fast).
_BODY_LINE_RE = re.compile(rf"\n[ \t]*(?:{NOTE_SYMBOL})[ \t\u00a0]+\S")
# A run of stars whatever its length ("****" marks no note), or a symbol.
_SYMBOL_RE = re.compile(rf"\*+|{NOTE_SYMBOL}")
_OPENING = "([{\u201c\u2018\"'"


def symbol_notes(text: str) -> list[Edit]:
    """The edits that make each symbol's marker and body a note's."""
    if not _BODY_LINE_RE.search(text):
        return []
    blocks = split_blocks(text)
    bodies: dict[str, list[int]] = defaultdict(list)
    for index, block in enumerate(blocks):
        body = _BODY_RE.match(block.text)
        if body is not None:
            bodies[body[1]].append(index)
    if not bodies:
        return []
    marks = _marks(blocks)
    edits: list[Edit] = []
    for symbol, [index] in ((s, i) for s, i in bodies.items() if len(i) == 1):
        block = blocks[index]
        if len(marks[symbol]) != 1 or marks[symbol][0] > block.offset:
            continue
        marker = symbol_marker(symbol)
        at = marks[symbol][0]
        edits.append(Edit(at, at + len(symbol), marker))
        edits += rule_above(blocks, index)
        edits.append(Edit(block.offset, block.offset + len(symbol), marker))
    return sorted(edits, key=lambda edit: (edit.start, edit.end))


def _marks(blocks: list[Block]) -> dict[str, list[int]]:
    """Where each symbol stands as a marker may, outside the bodies.

    Against what comes before it and not before a letter ("Council,*
    which"; not "2*3"), and not a star of the italics: one that opens
    them (before a word, after a space or an opening bracket: "[*on") or
    closes what one opened ("*Recalling* the").
    """
    found: dict[str, list[int]] = defaultdict(list)
    for block in blocks:
        if _BODY_RE.match(block.text):
            continue
        text = block.text
        italic = False
        for match in _SYMBOL_RE.finditer(text):
            begin, end = match.span()
            before = text[begin - 1] if begin else " "
            after = text[end] if end < len(text) else " "
            against = not before.isspace() and before != "\\"
            star = match[0].startswith("*")
            if star and italic and against:
                italic = False
            elif star and not after.isspace() and (
                    not against or before in _OPENING):
                italic = True
            elif against and not after.isalnum():
                found[match[0]].append(block.offset + begin)
    return found
