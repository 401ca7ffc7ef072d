"""Reading text out of AKN elements, for the checks."""

from __future__ import annotations

from lxml import etree

from akn_un.document import AKN_NS, Document, local_name
from akn_un.organs import ORGANS

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
_NOTE = f"{{{AKN_NS}}}authorialNote"
_SPAN = f"{{{AKN_NS}}}span"


def text_without_notes(element: etree._Element) -> str:
    """The text of ``element``, leaving out its footnotes.

    Inside a note (a note's own ``<p>``) that is all its text.
    """
    if element.find(f".//{_NOTE}") is None or next(
        element.iterancestors(_NOTE), None
    ) is not None:
        return "".join(element.itertext())
    parts: list[str] = []
    _collect(element, parts)
    return "".join(parts)


def _collect(element: etree._Element, parts: list[str]) -> None:
    if element.text:
        parts.append(element.text)
    for child in element:
        if child.tag != _NOTE and isinstance(child.tag, str):
            _collect(child, parts)
        if child.tail:
            parts.append(child.tail)


def first_italic(p: etree._Element) -> str:
    """The opening italic span of a ``<p>`` ("" if it opens otherwise)."""
    if p.text and not p.text.isspace():
        return ""
    span = p[0] if len(p) else None
    if span is None or span.tag != _SPAN or "italic" not in span.get(
        "class", ""
    ):
        return ""
    return norm("".join(span.itertext()))


def organ_actor(names: list[str]) -> set[str]:
    """The IRI actors that the organs named on a cover page allow."""
    actors = {ORGANS[name].actor for name in names if name in ORGANS}
    if "unga-hrc" in actors:
        return {"unga-hrc"}
    return actors
