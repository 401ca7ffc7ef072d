"""D: FRBR metadata — number, date, language and actor against the page."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Iterator

from lxml import etree

from akn_un.core.document import Document, local_name
from akn_un.core.organs import frbr_number
from akn_un.grammar.documents import TYPES, parse_symbol
from akn_un.validators._registry import Finding, check
from akn_un.validators._text import (
    frbr,
    norm,
    organ_actor,
    statements,
    work_iri_part,
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
    """A displayed number or symbol as an FRBR number: 75/196. → 75-196.

    A symbol of any type is read by its grammar ("S/2018/95", a draft's,
    is 2018-95).
    """
    with contextlib.suppress(ValueError):
        return frbr_number(parse_symbol(text).number).upper()
    shown = re.sub(r"^[A-Z]+(?:/HRC)?/(?:RES|DEC)/", "", text)
    shown = re.sub(r"\s*\((\d{4})\)", r"-\1", shown.replace(".", ""))
    return shown.replace("/", "-").replace(" ", "").upper()


def _among_its_dates(printed: etree._Element, adopted: dt.date) -> bool:
    """Whether ``printed`` stands beside the metadata's date in one line.

    A decision adopted over several meetings lists each meeting's date in
    its conclusions; the metadata's is the first.
    """
    parent = printed.getparent()
    return parent is not None and any(
        sibling.get("date") == adopted.isoformat()
        for sibling in parent.iterchildren("{*}docDate")
    )


def _printed_adoption_dates(statement: etree._Element) -> list[etree._Element]:
    return [
        d for d in statement.iter("{*}docDate")
        if d.get("refersTo") in {"#adoptionDate", "#dateOfAdoption"}
    ]


@check(
    "D010", "frbr-date-mismatch",
    types=("resolution", "decision", "presidentialStatement"),
)  # fmt: skip
def frbr_date_mismatch(doc: Document) -> Iterator[Finding]:
    """The FRBR adoption date is not the date the document prints.

    ## Why is this bad?
    The adoption date is part of the IRI and of every citation ("of 16
    December 2020"); two different dates make one of them wrong.

    ## Example
    ``<FRBRdate date="2020-12-17" name="adoption">`` with "16 December 2020"
    in the conclusions.  A document adopted over several meetings (a
    decision in parts) lists each date in one line; the metadata's must be
    one of them.
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
            if _among_its_dates(printed, adopted):
                continue  # adopted over several meetings, listed together
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




# Names the UN's files give a type besides its own.
_SAME_TYPE = {"resolutionDraft": "draftResolution"}
_TYPE_KEYS = frozenset(kind.key for kind in TYPES)


@check("D016", "type-symbol-mismatch")
def type_symbol_mismatch(doc: Document) -> Iterator[Finding]:
    """The element's ``name`` says one type of document, its symbol another.

    The symbol is the one the cover page prints (``S/2018/95`` is a
    draft's, ``A/DEC/76/402`` a decision's, ``S/PRST/2020/11`` a
    presidential statement's).

    ## Why is this bad?
    A draft marked up as a resolution tells every reader and system that
    it was adopted; the name is what they file it by.

    ## Example
    ``<statement name="resolution">`` whose cover page prints
    ``S/2018/95``.
    """
    for statement, component in statements(doc):
        name = _SAME_TYPE.get(statement.get("name", ""), "")
        name = name or statement.get("name", "")
        if component or name not in _TYPE_KEYS:
            continue  # an unknown name is D001's
        printed = [
            "".join(number.itertext()).strip()
            for number in statement.iterfind("{*}coverPage//{*}docNumber")
            if number.get("refersTo") == "#symbol"
        ]
        for symbol in printed[:1]:
            try:
                kind = parse_symbol(symbol).type
            except ValueError:
                continue
            if name != kind.key:
                yield Finding(
                    f"name {name!r} but {symbol} is the symbol of a "
                    f"{kind.title.lower()}",
                    statement,
                )
