"""akn-un: UN resolutions in Akoma Ntoso (AKN4UN), converted and checked.

Heavy modules (lxml, cobalt) load on first use, so that importing the
package, or starting the command line, stays cheap.
"""

from __future__ import annotations

from importlib import import_module

TYPE_CHECKING = False  # not typing's: importing typing costs start-up
if TYPE_CHECKING:
    from typing import Any

    from akn_un.converter import Conversion, convert
    from akn_un.diagnostics import Diagnostic, Location, Severity
    from akn_un.errors import AknUnError
    from akn_un.export import to_json
    from akn_un.render import render_text

__version__ = "0.1.0"

__all__ = [
    "AknUnError",
    "Conversion",
    "Diagnostic",
    "Location",
    "Severity",
    "convert",
    "render_text",
    "to_json",
]


_HOMES = {
    "AknUnError": "akn_un.errors",
    "Conversion": "akn_un.converter",
    "Diagnostic": "akn_un.diagnostics",
    "Location": "akn_un.diagnostics",
    "Severity": "akn_un.diagnostics",
    "convert": "akn_un.converter",
    "render_text": "akn_un.render",
    "to_json": "akn_un.export",
}


def __getattr__(name: str) -> Any:
    """Load each public name on first use (the command line starts fast)."""
    if name in _HOMES:
        return getattr(import_module(_HOMES[name]), name)
    raise AttributeError(f"module 'akn_un' has no attribute {name!r}")
