"""D: document structure — parts, numbering, eIds."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from akn_un.core.document import Document, local_name
from akn_un.validators._registry import Finding, check
from akn_un.validators._text import (
    NUMBER_RE,
    first_child,
    num_text,
    organ_key,
    statements,
)

DOCUMENT_TYPES = frozenset({
    "statement", "documentCollection", "doc", "act", "bill",
    "debateReport", "officialGazette", "judgment", "portion", "amendment",
})  # fmt: skip
_DOCUMENT_TAGS = tuple(f"{{*}}{name}" for name in DOCUMENT_TYPES)
KNOWN_NAMES = frozenset({
    "resolution", "decision", "resolutionDraft", "decisionDraft",
    "draftResolution", "draftDecision", "publication", "annex",
    "presidentialStatement",
})  # fmt: skip
_LETTER_RE = re.compile(r"\(([a-z]{1,2})\)")
_ROMAN_RE = re.compile(r"\(([ivxlc]+)\)")
# A letter, then letters, digits and "_-.~!" (the naming convention's), or
# any other character outside ASCII but a space: the Arabic files keep a
# sub-point's label as printed, "1" in quotation marks U+2019 and U+2018.
_EID = r"[^\W\d_](?:[\w\-.~!]|[^\x00-\x7f\s])*"
_EID_RE = re.compile(_EID)
_ALL_EIDS_WELL_FORMED_RE = re.compile(rf"(?:{_EID}(?:\n|$))*")
_ROMAN_DIGITS = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"),
    (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"),
    (4, "iv"), (1, "i"),
)  # fmt: skip


def _roman(value: int) -> str:
    """``value`` in lower-case roman numerals: 4 is "iv"."""
    digits = []
    for amount, digit in _ROMAN_DIGITS:
        count, value = divmod(value, amount)
        digits.append(digit * count)
    return "".join(digits)


_ROMANS = tuple(_roman(n) for n in range(1, 40))  # (i) … (xxxix)


@check("D001", "document-type-unknown")
def document_type_unknown(doc: Document) -> Iterator[Finding]:
    """The document type's ``name`` is missing or not a known UN type.

    ## Why is this bad?
    ``<statement name="resolution">`` tells a reader (and a publishing
    system) what kind of document this is; without a known name a
    resolution cannot be told from a decision or a draft.

    ## Example
    ``<statement name="statement">``, as a generic tool writes by default.
    """
    for element in doc.root:
        if local_name(element) not in DOCUMENT_TYPES:
            continue
        name = element.get("name")
        if name not in KNOWN_NAMES:
            yield Finding(
                f"<{local_name(element)}> has name {name!r}, not one of "
                f"resolution, decision, draft resolution …",
                element,
            )


@check("D002", "required-part-missing", types=("resolution", "decision"))
def required_part_missing(doc: Document) -> Iterator[Finding]:
    """A part the organ's resolutions always have is missing.

    ## Why is this bad?
    GA, ECOSOC and HRC resolutions carry their number and title (cover
    page or preface), an enacting formula ("The General Assembly,") and
    operative paragraphs; Security Council resolutions carry their number
    and adoption line on the cover page. A document without them is
    incomplete, or was cut by a conversion. A part issued with others
    (a decision's "A") may carry only its letter: its title is the
    collection's.

    ## Example
    A GA resolution whose ``<preamble>`` has no ``<formula>``.
    """
    collection = doc.root.find("{*}documentCollection")
    common_title = collection is not None and (
        collection.find("{*}preface//{*}docTitle") is not None
        or collection.find("{*}coverPage//{*}docTitle") is not None
    )
    for statement, component in statements(doc):
        if statement.get("name") not in {"resolution", "decision"}:
            continue
        yield from _missing_parts(
            statement, component=component, titled=component and common_title
        )


def _missing_parts(
    statement: etree._Element, *, component: bool, titled: bool
) -> Iterator[Finding]:
    """What ``statement`` lacks; ``titled``: its collection's title is its."""

    def has(path: str) -> bool:
        return statement.find(path) is not None

    if organ_key(statement) == "sc":
        if not has("{*}coverPage//{*}docTitle"):
            yield Finding("no number (docTitle) on the cover page", statement)
        if not has("{*}coverPage//{*}docDate"):
            yield Finding("no adoption line on the cover page", statement)
        return
    if not (
        titled
        or has("{*}coverPage//{*}docTitle")
        or has("{*}preface//{*}docTitle")
    ):
        yield Finding("no title in the cover page or preface", statement)
    if not component and not (
        has("{*}coverPage//{*}docNumber") or has("{*}preface//{*}docNumber")
    ):
        yield Finding("no number (docNumber) in the cover page or preface",
                      statement)
    if statement.get("name") == "resolution" and not has(
        "{*}preamble/{*}formula"
    ):
        yield Finding("no enacting formula in the preamble", statement)
    if not has("{*}mainBody"):
        yield Finding("no <mainBody>", statement)


def _numbered_children(
    parent: etree._Element,
) -> list[tuple[etree._Element, str]]:
    return [
        (child, num_text(num))
        for child in parent
        if local_name(child) in {"paragraph", "point", "item"}
        and (num := first_child(child, "num")) is not None
    ]


@check("D003", "operative-numbering")
def operative_numbering(doc: Document) -> Iterator[Finding]:
    """Operative paragraphs are not numbered 1, 2, 3 … in order.

    After a heading (a section, a cross-heading, a paragraph without a
    number, or one numbered with a letter or roman number, as the UN marks
    "E." with its subheading) numbering may start again at 1 or carry on;
    it may not skip, repeat or go back.

    ## Why is this bad?
    Paragraphs are cited by number ("paragraph 21 of resolution 75/196");
    a gap or repeat makes such citations wrong or ambiguous.

    ## Example
    ``1.``, ``2.``, ``4.`` — paragraph 3 is missing.
    """
    for body in doc.root.iter("{*}mainBody"):
        last, restart = 0, True
        for child, num in _paragraphs_and_headings(body):
            if num is None:
                restart = True
                continue
            match = NUMBER_RE.fullmatch(num_text(num))
            if not match:
                restart = True  # "E.", "II.": a heading, however marked
                continue
            number = int(match.group(1))
            if number != last + 1 and not (restart and number == 1):
                yield Finding(f"paragraph {number}. follows {last}.", child)
            last, restart = number, False


_DIVISIONS = frozenset({
    "section", "subsection", "division", "subdivision", "part", "subpart",
    "chapter", "subchapter", "hcontainer", "title", "subtitle",
})  # fmt: skip


def _paragraphs_and_headings(
    parent: etree._Element,
) -> Iterator[tuple[etree._Element, etree._Element | None]]:
    """Numbered paragraphs with their ``<num>``, in document order.

    A heading between groups of paragraphs (numbering may restart) comes
    with ``None`` for its number. The UN's files write headings as
    sections (walked into, at any depth), cross-headings, or paragraphs
    without a number (``<paragraph class="H1">``).
    """
    for child in parent:
        name = local_name(child)
        if name in _DIVISIONS:
            yield child, None
            yield from _paragraphs_and_headings(child)
        elif name == "crossHeading":
            yield child, None
        elif name == "paragraph":
            yield child, first_child(child, "num")


def _point_values(text: str) -> dict[str, int]:
    """The value of "(c)" as a letter, of "(iv)" as a roman number.

    "(i)", "(v)" and "(x)" have both values.
    """
    values = {}
    if (match := _ROMAN_RE.fullmatch(text)) and match.group(1) in _ROMANS:
        values["roman"] = _ROMANS.index(match.group(1)) + 1
    if match := _LETTER_RE.fullmatch(text):
        letters = match.group(1)
        if len(letters) == 1:
            values["letter"] = ord(letters) - ord("a") + 1
        elif letters[0] == letters[1]:  # (aa), (bb) … after (z)
            values["letter"] = 26 + ord(letters[0]) - ord("a") + 1
    return values


def _label(kind: str, value: int) -> str:
    """"(c)" for the letter 3, "(iv)" for the roman 4, "(bb)" for 28."""
    if kind == "roman":
        return f"({_roman(value)})"
    letter = chr(ord("a") + (value - 1) % 26)
    return f"({letter * (1 + (value - 1) // 26)})"


def _out_of_sequence(text: str, previous: tuple[str, int] | None) -> str:
    """D004's message: the label found, and the one expected there."""
    if previous is None:
        return f"{text} opens the list; (a) or (i) was expected"
    kind, value = previous
    return (f"{text} follows {_label(kind, value)}; "
            f"{_label(kind, value + 1)} was expected")


@check("D004", "point-numbering")
def point_numbering(doc: Document) -> Iterator[Finding]:
    """Sub-paragraphs are not lettered (a), (b) … or (i), (ii) … in order.

    ## Why is this bad?
    Sub-paragraphs are cited as "paragraph 2 (b)"; a letter that skips or
    repeats makes the citation point at the wrong text.

    ## Example
    ``(a)``, ``(c)`` in one list.
    """
    for parent in doc.root.iter("{*}list", "{*}blockList"):
        previous: tuple[str, int] | None = None
        for el, text in _numbered_children(parent):
            values = _point_values(text)
            if not values:
                continue
            follows = [
                (kind, value)
                for kind, value in values.items()
                if (previous is None and value == 1)
                or (previous is not None and previous == (kind, value - 1))
            ]
            if follows:
                previous = follows[0]
                continue
            yield Finding(_out_of_sequence(text, previous), el)
            previous = next(iter(values.items()))


@check("D005", "eid-duplicate")
def eid_duplicate(doc: Document) -> Iterator[Finding]:
    """An eId is used by more than one element of one document.

    Each statement (or annex, or collection component) is a scope of its
    own, as in the XSD's uniqueness constraint.

    ## Why is this bad?
    An eId names one element: links, amendments and notes point at it.

    ## Example
    Two ``<paragraph eId="para_5">``.
    """
    scopes = statements(doc)
    if len(scopes) == 1 and len(doc.eids) == len(doc.eid_values):
        return  # one document, no repeat: the common case, told fast
    for scope, _ in scopes:
        seen: set[str] = set()
        for element in _in_scope(scope):
            eid = element.get("eId")
            if eid is None:
                continue
            if eid in seen:
                yield Finding(f"eId {eid!r} is used again", element)
            seen.add(eid)


def _in_scope(scope: etree._Element) -> Iterator[etree._Element]:
    """The elements of a statement or doc, without nested documents."""
    nested = {
        id(inner)
        for outer in scope.iter(*_DOCUMENT_TAGS)
        if outer is not scope
        for inner in outer.iter("*")
    }
    for element in scope.iter("*"):
        if id(element) not in nested:
            yield element


@check("D006", "eid-malformed")
def eid_malformed(doc: Document) -> Iterator[Finding]:
    """An eId has spaces or characters the naming convention excludes.

    A label in another script keeps its own punctuation, as the UN's files
    do (an Arabic sub-point "1" between the quotation marks U+2019 and
    U+2018); ASCII punctuation other than ``_-.~!`` and any space are
    errors.

    ## Why is this bad?
    eIds become parts of IRIs (``…/!main~para_5``); spaces, ``#`` or ``/``
    break them.

    ## Example
    ``eId="para 5"``.
    """
    values = doc.eid_values
    if _ALL_EIDS_WELL_FORMED_RE.fullmatch("\n".join(values)):
        return  # the common case, told by one regex over all of them
    for element in doc.root.iter("*"):
        value = element.get("eId")
        if value is not None and not _EID_RE.fullmatch(value):
            yield Finding(f"eId {value!r} is not well formed", element)


