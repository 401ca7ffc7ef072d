"""C: citations — dates of cited resolutions, treaty series references."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator

from lxml import etree

from akn_un.core.diagnostics import Severity
from akn_un.core.document import AKN_NS, Document
from akn_un.core.organs import session_fits
from akn_un.grammar.citations import (
    OTHER_BODY_RE,
    cites_by_number,
    citing_literal,
    dated_resolutions,
)
from akn_un.grammar.dates import parse_date
from akn_un.grammar.resolution_numbers import Citation
from akn_un.validators._registry import Finding, check
from akn_un.validators._text import (
    frbr,
    language,
    norm,
    organ_key,
    statements,
    text_without_notes,
)

_TREATY_RE = re.compile(
    r"United Nations,\s*Treaty Series(?P<rest>.{0,80})", re.DOTALL
)
_TREATY_FORM_RE = re.compile(
    r",\s*(?:vol\.\s*\d+|vols\.\s*\d+(?:(?:,\s*|\s+and\s+)\d+)+)"
    r",\s*(?:No\.\s*\d+|Nos\.\s*\d+(?:\s*[\u2013-]\s*\d+"
    r"|(?:(?:,\s*|\s+and\s+)\d+)+))"
)
_GA_NUMBER_RE = re.compile(r"A/RES/(\d+)/\d+[A-Z]?")  # a part: 56/64B
_YEAR_IN_SYMBOL_RE = re.compile(r"E/RES/(\d{4})/|S/RES/\d+\((\d{4})\)")




def _units(doc: Document) -> list[tuple[etree._Element, str]]:
    """Each ``<p>`` (notes' too) that may cite, with its text.

    The text leaves notes out; libxml2 picks the ``<p>``s by their string
    value, at C speed.
    """
    return doc.memo("units", lambda: _citing_units(doc))


def _language(doc: Document) -> str:
    """The document's language, as the citation grammars name it."""
    for statement, _ in statements(doc):
        if code := language(statement):
            return code
    return "eng"


def _citing_units(doc: Document) -> list[tuple[etree._Element, str]]:
    found = _CITING(doc.root, word=citing_literal(_language(doc)))
    return [
        (p, text_without_notes(p))
        for p in (found if isinstance(found, list) else ())
        if isinstance(p, etree._Element)
    ]


_CITING = etree.XPath(
    "//a:p[contains(., $word) or contains(., 'Treaty Series')]",
    namespaces={"a": AKN_NS},
)


def _own_organ(doc: Document) -> str:
    """The organ whose resolution this is, from the IRI's actor."""
    for statement, _ in statements(doc):
        if (organ := organ_key(statement)) is not None:
            return organ
    return "ga"


def _cited_in_text(
    doc: Document,
) -> list[tuple[etree._Element, str, Citation]]:
    """Dated resolution citations, with the paragraph and its text."""
    return doc.memo("dated-citations", lambda: _find_dated(doc))


def _find_dated(doc: Document) -> list[tuple[etree._Element, str, Citation]]:
    own, code = _own_organ(doc), _language(doc)
    found: list[tuple[etree._Element, str, Citation]] = []
    for unit, text in _units(doc):
        if not cites_by_number(text, code):
            continue
        found.extend(
            (unit, text, citation)
            for citation in dated_resolutions(text, own, code)
        )
    return found


def _cited(doc: Document) -> Iterator[tuple[etree._Element, Citation]]:
    for unit, _, citation in _cited_in_text(doc):
        yield unit, citation




class _Sentences:
    """A text's sentence breaks and mentions of other bodies, found once.

    "Human Rights Council resolutions on the subject, including resolution
    42/9" cites the Council's 42/9, not the General Assembly's.  Each
    citation asks about the sentence before it; the text is read once for
    all of them (a long sentence of many citations is read once, not once
    per citation).
    """

    def __init__(self, text: str) -> None:
        """Index the text's breaks (". ", "; ") and body names."""
        self.text = text
        self.breaks = [m.start() for m in _BREAK_RE.finditer(text)]
        self.mentions = [
            (m.start(), m.end()) for m in OTHER_BODY_RE.finditer(text)
        ]

    def names_another_body(self, end: int) -> bool:
        """Whether the sentence before ``end`` (a citation) names one."""
        index = bisect.bisect_left(self.breaks, end - 1) - 1
        start = self.breaks[index] + 1 if index >= 0 else 0
        at = bisect.bisect_left(self.mentions, (start, -1))
        return at < len(self.mentions) and self.mentions[at][1] <= end


_BREAK_RE = re.compile(r"[.;] ")


@check("C002", "cited-date-outside-session", severity=Severity.WARNING)
def cited_date_outside_session(doc: Document) -> Iterator[Finding]:
    """A GA resolution is cited with a date outside its session.

    Regular session N runs from September of 1945+N to September of
    1946+N; special and emergency special sessions have their own
    numbering and are not checked, nor are numbers in a sentence that
    names another body (a Council, a Commission, a Conference …), whose
    resolutions are numbered the same way.  Citations are read in the
    document's language (FRBRlanguage), as C003, C004 and C005 read them:
    "résolution 72/192 du 19 décembre 2017", "2017年12月19日第72/192号决议".

    ## Why is this bad?
    "resolution 72/192 of 19 December 2010" cannot be right: either the
    number or the date is mistyped.

    ## Example
    ``resolution 72/192 of 19 December 2016``.
    """
    sentences = _Sentences("")
    for unit, text, citation in _cited_in_text(doc):
        match = _GA_NUMBER_RE.fullmatch(citation.symbol)
        date = parse_date(citation.date)
        if not (match and date):
            continue
        if text is not sentences.text:
            sentences = _Sentences(text)
        if sentences.names_another_body(citation.start):
            continue
        if not session_fits(int(match.group(1)), date):
            yield Finding(
                f"{citation.symbol} cited as of {citation.date}, outside "
                f"session {match.group(1)}",
                unit,
            )


@check("C003", "cited-year-mismatch", severity=Severity.WARNING)
def cited_year_mismatch(doc: Document) -> Iterator[Finding]:
    """An ECOSOC or SC resolution is cited with a date in another year.

    ECOSOC's session of year N opens in July of N-1 (resolution 2021/4
    was adopted on 14 September 2020), so dates from July of N-1 pass.

    ## Why is this bad?
    ECOSOC resolution 2019/21 and SC resolution 1373 (2001) carry their
    year in their number; a date in another year contradicts it.

    ## Example
    ``Economic and Social Council resolution 2019/21 of 23 July 2018``.
    """
    for unit, citation in _cited(doc):
        match = _YEAR_IN_SYMBOL_RE.match(citation.symbol)
        date = parse_date(citation.date)
        if match and date:
            year = int(match.group(1) or match.group(2))
            # ECOSOC's session of year N opens in July of N-1.
            ecosoc_early = match.group(1) and (
                date.year == year - 1 and date.month >= 7
            )
            if year != date.year and not ecosoc_early:
                yield Finding(
                    f"{citation.symbol} cited as of {citation.date}", unit
                )


@check("C004", "cited-with-two-dates", severity=Severity.WARNING)
def cited_with_two_dates(doc: Document) -> Iterator[Finding]:
    """The same resolution is cited with two different dates.

    ## Why is this bad?
    One of the two dates is wrong.

    ## Example
    "resolution 70/1 of 25 September 2015" and later "resolution 70/1 of
    27 September 2015".
    """
    first: dict[str, str] = {}
    for unit, citation in _cited(doc):
        known = first.setdefault(citation.symbol, citation.date)
        if norm(known) != norm(citation.date):
            yield Finding(
                f"{citation.symbol} cited as of {citation.date} and, before, "
                f"as of {known}",
                unit,
            )


def _adoption(statement: etree._Element) -> dt.date | None:
    date = frbr(statement, "{*}FRBRWork/{*}FRBRdate")
    try:
        return None if date is None else dt.date.fromisoformat(
            date.get("date", "")
        )
    except ValueError:
        return None


@check("C005", "cited-after-adoption")
def cited_after_adoption(doc: Document) -> Iterator[Finding]:
    """A cited resolution is dated after this resolution's adoption.

    ## Why is this bad?
    A resolution cannot cite one adopted after it: the date (or the
    number) is mistyped.

    ## Example
    In a resolution of 16 December 2020, "resolution 75/250 of 24
    December 2020".
    """
    adoption = {id(s): _adoption(s) for s, _ in statements(doc)}
    for unit, citation in _cited(doc):
        statement = next(
            (a for a in unit.iterancestors() if id(a) in adoption), None
        )
        adopted = None if statement is None else adoption[id(statement)]
        date = parse_date(citation.date)
        if adopted and date and date > adopted:
            yield Finding(
                f"{citation.symbol} cited as of {citation.date}, after "
                f"this resolution's adoption on {adopted}",
                unit,
            )


@check("C007", "treaty-series-malformed", severity=Severity.WARNING)
def treaty_series_malformed(doc: Document) -> Iterator[Finding]:
    """A *Treaty Series* citation is not in the UN's form.

    The form is "United Nations, *Treaty Series*, vol. N, No. N", or
    "vols. N, N and N, No. N" when one registration spans volumes, with
    "Nos. N and N" (or a range of numbers) for several registrations.

    ## Why is this bad?
    Volume and registration number are how the treaty is found; a
    citation without them, or with "vol." before several volumes, is
    incomplete or mistyped.

    ## Example
    ``United Nations, Treaty Series, vol. 2225 and 2237, No. 39574``.
    """
    for unit, text in _units(doc):
        if "Treaty Series" not in text:
            continue
        for match in _TREATY_RE.finditer(text):
            if not _TREATY_FORM_RE.match(match.group("rest")):
                rest = norm(match.group("rest"))[:40]
                yield Finding(f'"Treaty Series{rest}" is not in the form '
                              f'"Treaty Series, vol. N, No. N"', unit)

