"""The converter's text, shared by its stages: pieces and superscripts.

Every stage works on the converter's own text (what :mod:`read` made of
the input): a :class:`Piece` is a stretch of it with its offset, and
footnote markers in it are superscript digits.
"""

from __future__ import annotations

from typing import NamedTuple

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_FROM_SUPERSCRIPT = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")
_TO_SUPERSCRIPT = str.maketrans("0123456789", SUPERSCRIPT_DIGITS)


def superscript_number(digits: str) -> int:
    """The number written by a run of superscript digits."""
    return int(digits.translate(_FROM_SUPERSCRIPT))


def superscript(digits: str | int) -> str:
    """Digits written as superscripts: a footnote marker, "³⁵"."""
    return str(digits).translate(_TO_SUPERSCRIPT)


class Piece(NamedTuple):
    """A stretch of source text and the source offset of its first char."""

    text: str
    offset: int
