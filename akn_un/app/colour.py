"""Colour on a terminal, as ruff gives it, and never where it is not wanted.

``NO_COLOR`` (set and not empty) turns it off, ``FORCE_COLOR`` on; without
either, a stream gets colour only if it is a terminal.
"""

from __future__ import annotations

import os
import re

TYPE_CHECKING = False  # as typing's, without importing typing (start-up)
if TYPE_CHECKING:
    from typing import TextIO

_SEVERITY = {"error": "31", "warning": "33", "info": "36"}  # red, yellow, cyan
# "path:line:col: severity: CODE": the severity and the code of a finding.
_FINDING_RE = re.compile(
    r"^(?P<where>[^\n]*?: )(?P<severity>error|warning|info)(?P<colon>: )"
    r"(?P<code>[A-Z]\d{3})",
    re.MULTILINE,
)


def wanted(stream: TextIO) -> bool:
    """Whether ``stream`` gets colour: NO_COLOR, FORCE_COLOR, a terminal."""
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a closed or odd stream
        return False


def paint(report: str) -> str:
    """A text report, each severity coloured and each code bold."""
    return _FINDING_RE.sub(
        lambda m: (
            f"{m['where']}\033[{_SEVERITY[m['severity']]}m{m['severity']}"
            f"\033[0m{m['colon']}\033[1m{m['code']}\033[0m"
        ),
        report,
    )
