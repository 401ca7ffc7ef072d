"""Every resolution shape, on texts written here (no ../shared needed).

Points and sub-points, wrap-ups, headings and sections, preamble-style
paragraphs in the body, tables, annexes, resolutions issued together, a
lettered part, decisions; each converted valid, word for word, with the
structure the text shows.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from resolutions import GA_CLOSE, GA_HEAD, ga

from akn_un import Conversion, convert
from akn_un.core.resources import load_xsd
from akn_un.measure.compare import lost_words

NS = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}


def _converted(text: str) -> Conversion:
    result = convert(text)
    schema = load_xsd()
    assert schema.validate(result.tree), schema.error_log
    assert lost_words(text, result.tree) is None
    return result


def _texts(tree: etree._ElementTree, xpath: str) -> list[str]:
    return [
        " ".join("".join(el.itertext()).split())
        for el in tree.xpath(xpath, namespaces=NS)
    ]


POINTS = ga("""Recalling its resolution 74/1,

1. *Decides* that:

(a) The first point shall apply;

(b) The second point shall apply, including:

(i) A sub-point;

(ii) Another sub-point;

(c) The third point shall apply;

and requests a report thereon;

2. *Requests* the Secretary-General to report.""")


def test_points_sub_points_and_a_wrap_up() -> None:
    """(a) to (c) in a list under paragraph 1, (i) and (ii) under (b)."""
    tree = _converted(POINTS).tree
    para = "//a:mainBody/a:paragraph[@eId='para_1']"
    assert _texts(tree, f"{para}/a:list/a:intro") == ["Decides that:"]
    assert _texts(tree, f"{para}/a:list/a:point/a:num") == [
        "(a)", "(b)", "(c)"]
    sub = f"{para}/a:list/a:point[@eId='para_1__list_1__point_b']/a:list"
    assert _texts(tree, f"{sub}/a:point/a:num") == ["(i)", "(ii)"]
    assert tree.xpath(
        f"{sub}/a:point[@eId='para_1__list_1__point_b__list_1__point_ii']",
        namespaces=NS)
    assert _texts(tree, f"{para}/a:list/a:wrapUp") == [
        "and requests a report thereon;"]
    assert _texts(tree, "//a:mainBody/a:paragraph/a:num") == ["1.", "2."]


def test_i_after_h_is_a_letter() -> None:
    """(i) after (h) is the ninth letter, not a roman one."""
    points = "\n\n".join(f"({c}) Point {c};" for c in "abcdefghij")
    tree = _converted(ga(f"1. *Decides* that:\n\n{points}")).tree
    nums = _texts(tree, "//a:paragraph/a:list/a:point/a:num")
    assert nums == [f"({c})" for c in "abcdefghij"]


SECTIONS = ga("""Recalling its resolution 74/1,

1. *Decides* to act;

I

Introduction

2. *Welcomes* the report;

A. Targeted sanctions

*Recalling* its resolution 70/1,

1. *Decides* to renew the measures;

II. Other matters

Further matters

1. *Decides* to remain seized of the matter.""")


def test_headings_make_sections_and_subsections() -> None:
    """"I" / "Introduction" is a section; "A. Title" a subsection in it."""
    tree = _converted(SECTIONS).tree
    body = "//a:mainBody"
    assert _texts(tree, f"{body}/a:section/a:num") == ["I", "II."]
    assert _texts(tree, f"{body}/a:section/a:heading") == [
        "Introduction", "Other matters"]
    sub = f"{body}/a:section[@eId='sec_I']/a:subsection[@eId='sec_I__subsec_A']"
    assert _texts(tree, f"{sub}/a:num") == ["A."]
    assert _texts(tree, f"{sub}/a:heading") == ["Targeted sanctions"]
    assert tree.xpath(f"{sub}/a:crossHeading[@refersTo='#preamble']",
                      namespaces=NS)
    assert tree.xpath(f"{sub}/a:paragraph[@eId='sec_I__subsec_A__para_1']",
                      namespaces=NS)
    # an unnumbered heading under "II." is a level below it
    assert _texts(tree, f"{body}/a:section[@eId='sec_II']/a:subsection/"
                        "a:heading") == ["Further matters"]


def test_numbering_may_start_again_in_a_section() -> None:
    """1. after a heading is no V010; 1., 3. in one section is."""
    codes = {d.code for d in _converted(SECTIONS).diagnostics}
    assert "V010" not in codes
    gap = ga("I\n\nFirst\n\n1. *Decides* to act;\n\n3. *Decides* again.")
    assert "V010" in {d.code for d in _converted(gap).diagnostics}


ANNEX = ga("""Recalling its resolution 74/1,¹

