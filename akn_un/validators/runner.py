"""Running the checks: on one document, and on many files in order.

With more than one CPU, a check marked ``background`` (the XSD's, whose
time is libxml2's, which releases Python's lock) runs in a thread while
the others run; with enough files, batches go to processes, forked once
each check's ``prepare`` (the XSD's compile) is done.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from akn_un.core.diagnostics import Diagnostic
from akn_un.core.document import Document
from akn_un.core.errors import AknUnError
from akn_un.core.files import read_bounded
from akn_un.core.pool import forks
from akn_un.core.rules import NOT_READ
from akn_un.validators import (
    citations,
    extraction,
    footnotes,
    frbr,
    links,
    references,
    schema,
    structure,
    wording,
)
from akn_un.validators._registry import Check, collect
from akn_un.validators.source import (
    Source,
    TextConverter,
    load,
    unreadable,
)

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

CHECKS: tuple[Check, ...] = collect(
    schema, structure, wording, frbr, references, footnotes, links,
    citations, extraction,
)


def selected(
    code: str, select: str | Iterable[str], ignore: str | Iterable[str]
) -> bool:
    """Whether ``code`` is chosen by ``select`` and not by ``ignore``."""
    return _selected(code, codes(select), codes(ignore))


def codes(chosen: str | Iterable[str]) -> tuple[str, ...]:
    """Codes or prefixes as a tuple; one given as a string is one code.

    ``select="D003"`` is the rule D003, not the letters D, 0, 0 and 3.
    """
    return (chosen,) if isinstance(chosen, str) else tuple(chosen)


@lru_cache(maxsize=1024)
def _selected(
    code: str, select: tuple[str, ...], ignore: tuple[str, ...]
) -> bool:
    chosen = not select or code.startswith(select)
    return chosen and not code.startswith(ignore)


def iter_diagnostics(  # noqa: PLR0913 - each a keyword of its own
    source: Source,
    *,
    path: str | None = None,
    select: str | Sequence[str] = (),
    ignore: str | Sequence[str] = (),
    checks: Sequence[Check] = CHECKS,
    convert: TextConverter | None = None,
) -> Iterator[Diagnostic]:
    """Diagnostics of ``source``, lazily, check after check.

    Resolution text is converted by ``convert`` first (see :func:`load`).
    """
    document, diagnostics = load(source, path, convert)
    for diagnostic in diagnostics:
        if selected(diagnostic.code, select, ignore):
            yield diagnostic
    if document is None:
        return
    for rule in checks:
        if not selected(rule.code, select, ignore):
            continue
        for finding in rule(document):
            yield Diagnostic(
                code=rule.code,
                message=finding.message,
                severity=rule.severity,
                location=document.locate(finding.element),
                hint=finding.hint,
            )


def check_files(  # noqa: PLR0913 - each a keyword of its own
    names: Iterable[str],
    *,
    select: str | Sequence[str] = (),
    ignore: str | Sequence[str] = (),
    read: Callable[[str], bytes | Path] = Path,
    jobs: int = 1,
    convert: TextConverter | None = None,
) -> Iterator[tuple[str, list[Diagnostic]]]:
    """Diagnostics of many files, in order; a file not read has X006.

    Text files are converted by ``convert`` (a function of the module
    level: it goes to other processes). ``jobs`` is how many CPUs to
    use. With one, all is done in turn. With more, a thread runs the
    background checks on each parsed file while the others run on it;
    and with enough files, the files go in batches to ``jobs`` processes.
    """
    names = list(names)
    plan = _Plan(
        tuple(c.code for c in CHECKS if selected(c.code, select, ignore)),
        codes(select), codes(ignore), convert,
    )  # fmt: skip
    batches = [names[k : k + _BATCH] for k in range(0, len(names), _BATCH)]
    if not forks(len(names), jobs, from_items=_FORK_FROM):
        for batch in batches:
            yield from _check_batch(batch, plan, read, threaded=jobs > 1)
        return
    # The processes are forked once the checks' one-off work (the XSD's
    # compile, which libxml2 does without Python's lock) is done, so that
    # they share it; until then this process checks the first files with
    # the checks that need none.
    waiting = plan.only(lambda c: c.prepare is not None)
    start = 0
    early: list[_Checked] = []
    while start < len(batches) and not waiting.prepared(wait=False):
        early.extend(_run_checks(
            batches[start], plan.only(lambda c: c.prepare is None), read
        ))  # fmt: skip
        start += 1
    waiting.prepared(wait=True)
    yield from _finish(early, waiting)
    import multiprocessing  # noqa: PLC0415 - only to fork

    from akn_un.core.pool import ordered_map  # noqa: PLC0415 - only to fork

    one_cpu_each = partial(_check_batch, plan=plan, read=Path, threaded=False)
    for results in ordered_map(
        one_cpu_each, batches[start:], jobs,
        multiprocessing.get_context("fork"),
    ):  # fmt: skip
        yield from results


_BATCH = 8
_FORK_FROM = 16  # checking a file takes about 10 ms: forking pays from 16


Outcome = tuple[str, list[Diagnostic]]


class _Plan(NamedTuple):
    """The checks to run on each file, and the codes chosen.

    The checks are named by code: a plan goes to other processes.
    ``convert`` converts the text files.
    """

    codes: tuple[str, ...]
    select: tuple[str, ...]
    ignore: tuple[str, ...]
    convert: TextConverter | None = None

    @property
    def checks(self) -> tuple[Check, ...]:
        """The plan's checks."""
        return tuple(c for c in CHECKS if c.code in self.codes)

    def only(self, keep: Callable[[Check], bool]) -> _Plan:
        """The same plan with the checks that ``keep`` keeps."""
        return self._replace(
            codes=tuple(c.code for c in self.checks if keep(c))
        )

    def prepared(self, *, wait: bool) -> bool:
        """Start each check's one-off work; whether all of it is done."""
        done = [c.prepare(wait) for c in self.checks if c.prepare]
        return all(done)  # each one started: none left behind by all()


