"""The converter on small resolutions: organs, rules, nothing lost."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from akn import (
    NS,
    body_words,
    container_names,
    dangling_references,
    split_notes,
    statement,
    words,
)
from lxml import etree
from pdfs import pdf, text_page
from resolutions import ECOSOC, HRC, SC, ga

from akn_un import Conversion, convert
from akn_un.converter.rules import RULES
from akn_un.core.errors import MetadataMissingError
from akn_un.core.resources import load_xsd


def _valid(result: Conversion) -> None:
    schema = load_xsd()
    assert schema.validate(result.tree), schema.error_log


def _identity(result: Conversion) -> tuple[str, str, str]:
    work = statement(result.tree).find(
        "a:meta/a:identification/a:FRBRWork", NS
    )
    assert work is not None
    return (
        work.find("a:FRBRuri", NS).get("value"),  # type: ignore[union-attr]
        result.metadata.symbol,
        result.metadata.issued.isoformat(),
    )


@pytest.mark.parametrize(
    ("text", "iri", "symbol", "issued"),
    [
        (SC, "/akn/un/statement/deliberation/unsc/2020-01-10/2504-2020/",
         "S/RES/2504 (2020)", "2020-01-10"),
        (ECOSOC, "/akn/un/statement/deliberation/unecosoc/2021-06-08/2021-10/",
         "E/RES/2021/10", "2021-06-15"),
        (HRC, "/akn/un/statement/deliberation/unga-hrc/2023-10-11/54-10/",
         "A/HRC/RES/54/10", "2023-10-13"),
    ],
    ids=["security-council", "ecosoc", "human-rights-council"],
)
def test_other_organs(text: str, iri: str, symbol: str, issued: str) -> None:
    """SC, ECOSOC and HRC mastheads give the UN's IRIs and symbols."""
    result = convert(text)
    _valid(result)
    assert _identity(result) == (iri, symbol, issued)
    assert not [d for d in result.diagnostics if d.code != "V005"]
    body, _ = split_notes(result.tree)
    assert body_words(body) == words(text)


def test_security_council_citations_and_adoption_meeting() -> None:
    """SC resolutions cited in an SC text link to S/RES symbols."""
    result = convert(SC)
    hrefs = [r.get("href") for r in result.tree.iter(f"{{{NS['a']}}}ref")]
    assert "https://undocs.org/en/S/RES/2042(2012)" in hrefs
    meeting = result.tree.find(".//a:inline[@name='adoptionMeeting']", NS)
    assert meeting is not None
    assert meeting.get("title") == "8700th"


def test_hrc_conclusions_keep_the_vote_line() -> None:
    """"[Adopted without a vote.]" stays in the conclusions."""
    result = convert(HRC)
    conclusions = statement(result.tree).find("a:conclusions", NS)
    assert conclusions is not None
    assert "[Adopted without a vote.]" in "".join(conclusions.itertext())


def _codes(text: str, **overrides: object) -> Counter[str]:
    try:
        result = convert(text, **overrides)  # type: ignore[arg-type]
    except MetadataMissingError as refused:
        return Counter(d.code for d in refused.diagnostics)
    _valid(result)
    return Counter(d.code for d in result.diagnostics)


def _pdf_with_a_blank_page(text: str) -> bytes:
    """``text`` as a PDF whose second page, before paragraph 1, is blank."""
    lines = text.replace("*", "").split("\n")
    cut = lines.index("1. Decides to act.")
    return pdf([text_page(lines[:cut]), b"", text_page(lines[cut:])])


