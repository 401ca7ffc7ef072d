"""akn-un: UN resolutions in Akoma Ntoso (AKN4UN), converted and checked.

Heavy modules (lxml, cobalt) load on first use, so that importing the
package, or starting the command line, stays cheap.
"""

from __future__ import annotations

from importlib import import_module

TYPE_CHECKING = False  # as typing's, without importing typing (start-up)
if TYPE_CHECKING:
    from typing import Any

    from akn_un.batch import (
        FileCheck,
        FileResult,
        FileStatus,
        check_many,
        convert_many,
    )
    from akn_un.checking import check, is_valid, iter_diagnostics, validate
    from akn_un.citations import Citation, find_citations
    from akn_un.converter import Conversion, convert
    from akn_un.core.diagnostics import Diagnostic, Location, Severity
    from akn_un.core.errors import (
        AknUnError,
        InputNotFoundError,
        MetadataMissingError,
    )
    from akn_un.render import render_text
    from akn_un.render.html import render_html
    from akn_un.render.json import to_json
    from akn_un.validators import InvalidDocument

__version__ = "0.1.0"

__all__ = [
    "AknUnError",
    "Citation",
    "Conversion",
    "Diagnostic",
    "FileCheck",
    "FileResult",
    "FileStatus",
    "InputNotFoundError",
    "InvalidDocument",
    "Location",
    "MetadataMissingError",
    "Severity",
    "check",
    "check_many",
    "convert",
    "convert_many",
    "find_citations",
    "is_valid",
    "iter_diagnostics",
    "render_html",
    "render_text",
    "to_json",
    "validate",
]


_HOMES = {
    "AknUnError": "akn_un.core.errors",
    "MetadataMissingError": "akn_un.core.errors",
    "InputNotFoundError": "akn_un.core.errors",
    "InvalidDocument": "akn_un.validators",
    "Citation": "akn_un.citations",
    "find_citations": "akn_un.citations",
    "FileCheck": "akn_un.batch",
    "FileResult": "akn_un.batch",
    "FileStatus": "akn_un.batch",
    "check_many": "akn_un.batch",
    "convert_many": "akn_un.batch",
    "check": "akn_un.checking",
    "is_valid": "akn_un.checking",
    "iter_diagnostics": "akn_un.checking",
    "validate": "akn_un.checking",
    "render_html": "akn_un.render.html",
    "Conversion": "akn_un.converter",
    "Diagnostic": "akn_un.core.diagnostics",
    "Location": "akn_un.core.diagnostics",
    "Severity": "akn_un.core.diagnostics",
    "convert": "akn_un.converter",
    "render_text": "akn_un.render",
    "to_json": "akn_un.render.json",
}


def __dir__() -> list[str]:
    """The public API, not the names the package uses to load it."""
    return sorted([*__all__, "__version__"])


def __getattr__(name: str) -> Any:
    """Load each public name on first use (the command line starts fast)."""
    if name in _HOMES:
        return getattr(import_module(_HOMES[name]), name)
    raise AttributeError(f"module 'akn_un' has no attribute {name!r}")
