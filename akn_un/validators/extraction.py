"""Traces that a PDF extraction leaves in the text of a resolution.

Page furniture (job numbers, barcodes) kept as if it were the text, and
the running head's symbol linked as a citation of the document itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from akn_un.core.document import Document, local_name
from akn_un.validators._registry import Finding, check
from akn_un.validators._text import frbr, statements

_TEXT_PARTS = frozenset(
    {"preamble", "mainBody", "conclusions", "attachments"}
)
# "18-18418 (E)", "071118" after it, "*1818418*": printed on every page.
# The pattern opens with the class of its first character, so that re
# skips to a digit or a star: searched in every paragraph of every file,
# it was a fifth of validating the corpus when it opened with "\b" (the
# same matches as r"\b\d{2}-\d{5}\s*\([A-Z]\)(?:\s+\d{6})?" or
# r"(?<![\w*])\*\d{7}\*(?![\w*])": tests/test_validators.py holds it).
_FURNITURE_RE = re.compile(
    r"[\d*](?:(?<![\w*]\*)(?<=\*)\d{7}\*(?![\w*])"
    r"|(?<!\w\d)(?<=\d)\d-\d{5}\s*\([A-Z]\)(?:\s+\d{6})?)"
)
_LINK_RE = re.compile(
    r"https?://(?:undocs\.org|docs\.un\.org)/(?:[a-z]{2}/)?(?P<symbol>.+)"
)


def _in_text(element: etree._Element) -> bool:
    """Whether ``element`` is in the resolution's text, not its cover."""
    return any(local_name(up) in _TEXT_PARTS for up in element.iterancestors())


@check("D015", "page-furniture-in-text")
def page_furniture_in_text(doc: Document) -> Iterator[Finding]:
    """A paragraph holds a page's job number or barcode.

    Every page of a UN PDF prints its job number ("18-18418 (E) 071118")
    and a barcode ("*1818418*") below the text; an extraction that kept
    them puts them in the middle of a paragraph.

    ## Why is this bad?
    They are not the resolution's words: a reader meets them in a
    sentence, and a search or a translation memory takes them as text.

    ## Example
    ``<p>… the extraterritorial 18-18418 (E) 071118 effects of …</p>``.
    """
    for p in doc.root.iter("{*}p"):
        text = "".join(p.itertext())
        match = _FURNITURE_RE.search(text)
        if match is not None and _in_text(p):
            yield Finding(f"page furniture {match.group()!r} in the text", p)


def _own_symbols(doc: Document) -> set[str]:
    """The document's symbols, as its identification and cover give them."""
    found = set()
    for statement, _ in statements(doc):
        alias = frbr(statement, "{*}FRBRWork/{*}FRBRalias")
        if alias is not None and alias.get("name") == "symbol":
            found.add(alias.get("value", ""))
    for number in doc.root.iter("{*}docNumber"):
        if number.get("refersTo") == "#symbol":
            found.add("".join(number.itertext()))
    return {"".join(symbol.split()).upper() for symbol in found if symbol}


@check("C008", "link-to-itself")
def link_to_itself(doc: Document) -> Iterator[Finding]:
    """A citation in the text links to the document itself.

    The running head of each page prints the resolution's symbol; an
    extraction that kept it, then linked it, cites the resolution in its
    own text.  A resolution speaks of itself as "the present resolution",
    never by its symbol.

    ## Why is this bad?
    The link leads back to the page the reader is on, and the stray
    symbol stands in a sentence that does not name it.

    ## Example
    In A/RES/73/8: ``<ref href="https://undocs.org/en/A/RES/73/8">``.
    """
    own = _own_symbols(doc)
    if not own:
        return
    for element in doc.root.iter("{*}a", "{*}ref"):
        match = _LINK_RE.match(element.get("href", ""))
        if match is None or not _in_text(element):
            continue
        target = "".join(match.group("symbol").split()).upper()
        if target in own:
            yield Finding(f"a link to this document itself ({target})",
                          element)
