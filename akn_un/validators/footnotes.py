"""F: footnote integrity — numbering, duplicates, emptiness, "Ibid."."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from akn_un.core.diagnostics import Severity
from akn_un.core.document import AKN_NS, Document
from akn_un.grammar.shapes import NOTE_SYMBOLS
from akn_un.validators._registry import Finding, check
from akn_un.validators._text import norm, organ_key, statements

_IBID_RE = re.compile(r"\s*\**Ibid\b")


def _notes(doc: Document) -> list[etree._Element]:
    return doc.memo(
        "notes", lambda: list(doc.root.iter(f"{{{AKN_NS}}}authorialNote"))
    )


def _note_texts(doc: Document) -> list[tuple[etree._Element, str]]:
    """Each note with its text, spaces folded (read once per document)."""
    return doc.memo("note-texts", lambda: [
        (note, norm("".join(note.itertext()))) for note in _notes(doc)
    ])


@check("F001", "footnote-markers-not-consecutive")
def footnote_markers_not_consecutive(doc: Document) -> Iterator[Finding]:
    """Footnote markers skip a number or step back in document order.

    Numbering runs across the whole document (preface, preamble, body and
    annexes), as in the printed resolution.  Where it starts is F007's
    concern: this rule reads on from the first note's number.

    ## Why is this bad?
    A reader looks a note up by its number; a gap means a note was lost,
    a step back means notes were moved or merged.

    ## Example
    Markers 1, 2, 4: note 3 is missing.
    """
    expected: int | None = None
    for note in _numbered_notes(doc):
        number = int(note.get("marker", ""))
        if expected is not None and number == expected - 1:
            continue  # a repeat: F002 says so
        if expected is not None and number != expected:
            yield Finding(
                f"footnote {number} where {expected} was expected", note
            )
        expected = number + 1


@check(
    "F007", "footnote-numbering-starts-late", severity=Severity.WARNING
)
def footnote_numbering_starts_late(doc: Document) -> Iterator[Finding]:
    """The first footnote's number is not the organ's first.

    By organ: the Human Rights Council's resolutions number their notes
    from 2 (note 1 is printed on the masthead, which the markup leaves
    out), so an HRC document may start at 1 or 2; every other organ's
    starts at 1.  A warning, not an error: a few of the UN's files of
    other organs start at 2 too (a reissued text, a part B), where the
    note was numbered but never printed in the body.

    ## Why is this bad?
    Note 1 may have been lost; an editor checks the printed text.

    ## Example
    A General Assembly resolution whose notes are 2, 3, 4.
    """
    notes = _numbered_notes(doc)
    if not notes:
        return
    number = int(notes[0].get("marker", ""))
    hrc = any(organ_key(s) == "hrc" for s, _ in statements(doc))
    if number > (2 if hrc else 1):
        yield Finding(f"the first footnote is {number}, not 1", notes[0])


def _numbered_notes(doc: Document) -> list[etree._Element]:
    """The notes whose marker is a number (F005 reports the others)."""
    return [n for n in _notes(doc) if n.get("marker", "").isdecimal()]


@check("F002", "footnote-marker-duplicate")
def footnote_marker_duplicate(doc: Document) -> Iterator[Finding]:
    """Two footnotes have the same marker.

    ## Why is this bad?
    A reader cannot tell which note a marker means.

    ## Example
    Two ``<authorialNote marker="5">``.
    """
    seen: set[str] = set()
    for note in _notes(doc):
        marker = note.get("marker", "")
        if marker in seen:
            yield Finding(f"a second footnote {marker!r}", note)
        seen.add(marker)


@check("F003", "footnote-empty")
def footnote_empty(doc: Document) -> Iterator[Finding]:
    """A footnote has no text.

    ## Why is this bad?
    The marker promises a source or an explanation that is not there.

    ## Example
    ``<authorialNote marker="3"><p/></authorialNote>``.
    """
    for note, text in _note_texts(doc):
        if not text:
            yield Finding(f"footnote {note.get('marker')!r} is empty", note)


@check("F004", "footnote-placement-missing")
def footnote_placement_missing(doc: Document) -> Iterator[Finding]:
    """A footnote does not say where it is placed.

    ## Why is this bad?
    ``placement="bottom"`` is what tells a renderer this is a footnote and
    not a side or inline note.

    ## Example
    ``<authorialNote marker="3">`` without ``placement``.
    """
    for note in _notes(doc):
        if not note.get("placement"):
            yield Finding(
                f"footnote {note.get('marker')!r} has no placement", note
            )


@check("F005", "footnote-marker-not-numeric")
def footnote_marker_not_numeric(doc: Document) -> Iterator[Finding]:
    """A footnote marker is neither a number nor a note symbol.

    ## Why is this bad?
    Resolutions number their footnotes, or mark one with a symbol where a
    number would mislead (``*``, ``**``, ``***``, ``†``, ``‡``, ``§``: a
    reissued document's note).  Any other marker, or none, cannot be put
    in sequence or cited.

    ## Example
    ``<authorialNote marker="a)">``.
    """
    for note in _notes(doc):
        marker = note.get("marker", "")
        if not marker.isdecimal() and marker not in NOTE_SYMBOLS:
            yield Finding(
                f"footnote marker {marker!r} is neither a number nor a note "
                f"symbol", note)


@check("F006", "ibid-ambiguous", severity=Severity.WARNING)
def ibid_ambiguous(doc: Document) -> Iterator[Finding]:
    """"Ibid." opens the first note, or follows a note citing several sources.

    ## Why is this bad?
    "Ibid." means "the source of the note before": in the first note there
    is none, and after a note that cites several sources (separated by
    semicolons) it is not clear which one is meant.

    ## Example
    Note 19 "Ibid., vols. 2171 and 2173; and resolution 66/138, annex."
    followed by note 20 "Ibid., vol. 2172".
    """
    previous: str | None = None
    for note, text in _note_texts(doc):
        if _IBID_RE.match(text):
            if previous is None:
                yield Finding("the first footnote says 'Ibid.'", note)
            elif ";" in previous:
                yield Finding(
                    "'Ibid.' after a note that cites several sources", note
                )
        previous = text
