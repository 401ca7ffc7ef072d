"""Reading what is to be checked: a file, bytes, text or a tree.

XML is parsed safely (no DTD, no entity, no network); resolution text and
PDFs are converted in memory by the converter the caller passes
(``convert``: the public :func:`akn_un.check` passes akn-un's), so that
findings point at the text's lines.  What stops a source from being read
is reported by the X rules.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Protocol

from lxml import etree

from akn_un.core.diagnostics import Diagnostic, Location, Severity
from akn_un.core.document import AKN_NS, Document, safe_parser
from akn_un.core.errors import (
    AknUnError,
    MetadataMissingError,
    PdfUnreadableError,
)
from akn_un.core.files import is_text, read_bounded, refuse_file_name
from akn_un.core.rules import Rule, by_code


class Converted(Protocol):
    """What a converter gives: a document to check, and its findings."""

    @property
    def diagnostics(self) -> list[Diagnostic]:
        """The converter's diagnostics."""

    def document(self, path: str | None) -> Document:
        """The document, its findings pointing into the text."""


# Converts resolution text (or a PDF's bytes) read from ``path``.
TextConverter = Callable[[bytes | str, str | None], Converted]

INPUT_RULES: dict[str, Rule] = by_code(
    Rule("X001", "not-well-formed", Severity.ERROR, """\
The file is not well-formed XML.

Reported at the line and column where the parser stopped; no other check
runs on the file. DTDs and entities are not loaded, so a file that needs
them is reported here too.

## Why is this bad?
No tool can read the document.

## Example
A ``<p>`` that is never closed.
"""),
    Rule("X002", "not-akoma-ntoso", Severity.ERROR, """\
The XML is not an Akoma Ntoso document.

The root element must be ``<akomaNtoso>`` in the namespace
http://docs.oasis-open.org/legaldocml/ns/akn/3.0.

## Why is this bad?
None of the rules apply: it is some other kind of XML.

## Example
An HTML page saved as ``.xml``.
"""),
    Rule("X003", "not-decodable", Severity.ERROR, """\
The text is not UTF-8 (nor UTF-16 with a byte-order mark).

Reported at the first byte that cannot be decoded (its line, its column
in bytes, and its offset in the message). Nothing is converted or
checked.

## Why is this bad?
Its characters cannot be known for sure: save the file as UTF-8.

## Example
A text saved as Windows-1252, with an "é" as the byte 0xE9.
"""),
    Rule("X004", "doctype-refused", Severity.ERROR, """\
The XML declares a document type (a DTD or entities).

akn-un reads no DTD, expands no entity and checks nothing else in such a
file; remove the DOCTYPE.

## Why is this bad?
Akoma Ntoso needs none, and a DTD is how hostile files reach local
files, the network or the memory (external entities, entity expansion).

## Example
``<!DOCTYPE akomaNtoso [<!ENTITY x SYSTEM "file:///etc/passwd">]>``.
"""),
    Rule("X005", "pdf-unreadable", Severity.ERROR, """\
The PDF cannot be read.

Nothing is converted or checked.

## Why is this bad?
It is damaged, protected by a password, or has no text layer (a scan:
run OCR on it first).

## Example
A scanned resolution saved as a PDF of images.
"""),
    Rule("X006", "file-unreadable", Severity.ERROR, """\
The file cannot be read.

It does not exist, is not a regular file, cannot be opened (its
permissions), or is larger than the size akn-un reads. Nothing is
checked; the command's exit status is 2, as for every file not read.

## Why is this bad?
Whatever it holds was not checked.

## Example
``akn-un validate A-RES-75-1.xml`` in a folder without that file.
"""),
    Rule("X007", "not-a-un-document", Severity.WARNING, """\
A text shows no trace of a UN document, and was passed over.

No symbol, no masthead line, no resolution number and no enacting
formula: notes, minutes or a project's own documents among the
resolutions. Nothing is converted or checked; many files converted
together count it as skipped, and the run goes on.

## Why is this bad?
Nothing, if the file is not meant to be a UN document; if it is, none
of what makes one was found (an extraction that lost its first page?).

## Example
A ``notes.md`` of the editors' in the folder of a session's resolutions.
"""),
)

Source = (
    os.PathLike[str] | bytes | str | etree._ElementTree | etree._Element
    | Document
)


