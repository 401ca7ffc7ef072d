"""The converter's checks of the parsed document, run after parsing.

Each check is a function over the parsed document that reports what it
finds (V010, V016, V019); :data:`CHECKS` collects them, as the
validators' modules collect theirs.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from akn_un.converter import rules
from akn_un.converter.context import Context
from akn_un.converter.parse.ir import (
    Kind,
    Node,
    NodeKind,
    Paragraph,
    ParsedDocument,
)
from akn_un.grammar.shapes import ENDS_MID_SENTENCE_RE, MARKER_CHARS

Check = Callable[[Context, ParsedDocument], None]


def structure_found(context: Context, parsed: ParsedDocument) -> None:
    """V016 where no enacting formula or no operative paragraph was found."""
    resolution = parsed.resolution
    kind = parsed.metadata.document_type
    parts = resolution.components or [resolution]
    if kind.formula and any(part.formula is None for part in parts):
        context.report(
            rules.STRUCTURE_NOT_FOUND,
            "no enacting formula ('The General Assembly,') was found; the "
            "text was not read as a resolution",
            None,
        )
    operative = [
        paragraph
        for part in parts
        for paragraph in part.operative
        if paragraph.kind in {Kind.OPERATIVE, Kind.POINT}
    ]
    if kind.operative and not operative:
        context.report(
            rules.STRUCTURE_NOT_FOUND,
            "no operative paragraph was found; the text was not read as "
            "a resolution",
            None,
        )


_SERIES_END_RE = re.compile(r"[;,]\s+(?:and|or)$")


def paragraphs_whole(context: Context, parsed: ParsedDocument) -> None:
    """V019 where a paragraph ends mid-sentence before a numbered one."""
    resolution = parsed.resolution
    for part in resolution.components or [resolution]:
        _cut_short(context, [*part.preamble, *part.operative])


def _cut_short(context: Context, paragraphs: list[Paragraph]) -> None:
    for paragraph, following in itertools.pairwise(paragraphs):
        if following.number is None or not paragraph.texts:
            continue
        last = paragraph.texts[-1][-1] if paragraph.texts[-1] else None
        if last is None:
            continue
        text = last.text.rstrip(MARKER_CHARS + " ")
        words = text.rsplit(None, 1)[-1:]
        if _SERIES_END_RE.search(text[-8:]):
            continue  # "(b) …; and" before the last point
        if words and ENDS_MID_SENTENCE_RE.search(words[0]):
            context.report(
                rules.PARAGRAPH_CUT_SHORT,
                f"the paragraph ends mid-sentence ({words[0]!r}) before "
                f"{following.number}: text is missing from the source",
                last.offset + len(last.text) - len(words[0]),
            )


def numbers_in_order(context: Context, parsed: ParsedDocument) -> None:
    """V010 where numbered paragraphs do not run 1, 2, 3….

    Each body (a part's operative part, an annex) is numbered on its own;
    a section may start again at 1.
    """
    for part in parsed.parts:
        for body in [part.body, *(annex.body for annex in part.annexes)]:
            _Numbering(context).walk(body)


class _Numbering:
    def __init__(self, context: Context) -> None:
        self.context = context
        self.expected = 1
        self.restarted = False

    def walk(self, root: Node) -> None:
        for node in root.children:
            item = node.item
            if node.kind is NodeKind.PARAGRAPH or item is None:
                if item is not None and item.number is not None:
                    self.check(item.number, item.offset)
            elif node.kind is NodeKind.SECTION:
                self.restarted = True
                self.walk(node)

    def check(self, number: str, offset: int) -> None:
        value = int(number)
        fine = value == self.expected or (self.restarted and value == 1)
        if not fine:
            self.context.report(
                rules.OPERATIVE_NUMBERS_OUT_OF_ORDER,
                f"operative paragraph {number} where {self.expected} was "
                f"expected",
                offset,
            )
        self.expected = value + 1
        self.restarted = False


CHECKS: tuple[Check, ...] = (
    structure_found,
    paragraphs_whole,
    numbers_in_order,
)


def run_checks(context: Context, parsed: ParsedDocument) -> None:
    """Run every check of :data:`CHECKS` over ``parsed``."""
    for check in CHECKS:
        check(context, parsed)
