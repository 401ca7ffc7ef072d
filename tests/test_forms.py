"""The forms a text comes in, read into the converter's form (one per rule).

Unit tables for each reading step (markers, furniture, masthead lines,
Markdown, paragraph breaks), the offset map, and the promise that text
already in the converter's form is left exactly as it is.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from akn import NS
from conftest import CORPUS, SEED, SHARED, shared
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from resolutions import GA_CLOSE, GA_HEAD, ga

from akn_un import convert
from akn_un.converter.read import read
from akn_un.converter.read.edits import Edit, Edited
from akn_un.converter.read.markdown import front_matter
from akn_un.core.document import safe_parser
from akn_un.render import render_text


def _notes(body: str, *bodies: str) -> str:
    """A GA text whose notes are ``bodies`` (numbered 1, 2 …) at the end."""
    notes = "\n\n".join(
        f"{n}".translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")) + f" {b}"
        for n, b in enumerate(bodies, start=1)
    )
    return ga(body) + "\n" + notes + "\n"


def _markers(text: str) -> list[tuple[str, str]]:
    """Each note of the converted text: (marker, the three words before)."""
    result = convert(text)
    found = []
    for p in result.tree.iter(f"{{{NS['a']}}}p"):
        before = p.text or ""
        for child in p:
            if child.tag == f"{{{NS['a']}}}authorialNote":
                found.append((child.get("marker", ""),
                              " ".join(before.split()[-3:])))
            before += "".join(child.itertext()) if child.tag != (
                f"{{{NS['a']}}}authorialNote") else ""
            before += child.tail or ""
    return found


MARKER_CASES = {
    "after a comma": ("Recalling the Court,1 and its Statute,", ["Court,"]),
    "after a word, spaced": ("Recalling the Statute 1 and its rules,",
                             ["the Statute"]),
    "after a semicolon and a space": (
        "1. *Takes note* of resolution 72/4; 1", ["of resolution 72/4;"]),
    "after a sentence": ("1. *Decides* to act. 1 We agree.",
                         ["Decides to act."]),
    "glued to a year": ("Recalling the Declarations of 20171 and 2021,",
                        ["Declarations of 2017"]),
    "after a year, set apart": (
        "Recalling the declaration of 2016 1, and more,",
        ["declaration of 2016"]),
    "after a date across a line's end": (
        "Recalling the report of 30 June 2020\n1; and more,",
        ["30 June 2020"]),
    "after a year, between notes": (
        "Recalling the Court,1 the reports of 1990 2 and 1995, 3 and more,",
        ["the Court,", "reports of 1990", "and 1995,"]),
}
NOT_MARKER_CASES = {
    "a paragraph's number": "Recalling paragraph 1 of the resolution,",
    "a date": "Recalling its decision of 1 December 2020,",
    "a symbol": "Recalling resolution A/80/1 and the rest,",
    "a count": "Recalling that 1 per cent of States,",
    "a decimal": "Recalling resolution 69.1 of the Assembly,",
    "a list of figures": "Recalling the goals 9, 1 16 and 17 of the plan,",
    "a list's last figure": "Recalling the goals 9, 1 and 16 of the plan,",
    "a decimal comma and its unit": "Recalling the 4,1 millions of it,",
    "a sum": "Recalling that 1 dollar a day is too little,",
    "a date across a line's end": "Recalling its decision of 1\nDecember,",
}


@pytest.mark.parametrize("case", sorted(MARKER_CASES))
def test_plain_digit_markers_are_read(case: str) -> None:
    body, before = MARKER_CASES[case]
    notes = [f"A/75/{n}." for n in range(1, len(before) + 1)]
    found = _markers(_notes(body + "\n\n2. *Requests* more.", *notes))
    assert len(found) == len(before), found
    for (_, words), expected in zip(found, before, strict=True):
        assert words.endswith(expected), (words, expected)


@pytest.mark.parametrize("case", sorted(NOT_MARKER_CASES))
def test_a_number_of_the_text_is_no_marker(case: str) -> None:
    text = _notes(NOT_MARKER_CASES[case] + "\n\n1. *Decides*.", "A/75/1.")
    result = convert(text)
    assert result.tree.find(".//a:authorialNote/..", NS) is not None
    codes = [d.code for d in result.diagnostics]
    assert "V002" in codes, codes  # the body stays without a marker


FURNITURE = "18-18418 (E) 071118\n\n*1818418*\n\n2/5\n\nA/RES/75/196"


def test_page_furniture_is_taken_out_and_counted() -> None:
    text = ga("Recalling the Convention, which it\n\n" + FURNITURE
              + "\n\nadopted in 1990,\n\n1. *Decides* to act.")
    result = convert(text, path="r.md")
    [v017] = [d for d in result.diagnostics if d.code == "V017"]
    assert "4 lines of page furniture" in v017.message
    plain = "".join(result.tree.getroot().itertext())
    for token in ("18-18418", "1818418", "2/5"):
        assert token not in plain
    [container] = result.tree.findall(".//a:preamble/a:container", NS)
    assert "which it adopted in 1990," in " ".join(
        "".join(container.itertext()).split())


def test_a_running_head_is_furniture_but_an_annex_title_is_not() -> None:
    head = GA_HEAD.replace("A title of the resolution",
                           "Necessity of ending the embargo")
    text = (
        head + "\nRecalling the Convention, which\n\n18-18418\n\n"
        "Necessity of ending the embargo\n\nit adopted,\n\n1. *Decides*.\n"
        + GA_CLOSE + "\nAnnex\n\nNecessity of ending the embargo\n\n"
        "1. We agree.\n"
    )
    result = convert(text)
    plain = " ".join("".join(
        result.tree.find(".//a:preamble", NS).itertext()).split())
    assert "Necessity" not in plain
    annex = result.tree.find(".//a:attachment", NS)
    assert annex is not None
    assert "Necessity of ending the embargo" in "".join(annex.itertext())


def test_a_paragraph_s_words_that_repeat_the_title_are_kept() -> None:
    """After a page's end, a paragraph goes on with the title's words
    ("… concerning the" / "military and police personnel;"): lower case
    and a clause's end show them the paragraph's, not a running head."""
    head = GA_HEAD.replace("A title of the resolution",
                           "Military and police personnel")
    text = (head + "\n18-18418\n\n1. *Decides* on measures concerning "
            "the\n\nmilitary and police personnel;\n\n2. *Requests* a "
            "report.\n" + GA_CLOSE)
    result = convert(text)
    [first] = [p for p in result.tree.iter("{*}paragraph")
               if p.findtext("{*}num") == "1."]
    assert "military and police personnel;" in "".join(first.itertext())


@pytest.mark.parametrize("colon", [":", "\uff1a"])  # Chinese: full width
def test_a_title_introduced_by_a_colon_is_kept(colon: str) -> None:
    head = GA_HEAD.replace("A title of the resolution", "Declaration on peace")
    # a job number shows the text an extraction, whose running heads go
    text = (head + "\n18-18418\n\n*Adopts* the following declaration"
            f"{colon}\n\nDeclaration on peace\n\n1. We agree.\n" + GA_CLOSE)
    reading = read(text)
    assert [r.text for r in reading.removed] == ["18-18418"]
    assert "Declaration on peace\n\n1. We agree." in reading.text


MASTHEADS = {
    "run together": (
        ("General Assembly Distr.: General 3 December 2025\n\n"
         "Eightieth session Agenda item 91 Implementation of the "
         "Declaration\n\nResolution adopted by the General Assembly on "
         "1 December 2025"),
        ("2025-12-01", "2025-12-03")),
    "broken": (
        ("General Assembly\n\nDistr.: General\n5 November 2018\n\n"
         "Resolution adopted by the General Assembly\n\non 1 November 2018"),
        ("2018-11-01", "2018-11-05")),
    "columns": (
        ("United Nations     A/RES/80/13\n\nGeneral Assembly      "
         "Distr.: General\n3 December 2025\n\n"
         "Resolution adopted by the General Assembly on 1 December 2025"),
        ("2025-12-01", "2025-12-03")),
}


# The same in the other languages: the masthead of each, run together and
# broken as an extraction gives it, with its formula.
OTHER_MASTHEADS = {
    "fra": (("Assemblée générale Distr. générale\n29 décembre 2020\n\n"
            "Résolution adoptée par l’Assemblée générale\nle 21 décembre 2020"),
            "L’Assemblée générale,"),
    "spa": (("Asamblea General Distr. general\n29 de diciembre de 2020\n\n"
            "Resolución aprobada por la Asamblea General\n"
            "el 21 de diciembre de 2020"), "La Asamblea General,"),
    "rus": (("Генеральная Ассамблея Distr.: General\n29 December 2020\n\n"
            "Резолюция, принятая Генеральной Ассамблеей\n"
            "21 декабря 2020 года"), "Генеральная Ассамблея,"),
    "ara": (("الجمعية العامة Distr.: General\n29 December 2020\n\n"
            "قرار اتخذته الجمعية العامة\nفي 21 كانون الأول/ديسمبر 2020"),
            "إن الجمعية العامة،"),
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(OTHER_MASTHEADS))
def test_other_languages_mastheads_are_read_however_extracted(
    language: str,
) -> None:
    head, formula = OTHER_MASTHEADS[language]
    text = f"{head}\n\n75/207. Un titre\n\n{formula}\n\n1. Texte.\n"
    result = convert(text)
    assert result.metadata.language == language
    assert (str(result.metadata.adopted), str(result.metadata.issued)) == (
        "2020-12-21", "2020-12-29")
    assert "V004" not in [d.code for d in result.diagnostics]


@pytest.mark.parametrize("case", sorted(MASTHEADS))
def test_masthead_lines_are_read_however_extracted(case: str) -> None:
    head, (adopted, issued) = MASTHEADS[case]
    text = (f"{head}\n\n80/13. A title\n\nThe General Assembly,\n\n"
            "Recalling,\n\n1. *Decides*.\n")
    result = convert(text)
    assert (str(result.metadata.adopted), str(result.metadata.issued)) == (
        adopted, issued)
    assert "V004" not in [d.code for d in result.diagnostics]


MARKDOWN = """---
symbol: A/RES/80/13
date: "2025-12-03"
---

