"""The renderer (AKN back to text), the comparison, and `akn-un render`."""

from __future__ import annotations

import copy
import io
import re
from pathlib import Path

import pytest
from conftest import CORPUS, EXAMPLES, SEED, shared
from hypothesis import given
from lxml import etree
from test_properties import SETTINGS, Generated, resolutions

from akn_un import convert
from akn_un.app.cli import _parser, run
from akn_un.measure.compare import (
    compare,
    footnotes,
    lost_words,
    paragraphs,
    word_lists,
    words,
)
from akn_un.render import render_text

EXAMPLE_XML = EXAMPLES / "A-RES-75-196.xml"
NS = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}


def _example() -> etree._ElementTree:
    return etree.parse(str(EXAMPLE_XML))


def _render(argv: list[str], stdin: bytes = b"") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = run(
        _parser().parse_args(["render", *argv]),
        stdin=io.TextIOWrapper(io.BytesIO(stdin)),
        stdout=out,
        stderr=err,
    )
    return status, out.getvalue(), err.getvalue()


def test_render_then_convert_gives_the_same_resolution() -> None:
    """The seed's XML, rendered and converted, compares equal in full."""
    text = render_text(_example(), page_words=120)
    again = convert(text).tree
    result = compare(_example(), again)
    assert result.paragraphs_equal == result.paragraphs == 144
    assert result.leads_equal == result.leads
    assert result.footnotes_equal == result.footnotes_placed == 39
    assert result.identity_equal, result.differences
    assert lost_words(text, again) is None


def test_pages_put_footnote_bodies_inside_paragraphs() -> None:
    """With short pages, bodies stand between two parts of a paragraph."""
    text = render_text(_example(), page_words=120)
    blocks = re.split(r"\n\n", text)
    inside = [
        i for i, block in enumerate(blocks[1:-1], start=1)
        if block[:1] in "¹²³⁴⁵⁶⁷⁸⁹" and blocks[i + 1][:1].islower()
    ]
    assert len(inside) >= 3
    # without pages, each paragraph's bodies follow it
    plain = render_text(_example()).split("\n\n")
    assert not [
        i for i, block in enumerate(plain[:-1])
        if block[:1] in "¹²³⁴⁵⁶⁷⁸⁹" and plain[i + 1][:1].islower()
    ]


def test_render_writes_the_seed_form() -> None:
    """Markers, italics, links, escapes: the mark-up of the seed."""
    text = render_text(_example())
    assert "*Reaffirming also* its resolutions" in text
    assert "thereto,¹ the Single Convention" in text
    assert "¹ United Nations, *Treaty Series*, vols. 2225" in text
    assert "resolution [72/192](#) of 19 December 2017" in text
    assert "66. *Requests* the Secretary-General" in text
    assert "46th plenary meeting\n16 December 2020" in text


def test_literal_stars_and_brackets_are_escaped() -> None:
    """Text that looks like mark-up is written so that it reads as text."""
    tree = _example()
    p = tree.find(".//a:mainBody/a:paragraph/a:content/a:p", NS)
    assert p is not None
    p.text = "* Term ** of [office](x) "
    text = render_text(tree)
    assert "1. \\* Term \\*\\* of \\[office](x)" in text
    [first] = [p for p in paragraphs(convert(text).tree)
               if p.text.startswith("1. ")]
    assert first.text.startswith("1. * Term ** of [office](x) ")


@pytest.mark.parametrize(
    ("number", "printed"),
    [
        ("1.", "1. *Takes note"),
        ("1 -", "1 - *Takes note"),  # Arabic
        ("(a)", "(a) *Takes note"),
        ("\u20191\u2018", "\u20191\u2018 *Takes note"),  # Arabic "(i)"
        ("I", "I\n\n*Takes note"),  # a heading's number stands alone
    ],
)
def test_a_number_is_printed_where_the_un_prints_it(
    number: str, printed: str
) -> None:
    """On the line of what it numbers, but for a heading's "I" or "A"."""
    tree = _example()
    num = tree.find(".//a:mainBody/a:paragraph/a:num", NS)
    assert num is not None
    num.text = number
    assert printed in render_text(tree)


def test_compare_finds_each_kind_of_difference() -> None:
    """A changed paragraph, lead, note and moved note are each counted."""
    official = _example()
    changed = copy.deepcopy(official)
    container = changed.find(".//a:preamble/a:container/a:p", NS)
    assert container is not None
    span = container.find("a:span", NS)
    assert span is not None
    span.text = "Recalling"
    note = changed.find(".//a:authorialNote/a:p", NS)
    assert note is not None
    note.text = "Another source."
    result = compare(official, changed)
    assert result.paragraphs - result.paragraphs_equal == 1
    assert result.leads - result.leads_equal == 1
    assert result.footnotes - result.footnotes_equal == 1
    assert result.footnotes_placed == result.footnotes
    # a note moved to another paragraph is counted as misplaced
    moved = copy.deepcopy(official)
    first = moved.find(".//a:authorialNote", NS)
    target = moved.find(".//a:mainBody/a:paragraph/a:content/a:p", NS)
    assert first is not None
    assert target is not None
    previous, parent = first.getprevious(), first.getparent()
    assert parent is not None
    if previous is not None:
        previous.tail = (previous.tail or "") + (first.tail or "")
    else:
        parent.text = (parent.text or "") + (first.tail or "")
    first.tail = None
    target.append(first)
    assert compare(official, moved).footnotes_placed == 38
    assert len(footnotes(moved)) == 39


