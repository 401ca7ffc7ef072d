"""Validators: check an Akoma Ntoso resolution and say what is wrong where.

>>> from akn_un.validators import check
>>> [d.code for d in check(b"<akomaNtoso/>")]
['X002']

``source`` is a :class:`pathlib.Path`, bytes or str (XML when it starts
with ``<``, resolution text otherwise, converted in memory and reported at
the text's lines), an lxml tree or element, or a :class:`Document`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache, partial
from pathlib import Path
from typing import TYPE_CHECKING

from lxml import etree

from akn_un.converter.rules import Rule
from akn_un.core.diagnostics import Diagnostic, Location, Severity
from akn_un.core.document import AKN_NS, Document, safe_parser
from akn_un.core.errors import (
    AknUnError,
    MetadataMissingError,
    PdfUnreadableError,
)
from akn_un.core.files import parallel, read_bounded, refuse_file_name
from akn_un.validators import (
    citations,
    extraction,
    footnotes,
    schema,
    structure,
)
from akn_un.validators._registry import Check, collect
from akn_un.validators.schema import xsd_errors

if TYPE_CHECKING:
    from akn_un.converter import Conversion

__all__ = [
    "CHECKS",
    "INPUT_RULES",
    "InvalidDocument",
    "check",
    "is_valid",
    "iter_diagnostics",
    "undecodable",
    "validate",
]

CHECKS: tuple[Check, ...] = collect(
    schema, structure, footnotes, citations, extraction
)

INPUT_RULES: dict[str, Rule] = {
    rule.code: rule
    for rule in (
        Rule(
            "X001", "not-well-formed", Severity.ERROR,
            "The file is not well-formed XML.",
            "Reported at the line and column where the parser stopped; "
            "no other check runs on the file. DTDs and entities are not "
            "loaded, so a file that needs them is reported here too.",
        ),
        Rule(
            "X002", "not-akoma-ntoso", Severity.ERROR,
            "The XML is not an Akoma Ntoso document.",
            "The root element must be <akomaNtoso> in the namespace "
            "http://docs.oasis-open.org/legaldocml/ns/akn/3.0.",
        ),
        Rule(
            "X003", "not-decodable", Severity.ERROR,
            "The text is not UTF-8 (nor UTF-16 with a byte-order mark).",
            "Reported at the first byte that cannot be decoded (its line, "
            "its column in bytes, and its offset in the message). Nothing "
            "is converted or checked: save the file as UTF-8.",
        ),
        Rule(
            "X004", "doctype-refused", Severity.ERROR,
            "The XML declares a document type (a DTD or entities).",
            "Akoma Ntoso needs none, and a DTD is how hostile files reach "
            "local files, the network or the memory (external entities, "
            "entity expansion). akn-un reads no DTD, expands no entity and "
            "checks nothing else in such a file; remove the DOCTYPE.",
        ),
        Rule(
            "X005", "pdf-unreadable", Severity.ERROR,
            "The PDF cannot be read.",
            "It is damaged, protected by a password, or has no text "
            "layer (a scan: run OCR on it first). Nothing is converted "
            "or checked.",
        ),
    )
}  # fmt: skip

Source = (
    os.PathLike[str] | bytes | str | etree._ElementTree | etree._Element
    | Document
)


class InvalidDocument(Exception):  # noqa: N818 - the name says what it is
    """Raised by :func:`validate`; carries the diagnostics."""

    def __init__(self, diagnostics: Sequence[Diagnostic]) -> None:
        """Keep the diagnostics; the message counts them."""
        super().__init__(f"{len(diagnostics)} problem(s)")
        self.diagnostics = list(diagnostics)


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


def _is_xml(data: bytes | str) -> bool:
    if isinstance(data, bytes):
        return data[:200].lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"<"
    return data[:200].lstrip("\ufeff \t\r\n")[:1] == "<"


def load(
    source: Source, path: str | None = None
) -> tuple[Document | None, list[Diagnostic]]:
    """The document to check, and the diagnostics of getting it.

    ``source`` is a path (:class:`~pathlib.Path`) to read, the document's
    bytes or text (XML, or resolution text to convert), or a parsed tree.

    Raises:
        AknUnError: a path that cannot be read.
        ValueError: a one-line ``str`` that names a file (pass a Path).

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
        is_text = Path(source).suffix.lower() in {".md", ".txt", ".pdf"}
    else:
        if isinstance(source, str):
            refuse_file_name(source)
        data = source
        is_text = not _is_xml(data)
    if is_text:
        return _from_text(data, path)
    return _from_xml(data, path)