# United Nations

## General Assembly

80/13. **A title**

_The General Assembly_,

_Recalling_ the Court,[^1] and the Statute<sup>2</sup>,

1. _Decides_ to act.

Resolution adopted on 1 December 2025

---

[^1]: A/80/1, the first line of the note,
    and its second.

[^2]: A/80/2, which spans the year
[^2025]: (A/80/3).
"""


def test_markdown_from_pdf_tools_is_read() -> None:
    result = convert(MARKDOWN, adoption_date=dt.date(2025, 12, 1))
    assert result.metadata.symbol == "A/RES/80/13"
    assert str(result.metadata.issued) == "2025-12-03"  # from the front
    notes = result.tree.findall(".//a:authorialNote", NS)
    assert [n.get("marker") for n in notes] == ["1", "2"]
    assert " ".join("".join(notes[1].itertext()).split()) == (
        "A/80/2, which spans the year 2025 (A/80/3).")
    lead = result.tree.find(".//a:preamble/a:container", NS)
    assert lead is not None
    assert lead.get("name") == "Recalling"
    assert "#" not in "".join(result.tree.getroot().itertext())


def test_lost_point_letters_are_put_back() -> None:
    text = ga("1. *Decides* that:\n\nThe first thing;\n\nthat goes on;\n\n"
              "The second thing.\n\n2. *Requests* more.")
    result = convert(text)
    assert "V018" in [d.code for d in result.diagnostics]
    points = result.tree.findall(".//a:point", NS)
    assert [p.findtext("a:num", namespaces=NS) for p in points] == [
        "(a)", "(b)"]


def test_hard_wrapped_paragraphs_are_split() -> None:
    body = (
        "Recalling its resolution 72/4,\nReaffirming the principles of the\n"
        "Charter,\n1.\nTakes note of the report;\n2. Requests a report.\n"
        "3. Decides to act.8 4. Decides more."
    )
    text = _notes(body, *[f"A/75/{n}." for n in range(1, 9)])
    result = convert(text)
    containers = result.tree.findall(".//a:preamble/a:container", NS)
    assert [c.get("name") for c in containers] == ["Recalling", "Reaffirming"]
    numbers = [n.text for n in result.tree.findall(
        ".//a:mainBody/a:paragraph/a:num", NS)]
    assert numbers == ["1.", "2.", "3.", "4."]


def test_a_footnote_body_s_lines_stay_together() -> None:
    text = _notes("Recalling the Court,1\n\n1. *Decides*.",
                  "Argentina, Brazil,\n    Cambodia and Chile.")
    [note] = convert(text).tree.findall(".//a:authorialNote", NS)
    assert " ".join("".join(note.itertext()).split()) == (
        "Argentina, Brazil, Cambodia and Chile.")


def test_a_paragraph_cut_short_is_an_error() -> None:
    text = ga("1. *Urges* States to devote resources to\n\n2. *Decides*.")
    codes = [d.code for d in convert(text).diagnostics]
    assert "V019" in codes


@given(st.text(alphabet="ab\n ,.1²", max_size=40), st.data())
def test_the_offset_map_points_back_to_the_original(
    text: str, data: st.DataObject
) -> None:
    """Each character copied maps back to the same character."""
    cuts = sorted(data.draw(st.lists(
        st.integers(0, len(text)), max_size=6)))
    edits = [Edit(a, b, data.draw(st.text(alphabet="xy", max_size=2)))
             for a, b in zip(cuts[::2], cuts[1::2], strict=False)]
    edited = Edited(text).apply(edits)
    twice = edited.apply([Edit(0, 0, "z")])
    replaced = set()
    for edit in edits:
        replaced.update(range(edit.start, edit.end))
    for index, char in enumerate(twice.text[1:], start=1):
        origin = twice.origin(index)
        if char not in "xyz" and origin < len(text):
            assert text[origin] == char


def _official_texts() -> list[tuple[str, str]]:
    files = sorted(shared(CORPUS).glob("*.xml"))
    files += sorted((SHARED / "akn4un").glob("*.xml"))
    return [
        (f.name, render_text(etree.parse(str(f), safe_parser()),
                             page_words=300))
        for f in files
    ]


def test_text_in_the_converter_s_form_is_left_as_it_is() -> None:
    """Every official file rendered: the reader changes not a character."""
    changed = [name for name, text in _official_texts()
               if read(text).text != text]
    assert changed == []


_SUPERSCRIPT_RE = re.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
_BODY_RE = re.compile(r"^([⁰¹²³⁴⁵⁶⁷⁸⁹]+) (.*)$", re.MULTILINE)
_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def _with_furniture(text: str, where: list[int], symbol: str) -> str:
    """Page furniture put between blocks after the title."""
    blocks = text.split("\n\n")
    title = next(i for i, b in enumerate(blocks) if re.match(r"\d+/\d+\. ", b))
    page = "18-18418 (E) 071118\n\n*1818418*\n\n2/5\n\n" + symbol
    for at in sorted({title + 2 + w % max(len(blocks) - title - 2, 1)
                      for w in where}, reverse=True):
        blocks.insert(at, page)
    return "\n\n".join(blocks)


def _as_markdown_notes(text: str) -> str:
    """Markers as ``[^n]``, bodies as ``[^n]: …`` gathered at the end."""
    bodies = [f"[^{m.translate(_DIGITS)}]: {body}"
              for m, body in _BODY_RE.findall(text)]
    text = _BODY_RE.sub("", text)
    text = _SUPERSCRIPT_RE.sub(
        lambda m: f"[^{m.group().translate(_DIGITS)}]", text)
    return text + "\n\n---\n\n" + "\n\n".join(bodies) + "\n"


def _paragraphs_and_notes(text: str) -> tuple[list[str], list[object]]:
    from akn_un.measure.compare import footnotes, paragraphs

    tree = convert(text).tree
    return [p.text for p in paragraphs(tree)], footnotes(tree)


@settings(max_examples=25, deadline=None)
@given(st.data())
def test_furniture_and_note_forms_injected_into_official_texts(
    data: st.DataObject,
) -> None:
    """A rendering of an official file, with page furniture put between
    its blocks, or its notes as Markdown footnotes, converts as it did."""
    files = [f for f in sorted(shared(CORPUS).glob("*_E.xml"))
             if "A-B" not in f.name]
    official = data.draw(st.sampled_from(files))
    tree = etree.parse(str(official), safe_parser())
    text = render_text(tree, page_words=300)
    number = re.search(r"^(\d+/\d+)\. ", text, re.MULTILINE)
    assert number is not None
    clean = _paragraphs_and_notes(text)
    where = data.draw(st.lists(st.integers(0, 400), min_size=1, max_size=4))
    furnished = _with_furniture(text, where, f"A/RES/{number[1]}")
    assert _paragraphs_and_notes(furnished) == clean
    if _BODY_RE.search(text):
        assert _paragraphs_and_notes(_as_markdown_notes(text)) == clean


def _as_plain_digits(text: str) -> str:
    """Markers as plain digits, bodies as ``[^n]: …`` at the end."""
    text = _as_markdown_notes(text)
    return re.sub(r"\[\^(\d+)\](?!:)", r"\1", text)


@settings(max_examples=25, deadline=None)
@given(st.data())
def test_plain_digit_markers_injected_into_official_texts(
    data: st.DataObject,
) -> None:
    """An official file's notes, their markers printed as plain digits and
    their bodies gathered at the end: every note found, nearly all in
    place, and never a wrong one without an error."""
    from akn_un.measure.compare import compare

    files = [f for f in sorted(shared(CORPUS).glob("*_E.xml"))
             if "A-B" not in f.name]
    official = data.draw(st.sampled_from(files))
    tree = etree.parse(str(official), safe_parser())
    text = render_text(tree, page_words=None)
    if not _BODY_RE.search(text):
        return
    result = convert(_as_plain_digits(text))
    comparison = compare(tree, result.tree)
    errors = [d for d in result.diagnostics if d.severity == "error"]
    assert comparison.footnotes_equal == comparison.footnotes
    assert comparison.footnotes_placed == comparison.footnotes or errors


def test_one_line_of_furniture_is_one_line() -> None:
    text = SEED.read_text(encoding="utf-8")
    cut = text.index("\n\n", 2000)
    result = convert(text[:cut] + "\n\n20-17481 (E)" + text[cut:])
    assert [d.message for d in result.diagnostics if d.code == "V017"] == [
        "1 line of page furniture taken out (first '20-17481 (E)')"]


def test_front_matter_with_a_list_is_read_past() -> None:
    """YAML front matter's nested values (a ``tags:`` list) are skipped; its
    scalars are read; the block is not left in the text."""
    text = SEED.read_text(encoding="utf-8").replace(
        "A/RES/75/196\\n\\n", "", 1)
    result = convert(
        "---\ntags:\n  - crime\n  - justice\nsymbol: A/RES/75/196\n"
        "# a comment\n---\n" + text)
    assert result.metadata.symbol == "A/RES/75/196"
    assert not [d for d in result.diagnostics if d.code == "V004"]


@pytest.mark.parametrize(("front", "values"), [
    ("symbol: A/RES/75/196\ndate: 2020-12-28", {
        "symbol": "A/RES/75/196", "date": "2020-12-28"}),
    ("symbol: 'A/RES/75/196'\ndate: '2020-12-28T10:00:00'", {
        "symbol": "A/RES/75/196", "date": "2020-12-28T10:00:00"}),
    ("Symbol: A/RES/75/196\nreviewed: true\npages: 3", {
        "symbol": "A/RES/75/196", "pages": "3"}),
    ("tags: [a, b]\nauthor: {name: x}\nsymbol: A/RES/75/196", {
        "symbol": "A/RES/75/196"}),
    ("- a list\n- not a map", {}),
    ("x: &a [1, 2]\ny: *a\nsymbol: A/RES/75/196", {
        "symbol": "A/RES/75/196"}),
])  # fmt: skip
def test_front_matter_is_read_as_yaml(
    front: str, values: dict[str, str]
) -> None:
    read = front_matter(f"---\n{front}\n---\n75/196. Title\n")
    assert read.values == values
    assert bool(read.edits) == bool(values)  # a map is taken out


@pytest.mark.parametrize(("front", "line"), [
    ("symbol: A/RES/75/196: draft", 2),
    ("symbol: A/RES/75/196\ndate: [2020", 4),
    ("symbol: !!python/object:os.system x", 2),
])  # fmt: skip
def test_front_matter_that_is_not_yaml_is_said_at_its_line(
    front: str, line: int
) -> None:
    """Kept in the text (every word), V025 at the parser's line."""
    text = f"---\n{front}\n---\n\n" + ga("Recalling,\n\n1. *Decides*.")
    result = convert(text)
    [found] = [d for d in result.diagnostics if d.code == "V025"]
    assert found.location.line == line
    assert f"(line {line})" in found.message
    assert front.split(maxsplit=1)[0] in result.xml.decode("utf-8")


