"""Checks: small generators of findings, collected explicitly."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from types import ModuleType

from lxml import etree

from akn_un.core.diagnostics import Severity
from akn_un.core.document import Document
from akn_un.core.rules import Rule


@dataclass(frozen=True, slots=True)
class Finding:
    """What a check yields; the runner adds code, severity and location."""

    message: str
    element: etree._Element | None = None
    hint: str | None = None


CheckFunc = Callable[[Document], Iterable[Finding]]


@dataclass(frozen=True, slots=True)
class Check:
    """One rule and the function that finds what it reports.

    ``background``: the function spends its time in libxml2, which
    releases Python's lock, so a runner may start it in a thread while
    the other checks run (the XSD's). ``prepare``: one-off work the
    function needs (the XSD's compile); ``prepare(wait)`` starts it if it
    has not started, waits for it with ``wait``, and says whether it is
    done.
    """

    rule: Rule
    func: CheckFunc
    background: bool = False
    prepare: Callable[[bool], bool] | None = None

    @property
    def code(self) -> str:
        """The rule's code."""
        return self.rule.code

    @property
    def name(self) -> str:
        """The rule's name."""
        return self.rule.name

    @property
    def severity(self) -> Severity:
        """The rule's severity."""
        return self.rule.severity

    def __call__(self, document: Document) -> Iterator[Finding]:
        """Run the check, on a document of a type it applies to."""
        if self.rule.types and _type_of(document) not in self.rule.types:
            return
        yield from self.func(document)


def check(  # noqa: PLR0913 - each a keyword of the rule's declaration
    code: str,
    name: str,
    *,
    severity: Severity = Severity.ERROR,
    background: bool = False,
    prepare: Callable[[bool], bool] | None = None,
    types: tuple[str, ...] = (),
) -> Callable[[CheckFunc], Check]:
    """Make a function a :class:`Check`; its docstring is its rule's doc.

    ``types``: the document types it applies to (``("resolution",
    "decision")``); by default, every type. No global registration:
    :func:`collect` finds the checks of modules.
    """

    def decorate(func: CheckFunc) -> Check:
        doc = inspect.getdoc(func) or ""
        rule = Rule(code, name, severity, doc, types)
        return Check(rule, func, background, prepare)

    return decorate


def _type_of(document: Document) -> str | None:
    """The document's type: its (first) statement's ``name``."""
    statement = next(document.root.iter("{*}statement"), None)
    return None if statement is None else statement.get("name")


def collect(*modules: ModuleType) -> tuple[Check, ...]:
    """The checks defined in ``modules``, by code; codes must be unique."""
    checks = [
        value
        for module in modules
        for value in vars(module).values()
        if isinstance(value, Check)
    ]
    codes = [c.code for c in checks]
    names = [c.name for c in checks]
    if len(set(codes)) != len(codes) or len(set(names)) != len(names):
        raise ValueError("check codes and names must be unique")
    return tuple(sorted(checks, key=lambda c: c.code))