RULE_CASES = {
    "V001": ga("Recalling the Convention,¹\n\n1. *Decides* to act."),
    "V002": ga("Recalling the Convention,\n\n¹ A/75/125.\n\n"
               "1. *Decides* to act."),
    "V003": ga("Recalling the Convention,¹\n\n¹ A/75/125.\n\n¹ A/75/126.\n\n"
               "1. *Decides* to act."),
    "V004": ga("Recalling the Convention,\n\n1. *Decides* to act.")
    + "\nA note the editor left after the closing lines.\n",
    "V005": ga("Profoundly alarmed by events,\n\n1. *Decides* to act."),
    "V006": ga("Recalling,\n\n1. *Decides* to act.").replace(
        "on 16 December 2020", "on 16 Decembre 2020"),
    "V007": ga("Recalling the Convention,\n\n1. *Decides* to act.").replace(
        "Resolution adopted by the General Assembly on 16 December 2020\n",
        "").replace("*46th plenary meeting\n16 December 2020*",
                    "*46th plenary meeting*"),
    "V008": ga("Recalling the Convention,\n\n1. *Decides to act.*"),
    "V009": ga("Recalling [the Convention](#),\n\n1. *Decides* to act."),
    "V010": ga("Recalling,\n\n1. *Decides* to act;\n\n3. *Decides* more."),
    "V011": ga("Recalling,\n\n1. *Decides* to act.").replace(
        "16 December 2020", "16 December 2010"),
    "V012": ga("Recalling the *Convention,\n\n1. *Decides* to act."),
    "V013": ga("Recalling,\n\n1. *Decides* to act.").replace(
        "16 December 2020*", "17 December 2020*"),
    "V015": ga("Recalling the\x07 Convention,\n\n1. *Decides* to act."),
    "V016": ga("Recalling,\n\n1. *Decides* to act.").replace(
        "The General Assembly,\n", ""),
    "V017": ga("Recalling the Convention,\n\n18-18418 (E)\n\n*1818418*\n\n"
               "1. *Decides* to act."),
    "V018": ga("Recalling,\n\n1. *Decides* that:\n\nThe first;\n\n"
               "The second.\n\n2. *Requests* more."),
    "V019": ga("Recalling,\n\n1. *Urges* States to devote part of the\n\n"
               "2. *Requests* more."),
    "V014": ga("Recalling,\n\n1. *Decides* to act.").replace(
        "28 December 2020\n", ""),
    "V020": _pdf_with_a_blank_page(ga(
        "Recalling the Convention,\n\n1. *Decides* to act.\n\n"
        "2. *Requests* more.")),
    "V021": ga("Noting that 2 Member States have not yet submitted the "
               "report 2 requested,\n\n1. *Decides* to act.")
    + "\n______\n\n2 A/75/125.\n",
    "V023": ga("Recalling the risk of drug-\nresistant strains,\f\n\n"
               "1. *Decides* to act."),
    "V025": "---\nnote: A/RES/75/196: draft\n---\n\n" + ga(
        "Recalling,\n\n1. *Decides* to act."),
}  # fmt: skip
# The rules that what the caller gives triggers: the text, and what it gives.
RULE_CASES_GIVEN: dict[str, tuple[str, dict[str, object]]] = {
    "V022": (ga("Recalling,\n\n1. *Decides* to act."),
             {"adoption_date": dt.date(2021, 6, 1)}),
    "V024": (ga("Recalling,\n\n1. *Decides* to act."),
             {"symbol": "A/RES/75/1"}),
}


# The codes a rule's case brings with it: the front matter V025 keeps in
# the text stands where masthead lines do, lines the converter does not
# know (V004).
COMPANIONS = {"V025": {"V004"}}


@pytest.mark.parametrize("code", sorted(RULE_CASES))
def test_each_rule_has_a_fixture_that_triggers_it(code: str) -> None:
    """The fixture for a rule produces that code and no other, and stays
    XSD-valid."""
    codes = _codes(RULE_CASES[code])
    assert set(codes) == {code} | COMPANIONS.get(code, set()), codes


@pytest.mark.parametrize("code", sorted(RULE_CASES_GIVEN))
def test_each_rule_of_what_is_given_has_a_fixture(code: str) -> None:
    text, given = RULE_CASES_GIVEN[code]
    codes = _codes(text, **given)
    assert set(codes) == {code}, codes


@pytest.mark.parametrize("symbol", [
    "A/RES/75/196", "A/RES/75/196 B", "A/RES/75/196 A-B",
])  # fmt: skip
def test_a_symbol_given_that_the_text_prints_is_no_finding(
    symbol: str,
) -> None:
    """The parts' letters aside, the number given is the one printed."""
    text = ga("Recalling,\n\n1. *Decides* to act.")
    assert "V024" not in _codes(text, symbol=symbol)


def test_a_symbol_given_for_a_text_without_number_is_no_finding() -> None:
    text = ga("Recalling,\n\n1. *Decides* to act.").replace(
        "75/196. A title", "A title")
    assert "V024" not in _codes(text, symbol="A/RES/75/1")


def test_every_rule_has_a_fixture() -> None:
    """No converter rule goes untested."""
    assert set(RULE_CASES) | set(RULE_CASES_GIVEN) == set(RULES)


def test_a_clean_resolution_has_no_diagnostics() -> None:
    """A well-formed text converts with no diagnostics at all."""
    assert _codes(ga("Recalling its resolution 72/192,\n\n1. *Decides* to "
                     "act.")) == Counter()


def test_diagnostics_carry_source_line_and_column() -> None:
    """A marker without a body is reported where the marker stands."""
    text = ga("Recalling the Convention,¹\n\n1. *Decides* to act.")
    [diagnostic] = convert(text, path="r.md").diagnostics
    line = text.splitlines().index("Recalling the Convention,¹") + 1
    assert (diagnostic.location.path, diagnostic.location.line) == (
        "r.md", line)
    assert diagnostic.location.column == len("Recalling the Convention,") + 1
    assert str(diagnostic).startswith(f"r.md:{line}:26: error: V001 ")


