"""Validators: check an Akoma Ntoso resolution and say what is wrong where.

>>> from akn_un.validators import check
>>> [d.code for d in check(b"<akomaNtoso/>")]
['X002']

``source`` is a :class:`pathlib.Path`, bytes or str (XML when it starts
with ``<``; resolution text otherwise, which the ``convert`` option
converts in memory, reported at the text's lines: :func:`akn_un.check`
passes akn-un's converter), an lxml tree or element, or a
:class:`Document`.

This module is the public API; the checks live by subject (``structure``,
``wording``, ``frbr``, ``references``, ``footnotes``, ``citations``,
``schema``, ``extraction``), reading a source in ``source`` and running
the checks in ``runner``.
"""

from __future__ import annotations

from collections.abc import Sequence

from akn_un.core.diagnostics import Diagnostic, Severity
from akn_un.core.errors import AknUnError
from akn_un.validators.runner import (
    CHECKS,
    check_files,
    iter_diagnostics,
    selected,
)
from akn_un.validators.source import (
    INPUT_RULES,
    Converted,
    Source,
    TextConverter,
    load,
    not_a_document,
    undecodable,
    unreadable,
)

__all__ = [
    "CHECKS",
    "INPUT_RULES",
    "Converted",
    "InvalidDocument",
    "Source",
    "TextConverter",
    "check",
    "check_files",
    "is_valid",
    "iter_diagnostics",
    "load",
    "not_a_document",
    "selected",
    "undecodable",
    "unreadable",
    "validate",
]


class InvalidDocument(AknUnError):  # noqa: N818 - the name says what it is
    """Raised by :func:`validate`; carries the diagnostics.

    An :class:`~akn_un.core.errors.AknUnError`, so that one ``except``
    catches what akn-un refuses.
    """

    def __init__(self, diagnostics: Sequence[Diagnostic]) -> None:
        """Keep the diagnostics; the message counts them, names the first."""
        errors = [d for d in diagnostics if d.severity is Severity.ERROR]
        others = len(diagnostics) - len(errors)
        count = f"{len(errors)} error{'' if len(errors) == 1 else 's'}"
        if others:
            count += f" and {others} other finding{'' if others == 1 else 's'}"
        first = f"; the first: {errors[0]}" if errors else ""
        super().__init__(count + first)
        self.diagnostics = list(diagnostics)


def check(source: Source, **options: object) -> list[Diagnostic]:
    """All diagnostics of ``source``, sorted by location."""
    found = iter_diagnostics(source, **options)  # type: ignore[arg-type]
    return sorted(found, key=Diagnostic.sort_key)


def is_valid(source: Source, **options: object) -> bool:
    """Whether ``source`` has no error."""
    return not any(
        d.severity is Severity.ERROR
        for d in iter_diagnostics(source, **options)  # type: ignore[arg-type]
    )


def validate(source: Source, **options: object) -> None:
    """Raise :class:`InvalidDocument` if ``source`` has errors.

    Raises:
        InvalidDocument: with every diagnostic, when one is an error.

    """
    diagnostics = check(source, **options)
    if any(d.severity is Severity.ERROR for d in diagnostics):
        raise InvalidDocument(diagnostics)
