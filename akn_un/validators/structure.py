"""D: document structure — parts, numbering, eIds, punctuation, FRBR."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator
from typing import NamedTuple

from lxml import etree

from akn_un.core.diagnostics import Severity
from akn_un.core.document import AKN_NS, NOTE, Document, local_name
from akn_un.validators._registry import Finding, check
from akn_un.validators._text import (
    frbr,
    language,
    lead_span,
    norm,
    organ_actor,
    organ_key,
    statements,
    work_iri_part,
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
_NUMBER_RE = re.compile(r"(\d+)\.")
_LETTER_RE = re.compile(r"\(([a-z]{1,2})\)")
_ROMAN_RE = re.compile(r"\(([ivxlc]+)\)")
# A letter, then letters, digits and "_-.~!" (the naming convention's), or
# any other character outside ASCII but a space: the Arabic files keep a
# sub-point's label as printed, "1" in quotation marks U+2019 and U+2018.
_EID = r"[^\W\d_](?:[\w\-.~!]|[^\x00-\x7f\s])*"
_EID_RE = re.compile(_EID)
_ALL_EIDS_WELL_FORMED_RE = re.compile(rf"(?:{_EID}(?:\n|$))*")
_ROMANS = (
    "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
    "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx",
    "xxi", "xxii", "xxiii", "xxiv", "xxv", "xxvi", "xxvii", "xxviii",
    "xxix", "xxx",
)  # fmt: skip


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


@check("D002", "required-part-missing")
def required_part_missing(doc: Document) -> Iterator[Finding]:
    """A part the organ's resolutions always have is missing.

    ## Why is this bad?
    GA, ECOSOC and HRC resolutions carry their number and title (cover
    page or preface), an enacting formula ("The General Assembly,") and
    operative paragraphs; Security Council resolutions carry their number
    and adoption line on the cover page. A document without them is
    incomplete, or was cut by a conversion.

    ## Example
    A GA resolution whose ``<preamble>`` has no ``<formula>``.
    """
    for statement, component in statements(doc):
        if statement.get("name") not in {"resolution", "decision"}:
            continue
        yield from _missing_parts(statement, component=component)


def _missing_parts(
    statement: etree._Element, *, component: bool
) -> Iterator[Finding]:
    def has(path: str) -> bool:
        return statement.find(path) is not None

    if organ_key(statement) == "sc":
        if not has("{*}coverPage//{*}docTitle"):
            yield Finding("no number (docTitle) on the cover page", statement)
        if not has("{*}coverPage//{*}docDate"):
            yield Finding("no adoption line on the cover page", statement)
        return
    if not (
        has("{*}coverPage//{*}docTitle") or has("{*}preface//{*}docTitle")
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


def _child(element: etree._Element, name: str) -> etree._Element | None:
    """The first child called ``name`` (in the AKN namespace)."""
    tag = _TAGS[name]
    for child in element:  # faster than find() on a few children
        if child.tag == tag:
            return child
    return None


_TAGS = {name: f"{{{AKN_NS}}}{name}" for name in ("num", "content", "p")}


def _num_text(num: etree._Element) -> str:
    """A ``<num>``'s text, without spaces and format characters (LRM)."""
    text = num.text or "" if not len(num) else "".join(num.itertext())
    text = "".join(text.split())
    if text.isascii():
        return text
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


