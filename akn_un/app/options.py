"""Options the commands share: rule codes as given, the XSD started early."""

from __future__ import annotations

from collections.abc import Sequence


def split(values: Sequence[str] | None) -> tuple[str, ...] | None:
    """Codes from repeated, comma-separated options, upper-cased."""
    if values is None:
        return None
    return tuple(
        code.strip().upper() for value in values for code in value.split(",")
        if code.strip()
    )


def start_xsd_compile(ignore: Sequence[str]) -> None:
    """Start compiling the XSD in a thread, unless S001 is ignored.

    The compile takes about 0.2 s, most of a one-file ``validate``;
    libxml2 does it without Python's lock, so it runs while the checks
    are imported and the first files read (benchmark row 3).
    """
    if any("S001".startswith(code) for code in ignore):
        return
    from akn_un.core.resources import prepare_xsd  # noqa: PLC0415 - lxml

    prepare_xsd()
