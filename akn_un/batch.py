"""Many files in one run, converted or checked: each outcome typed.

:func:`convert_many` converts, :func:`check_many` checks.

Each source ``x.md`` (or ``x.txt``, ``x.pdf``) is written as ``x.xml`` (or
``x.json``) beside it, or into an output folder; a file that fails is
reported and the others are done all the same.  ``check`` compares instead
of writing: an XML beside its text source that is not what the converter
makes of the text is out of date (and, with ``fix``, rewritten).  Work is
spread over processes with ``jobs``; ``progress`` is called after each
file.
"""

from __future__ import annotations

import datetime as dt
import enum
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from akn_un.converter.parse.ir import Overrides
from akn_un.core.diagnostics import Diagnostic
from akn_un.core.errors import (
    AknUnError,
    MetadataMissingError,
    PdfUnreadableError,
)
from akn_un.core.exclusion import Exclusion
from akn_un.core.files import (
    TEXT_SUFFIXES,
    discover,
    read_bounded,
    write_output,
)
from akn_un.core.pool import forks

__all__ = [
    "FileCheck",
    "FileResult",
    "FileStatus",
    "Options",
    "check_many",
    "convert_files",
    "convert_many",
    "render",
    "text_sources",
]


@dataclass(frozen=True, slots=True, kw_only=True)
class Options(Overrides):
    """How to convert: the overrides and the output's format.

    ``validate``: the validators check the output too, their findings at
    the text's lines.
    """

    to: str = "xml"
    validate: bool = False


class FileStatus(enum.StrEnum):
    """What became of one file converted (or checked against its XML)."""

    WRITTEN = "written"
    """Converted and written (its errors, if any, are in the diagnostics)."""
    UNCHANGED = "unchanged"
    """Checked: the XML is what the converter makes of the text."""
    OUTDATED = "outdated"
    """Checked: the XML differs from what the converter makes."""
    FIXED = "fixed"
    """Checked and fixed: the XML rewritten."""
    REFUSED = "refused"
    """The text lacks the number or a date its type needs: not written."""
    SKIPPED = "skipped"
    """The text shows no trace of a UN document (X007): passed over."""
    FAILED = "failed"
    """The source could not be read or converted."""
    UNWRITTEN = "unwritten"
    """The output could not be written."""


@dataclass(frozen=True, slots=True)
class FileResult:
    """What became of one file: its status, findings, and why it failed.

    ``output`` is the file written (or compared); ``error`` says why a
    file was refused, failed or not written.
    """

    source: str
    output: str | None
    status: FileStatus
    diagnostics: list[Diagnostic] = field(default_factory=list)
    error: str | None = None
    diff: str = ""
    """Checked with ``diff``: how the XML differs from what is made."""

    @property
    def errors(self) -> list[Diagnostic]:
        """The findings of severity error."""
        return [d for d in self.diagnostics if d.severity == "error"]


@dataclass(frozen=True, slots=True)
class FileCheck:
    """One file checked: its findings (X003, X005 or X006 if not read)."""

    path: str
    diagnostics: list[Diagnostic]

    @property
    def read(self) -> bool:
        """Whether the file could be read (and so was checked)."""
        from akn_un.core.rules import NOT_READ  # noqa: PLC0415 - small

        return not any(d.code in NOT_READ for d in self.diagnostics)

    @property
    def errors(self) -> list[Diagnostic]:
        """The findings of severity error."""
        return [d for d in self.diagnostics if d.severity == "error"]


