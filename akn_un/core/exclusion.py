"""Which files a folder search passes over: patterns, and git's ignores.

As ruff does: ``exclude`` replaces the default patterns, ``extend_exclude``
adds to them; a pattern is a glob matched against each file's or folder's
name and against its path below the folder searched ("drafts",
"*.draft.md", "archive/2019/*"). Files named one by one are taken
whatever the patterns say, unless ``force`` (a pre-commit hook passes
each file by name). Files git ignores (``.gitignore``, the global and
the repository's excludes; tracked files never) are passed over too,
unless ``gitignore`` is off.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DEFAULT_EXCLUDE = (
    ".git", ".hg", ".svn", ".venv", "venv", ".tox", ".nox", "__pycache__",
    ".mypy_cache", ".pytest_cache", ".ruff_cache", "node_modules",
    "site-packages", "_build", "build", "dist",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Exclusion:
    """The patterns a folder search passes over, and whether git's too."""

    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    extend_exclude: tuple[str, ...] = ()
    force: bool = False
    gitignore: bool = True

    @property
    def patterns(self) -> tuple[str, ...]:
        """Every pattern: the exclusions and their extension."""
        return (*self.exclude, *self.extend_exclude)

    def excludes(self, path: Path, root: Path | None = None) -> bool:
        """Whether ``path`` (below ``root``, if searched) is excluded.

        Its name is matched, and its path below ``root`` where a pattern
        has a slash ("archive/2019/*"); a folder search does not enter
        an excluded folder, so that the names above are matched already.
        """
        literal, globs, slashed = _matcher(self.patterns)
        names = [path.name]
        if root is not None and slashed:
            names.append(path.relative_to(root).as_posix())
        return any(
            name in literal or (globs is not None and globs.match(name))
            for name in names
        )


@lru_cache(maxsize=16)
def _matcher(
    patterns: tuple[str, ...],
) -> tuple[frozenset[str], re.Pattern[str] | None, bool]:
    """The patterns as names, one expression, and whether one has a slash.

    A pattern with a slash is matched against paths. A folder walk asks
    of every file and folder: a name without a glob character is looked
    up, the globs are tried at once.
    """
    literal = frozenset(p for p in patterns if not _GLOB_RE.search(p))
    globs = [fnmatch.translate(p) for p in patterns if p not in literal]
    slashed = any("/" in p for p in patterns)
    return literal, re.compile("|".join(globs)) if globs else None, slashed


_GLOB_RE = re.compile(r"[*?\[]")


def _in_repository(folder: Path) -> bool:
    """Whether ``folder`` or one above it holds a ``.git``."""
    here = folder.resolve()
    return any((place / ".git").exists() for place in (here, *here.parents))


_GIT_TIMEOUT = 60  # seconds: git answers in milliseconds
_CHECK_IGNORE = ("check-ignore", "--stdin", "-z")


def ignored_by_git(folder: Path, names: Sequence[str]) -> set[str]:
    """Those of ``names`` (files below ``folder``) that git ignores.

    Nothing where ``folder`` is in no git repository (git is not asked:
    starting it costs a folder's walk twice over), or git is absent.
    """
    if not names or not _in_repository(folder):
        return set()
    import subprocess  # noqa: PLC0415 - only for a folder searched

    try:
        done = subprocess.run(  # noqa: S603 - names go on stdin, not argv
            ["git", "-C", str(folder), *_CHECK_IGNORE],  # noqa: S607 - PATH's
            input="\0".join(str(Path(n).resolve()) for n in names).encode(),
            capture_output=True, timeout=_GIT_TIMEOUT, check=False,
        )  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        return set()
    if done.returncode not in {0, 1}:  # 128: not a repository
        return set()
    ignored = set(done.stdout.decode("utf-8", "surrogateescape").split("\0"))
    return {n for n in names if str(Path(n).resolve()) in ignored}
