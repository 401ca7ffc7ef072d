"""What the converter refuses before it reads a text.

Arguments of the wrong type or a language not of the six are refused
with a typed error that names them (not an ``AttributeError`` deep in the
build); a block longer than an XML text node may be is refused, so that
what the converter writes the validators' safe parser reads back.
"""

from __future__ import annotations

import datetime as dt
import os

from akn_un.converter.read import Reading
from akn_un.core.document import MAX_TEXT_NODE
from akn_un.core.errors import AknUnError
from akn_un.grammar.languages import LANGUAGE_TAGS

__all__ = ["check_arguments", "refuse_long_blocks"]


def check_arguments(
    text: object, language: object, **dates: object
) -> None:
    """Refuse arguments of the wrong type, or a language not of the six.

    Raises:
        TypeError: naming the argument and what it must be.
        ValueError: ``language`` is not a code of the six languages.

    """
    if not isinstance(text, str | bytes | os.PathLike):
        raise TypeError(
            f"text must be a str, bytes or a path, not "
            f"{type(text).__name__}"
        )
    for name, value in dates.items():
        if value is not None and not isinstance(value, dt.date):
            raise TypeError(
                f"{name} must be a datetime.date, not "
                f"{type(value).__name__} {value!r} (datetime.date."
                f"fromisoformat reads '2020-12-16')"
            )
    if language is not None and language not in LANGUAGE_TAGS:
        raise ValueError(
            f"language {language!r} is not one of "
            f"{', '.join(sorted(LANGUAGE_TAGS))}"
        )


def refuse_long_blocks(reading: Reading, source: str) -> None:
    """Refuse a block longer than an XML text node may be.

    The validators' safe parser takes no text node over MAX_TEXT_NODE
    bytes, so the converter writes none: what it writes can be read back.
    A block is cut only by the notes in it, so none is longer than it.

    Raises:
        AknUnError: naming the block's line and size.

    """
    text = reading.text
    if len(text) * 4 <= MAX_TEXT_NODE:  # a UTF-8 character is 4 bytes at most
        return
    offset = 0
    for block in text.split("\n\n"):
        size = len(block.encode("utf-8"))
        if size > MAX_TEXT_NODE:
            line = source.count("\n", 0, reading.edited.origin(offset)) + 1
            raise AknUnError(
                f"the paragraph at line {line} holds {size} bytes, more than "
                f"the {MAX_TEXT_NODE} a text may hold in XML as it is read "
                f"back; split it"
            )
        offset += len(block) + 2
