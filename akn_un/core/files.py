"""Which files a command reads: files as given, folders searched."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator, Sequence
from pathlib import Path

from akn_un.core.errors import AknUnError, InputNotFoundError
from akn_un.core.exclusion import Exclusion, ignored_by_git

TYPE_CHECKING = False  # as typing's, without importing typing (start-up)
if TYPE_CHECKING:
    from typing import BinaryIO

TEXT_SUFFIXES = (".md", ".txt", ".pdf")  # what the converter reads
SUFFIXES = (".xml", *TEXT_SUFFIXES)  # what the validators read


def discover(
    paths: Sequence[str],
    suffixes: Sequence[str] = SUFFIXES,
    exclusion: Exclusion = Exclusion(),  # noqa: B008 - frozen, shared
) -> Iterator[str]:
    """Each file named: paths as given, folders searched.

    Folders are searched recursively for files with one of ``suffixes``
    (``.xml``, ``.md``, ``.txt`` and ``.pdf``), in sorted order; ``-``
    (stdin) and files are taken as given. In a folder, a project's own
    documents (``README.md``, ``CHANGELOG.md`` …) are no resolutions and
    are passed over, and so is a text whose ``x.xml`` stands beside it
    where XML is searched too: the XML is its output, checked in its
    place (``convert --check`` keeps the two in step). What
    ``exclusion`` excludes is passed over (:mod:`akn_un.core.exclusion`).
    """
    excluded = _named_excluded(paths, exclusion) if exclusion.force else set()
    for name in paths:
        path = Path(name)
        if name != "-" and path.is_dir():
            yield from _files_under(path, suffixes, exclusion)
        elif name not in excluded:
            yield name


def _named_excluded(paths: Sequence[str], exclusion: Exclusion) -> set[str]:
    """The files named one by one that ``exclusion`` excludes (``force``).

    A path is matched below the working folder (the folders above it are
    the user's, not the project's), or by its name alone if elsewhere;
    git is asked once per folder about those the patterns leave.
    """
    here = Path.cwd().resolve()
    excluded: set[str] = set()
    folders: dict[Path, list[str]] = {}
    for name in paths:
        path = Path(name)
        if name == "-" or path.is_dir():
            continue
        if _matched(path, here, exclusion):
            excluded.add(name)
        else:
            folders.setdefault(path.parent, []).append(name)
    if exclusion.gitignore:
        for folder, names in folders.items():
            excluded |= ignored_by_git(folder, names)
    return excluded


def _matched(path: Path, here: Path, exclusion: Exclusion) -> bool:
    """Whether ``path`` or a folder of it below ``here`` is excluded."""
    whole = path.resolve()
    if not (whole.is_relative_to(here) and whole != here):
        return exclusion.excludes(path)
    places = [whole, *whole.relative_to(here).parents]
    return any(exclusion.excludes(here / place, here) for place in places
               if place.name)


def is_text(path: str | os.PathLike[str]) -> bool:
    """Whether a file is read as resolution text (or a PDF), not XML."""
    return Path(path).suffix.lower() in TEXT_SUFFIXES


def _files_under(
    folder: Path, suffixes: Sequence[str], exclusion: Exclusion
) -> list[str]:
    """The files below ``folder`` with one of ``suffixes``, sorted.

    A name the system cannot take (a path longer than it allows, a
    folder that cannot be read) is passed over, not the end of the walk;
    so is what ``exclusion`` excludes (an excluded folder is not entered).
    """
    found = []
    for parent, folders, names in os.walk(folder, onerror=_pass_over):
        folders[:] = [
            name for name in folders
            if not exclusion.excludes(Path(parent, name), folder)
        ]
        for name in names:
            path = Path(parent, name)
            try:
                if (
                    path.suffix.lower() in suffixes
                    and not exclusion.excludes(path, folder)
                    and path.is_file()
                ):
                    found.append(str(path))
            except OSError:
                continue
    if exclusion.gitignore:
        ignored = ignored_by_git(folder, found)
        found = [name for name in found if name not in ignored]
    taken = set(found)
    return sorted(
        name for name in found
        if Path(name).stem.upper() not in _PROJECT_DOCUMENTS
        and not (is_text(name) and _output(name) in taken)
    )


def _output(name: str) -> str:
    """The XML a text is converted to, beside it."""
    return str(Path(name).with_suffix(".xml"))


# A project's own documents, found beside its resolutions.
_PROJECT_DOCUMENTS = frozenset({
    "README", "CHANGELOG", "CHANGES", "CONTRIBUTING", "LICENSE", "NOTICE",
    "AUTHORS", "HISTORY", "CODE_OF_CONDUCT", "SECURITY",
})


def _pass_over(_error: OSError) -> None:
    """A folder the walk cannot enter is left out."""


MAX_BYTES = 64 * 1024 * 1024


def read_bounded(name: str, stream: BinaryIO | None = None) -> bytes:
    """The bytes of file ``name`` (or of ``stream``), at most MAX_BYTES.

    Raises:
        InputNotFoundError: there is no such file (a FileNotFoundError).
        AknUnError: the file cannot be read, or is larger than that.

    """
    try:
        if stream is not None:
            data = stream.read(MAX_BYTES + 1)
        else:
            with Path(name).open("rb") as handle:
                data = _read_up_to(handle, MAX_BYTES + 1)
    except FileNotFoundError as exc:
        raise InputNotFoundError(
            f"cannot read {name}: {exc.strerror}", name) from exc
    except OSError as exc:
        raise AknUnError(f"cannot read {name}: {exc.strerror}") from exc
    if len(data) > MAX_BYTES:
        raise AknUnError(f"{name}: larger than {MAX_BYTES} bytes")
    return data


def _read_up_to(handle: BinaryIO, limit: int) -> bytes:
    """At most ``limit`` bytes of a file, read for the size it has.

    ``read(limit)`` would allocate ``limit`` bytes for every file; one
    that grows meanwhile (or has no size, like a device) is read on.
    """
    size = os.fstat(handle.fileno()).st_size
    data = handle.read(min(size, limit - 1) + 1)
    if len(data) > size:
        data += handle.read(limit - len(data))
    return data


def _mode_for(path: Path) -> int:
    """The mode a new file gets (umask applied), or the existing one's."""
    try:
        return path.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