HYPHEN_CASES = {
    # line-end break, no other evidence: joined (and named, V023)
    "drug-\nresistant strains": "drug-resistant strains",
    # the text writes the compound whole elsewhere
    "nuclear- weapon States and nuclear-weapon States":
        "nuclear-weapon States and nuclear-weapon States",
    # a hyphen standing apart, in any of the languages
    "age- and gender-sensitive": "age- and gender-sensitive",
    "âge- et sexospécifiques": "âge- et sexospécifiques",
    # written apart on a line elsewhere: a line's end keeps them apart
    "Freds- och, Freds- och, Freds-\noch":
        "Freds- och, Freds- och, Freds-\noch",
    # on one line with no evidence: joined (and named, V023)
    "Svenska Freds- och": "Svenska Freds-och",
    # a range's dash at a line's end
    "2024–\n2034": "2024–2034",
    # a text that keeps its lines keeps its line ends: apart on a line is
    # the text's own, as the UN printed it
    "Noting\nthe Secretary- General and\nthe Secretary-General\nand staff":
        "Noting\nthe Secretary- General and\nthe Secretary-General\nand staff",
}


@pytest.mark.parametrize("case", sorted(HYPHEN_CASES))
def test_line_end_hyphens_are_decided_from_the_text(case: str) -> None:
    from akn_un.converter.read.edits import Edited
    from akn_un.converter.read.paragraphs import hyphens

    joined, _ = hyphens(case)
    assert Edited(case).apply(joined).text == HYPHEN_CASES[case]


