"""Split text into blocks: runs of non-blank lines, with their offsets."""

from __future__ import annotations

import re
from typing import NamedTuple

# Starts with a literal newline, so that re searches it fast.
_BLANK_LINES_RE = re.compile(r"\n(?:[^\S\n]*\n)+")


class Block(NamedTuple):
    """A block of text and the offset of its first character."""

    text: str
    offset: int


def split_blocks(text: str) -> list[Block]:
    """Blocks separated by blank lines, stripped, in document order."""
    blocks = []
    start = 0
    for separator in [*_BLANK_LINES_RE.finditer(text), None]:
        end = len(text) if separator is None else separator.start()
        raw = text[start:end]
        stripped = raw.lstrip()
        if stripped:
            offset = start + len(raw) - len(stripped)
            blocks.append(Block(stripped.rstrip(), offset))
        if separator is not None:
            start = separator.end()
    return blocks