_NAME_BYTES = 200  # of the 255 a name may have: room for ".", ".XXXXXXXX.tmp"


def _shortened(name: str) -> str:
    """``name`` cut to at most _NAME_BYTES bytes of UTF-8, whole chars."""
    return name.encode("utf-8")[:_NAME_BYTES].decode("utf-8", "ignore")


def write_output(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path``, as what is there needs.

    A regular file (or a new one) is written through a temporary file and
    a rename: a reader sees the old file or the new one, never a part,
    and the new file keeps the old one's permissions.  A device, a FIFO
    or a socket (``/dev/null``, ``/dev/stdout`` on a pipe) is written
    through, never replaced.  A symbolic link is followed: its target is
    written as above, and a link that points nowhere is refused.

    Raises:
        OSError: the output cannot be written (a full disk, a dangling
            link, no permission); its ``strerror`` says why.

    """
    try:
        status = path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            raise OSError(
                errno.ENOENT,
                f"a symbolic link to {path.readlink()}, which does not "
                f"exist; refused",
            ) from None
        status = None
    if status is not None and not stat.S_ISREG(status.st_mode):
        with path.open("wb") as handle:  # a device or a FIFO, as it is
            handle.write(data)
        return
    _write_atomically(path.resolve() if path.is_symlink() else path, data)


def _write_atomically(path: Path, data: bytes) -> None:
    """Write a regular file through a temporary file and a rename."""
    mode = _mode_for(path)

    import tempfile  # noqa: PLC0415 - only to write

    fd, temporary = tempfile.mkstemp(
        dir=path.parent or ".", prefix=f".{_shortened(path.name)}.",
        suffix=".tmp",
    )
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def refuse_file_name(text: str) -> None:
    """Refuse a one-line text that names a file: a path passed as a str.

    Raises:
        ValueError: with the call that reads the file instead.

    """
    if "\n" in text or len(text) > _NAME_LIMIT or text.lstrip()[:1] == "<":
        return
    try:
        named = Path(text).is_file()
    except (OSError, ValueError):  # not a name the system takes
        return
    if named:
        message = (
            f"{text!r} names a file, but a str is the document's text; "
            f"pass Path({text!r}) to read the file"
        )
        raise ValueError(message)


_NAME_LIMIT = 4096  # longer one-line texts are no file names