def test_a_compound_joined_without_evidence_is_named() -> None:
    from akn_un.converter.read.paragraphs import hyphens

    _, undecided = hyphens("the drug-\nresistant strains")
    assert undecided == [(4, "drug-\nresistant")]


NOTE_FORMS = {
    "page foot, plain": ga("Recalling the report,1\n\n1 A/75/125.\n\n"
                           "1. *Decides* to act."),
    "gathered after ---": ga("Recalling the report,1\n\n"
                             "1. *Decides* to act.") + "\n---\n\n1 A/75/125.\n",
    "under a rule, then the text": ga("Recalling the report,¹ and its\n\n"
                                      "***\n\n¹ A/75/125.\n\nannex,\n\n"
                                      "1. *Decides* to act."),
}


@pytest.mark.parametrize("form", sorted(NOTE_FORMS))
def test_a_notes_block_is_found_by_its_numbering(form: str) -> None:
    """Whatever stands before it, a block numbered as the notes have
    reached, its number standing in the text, is a note."""
    from akn_un.measure.compare import footnotes, paragraphs

    result = convert(NOTE_FORMS[form])
    notes = footnotes(result.tree)
    assert [(n.marker, n.text) for n in notes] == [("1", "A/75/125.")]
    assert [p.text for p in paragraphs(result.tree)][1:3] == [
        "Recalling the report, and its annex,"
        if form.startswith("under") else "Recalling the report,",
        "1. Decides to act.",
    ]


