"""The converter's context: the source and the diagnostics collected."""

from __future__ import annotations

from dataclasses import dataclass, field

from akn_un.converter.source import Source
from akn_un.core.diagnostics import Diagnostic, Location
from akn_un.core.rules import Rule


@dataclass(slots=True)
class Context:
    """What every stage may read (the source, hints) and add to (diagnostics).

    ``hints`` are values the text's front matter gives (``symbol``,
    ``date``), used where the text itself has none; ``language`` is the
    text's, as FRBRlanguage writes it.
    """

    source: Source
    diagnostics: list[Diagnostic] = field(default_factory=list)
    hints: dict[str, str] = field(default_factory=dict)
    language: str = "eng"

    def report(
        self,
        rule: Rule,
        message: str,
        offset: int | None,
        *,
        original: bool = False,
    ) -> None:
        """Add a diagnostic of ``rule`` at a source offset.

        ``original``: the offset is in the text as given, not as read
        (see :mod:`akn_un.converter.read`).
        """
        line = column = None
        if offset is not None:
            line, column = self.source.position(offset, original=original)
        location = Location(path=self.source.path, line=line, column=column)
        self.diagnostics.append(
            Diagnostic(
                code=rule.code,
                message=message,
                severity=rule.severity,
                location=location,
            )
        )
