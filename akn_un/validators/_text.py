"""Reading text out of AKN elements, for the checks."""

from __future__ import annotations

import re
import unicodedata

from lxml import etree

from akn_un.core.document import (
    AKN_NS,
    NOTE,
    Document,
    lead_span,
    local_name,
    text_without_notes,
)
from akn_un.core.organs import ORGANS
from akn_un.grammar.languages import LANGUAGE_TAGS

__all__ = [
    "NOTE",
    "frbr",
    "lead_span",
    "norm",
    "organ_actor",
    "organ_key",
    "statements",
    "text_without_notes",
    "work_iri_part",
]

_DOC_TYPES = frozenset({"statement", "doc", "act", "bill"})


def norm(text: str) -> str:
    """Whitespace folded to single spaces, ends stripped."""
    return " ".join(text.split())


def statements(doc: Document) -> list[tuple[etree._Element, bool]]:
    """Each statement (or doc) and whether it is a collection component."""
    return doc.memo("statements", lambda: _statements(doc))


def _statements(doc: Document) -> list[tuple[etree._Element, bool]]:
    return [
        (element, any(
            local_name(a) == "component" for a in element.iterancestors()
        ))
        for element in doc.root.iter(*_DOC_TAGS)
    ]


_DOC_TAGS = tuple(f"{{*}}{name}" for name in _DOC_TYPES)


def organ_actor(names: list[str]) -> set[str]:
    """The IRI actors that the organs named on a cover page allow."""
    actors = {ORGANS[name].actor for name in names if name in ORGANS}
    if "unga-hrc" in actors:
        return {"unga-hrc"}
    return actors


def frbr(statement: etree._Element, path: str) -> etree._Element | None:
    """An element of the statement's FRBR identification.

    ``path`` is ``"{*}FRBRWork/{*}FRBRuri"``-like; each step is a child.
    """
    element: etree._Element | None = statement
    for step in ("{*}meta", "{*}identification", *path.split("/")):
        if element is None:
            return None
        element = next(element.iterchildren(step), None)
    return element


# FRBRlanguage's other forms in the UN's files: the two-letter tags, and
# "chi" for "zho".
_LANGUAGES = {tag: code for code, tag in LANGUAGE_TAGS.items()} | {
    "chi": "zho"}


def language(statement: etree._Element) -> str:
    """The statement's FRBRlanguage ("eng", "zho"…; "" if it has none).

    The UN's other forms of a code ("chi", "zh") are read as ISO 639-2.
    """
    element = frbr(statement, "{*}FRBRExpression/{*}FRBRlanguage")
    code = "" if element is None else element.get("language", "")
    return _LANGUAGES.get(code, code)


def work_iri_part(statement: etree._Element, index: int) -> str:
    """A part of the Work IRI: 4 is the actor ("unga"), 6 the number.

    Split by hand, not by cobalt: cobalt's package imports all of it,
    which would double the start-up of a one-file ``validate``.
    """
    uri = frbr(statement, "{*}FRBRWork/{*}FRBRuri")
    parts = ("" if uri is None else uri.get("value", "")).strip("/").split("/")
    return parts[index] if len(parts) > index else ""


def organ_key(statement: etree._Element) -> str | None:
    """'ga', 'sc', 'ecosoc' or 'hrc', from the Work IRI's actor."""
    return _ORGAN_BY_ACTOR.get(work_iri_part(statement, 4))


_ORGAN_BY_ACTOR = {organ.actor: organ.key for organ in ORGANS.values()}


def first_child(element: etree._Element, name: str) -> etree._Element | None:
    """The first child called ``name`` (in the AKN namespace)."""
    tag = _TAGS[name]
    for element_child in element:  # faster than find() on a few children
        if element_child.tag == tag:
            return element_child
    return None


# An operative paragraph's number: "5.".
NUMBER_RE = re.compile(r"(\d+)\.")
_TAGS = {name: f"{{{AKN_NS}}}{name}" for name in ("num", "content", "p")}


def num_text(num: etree._Element) -> str:
    """A ``<num>``'s text, without spaces and format characters (LRM)."""
    text = num.text or "" if not len(num) else "".join(num.itertext())
    text = "".join(text.split())
    if text.isascii():
        return text
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