def text_sources(
    paths: Sequence[str],
    exclusion: Exclusion = Exclusion(),  # noqa: B008 - frozen, shared
) -> Iterator[str]:
    """Each source named, folders searched for ``.md``, ``.txt``, ``.pdf``.

    What ``exclusion`` excludes is passed over.

    An ``x.xml`` named stands for its source ``x.md`` (or ``x.txt``, ``x.pdf``)
    when there is one, and for nothing otherwise (a pre-commit hook passes
    whichever of the pair changed); each source comes once.
    """
    seen: set[str] = set()
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found = list(discover([name], TEXT_SUFFIXES, exclusion))
        elif path.suffix.lower() == ".xml":
            found = [
                str(text) for suffix in TEXT_SUFFIXES
                if (text := path.with_suffix(suffix)).is_file()
            ][:1]
        else:
            found = list(discover([name], TEXT_SUFFIXES, exclusion))
        for source in found:
            if source not in seen:
                seen.add(source)
                yield source


def output_for(source: str, to: str, folder: str | None) -> Path:
    """``x.md`` gives ``x.xml`` beside it, or in ``folder``."""
    suffix = ".txt" if to == "text" else f".{to}"
    path = Path(source).with_suffix(suffix)
    return Path(folder) / path.name if folder is not None else path


def render(
    data: bytes, path: str | None, options: Options
) -> tuple[bytes, list[Diagnostic]]:
    """Convert ``data``; the output (XML, JSON or text) and diagnostics.

    With ``options.validate`` the diagnostics hold the validators' findings
    on the output too.
    """
    from akn_un.converter import convert  # noqa: PLC0415 - heavy

    result = convert(
        data,
        path=path,
        symbol=options.symbol,
        adoption_date=options.adoption_date,
        issue_date=options.issue_date,
        markup_date=options.markup_date,
        language=options.language,
        document_type=options.document_type,
    )
    diagnostics = result.diagnostics
    if options.validate:
        from akn_un.validators import check  # noqa: PLC0415 - heavy

        diagnostics = [*diagnostics, *check(result.document(path))]
    if options.to == "text":
        return result.source.text.encode("utf-8"), diagnostics
    if options.to == "json":
        import json  # noqa: PLC0415 - only for JSON output

        from akn_un.render.json import to_json  # noqa: PLC0415 - heavy

        text = json.dumps(to_json(result.tree), ensure_ascii=False, indent=2)
        return (text + "\n").encode("utf-8"), diagnostics
    return result.xml, diagnostics


def convert_file(  # noqa: PLR0913 - one keyword per choice
    source: str,
    options: Options,
    folder: str | None = None,
    *,
    check: bool = False,
    fix: bool = False,
    diff: bool = False,
) -> FileResult:
    """Convert one text file, or check (and fix) the XML beside it.

    With ``diff``, an XML out of date comes with how it differs.
    """
    output = output_for(source, options.to, folder)
    changes, raw = "", None
    try:
        raw = read_bounded(source)
        data, diagnostics = render(raw, source, options)
        if not check:
            status = FileStatus.WRITTEN
        elif output.exists() and _holds(output, data):
            return FileResult(
                source, str(output), FileStatus.UNCHANGED, diagnostics)
        else:
            changes = _diff(output, data) if diff else ""
            if not fix:
                return FileResult(
                    source, str(output), FileStatus.OUTDATED, diagnostics,
                    diff=changes,
                )
            status = FileStatus.FIXED
    except MetadataMissingError as exc:
        return _not_converted(source, exc)
    except (AknUnError, ValueError, OSError) as exc:
        return _failed(source, output, exc, raw)
    try:
        write_output(output, data)
    except OSError as exc:
        return FileResult(
            source, str(output), FileStatus.UNWRITTEN, diagnostics,
            error=exc.strerror,
        )
    return FileResult(source, str(output), status, diagnostics, diff=changes)


def _diff(output: Path, data: bytes) -> str:
    """A unified diff from the XML ``output`` holds (if any) to ``data``."""
    import difflib  # noqa: PLC0415 - only for a diff

    before = output.read_text("utf-8", "replace") if output.exists() else ""
    return "".join(difflib.unified_diff(
        before.splitlines(keepends=True),
        data.decode("utf-8").splitlines(keepends=True),
        fromfile=str(output), tofile=f"{output} (converted)",
    ))  # fmt: skip


