"""Rules: each diagnostic code, declared once and documented one way.

Every family (X input, S schema, D structure, F footnotes, C citations,
V converter) declares its rules as :class:`Rule` values whose ``doc`` has
the same layout: a summary line; what the rule reads and what is done
about it; then the sections ``## Why is this bad?`` and ``## Example``.
A validator check's docstring is its rule's ``doc``.
"""

from __future__ import annotations

from dataclasses import dataclass

from akn_un.core.diagnostics import Severity

SECTIONS = ("## Why is this bad?", "## Example")

# The codes of a file that was not read at all (not decodable, a PDF
# with no text, missing or unreadable): reported whatever the selection,
# and the command's exit status is 2.
NOT_READ = frozenset({"X003", "X005", "X006"})


@dataclass(frozen=True, slots=True)
class Rule:
    """One diagnostic code: its name, default severity and documentation.

    ``types``: the document types (AKN names) it applies to; empty, all.
    """

    code: str
    name: str
    severity: Severity
    doc: str
    types: tuple[str, ...] = ()

    @property
    def summary(self) -> str:
        """The documentation's first line."""
        return self.doc.partition("\n")[0].strip()

    @property
    def explanation(self) -> str:
        """The documentation after its first line."""
        return self.doc.partition("\n")[2].strip()


def by_code(*rules: Rule) -> dict[str, Rule]:
    """The rules by code; a code declared twice is a mistake."""
    found = {rule.code: rule for rule in rules}
    if len(found) != len(rules):
        raise ValueError("a rule code is declared twice")
    return found