def test_a_council_adoption_without_a_meeting_is_read() -> None:
    """The Council adopts under its written procedure with no meeting:
    "Adopted by the Security Council on 21 December 2020"."""
    from resolutions import SC

    text = SC.replace(
        "at its 8700th meeting, on 10 January 2020", "on 10 January 2020")
    result = convert(text)
    assert str(result.metadata.adopted) == "2020-01-10"
    assert not [d for d in result.diagnostics if d.severity == "error"]
    assert b"adoptionMeeting" not in result.xml


def test_a_statement_s_paragraph_cut_by_a_page_goes_on() -> None:
    """Each paragraph of a presidential statement opens with a quotation
    mark: a block after a page break that opens with none carries the
    paragraph on, even after a full stop."""
    from akn_un.measure.compare import paragraphs

    official = shared(SHARED / "corpus" / "sc-prst-2016-2018")
    text = render_text(etree.parse(
        str(official / "S_PRST_2017_14-1725064E.xml"), safe_parser()))
    cut = text.index(". The Security Council calls on all parties") + 1
    result = convert(text[:cut] + "\n\n" + text[cut + 1:])
    found = [p.text for p in paragraphs(result.tree)]
    assert any(". The Security Council calls on all parties" in p
               for p in found)
    assert not any(p.startswith("The Security Council calls on")
                   for p in found)


