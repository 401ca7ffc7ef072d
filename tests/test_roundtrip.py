"""convert(render(official)) against the UN's own files: every shape.

Each official file is rendered as text (footnote bodies at simulated page
ends, inside paragraphs), converted back and compared with the official
markup paragraph by paragraph.  Skipped where ../shared is absent.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest
from conftest import SHARED, shared
from lxml import etree

from akn_un.core.document import safe_parser
from akn_un.measure.roundtrip import RoundTrip, round_trip, totals

SAMPLES = SHARED / "akn4un"
Tree = etree._ElementTree


@cache
def _official(path: Path) -> Tree:
    return etree.parse(str(path), safe_parser())


@cache
def _trip(path: Path) -> RoundTrip:
    return round_trip(_official(path), path.name)


def _count(tree: Tree, xpath: str) -> int:
    return len(tree.xpath(xpath, namespaces={"a": _AKN}))


_AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"


def _same_count(xpath: str) -> Callable[[Tree, Tree], None]:
    """The converted file has as many ``xpath`` as the official one."""

    def check(official: Tree, ours: Tree) -> None:
        expected = _count(official, xpath)
        assert expected > 0
        assert _count(ours, xpath) == expected

    return check


def _numbered(xpath: str) -> Callable[[Tree, Tree], None]:
    """The same paragraph numbers ("1.", "2.") under ``xpath``."""

    def numbers(tree: Tree) -> list[str]:
        nums = tree.xpath(f"{xpath}/a:num", namespaces={"a": _AKN})
        return [n for n in ("".join(e.itertext()).strip() for e in nums)
                if n.rstrip(".").isdigit()]

    def check(official: Tree, ours: Tree) -> None:
        assert numbers(official)
        assert numbers(ours) == numbers(official)

    return check


_POINT_TEXT_RE = re.compile(r"\s*\(([a-z]{1,4})\)\s")


def _points_as_printed(official: Tree, ours: Tree) -> None:
    """Ours has a ``<point>`` for each point the official marks up as one
    or leaves flat as a paragraph starting "(a)"."""
    flat = [
        p for p in official.xpath(
            "//a:paragraph[not(a:num)]/a:content/a:p[1]",
            namespaces={"a": _AKN})
        if _POINT_TEXT_RE.match("".join(p.itertext()))
    ]
    numbered = [
        num for num in official.xpath(
            "//a:paragraph/a:num", namespaces={"a": _AKN})
        if _POINT_TEXT_RE.match("".join(num.itertext()) + " ")
    ]
    marked = _count(official, "//a:point")
    expected = marked + len(flat) + len(numbered)
    assert _count(ours, "//a:point") == expected > 0


def _has(xpath: str, count: int) -> Callable[[Tree, Tree], None]:
    def check(_: Tree, ours: Tree) -> None:
        assert _count(ours, xpath) == count

    return check


def _actor(actor: str) -> Callable[[Tree, Tree], None]:
    def check(_: Tree, ours: Tree) -> None:
        [uri] = ours.xpath(
            "/a:akomaNtoso/*/a:meta//a:FRBRWork/a:FRBRuri/@value",
            namespaces={"a": _AKN},
        )
        assert f"/deliberation/{actor}/" in uri

    return check


# Each sample of ../shared/akn4un: what its structure must keep.
SAMPLE_STRUCTURE: dict[str, list[Callable[[Tree, Tree], None]]] = {
    "GA_A-RES-75-283_eng_lists.xml": [
        _points_as_printed,
        _same_count("//a:list/a:intro"),
    ],
    "GA_A-RES-75-245_eng_sections_crossHeading.xml": [
        _same_count("//a:crossHeading"),
        # "Conditions of service …" above "A" to "D": one section, four
        # subsections (the UN's file has these headings flat).
        _has("//a:mainBody/a:section", 1),
        _has("//a:mainBody/a:section/a:subsection", 4),
    ],
    "GA_A-RES-75-129_eng_annex.xml": [
        _has("//a:attachments/a:attachment/a:doc[@name='annex']", 1),
        _numbered("//a:attachment//a:paragraph"),
        _has("//a:attachment//a:section/a:num", 12),
    ],
    "SC_S-RES-1373-2001_eng.xml": [
        _actor("unsc"),
        _points_as_printed,
        _has("//a:conclusions", 0),
        _has("//a:preface", 0),
    ],
    "SC_S-RES-2504-2020_eng.xml": [
        _actor("unsc"),
        _same_count("//a:mainBody/a:paragraph"),
        _has("//a:preface", 0),
    ],
    "ECOSOC_E-RES-2021-10_eng.xml": [
        _actor("unecosoc"),
        _same_count("//a:mainBody/a:paragraph"),
    ],
    "HRC_A-HRC-RES-54-10_eng.xml": [
        _actor("unga-hrc"),
        _points_as_printed,
    ],
    "GA_decision-76-402B_eng.xml": [
        _has("/a:akomaNtoso/a:statement[@name='decision']", 1),
        _has("//a:preface/a:p/a:docNumber", 2),
    ],
    "GA_A-RES-76-84A-B_eng_documentCollection.xml": [
        _has("/a:akomaNtoso/a:documentCollection", 1),
        _same_count("/a:akomaNtoso/a:components/a:component/a:statement"),
        _points_as_printed,
    ],
    "GA_A-RES-75-102_eng_recordedVote.xml": [
        _same_count("//a:mainBody/a:paragraph"),
    ],
    "GA_A-RES-75-196_eng.xml": [
        _same_count("//a:preamble/a:container"),
        _same_count("//a:authorialNote"),
    ],
}


@pytest.mark.parametrize("name", sorted(SAMPLE_STRUCTURE))
def test_each_sample_round_trips_with_its_structure(name: str) -> None:
    """Text, leads, notes and words kept; the structure the sample shows."""
    path = shared(SAMPLES / name)
    trip = _trip(path)
    c = trip.comparison
    assert trip.error is None
    assert trip.valid
    assert trip.lost is None
    assert c.paragraphs_equal == c.paragraphs, c.differences
    assert c.leads_equal == c.leads, c.differences
    assert c.footnotes_equal == c.footnotes_placed == c.footnotes
    assert trip.converted is not None
    for check in SAMPLE_STRUCTURE[name]:
        check(_official(path), trip.converted)


# The round trip over the 339 files of the 75th session, as measured
# (scripts/roundtrip.py prints the table): what may not get worse.
CORPUS_FLOORS = {
    "valid against the XSD": 1.0,
    "converted without exception": 1.0,
    "paragraphs with the official text": 0.9995,
    "lead phrases": 0.9999,
    "footnotes with the official text": 1.0,
    "footnotes after the same words": 0.998,
    "every word kept": 1.0,
    # Lettered resolutions (75/253 B) are "75-253B" in our IRIs, "75-253"
    # in the UN's: 11 files.
    "FRBR Work IRI and dates": 0.96,
}


@pytest.mark.parametrize("figure", sorted(CORPUS_FLOORS))
def test_the_corpus_round_trips(
    corpus_trips: list[RoundTrip], figure: str
) -> None:
    """Each corpus-wide figure is at least what was measured."""
    good, total = totals(corpus_trips)[figure]
    assert good / total >= CORPUS_FLOORS[figure], (good, total)


def test_no_corpus_file_is_far_off(corpus_trips: list[RoundTrip]) -> None:
    """Every file keeps at least 95 % of its paragraphs' text."""
    worst = min(corpus_trips, key=lambda t: t.share)
    assert worst.share >= 0.95, (worst.name, worst.comparison.differences)
