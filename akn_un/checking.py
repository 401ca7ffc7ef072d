"""Checking any source: AKN as it is, resolution text or a PDF converted.

The validators check documents; a text they are given is converted by
the converter this module passes them, so that neither layer imports the
other.  These are the public :func:`akn_un.check`, :func:`akn_un.is_valid`,
:func:`akn_un.validate` and :func:`akn_un.iter_diagnostics`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from akn_un.core.diagnostics import Diagnostic
from akn_un.core.document import Document
from akn_un.rules import unknown
from akn_un.validators import check as check_document
from akn_un.validators import check_files as check_document_files
from akn_un.validators import is_valid as is_valid_document
from akn_un.validators import iter_diagnostics as iter_document_diagnostics
from akn_un.validators import load as load_document
from akn_un.validators import validate as validate_document
from akn_un.validators.runner import codes
from akn_un.validators.source import Converted, Source

__all__ = [
    "check",
    "check_files",
    "convert_text",
    "is_valid",
    "iter_diagnostics",
    "known",
    "load",
    "validate",
]


def known(select: str | Sequence[str], ignore: str | Sequence[str]) -> None:
    """Refuse a selection that names no rule (a typo selects nothing).

    Raises:
        ValueError: naming each code or prefix that names no rule.

    """
    wrong = unknown([*codes(select), *codes(ignore)])
    if wrong:
        raise ValueError(
            f"no rule is {', '.join(map(repr, wrong))}; "
            f"akn_un.rules.all_rules() lists them"
        )


def convert_text(data: bytes | str, path: str | None) -> Converted:
    """Resolution text (or a PDF's bytes) converted, to be checked."""
    from akn_un.converter import convert  # noqa: PLC0415 - only for text

    return convert(data, path=path)


def check(
    source: Source,
    *,
    path: str | None = None,
    select: str | Sequence[str] = (),
    ignore: str | Sequence[str] = (),
) -> list[Diagnostic]:
    """All diagnostics of ``source``, sorted by location.

    ``source``: a path, bytes, text or parsed tree (AKN, or a resolution's
    text or PDF, converted first); ``path``: the name findings are
    reported against; ``select``, ``ignore``: codes or prefixes ("D003",
    "D", ["F", "C001"]).

    >>> [d.code for d in check(b"<akomaNtoso/>")]
    ['X002']

    Raises:
        ValueError: a code or prefix selected or ignored names no rule.

    """
    known(select, ignore)
    return check_document(
        source, path=path, select=select, ignore=ignore, convert=convert_text
    )


def is_valid(
    source: Source,
    *,
    path: str | None = None,
    select: str | Sequence[str] = (),
    ignore: str | Sequence[str] = (),
) -> bool:
    """Whether ``source`` has no error (the arguments are :func:`check`'s)."""
    known(select, ignore)
    return is_valid_document(
        source, path=path, select=select, ignore=ignore, convert=convert_text
    )


def validate(
    source: Source,
    *,
    path: str | None = None,
    select: str | Sequence[str] = (),
    ignore: str | Sequence[str] = (),
) -> None:
    """Raise :class:`~akn_un.validators.InvalidDocument` on an error.

    The arguments are :func:`check`'s.

    Raises:
        InvalidDocument: with every diagnostic, when one is an error.
        ValueError: a code or prefix selected or ignored names no rule.

    """
    known(select, ignore)
    validate_document(
        source, path=path, select=select, ignore=ignore, convert=convert_text
    )


def iter_diagnostics(
    source: Source,
    *,
    path: str | None = None,
    select: str | Sequence[str] = (),
    ignore: str | Sequence[str] = (),
) -> Iterator[Diagnostic]:
    """Diagnostics of ``source``, lazily, check after check.

    Raises:
        ValueError: a code or prefix selected or ignored names no rule
            (at the call, not at the first diagnostic).

    """
    known(select, ignore)
    return iter_document_diagnostics(
        source, path=path, select=select, ignore=ignore, convert=convert_text
    )


def load(
    source: Source, path: str | None = None
) -> tuple[Document | None, list[Diagnostic]]:
    """The document to check, and the diagnostics of getting it."""
    return load_document(source, path, convert_text)


def check_files(
    names: Iterable[str],
    *,
    select: str | Sequence[str] = (),
    ignore: str | Sequence[str] = (),
    read: Callable[[str], bytes | Path] = Path,
    jobs: int = 1,
) -> Iterator[tuple[str, list[Diagnostic]]]:
    """Diagnostics of many files, in order; a file not read has X006.

    Raises:
        ValueError: a code or prefix selected or ignored names no rule.

    """
    known(select, ignore)
    return check_document_files(
        names, select=select, ignore=ignore, read=read, jobs=jobs,
        convert=convert_text,
    )
