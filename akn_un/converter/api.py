"""The converter's entry point: text in, AKN tree and diagnostics out."""

from __future__ import annotations

import datetime as dt
import gc
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from lxml import etree

from akn_un.converter import rules
from akn_un.converter.context import Context
from akn_un.converter.guards import check_arguments, refuse_long_blocks
from akn_un.converter.parse.document import parse
from akn_un.converter.parse.ir import Metadata, Overrides, ParsedDocument
from akn_un.converter.read import Reading, read
from akn_un.converter.read.given import given_text
from akn_un.converter.source import Source, not_in_xml, replace_not_in_xml
from akn_un.converter.write.builder import build
from akn_un.core.diagnostics import Diagnostic
from akn_un.core.document import Document
from akn_un.core.errors import MetadataMissingError
from akn_un.grammar.languages import detect

__all__ = ["Conversion", "convert"]

_MAX_REPORTED = 20
# What the caller can pass for what the text lacks: the flag, the keyword.
_HINTS = {
    "number": ("--symbol", "symbol="),
    "adoption date": ("--adoption-date", "adoption_date="),
    "issue date": ("--issue-date", "issue_date="),
}


@dataclass(frozen=True, slots=True)
class Conversion:
    """The result of a conversion: the XML and what the converter found.

    ``links`` counts the citations written as ``<ref>``; ``positions``
    gives the source (line, column) of the paragraphs and notes by eId.
    """

    tree: etree._ElementTree
    metadata: Metadata
    diagnostics: list[Diagnostic]
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

    def document(self, path: str | None = None) -> Document:
        """The result as a document to check.

        Its findings point into the text converted (``path``, its name).
        """
        return Document(self.tree, path, positions=self.positions)

    @property
    def xml(self) -> bytes:
        """The document as UTF-8 bytes with an XML declaration."""
        return etree.tostring(
            self.tree,
            xml_declaration=True,
            encoding="UTF-8",
            pretty_print=True,
        )



