"""Exceptions for input that cannot be processed at all."""

from __future__ import annotations


class AknUnError(Exception):
    """Input that cannot be read or decoded; the CLI exits with status 2."""

    def __init__(self, message: str, *, offset: int | None = None) -> None:
        """Keep the message and, where known, the byte offset of the fault."""
        super().__init__(message)
        self.offset = offset
