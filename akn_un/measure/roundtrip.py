"""The converter measured on a reference file: convert(render(reference)).

The reference (the UN's own markup of a resolution) is rendered as text
with footnote bodies at simulated page ends, converted back, checked
against the official XSD and compared with the reference paragraph by
paragraph (:mod:`akn_un.measure.compare`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from akn_un.converter import convert
from akn_un.core.document import safe_parser
from akn_un.core.resources import load_xsd
from akn_un.measure.compare import Comparison, compare, word_lists
from akn_un.render import render_text

__all__ = [
    "PAGE_WORDS",
    "RoundTrip",
    "round_trip",
    "round_trips",
    "totals",
    "without_markup",
]

# Words on a simulated page: fewer than on a UN page, so that more
# footnote bodies fall inside paragraphs.
PAGE_WORDS = 300


@dataclass(frozen=True, slots=True)
class RoundTrip:
    """One reference file's round trip.

    ``lost`` says where the converted document's words part from the
    text's (None: every word kept), ``words`` how many it kept of how
    many (characters in Chinese); ``error`` is the exception the
    converter raised, if it did.
    """

    name: str
    comparison: Comparison
    valid: bool
    lost: str | None
    words: tuple[int, int] = (0, 0)
    error: str | None = None
    converted: etree._ElementTree | None = None

    @property
    def share(self) -> float:
        """The share of paragraphs with exactly the reference's text."""
        c = self.comparison
        return c.paragraphs_equal / c.paragraphs if c.paragraphs else 1.0


_LINK_RE = re.compile(r"(?<!\\)\[([^\]]*)\]\([^)\s]*\)")
_STAR_RE = re.compile(r"(?<!\\)\*")


def without_markup(text: str) -> str:
    """``text`` as a plain extraction gives it: no italics, no links.

    A PDF read as plain text (pdftotext) keeps neither the italics of the
    lead phrases nor the links; the words stay.
    """
    return _STAR_RE.sub("", _LINK_RE.sub(r"\1", text))


def round_trip(
    reference: etree._ElementTree,
    name: str = "",
    *,
    page_words: int | None = PAGE_WORDS,
    plain: bool = False,
) -> RoundTrip:
    """Render ``reference``, convert the text and compare.

    ``plain``: convert the text with its mark-up taken away
    (:func:`without_markup`).
    """
    text = render_text(reference, page_words=page_words)
    if plain:
        text = without_markup(text)
    try:
        converted = convert(text, path=name or None).tree
    except Exception as exc:  # noqa: BLE001 - measured, reported
        return RoundTrip(
            name, Comparison(), valid=False, lost=None, error=repr(exc)
        )
    found = word_lists(text, converted)
    return RoundTrip(
        name,
        compare(reference, converted),
        valid=load_xsd().validate(converted),
        lost=found.lost(),
        words=found.kept(),
        converted=converted,
    )


def round_trips(
    paths: Iterable[Path],
    page_words: int | None = PAGE_WORDS,
    *,
    plain: bool = False,
) -> tuple[list[RoundTrip], list[str]]:
    """The round trip of each reference file, and the files left out.

    A file that is not well-formed XML (the UN's 75/251 B in Spanish) is
    left out, named with the parser's message.
    """
    trips, left_out = [], []
    for path in paths:
        try:
            reference = etree.parse(str(path), safe_parser())
        except etree.XMLSyntaxError as exc:
            left_out.append(f"{path}: {exc}")
            continue
        trips.append(
            round_trip(
                reference, path.name, page_words=page_words, plain=plain
            )
        )
    return trips, left_out


def totals(trips: list[RoundTrip]) -> dict[str, tuple[int, int]]:
    """Figures over many round trips: label → (matching, total)."""

    def total(attribute: str) -> int:
        return sum(getattr(t.comparison, attribute) for t in trips)

    files = len(trips)
    return {
        "valid against the XSD": (sum(t.valid for t in trips), files),
        "converted without exception": (
            sum(t.error is None for t in trips), files),
        "paragraphs with the official text": (
            total("paragraphs_equal"), total("paragraphs")),
        "lead phrases": (total("leads_equal"), total("leads")),
        "footnotes with the official text": (
            total("footnotes_equal"), total("footnotes")),
        "footnotes after the same words": (
            total("footnotes_placed"), total("footnotes")),
        "FRBR Work IRI and dates": (
            sum(t.comparison.identity_equal for t in trips), files),
        "every word kept": (sum(t.lost is None for t in trips), files),
        "words kept (characters in Chinese)": (
            sum(t.words[0] for t in trips), sum(t.words[1] for t in trips)),
    }  # fmt: skip
