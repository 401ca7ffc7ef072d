"""Notes marked with a symbol ("*", "**", "†"), not a number.

The body opens with the symbol and a space; the marker is the symbol
against the word or punctuation before it, once, before its body.  Each
is written ``marker="*"``; a symbol that marks many names keeps its
legend as the text's own, as the UN marks it up.
"""

from __future__ import annotations

import re

import pytest
from akn import NS
from conftest import CORPUS
from lxml import etree
from resolutions import GA_HEAD, ga

from akn_un import check, convert
from akn_un.measure.compare import compare
from akn_un.render import render_text

_NOTE = f"{{{NS['a']}}}authorialNote"


def _notes(tree: etree._ElementTree) -> list[tuple[str, str, str]]:
    """Each note: its marker, eId and text."""
    return [
        (note.get("marker", ""), note.get("eId", ""),
         " ".join("".join(note.itertext()).split()))
        for note in tree.iter(_NOTE)
    ]  # fmt: skip


@pytest.mark.parametrize(("symbol", "name"), [
    ("*", "star"), ("**", "star2"), ("\u2020", "dagger"),
])  # fmt: skip
def test_a_symbol_s_note_is_read(symbol: str, name: str) -> None:
    text = ga(
        f"*Recalling* the relevant reports on special political missions,"
        f"{symbol} which addressed the arrangements,\n\n"
        f"{symbol} A/66/340 and A/66/7/Add.21.\n\n"
        "1. *Decides* to act."
    )
    result = convert(text)
    assert _notes(result.tree) == [
        (symbol, f"authorialNote_{name}", "A/66/340 and A/66/7/Add.21.")]
    [container] = result.tree.findall(".//a:preamble/a:container", NS)
    words = "".join(container.itertext())
    assert "missions,A/66/340" in words  # the note where its marker stood
    assert not [d for d in result.diagnostics if d.severity == "error"]
    assert not [d for d in check(result.xml) if d.code == "F005"]


def test_a_symbol_note_and_numbered_notes_keep_their_own_markers() -> None:
    text = ga(
        "*Recalling* its resolution 74/1,\u00b9 and the report,* which it "
        "welcomed,\n\n\u00b9 A/74/1.\n\n* A/75/2.\n\n1. *Decides* to act."
    )
    notes = _notes(convert(text).tree)
    assert [(marker, body) for marker, _, body in notes] == [
        ("1", "A/74/1."), ("*", "A/75/2.")]


def test_a_legend_for_many_names_stays_the_text_s() -> None:
    """A decision's members marked "*" and "**", each legend after them:
    the UN keeps both as paragraphs, and so does the converter."""
    text = ga(
        "1. *Appoints* China*, Cuba**, Kenya* and Peru**.\n\n"
        "* Term of office expires on 31 December 2024.\n\n"
        "** Term of office expires on 31 December 2025."
    )
    result = convert(text)
    assert _notes(result.tree) == []
    words = "".join(result.tree.getroot().itertext())
    assert "* Term of office expires on 31 December 2024." in words
    assert "** Term of office expires on 31 December 2025." in words


@pytest.mark.parametrize("text", [
    # italics only: a lead's closing star is no marker
    "*Recalling* its resolution,\n\n* A/75/2.\n\n1. *Decides* to act.",
    # a body with no marker before it (the star after it is no marker)
    "*Recalling* its resolution,\n\n* A/75/2.\n\n1. *Decides* to act.*",
    # a bullet of a Markdown list is no note
    "*Recalling* its resolution,\n\n1. *Decides*:\n\n* to act;\n\n* to go.",
])  # fmt: skip
def test_no_marker_no_note(text: str) -> None:
    assert _notes(convert(ga(text)).tree) == []


def test_a_title_s_reissue_note() -> None:
    """A title marked "*", its note at the page's foot under a rule: the
    note in the title, the rule gone."""
    head = GA_HEAD.replace("A title of the resolution",
                           "A title of the resolution*")
    text = ga("__________\n\n* Reissued for technical reasons on 5 February "
              "2020.\n\n*Recalling* its resolution,\n\n1. *Decides* to act.",
              head=head)
    result = convert(text)
    assert [(m, b) for m, _, b in _notes(result.tree)] == [
        ("*", "Reissued for technical reasons on 5 February 2020.")]
    assert "_____" not in "".join(result.tree.getroot().itertext())


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is absent")
@pytest.mark.parametrize("symbol", ["*", "\u2020"])
def test_an_official_file_s_symbol_note_round_trips(
    symbol: str, tmp_path
) -> None:
    """An official file whose first note is marked with a symbol, rendered
    and converted: the note stands where the UN's stood, and the numbered
    notes after it keep theirs."""
    source = CORPUS / "75_100_E.xml"
    xml = source.read_text(encoding="utf-8")
    xml = re.sub(r'marker="1"', f'marker="{symbol}"', xml, count=1)
    official = tmp_path / "official.xml"
    official.write_text(xml, encoding="utf-8")
    got = convert(render_text(official)).tree
    want = etree.parse(str(official))
    assert [(m, b) for m, _, b in _notes(got)] == [
        (m, b) for m, _, b in _notes(want)]
    comparison = compare(want, got)
    assert comparison.footnotes_placed == comparison.footnotes, (
        comparison.differences)
