"""Akoma Ntoso element construction shared by the builder's modules."""

from __future__ import annotations

from lxml import etree

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
_PREFIX = f"{{{AKN_NS}}}"


def element(
    tag: str, text: str | None = None, **attrs: str
) -> etree._Element:
    """A new AKN element with attributes (``class_`` for ``class``)."""
    if "class_" in attrs:
        attrs["class"] = attrs.pop("class_")
    el = etree.Element(_PREFIX + tag, attrs, nsmap={None: AKN_NS})
    if text:
        el.text = text
    return el


def sub(
    parent: etree._Element, tag: str, text: str | None = None, **attrs: str
) -> etree._Element:
    """A new AKN element appended to ``parent``."""
    if "class_" in attrs:
        attrs["class"] = attrs.pop("class_")
    el = etree.SubElement(parent, _PREFIX + tag, attrs)
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
