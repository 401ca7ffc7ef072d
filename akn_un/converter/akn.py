"""Akoma Ntoso element construction shared by the builder's modules."""

from __future__ import annotations

from lxml import etree

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
_PREFIX = f"{{{AKN_NS}}}"


def element(
    tag: str, text: str | None = None, **attrs: str
) -> etree._Element:
    """A new AKN element; ``attrs`` use ``_`` for nothing, ``class_``."""
    el = etree.Element(_PREFIX + tag, nsmap={None: AKN_NS})
    for key, value in attrs.items():
        el.set(key.rstrip("_"), value)
    if text:
        el.text = text
    return el


def sub(
    parent: etree._Element, tag: str, text: str | None = None, **attrs: str
) -> etree._Element:
    """A new AKN element appended to ``parent``."""
    el = etree.SubElement(parent, _PREFIX + tag)
    for key, value in attrs.items():
        el.set(key.rstrip("_"), value)
    if text:
        el.text = text
    return el


def append_text(parent: etree._Element, text: str) -> None:
    """Append text after the last child of ``parent`` (or as its text)."""
    if not text:
        return
    if len(parent):
        last = parent[-1]
        last.tail = (last.tail or "") + text
    else:
        parent.text = (parent.text or "") + text
