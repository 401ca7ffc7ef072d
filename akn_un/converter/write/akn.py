"""Writing Akoma Ntoso as text: a small, fast, escaping XML writer.

The builder writes the whole document as a string and lxml parses it once:
much faster than creating elements one by one through the lxml API, and
the parse proves the output well-formed.
"""

from __future__ import annotations

from lxml import etree

from akn_un.core.document import AKN_NS

__all__ = ["AKN_NS", "Out", "escape", "escape_attribute"]


def escape(text: str) -> str:
    """``text`` as XML character data."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def escape_attribute(value: str) -> str:
    """``value`` as the content of a double-quoted attribute."""
    value = escape(value)
    if '"' in value:
        value = value.replace('"', "&quot;")
    if "\n" in value or "\t" in value:
        value = value.replace("\n", "&#10;").replace("\t", "&#9;")
    return value


def _attributes(attrs: dict[str, str]) -> str:
    return "".join(
        f' {key.rstrip("_")}="{escape_attribute(value)}"'
        for key, value in attrs.items()
    )


class Out:
    """An XML document being written, as a list of string parts."""

    __slots__ = ("parts",)

    def __init__(self) -> None:
        """Start empty."""
        self.parts: list[str] = []

    def open(self, tag: str, **attrs: str) -> None:
        """Write a start tag; ``class_`` stands for ``class``."""
        self.parts.append(
            f"<{tag}{_attributes(attrs)}>" if attrs else f"<{tag}>"
        )

    def markup(self, markup: str) -> None:
        """Write markup that is already well-formed (a constant tag)."""
        self.parts.append(markup)

    def close(self, tag: str) -> None:
        """Write an end tag."""
        self.parts.append(f"</{tag}>")

    def element(self, tag: str, text: str = "", **attrs: str) -> None:
        """Write a whole element holding only text (or nothing)."""
        start = f"<{tag}{_attributes(attrs)}" if attrs else f"<{tag}"
        if text:
            self.parts.append(f"{start}>{escape(text)}</{tag}>")
        else:
            self.parts.append(f"{start}/>")

    def text(self, text: str) -> None:
        """Write character data."""
        if text:
            self.parts.append(escape(text))

    def extend(self, other: Out) -> None:
        """Write what another writer holds."""
        self.parts.extend(other.parts)

    def tree(self) -> etree._ElementTree:
        """Parse what was written (no DTD, no entities, no network)."""
        parser = etree.XMLParser(
            resolve_entities=False, no_network=True, huge_tree=True
        )
        root = etree.fromstring("".join(self.parts), parser)
        return etree.ElementTree(root)