def _input_diagnostic(
    code: str, message: str, path: str | None, line: int | None = None,
    column: int | None = None,
) -> Diagnostic:
    return Diagnostic(
        code=code,
        message=message,
        severity=INPUT_RULES[code].severity,
        location=Location(path=path, line=line, column=column),
    )


def not_a_document(path: str | None) -> Diagnostic:
    """X007: the text at ``path`` shows no trace of a UN document."""
    return _input_diagnostic(
        "X007",
        "no trace of a UN document (no symbol, masthead line, number or "
        "enacting formula): passed over",
        path,
    )


def unreadable(error: AknUnError, path: str | None) -> Diagnostic:
    """The file ``path`` could not be read, and why.

    X005 for a PDF that cannot be read, X006 for any other file.
    """
    code = "X005" if isinstance(error, PdfUnreadableError) else "X006"
    return _input_diagnostic(code, str(error), path)


def _is_xml(data: bytes | str) -> bool:
    if isinstance(data, bytes):
        return data[:200].lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"<"
    return data[:200].lstrip("\ufeff \t\r\n")[:1] == "<"


def load(
    source: Source,
    path: str | None = None,
    convert: TextConverter | None = None,
) -> tuple[Document | None, list[Diagnostic]]:
    """The document to check, and the diagnostics of getting it.

    ``source`` is a path (:class:`~pathlib.Path`) to read, the document's
    bytes or text (XML, or resolution text that ``convert`` converts), or
    a parsed tree.

    Raises:
        AknUnError: a path that cannot be read.
        ValueError: a one-line ``str`` that names a file (pass a Path), or
            resolution text with no ``convert`` to convert it.

    """
    if isinstance(source, Document):
        return source, []
    if isinstance(source, etree._ElementTree):
        return Document(source, path), []
    if isinstance(source, etree._Element):
        return Document(etree.ElementTree(source), path), []
    if isinstance(source, os.PathLike):
        path = path or os.fspath(source)
        data: bytes | str = read_bounded(os.fspath(source))
        text = is_text(source)
    else:
        if isinstance(source, str):
            refuse_file_name(source)
        data = source
        text = not _is_xml(data)
    if text:
        if convert is None:
            raise ValueError(
                f"{path or 'the source'} is resolution text, not AKN: "
                f"akn_un.check converts it before it checks it"
            )
        return _from_text(data, path, convert)
    return _from_xml(data, path)


def _from_text(
    data: bytes | str, path: str | None, convert: TextConverter
) -> tuple[Document | None, list[Diagnostic]]:
    try:
        result = convert(data, path)
    except MetadataMissingError as exc:
        if exc.unrecognised:
            return None, [not_a_document(path)]
        return None, list(exc.diagnostics)
    except PdfUnreadableError as exc:
        return None, [unreadable(exc, path)]
    except AknUnError as exc:
        if isinstance(data, str) or exc.offset is None:
            raise
        return None, [undecodable(exc, data, path)]
    return result.document(path), list(result.diagnostics)


def undecodable(
    error: AknUnError, data: bytes, path: str | None
) -> Diagnostic:
    """X003 at the line and (byte) column of the first bad byte."""
    offset = error.offset or 0
    line = data.count(b"\n", 0, offset) + 1
    column = offset - (data.rfind(b"\n", 0, offset) + 1) + 1
    return _input_diagnostic("X003", str(error), path, line, column)


def _from_xml(
    data: bytes | str, path: str | None
) -> tuple[Document | None, list[Diagnostic]]:
    if isinstance(data, str):
        data = data.encode("utf-8")
    try:
        root = etree.fromstring(data, safe_parser())
    except etree.XMLSyntaxError as exc:
        line, column = exc.position
        message = str(exc.msg).split(", line ")[0]
        return None, [_input_diagnostic("X001", message, path, line, column)]
    tree = etree.ElementTree(root)
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        at = data.find(b"<!DOCTYPE")
        line = data.count(b"\n", 0, at) + 1 if at >= 0 else 1
        return None, [_input_diagnostic(
            "X004", "the document declares a DOCTYPE; it is not read",
            path, line,
        )]  # fmt: skip
    if root.tag != f"{{{AKN_NS}}}akomaNtoso":
        return None, [
            _input_diagnostic(
                "X002",
                f"the root element is {root.tag!r}, not <akomaNtoso>",
                path,
                root.sourceline,
            )
        ]
    return Document(tree, path), []


