"""What the caller gave (a path, bytes, text) as the text to read.

A PDF is told by its first bytes, whatever its name, and read by its
layout (:mod:`pdf`); other bytes are decoded; newlines are normalised.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from akn_un.converter.source import decode, normalise
from akn_un.core.errors import PdfUnreadableError
from akn_un.core.files import read_bounded, refuse_file_name

if TYPE_CHECKING:
    from akn_un.converter.read.pdf import PdfText


def is_pdf(data: bytes) -> bool:
    """Whether ``data`` is a PDF file's bytes."""
    return data[:1024].lstrip().startswith(b"%PDF-")


def given_text(
    given: str | bytes | os.PathLike[str], path: str | None
) -> tuple[str, PdfText | None]:
    """The text to convert (newlines normalised), and the PDF it was in.

    A path is read; a PDF's bytes are read by their layout; other bytes
    are decoded; a ``str`` is the text itself (never a file name).

    Raises:
        PdfUnreadableError: a file named ``.pdf`` holds no PDF.

    """
    if isinstance(given, os.PathLike):
        given = read_bounded(os.fspath(given))
    elif isinstance(given, str):
        refuse_file_name(given)
    pdf = None
    if isinstance(given, bytes) and is_pdf(given):
        # PDFium and the layout reader, only for a PDF: a text's
        # conversion starts 14 ms sooner without them
        from akn_un.converter.read.pdf import (  # noqa: PLC0415
            read_pdf,
        )

        pdf = read_pdf(given)
        given = pdf.text
    elif isinstance(given, bytes) and (path or "").lower().endswith(".pdf"):
        raise PdfUnreadableError(
            f"not a PDF: the file begins {given[:16]!r}"
        )
    elif isinstance(given, bytes):
        given = decode(given)
    return normalise(given), pdf