def test_a_rule_is_a_block_of_its_own_in_a_caseless_script() -> None:
    """A Chinese decision's rule and its "*" notes after a paragraph that
    a note's body followed: not that paragraph's rest."""
    text = (
        "76/402. 选举人权理事会成员\n\n"
        "2022年5月10日，大会第71次全体会议选举捷克。\n\n"
        "因此，人权理事会由以下会员国组成¹：阿根廷、\\* 亚美尼亚和贝宁。\\*\n\n"
        "¹ 阿根廷是第二次连任。\n\n"
        "_________________\n\n"
        "\\* 2022年12月31日任期届满。\n\n"
        "第71次全体会议\n2022年5月10日\n"
    )
    result = convert(text, symbol="A/DEC/76/402")
    blocks = [" ".join("".join(p.itertext()).split())
              for p in result.tree.iter("{*}p", "{*}heading")]
    assert "_________________" in blocks
    assert "* 2022年12月31日任期届满。" in blocks
    [before] = [b for b in blocks if b.startswith("因此")]
    assert before.endswith("亚美尼亚和贝宁。*")


@pytest.mark.parametrize(("printed", "letter"), [
    ("\u0410", "A"), ("\u0412", "B"), ("ألف", "A"), ("B", "B"),
])  # fmt: skip
def test_a_part_s_letter_in_each_script(printed: str, letter: str) -> None:
    """Russian prints a part's letter in Cyrillic (U+0412 for B), Arabic
    spells it; the IRIs have the Latin letter."""
    from akn_un.grammar.shapes import COMPONENT_RE, PART_LETTERS

    match = COMPONENT_RE.fullmatch(printed)
    assert match is not None
    assert PART_LETTERS.get(match["letter"], match["letter"]) == letter


