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
NOTE = f"{{{AKN_NS}}}authorialNote"
_SPAN = f"{{{AKN_NS}}}span"


def text_without_notes(element: etree._Element) -> str:
    """The text of ``element``, leaving out its footnotes.

    Inside a note (a note's own ``<p>``) that is all its text.
    """
    if element.find(f".//{NOTE}") is None or next(
        element.iterancestors(NOTE), None
    ) is not None:
        return "".join(element.itertext())
    parts: list[str] = []
    _collect(element, parts)
    return "".join(parts)


def _collect(element: etree._Element, parts: list[str]) -> None:
    if element.text:
        parts.append(element.text)
    for child in element:
        if child.tag != NOTE and isinstance(child.tag, str):
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


def frbr(statement: etree._Element, path: str) -> etree._Element | None:
    """An element of the statement's FRBR identification."""
    return statement.find(f"{{*}}meta/{{*}}identification/{path}")


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
