"""``akn-un render`` and ``akn-un rules``: documents and rules shown."""

from __future__ import annotations

import argparse
from pathlib import Path

from akn_un.app.commands import shared
from akn_un.core.errors import AknUnError

TYPE_CHECKING = False  # as typing's, without importing typing (start-up)
if TYPE_CHECKING:
    from typing import TextIO

    from akn_un.core.diagnostics import Diagnostic


def render(
    args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO
) -> int:
    """Write a document as text or HTML; the exit status."""
    from akn_un.app.reporters import text as report  # noqa: PLC0415 - lazy
    from akn_un.checking import load  # noqa: PLC0415 - lazy
    from akn_un.core.files import write_output  # noqa: PLC0415 - lazy
    from akn_un.render import render_text  # noqa: PLC0415 - lazy

    output = None if args.output in {None, "-"} else Path(args.output)
    if output is not None and shared.same_file(output, args.input):
        stderr.write(f"akn-un: refusing to overwrite the input {output}\n")
        return shared.EXIT_USAGE
    path = "<stdin>" if args.input == "-" else args.input
    try:
        source: bytes | Path = Path(args.input)
        if args.input == "-":
            source = shared.read_input("-", stdin)
        document, problems = load(source, path)
    except AknUnError as exc:
        stderr.write(f"{path}: error: {exc}\n")
        return shared.EXIT_USAGE
    if document is None:
        stderr.write(report(problems, 1))
        return shared.EXIT_USAGE
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
        return shared.EXIT_OK
    try:
        write_output(output, text.encode("utf-8"))
    except OSError as exc:
        stderr.write(f"akn-un: cannot write {output}: {exc.strerror}\n")
        return shared.EXIT_USAGE
    return shared.EXIT_OK


def rules(
    args: argparse.Namespace,
    stdin: TextIO,  # noqa: ARG001 - every command takes the same streams
    stdout: TextIO,
    stderr: TextIO,
) -> int:
    """List the rules, or explain one; the exit status."""
    from akn_un.rules import all_rules  # noqa: PLC0415 - lazy

    rules = all_rules()
    if args.code is None:
        width = max(len(rule.name) for rule in rules.values())
        stdout.writelines(
            f"{rule.code}  {rule.name:<{width}}  {rule.severity:<7}  "
            f"{_plain(rule.summary)}\n" for rule in rules.values()
        )
        return shared.EXIT_OK
    rule = rules.get(args.code.upper())
    if rule is None:
        stderr.write(f"akn-un: no rule {args.code!r}; see 'akn-un rules'\n")
        return shared.EXIT_USAGE
    applies = (
        f"Applies to: {', '.join(rule.types)}.\n\n" if rule.types else ""
    )
    stdout.write(
        f"{rule.code} {rule.name} ({rule.severity})\n\n{applies}"
        f"{_plain(rule.summary)}\n\n{_plain(rule.explanation)}\n"
    )
    return shared.EXIT_OK


def _plain(text: str) -> str:
    """Documentation for a terminal: ``code`` marks become `code`."""
    return text.replace("``", "`")