@pytest.mark.parametrize(("heading", "title"), [
    ("Annex", "Political Declaration on Trafficking in Persons"),
    ("Annex ", "Political Declaration on Trafficking in Persons"),
    ("Annex II", "Terms of reference"),
    ("Annex Political Declaration on Trafficking in Persons", None),
])  # fmt: skip
def test_an_annex_heading_above_its_title_in_one_block(
    heading: str, title: str | None
) -> None:
    """An extraction that keeps a page's lines prints the annex's heading
    and its title with no blank line between: the annex is read."""
    head = heading if title is None else f"{heading}\n{title}"
    text = ga("Recalling,\n\n1. *Adopts* the Declaration annexed.") + (
        f"\n\n{head}\n\n1. We, the States Members, welcome the plan.\n")
    result = convert(text)
    [annex] = list(result.tree.iter("{*}attachment"))
    words = " ".join("".join(annex.itertext()).split())
    assert "Declaration" in words or "Terms" in words
    assert "We, the States Members, welcome the plan." in words
    assert not [d for d in result.diagnostics if d.code == "V004"]


_GLUED = ("[^4]: United Nations, Treaty Series, vol. 729, No. 10485. "
          "1. Underlines the strong support for nuclear disarmament; "
          "2. Calls for urgent compliance with the obligations undertaken; "
          "3. Decides to include the item in the provisional agenda. "
          "52nd plenary meeting 1 December 2025")


@pytest.mark.parametrize(("line", "breaks"), [
    (_GLUED, 5),  # three numbers, the closing and its date
    # Russian leads are lower case
    (("примечание. 1. подчеркивает решительную поддержку разоружения; "
     "2. призывает к срочному выполнению обязательств; "
     "3. постановляет включить этот пункт в повестку дня."), 3),
    # numbers that do not follow one another are the text's
    (("See paragraphs 1. Then the report. 3. Then the annex. 7. The end of "
     "the sentence and more words here."), 0),
    # a run too short to be paragraphs
    ("the list: 1. One and more words here; 2. Two and more words.", 0),
    # numbers too close together
    ("items. 1. A; 2. B; 3. C; 4. D and then a long tail of plain text.", 0),
])  # fmt: skip
def test_numbered_paragraphs_run_into_one_line_are_set_apart(
    line: str, breaks: int
) -> None:
    from akn_un.converter.read.paragraphs import glued_paragraphs

    edits = glued_paragraphs(line)
    assert len(edits) == breaks
    assert all(line[e.start:e.end] == " " for e in edits)


def test_a_glued_operative_part_converts() -> None:
    """The extraction that glued the operative part to the last note."""
    text = (
        "80/49. Follow-up to the high-level meeting on nuclear disarmament"
        "\n\nThe General Assembly,\n\nRecalling the Treaty on the "
        "Non-Proliferation of Nuclear Weapons,[^4]\n\n" + _GLUED + "\n"
    )
    result = convert(text)
    numbers = [n.text for n in result.tree.iter("{*}num")]
    assert numbers == ["1.", "2.", "3."]
    notes = list(result.tree.iter("{*}authorialNote"))
    assert len(notes) == 1
    assert "10485." in "".join(notes[0].itertext())
    assert result.metadata.adopted.isoformat() == "2025-12-01"


def test_a_note_line_that_opens_with_a_number_is_not_the_title() -> None:
    """A note's list of resolutions wrapped so that a line opens with
    "74/297." is not the resolution's number above its title."""
    text = ga(
        "*Reaffirming* the provisions of other relevant resolutions,¹"
        "\n\n¹ Resolutions 52/12 B, 52/203, 64/289, 73/248, 74/238 and\n"
        "74/297.\n\n*Reaffirming also* the provisions of its resolution "
        "72/279,\n\n1. *Decides* to act.")
    result = convert(text)
    [note] = list(result.tree.iter("{*}authorialNote"))
    assert "".join(note.itertext()).strip().endswith("74/297.")
    assert len(list(result.tree.iter("{*}container"))) == 2


