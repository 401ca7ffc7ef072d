"""Which files a command reads: files as given, folders searched."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

SUFFIXES = (".xml", ".md", ".txt")


def discover(paths: Sequence[str]) -> Iterator[str]:
    """Each file to check: paths as given, folders searched.

    Folders are searched recursively for ``.xml``, ``.md`` and ``.txt``,
    in sorted order; ``-`` (stdin) and files are taken as given.
    """
    for name in paths:
        path = Path(name)
        if name != "-" and path.is_dir():
            yield from sorted(
                str(p)
                for p in path.rglob("*")
                if p.suffix.lower() in SUFFIXES and p.is_file()
            )
        else:
            yield name


PARALLEL_FROM = 16


def parallel(files: int, jobs: int) -> bool:
    """Whether checking ``files`` files with ``jobs`` processes forks."""
    return jobs > 1 and files >= PARALLEL_FROM