¹ A/75/1.

1. *Adopts* the terms of reference annexed to the present resolution.""")
ANNEX += """
Annex

Terms of reference of the trust fund

I. Establishment

1. The trust fund is established.²

² A/75/2.

(a) Its first purpose;

| Item | Amount |
| --- | --- |
| Posts \\| staff | 10 |
| Travel | 2 |

*a* Amounts in thousands.
"""


def test_an_annex_with_title_paragraphs_table_and_notes() -> None:
    """The annex is a doc of its own; its footnotes number on."""
    tree = _converted(ANNEX).tree
    doc = "//a:attachments/a:attachment[@eId='att_1']/a:doc[@name='annex']"
    assert _texts(tree, f"{doc}/a:preface/a:p/a:docNumber") == ["Annex"]
    assert _texts(tree, f"{doc}/a:preface/a:p/a:docTitle") == [
        "Terms of reference of the trust fund"]
    [this] = tree.xpath(f"{doc}/a:meta//a:FRBRWork/a:FRBRthis/@value",
                        namespaces=NS)
    assert this.endswith("/75-196/!annex_1/")
    section = f"{doc}/a:mainBody/a:section[@eId='att_1__sec_I']"
    assert _texts(tree, f"{section}/a:heading") == ["Establishment"]
    assert _texts(tree, f"{section}/a:paragraph/a:num") == ["1."]
    assert tree.xpath(f"{section}//a:authorialNote[@marker='2']",
                      namespaces=NS)
    assert _texts(tree, f"{section}//a:point/a:num") == ["(a)"]
    table = f"{section}/a:hcontainer[@name='table']/a:content/a:table"
    assert _texts(tree, f"{table}/a:tr/a:th") == ["Item", "Amount"]
    assert _texts(tree, f"{table}/a:tr/a:td") == [
        "Posts | staff", "10", "Travel", "2"]
    assert _texts(tree, f"{section}/a:paragraph[not(a:num)]") == [
        "a Amounts in thousands."]


def _part(letter: str, title: str) -> str:
    return (f"{letter}\n\n{title}\n\nThe General Assembly,\n\n"
            f"Recalling its resolution 74/1,\n\n"
            f"1. *Decides* to act.\n{GA_CLOSE}")


COLLECTION = (
    GA_HEAD.replace("75/196. A title of the resolution\n\nThe General "
                    "Assembly,\n", "75/101. Questions relating to "
                    "information\n\n")
    + _part("A", "Information in the service of humanity")
    + "\n" + _part("B", "United Nations global communications policies")
)


def test_resolutions_issued_together_are_a_collection() -> None:
    """75/101 A-B: a documentCollection, a component statement each."""
    result = _converted(COLLECTION)
    tree = result.tree
    assert result.metadata.number == "75/101 A-B"
    assert _texts(tree, "/a:akomaNtoso/a:documentCollection/a:preface") == [
        "75/101. Questions relating to information"]
    statements = "/a:akomaNtoso/a:components/a:component/a:statement"
    assert _texts(tree, f"{statements}/a:preface/a:p/a:docNumber") == [
        "A", "B"]
    uris = tree.xpath(f"{statements}/a:meta//a:FRBRWork/a:FRBRuri/@value",
                      namespaces=NS)
    assert [u.rsplit("/", 2)[-2] for u in uris] == ["75-101A", "75-101B"]
    refs = tree.xpath("//a:collectionBody/a:component/a:documentRef/@href",
                      namespaces=NS)
    components = tree.xpath("/a:akomaNtoso/a:components/a:component/@eId",
                            namespaces=NS)
    assert [r.lstrip("#") for r in refs] == components


def test_a_lettered_part_has_its_letter_and_title_in_the_preface() -> None:
    """75/290 A: one statement; the preface gives 75/290. and A."""
    text = COLLECTION.split("\nB\n")[0].replace("75/101", "75/290")
    result = _converted(text)
    assert result.metadata.number == "75/290 A"
    assert _texts(result.tree, "//a:statement/a:preface/a:p") == [
        "75/290. Questions relating to information",
        "A Information in the service of humanity"]


DECISION = """General Assembly

Decision

Plenary

Seventy-sixth session

76/402. Election of members of the Human Rights Council

At its 71st plenary meeting, on 10 May 2022, the General Assembly elected Czechia.

As a result, the Human Rights Council is composed of the following States: Argentina,\\* Armenia.

\\* Term of office expires on 31 December 2022.