def test_lost_words_points_at_the_first_difference() -> None:
    """A word the document lacks, or adds, is reported with its place."""
    text = SEED.read_text(encoding="utf-8")
    tree = convert(text).tree
    assert lost_words(text, tree) is None
    p = tree.find(".//a:mainBody/a:paragraph/a:content/a:p", NS)
    assert p is not None
    p.append(etree.fromstring(f'<span xmlns="{NS["a"]}">extra</span>'))
    lost = lost_words(text, tree)
    assert lost is not None
    assert "extra" in lost


def test_chinese_words_are_counted_in_characters() -> None:
    """Chinese has no spaces: each character is a word, so one character
    lost is one word lost, not a whole run of them."""
    assert words("联合国大会，A/75/1") == ["联", "合", "国", "大", "会", "A",
                                         "75", "1"]
    text = ("大会\n\n2020年12月16日大会决议\n\n75/1. 标题\n\n大会，\n\n"
            "回顾其决议，\n\n1. 决定继续审议这个项目。\n")
    tree = convert(text).tree
    kept, total = word_lists(text, tree).kept()
    assert kept == total
    p = tree.find(".//a:mainBody/a:paragraph/a:content/a:p", NS)
    assert p is not None
    last = p[-1] if len(p) else None
    if last is not None:
        last.tail = (last.tail or "").replace("项目", "项")
    else:
        p.text = (p.text or "").replace("项目", "项")
    assert word_lists(text, tree).kept() == (total - 1, total)
    assert lost_words(text, tree) is not None


@SETTINGS
@given(resolutions())
def test_convert_render_convert_is_stable(case: Generated) -> None:
    """Converting what the renderer writes gives the same resolution."""
    first = convert(case.text).tree
    text = render_text(first, page_words=40)
    second = convert(text).tree
    result = compare(first, second)
    assert result.paragraphs_equal == result.paragraphs, result.differences
    assert result.footnotes_equal == result.footnotes_placed == (
        result.footnotes)
    assert result.identity_equal
    assert lost_words(text, second) is None


def test_render_command(tmp_path: Path) -> None:
    """To stdout, to a file (atomically), from stdin; errors exit 2."""
    status, out, err = _render([str(EXAMPLE_XML)])
    assert (status, err) == (0, "")
    assert out.startswith("United Nations\n\nA/RES/75/196\n\n")
    output = tmp_path / "seed.md"
    status, out, _ = _render([str(EXAMPLE_XML), "-o", str(output),
                              "--page-words", "200"])
    assert (status, out) == (0, "")
    assert output.read_text(encoding="utf-8").startswith("United Nations")
    status, out, _ = _render(["-"], EXAMPLE_XML.read_bytes())
    assert status == 0
    assert "75/196. Strengthening" in out


@pytest.mark.parametrize(
    ("argv", "stdin", "message"),
    [
        (["-"], b"<akomaNtoso><unclosed>", "X001"),
        (["missing.xml"], b"", "missing.xml"),
    ],
    ids=["not-well-formed", "missing"],
)
def test_render_command_errors(
    argv: list[str], stdin: bytes, message: str
) -> None:
    status, out, err = _render(argv, stdin)
    assert (status, out) == (2, "")
    assert message in err


def test_render_never_overwrites_its_input(tmp_path: Path) -> None:
    source = tmp_path / "x.xml"
    source.write_bytes(EXAMPLE_XML.read_bytes())
    status, _, err = _render([str(source), "-o", str(source)])
    assert status == 2
    assert "refusing" in err
    assert source.read_bytes() == EXAMPLE_XML.read_bytes()


@pytest.mark.parametrize(
    "inserted", ["<!--c-->", "<?editor c?>"], ids=["comment", "pi"]
)
def test_comments_and_instructions_are_not_text(inserted: str) -> None:
    """A comment or processing instruction inside a paragraph: the text
    after it is kept, its own content never shown nor converted back."""
    from akn_un.render.html import render_html

    xml = (EXAMPLES / "A-RES-75-196.xml").read_text(encoding="utf-8")
    marked = xml.replace("</span> of the report", "</span>" + inserted
                         + " of the report", 1)
    assert marked != xml
    tree = etree.ElementTree(etree.fromstring(marked.encode("utf-8")))
    page = render_html(tree)
    assert "of the report of the Secretary-General" in re.sub(
        r"<[^>]+>", "", page)
    assert " c " not in page
    assert "editor" not in page
    text = render_text(tree)
    assert "of the report of the Secretary-General" in text
    assert "editor" not in text
    assert "<!--" not in text


def test_dates_and_symbols_keep_their_order_right_to_left() -> None:
    """In an Arabic page a Latin date or symbol is isolated (``<bdi>``)."""
    from akn_un import render_html

    page = render_html(shared(CORPUS.parent / "ga75-ar" / "75_196_A.xml"))
    assert 'dir="rtl"' in page
    assert '<bdi class="docNumber"' in page
