"""Checks: small generators of findings, collected explicitly."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from types import ModuleType

from lxml import etree

from akn_un.core.diagnostics import Severity
from akn_un.core.document import Document


@dataclass(frozen=True, slots=True)
class Finding:
    """What a check yields; the runner adds code, severity and location."""

    message: str
    element: etree._Element | None = None
    hint: str | None = None


CheckFunc = Callable[[Document], Iterable[Finding]]


@dataclass(frozen=True, slots=True)
class Check:
    """One rule: a code, a name, a default severity and the function."""

    code: str
    name: str
    severity: Severity
    func: CheckFunc

    @property
    def doc(self) -> str:
        """The rule's documentation: the function's docstring."""
        return inspect.getdoc(self.func) or ""

    @property
    def summary(self) -> str:
        """The first line of the documentation."""
        return self.doc.partition("\n")[0]

    def __call__(self, document: Document) -> Iterator[Finding]:
        """Run the check."""
        yield from self.func(document)


def check(
    code: str, name: str, *, severity: Severity = Severity.ERROR
) -> Callable[[CheckFunc], Check]:
    """Make a function a :class:`Check` (no global registration)."""

    def decorate(func: CheckFunc) -> Check:
        return Check(code, name, severity, func)

    return decorate


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
