"""Convert a UN resolution (its PDF, or text extracted from it) to AKN4UN.

The converter's parts load on first use of :func:`convert`, so that the
validators, which share its citation grammar, start without them.

>>> from akn_un.converter import convert
>>> convert(open("examples/A-RES-75-196.md").read()).metadata.symbol
'A/RES/75/196'
"""

from __future__ import annotations

TYPE_CHECKING = False  # as typing's, without importing typing (start-up)
if TYPE_CHECKING:
    from typing import Any

    from akn_un.converter.api import Conversion, convert

__all__ = ["Conversion", "convert"]


def __getattr__(name: str) -> Any:
    """Load ``convert`` and ``Conversion`` when first asked for."""
    if name in __all__:
        from akn_un.converter import api  # noqa: PLC0415 - lazy by design

        return getattr(api, name)
    message = f"module 'akn_un.converter' has no attribute {name!r}"
    raise AttributeError(message)
