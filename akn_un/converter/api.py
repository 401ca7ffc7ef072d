"""The converter's entry point: text in, AKN tree and diagnostics out."""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from lxml import etree

from akn_un.converter.builder import build
from akn_un.converter.context import Context
from akn_un.converter.metadata import Metadata, Overrides
from akn_un.converter.segment import segment
from akn_un.converter.source import (
    Source,
    decode,
    normalise,
    not_in_xml,
    replace_not_in_xml,
)
from akn_un.diagnostics import Diagnostic

__all__ = ["Conversion", "convert"]

_MAX_REPORTED = 20


@dataclass(frozen=True, slots=True)
class Conversion:
    """The result of a conversion: the XML and what the converter found.

    ``links`` counts the citations written as ``<ref>``; ``positions``
    gives the source (line, column) of the paragraphs and notes by eId.
    """

    tree: etree._ElementTree
    metadata: Metadata
    diagnostics: tuple[Diagnostic, ...]
    links: int
    source: Source
    offsets: dict[str, int]

    @property
    def positions(self) -> dict[str, tuple[int, int]]:
        """Source (line, column) by eId, worked out when asked for."""
        return {
            eid: self.source.position(offset)
            for eid, offset in self.offsets.items()
        }

    @property
    def xml(self) -> bytes:
        """The document as UTF-8 bytes with an XML declaration."""
        return etree.tostring(
            self.tree,
            xml_declaration=True,
            encoding="UTF-8",
            pretty_print=True,
        )



@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Pause the cyclic garbage collector while a document is built.

    A conversion allocates many objects and frees them with their
    references, not by cycles; the collector's full passes, which walk
    every live object, would make a long resolution cost more than its
    length (100 times the seed: 1.15-1.3 times 100 times the time).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def convert(  # noqa: PLR0913 - each override is a keyword of its own
    text: str | bytes,
    *,
    path: str | None = None,
    symbol: str | None = None,
    adoption_date: dt.date | None = None,
    issue_date: dt.date | None = None,
    markup_date: dt.date | None = None,
    language: str = "eng",
) -> Conversion:
    """Convert the text of a resolution to AKN.

    Args:
        text: the resolution as extracted from the PDF; bytes are decoded
            as UTF-8 (a BOM is tolerated).
        path: the file name diagnostics are reported against.
        symbol: the document symbol, e.g. ``A/RES/75/196``, if the text
            gets it wrong or lacks it.
        adoption_date: the date of adoption, if the text lacks it.
        issue_date: the date of issue printed on the masthead.
        markup_date: the manifestation's date; defaults to the issue date,
            so that the output does not depend on the clock.
        language: ISO 639-2/B code of the text's language.

    Returns:
        The tree, the metadata and the converter's diagnostics.

    Raises:
        AknUnError: ``text`` is bytes that are not UTF-8.
        ValueError: ``symbol`` is not the symbol of a resolution.

    Example:
    >>> result = convert('''75/1. Admission of a new Member
    ...
    ... The General Assembly,
    ...
    ... 1. *Decides* to admit the State.¹
    ...
    ... ¹ A/75/L.1.
    ...
    ... *1st plenary meeting
    ... 15 September 2020*''')
    >>> result.metadata.symbol, str(result.metadata.adopted)
    ('A/RES/75/1', '2020-09-15')
    >>> [d.code for d in result.diagnostics]
    ['V014']
    >>> result.tree.find(".//{*}authorialNote").get("marker")
    '1'

    """
    if isinstance(text, bytes):
        text = decode(text)
    text = normalise(text)
    illegal = not_in_xml(text)
    cleaned = replace_not_in_xml(text) if illegal else text
    context = Context(Source(cleaned, path))
    for offset in illegal[:_MAX_REPORTED]:
        context.report(
            "V015",
            f"U+{ord(text[offset]):04X} cannot appear in XML; replaced",
            offset,
        )
    if len(illegal) > _MAX_REPORTED:
        context.report(
            "V015",
            f"{len(illegal) - _MAX_REPORTED} more such characters replaced",
            illegal[_MAX_REPORTED],
        )
    overrides = Overrides(
        symbol=symbol,
        adoption_date=adoption_date,
        issue_date=issue_date,
        markup_date=markup_date,
        language=language,
    )
    with _no_cycle_collection():
        built = build(context, segment(context), overrides)
    diagnostics = tuple(sorted(context.diagnostics, key=Diagnostic.sort_key))
    return Conversion(
        built.tree,
        built.metadata,
        diagnostics,
        built.links,
        context.source,
        built.positions,
    )