def test_overrides_take_precedence_over_the_text() -> None:
    """Symbol, dates and language given by the caller win."""
    result = convert(
        "Recalling,\n\n1. *Decides* to act.",
        symbol="A/RES/75/253 B",
        adoption_date=dt.date(2021, 6, 1),
        issue_date=dt.date(2021, 6, 3),
        markup_date=dt.date(2021, 7, 1),
        language="fra",
    )
    _valid(result)
    assert _identity(result) == (
        "/akn/un/statement/deliberation/unga/2021-06-01/75-253B/",
        "A/RES/75/253 B",
        "2021-06-03",
    )
    assert b'language="fra"' in result.xml
    assert b'date="2021-07-01" name="markup"' in result.xml


def test_a_body_without_marker_is_kept_as_a_note() -> None:
    """An orphan body becomes a note of the paragraph it interrupts."""
    result = convert(RULE_CASES["V002"])
    _, notes = split_notes(result.tree)
    assert [(m, t) for m, t, _ in notes] == [("1", "A/75/125.")]


def test_a_marker_without_body_stays_in_the_text() -> None:
    """The superscript stays as it was: it may not be a marker at all."""
    result = convert(RULE_CASES["V001"])
    assert "Convention,¹" in "".join(statement(result.tree).itertext())


def test_unpaired_asterisk_is_kept() -> None:
    """A lone '*' is text, not lost italics."""
    result = convert(RULE_CASES["V012"])
    assert "*Convention," in "".join(statement(result.tree).itertext())


def test_a_page_split_with_a_capital_continuation_is_joined() -> None:
    """"Counter-" / note / "Terrorism" is one paragraph, one word."""
    text = ga("Recalling the Office of Counter-\n\n¹ A/75/125.\n\n"
              "Terrorism,¹ and noting\n\n1. *Decides* to act.")
    result = convert(text)
    assert container_names(result.tree) == ["Recalling"]
    body, notes = split_notes(result.tree)
    assert "Office of Counter-Terrorism, and noting" in "".join(
        body.itertext()
    )
    assert notes[0][2][-2:] == ["Counter", "Terrorism"]


def test_the_examples_xml_is_the_converters_output(
    update_golden: bool,
) -> None:
    """examples/*.xml is what converting examples/*.md gives (golden).

    Compared after canonicalisation; ``pytest --update-golden`` rewrites
    the file, byte for byte as ``akn-un convert`` writes it.
    """
    from conftest import EXAMPLES, SEED

    golden = EXAMPLES / "A-RES-75-196.xml"
    result = convert(SEED.read_text(encoding="utf-8"))
    if update_golden:
        golden.write_bytes(result.xml)
    expected = etree.parse(str(golden))
    assert etree.canonicalize(result.tree, strip_text=True) == (
        etree.canonicalize(expected, strip_text=True)
    )
    assert golden.read_bytes() == result.xml


SHAPES = ga("""Recalling its resolution 74/1,

I

Preamble-like heading text

1. *Decides* that:

(a) The first point shall apply;

(i) A sub-point;

(b) The second point shall apply;

A. Targeted sanctions

2. *Requests* the Secretary-General to report.""") + """
Annex

Declaration on something

1. Article one of the annex;

| Table | cell |
"""


def test_shapes_never_lose_text() -> None:
    """Points, headings, annexes and tables are kept, word for word."""
    result = convert(SHAPES)
    _valid(result)
    body, notes = split_notes(result.tree)
    assert not notes
    assert body_words(body) == words(SHAPES)
    assert {d.code for d in result.diagnostics} <= {"V004", "V005", "V010"}


@pytest.mark.parametrize(
    "text", [SC, ECOSOC, HRC, SHAPES], ids=["sc", "ecosoc", "hrc", "shapes"]
)
def test_every_local_reference_resolves(text: str) -> None:
    """Every refersTo, href, source, as and by "#x" names an existing eId."""
    assert dangling_references(convert(text).tree) == []


def test_many_illegal_characters_are_all_accounted_for() -> None:
    """Twenty are reported one by one, the rest in one more line."""
    result = convert(ga("Recalling the" + "\x01" * 25 + " Convention,"))
    messages = [d.message for d in result.diagnostics if d.code == "V015"]
    assert len(messages) == 21
    assert messages[-1] == "5 more such characters replaced"


def test_a_lone_footnote_body_is_kept() -> None:
    """A body with no marker and no paragraph is still kept (fuzz find)."""
    result = convert("² 1", symbol="A/RES/75/1",
                     adoption_date=dt.date(2020, 9, 15))
    _valid(result)
    _, notes = split_notes(result.tree)
    assert [(m, t) for m, t, _ in notes] == [("2", "1")]


@pytest.mark.parametrize(
    "formula",
    ["The General Assembly,", "*The General Assembly*,",
     "*The General Assembly,", "The General Assembly"],
)
def test_enacting_formula_keeps_its_text(formula: str) -> None:
    """The formula's words appear once, whatever its italics."""
    text = ga("Recalling,\n\n1. *Decides* to act.").replace(
        "The General Assembly,", formula
    )
    result = convert(text)
    _valid(result)
    body, _ = split_notes(result.tree)
    assert body_words(body) == words(text)