def _unrecognised(parsed: ParsedDocument) -> bool:
    """Whether the text shows no trace of a UN document.

    No symbol, no organ named in a masthead line, no number and title, no
    enacting formula: notes or minutes, not a document of the UN's.
    """
    head = parsed.masthead
    parts = parsed.resolution.components or [parsed.resolution]
    return not (
        head.symbol or head.organ or head.number or parsed.title_number
        or any(part.formula or part.title for part in parts)
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


def _lines(count: int) -> str:
    """"1 line", "3 lines"."""
    return f"{count} line{'' if count == 1 else 's'}"


def _report_reading(context: Context, reading: Reading) -> None:
    """What reading the text's form changed, each as a diagnostic."""
    if reading.removed:
        context.report(
            rules.PAGE_FURNITURE_REMOVED,
            f"{_lines(len(reading.removed))} of page furniture taken out "
            f"(first {reading.removed[0].text[:40]!r})",
            reading.removed[0].offset,
            original=True,
        )
    if reading.front_problem is not None:
        problem, offset = reading.front_problem
        context.report(
            rules.FRONT_MATTER_UNREAD,
            f"the block between the first two '---' lines is not YAML "
            f"front matter ({problem}): kept as text, its values unread",
            offset,
            original=True,
        )
    for offset, digits in reading.markers:
        context.report(
            rules.MARKER_READ_FROM_FIGURE,
            f"the figure {digits!r} read as the marker of note {digits}",
            offset,
            original=True,
        )
    for offset, words in reading.hyphens:
        context.report(
            rules.HYPHEN_UNDECIDED,
            f"{' '.join(words.split())!r} joined as one word: the text "
            f"writes it neither whole nor apart elsewhere",
            offset,
            original=True,
        )
    if reading.lettered:
        context.report(
            rules.POINT_LETTERS_RESTORED,
            f"{len(reading.lettered)} points lettered (a), (b) … by their "
            f"place: the text had lost the letters",
            reading.lettered[0],
            original=True,
        )


def convert(  # noqa: PLR0913 - each override is a keyword of its own
    text: str | bytes | os.PathLike[str],
    *,
    path: str | None = None,
    symbol: str | None = None,
    adoption_date: dt.date | None = None,
    issue_date: dt.date | None = None,
    markup_date: dt.date | None = None,
    language: str | None = None,
    document_type: str | None = None,
) -> Conversion:
    """Convert the text of a resolution, decision, draft or statement to AKN.

    The type is told from the masthead (the symbol, "Algeria: draft
    resolution", "Statement by the President of the Security Council").

    Args:
        text: the document: the bytes of its PDF, or its text as any
            common tool extracts it (see :mod:`akn_un.converter.read`);
            a path (``Path("x.pdf")``) is read, and is the default
            ``path``; a ``str`` is always the text itself;
            other bytes are decoded as UTF-8 (a BOM is tolerated).
        path: the file name diagnostics are reported against.
        symbol: the document symbol, e.g. ``A/RES/75/196`` or a draft's
            ``S/2018/95``, if the text gets it wrong or lacks it.
        adoption_date: the date of adoption, if the text lacks it.
        issue_date: the date of issue printed on the masthead (a draft's
            date: it is not adopted).
        markup_date: the manifestation's date; defaults to the issue date,
            so that the output does not depend on the clock.
        language: the text's language as FRBRlanguage writes it ("eng",
            "fra", "spa", "rus", "ara", "zho"); by default, told from the
            text (its script, its masthead).
        document_type: the type, as its AKN name ("resolution", "decision",
            "draftResolution", "presidentialStatement"); by default, told
            from the masthead.

    Returns:
        The tree, the metadata and the converter's diagnostics.

    Raises:
        AknUnError: ``text`` is bytes that are not UTF-8, a PDF that
            cannot be read (``PdfUnreadableError``), or a path that cannot
            be read.
        MetadataMissingError: the text gives no number or date its type
            needs (a resolution's adoption, a draft's issue) and none was
            passed; no placeholder is ever written.
        ValueError: ``symbol`` is not the symbol of a type converted, or
            of another type than the text's (a draft's is never made a
            resolution), ``document_type`` is none converted,
            ``language`` is not one of the six, or ``text`` is one line
            that names a file (pass a Path).
        TypeError: ``text`` is not a str, bytes or a path, or a date is
            not a ``datetime.date``.

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
    check_arguments(
        text, language, adoption_date=adoption_date, issue_date=issue_date,
        markup_date=markup_date,
    )
    if isinstance(text, os.PathLike):
        path = path or os.fspath(text)
    text, pdf = given_text(text, path)
    reading = read(text)
    refuse_long_blocks(reading, text)
    illegal = not_in_xml(reading.text)
    cleaned = replace_not_in_xml(reading.text) if illegal else reading.text
    source = (
        Source(cleaned, path)
        if reading.text == text
        else Source(cleaned, path, text, reading.edited.origin)
    )
    language = language or detect(reading.text)
    context = Context(source, hints=reading.front, language=language)
    if pdf is not None and pdf.furniture:
        page, first = pdf.furniture[0]
        context.report(
            rules.PAGE_FURNITURE_REMOVED,
            f"{_lines(len(pdf.furniture))} of page furniture left out of "
            f"{pdf.pages} pages (first {first[:40]!r}, page {page})",
            None,
        )
    for page in pdf.blank if pdf is not None else ():
        context.report(
            rules.PAGE_WITHOUT_TEXT,
            f"page {page} gives no text (blank, damaged, or an image): what "
            f"it held is missing",
            None,
        )
    _report_reading(context, reading)
    for offset in illegal[:_MAX_REPORTED]:
        context.report(
            rules.CHARACTER_NOT_ALLOWED,
            f"U+{ord(reading.text[offset]):04X} cannot appear in XML; "
            f"replaced",
            offset,
        )
    if len(illegal) > _MAX_REPORTED:
        context.report(
            rules.CHARACTER_NOT_ALLOWED,
            f"{len(illegal) - _MAX_REPORTED} more such characters replaced",
            illegal[_MAX_REPORTED],
        )
    overrides = Overrides(
        symbol=symbol,
        adoption_date=adoption_date,
        issue_date=issue_date,
        markup_date=markup_date,
        language=language,
        document_type=document_type,
    )
    with _no_cycle_collection():
        parsed = parse(context, overrides)
        built = build(parsed)
    diagnostics = sorted(context.diagnostics, key=Diagnostic.sort_key)
    if built.metadata.missing:
        missing = built.metadata.missing
        raise MetadataMissingError(
            f"not converted: the text gives no {' and '.join(missing)}; "
            f"pass {', '.join(_HINTS[m][0] for m in missing)} "
            f"({', '.join(_HINTS[m][1] for m in missing)} in Python)",
            diagnostics,
            unrecognised=_unrecognised(parsed),
        )
    return Conversion(
        built.tree,
        built.metadata,
        diagnostics,
        built.links,
        context.source,
        built.positions,
    )
