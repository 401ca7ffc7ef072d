"""Meta-tests: one rule, one code, one documented entry."""

from __future__ import annotations

import inspect
import re

import pytest
from conftest import ROOT

from akn_un.core.rules import SECTIONS
from akn_un.rules import all_rules
from akn_un.validators import CHECKS


def test_codes_are_well_formed_and_unique() -> None:
    """Codes are a letter and three digits; names are unique too."""
    rules = all_rules()
    assert all(re.fullmatch(r"[A-Z]\d{3}", code) for code in rules)
    names = [rule.name for rule in rules.values()]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("code", sorted(all_rules()))
def test_every_rule_is_documented_the_same_way(code: str) -> None:
    """Every rule `akn-un rules` lists, of every family (X, S, D, F, C,
    V): a summary line, what it reads, why it matters and an example,
    in ruff's style, in that order."""
    rule = all_rules()[code]
    assert rule.summary.endswith("."), code
    headings = [line for line in rule.doc.splitlines()
                if line.startswith("#")]
    assert headings == list(SECTIONS), code
    why, _, example = rule.doc.partition(SECTIONS[0])[2].partition(
        SECTIONS[1])
    assert why.strip(), code
    assert example.strip(), code


def test_a_check_s_docstring_is_its_rule_s_doc() -> None:
    """One form: the checks' rules are declared by their docstrings."""
    for check in CHECKS:
        assert check.rule.doc == inspect.getdoc(check.func)


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
