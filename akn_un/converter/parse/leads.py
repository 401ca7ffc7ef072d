"""Lead phrases: the italic words a paragraph opens with, found or guessed.

Each block's inline content is read here, one ``Text`` per ``<p>``, with
the lead phrase marked among its italics.
"""

from __future__ import annotations

from akn_un.converter import rules
from akn_un.converter.context import Context
from akn_un.converter.parse.inline import Inline, merge, unwrap_italics
from akn_un.converter.parse.ir import Kind, Paragraph, Range, Read, Text
from akn_un.converter.parse.reader import Reader
from akn_un.grammar.languages import BOLD_LEADS
from akn_un.grammar.vocabulary import Vocabulary, guess_lead


def _name(text: str) -> str:
    return " ".join(text.split()).rstrip(",;:")


def lead_phrase(
    context: Context,
    inline: Inline,
    vocabulary: Vocabulary | None,
    offset: int,
    *,
    guess: bool = True,
) -> tuple[list[Range], str]:
    """Italic ranges with the lead phrase marked, and the phrase itself.

    An opening italic run is the lead phrase as printed.  Otherwise (the
    italics were lost, or wrapped the whole paragraph) the phrase is the
    longest match in the vocabulary, or (with ``guess``) a guess reported
    as V005; with no vocabulary (annexes, points), only printed italics
    count.
    """
    if unwrap_italics(inline):
        context.report(
            rules.ITALIC_WRAPPED_PARAGRAPH,
            "paragraph italic from end to end; only its lead phrase and "
            "the titles inside it are kept italic",
            offset,
        )
    text = inline.text
    spans = merge(inline.italics)
    if spans and spans[0][0] == 0:
        printed = len(text[: spans[0][1]].rstrip())
        return spans, _name(text[:printed])
    if vocabulary is None:
        return spans, ""
    end = vocabulary.match(text)
    if end is None:
        end = guess_lead(text) if guess else None
        if end is None:
            return spans, ""
        context.report(
            rules.LEAD_PHRASE_UNKNOWN,
            f"lead phrase not in the vocabulary; guessed {text[:end]!r}",
            offset,
        )
    return merge([*spans, (0, end)]), _name(text[:end])


def read_block(
    reader: Reader, paragraph: Paragraph, vocabulary: Vocabulary | None
) -> Read:
    """Read the inline content of each ``<p>`` of ``paragraph``."""
    lead = ""
    texts: list[Text] = []
    for index, pieces in enumerate(paragraph.texts):
        inline = reader.inline(pieces)
        if index == 0 and paragraph.kind not in {Kind.HEADING, Kind.TABLE}:
            # an unnumbered operative paragraph may have no lead phrase
            unnumbered = (
                paragraph.kind is Kind.OPERATIVE and not paragraph.number
            )
            italics, lead = lead_phrase(
                reader.context, inline, vocabulary, paragraph.offset,
                guess=not unnumbered,
            )  # fmt: skip
            bold = None
            if lead and reader.context.language in BOLD_LEADS:
                bold, *italics = italics
            texts.append(reader.text(inline, italics, bold))
        else:
            texts.append(reader.text(inline))
    return Read(texts, lead)
