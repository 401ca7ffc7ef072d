"""Helpers to read AKN trees in tests: words, notes, links, lead phrases."""

from __future__ import annotations

import copy
import re

from lxml import etree

AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
NS = {"a": AKN}
_SUPERSCRIPTS = str.maketrans(dict.fromkeys("⁰¹²³⁴⁵⁶⁷⁸⁹", " "))
_WORD_RE = re.compile(r"[^\W_]+")


def words(text: str) -> list[str]:
    """The words of a text; superscript footnote markers are not words."""
    return _WORD_RE.findall(text.translate(_SUPERSCRIPTS))


def norm(text: str) -> str:
    return " ".join(text.split())


def statement(tree: etree._ElementTree | etree._Element) -> etree._Element:
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    found = root.find("a:statement", NS)
    assert found is not None
    return found


_NOTE_HOLDERS = {
    f"{{{AKN}}}{tag}"
    for tag in ("container", "paragraph", "preface", "coverPage",
                "mainBody", "conclusions")
}


def split_notes(
    tree: etree._ElementTree | etree._Element,
) -> tuple[etree._Element, list[tuple[str, str, list[str]]]]:
    """A copy of the statement without its notes, and the notes.

    Each note is (marker, text, the words before it in its paragraph).
    """
    body = copy.deepcopy(statement(tree))
    meta = body.find("a:meta", NS)
    if meta is not None:
        body.remove(meta)
    notes = []
    for note in list(body.iter(f"{{{AKN}}}authorialNote")):
        paragraph = next(
            a for a in note.iterancestors()
            if a.tag in _NOTE_HOLDERS
        )
        before: list[str] = []
        for el in paragraph.iter():
            if el is note:
                break
            if any(a.tag == f"{{{AKN}}}authorialNote"
                   for a in el.iterancestors()):
                continue
            before.extend(words(el.text or ""))
            if el is not paragraph and not _contains(el, note):
                before.extend(words(el.tail or ""))
        notes.append((note.get("marker", ""), norm("".join(note.itertext())),
                      before))
    for note in list(body.iter(f"{{{AKN}}}authorialNote")):
        parent = note.getparent()
        assert parent is not None
        _drop_keeping_tail(note)
    return body, notes


def _contains(el: etree._Element, target: etree._Element) -> bool:
    return any(d is target for d in el.iterdescendants())


def _drop_keeping_tail(el: etree._Element) -> None:
    parent = el.getparent()
    assert parent is not None
    tail = el.tail or ""
    previous = el.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(el)


def body_words(body: etree._Element, *, editorial: bool = False) -> list[str]:
    """Words of the statement in order, without editorial additions."""
    if not editorial:
        for el in list(body.iterfind(".//*[@status='editorial']")):
            _drop_keeping_tail(el)
    return words(" ".join(body.itertext()))


def link_targets(tree: etree._ElementTree | etree._Element) -> list[str]:
    """Cited symbols, from ``<a>`` or ``<ref>`` to undocs.org/docs.un.org."""
    targets = []
    for el in statement(tree).iter(f"{{{AKN}}}a", f"{{{AKN}}}ref"):
        href = el.get("href", "")
        match = re.match(r"https?://(?:undocs\.org|docs\.un\.org)/(?:en/)?(.+)",
                         href)
        if match:
            targets.append(normalise_symbol(match.group(1)))
    return targets


def normalise_symbol(symbol: str) -> str:
    return re.sub(r"\s+", "", symbol).upper()


def container_names(tree: etree._ElementTree | etree._Element) -> list[str]:
    return [norm(c.get("name", ""))
            for c in statement(tree).iterfind("a:preamble/a:container", NS)]


def first_italic(p: etree._Element) -> str:
    span = p.find("a:span", NS)
    return "" if span is None else norm("".join(span.itertext()))


def dangling_references(
    tree: etree._ElementTree | etree._Element,
) -> list[tuple[str, str, str]]:
    """(tag, attribute, value) of each "#x" reference naming no eId."""
    root = statement(tree)
    eids = {el.get("eId") for el in root.iter() if el.get("eId")}
    return [
        (str(el.tag), attribute, value)
        for el in root.iter()
        for attribute in ("refersTo", "href", "source", "as", "by")
        if (value := el.get(attribute, "")).startswith("#")
        and value[1:] not in eids
    ]
