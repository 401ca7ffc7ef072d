"""Meta-tests: one rule, one code, one documented entry."""

from __future__ import annotations

import re

import pytest
from conftest import ROOT

from akn_un.app.rules import all_rules
from akn_un.validators import CHECKS


def test_codes_are_well_formed_and_unique() -> None:
    """Codes are a letter and three digits; names are unique too."""
    rules = all_rules()
    assert all(re.fullmatch(r"[A-Z]\d{3}", code) for code in rules)
    names = [rule.name for rule in rules.values()]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("check", CHECKS, ids=lambda c: c.code)
def test_every_check_is_documented(check: object) -> None:
    """A summary line, why it matters and an example, in ruff's style."""
    doc = check.doc  # type: ignore[attr-defined]
    assert doc.partition("\n")[0].endswith(".")
    assert "## Why is this bad?" in doc
    assert "## Example" in doc


def test_every_rule_has_an_explanation() -> None:
    """Converter and input rules explain themselves too."""
    for rule in all_rules().values():
        assert rule.summary
        assert rule.explanation


def test_the_readme_lists_every_code() -> None:
    """README's rule table has every code and name."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for code, rule in all_rules().items():
        assert f"`{code}`" in readme, code
        assert rule.name in readme, rule.name