def _numbered_children(
    parent: etree._Element,
) -> list[tuple[etree._Element, str]]:
    return [
        (child, _num_text(num))
        for child in parent
        if local_name(child) in {"paragraph", "point", "item"}
        and (num := _child(child, "num")) is not None
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
            match = _NUMBER_RE.fullmatch(_num_text(num))
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
            yield child, _child(child, "num")


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
            yield Finding(f"{text} is out of sequence", el)
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


@check("D007", "paragraph-punctuation", severity=Severity.WARNING)
def paragraph_punctuation(doc: Document) -> Iterator[Finding]:
    """A paragraph does not end as resolutions do.

    Preambular paragraphs end with a comma; operative paragraphs with a
    semicolon, the last with a full stop (or a colon before a list).  Each
    language's own marks count (FRBRlanguage): the Arabic comma and
    semicolon, "،" and "؛", beside the Latin ones; in Chinese, the
    full-width "，", "；", "。" and "：" only.

    ## Why is this bad?
    The ending is how a reader (and a converter) tells a paragraph ended:
    a wrong one is often a paragraph cut in two or two run together.

    ## Example
    A preambular paragraph ending with a full stop.
    """
    for statement, _ in statements(doc):
        if statement.get("name") not in {"resolution", "decision"}:
            continue
        marks = _MARKS.get(language(statement), _LATIN_MARKS)
        yield from _endings(statement, marks)


class _Marks(NamedTuple):
    """The punctuation that ends a paragraph, in one language."""

    preamble: str  # a preambular paragraph's comma (or ; or :)
    operative: str  # an operative paragraph's semicolon (or : or .)
    last: str  # the last operative paragraph's full stop (or :)


_LATIN_MARKS = _Marks(",;:", ";:.", ".:")
_ARABIC_MARKS = _Marks(",;:\u060c\u061b", ";:.\u061b", ".:")
_CHINESE_MARKS = _Marks("\uff0c\uff1b\uff1a", "\uff1b\uff1a\u3002",
                        "\u3002\uff1a")
_COMMAS = ",\u060c\uff0c"  # Latin, Arabic, full-width
_CHINESE = ("zho", "chi", "zh")  # FRBRlanguage's forms in the UN's files
_MARKS = {
    "ara": _ARABIC_MARKS, "ar": _ARABIC_MARKS,
    **dict.fromkeys(_CHINESE, _CHINESE_MARKS),
}


def _ending(element: etree._Element) -> str:
    """The last character outside notes that is not space or a format mark.

    Only the last ``<p>`` is read, from its end backwards.
    """
    content = _child(element, "content")
    holder = element if content is None else content
    child = holder[-1] if len(holder) else None
    while child is not None:
        if local_name(child) == "p":
            return _last_visible(child)
        child = child.getprevious()
    return _last_visible(element)


def _last_visible(element: etree._Element) -> str:
    """The last visible character of ``element``'s text, notes left out.

    Children are walked from the last, one at a time: the ending is
    nearly always in the last one's tail.
    """
    child = element[-1] if len(element) else None
    while child is not None:
        if end := _visible_end(child.tail):
            return end
        if child.tag != NOTE and isinstance(child.tag, str) and (
            end := _last_visible(child)
        ):
            return end
        child = child.getprevious()
    return _visible_end(element.text)


def _visible_end(text: str | None) -> str:
    """The last character of ``text`` that is not space or a format mark."""
    for ch in reversed((text or "").rstrip()):
        if not ch.isspace() and unicodedata.category(ch) != "Cf":
            return ch
    return ""


def _endings(
    statement: etree._Element, marks: _Marks
) -> Iterator[Finding]:
    preambles = statement.iterchildren("{*}preamble")
    for container in (c for p in preambles for c in p.iterchildren(
        "{*}container"
    )):
        end = _ending(container)
        if end and end not in marks.preamble:
            yield Finding(
                f"preambular paragraph ends with {end!r}, not "
                f"{marks.preamble[0]!r}", container,
            )
    for body in statement.iterchildren("{*}mainBody"):
        everything = list(body.iter("{*}paragraph"))
        listed = {  # a paragraph with a list ends before it: not checked
            holder
            for found in body.iter("{*}list")
            for holder in found.iterancestors("{*}paragraph")
        }
        for para in everything:
            if para in listed:
                continue
            num = _child(para, "num")
            if num is None or not _NUMBER_RE.fullmatch(_num_text(num)):
                continue
            end = _ending(para)
            allowed = marks.last if para is everything[-1] else marks.operative
            if end and end not in allowed:
                yield Finding(f"operative paragraph ends with {end!r}", para)


@check("D008", "lead-phrase-inconsistent", severity=Severity.WARNING)
def lead_phrase_inconsistent(doc: Document) -> Iterator[Finding]:
    """A preambular paragraph's name is not its italic lead phrase.

    Chinese prints lead phrases in bold, not italic: in a Chinese text
    (FRBRlanguage) the bold opening is the lead phrase.

    ## Why is this bad?
    ``container/@name`` is how software finds "all paragraphs that
    recall …"; it must be the phrase the paragraph opens with.

    ## Example
    ``<container name="Recalling">`` whose text opens with *Noting*.
    """
    for statement, _ in statements(doc):
        style = "bold" if language(statement) in _CHINESE else "italic"
        for container in (
            c for preamble in statement.iterchildren("{*}preamble")
            for c in preamble.iterchildren("{*}container")
        ):
            yield from _lead_phrase(container, style)


def _lead_phrase(container: etree._Element, style: str) -> Iterator[Finding]:
    name = norm(container.get("name", ""))
    p = _child(container, "p")
    phrase = "" if p is None else lead_span(p, style)
    if not phrase:
        yield Finding(f"no {style} lead phrase (name {name!r})", container)
    elif phrase.rstrip(_COMMAS) != name.rstrip(_COMMAS):
        yield Finding(
            f"name {name!r} but the lead phrase is {phrase!r}", container
        )


@check("D009", "frbr-number-mismatch")
def frbr_number_mismatch(doc: Document) -> Iterator[Finding]:
    """The FRBR number is not the number the document displays.

    ## Why is this bad?
    The IRI is how systems find the document; if it names 75/197 while the
    page says 75/196, every link to it is wrong.

    ## Example
    FRBRuri ``…/75-197/`` with ``<docNumber>75/196.</docNumber>``.
    """
    for statement, component in statements(doc):
        uri = frbr(statement, "{*}FRBRWork/{*}FRBRuri")
        number = work_iri_part(statement, 6)
        annex = local_name(statement) == "doc"
        if uri is None or component or annex or not number:
            continue
        shown = statement.findall("{*}preface//{*}docNumber")
        symbol = statement.findall("{*}coverPage//{*}docNumber")[:1]
        if not shown and not symbol:
            continue
        texts = [norm("".join(el.itertext())) for el in shown or symbol]
        # "75/290." with its part "A" shows 75-290A, and so does the
        # symbol "A/RES/75/290 A"; the UN writes 75-290.
        shown_as = {
            _shown_number(texts[0]),
            _shown_number(" ".join(texts)),
            *(_shown_number(norm("".join(s.itertext()))) for s in symbol),
        }
        if number.upper() not in shown_as:
            yield Finding(
                f"FRBR number {number!r} but the document shows "
                f"{' '.join(texts)!r}",
                uri,
            )


def _shown_number(text: str) -> str:
    """A displayed number or symbol as an FRBR number: 75/196. → 75-196."""
    shown = re.sub(r"^[A-Z]+(?:/HRC)?/(?:RES|DEC)/", "", text)
    shown = re.sub(r"\s*\((\d{4})\)", r"-\1", shown.replace(".", ""))
    return shown.replace("/", "-").replace(" ", "").upper()


def _printed_adoption_dates(statement: etree._Element) -> list[etree._Element]:
    return [
        d for d in statement.iter("{*}docDate")
        if d.get("refersTo") in {"#adoptionDate", "#dateOfAdoption"}
    ]


@check("D010", "frbr-date-mismatch")
def frbr_date_mismatch(doc: Document) -> Iterator[Finding]:
    """The FRBR adoption date is not the date the document prints.

    ## Why is this bad?
    The adoption date is part of the IRI and of every citation ("of 16
    December 2020"); two different dates make one of them wrong.

    ## Example
    ``<FRBRdate date="2020-12-17" name="adoption">`` with "16 December 2020"
    in the conclusions.
    """
    for statement, _ in statements(doc):
        work_date = frbr(statement, "{*}FRBRWork/{*}FRBRdate")
        if work_date is None:
            continue
        try:
            adopted = dt.date.fromisoformat(work_date.get("date", ""))
        except ValueError:
            yield Finding(
                f"FRBR date {work_date.get('date')!r} is not an ISO date",
                work_date,
            )
            continue
        for printed in _printed_adoption_dates(statement):
            value = printed.get("date", "")
            if value and value != adopted.isoformat():
                yield Finding(
                    f"adopted on {adopted} in the metadata but {value} on "
                    f"the page",
                    printed,
                )


@check("D011", "frbr-language-mismatch")
def frbr_language_mismatch(doc: Document) -> Iterator[Finding]:
    """The expression's language is not the one in its IRI.

    ## Why is this bad?
    ``…/eng@/`` and ``<FRBRlanguage language="fra"/>`` cannot both be
    right; systems choose the language version by either.

    ## Example
    FRBRuri ``…/75-196/eng@/`` with ``language="fra"``.
    """
    for statement, _ in statements(doc):
        language = frbr(statement, "{*}FRBRExpression/{*}FRBRlanguage")
        uri = frbr(statement, "{*}FRBRExpression/{*}FRBRuri")
        if language is None or uri is None:
            continue
        match = re.search(r"/([a-z]{3})@", uri.get("value", ""))
        if match and match.group(1) != language.get("language"):
            yield Finding(
                f"language {language.get('language')!r} but the IRI says "
                f"{match.group(1)!r}",
                language,
            )


@check("D012", "frbr-actor-mismatch")
def frbr_actor_mismatch(doc: Document) -> Iterator[Finding]:
    """The IRI's actor is not the body that the cover page names.

    ## Why is this bad?
    ``unsc`` in the IRI of a document whose masthead says "General
    Assembly" files the resolution under the wrong organ.

    ## Example
    ``/akn/un/statement/deliberation/unsc/…`` with
    ``<docAuthority>General Assembly</docAuthority>``.
    """
    for statement, component in statements(doc):
        uri = frbr(statement, "{*}FRBRWork/{*}FRBRuri")
        if uri is None or component:
            continue
        actor = work_iri_part(statement, 4)
        shown = [
            norm("".join(a.itertext()))
            for a in statement.iterfind("{*}coverPage//{*}docAuthority")
        ]
        expected = organ_actor(shown)
        if expected and actor and actor not in expected:
            yield Finding(
                f"actor {actor!r} but the cover page names "
                f"{' / '.join(shown)!r}",
                uri,
            )


@check("D013", "reference-unresolved", severity=Severity.WARNING)
def reference_unresolved(doc: Document) -> Iterator[Finding]:
    """A ``refersTo`` or ``href="#…"`` names no element.

    References the UN's own production files leave dangling by design
    (``#generalDistribution``, ``#generalAssembly``, ``#adoptionDate``,
    ``#publicationJobNumber``, ``#DGACM``, ``#un``, ``#preamble`` on
    cross-headings, ``#letter`` on part letters …) are reported as D014
    instead, so that this rule stays quiet on the UN's files.

    ## Why is this bad?
    A reference to nothing carries no meaning: the TLC entry it should
    name is missing from ``<references>``.

    ## Example
    ``<docProponent refersTo="#thirdCommittee">`` with no
    ``eId="thirdCommittee"``.
    """
    yield from _dangling(doc, known=False)


@check("D014", "reference-unresolved-known-quirk", severity=Severity.INFO)
def reference_unresolved_known_quirk(doc: Document) -> Iterator[Finding]:
    """A reference the UN's production files leave dangling names nothing.

    This fires on nearly every file the UN publishes: their production
    pipeline writes these references without the TLC entries. It is
    information, not a defect of the text.

    ## Why is this bad?
    The reference carries no meaning until a TLC entry is added.

    ## Example
    ``refersTo="#generalDistribution"`` with no such eId.
    """
    yield from _dangling(doc, known=True)


KNOWN_DANGLING = frozenset({
    "generalDistribution", "generalAssembly", "adoptionDate",
    "publicationJobNumber", "DGACM", "un", "adoption", "adoptionMeeting",
    "resolutionNumber", "english", "subsidiaryBody", "humanRightsCouncil",
    "session", "startDate", "endDate", "adoptedWithoutVote", "author",
    "ecosoc", "securityCouncil", "originalLanguage", "preamble", "letter",
    "symbol", "noMainCommittee", "firstCommittee", "secondCommittee",
    "thirdCommittee", "fourthCommittee", "fifthCommittee", "sixthCommittee",
    "resolutionTitle", "dateOfIssuance", "publisher", "issuingBody",
    "memberState", "inFavour", "against", "abstaining",
})  # fmt: skip


def _dangling(doc: Document, *, known: bool) -> Iterator[Finding]:
    for element, attribute, value in doc.memo(
        "dangling", lambda: _find_dangling(doc)
    ):
        if (value[1:] in KNOWN_DANGLING) == known:
            yield Finding(f"{attribute}={value!r} names no element", element)


def _find_dangling(
    doc: Document,
) -> list[tuple[etree._Element, str, str]]:
    eids = doc.eids
    found = _LOCAL_REFERENCES(doc.root)
    dangling = []
    for value in found if isinstance(found, list) else ():
        if not isinstance(value, etree._ElementUnicodeResult):
            continue
        if value[1:] not in eids and (owner := value.getparent()) is not None:
            dangling.append((owner, str(value.attrname), str(value)))
    return dangling


# The attributes that refer to an element, with a local reference.
_LOCAL_REFERENCES = etree.XPath(" | ".join(
    f"//*/@{name}[starts-with(., '#')]"
    for name in ("refersTo", "href", "source", "as", "by")
))