class _Pending:
    """A document's background checks: started in a thread, or to run."""

    def __init__(
        self,
        document: Document | None,
        checks: Sequence[Check],
        pool: ThreadPoolExecutor | None,
    ) -> None:
        """Start the checks in ``pool`` if there is one."""
        self.document = document
        self.checks = checks if document is not None else ()
        self.future: Future[list[Diagnostic]] | None = None
        if pool is not None and self.checks:
            self.future = pool.submit(self.run)

    def run(self) -> list[Diagnostic]:
        """The background checks' diagnostics, worked out here."""
        if self.document is None or not self.checks:
            return []
        return list(iter_diagnostics(self.document, checks=self.checks))

    def result(self) -> list[Diagnostic]:
        """The background checks' diagnostics, waited for or run now."""
        return self.future.result() if self.future else self.run()


# A file's name, its diagnostics so far (X006 if it could not be read),
# and its background checks.
_Checked = tuple[str, list[Diagnostic], _Pending]


def _check_batch(
    names: Sequence[str],
    plan: _Plan,
    read: Callable[[str], bytes | Path],
    *,
    threaded: bool,
) -> list[Outcome]:
    """Check a few files.

    With ``threaded``, a thread runs each file's background checks while
    the others run; without, they run in turn after the others.
    """
    pool = None
    if threaded and plan.only(lambda c: c.background).checks:
        from concurrent.futures import ThreadPoolExecutor  # noqa: PLC0415

        pool = ThreadPoolExecutor(max_workers=1)
    try:
        checked = _run_checks(names, plan, read, pool)
        return list(_finish(checked, plan.only(lambda _: False)))
    finally:
        if pool is not None:
            pool.shutdown()


def _run_checks(
    names: Sequence[str],
    plan: _Plan,
    read: Callable[[str], bytes | Path],
    pool: ThreadPoolExecutor | None = None,
) -> list[_Checked]:
    """Each file's diagnostics of the plan's checks.

    With ``pool``, the background checks are started there and left
    pending; without, all run here.
    """
    background = [c for c in plan.checks if c.background] if pool else []
    foreground = [c for c in plan.checks if c not in background]
    checked: list[_Checked] = []
    for name in names:
        try:
            source = read(name)
            if isinstance(source, Path) and source.suffix.lower() == ".xml":
                source = read_bounded(str(source))
            document, found = load(source, name, plan.convert)
        except AknUnError as exc:
            checked.append(
                (name, [unreadable(exc, name)], _Pending(None, (), None))
            )
            continue
        found = [d for d in found if d.code in NOT_READ
                 or selected(d.code, plan.select, plan.ignore)]
        pending = _Pending(document, background, pool)
        if document is not None:
            found.extend(iter_diagnostics(document, checks=foreground))
        checked.append((name, found, pending))
    return checked


def _finish(checked: list[_Checked], later: _Plan) -> Iterator[Outcome]:
    """Add each file's pending diagnostics, and the ``later`` plan's."""
    for name, outcome, pending in checked:
        outcome.extend(pending.result())
        if pending.document is not None and later.checks:
            outcome.extend(
                iter_diagnostics(pending.document, checks=later.checks)
            )
        yield name, sorted(outcome, key=Diagnostic.sort_key)
