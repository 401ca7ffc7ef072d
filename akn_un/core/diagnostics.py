"""Diagnostics: findings as values with a code, a severity and a location."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Severity(enum.StrEnum):
    """How serious a finding is."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


def _printable(text: str) -> str:
    """``text`` with control characters escaped as Python writes them."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


@dataclass(frozen=True, slots=True, kw_only=True)
class Location:
    """Where a finding is: a file position and, for XML, an element."""

    path: str | None = None
    line: int | None = None
    column: int | None = None
    xpath: str | None = None
    eid: str | None = None

    def __str__(self) -> str:
        """``path:line:col``, leaving out the parts that are unknown.

        A line break or other control character in the path is escaped,
        so that one finding stays one line.
        """
        parts = [_printable(self.path or "<input>")]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)


@dataclass(frozen=True, slots=True, kw_only=True)
class Diagnostic:
    """One finding: a stable code, a one-line message and a location."""

    code: str
    message: str
    severity: Severity
    location: Location = field(default_factory=Location)
    hint: str | None = None

    def sort_key(self) -> tuple[str, int, int, str]:
        """Order by file, line, column, then code."""
        loc = self.location
        return (loc.path or "", loc.line or 0, loc.column or 0, self.code)

    def __str__(self) -> str:
        """The ``path:line:col: severity: CODE message`` form editors read.

        The severity stands where gcc puts it. One line: line breaks in the
        message (libxml2 ends some with one) become spaces.
        """
        message = " ".join(self.message.split())
        return f"{self.location}: {self.severity}: {self.code} {message}"

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready mapping of this diagnostic."""
        loc = self.location
        return {
            "code": self.code,
            "severity": str(self.severity),
            "message": self.message,
            "hint": self.hint,
            "location": {
                "path": loc.path,
                "line": loc.line,
                "column": loc.column,
                "xpath": loc.xpath,
                "eid": loc.eid,
            },
        }
