"""Split text into blocks: runs of non-blank lines, with their offsets."""

from __future__ import annotations

import re
from typing import NamedTuple

_BLOCK_RE = re.compile(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")


class Block(NamedTuple):
    """A block of text and the offset of its first character."""

    text: str
    offset: int


def split_blocks(text: str) -> list[Block]:
    """Blocks separated by blank lines, stripped, in document order."""
    blocks = []
    for match in _BLOCK_RE.finditer(text):
        raw = match.group()
        stripped = raw.lstrip()
        offset = match.start() + len(raw) - len(stripped)
        blocks.append(Block(stripped.rstrip(), offset))
    return blocks