def _opened(text: str) -> list[str]:
    """The lines before which breaks() sets a paragraph's start."""
    from akn_un.converter.read.paragraphs import breaks

    return [text[e.start:].split("\n", 1)[0] for e in breaks(text, 0)]


def test_another_organ_s_formula_as_a_wrapped_line_is_the_paragraph_s() -> None:
    """A line of a wrapped paragraph that reads as another organ's
    enacting formula ("... возложил на" / "Экономический и Социальный
    Совет,") stays in its paragraph; the body's own formula, or another
    after a clause's end, opens a block."""
    text = (
        "Генеральная Ассамблея,\n\n1. *подтверждает* роль, которую Устав"
        " возложил на\nЭкономический и Социальный Совет,\nи роль Ассамблеи;"
        "\n2. *рекомендует* следующий проект:\nЭкономический и Социальный"
        " Совет,\n*ссылаясь* на свою резолюцию,\n"
    )
    opened = _opened(text)
    assert opened == [
        "2. *рекомендует* следующий проект:",
        "Экономический и Социальный Совет,",
        "*ссылаясь* на свою резолюцию,",
    ]


@pytest.mark.parametrize(("text", "before"), [
    # set apart after the script's own comma, where a figure glued to a
    # character is the text's ("目标1": goal 1)
    ("回顾政治宣言， 1 其中承诺实现目标1 (消除贫困)，", "政治宣言，"),
    # at the start of the next line, after the line's semicolon
    ("确认监测机制；\n1\n\n2. 鼓励各国。", "监测机制；"),
])  # fmt: skip
def test_a_chinese_marker_set_apart_is_read(text: str, before: str) -> None:
    from akn_un.converter.read.markers import plain_markers

    body = f"{text}\n\n¹ 第70/1号决议。\n"
    [edit] = plain_markers(body, 0)
    assert body[:edit.start].endswith(before)


@pytest.mark.parametrize(("text", "joined"), [
    # pdfminer: the number a block of its own, blank lines after it
    ("Persons\n\n1.\n\nWe, the States Members, welcome it.\n", ["1."]),
    # the number alone on its line, its text right below
    ("it may occur.\n2.\nWe recall our commitments.\n", ["2."]),
    # a note's last line is no paragraph's number
    ("¹ Report, chap. IV, para.\n    24.\n\n10. Encourages more.\n", []),
])  # fmt: skip
def test_a_number_alone_is_joined_to_its_text(
    text: str, joined: list[str]
) -> None:
    from akn_un.converter.read.paragraphs import numbers_alone

    edits = numbers_alone(text, 0, apart=True)
    assert [text[:e.start].rsplit(maxsplit=1)[-1] for e in edits] == joined


@pytest.mark.parametrize(("after", "kept"), [
    ("\n\n4/5\n\n18-18142\n", True),  # the page's furniture: its end
    ("", True),  # the text's end
    ("\n\n*Recalls* its resolution,\n", False),  # text goes on
])  # fmt: skip
def test_a_note_s_last_line_set_apart_is_the_note_s(
    after: str, kept: bool
) -> None:
    """pdfminer sets a note's lines apart ("… 31 July" / "2013
    (S/INF/68)."): the block before the page's end is the note's."""
    from akn_un.converter.read.notes import note_areas

    text = ("crime;\n\n__________\n\n9  S/PRST/2013/2; see Resolutions, "
            "1 August 2012-31 July\n\n2013 (S/INF/68)." + after)
    edited = Edited(text).apply(note_areas(text)).text
    assert ("31 July\n2013 (S/INF/68)." in edited) is kept
    assert "\n⁹ S/PRST/2013/2" in edited


def test_a_wrapped_line_that_opens_with_a_meeting_is_no_closing() -> None:
    """"644th meeting held on …" as a wrapped line of a statement's
    paragraph stays in it; the closing after a paragraph's end opens."""
    text = (
        "The Security Council,\n\n1. *Welcomes* the decisions of the Council"
        ", at its\n644th meeting held on 12 December 2016, and of the Union"
        "\nto act;\n2. *Decides* to remain seized of the matter.\n"
        "52nd plenary meeting\n21 December 2016\n"
    )
    opened = _opened(text)
    assert opened == [
        "2. *Decides* to remain seized of the matter.",
        "52nd plenary meeting",
    ]
    # alone on its line, the closing opens after an unended line too
    text = ("The General Assembly,\n\n(a) Report of the Board;\n(b) Report"
            " of the Secretary-General\nof the United Nations\n"
            "89th plenary meeting\n29 June 2022\n")
    opened = _opened(text)
    assert "89th plenary meeting" in opened