def _failed(
    source: str, output: Path, error: Exception, raw: bytes | None
) -> FileResult:
    """A file not converted, with the finding of a file not read.

    X006 where it could not be read, X003 where it is not UTF-8, X005 a
    PDF that cannot be read; a text the converter refused (a symbol of
    another type …) says why only.
    """
    from akn_un.validators import undecodable, unreadable  # noqa: PLC0415

    found = []
    if isinstance(error, AknUnError):
        if raw is not None and error.offset is not None:
            found = [undecodable(error, raw, source)]
        elif raw is None or isinstance(error, PdfUnreadableError):
            found = [unreadable(error, source)]
    reason = error.strerror if isinstance(error, OSError) else str(error)
    return FileResult(
        source, str(output), FileStatus.FAILED, found, error=reason)


def _not_converted(source: str, error: MetadataMissingError) -> FileResult:
    """Refused for what the text lacks, or skipped: no UN document at all."""
    if error.unrecognised:
        from akn_un.validators import not_a_document  # noqa: PLC0415 - heavy

        return FileResult(
            source, None, FileStatus.SKIPPED, [not_a_document(source)])
    return FileResult(
        source, None, FileStatus.REFUSED, error.diagnostics, error=str(error))


def _holds(output: Path, data: bytes) -> bool:
    """Whether the output holds ``data``.

    A file of another size is not read, and a FIFO or device never is.
    """
    if not output.is_file():
        raise AknUnError(f"{output} is not a regular file")
    if output.stat().st_size != len(data):
        return False
    return output.read_bytes() == data


def _refuse_collisions(
    sources: Sequence[str], to: str, folder: str | None
) -> None:
    """Refuse two sources for one output, or an output that is an input.

    Called before anything is written.

    Raises:
        AknUnError: naming the sources and the output they share.

    """
    inputs = {Path(s).resolve() for s in sources}
    taken: dict[Path, str] = {}
    for source in sources:
        output = output_for(source, to, folder).resolve()
        if output in inputs:
            raise AknUnError(f"{source}: its output {output} is an input")
        if output in taken:
            raise AknUnError(
                f"{taken[output]} and {source} would both be written to "
                f"{output}; convert them apart"
            )
        taken[output] = source


def convert_files(  # noqa: PLR0913 - one keyword per choice
    sources: Sequence[str],
    options: Options,
    folder: str | None = None,
    *,
    check: bool = False,
    fix: bool = False,
    diff: bool = False,
    jobs: int = 1,
    progress: Callable[[FileResult], None] | None = None,
) -> list[FileResult]:
    """Convert (or check) each file; results in the order given.

    With ``check`` and ``diff``, each XML out of date comes with how it
    differs from what is made (``FileResult.diff``).

    With ``check``, a text with no XML beside it is skipped: the check
    is of pairs, so that other Markdown (a README) is left alone.

    Raises:
        AknUnError: two sources would be written to one output, or an
            output is one of the inputs; nothing is written.

    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> blocks = ["75/1. A title", "The General Assembly,", "1. *Decides*.",
    ...           "1st plenary meeting", "15 September 2020"]
    >>> _ = (folder / "r.md").write_text((2 * chr(10)).join(blocks))
    >>> [str(r.status) for r in convert_files([str(folder / "r.md")],
    ...                                       Options())]
    ['written']
    >>> [str(r.status) for r in convert_files(
    ...     [str(folder / "r.md")], Options(), check=True)]
    ['unchanged']

    """
    if check:
        sources = [
            s for s in sources if output_for(s, options.to, folder).exists()
        ]
    _refuse_collisions(sources, options.to, folder)
    if folder is not None:
        Path(folder).mkdir(parents=True, exist_ok=True)
    results: list[FileResult] = []
    work = partial(
        convert_file, options=options, folder=folder, check=check, fix=fix,
        diff=diff,
    )
    done: Iterable[FileResult] = map(work, sources)
    if forks(len(sources), jobs, from_items=2):  # a conversion is slow
        from akn_un.core.pool import ordered_map  # noqa: PLC0415 - many files

        done = ordered_map(work, sources, min(jobs, len(sources)))
    for result in done:
        results.append(result)
        if progress is not None:
            progress(result)
    return results


