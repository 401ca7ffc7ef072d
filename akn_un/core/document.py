"""A parsed Akoma Ntoso document and how to point at its elements.

Untrusted XML is parsed safely: no DTD loading, no entity expansion, no
network; files are read up to ``akn_un.core.files.MAX_BYTES``.
"""

from __future__ import annotations

import os
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TypeVar, cast

from lxml import etree

from akn_un.core.diagnostics import Location
from akn_un.core.errors import AknUnError
from akn_un.core.files import read_bounded

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
# The longest text node the safe parser takes (libxml2's limit without
# huge_tree), in bytes of UTF-8: the converter writes none longer.
MAX_TEXT_NODE = 10_000_000
T = TypeVar("T")
_EIDS = etree.XPath("//@eId", smart_strings=False)


def safe_parser() -> etree.XMLParser:
    """A parser that loads no DTD, expands no entity and opens no URL.

    One per thread (a parser must not be shared by threads at once).
    """
    parser: etree.XMLParser | None = getattr(_parsers, "parser", None)
    if parser is None:
        parser = etree.XMLParser(
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            dtd_validation=False,
            huge_tree=False,
        )
        _parsers.parser = parser
    return parser


_parsers = threading.local()


def akn_root(
    document: etree._ElementTree | etree._Element | os.PathLike[str],
) -> etree._Element:
    """The root of an AKN document, given parsed or as a path to read.

    A path is read (bounded) and parsed safely, as ``check`` reads one.

    Raises:
        TypeError: ``document`` is none of these (a ``str`` is never a file
            name: pass a ``Path``).
        AknUnError: the file cannot be read, or is not well-formed XML.

    """
    if isinstance(document, etree._ElementTree):
        return document.getroot()
    if isinstance(document, etree._Element):
        return document
    if isinstance(document, os.PathLike):
        name = os.fspath(document)
        try:
            return etree.fromstring(read_bounded(name), safe_parser())
        except etree.XMLSyntaxError as exc:
            raise AknUnError(f"{name}: not well-formed XML: {exc}") from exc
    raise TypeError(
        f"document must be a parsed AKN document (an lxml tree) or a path, "
        f"not {type(document).__name__}"
    )


def local_name(element: etree._Element) -> str:
    """The tag without its namespace ("" for comments and the like)."""
    tag = element.tag
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


@dataclass
class Document:
    """A parsed AKN document, with where it came from.

    ``positions`` maps eIds to (line, column) in a source text, for a
    document converted from text; findings are then reported there.
    """

    tree: etree._ElementTree
    path: str | None = None
    positions: dict[str, tuple[int, int]] = field(default_factory=dict)
    _memo: dict[str, object] = field(default_factory=dict, repr=False)
    _steps: dict[etree._Element, dict[etree._Element, str]] = field(
        default_factory=dict, repr=False
    )

    def memo(self, key: str, compute: Callable[[], T]) -> T:
        """``compute()``, once per document: work that checks share."""
        if key not in self._memo:
            self._memo[key] = compute()
        return cast("T", self._memo[key])

    @property
    def root(self) -> etree._Element:
        """The ``<akomaNtoso>`` element."""
        return self.tree.getroot()

    @cached_property
    def eid_values(self) -> list[str]:
        """Every eId attribute's value, in document order."""
        values = _EIDS(self.root)
        return [v for v in (values if isinstance(values, list) else ())
                if isinstance(v, str)]  # fmt: skip

    @cached_property
    def eids(self) -> frozenset[str]:
        """The eIds the document has."""
        return frozenset(self.eid_values)

    def locate(self, element: etree._Element | None) -> Location:
        """Path, line, XPath and nearest eId of ``element``."""
        if element is None:
            return Location(path=self.path)
        eid = element.get("eId")
        if not eid:
            eids = (a.get("eId") for a in element.iterancestors())
            eid = next((e for e in eids if e), None)
        line, column = element.sourceline, None
        if self.positions and eid in self.positions:
            line, column = self.positions[eid]
        return Location(
            path=self.path,
            line=line,
            column=column,
            xpath=self._readable_path(element),
            eid=eid,
        )

    def _readable_path(self, element: etree._Element) -> str:
        """``/akomaNtoso/statement/mainBody/paragraph[3]`` for an element.

        Each parent's children are numbered once per document, so that
        many findings among many siblings cost no more than one each.
        """
        steps = []
        child = element
        while (parent := child.getparent()) is not None:
            numbered = self._steps.get(parent)
            if numbered is None:
                numbered = self._steps[parent] = _numbered(parent)
            steps.append(numbered[child])
            child = parent
        steps.append(local_name(child))
        return "/" + "/".join(reversed(steps))


