"""``akn-un convert``: one text to AKN XML, JSON or text; or many."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from akn_un.app.commands import shared
from akn_un.core.errors import AknUnError, MetadataMissingError

TYPE_CHECKING = False  # as typing's, without importing typing (start-up)
if TYPE_CHECKING:
    from typing import TextIO

    from akn_un.batch import FileResult, Options
    from akn_un.core.diagnostics import Diagnostic


def convert(
    args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO
) -> int:
    """Convert one text, or many into a folder; the exit status."""
    if args.fix and not args.check:
        stderr.write("akn-un: --fix goes with --check\n")
        return shared.EXIT_USAGE
    single: str = args.inputs[0]
    many = (
        len(args.inputs) > 1
        or args.check
        or (single != "-" and Path(single).is_dir())
    )
    if many:
        return _convert_many(args, stderr)
    return _convert_one(args, single, stdin, stdout, stderr)


def _convert_one(
    args: argparse.Namespace,
    name: str,
    stdin: TextIO,
    stdout: TextIO,
    stderr: TextIO,
) -> int:
    from akn_un.batch import render  # noqa: PLC0415 - lazy
    from akn_un.core.files import write_output  # noqa: PLC0415 - lazy

    output = None if args.output in {None, "-"} else Path(args.output)
    if output is not None and shared.same_file(output, name):
        stderr.write(f"akn-un: refusing to overwrite the input {output}\n")
        return shared.EXIT_USAGE
    path = "<stdin>" if name == "-" else name
    text = b""
    try:
        text = shared.read_input(name, stdin)
        data, found = render(text, path, _options(args))
    except MetadataMissingError as exc:
        _findings(args, exc.diagnostics, stderr)
        stderr.write(f"{path}: error: {exc}\n")
        return shared.EXIT_FINDINGS
    except AknUnError as exc:
        if exc.offset is None:
            stderr.write(f"{path}: error: {exc}\n")
        else:
            from akn_un.validators import undecodable  # noqa: PLC0415

            stderr.write(f"{undecodable(exc, text, path)}\n")
        return shared.EXIT_USAGE
    except ValueError as exc:
        stderr.write(f"{path}: error: {exc}\n")
        return shared.EXIT_USAGE
    diagnostics = list(found)
    _findings(args, diagnostics, stderr)
    if output is None:
        stdout.write(data.decode("utf-8"))
        stdout.flush()
    else:
        try:
            write_output(output, data)
        except OSError as exc:
            stderr.write(f"akn-un: cannot write {output}: {exc.strerror}\n")
            return shared.EXIT_USAGE
    errors = any(d.severity == "error" for d in diagnostics)
    return shared.EXIT_FINDINGS if errors and not args.exit_zero else (
        shared.EXIT_OK)


def _findings(
    args: argparse.Namespace, diagnostics: list[Diagnostic], stderr: TextIO
) -> None:
    """Write one file's findings, and (unless quiet) the infos left out."""
    hidden = shared.write_findings(diagnostics, args.infos, stderr)
    if not args.quiet:
        shared.say_hidden(hidden, stderr)


def _options(args: argparse.Namespace) -> Options:
    from akn_un.batch import Options  # noqa: PLC0415 - lazy

    return Options(
        to=args.to, symbol=args.symbol, adoption_date=args.adoption_date,
        issue_date=args.issue_date, markup_date=args.markup_date,
        language=args.language, document_type=args.document_type,
        validate=args.validate,
    )  # fmt: skip


_VERBS = {
    "written": "converted",
    "written-with-errors": "converted with errors",
    "refused": "not converted",
    "skipped": "skipped (no trace of a UN document)",
    "unchanged": "up to date",
    "outdated": "out of date",
    "fixed": "rewritten",
    "failed": "failed",
    "unwritten": "not written",
}


# What -o ends with when it names a file, not a folder to make.


_FILE_SUFFIXES = frozenset({".xml", ".json", ".txt", ".md"})


# The flags that name one document: refused for many.
_ONE_DOCUMENT = {
    "symbol": "--symbol", "adoption_date": "--adoption-date",
    "issue_date": "--issue-date",
}  # fmt: skip


def _refused(args: argparse.Namespace, sources: list[str]) -> str | None:
    """Why many inputs cannot be converted as given, if they cannot."""
    inputs: list[str] = args.inputs
    folder = None if args.output in {None, "-"} else args.output
    if "-" in inputs:
        return "- (stdin) goes alone"
    many = len(inputs) > 1 or any(Path(name).is_dir() for name in inputs)
    if many and args.output == "-":
        return "-o - (standard output) takes one input; name a folder"
    given = [flag for key, flag in _ONE_DOCUMENT.items() if getattr(args, key)]
    if many and given:
        return (f"{', '.join(given)} name{'s' if len(given) == 1 else ''} "
                f"one document; convert each file with its own")
    if folder is not None and (Path(folder).is_file() or (
        Path(folder).suffix.lower() in _FILE_SUFFIXES
        and not Path(folder).is_dir()
    )):
        return f"{folder} names a file; many inputs need a folder for -o"
    if not sources:
        return f"no .md, .txt or .pdf file in {' '.join(inputs)}"
    return None


