"""Options read before argparse: the launcher must decide fast."""

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


def ignores_schema(argv: Sequence[str]) -> bool:
    """Whether ``--ignore`` leaves out S001, read before argparse runs."""
    values = [
        argv[i + 1] if arg == "--ignore" and i + 1 < len(argv)
        else arg.removeprefix("--ignore=")
        for i, arg in enumerate(argv)
        if arg == "--ignore" or arg.startswith("--ignore=")
    ]
    return leaves_out_schema(split(values) or ())


def leaves_out_schema(ignore: Sequence[str]) -> bool:
    """Whether ignoring these codes or prefixes leaves out S001."""
    return any("S001".startswith(code) for code in ignore)


def one_cpu(argv: Sequence[str]) -> bool:
    """Whether ``--jobs 1`` asks for one CPU (no background thread)."""
    for i, arg in enumerate(argv):
        value = (
            argv[i + 1] if arg == "--jobs" and i + 1 < len(argv)
            else arg.removeprefix("--jobs=") if arg.startswith("--jobs=")
            else None
        )
        if value is not None and value.strip() == "1":
            return True
    return False


def cached(argv: Sequence[str]) -> bool:
    """Whether the result cache is on (no ``--no-cache``)."""
    return "--no-cache" not in argv
