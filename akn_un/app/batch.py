"""Many resolution texts converted in one run, or checked against their XML.

Each source ``x.md`` (or ``x.txt``, ``x.pdf``) is written as ``x.xml`` (or
``x.json``)
beside it, or into an output folder; a file that fails is reported and the
others are done all the same.  ``check`` compares instead of writing: an
XML beside its text source that is not what the converter makes of the text
is out of date (and, with ``fix``, rewritten).  Work is spread over
processes with ``jobs``; ``progress`` is called after each file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from akn_un.converter.parse.ir import Overrides
from akn_un.core.diagnostics import Diagnostic
from akn_un.core.errors import AknUnError, MetadataMissingError
from akn_un.core.files import (
    TEXT_SUFFIXES,
    discover,
    read_bounded,
    write_output,
)
from akn_un.core.pool import forks

__all__ = ["FileResult", "Options", "convert_files", "render", "text_sources"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Options(Overrides):
    """How to convert: the overrides and the output's format.

    ``validate``: the validators check the output too, their findings at
    the text's lines.
    """

    to: str = "xml"
    validate: bool = False


@dataclass(frozen=True, slots=True)
class FileResult:
    """What became of one file.

    ``status`` is ``written``, ``unchanged`` (check: up to date),
    ``outdated`` (check: the XML differs), ``fixed`` (check with fix: the
    XML rewritten), ``refused`` (the text lacks the resolution number or
    adoption date: nothing written), ``failed`` (the source could not be
    read or converted) or ``unwritten`` (the output could not be written);
    ``error`` says why.
    """

    source: str
    output: str | None
    status: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    error: str | None = None


def text_sources(paths: Sequence[str]) -> Iterator[str]:
    """Each source named, folders searched for ``.md``, ``.txt``, ``.pdf``.

    An ``x.xml`` named stands for its source ``x.md`` (or ``x.txt``, ``x.pdf``)
    when there is one, and for nothing otherwise (a pre-commit hook passes
    whichever of the pair changed); each source comes once.
    """
    seen: set[str] = set()
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found = list(discover([name], TEXT_SUFFIXES))
        elif path.suffix.lower() == ".xml":
            found = [
                str(text) for suffix in TEXT_SUFFIXES
                if (text := path.with_suffix(suffix)).is_file()
            ][:1]
        else:
            found = [name]
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


def convert_file(
    source: str,
    options: Options,
    folder: str | None = None,
    *,
    check: bool = False,
    fix: bool = False,
) -> FileResult:
    """Convert one text file, or check (and fix) the XML beside it."""
    output = output_for(source, options.to, folder)
    try:
        data, diagnostics = render(read_bounded(source), source, options)
        if not check:
            status = "written"
        elif output.exists() and _holds(output, data):
            return FileResult(source, str(output), "unchanged", diagnostics)
        elif fix:
            status = "fixed"
        else:
            return FileResult(source, str(output), "outdated", diagnostics)
    except MetadataMissingError as exc:
        return FileResult(
            source, None, "refused", exc.diagnostics, error=str(exc)
        )
    except (AknUnError, ValueError, OSError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else str(exc)
        return FileResult(source, str(output), "failed", error=reason)
    try:
        write_output(output, data)
    except OSError as exc:
        return FileResult(
            source, str(output), "unwritten", diagnostics, error=exc.strerror
        )
    return FileResult(source, str(output), status, diagnostics)


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
    jobs: int = 1,
    progress: Callable[[FileResult], None] | None = None,
) -> list[FileResult]:
    """Convert (or check) each file; results in the order given.

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
    >>> [r.status for r in convert_files([str(folder / "r.md")], Options())]
    ['written']
    >>> [r.status for r in convert_files(
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
        convert_file, options=options, folder=folder, check=check, fix=fix
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
