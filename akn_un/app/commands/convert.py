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
    for flag in ("fix", "diff"):
        if getattr(args, flag) and not args.check:
            stderr.write(f"akn-un: --{flag} goes with --check\n")
            return shared.EXIT_USAGE
    single: str = args.inputs[0]
    many = (
        len(args.inputs) > 1
        or args.check
        or (single != "-" and Path(single).is_dir())
    )
    if many:
        return _convert_many(args, stdout, stderr)
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
    if refused := _refused_one(args, name, output):
        stderr.write(f"akn-un: {refused}\n")
        return shared.EXIT_USAGE
    path = "<stdin>" if name == "-" else name
    text = None
    try:
        text = shared.read_input(name, stdin)
        data, found = render(text, path, _options(args))
    except MetadataMissingError as exc:
        _findings(args, exc.diagnostics, stdout, stderr)
        stderr.write(f"{path}: error: {exc}\n")
        return shared.EXIT_FINDINGS
    except AknUnError as exc:
        _findings(args, _not_read(exc, text, path), stdout, stderr)
        return shared.EXIT_USAGE
    except ValueError as exc:
        stderr.write(f"{path}: error: {exc}\n")
        return shared.EXIT_USAGE
    diagnostics = list(found)
    _findings(args, diagnostics, stdout, stderr)
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


def _refused_one(
    args: argparse.Namespace, name: str, output: Path | None
) -> str | None:
    """Why one input cannot be converted as asked, if it cannot."""
    if output is not None and shared.same_file(output, name):
        return f"refusing to overwrite the input {output}"
    if output is None and args.format != "text":
        return (f"--format {args.format} writes its report to standard "
                f"output, where the output goes: give -o")
    return None


def _not_read(
    error: AknUnError, text: bytes | None, path: str
) -> list[Diagnostic]:
    """The finding of a text not read: X003 at its bad byte, X005, X006."""
    from akn_un.validators import undecodable, unreadable  # noqa: PLC0415

    if text is not None and error.offset is not None:
        return [undecodable(error, text, path)]
    return [unreadable(error, path)]


def _findings(
    args: argparse.Namespace,
    diagnostics: Sequence[Diagnostic],
    stdout: TextIO,
    stderr: TextIO,
    *,
    files: int = 1,
) -> None:
    """Write the findings of ``files`` files, and the infos left out.

    As text on stderr (the infos' note unless quiet); in another
    ``--format``, the report on stdout.
    """
    if args.format != "text":
        from akn_un.app.reporters import REPORTERS  # noqa: PLC0415 - lazy

        shown = shared.visible(diagnostics, infos=args.infos)
        stdout.write(REPORTERS[args.format](
            shown, files, unreadable=shared.not_read(diagnostics)))
        return
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


def _one_document(args: argparse.Namespace) -> str | None:
    """The refusal of flags that name one document, if any is given."""
    given = [flag for key, flag in _ONE_DOCUMENT.items() if getattr(args, key)]
    if not given:
        return None
    return (f"{', '.join(given)} name{'s' if len(given) == 1 else ''} one "
            f"document; convert each file with its own")


def _refused(args: argparse.Namespace, sources: list[str]) -> str | None:
    """Why many inputs cannot be converted as given, if they cannot."""
    inputs: list[str] = args.inputs
    folder = None if args.output in {None, "-"} else args.output
    many = len(inputs) > 1 or any(Path(name).is_dir() for name in inputs)
    names_a_file = folder is not None and (Path(folder).is_file() or (
        Path(folder).suffix.lower() in _FILE_SUFFIXES
        and not Path(folder).is_dir()
    ))
    reasons = (
        ("-" in inputs, "- (stdin) goes alone"),
        (many and args.output == "-",
         "-o - (standard output) takes one input; name a folder"),
        (args.diff and args.format != "text",
         f"--diff and --format {args.format} both write to stdout"),
        (many, _one_document(args)),
        (names_a_file,
         f"{folder} names a file; many inputs need a folder for -o"),
        (not sources, f"no .md, .txt or .pdf file in {' '.join(inputs)}"),
    )  # fmt: skip
    return next((why for holds, why in reasons if holds and why), None)


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


class _Report:
    """What a batch says of each file as it is done; the results kept."""

    def __init__(
        self, args: argparse.Namespace, stdout: TextIO, stderr: TextIO,
        total: int,
    ) -> None:
        """Report to ``stderr`` (diffs to ``stdout``), a bar for ``total``."""
        self.args, self.stdout, self.stderr = args, stdout, stderr
        self.bar = shared.Progress(stderr, 0 if args.quiet else total)
        self.results: list[FileResult] = []
        self.hidden = 0  # infos left out

    def __call__(self, result: FileResult) -> None:
        """Say what became of one file."""
        self.results.append(result)
        self.bar.clear()
        if self.args.format == "text":
            self.hidden += shared.write_findings(
                result.diagnostics, self.args.infos, self.stderr)
        if result.status == "refused" or (
            result.status == "failed" and not result.diagnostics
        ):  # a file not read has said so (X006, X003)
            self.stderr.write(f"{result.source}: error: {result.error}\n")
        elif result.status == "unwritten":
            self.stderr.write(f"{result.output}: error: cannot write it: "
                              f"{result.error}\n")
        elif result.status in {"outdated", "fixed"}:
            verb = _VERBS[result.status]
            self.stderr.write(
                f"{result.output}: {verb} with {result.source}\n")
            self.stdout.write(result.diff)
        self.bar.step()

    def end(self) -> None:
        """The report in its ``--format``, then the summary."""
        self.bar.clear()
        if self.args.format != "text":
            found = [d for result in self.results for d in result.diagnostics]
            _findings(self.args, found, self.stdout, self.stderr,
                      files=len(self.results))  # fmt: skip
        if not self.args.quiet:
            self.stderr.write(_summary(self.results, self.hidden))


def _convert_many(
    args: argparse.Namespace, stdout: TextIO, stderr: TextIO
) -> int:
    from akn_un.batch import convert_files  # noqa: PLC0415 - lazy

    sources = _sources(args, stderr)
    if isinstance(sources, int):
        return sources
    folder = None if args.output in {None, "-"} else args.output
    report = _Report(args, stdout, stderr, len(sources))
    try:
        convert_files(
            sources, _options(args), folder, check=args.check, fix=args.fix,
            diff=args.diff, jobs=args.jobs, progress=report,
        )  # fmt: skip
    except AknUnError as exc:  # outputs that collide: nothing written
        stderr.write(f"akn-un: {exc}\n")
        return shared.EXIT_USAGE
    except KeyboardInterrupt:  # Ctrl-C or SIGTERM: the workers are ended
        report.bar.clear()
        stderr.write(_summary(report.results, report.hidden))
        stderr.write(f"akn-un: interrupted; "
                     f"{len(sources) - len(report.results)} files not done\n")
        return shared.EXIT_INTERRUPTED
    report.end()
    return _status(report.results, exit_zero=args.exit_zero)


def _status(results: Sequence[FileResult], *, exit_zero: bool) -> int:
    """The exit status of a batch: 2, 1 or 0.

    2 if a file was not read, or none could be used; 1 if one was not
    done, or had findings (with ``exit_zero``, errors and an XML out of
    date make no 1).
    """
    statuses = [str(r.status) for r in results]
    unusable = sum(s in {"failed", "unwritten"} for s in statuses)
    not_read = shared.not_read([d for r in results for d in r.diagnostics])
    if not_read or (unusable and unusable == len(results)):
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