def _sources(args: argparse.Namespace, stderr: TextIO) -> list[str] | int:
    """The texts to convert, or the exit status if there are none to."""
    from akn_un.app.config import load_config  # noqa: PLC0415 - lazy
    from akn_un.app.options import exclusion  # noqa: PLC0415 - lazy
    from akn_un.batch import text_sources  # noqa: PLC0415 - lazy

    try:
        passed_over = exclusion(args, load_config(Path.cwd()))
    except AknUnError as exc:
        stderr.write(f"akn-un: {exc}\n")
        return shared.EXIT_USAGE
    sources = (
        list(text_sources(args.inputs, passed_over))
        if "-" not in args.inputs else []
    )
    if not sources and passed_over.force and all(
        Path(name).is_file() for name in args.inputs
    ):
        stderr.write("akn-un: every file named is excluded; none converted\n")
        return shared.EXIT_OK
    if refused := _refused(args, sources):
        stderr.write(f"akn-un: {refused}\n")
        return shared.EXIT_USAGE
    return sources


def _convert_many(args: argparse.Namespace, stderr: TextIO) -> int:
    from akn_un.batch import convert_files  # noqa: PLC0415 - lazy

    sources = _sources(args, stderr)
    if isinstance(sources, int):
        return sources
    folder = None if args.output in {None, "-"} else args.output
    options = _options(args)
    bar = shared.Progress(stderr, 0 if args.quiet else len(sources))
    results: list[FileResult] = []
    hidden = [0]

    def report(result: FileResult) -> None:
        results.append(result)
        bar.clear()
        left_out = shared.write_findings(
            result.diagnostics, args.infos, stderr
        )
        hidden[0] += left_out
        if result.status in {"failed", "refused"}:
            stderr.write(f"{result.source}: error: {result.error}\n")
        elif result.status == "unwritten":
            stderr.write(f"{result.output}: error: cannot write it: "
                         f"{result.error}\n")
        elif result.status in {"outdated", "fixed"}:
            verb = _VERBS[result.status]
            stderr.write(f"{result.output}: {verb} with {result.source}\n")
        bar.step()

    try:
        convert_files(
            sources, options, folder, check=args.check, fix=args.fix,
            jobs=args.jobs, progress=report,
        )  # fmt: skip
    except AknUnError as exc:  # outputs that collide: nothing written
        stderr.write(f"akn-un: {exc}\n")
        return shared.EXIT_USAGE
    except KeyboardInterrupt:  # Ctrl-C or SIGTERM: the workers are ended
        bar.clear()
        stderr.write(_summary(results, hidden[0]))
        stderr.write(f"akn-un: interrupted; {len(sources) - len(results)} "
                     f"files not done\n")
        return shared.EXIT_INTERRUPTED
    bar.clear()
    if not args.quiet:
        stderr.write(_summary(results, hidden[0]))
    return _status(results, exit_zero=args.exit_zero)


def _status(results: Sequence[FileResult], *, exit_zero: bool) -> int:
    """2 if no file could be used; 1 if one was not done, or had findings.

    With ``exit_zero``, findings (errors, an XML out of date) make no 1.
    """
    statuses = [str(r.status) for r in results]
    unusable = sum(s in {"failed", "unwritten"} for s in statuses)
    if unusable and unusable == len(results):
        return shared.EXIT_USAGE
    if any(s in {"failed", "unwritten", "refused"} for s in statuses):
        return shared.EXIT_FINDINGS
    findings = any(r.errors for r in results) or any(
        s in {"outdated", "fixed"} for s in statuses)
    return shared.EXIT_FINDINGS if findings and not exit_zero else (
        shared.EXIT_OK)


def _summary(results: Sequence[FileResult], hidden: int) -> str:
    """"3 files: 2 converted, 1 failed", and the infos left out."""
    from akn_un.app.reporters import counted, hidden_infos  # noqa: PLC0415

    counts = dict.fromkeys(_VERBS, 0)
    for result in results:
        written = result.status == "written"
        counts["written-with-errors" if written and result.errors
               else result.status] += 1
    note = hidden_infos(hidden)
    return (
        f"{counted(len(results), 'file')}: "
        + ", ".join(f"{n} {_VERBS[k]}" for k, n in counts.items() if n)
        + (f" ({note})" if note else "")
        + "\n"
    )
