"""Preface, preamble and operative part, written as AKN."""

from __future__ import annotations

import re
from collections import Counter

from lxml import etree

from akn_un.converter.akn import append_text, sub
from akn_un.converter.context import Context
from akn_un.converter.flow import Flow, Range, merge
from akn_un.converter.inline import (
    Inline,
    Piece,
    plain_lines,
    unwrap_italics,
)
from akn_un.converter.ir import Paragraph
from akn_un.converter.references import References
from akn_un.converter.vocabulary import Vocabulary, guess_lead

_TITLE_RE = re.compile(
    r"(?P<number>(?:E?S-)?\d+/\d+(?:[ \u00a0][A-Z](?:-[A-Z])?)?\.)[ \t]+"
)
_FORMULA_RE = re.compile(r"(?P<organ>The [^,*]+)")


def _name(text: str) -> str:
    return " ".join(text.split()).rstrip(",;:")


def lead_phrase(
    context: Context, inline: Inline, vocabulary: Vocabulary, offset: int
) -> tuple[list[Range], str]:
    """Italic ranges with the lead phrase marked, and the phrase itself.

    An opening italic run is the lead phrase as printed.  Otherwise (the
    italics were lost, or wrapped the whole paragraph) the phrase is the
    longest match in the vocabulary, or a guess reported as V005.
    """
    if unwrap_italics(inline):
        context.report(
            "V008",
            "paragraph italic from end to end; only its lead phrase and "
            "the titles inside it are kept italic",
            offset,
        )
    text = inline.text
    spans = merge(inline.italics)
    if spans and spans[0][0] == 0:
        printed = len(text[: spans[0][1]].rstrip())
        return spans, _name(text[:printed])
    end = vocabulary.match(text)
    if end is None:
        end = guess_lead(text)
        if end is None:
            return spans, ""
        context.report(
            "V005",
            f"lead phrase not in the vocabulary; guessed {text[:end]!r}",
            offset,
        )
    return merge([*spans, (0, end)]), _name(text[:end])


def write_preface(
    statement: etree._Element, title: Piece, flow: Flow, refs: References
) -> None:
    """``75/196. Title`` as ``<docNumber>`` and ``<docTitle>``."""
    preface = sub(statement, "preface")
    p = sub(preface, "p")
    match = _TITLE_RE.match(title.text)
    if match is None:
        flow.write(p, flow.read([title]))
        return
    sub(p, "docNumber", match.group("number"))
    append_text(p, " ")
    rest = Piece(title.text[match.end() :], title.offset + match.end())
    heading = sub(p, "docTitle", refersTo=refs.ref("resolutionTitle"))
    flow.write(heading, flow.read([rest]))


def write_formula(preamble: etree._Element, formula: Piece) -> None:
    """The enacting formula, its organ in italics as printed."""
    el = sub(preamble, "formula", name="enactingFormula", eId="formula_1")
    p = sub(el, "p")
    [text] = plain_lines([formula.text.replace("\n", " ")])
    match = _FORMULA_RE.match(text)
    if match is None:
        append_text(p, text)
        return
    sub(p, "span", match.group("organ").strip(), class_="italic")
    append_text(p, text[match.end() :].lstrip())


def _paragraph_ps(
    parent: etree._Element,
    paragraph: Paragraph,
    flow: Flow,
    vocabulary: Vocabulary,
) -> str:
    """Write the ``<p>`` of a paragraph; return its lead phrase."""
    name = ""
    for index, pieces in enumerate(paragraph.texts):
        inline = flow.read(pieces)
        italics = None
        if index == 0:
            italics, name = lead_phrase(
                flow.context, inline, vocabulary, paragraph.offset
            )
        flow.write(sub(parent, "p"), inline, italics=italics)
    return name


def write_preamble(
    preamble: etree._Element,
    paragraphs: list[Paragraph],
    flow: Flow,
    vocabulary: Vocabulary,
) -> dict[int, etree._Element]:
    """One ``<container name="{lead phrase}">`` per preambular paragraph."""
    written = {}
    for index, paragraph in enumerate(paragraphs, start=1):
        container = sub(preamble, "container", eId=f"container_{index}")
        name = _paragraph_ps(container, paragraph, flow, vocabulary)
        container.set("name", name or "preambularParagraph")
        written[id(paragraph)] = container
    return written


def write_operative(
    main_body: etree._Element,
    paragraphs: list[Paragraph],
    flow: Flow,
    vocabulary: Vocabulary,
) -> dict[int, etree._Element]:
    """One ``<paragraph>`` per operative paragraph, eId from its number."""
    written = {}
    expected = 1
    seen: Counter[str] = Counter()
    for paragraph in paragraphs:
        number = paragraph.number or "0"
        if int(number) != expected:
            flow.context.report(
                "V010",
                f"operative paragraph {number} where {expected} was expected",
                paragraph.offset,
            )
        expected = int(number) + 1
        seen[number] += 1
        repeat = f"_{seen[number]}" if seen[number] > 1 else ""
        eid = f"para_{number}{repeat}"
        el = sub(main_body, "paragraph", eId=eid)
        sub(el, "num", f"{number}.")
        content = sub(el, "content", eId=f"{eid}__content")
        _paragraph_ps(content, paragraph, flow, vocabulary)
        written[id(paragraph)] = content
    return written
