"""The ``akn-un`` command line: parse flags, call the library, exit.

Exit status: 0 converted cleanly; 1 converted, with errors reported;
2 usage error or input that cannot be read or decoded; 3 internal error.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from akn_un.core.errors import AknUnError, MetadataMissingError

TYPE_CHECKING = False  # not typing's: importing typing costs start-up
if TYPE_CHECKING:
    import datetime as dt
    from typing import TextIO

    from akn_un.app.batch import FileResult, Options
    from akn_un.app.cache import ResultCache
    from akn_un.core.diagnostics import Diagnostic
    from akn_un.core.rules import Rule

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3
EXIT_INTERRUPTED = 130  # as a shell reports a command Ctrl-C stopped


def _date(value: str) -> dt.date:
    import datetime as dt  # noqa: PLC0415 - only for date options

    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not an ISO date (YYYY-MM-DD): {value!r}"
        ) from None


class _Version(argparse.Action):
    """``--version``: the package's own ``__version__``."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,  # noqa: ARG002 - protocol
        values: object,  # noqa: ARG002 - protocol
        option_string: str | None = None,  # noqa: ARG002 - protocol
    ) -> None:
        from akn_un import __version__  # noqa: PLC0415

        sys.stdout.write(f"akn-un {__version__}\n")
        parser.exit()


class _Formatter(argparse.HelpFormatter):
    """argparse's formatter, told the width without importing shutil.

    argparse makes a formatter for every option it adds, and each asks
    ``shutil`` for the terminal's width: importing shutil (and its
    compression modules) was a sixth of a cache hit's instructions.
    """

    def __init__(self, prog: str) -> None:
        """The width as shutil works it out: $COLUMNS, the terminal, 80."""
        super().__init__(prog, width=_columns() - 2)


def _columns() -> int:
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size().columns  # standard output's
        except (ValueError, OSError):
            columns = 0
    return columns or 80


