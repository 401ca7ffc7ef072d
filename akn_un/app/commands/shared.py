"""What the commands share: exit codes, reading input, writing findings."""

from __future__ import annotations

import errno
import io
from collections.abc import Collection, Sequence
from pathlib import Path

TYPE_CHECKING = False  # as typing's, without importing typing (start-up)
if TYPE_CHECKING:
    from typing import TextIO

    from akn_un.core.diagnostics import Diagnostic

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3
EXIT_INTERRUPTED = 130  # as a shell reports a command Ctrl-C stopped


class ClosedStream(io.StringIO):
    """A standard stream the command was started without (``>&-``).

    Reading or writing it is an ``OSError`` that names it, which the
    command reports (exit 2), instead of ``None``'s ``AttributeError``.
    """

    def __init__(self, name: str) -> None:
        """``name``: "input", "output" or "error"."""
        super().__init__()
        self.name = f"standard {name}"

    @property
    def buffer(self) -> _ClosedBytes:
        """The stream's bytes: closed as well."""
        return _ClosedBytes(self.name)

    def read(self, _size: int | None = -1) -> str:
        """Refuse: the stream is closed."""
        raise _closed(self.name)

    def write(self, _text: str) -> int:
        """Refuse: the stream is closed."""
        raise _closed(self.name)


class _ClosedBytes(io.BytesIO):
    """The bytes of a closed standard stream."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def read(self, _size: int | None = -1) -> bytes:
        """Refuse: the stream is closed."""
        raise _closed(self.name)

    def write(self, _data: object) -> int:
        """Refuse: the stream is closed."""
        raise _closed(self.name)


def _closed(name: str) -> OSError:
    return OSError(errno.EBADF, f"{name} is closed")


def read_input(name: str, stdin: TextIO) -> bytes:
    """The bytes of file ``name``, or of standard input for ``-``."""
    from akn_un.core.files import read_bounded  # noqa: PLC0415 - lazy

    return read_bounded(name, stdin.buffer if name == "-" else None)


def same_file(output: Path, name: str) -> bool:
    """Whether writing ``output`` would overwrite the input ``name``."""
    if name == "-" or not output.exists():
        return False
    return output.resolve() == Path(name).resolve()


def write_findings(
    diagnostics: Sequence[Diagnostic],
    infos: bool,  # noqa: FBT001 - the flag's value
    stderr: TextIO,
) -> int:
    """Write the diagnostics, infos only if asked; how many were left out.

    Each as ``validate`` writes it: ``path:line:col: severity: CODE
    message [rule-name]``.
    """
    from akn_un.app.reporters import text  # noqa: PLC0415 - lazy

    shown = visible(diagnostics, infos=infos)
    stderr.write(coloured(text(shown, 0), stderr))
    return len(diagnostics) - len(shown)


def coloured(report: str, stream: TextIO) -> str:
    """A text report, coloured if ``stream`` wants colour."""
    if not report:
        return report
    from akn_un.app.colour import paint, wanted  # noqa: PLC0415 - lazy

    return paint(report) if wanted(stream) else report


def say_hidden(hidden: int, stderr: TextIO) -> None:
    """Say how many infos a report left out, if any."""
    from akn_un.app.reporters import hidden_infos  # noqa: PLC0415 - lazy

    if hidden:
        stderr.write(f"akn-un: {hidden_infos(hidden)}\n")


def files_with(
    diagnostics: Sequence[Diagnostic], codes: Collection[str]
) -> int:
    """How many files have a diagnostic of one of ``codes``."""
    return len({d.location.path for d in diagnostics if d.code in codes})


def not_read(diagnostics: Sequence[Diagnostic]) -> int:
    """How many files were not read at all (X003, X005, X006)."""
    from akn_un.core.rules import NOT_READ  # noqa: PLC0415 - small

    return files_with(diagnostics, NOT_READ)


def visible(
    diagnostics: Sequence[Diagnostic], *, infos: bool
) -> list[Diagnostic]:
    """What a report shows: infos only on request (counted all the same)."""
    if infos:
        return list(diagnostics)
    return [d for d in diagnostics if str(d.severity) != "info"]


class Progress:
    """A progress bar on a terminal; nothing when stderr is not one."""

    def __init__(self, stream: TextIO, total: int) -> None:
        """A bar for ``total`` files, drawn on ``stream`` if a terminal."""
        self.stream = stream
        self.total = total
        self.done = 0
        self.shown = total > 1 and stream.isatty()

    def step(self) -> None:
        """One more file done."""
        self.done += 1
        if self.shown:
            filled = 30 * self.done // self.total
            self.stream.write(
                f"\r[{'#' * filled}{'.' * (30 - filled)}] "
                f"{self.done}/{self.total}"
            )
            self.stream.flush()

    def clear(self) -> None:
        """Take the bar off the line (before other output)."""
        if self.shown and self.done:
            self.stream.write("\r" + " " * 45 + "\r")