def convert_many(  # noqa: PLR0913 - one keyword per choice
    sources: Iterable[str | os.PathLike[str]],
    *,
    output_folder: str | os.PathLike[str] | None = None,
    to: str = "xml",
    validate: bool = False,
    language: str | None = None,
    document_type: str | None = None,
    markup_date: dt.date | None = None,
    check: bool = False,
    fix: bool = False,
    diff: bool = False,
    jobs: int = 1,
    progress: Callable[[FileResult], None] | None = None,
) -> list[FileResult]:
    """Convert many texts (and PDFs); each file's outcome, in order.

    ``sources``: files, and folders searched for ``.md``, ``.txt`` and
    ``.pdf`` (a project's own README and the like passed over). Each
    ``x.md`` is written as ``x.xml`` beside it, or in ``output_folder``,
    atomically; ``to`` is "xml", "json" or "text". A file that fails is
    a :class:`FileResult` saying why, and the others are done all the
    same. ``validate``: the validators check each output too, their
    findings in its diagnostics. ``language``, ``document_type`` and
    ``markup_date`` apply to every file (a symbol or adoption date names
    one document: :func:`akn_un.convert` takes them). ``check``: compare
    each ``x.xml`` with what the converter makes of its source, writing
    nothing (``fix``: rewrite those that differ; ``diff``: say how each
    differs, in ``FileResult.diff``). ``jobs``: how many
    processes; ``progress`` is called with each result as it comes.

    Raises:
        AknUnError: two sources would be written to one output, or an
            output is one of the inputs; nothing is written.
        ValueError: ``to`` is not one of the three, or ``fix`` or
            ``diff`` is asked without ``check``.

    """
    if to not in {"xml", "json", "text"}:
        raise ValueError(f"to={to!r}: give 'xml', 'json' or 'text'")
    if (fix or diff) and not check:
        raise ValueError(
            f"{'fix' if fix else 'diff'}=True goes with check=True")
    options = Options(
        to=to, validate=validate, language=language,
        document_type=document_type, markup_date=markup_date,
    )  # fmt: skip
    names = list(text_sources([os.fspath(s) for s in sources]))
    folder = None if output_folder is None else os.fspath(output_folder)
    return convert_files(
        names, options, folder, check=check, fix=fix, diff=diff, jobs=jobs,
        progress=progress,
    )  # fmt: skip


def check_many(
    paths: Iterable[str | os.PathLike[str]],
    *,
    select: str | Sequence[str] = (),
    ignore: str | Sequence[str] = (),
    jobs: int = 1,
    progress: Callable[[FileCheck], None] | None = None,
) -> list[FileCheck]:
    """Check many files; each file's findings, in order.

    ``paths``: files (AKN XML, or a resolution's text or PDF, converted
    first), and folders searched for ``.xml``, ``.md``, ``.txt`` and
    ``.pdf`` (an ``x.xml`` checked in place of the ``x.md`` beside it).
    A file that cannot be read is a :class:`FileCheck` whose finding
    says so (X006; X003 not decodable, X005 a PDF with no text).
    ``select``, ``ignore``: codes or prefixes, as :func:`akn_un.check`
    takes them; ``jobs``: how many processes; ``progress`` is called with
    each file's result as it comes.

    Raises:
        ValueError: a code selected or ignored names no rule.

    """
    from akn_un.checking import check_files  # noqa: PLC0415 - heavy
    from akn_un.core.files import discover  # noqa: PLC0415 - small

    names = list(discover([os.fspath(p) for p in paths]))
    results = []
    for name, found in check_files(
        names, select=select, ignore=ignore, jobs=jobs
    ):
        result = FileCheck(name, found)
        results.append(result)
        if progress is not None:
            progress(result)
    return results