def _parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command line; with ``command``, only its options are built.

    argparse builds (and checks) every option it is given, a few
    milliseconds a command that runs per commit pays; the others' options
    are only needed for their own ``--help``.
    """
    parser = argparse.ArgumentParser(
        prog="akn-un",
        description="UN resolutions in Akoma Ntoso (AKN4UN).",
        epilog="Exit status: 0 clean, 1 findings, 2 usage or unreadable "
        "input, 3 internal error.",
        formatter_class=_Formatter,
    )
    parser.add_argument(
        "--version", action=_Version, nargs=0, help="show the version"
    )
    commands = parser.add_subparsers(dest="command", required=True)
    for name, (summary, description, options) in _SUBCOMMANDS.items():
        subparser = commands.add_parser(
            name, help=summary, description=description,
            formatter_class=_Formatter,
        )  # fmt: skip
        if command in {None, name}:
            options(subparser)
    return parser


def _convert_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "inputs", nargs="+", metavar="INPUT",
        help="text files or folders, or - for stdin",
    )  # fmt: skip
    parser.add_argument(
        "-o",
        "--output",
        help="the output file (one input; - or absent: stdout), or the "
        "folder for many; written atomically",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="write nothing: exit 1 if an x.xml beside its x.md is not "
        "what the converter makes of x.md (texts without one are skipped)",
    )
    parser.add_argument(
        "--fix",
        action="store_true",
        help="with --check: rewrite the out-of-date files (still exit 1)",
    )
    parser.add_argument(
        "--jobs", type=_positive, default=1, metavar="N",
        help="processes to convert many files in (default 1)",
    )  # fmt: skip
    parser.add_argument("--symbol", help="document symbol: A/RES/75/196")
    parser.add_argument("--adoption-date", type=_date, metavar="DATE")
    parser.add_argument("--issue-date", type=_date, metavar="DATE")
    parser.add_argument(
        "--markup-date",
        type=_date,
        metavar="DATE",
        help="the manifestation's date (default: the issue date)",
    )
    parser.add_argument(
        "--language", default="eng", help="ISO 639-2/B code (default eng)"
    )
    parser.add_argument(
        "--to",
        choices=("xml", "json", "text"),
        default="xml",
        help="the output's format: AKN XML (default), JSON "
        "(akn_un/schemas/resolution.schema.json), or the text as the "
        "converter reads it (of a PDF, say; diagnostics give its lines)",
    )
    parser.add_argument(
        "--validate",
        action="store_true",
        help="also run the validators on the output (at the text's lines)",
    )
    parser.add_argument(
        "--infos", action="store_true",
        help="report infos too (hidden by default, but counted)",
    )


def _validate_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH")
    parser.add_argument(
        "--format", choices=("text", "json", "sarif", "github"),
        default="text",
    )
    parser.add_argument(
        "--select", action="append", default=None, metavar="CODES",
        help="only these codes or prefixes (comma-separated)",
    )
    parser.add_argument(
        "--ignore", action="append", default=None, metavar="CODES",
        help="leave out these codes or prefixes (comma-separated)",
    )
    parser.add_argument(
        "--fail-on", choices=("error", "warning", "info"), default=None,
        help="lowest severity that makes the exit status 1 (default error)",
    )
    parser.add_argument(
        "--infos", action="store_true",
        help="report infos too (hidden by default, but counted; shown "
        "with --fail-on info)",
    )
    parser.add_argument(
        "--jobs", type=_positive, default=None, metavar="N",
        help="CPUs to use: 1 does all in turn; more checks many files in "
        "that many processes (default: one per CPU)",
    )
    parser.add_argument(
        "--no-cache", action="store_true",
        help="check every file afresh, neither reading nor writing the "
        "result cache (kept by content in ~/.cache/akn-un, or "
        "AKN_UN_CACHE_DIR)",
    )  # fmt: skip


def _render_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("input", help="XML file, or - for stdin")
    parser.add_argument(
        "-o", "--output", help="text file, written atomically; - for stdout"
    )
    parser.add_argument(
        "--to",
        choices=("text", "html"),
        default="text",
        help="text (default), or one self-contained HTML page to read",
    )
    parser.add_argument(
        "--diagnostics",
        action="store_true",
        help="with --to html: run the validators and show each finding "
        "beside the paragraph it concerns",
    )
    parser.add_argument(
        "--page-words",
        type=_positive,
        metavar="N",
        help="end a page every N words and put its footnote bodies there, "
        "inside a paragraph if need be (default: after each paragraph)",
    )


def _rules_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("code", nargs="?", help="a rule code, e.g. V001")


_SUBCOMMANDS: dict[
    str, tuple[str, str | None, Callable[[argparse.ArgumentParser], None]]
] = {
    "convert": (
        "convert resolution text to AKN XML",
        (
            "Convert the text of a resolution (as extracted from the PDF) "
            "to AKN4UN XML. Diagnostics go to stderr as 'path:line:col: "
            "CODE message'. With several files or a folder (searched for "
            ".md and .txt), each x.md is written as x.xml beside it, or into "
            "the folder -o names."
        ),
        _convert_options,
    ),
    "validate": (
        "check AKN XML (or resolution text) files",
        (
            "Check Akoma Ntoso resolutions: XSD, structure, footnotes, "
            "citations. Folders are searched for .xml, .md and .txt; text is "
            "converted in memory and reported at its lines."
        ),
        _validate_options,
    ),
    "render": (
        "write an AKN resolution back out as text, or as HTML",
        (
            "Write an AKN resolution (the UN's or ours) as text in the form "
            "the converter reads: masthead lines, paragraphs, *italic* lead "
            "phrases, [x](#) links, superscript markers, footnote bodies."
        ),
        _render_options,
    ),
    "rules": ("list or explain rules", None, _rules_options),
}


def _read(name: str, stdin: TextIO) -> bytes:
    from akn_un.core.files import read_bounded  # noqa: PLC0415 - lazy

    return read_bounded(name, stdin.buffer if name == "-" else None)


def _same_file(output: Path, name: str) -> bool:
    if name == "-" or not output.exists():
        return False
    return output.resolve() == Path(name).resolve()


def _convert(
    args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO
) -> int:
    if args.fix and not args.check:
        stderr.write("akn-un: --fix goes with --check\n")
        return EXIT_USAGE
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
    from akn_un.app.batch import render  # noqa: PLC0415 - lazy
    from akn_un.core.files import write_atomically  # noqa: PLC0415 - lazy

    output = None if args.output in {None, "-"} else Path(args.output)
    if output is not None and _same_file(output, name):
        stderr.write(f"akn-un: refusing to overwrite the input {output}\n")
        return EXIT_USAGE
    path = "<stdin>" if name == "-" else name
    text = b""
    try:
        text = _read(name, stdin)
        data, found, result = render(text, path, _options(args))
    except MetadataMissingError as exc:
        _say_hidden(_report(exc.diagnostics, args.infos, stderr), stderr)
        stderr.write(f"{path}: error: {exc}\n")
        return EXIT_FINDINGS
    except AknUnError as exc:
        if exc.offset is None:
            stderr.write(f"{path}: error: {exc}\n")
        else:
            from akn_un.validators import undecodable  # noqa: PLC0415

            stderr.write(f"{undecodable(exc, text, path)}\n")
        return EXIT_USAGE
    except ValueError as exc:
        stderr.write(f"{path}: error: {exc}\n")
        return EXIT_USAGE
    diagnostics = list(found)
    if args.validate:
        from akn_un.validators import (  # noqa: PLC0415 - lazy
            check,
            converted_document,
        )

        diagnostics.extend(check(converted_document(result, path)))
    _say_hidden(_report(diagnostics, args.infos, stderr), stderr)
    if output is None:
        stdout.write(data.decode("utf-8"))
        stdout.flush()
    else:
        try:
            write_atomically(output, data)
        except OSError as exc:
            stderr.write(f"akn-un: cannot write {output}: {exc.strerror}\n")
            return EXIT_USAGE
    errors = any(d.severity == "error" for d in diagnostics)
    return EXIT_FINDINGS if errors else EXIT_OK


def _report(
    diagnostics: Sequence[Diagnostic],
    infos: bool,  # noqa: FBT001 - the flag's value
    stderr: TextIO,
) -> int:
    """Write the diagnostics, infos only if asked; how many were left out."""
    shown = _shown(diagnostics, infos=infos)
    stderr.writelines(f"{d}\n" for d in shown)
    return len(diagnostics) - len(shown)


def _say_hidden(hidden: int, stderr: TextIO) -> None:
    """Say how many infos a report left out, if any."""
    from akn_un.app.reporters import hidden_infos  # noqa: PLC0415 - lazy

    if hidden:
        stderr.write(f"akn-un: {hidden_infos(hidden)}\n")


def _options(args: argparse.Namespace) -> Options:
    from akn_un.app.batch import Options  # noqa: PLC0415 - lazy

    return Options(
        to=args.to, symbol=args.symbol, adoption_date=args.adoption_date,
        issue_date=args.issue_date, markup_date=args.markup_date,
        language=args.language,
    )  # fmt: skip


_VERBS = {
    "written": "converted",
    "written-with-errors": "converted with errors",
    "refused": "not converted",
    "unchanged": "up to date",
    "outdated": "out of date",
    "fixed": "rewritten",
    "failed": "failed",
}


# What -o ends with when it names a file, not a folder to make.
_FILE_SUFFIXES = frozenset({".xml", ".json", ".txt", ".md"})


def _convert_many(args: argparse.Namespace, stderr: TextIO) -> int:
    from akn_un.app.batch import (  # noqa: PLC0415 - lazy
        convert_files,
        text_sources,
    )

    if "-" in args.inputs:
        stderr.write("akn-un: - (stdin) goes alone\n")
        return EXIT_USAGE
    folder = None if args.output in {None, "-"} else args.output
    if folder is not None and (Path(folder).is_file() or (
        Path(folder).suffix.lower() in _FILE_SUFFIXES
        and not Path(folder).is_dir()
    )):
        stderr.write(f"akn-un: {folder} names a file; many inputs need a "
                     f"folder for -o\n")
        return EXIT_USAGE
    sources = list(text_sources(args.inputs))
    options = _options(args)
    bar = _Progress(stderr, len(sources))
    results: list[FileResult] = []
    hidden = [0]

    def report(result: FileResult) -> None:
        results.append(result)
        bar.clear()
        hidden[0] += _report(result.diagnostics, args.infos, stderr)
        if result.status in {"failed", "refused"}:
            stderr.write(f"{result.source}: error: {result.error}\n")
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
        return EXIT_USAGE
    except KeyboardInterrupt:  # Ctrl-C or SIGTERM: the workers are ended
        bar.clear()
        _summary(results, stderr, hidden[0])
        stderr.write(f"akn-un: interrupted; {len(sources) - len(results)} "
                     f"files not done\n")
        return EXIT_INTERRUPTED
    bar.clear()
    counts = _summary(results, stderr, hidden[0])
    errors = any(
        d.severity == "error" for r in results for d in r.diagnostics
    )
    bad = sum(counts[k] for k in ("failed", "refused", "outdated", "fixed"))
    if counts["failed"] and not (len(results) - counts["failed"]):
        return EXIT_USAGE
    return EXIT_FINDINGS if bad or errors else EXIT_OK


def _summary(
    results: Sequence[FileResult], stderr: TextIO, hidden: int
) -> dict[str, int]:
    """Write "3 files: 2 converted, 1 failed"; the counts by status."""
    from akn_un.app.reporters import counted, hidden_infos  # noqa: PLC0415

    counts = dict.fromkeys(_VERBS, 0)
    for result in results:
        status = result.status
        if status == "written" and any(
            d.severity == "error" for d in result.diagnostics
        ):
            status = "written-with-errors"
        counts[status] += 1
    note = hidden_infos(hidden)
    stderr.write(
        f"{counted(len(results), 'file')}: "
        + ", ".join(f"{n} {_VERBS[k]}" for k, n in counts.items() if n)
        + (f" ({note})" if note else "")
        + "\n"
    )
    return counts


class _Progress:
    """A progress bar on a terminal; nothing when stderr is not one."""

    def __init__(self, stream: TextIO, total: int) -> None:
        self.stream = stream
        self.total = total
        self.done = 0
        self.shown = total > 1 and stream.isatty()

    def step(self) -> None:
        self.done += 1
        if self.shown:
            filled = 30 * self.done // self.total
            self.stream.write(
                f"\r[{'#' * filled}{'.' * (30 - filled)}] "
                f"{self.done}/{self.total}"
            )
            self.stream.flush()

    def clear(self) -> None:
        if self.shown and self.done:
            self.stream.write("\r" + " " * 45 + "\r")


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"not a positive number: {value!r}")
    return number


def _validate(
    args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO
) -> int:
    from akn_un.app._options import leaves_out_schema, split  # noqa: PLC0415
    from akn_un.app.config import load_config  # noqa: PLC0415 - lazy
    from akn_un.core.files import discover  # noqa: PLC0415

    try:
        config = load_config(Path.cwd())
    except AknUnError as exc:
        stderr.write(f"akn-un: {exc}\n")
        return EXIT_USAGE
    select = split(args.select) or config.select
    ignore = split(args.ignore) or config.ignore
    jobs = 1 if "-" in args.paths else args.jobs or os.cpu_count() or 1
    all_names = ["<stdin>" if n == "-" else n for n in discover(args.paths)]
    cache = None if args.no_cache else _cache(select, ignore)
    hits, misses = _lookup(cache, all_names)
    if misses and not _known(select, ignore, stderr):
        return EXIT_USAGE
    if misses and jobs > 1 and not leaves_out_schema(ignore):
        from akn_un.core.resources import prepare_xsd  # noqa: PLC0415 - lazy

        prepare_xsd()  # while the rest starts
    from akn_un.app.reporters import (  # noqa: PLC0415 - lazy
        REPORTERS,
        SEVERITY_RANK,
        hidden_infos,
        summary,
    )
    from akn_un.core.diagnostics import Diagnostic, Severity  # noqa: PLC0415

    fail_on = Severity(args.fail_on or config.fail_on)
    bar = _Progress(stderr, len(all_names))
    diagnostics: list[Diagnostic] = []
    for found in hits.values():
        diagnostics.extend(found)
        bar.step()
    unreadable = 0
    checked = _check(misses, select, ignore, jobs, stdin)
    for name, result in checked:
        bar.step()
        if isinstance(result, AknUnError):
            unreadable += 1
            bar.clear()
            stderr.write(f"{name}: error: {result}\n")
            continue
        diagnostics.extend(result)
        if cache is not None:
            cache.store(name, result)
    bar.clear()
    diagnostics.sort(key=Diagnostic.sort_key)
    shown = _shown(diagnostics, infos=args.infos or fail_on is Severity.INFO)
    rules = _rules_table(cache) if shown else None
    files = len(all_names)
    stdout.write(REPORTERS[args.format](shown, files, rules=rules))
    if args.format == "text":
        note = hidden_infos(len(diagnostics) - len(shown))
        stderr.write(summary(shown, files) + (f" ({note})" if note else "")
                     + "\n")
    if unreadable:
        return EXIT_USAGE
    rank = SEVERITY_RANK[fail_on]
    failing = any(SEVERITY_RANK[d.severity] >= rank for d in diagnostics)
    return EXIT_FINDINGS if failing else EXIT_OK


def _shown(
    diagnostics: Sequence[Diagnostic], *, infos: bool
) -> list[Diagnostic]:
    """What a report shows: infos only on request (counted all the same)."""
    if infos:
        return list(diagnostics)
    return [d for d in diagnostics if str(d.severity) != "info"]


def _known(
    select: Sequence[str], ignore: Sequence[str], stderr: TextIO
) -> bool:
    """Whether each code or prefix selected or ignored names a rule.

    Asked when a file is to be checked (the checks are loaded then): a
    selection with a typo never reaches the cache, so a run the cache
    answers needs no asking.
    """
    from akn_un.app.rules import unknown  # noqa: PLC0415 - loads the checks

    wrong = unknown([*select, *ignore])
    if wrong:
        stderr.write(
            f"akn-un: no rule is {', '.join(map(repr, wrong))} (in --select, "
            f"--ignore or [tool.akn-un]); akn-un rules lists them\n"
        )
    return not wrong


def _check(
    names: list[str],
    select: Sequence[str],
    ignore: Sequence[str],
    jobs: int,
    stdin: TextIO,
) -> Iterator[tuple[str, list[Diagnostic] | AknUnError]]:
    """Check the files the cache did not answer (loading the checks)."""
    if not names:
        return
    from akn_un.validators import check_files  # noqa: PLC0415 - lazy

    def read(name: str) -> bytes | Path:
        return _read("-", stdin) if name == "<stdin>" else Path(name)

    yield from check_files(
        names, select=select, ignore=ignore, read=read, jobs=jobs
    )


def _cache(select: Sequence[str], ignore: Sequence[str]) -> ResultCache:
    from akn_un.app.cache import ResultCache  # noqa: PLC0415 - lazy

    return ResultCache.open(select=select, ignore=ignore)


def _lookup(
    cache: ResultCache | None, names: list[str]
) -> tuple[dict[str, list[Diagnostic]], list[str]]:
    """Hits from the cache; the rest (and stdin, always) to check."""
    if cache is None:
        return {}, names
    hits = cache.lookup(n for n in names if n != "<stdin>").hits
    return hits, [n for n in names if n not in hits]


def _rules_table(cache: ResultCache | None) -> dict[str, Rule] | None:
    """The rule table from the cache (checks not loaded), or kept there."""
    if cache is None:
        return None
    table = cache.rules()
    if not table:
        from akn_un.app.rules import all_rules  # noqa: PLC0415 - lazy

        table = cache.rules(all_rules())
    return table


def _render(
    args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO
) -> int:
    from akn_un.app.reporters import text as report  # noqa: PLC0415 - lazy
    from akn_un.core.files import write_atomically  # noqa: PLC0415 - lazy
    from akn_un.render import render_text  # noqa: PLC0415 - lazy
    from akn_un.validators import load  # noqa: PLC0415 - lazy

    output = None if args.output in {None, "-"} else Path(args.output)
    if output is not None and _same_file(output, args.input):
        stderr.write(f"akn-un: refusing to overwrite the input {output}\n")
        return EXIT_USAGE
    path = "<stdin>" if args.input == "-" else args.input
    try:
        source: bytes | Path = (
            _read("-", stdin) if args.input == "-" else Path(args.input)
        )
        document, problems = load(source, path)
    except AknUnError as exc:
        stderr.write(f"{path}: error: {exc}\n")
        return EXIT_USAGE
    if document is None:
        stderr.write(report(problems, 1))
        return EXIT_USAGE
    if args.to == "html":
        from akn_un.render.html import render_html  # noqa: PLC0415 - lazy

        findings: list[Diagnostic] = list(problems)
        if args.diagnostics:
            from akn_un.validators import check  # noqa: PLC0415 - lazy

            findings.extend(check(document))
        text = render_html(
            document.tree, diagnostics=findings, positions=document.positions
        )
    else:
        text = render_text(document.tree, page_words=args.page_words)
    if output is None:
        stdout.write(text)
        return EXIT_OK
    try:
        write_atomically(output, text.encode("utf-8"))
    except OSError as exc:
        stderr.write(f"akn-un: cannot write {output}: {exc.strerror}\n")
        return EXIT_USAGE
    return EXIT_OK


def _rules(
    args: argparse.Namespace, _: TextIO, stdout: TextIO, stderr: TextIO
) -> int:
    from akn_un.app.rules import all_rules  # noqa: PLC0415 - lazy

    rules = all_rules()
    if args.code is None:
        width = max(len(rule.name) for rule in rules.values())
        stdout.writelines(
            f"{rule.code}  {rule.name:<{width}}  {rule.severity:<7}  "
            f"{_plain(rule.summary)}\n" for rule in rules.values()
        )
        return EXIT_OK
    rule = rules.get(args.code.upper())
    if rule is None:
        stderr.write(f"akn-un: no rule {args.code!r}; see 'akn-un rules'\n")
        return EXIT_USAGE
    stdout.write(
        f"{rule.code} {rule.name} ({rule.severity})\n\n"
        f"{_plain(rule.summary)}\n\n{_plain(rule.explanation)}\n"
    )
    return EXIT_OK


def _plain(text: str) -> str:
    """Documentation for a terminal: ``code`` marks become `code`."""
    return text.replace("``", "`")


def run(
    args: argparse.Namespace,
    *,
    stdin: TextIO,
    stdout: TextIO,
    stderr: TextIO,
) -> int:
    """Run a parsed command; return the exit status."""
    return _COMMANDS[args.command](args, stdin, stdout, stderr)


_COMMANDS = {
    "convert": _convert,
    "validate": _validate,
    "render": _render,
    "rules": _rules,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``akn-un`` console script."""
    argv = sys.argv[1:] if argv is None else list(argv)
    command = next((arg for arg in argv if not arg.startswith("-")), None)
    args = _parser(command if command in _COMMANDS else None).parse_args(argv)
    try:
        return run(
            args, stdin=sys.stdin, stdout=sys.stdout, stderr=sys.stderr
        )
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # the reader went away (``| head``)
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115, PTH123 - at exit
        return EXIT_FINDINGS
    except OSError as exc:  # the output full or closed; a file unreadable
        if exc.filename is None:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115, PTH123
            sys.stderr.write(
                f"akn-un: cannot write the output: {exc.strerror}\n"
            )
        else:
            sys.stderr.write(f"akn-un: {exc.filename}: {exc.strerror}\n")
        return EXIT_USAGE
    except Exception:  # noqa: BLE001 - last line of defence: exit 3
        sys.stderr.write(
            "akn-un: internal error; please report it with this trace:\n"
        )
        import traceback  # noqa: PLC0415 - only on an internal error

        traceback.print_exc(file=sys.stderr)
        return EXIT_INTERNAL
