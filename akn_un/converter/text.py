"""The converter's text, shared by its stages: pieces and superscripts.

Every stage works on the converter's own text (what :mod:`read` made of
the input): a :class:`Piece` is a stretch of it with its offset, and
footnote markers in it are superscript digits, or a symbol between
superscript brackets ("⁽*⁾").
"""

from __future__ import annotations

from typing import NamedTuple

from akn_un.grammar.shapes import NOTE_SYMBOLS

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_FROM_SUPERSCRIPT = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")
_TO_SUPERSCRIPT = str.maketrans("0123456789", SUPERSCRIPT_DIGITS)
# Each symbol's name in an eId (no symbol stands in an identifier).
_SYMBOL_NAMES = ("star", "star2", "star3", "dagger", "ddagger", "section")


def superscript_number(marker: str) -> int:
    """The note a marker of the converter's text names.

    Its number, or, below zero, its symbol's place in
    :data:`NOTE_SYMBOLS` ("⁽*⁾": -1).
    """
    if marker.startswith("⁽"):
        return -1 - NOTE_SYMBOLS.index(marker[1:-1])
    return int(marker.translate(_FROM_SUPERSCRIPT))


def symbol_marker(symbol: str) -> str:
    """A symbol note's marker in the converter's text: "⁽*⁾"."""
    return f"⁽{symbol}⁾"


def note_label(number: int) -> str:
    """Note ``number``'s marker as printed: "3", "*"."""
    return str(number) if number >= 0 else NOTE_SYMBOLS[-1 - number]


def note_id(number: int) -> str:
    """Note ``number``'s eId: "authorialNote_3", "authorialNote_star"."""
    name = str(number) if number >= 0 else _SYMBOL_NAMES[-1 - number]
    return f"authorialNote_{name}"


def superscript(digits: str | int) -> str:
    """Digits written as superscripts: a footnote marker, "³⁵"."""
    return str(digits).translate(_TO_SUPERSCRIPT)


class Piece(NamedTuple):
    """A stretch of source text and the source offset of its first char."""

    text: str
    offset: int
