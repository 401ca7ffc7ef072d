"""Exceptions for input that cannot be processed at all."""

from __future__ import annotations

import errno
import os

from akn_un.core.diagnostics import Diagnostic


class AknUnError(Exception):
    """Input that cannot be read or decoded; the CLI exits with status 2."""

    def __init__(self, message: str, *, offset: int | None = None) -> None:
        """Keep the message and, where known, the byte offset of the fault."""
        super().__init__(message)
        self.offset = offset


class InputNotFoundError(AknUnError, FileNotFoundError):
    """A file given by path that does not exist.

    Both an :class:`AknUnError` (the CLI exits with status 2) and a
    :class:`FileNotFoundError`, as a library user catching the standard
    exception expects.
    """

    def __init__(self, message: str, filename: str) -> None:
        """Keep the message and, as FileNotFoundError does, the name."""
        super().__init__(message)
        self.errno = errno.ENOENT
        self.strerror = os.strerror(errno.ENOENT)
        self.filename = filename

    def __str__(self) -> str:
        """The message, not OSError's "[Errno 2] …" form."""
        return str(self.args[0])


class MetadataMissingError(AknUnError):
    """A text converted without what its FRBR identity needs.

    The resolution number or the adoption date was not found and not
    given: no document is made with a placeholder for it.  The CLI exits
    with status 1; ``diagnostics`` are the conversion's findings.
    ``unrecognised``: the text shows no trace of a UN document at all (no
    symbol, no masthead line, no number, no enacting formula): a folder's
    notes or minutes, which many files converted together pass over.
    """

    def __init__(
        self,
        message: str,
        diagnostics: list[Diagnostic],
        *,
        unrecognised: bool = False,
    ) -> None:
        """Keep the message, the diagnostics, and what was recognised."""
        super().__init__(message)
        self.diagnostics = diagnostics
        self.unrecognised = unrecognised


class PdfUnreadableError(AknUnError):
    """A PDF that cannot be read: damaged, protected, or with no text."""
