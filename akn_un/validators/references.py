"""D: references — refersTo and href that point at nothing."""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from akn_un.core.diagnostics import Severity
from akn_un.core.document import Document
from akn_un.validators._registry import Finding, check


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

