"""Every rule akn-un reports, from the converter and the validators."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from akn_un.converter.rules import RULES as CONVERTER_RULES
from akn_un.core.rules import Rule


@cache
def all_rules() -> dict[str, Rule]:
    """Each rule by code, in code order.

    Input (X), schema (S), structure (D), footnotes (F), citations (C) and
    converter (V) rules.
    """
    from akn_un.validators import CHECKS, INPUT_RULES  # noqa: PLC0415

    rules = {
        **INPUT_RULES, **CONVERTER_RULES, **{c.code: c.rule for c in CHECKS}
    }
    return dict(sorted(rules.items()))


def unknown(codes: Iterable[str]) -> list[str]:
    """The codes or prefixes (``D``, ``D00``) that name no rule."""
    known = all_rules()
    return [
        code for code in codes
        if not any(rule.startswith(code) for rule in known)
    ]
