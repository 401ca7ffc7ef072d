"""Split text into blocks (runs of non-blank lines) or lines, with offsets."""

from __future__ import annotations

from typing import NamedTuple


class Block(NamedTuple):
    """A block of text and the offset of its first character."""

    text: str
    offset: int


def split_blocks(text: str) -> list[Block]:
    """Blocks separated by blank lines, stripped, in document order."""
    blocks = []
    start: int | None = None
    end = offset = 0
    for line in text.split("\n"):
        if line.isspace() or not line:
            if start is not None:
                blocks.append(Block(text[start:end].rstrip(), start))
                start = None
        else:
            if start is None:
                start = offset + len(line) - len(line.lstrip())
            end = offset + len(line)
        offset += len(line) + 1
    if start is not None:
        blocks.append(Block(text[start:end].rstrip(), start))
    return blocks


def lines_at(text: str) -> list[tuple[int, str]]:
    """Each line of ``text`` and the offset it starts at."""
    found = []
    offset = 0
    for line in text.split("\n"):
        found.append((offset, line))
        offset += len(line) + 1
    return found
