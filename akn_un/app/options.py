"""Options the commands share: codes, files passed over, the XSD early."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

TYPE_CHECKING = False  # as typing's, without importing typing (start-up)
if TYPE_CHECKING:
    from akn_un.app.config import Config
    from akn_un.core.exclusion import Exclusion


def split(values: Sequence[str] | None) -> tuple[str, ...] | None:
    """Codes from repeated, comma-separated options, upper-cased."""
    if values is None:
        return None
    return tuple(
        code.strip().upper() for value in values for code in value.split(",")
        if code.strip()
    )


def patterns(values: Sequence[str] | None) -> tuple[str, ...] | None:
    """Glob patterns from repeated, comma-separated options."""
    if values is None:
        return None
    return tuple(
        pattern.strip() for value in values for pattern in value.split(",")
        if pattern.strip()
    )


def exclusion(args: argparse.Namespace, config: Config) -> Exclusion:
    """What a folder search passes over: the flags, else the config."""
    from akn_un.core.exclusion import (  # noqa: PLC0415 - small
        DEFAULT_EXCLUDE,
        Exclusion,
    )

    exclude = patterns(args.exclude) or config.exclude
    return Exclusion(
        exclude=DEFAULT_EXCLUDE if exclude is None else exclude,
        extend_exclude=(
            *config.extend_exclude, *(patterns(args.extend_exclude) or ())),
        force=args.force_exclude or config.force_exclude,
        gitignore=config.respect_gitignore and not args.no_respect_gitignore,
    )


def add_file_options(parser: argparse.ArgumentParser) -> None:
    """The options that say which files a folder search passes over."""
    parser.add_argument(
        "--exclude", action="append", default=None, metavar="PATTERNS",
        help="pass over files and folders matching these globs "
        "(comma-separated; replaces the default: .git, .venv, "
        "node_modules, build, dist …)",
    )
    parser.add_argument(
        "--extend-exclude", action="append", default=None,
        metavar="PATTERNS", help="pass over these too (comma-separated)",
    )
    parser.add_argument(
        "--force-exclude", action="store_true",
        help="exclude files named one by one too (as pre-commit passes "
        "them)",
    )
    parser.add_argument(
        "--no-respect-gitignore", action="store_true",
        help="search the files git ignores too (.gitignore)",
    )


def add_report_options(parser: argparse.ArgumentParser) -> None:
    """The options of what a command says, as ruff has them."""
    parser.add_argument(
        "-q", "--quiet", action="store_true",
        help="the findings only: no summary, no progress bar",
    )
    parser.add_argument(
        "--exit-zero", action="store_true",
        help="exit 0 even with findings (2 still for input not read)",
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
