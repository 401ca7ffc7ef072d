"""D: how paragraphs read — their punctuation and lead phrases."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from typing import NamedTuple

from lxml import etree

from akn_un.core.diagnostics import Severity
from akn_un.core.document import (
    NOTE,
    Document,
    local_name,
    text_without_notes,
)
from akn_un.grammar.languages import BOLD_LEADS
from akn_un.grammar.shapes import COMMAS
from akn_un.validators._registry import Finding, check
from akn_un.validators._text import (
    NUMBER_RE,
    first_child,
    language,
    lead_span,
    norm,
    num_text,
    statements,
)


@check("D007", "paragraph-punctuation", severity=Severity.WARNING)
def paragraph_punctuation(doc: Document) -> Iterator[Finding]:
    """A paragraph does not end as resolutions do.

    Preambular paragraphs end with a comma; operative paragraphs with a
    semicolon, the last with a full stop (or a colon before a list).  Each
    language's own marks count (FRBRlanguage): the Arabic comma and
    semicolon, "،" and "؛", beside the Latin ones; in Chinese, the
    full-width "，", "；", "。" and "：" only.

    ## Why is this bad?
    The ending is how a reader (and a converter) tells a paragraph ended:
    a wrong one is often a paragraph cut in two or two run together.

    ## Example
    A preambular paragraph ending with a full stop.
    """
    for statement, _ in statements(doc):
        if statement.get("name") not in {"resolution", "decision"}:
            continue
        marks = _MARKS.get(language(statement), _LATIN_MARKS)
        yield from _endings(statement, marks)


class _Marks(NamedTuple):
    """The punctuation that ends a paragraph, in one language."""

    preamble: str  # a preambular paragraph's comma (or ; or :)
    operative: str  # an operative paragraph's semicolon (or : or .)
    last: str  # the last operative paragraph's full stop (or :)


_LATIN_MARKS = _Marks(",;:", ";:.", ".:")
_ARABIC_MARKS = _Marks(",;:\u060c\u061b", ";:.\u061b", ".:")
_CHINESE_MARKS = _Marks("\uff0c\uff1b\uff1a", "\uff1b\uff1a\u3002",
                        "\u3002\uff1a")
_MARKS = {"ara": _ARABIC_MARKS, "zho": _CHINESE_MARKS}


def _ending(element: etree._Element) -> str:
    """The last character outside notes that is not space or a format mark.

    Only the last ``<p>`` is read, from its end backwards.
    """
    content = first_child(element, "content")
    holder = element if content is None else content
    node = holder[-1] if len(holder) else None
    while node is not None:
        if local_name(node) == "p":
            return _last_visible(node)
        node = node.getprevious()
    return _last_visible(element)


def _last_word(element: etree._Element) -> str:
    """The last word of ``element``'s last ``<p>``, notes left out."""
    paragraphs = [
        p for p in element.iter("{*}p")
        if not any(up.tag == NOTE for up in p.iterancestors())
    ]
    text = text_without_notes(paragraphs[-1]) if paragraphs else ""
    words = text.split()
    return words[-1][-30:] if words else ""


def _last_visible(element: etree._Element) -> str:
    """The last visible character of ``element``'s text, notes left out.

    Children are walked from the last, one at a time: the ending is
    nearly always in the last one's tail.
    """
    node = element[-1] if len(element) else None
    while node is not None:
        if end := _visible_end(node.tail):
            return end
        if node.tag != NOTE and isinstance(node.tag, str) and (
            end := _last_visible(node)
        ):
            return end
        node = node.getprevious()
    return _visible_end(element.text)


def _visible_end(text: str | None) -> str:
    """The last character of ``text`` that is not space or a format mark."""
    for ch in reversed((text or "").rstrip()):
        if not ch.isspace() and unicodedata.category(ch) != "Cf":
            return ch
    return ""


def _endings(
    statement: etree._Element, marks: _Marks
) -> Iterator[Finding]:
    preambles = statement.iterchildren("{*}preamble")
    for container in (c for p in preambles for c in p.iterchildren(
        "{*}container"
    )):
        end = _ending(container)
        if end and end not in marks.preamble:
            yield Finding(
                f"preambular paragraph ends with {_last_word(container)!r}, "
                f"not with {marks.preamble[0]!r}", container,
            )
    for body in statement.iterchildren("{*}mainBody"):
        everything = list(body.iter("{*}paragraph"))
        listed = {  # a paragraph with a list ends before it: not checked
            holder
            for found in body.iter("{*}list")
            for holder in found.iterancestors("{*}paragraph")
        }
        for para in everything:
            if para in listed:
                continue
            num = first_child(para, "num")
            if num is None or not NUMBER_RE.fullmatch(num_text(num)):
                continue
            end = _ending(para)
            allowed = marks.last if para is everything[-1] else marks.operative
            if end and end not in allowed:
                yield Finding(
                    f"operative paragraph ends with {_last_word(para)!r}",
                    para,
                )


@check("D008", "lead-phrase-inconsistent", severity=Severity.WARNING)
def lead_phrase_inconsistent(doc: Document) -> Iterator[Finding]:
    """A preambular paragraph's name is not its italic lead phrase.

    Chinese prints lead phrases in bold, not italic: in a Chinese text
    (FRBRlanguage) the bold opening is the lead phrase.

    ## Why is this bad?
    ``container/@name`` is how software finds "all paragraphs that
    recall …"; it must be the phrase the paragraph opens with.

    ## Example
    ``<container name="Recalling">`` whose text opens with *Noting*.
    """
    for statement, _ in statements(doc):
        style = "bold" if language(statement) in BOLD_LEADS else "italic"
        for container in (
            c for preamble in statement.iterchildren("{*}preamble")
            for c in preamble.iterchildren("{*}container")
        ):
            yield from _lead_phrase(container, style)


def _lead_phrase(container: etree._Element, style: str) -> Iterator[Finding]:
    name = norm(container.get("name", ""))
    p = first_child(container, "p")
    phrase = "" if p is None else lead_span(p, style)
    if not phrase:
        yield Finding(f"no {style} lead phrase (name {name!r})", container)
    elif phrase.rstrip(COMMAS) != name.rstrip(COMMAS):
        yield Finding(
            f"name {name!r} but the lead phrase is {phrase!r}", container
        )


