"""akn-un: UN resolutions in Akoma Ntoso (AKN4UN), converted and checked.

Heavy modules (lxml, cobalt) load on first use, so that importing the
package, or starting the command line, stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from akn_un.diagnostics import Diagnostic, Location, Severity
from akn_un.errors import AknUnError

if TYPE_CHECKING:
    from akn_un.converter import Conversion, convert

__all__ = [
    "AknUnError",
    "Conversion",
    "Diagnostic",
    "Location",
    "Severity",
    "convert",
]


def __getattr__(name: str) -> Any:
    """Load the converter on first use of ``convert`` or ``Conversion``."""
    if name in {"convert", "Conversion"}:
        from akn_un import converter  # noqa: PLC0415 - lazy by design

        return getattr(converter, name)
    raise AttributeError(f"module 'akn_un' has no attribute {name!r}")