*71st plenary meeting
10 May 2022*
"""


def test_a_decision() -> None:
    """A decision is a statement named so; its text paragraphs are kept."""
    result = _converted(DECISION)
    tree = result.tree
    assert tree.xpath("/a:akomaNtoso/a:statement[@name='decision']",
                      namespaces=NS)
    assert result.metadata.symbol == "A/DEC/76/402"
    assert len(_texts(tree, "//a:mainBody/a:paragraph")) == 3
    assert _texts(tree, "//a:coverPage/a:p/a:docType") == ["Decision"]


@pytest.mark.parametrize(
    ("text", "paragraphs"),
    [
        # a short first part of a paragraph is not a heading
        (("1. *Decides* to act;¹\n\nThe committee shall\n\n"
          "¹ A/75/1.\n\nmeet once a year."), 2),
        # a line that ends in "and" runs on past the page break
        (("1. *Decides* to act;\n\nRedeployment of two posts and\n\n"
          "Budget Assistants from the Division."), 2),
    ],
    ids=["heading-cut-short", "ends-in-and"],
)
def test_page_breaks_inside_unnumbered_paragraphs(
    text: str, paragraphs: int
) -> None:
    """The parts of a paragraph a page break cut are joined again."""
    tree = _converted(ga(text)).tree
    assert len(tree.xpath("//a:mainBody/a:paragraph", namespaces=NS)) == (
        paragraphs)


def test_an_unnumbered_operative_paragraph_ends_the_preamble() -> None:
    """*Urges* …: with points, and no number: operative, not preambular."""
    text = ga("Recalling its resolution 74/1,\n\n*Urges* all States:\n\n"
              "(a) To act;\n\n(b) To report.")
    tree = _converted(text).tree
    assert len(tree.xpath("//a:preamble/a:container", namespaces=NS)) == 1
    assert _texts(tree, "//a:mainBody/a:paragraph/a:list/a:intro") == [
        "Urges all States:"]


def test_a_paragraph_ends_before_a_spaced_marker_and_invisible_marks() -> None:
    """"…development”, ¹¹" and "Change,\u200e" end their paragraphs."""
    text = ga("Recalling the outcome of the session on development”, ¹\n\n"
              "¹ TD/541.\n\n"
              "Recalling also the report on Climate Change,\u200e\n\n"
              "Noting the report,\n\n1. *Decides* to act.")
    tree = _converted(text).tree
    assert len(tree.xpath("//a:preamble/a:container", namespaces=NS)) == 3


POINT_BLOCKS = [
    "(a) Alpha one:", "(b) Beta two;", "(i) Iota three;", "(ii) Iota four;",
    "(A) Capital five;", "Plain six seven;", "and eight nine;",
    "(aa) Double ten;", "\u2022 Bullet eleven;",
]


def test_a_line_between_a_point_and_its_points_stays_there() -> None:
    """The red team's case: the line is the point's intro, not a wrap-up."""
    text = ga("1. *Decides*:\n\n(a) To establish a programme as follows:\n\n"
              "The programme shall have two parts;\n\n(i) A first part;\n\n"
              "(ii) A second part;\n\n(b) To review it;")
    result = convert(text)
    assert lost_words(text, result.tree) is None
    intro = result.tree.find(
        ".//a:point[@eId='para_1__list_1__point_a']/a:list/a:intro", NS)
    assert intro is not None
    assert "two parts" in "".join(intro.itertext())


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(POINT_BLOCKS), min_size=1, max_size=5))
def test_points_and_lines_keep_the_source_order(blocks: list[str]) -> None:
    """Any run of points and lines: every word where the source has it
    (but the letters put back where a list lost them, V018)."""
    text = ga("1. *Decides*:\n\n" + "\n\n".join(blocks)
              + "\n\n2. *Requests* more.")
    result = convert(text)
    if "V018" in {d.code for d in result.diagnostics}:
        return
    assert lost_words(text, result.tree) is None


def test_double_letters_run_on_as_letters() -> None:
    """(z), (aa), (bb) … (hh), (ii), (jj): one list, no D004 — (ii) after
    (hh) is a letter, as (i) after (h) is."""
    from akn_un.checking import check

    letters = [chr(c) for c in range(ord("a"), ord("z") + 1)]
    letters += [c * 2 for c in "abcdefghijk"]
    text = ga("1. *Decides* that:\n\n" + "\n\n".join(
        f"({letter}) Point {letter};" for letter in letters)
        + "\n\n2. *Requests* more.")
    result = convert(text)
    points = result.tree.findall(".//a:paragraph/a:list/a:point", NS)
    assert len(points) == len(letters)
    assert not [d for d in check(result.document(None))
                if d.code == "D004"]
