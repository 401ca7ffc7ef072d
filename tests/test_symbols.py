"""The one grammar of UN document symbols, held to its examples."""

from __future__ import annotations

import re

import pytest

from akn_un.core.symbols import (
    BRACKET,
    COMPONENT,
    IN_TEXT_RE,
    LINK_TARGET,
    SERIES,
    SYMBOL,
    Part,
    is_resolution_symbol,
    well_formed,
)

PARTS = {"series": SERIES, "bracket": BRACKET, "component": COMPONENT,
         "symbol": SYMBOL, "link target": LINK_TARGET}


@pytest.mark.parametrize(
    ("part", "example"),
    [(name, example) for name, part in PARTS.items()
     for example in part.examples],
)
def test_each_part_matches_its_examples(part: str, example: str) -> None:
    pattern = re.compile(PARTS[part].pattern, re.VERBOSE)
    assert pattern.fullmatch(example), (part, example)


@pytest.mark.parametrize("example", LINK_TARGET.examples)
def test_every_link_target_example_is_well_formed(example: str) -> None:
    assert well_formed(example)
    assert well_formed(example.lower())  # undocs.org takes any case


@pytest.mark.parametrize("example", SYMBOL.examples)
def test_every_printed_symbol_is_found_in_text_and_well_formed(
    example: str,
) -> None:
    """The converter finds it where it stands; the validators accept it."""
    found = IN_TEXT_RE.search(f"See document {example}, annex.")
    assert found is not None
    assert found["symbol"] == example
    assert well_formed(example)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("in A/75/L.1. The Assembly", "A/75/L.1"),  # a full stop ends it
        ("under x/A/75/1 and", None),  # part of a path
        ("A/RES/75/196a", None),  # part of a word
        ("resolution 75/196", None),  # a number, not a symbol
        ("report A/47/277-S/24111.", "A/47/277"),  # the UN links the first
    ],
)
def test_a_symbol_in_text_stands_alone(text: str, found: str | None) -> None:
    """And of a joint symbol, the first is taken: "A/47/277-S/24111"."""
    match = IN_TEXT_RE.search(text)
    assert (match["symbol"] if match else None) == found


@pytest.mark.parametrize(
    "symbol",
    ["A/RES/75//196", "A/RES/75/", "/A/RES/75/1", "A/75/7Add.2",
     "A/75/6(Sect.29", "A/75/1-"],
)
def test_malformed_symbols_are_refused(symbol: str) -> None:
    assert not well_formed(symbol)


def test_parts_are_data() -> None:
    assert all(isinstance(part, Part) and part.examples
               for part in PARTS.values())


@pytest.mark.parametrize(
    ("line", "expected"),
    [("A/RES/75/196", True), ("A/DEC/75/545", True),
     ("S/RES/2504 (2020)", True), ("A/RES/75/253 A-C", True),
     ("A/75/196", False), ("A/RES/75/", False), ("Resolution 75/196", False)],
)
def test_a_masthead_or_running_head_symbol_is_told(
    line: str, expected: bool
) -> None:
    """The masthead's symbol line and a page's running head, one test."""
    assert is_resolution_symbol(line) is expected