def _from_text(
    data: bytes | str, path: str | None
) -> tuple[Document | None, list[Diagnostic]]:
    from akn_un.converter import convert  # noqa: PLC0415 - only for text

    try:
        result = convert(data, path=path)
    except MetadataMissingError as exc:
        return None, list(exc.diagnostics)
    except PdfUnreadableError as exc:
        return None, [_input_diagnostic("X005", str(exc), path, None)]
    except AknUnError as exc:
        if isinstance(data, str) or exc.offset is None:
            raise
        return None, [undecodable(exc, data, path)]
    return converted_document(result, path), list(result.diagnostics)


def undecodable(
    error: AknUnError, data: bytes, path: str | None
) -> Diagnostic:
    """X003 at the line and (byte) column of the first bad byte."""
    offset = error.offset or 0
    line = data.count(b"\n", 0, offset) + 1
    column = offset - (data.rfind(b"\n", 0, offset) + 1) + 1
    return _input_diagnostic("X003", str(error), path, line, column)


def converted_document(result: Conversion, path: str | None) -> Document:
    """A conversion as a document whose findings point into the text."""
    return Document(result.tree, path, positions=result.positions)


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


def selected(code: str, select: Iterable[str], ignore: Iterable[str]) -> bool:
    """Whether ``code`` is chosen by ``select`` and not by ``ignore``."""
    return _selected(code, tuple(select), tuple(ignore))


@lru_cache(maxsize=1024)
def _selected(
    code: str, select: tuple[str, ...], ignore: tuple[str, ...]
) -> bool:
    chosen = not select or code.startswith(select)
    return chosen and not code.startswith(ignore)


def iter_diagnostics(
    source: Source,
    *,
    path: str | None = None,
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    checks: Sequence[Check] = CHECKS,
) -> Iterator[Diagnostic]:
    """Diagnostics of ``source``, lazily, check after check."""
    document, diagnostics = load(source, path)
    for diagnostic in diagnostics:
        if selected(diagnostic.code, select, ignore):
            yield diagnostic
    if document is None:
        return
    for rule in checks:
        if not selected(rule.code, select, ignore):
            continue
        for finding in rule(document):
            yield Diagnostic(
                code=rule.code,
                message=finding.message,
                severity=rule.severity,
                location=document.locate(finding.element),
                hint=finding.hint,
            )


def check_files(
    names: Iterable[str],
    *,
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    read: Callable[[str], bytes | Path] = Path,
    jobs: int = 1,
) -> Iterator[tuple[str, list[Diagnostic] | AknUnError]]:
    """Diagnostics of many files, in order; errors of reading too.

    ``jobs`` is how many CPUs to use. With one, all is done in turn. With
    more, a second thread validates each parsed file against the XSD
    while the other checks run on it (libxml2 releases Python's lock to
    validate, and both only read the tree); and with enough files, the
    files go in batches to ``jobs`` processes.
    """
    names = list(names)
    batches = [names[k : k + _BATCH] for k in range(0, len(names), _BATCH)]
    if not parallel(len(names), jobs):
        for batch in batches:
            yield from _check_batch(
                batch, select, ignore, read, threaded=jobs > 1
            )
        return
    start = 0
    if selected("S001", select, ignore):
        from akn_un.core.resources import (  # noqa: PLC0415
            load_xsd,
            prepare_xsd,
            xsd_ready,
        )

        # The processes are forked once the schema is compiled, so that
        # they share it; until then this process checks the first files
        # (all but the XSD, which libxml2 compiles without Python's lock).
        prepare_xsd()
        early = []
        while start < len(batches) and not xsd_ready():
            early.extend(_check_all_but_schema(
                batches[start], select, ignore, read, threaded=False
            ))  # fmt: skip
            start += 1
        load_xsd()
        yield from _finish(early, select, ignore)
    import multiprocessing  # noqa: PLC0415 - only to fork

    from akn_un.core.pool import ordered_map  # noqa: PLC0415 - only to fork

    work = partial(
        _check_batch, select=select, ignore=ignore, read=Path,
        threaded=False,  # one CPU for each process
    )  # fmt: skip
    for results in ordered_map(
        work, batches[start:], jobs, multiprocessing.get_context("fork")
    ):
        yield from results