def _numbered(parent: etree._Element) -> dict[etree._Element, str]:
    """Each element child's step in a path: ``paragraph[3]``.

    The name, and the child's place among those of that name when there
    are more than one.
    """
    children = [
        (c, c.tag) for c in parent if isinstance(c.tag, str)
    ]
    counts = Counter(tag for _, tag in children)
    seen: Counter[str] = Counter()
    steps = {}
    for child, tag in children:
        seen[tag] += 1
        name = local_name(child)
        steps[child] = f"{name}[{seen[tag]}]" if counts[tag] > 1 else name
    return steps


# Elements that mark up text inside a block, rather than holding blocks.
INLINE = frozenset({
    "span", "a", "ref", "docDate", "docNumber", "docTitle", "inline",
    "session", "docStatus", "docAuthority", "docProponent", "docType",
    "b", "i", "u", "sup", "sub", "term", "location", "event", "date",
    "organization", "person", "role", "outcome", "vote",
})  # fmt: skip
NOTE = f"{{{AKN_NS}}}authorialNote"
_SPAN = f"{{{AKN_NS}}}span"
_EOL = f"{{{AKN_NS}}}eol"


def text_without_notes(element: etree._Element, eol: str = "") -> str:
    """The text of ``element``, leaving out its footnotes.

    Inside a note (a note's own ``<p>``) that is all its text. An
    ``<eol/>`` gives ``eol``. One walk in Python: faster than lxml's
    ``itertext`` or an XPath on the small elements that checks read.
    """
    parts: list[str] = []
    if _collect(element, parts, eol) and (
        next(element.iterancestors(NOTE), None) is not None
    ):
        return "".join(element.itertext())
    return "".join(parts)


def _collect(element: etree._Element, parts: list[str], eol: str) -> bool:
    """Add the text outside notes to ``parts``; whether a note was left out."""
    skipped = False
    if element.text:
        parts.append(element.text)
    for child in element:
        tag = child.tag
        if tag == NOTE:
            skipped = True
        elif isinstance(tag, str):
            if tag == _EOL and eol:
                parts.append(eol)
            skipped = _collect(child, parts, eol) or skipped
        if child.tail:
            parts.append(child.tail)
    return skipped


def frbr_language(element: etree._Element) -> str:
    """The FRBRlanguage of the first expression in ``element`` ("" if none)."""
    found = element.find(
        f".//{{{AKN_NS}}}FRBRExpression/{{{AKN_NS}}}FRBRlanguage"
    )
    return "" if found is None else found.get("language", "")


def lead_span(p: etree._Element, style: str = "italic") -> str:
    """The span of a ``<p>`` set in ``style`` that is its lead phrase.

    Italic, opening the paragraph; or bold where the language prints lead
    phrases so (Chinese), where it may follow an adverbial phrase ("在这方面"
    "in this regard", put before the verb). "" if there is none.
    """
    if style == "italic" and p.text and not p.text.isspace():
        return ""
    span = next((
        child for child in p
        if child.tag == _SPAN and style in child.get("class", "").split()
    ), None)
    if span is None or (style == "italic" and span is not p[0]):
        return ""
    return " ".join("".join(span.itertext()).split())
