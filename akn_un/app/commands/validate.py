"""``akn-un validate``: files checked, from the result cache when it can."""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from akn_un.app.commands import shared
from akn_un.core.errors import AknUnError

TYPE_CHECKING = False  # as typing's, without importing typing (start-up)
if TYPE_CHECKING:
    from typing import TextIO

    from akn_un.app.cache import ResultCache
    from akn_un.app.config import Config
    from akn_un.core.diagnostics import Diagnostic, Severity
    from akn_un.core.exclusion import Exclusion
    from akn_un.core.rules import Rule


def validate(
    args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO
) -> int:
    """Check files, from the cache where it answers; the exit status."""
    from akn_un.app.options import split, start_xsd_compile  # noqa: PLC0415

    planned = _plan(args, stderr)
    if isinstance(planned, int):
        return planned
    config, all_names = planned
    select = split(args.select) or config.select
    ignore = split(args.ignore) or config.ignore
    jobs = 1 if "-" in args.paths else args.jobs or os.cpu_count() or 1
    cache = None if args.no_cache else _cache(select, ignore)
    hits, misses = _lookup(cache, all_names)
    if misses and not _known(select, ignore, stderr):
        return shared.EXIT_USAGE
    if misses and jobs > 1:
        start_xsd_compile(ignore)  # while the rest starts
    from akn_un.core.diagnostics import Diagnostic, Severity  # noqa: PLC0415

    fail_on = Severity(args.fail_on or config.fail_on)
    bar = shared.Progress(stderr, 0 if args.quiet else len(all_names))
    diagnostics: list[Diagnostic] = []
    for found in hits.values():
        diagnostics.extend(found)
        bar.step()
    for name, result in _check(misses, select, ignore, jobs, stdin):
        bar.step()
        diagnostics.extend(result)
        if cache is not None:
            cache.store(name, result)
    bar.clear()
    diagnostics.sort(key=Diagnostic.sort_key)
    shown = shared.visible(
        diagnostics, infos=args.infos or fail_on is Severity.INFO
    )
    unreadable = shared.not_read(diagnostics)
    _report(args, diagnostics, shown, files=len(all_names),
            unreadable=unreadable, cache=cache, stdout=stdout,
            stderr=stderr)  # fmt: skip
    if unreadable:
        return shared.EXIT_USAGE
    return _status(diagnostics, fail_on, exit_zero=args.exit_zero)


def _plan(
    args: argparse.Namespace, stderr: TextIO
) -> tuple[Config, list[str]] | int:
    """The configuration and the files to check; else the exit status."""
    from akn_un.app.config import load_config  # noqa: PLC0415 - lazy
    from akn_un.app.options import exclusion  # noqa: PLC0415 - lazy

    if args.statistics and args.format != "text":
        stderr.write("akn-un: --statistics is a table of counts; --format "
                     f"{args.format} gives each finding: choose one\n")
        return shared.EXIT_USAGE
    try:
        config = load_config(Path.cwd())
        names = _files(args.paths, exclusion(args, config))
    except AknUnError as exc:
        stderr.write(f"akn-un: {exc}\n")
        return shared.EXIT_USAGE
    if not names:  # each file named is excluded (--force-exclude)
        stderr.write("akn-un: every file named is excluded; none checked\n")
        return shared.EXIT_OK
    return config, names


def _status(
    diagnostics: Sequence[Diagnostic], fail_on: Severity, *, exit_zero: bool
) -> int:
    """1 for a finding at ``fail_on`` or above (unless ``exit_zero``)."""
    from akn_un.app.reporters import SEVERITY_RANK  # noqa: PLC0415 - lazy

    rank = SEVERITY_RANK[fail_on]
    failing = any(SEVERITY_RANK[d.severity] >= rank for d in diagnostics)
    if failing and not exit_zero:
        return shared.EXIT_FINDINGS
    return shared.EXIT_OK


def _report(  # noqa: PLR0913 - what a report is made of
    args: argparse.Namespace,
    diagnostics: Sequence[Diagnostic],
    shown: Sequence[Diagnostic],
    *,
    files: int,
    unreadable: int,
    cache: ResultCache | None,
    stdout: TextIO,
    stderr: TextIO,
) -> None:
    """Write the findings shown (or their statistics), then the summary.

    ``unreadable`` of the ``files`` were not read.
    """
    from akn_un.app.reporters import (  # noqa: PLC0415 - lazy
        REPORTERS,
        hidden_infos,
        statistics,
        summary,
    )
    rules = _rules_table(cache) if shown else None
    if args.statistics:
        stdout.write(statistics(shown, rules=rules))
    else:
        report = REPORTERS[args.format](
            shown, files, rules=rules, unreadable=unreadable)
        if args.format == "text":
            report = shared.coloured(report, stdout)
        stdout.write(report)
    if args.format == "text" and not args.quiet:
        skipped = shared.files_with(diagnostics, {"X007"})
        notes = [f"{unreadable} not read" if unreadable else "",
                 f"{skipped} skipped" if skipped else "",
                 hidden_infos(len(diagnostics) - len(shown))]
        stderr.write(_with_notes(summary(shown, files), notes))


def _files(paths: Sequence[str], passed_over: Exclusion) -> list[str]:
    """The files named, and those found in the folders named.

    None where each file named is excluded (``passed_over.force``).

    Raises:
        AknUnError: there is none, and none was excluded by name.

    """
    from akn_un.core.files import SUFFIXES, discover  # noqa: PLC0415 - lazy

    names = [
        "<stdin>" if n == "-" else n
        for n in discover(paths, SUFFIXES, passed_over)
    ]
    if not names and not (passed_over.force and all(
        Path(n).is_file() for n in paths
    )):
        raise AknUnError(
            f"no .xml, .md, .txt or .pdf file in {' '.join(paths)}")
    return names


def _with_notes(line: str, notes: Sequence[str]) -> str:
    """The summary line, with its notes in brackets."""
    note = "; ".join(n for n in notes if n)
    return line + (f" ({note})" if note else "") + "\n"


def _known(
    select: Sequence[str], ignore: Sequence[str], stderr: TextIO
) -> bool:
    """Whether each code or prefix selected or ignored names a rule.

    Asked when a file is to be checked (the checks are loaded then): a
    selection with a typo never reaches the cache, so a run the cache
    answers needs no asking.
    """
    from akn_un.rules import unknown  # noqa: PLC0415 - loads the checks

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
) -> Iterator[tuple[str, list[Diagnostic]]]:
    """Check the files the cache did not answer (loading the checks)."""
    if not names:
        return
    from akn_un.checking import check_files  # noqa: PLC0415 - lazy

    def read(name: str) -> bytes | Path:
        if name == "<stdin>":
            return shared.read_input("-", stdin)
        return Path(name)

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
        from akn_un.rules import all_rules  # noqa: PLC0415 - lazy

        table = cache.rules(all_rules())
    return table