_BATCH = 8


Outcome = tuple[str, list[Diagnostic] | AknUnError]


def _check_batch(
    names: Sequence[str],
    select: Sequence[str],
    ignore: Sequence[str],
    read: Callable[[str], bytes | Path],
    *,
    threaded: bool,
) -> list[Outcome]:
    """Check a few files: all but the XSD first, while a thread does it.

    Without ``threaded``, the XSD comes in turn after the rest.
    """
    checked = _check_all_but_schema(
        names, select, ignore, read, threaded=threaded
    )
    return list(_finish(checked, select, ignore))


def _check_all_but_schema(
    names: Sequence[str],
    select: Sequence[str],
    ignore: Sequence[str],
    read: Callable[[str], bytes | Path],
    *,
    threaded: bool,
) -> list[tuple[str, list[Diagnostic] | AknUnError, Document | None]]:
    """Each file's diagnostics but the XSD's, and its document.

    With ``threaded``, a thread validates each document against the XSD
    meanwhile; :func:`_finish` collects it.
    """
    schema_on = selected("S001", select, ignore)
    checked: list[
        tuple[str, list[Diagnostic] | AknUnError, Document | None]
    ] = []
    pool = None
    if threaded and schema_on:
        from concurrent.futures import ThreadPoolExecutor  # noqa: PLC0415

        pool = ThreadPoolExecutor(max_workers=1)
    try:
        for name in names:
            try:
                source = read(name)
                if isinstance(source, Path) and source.suffix.lower() == (
                    ".xml"
                ):
                    source = read_bounded(str(source))
                document, found = load(source, name)
            except AknUnError as exc:
                checked.append((name, exc, None))
                continue
            if document is not None:
                if pool is not None and isinstance(source, bytes):
                    document.prefetch(
                        "xsd-errors", pool.submit(xsd_errors, document.tree)
                    )
                found.extend(iter_diagnostics(
                    document, select=select, ignore=(*ignore, "S001")
                ))
            checked.append((name, found, document))
    finally:
        if pool is not None:
            pool.shutdown()
    return checked


def _finish(
    checked: list[tuple[str, list[Diagnostic] | AknUnError, Document | None]],
    select: Sequence[str],
    ignore: Sequence[str],
) -> Iterator[Outcome]:
    """Add each document's XSD diagnostics (if selected); sort."""
    schema_on = selected("S001", select, ignore)
    for name, outcome, document in checked:
        if isinstance(outcome, AknUnError):
            yield name, outcome
            continue
        if document is not None and schema_on:
            outcome.extend(iter_diagnostics(document, select=("S001",)))
        yield name, sorted(
            (d for d in outcome if selected(d.code, select, ignore)),
            key=Diagnostic.sort_key,
        )


def check(source: Source, **options: object) -> list[Diagnostic]:
    """All diagnostics of ``source``, sorted by location."""
    found = iter_diagnostics(source, **options)  # type: ignore[arg-type]
    return sorted(found, key=Diagnostic.sort_key)


def is_valid(source: Source, **options: object) -> bool:
    """Whether ``source`` has no error."""
    return not any(
        d.severity is Severity.ERROR
        for d in iter_diagnostics(source, **options)  # type: ignore[arg-type]
    )


def validate(source: Source, **options: object) -> None:
    """Raise :class:`InvalidDocument` if ``source`` has errors.

    Raises:
        InvalidDocument: with every diagnostic, when one is an error.

    """
    diagnostics = check(source, **options)
    if any(d.severity is Severity.ERROR for d in diagnostics):
        raise InvalidDocument(diagnostics)
