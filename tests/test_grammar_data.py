"""How the UN writes is data in the grammar package, not literals in code.

English is a ``Language`` as the five others are, and no month name, no
masthead or formula wording of any of the six languages stands in the
converter's or the validators' code outside ``akn_un/grammar/``: a new
language or a new form of a line is data there.  Docstrings and the text
of messages are prose, not grammar, and are left out.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from conftest import ROOT

from akn_un.grammar.dates import parse_date
from akn_un.grammar.languages import ENGLISH, LANGUAGES

PACKAGE = ROOT / "akn_un"
# Month names, masthead lines and enacting formulas in the six languages.
GRAMMAR_WORDS = re.compile(
    "|".join(month for language in LANGUAGES for month in language.months
             if len(month) > 3)
    + r"|Distr\\?\.|Agenda item|adopted by|Adopted by|plenary meeting"
    r"|Résolution adoptée|Resolución aprobada|Резолюция, принятая|قرار اتخذته"
    r"|Assemblée générale|Asamblea General|Генеральная Ассамблея"
    r"|الجمعية العامة|大会决议"
)
# Files that still hold such words, each with its reason: work to do.
STILL_IN_CODE: set[str] = set()


def _grammar_literals(path: Path) -> list[str]:
    """The string constants of ``path`` that hold grammar words, leaving
    out docstrings, rules' documentation and the messages of reports and
    exceptions."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    prose: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(
                body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
            prose.add(id(body[0].value))
        if isinstance(node, ast.Call):
            called = node.func
            name = getattr(called, "attr", getattr(called, "id", ""))
            if name in {"report", "Rule"} or name.endswith("Error"):
                prose.update(id(n) for n in ast.walk(node))
    return [
        node.value for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
        and id(node) not in prose and GRAMMAR_WORDS.search(node.value)
    ]


@pytest.mark.parametrize("layer", ["converter", "validators"])
def test_no_grammar_literal_outside_the_grammar_package(layer: str) -> None:
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        name = path.relative_to(PACKAGE).as_posix()
        if name in STILL_IN_CODE:
            continue
        assert _grammar_literals(path) == [], name


def test_every_exception_still_holds_grammar_words() -> None:
    for name in STILL_IN_CODE:
        assert _grammar_literals(PACKAGE / name), name


def test_english_is_a_language_like_the_others() -> None:
    assert [language.code for language in LANGUAGES] == [
        "eng", "fra", "spa", "rus", "ara", "zho"]
    assert ENGLISH.parse_date("16 December 2020") == parse_date(
        "16 December 2020")
    assert ENGLISH.adopted_re.fullmatch(
        "Resolution adopted by the General Assembly on 16 December 2020")


@pytest.mark.parametrize(("words", "value"), [
    ("First", 1), ("Tenth", 10), ("Nineteenth", 19), ("Twentieth", 20),
    ("Twenty-first", 21), ("Seventy-fifth", 75), ("Eightieth", 80),
    ("Ninety-ninth", 99), ("One hundredth", 100),
    ("One hundred and first", 101),
])
def test_english_ordinals_are_read_from_the_record(
    words: str, value: int
) -> None:
    assert ENGLISH.ordinal(words) == value


# The words of each language's formula, closing and annex lines, and the
# words that tell a figure of the text from a note's marker.
LANGUAGE_WORDS = re.compile(
    r"Annex|Anexo|Приложени|المرفق|附件|séance plénière|sesión plenaria"
    r"|пленарное заседание|全体会议|Le Conseil|El Consejo|Member\[|countries"
)


@pytest.mark.parametrize(
    "module", ["grammar/shapes.py", "converter/read/markers.py"])
def test_a_languages_lines_are_its_records(module: str) -> None:
    """The block patterns are built from the Language records, not written
    out again beside them: a new language touches no shared pattern."""
    assert [
        literal for literal in _grammar_literals(PACKAGE / module)
        + _literals(PACKAGE / module)
        if LANGUAGE_WORDS.search(literal)
    ] == [], module


def _literals(path: Path) -> list[str]:
    """Every string constant of ``path`` but its docstrings."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = {
        id(node.body[0].value) for node in ast.walk(tree)
        if isinstance(getattr(node, "body", None), list) and node.body
        and isinstance(node.body[0], ast.Expr)
    }
    return [
        node.value for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
        and id(node) not in docs
    ]
