"""Preface, preamble and operative part, written as AKN."""

from __future__ import annotations

from collections import Counter

from akn_un.converter.akn import Out
from akn_un.converter.context import Context
from akn_un.converter.flow import Flow, Range, merge
from akn_un.converter.inline import (
    Inline,
    plain_lines,
    unwrap_italics,
)
from akn_un.converter.ir import FootnoteBody, Formula, Paragraph
from akn_un.converter.references import References
from akn_un.converter.vocabulary import Vocabulary, guess_lead


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
    out: Out, title: Inline, number: str, refs: References, flow: Flow
) -> None:
    """``75/196. Title`` as ``<docNumber>`` and ``<docTitle>``."""
    out.open("preface")
    out.open("p")
    out.element("docNumber", f"{number}.")
    out.text(" ")
    out.open("docTitle", refersTo=refs.ref("resolutionTitle"))
    flow.write(out, title)
    out.close("docTitle")
    out.close("p")
    out.close("preface")


def write_formula(out: Out, formula: Formula) -> None:
    """The enacting formula, "The {organ}" in italics as printed."""
    out.open("formula", name="enactingFormula", eId="formula_1")
    out.open("p")
    [text] = plain_lines([formula.piece.text.replace("\n", " ")])
    phrase = f"The {formula.organ}"
    if text.startswith(phrase):
        out.element("span", phrase, class_="italic")
        out.text(text.removeprefix(phrase))
    else:
        out.text(text)
    out.close("p")
    out.close("formula")


def read_paragraph(
    flow: Flow, paragraph: Paragraph, vocabulary: Vocabulary
) -> tuple[list[tuple[Inline, list[Range] | None]], str]:
    """The inline content of each ``<p>``, and the lead phrase."""
    name = ""
    texts = []
    for index, pieces in enumerate(paragraph.texts):
        inline = flow.read(pieces)
        italics = None
        if index == 0:
            italics, name = lead_phrase(
                flow.context, inline, vocabulary, paragraph.offset
            )
        texts.append((inline, italics))
    return texts, name


ReadParagraph = tuple[
    Paragraph, list[tuple[Inline, list[Range] | None]], str
]


def _write_ps(
    out: Out,
    texts: list[tuple[Inline, list[Range] | None]],
    flow: Flow,
    notes: list[FootnoteBody],
) -> None:
    """The ``<p>`` of a paragraph; unmarked notes end the last one."""
    for index, (inline, italics) in enumerate(texts, start=1):
        out.open("p")
        flow.write(out, inline, italics=italics)
        if index == len(texts):
            for body in notes:
                flow.note(out, body.number, body)
        out.close("p")


def write_preamble(
    out: Out,
    paragraphs: list[ReadParagraph],
    flow: Flow,
    notes: dict[int, list[FootnoteBody]],
) -> None:
    """One ``<container name="{lead phrase}">`` per preambular paragraph."""
    for index, (paragraph, texts, name) in enumerate(paragraphs, start=1):
        eid = f"container_{index}"
        flow.positions[eid] = paragraph.offset
        out.open("container", eId=eid, name=name or "preambularParagraph")
        _write_ps(out, texts, flow, notes.get(id(paragraph), []))
        out.close("container")


def write_operative(
    out: Out,
    paragraphs: list[ReadParagraph],
    flow: Flow,
    notes: dict[int, list[FootnoteBody]],
) -> None:
    """One ``<paragraph>`` per operative paragraph, eId from its number."""
    expected = 1
    seen: Counter[str] = Counter()
    for paragraph, texts, _ in paragraphs:
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
        flow.positions[eid] = paragraph.offset
        out.open("paragraph", eId=eid)
        out.element("num", f"{number}.")
        out.open("content", eId=f"{eid}__content")
        _write_ps(out, texts, flow, notes.get(id(paragraph), []))
        out.close("content")
        out.close("paragraph")
