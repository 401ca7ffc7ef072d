"""The ``akn-un`` command line: parse flags, call the library, exit.

Exit status: 0 converted cleanly; 1 converted, with errors reported;
2 usage error or input that cannot be read or decoded; 3 internal error.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from akn_un.app.commands import shared
from akn_un.app.options import add_file_options, add_report_options

TYPE_CHECKING = False  # as typing's, without importing typing (start-up)
if TYPE_CHECKING:
    import datetime as dt
    from typing import TextIO


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


class _Parser(argparse.ArgumentParser):
    """The top parser: what a command does not know, said with its usage.

    argparse leaves the options no parser took to the top one, which
    printed the top usage for ``akn-un validate --bogus``.
    """

    commands: dict[str, argparse.ArgumentParser]

    def parse_command_line(self, argv: Sequence[str]) -> argparse.Namespace:
        """The arguments; an option unknown is its command's usage error."""
        args, unknown = self.parse_known_args(argv)
        if unknown:
            command = self.commands.get(args.command, self)
            command.error(f"unrecognized arguments: {' '.join(unknown)}")
        return args


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


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"not a positive number: {value!r}")
    return number


def _parser(command: str | None = None) -> _Parser:
    """The command line; with ``command``, only its options are built.

    argparse builds (and checks) every option it is given, a few
    milliseconds a command that runs per commit pays; the others' options
    are only needed for their own ``--help``.
    """
    parser = _Parser(
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
    parser.commands = {}
    for name, (summary, description, options) in _SUBCOMMANDS.items():
        subparser = commands.add_parser(
            name, help=summary, description=description,
            formatter_class=_Formatter,
        )  # fmt: skip
        parser.commands[name] = subparser
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
        "--diff",
        action="store_true",
        help="with --check: print how each out-of-date file differs from "
        "what the converter makes (a unified diff, on stdout)",
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
        "--type", dest="document_type",
        choices=("resolution", "decision", "draftResolution",
                 "presidentialStatement"),
        help="the document's type (default: told from its masthead: its "
        "symbol, 'Algeria: draft resolution', 'Statement by the "
        "President …')",
    )  # fmt: skip
    parser.add_argument(
        "--language", choices=("eng", "fra", "spa", "rus", "ara", "zho"),
        default=None,
        help="the text's language (default: told from its script and "
        "masthead)",
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
        "--format", choices=("text", "json", "sarif", "github"),
        default="text",
        help="how findings are written: text on stderr (default), or the "
        "report in that form on stdout (with -o, or many files)",
    )
    parser.add_argument(
        "--infos", action="store_true",
        help="report infos too (hidden by default, but counted)",
    )
    add_report_options(parser)
    add_file_options(parser)


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
    parser.add_argument(
        "--statistics", action="store_true",
        help="how many findings of each rule, in place of each finding",
    )
    add_report_options(parser)
    add_file_options(parser)


def _render_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "input",
        help="AKN XML, or a text or PDF to convert first (.md, .txt, .pdf); "
        "- for stdin",
    )
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
        "convert a resolution, decision, draft or statement to AKN XML",
        (
            "Convert the text of a resolution, decision, draft resolution "
            "or presidential statement (its PDF, or the text extracted from "
            "it) to AKN4UN XML. Diagnostics go to stderr as 'path:line:col: "
            "severity: CODE message [rule-name]'. With several files or a "
            "folder (searched for .md, .txt and .pdf), each x.md is written "
            "as x.xml beside it, or into the folder -o names."
        ),
        _convert_options,
    ),
    "validate": (
        "check AKN XML (or resolution text) files",
        (
            "Check Akoma Ntoso resolutions: XSD, structure, footnotes, "
            "citations. Folders are searched for .xml, .md, .txt and .pdf; "
            "text and PDFs are converted in memory and reported at their "
            "lines."
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


def run(
    args: argparse.Namespace,
    *,
    stdin: TextIO,
    stdout: TextIO,
    stderr: TextIO,
) -> int:
    """Run a parsed command; return the exit status.

    A command's module is imported when it runs: each loads only what it
    uses (a pre-commit hook starts a process per run).
    """
    streams = (stdin, stdout, stderr)
    if args.command == "convert":
        from akn_un.app.commands.convert import convert  # noqa: PLC0415

        return convert(args, *streams)
    if args.command == "validate":
        from akn_un.app.commands.validate import validate  # noqa: PLC0415

        return validate(args, *streams)
    from akn_un.app.commands import render  # noqa: PLC0415

    if args.command == "render":
        return render.render(args, *streams)
    return render.rules(args, *streams)


def _start_schema(args: argparse.Namespace) -> None:
    """For ``validate --no-cache``, start the XSD compile before the rest.

    Not with ``--jobs 1``, which asks for one CPU, nor when the result
    cache may answer (``validate`` starts it then, if a file misses).
    """
    if args.command == "validate" and args.no_cache and args.jobs != 1:
        from akn_un.app.options import (  # noqa: PLC0415
            split,
            start_xsd_compile,
        )

        start_xsd_compile(split(args.ignore) or ())


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``akn-un`` console script."""
    argv = sys.argv[1:] if argv is None else list(argv)
    # a stream the command was started without is None: say so when used
    sys.stdin = sys.stdin or shared.ClosedStream("input")
    sys.stdout = sys.stdout or shared.ClosedStream("output")
    sys.stderr = sys.stderr or open(os.devnull, "w")  # noqa: SIM115, PTH123
    command = next((arg for arg in argv if not arg.startswith("-")), None)
    try:
        args = _parser(
            command if command in _SUBCOMMANDS else None
        ).parse_command_line(argv)
        _start_schema(args)
        from akn_un.core.interrupt import (  # noqa: PLC0415 - not for --help
            interrupted_by_signals,
        )

        with interrupted_by_signals():  # as Ctrl-C: clean up, then say so
            return run(
                args, stdin=sys.stdin, stdout=sys.stdout, stderr=sys.stderr
            )
    except KeyboardInterrupt:
        return shared.EXIT_INTERRUPTED
    except BrokenPipeError:  # the reader went away (``| head``)
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115, PTH123 - at exit
        return shared.EXIT_FINDINGS
    except OSError as exc:  # the output full or closed; a file unreadable
        if exc.filename is None:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115, PTH123
            sys.stderr.write(
                f"akn-un: cannot write the output: {exc.strerror}\n"
            )
        else:
            sys.stderr.write(f"akn-un: {exc.filename}: {exc.strerror}\n")
        return shared.EXIT_USAGE
    except Exception:  # noqa: BLE001 - last line of defence: exit 3
        sys.stderr.write(
            "akn-un: internal error; please report it with this trace:\n"
        )
        import traceback  # noqa: PLC0415 - only on an internal error

        traceback.print_exc(file=sys.stderr)
        return shared.EXIT_INTERNAL
