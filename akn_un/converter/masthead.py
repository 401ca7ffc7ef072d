"""The masthead: the lines above the title, each read for what it says."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from akn_un.converter.context import Context
from akn_un.converter.inline import Piece, plain_lines
from akn_un.core.organs import ORGANS
from akn_un.core.symbols import is_resolution_symbol
from akn_un.grammar.dates import ordinal_value, parse_date
from akn_un.grammar.documents import (
    DECISION,
    RESOLUTION,
    DocumentType,
    parse_symbol,
)
from akn_un.grammar.languages import (
    BY_CODE,
    OTHER_LANGUAGES,
    TATWEEL,
    Language,
)

_SC_ADOPTED_RE = re.compile(
    r"Adopted by the (?P<organ>.+?) at its (?P<meeting>\d+(?:st|nd|rd|th)) "
    r"meeting, on ?(?P<date>.+)"
)
_SC_NUMBER_RE = re.compile(r"Resolution (?P<number>\d+ \(\d{4}\))")
_SESSION_RE = re.compile(
    r"(?P<ordinal>[A-Za-z-]+|\d{4})(?: (?:special|emergency special))? session"
)
# "11 September - 13 October 2023": when a session sits (HRC mastheads).
_SESSION_DATES_RE = re.compile(
    r"\d{1,2}(?: [A-Z][a-z]+(?: \d{4})? ?[\u2013-]? ?| ?[\u2013-] ?)"
    r"\d{1,2} [A-Z][a-z]+ \d{4}"
)
_AGENDA_RE = re.compile(r"Agenda items? (?P<item>.+)")
_STATUS_RE = re.compile(r"Distr\.:? ?(?P<word>\w+)")
_ORIGINAL_RE = re.compile(r"Original: ?\w+")
_PROPONENT_RE = re.compile(
    r"\[(?P<body>(?P<lead>on the (?:report|recommendation) of the|without "
    r"reference to a) (?P<committee>.+?)(?: \((?P<document>[^()]+)\))?)\]"
)

_COMMITTEES = {
    "First Committee": "firstCommittee",
    "Second Committee": "secondCommittee",
    "Third Committee": "thirdCommittee",
    "Fourth Committee": "fourthCommittee",
    "Special Political and Decolonization Committee (Fourth Committee)": (
        "fourthCommittee"
    ),
    "Fifth Committee": "fifthCommittee",
    "Sixth Committee": "sixthCommittee",
    "Main Committee": "noMainCommittee",
}


# What the converter writes end to end; the other types are declared in
# the grammar (their symbols are read) but not yet converted.
CONVERTED = (RESOLUTION, DECISION)
_TYPE_LINES = {kind.title: kind for kind in CONVERTED}
_ADOPTED_RE = RESOLUTION.masthead


def _symbol_type(symbol: str) -> DocumentType | None:
    """The converted type whose symbol ``symbol`` is, if one."""
    try:
        kind = parse_symbol(symbol).type
    except ValueError:
        return None
    return kind if kind in CONVERTED else None


def _adopted_in_another_language(
    text: str,
) -> tuple[Language, re.Match[str]] | None:
    """A line that says who adopted the resolution, in another language.

    "Résolution adoptée par l'Assemblée générale le 16 décembre 2020", and
    its Spanish, Russian, Arabic and Chinese forms.
    """
    for language in OTHER_LANGUAGES:
        if match := language.adopted_re.fullmatch(text):
            return language, match
    return None


@dataclass(frozen=True, slots=True)
class Line:
    """A masthead line: what it is, its text and what it gives."""

    kind: str
    text: str
    offset: int
    value: str | None = None
    date: dt.date | None = None
    extra: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class Masthead:
    """The masthead lines and the metadata they give."""

    lines: list[Line] = field(default_factory=list)
    organ: str | None = None
    issued: dt.date | None = None
    adopted: dt.date | None = None
    session: int | None = None
    number: str | None = None
    symbol: str | None = None
    document_type: DocumentType = RESOLUTION


def _read_in_language(
    language: Language, head: Masthead, text: str, offset: int
) -> Line | None:
    """A masthead line as another language prints it, or ``None``.

    The publisher, the organ, the session, the agenda item and the
    committee that reported ("Nations Unies", "Assemblée générale",
    "Soixante-quinzième session", "Point 72 b) de l’ordre du jour",
    "[sur la base du rapport de la Troisième Commission (A/75/478)]").
    """
    if text.replace(TATWEEL, "") == language.publisher:
        return Line("publisher", text, offset)
    if (organ := language.organ_lines.get(text)) is not None:
        head.organ = head.organ or organ
        kind = "body" if organ == "Human Rights Council" else "organ"
        return Line(kind, text, offset, value=organ)
    if match := language.session_re.fullmatch(text):
        value = language.ordinal(match["ordinal"])
        if value is not None:
            head.session = value
            return Line("session", text, offset, value=str(value))
    if match := language.agenda_re.fullmatch(text):
        return Line("agenda", text, offset, value=match["item"])
    if match := language.proponent_re.fullmatch(text):
        printed = match["committee"].strip()
        english = language.committee(printed)
        return Line("proponent", text, offset,
                    value=_COMMITTEES.get(english or ""),
                    extra={"document": match["document"] or "",
                           "committee": english or printed})
    return None


def _dated(context: Context, text: str, offset: int) -> dt.date | None:
    date = parse_date(text)
    if date is None:
        context.report("V006", f"cannot read the date {text!r}", offset)
    return date


def _read_line(  # noqa: C901, PLR0911, PLR0912 - a branch per kind of line
    context: Context,
    head: Masthead,
    text: str,
    offset: int,
    previous: str | None,
) -> Line:
    language = BY_CODE.get(context.language)
    if text == "Human Rights Council":
        head.organ = text
        return Line("body", text, offset)
    if text in ORGANS:
        head.organ = head.organ or text
        return Line("organ", text, offset)
    if text == "United Nations":
        return Line("publisher", text, offset)
    if (kind := _TYPE_LINES.get(text)) is not None:
        head.document_type = kind
        return Line("type", text, offset)
    if text == "Plenary":
        return Line("plenary", text, offset)
    if match := _STATUS_RE.fullmatch(text):
        word = match["word"]
        if language is not None:
            word = language.distributions.get(word, word)
        return Line("status", text, offset, value=word)
    if _ORIGINAL_RE.fullmatch(text):
        return Line("original", text, offset)
    if _SESSION_DATES_RE.fullmatch(text):
        return Line("session-dates", text, offset)
    if (date := parse_date(text)) is not None:
        head.issued = head.issued or date
        return Line("issued", text, offset, date=date)
    if match := _SESSION_RE.fullmatch(text):
        ordinal = match.group("ordinal")
        value = int(ordinal) if ordinal.isdigit() else ordinal_value(ordinal)
        head.session = value
        return Line("session", text, offset, value=str(value or ""))
    if match := _AGENDA_RE.fullmatch(text):
        return Line("agenda", text, offset, value=match.group("item"))
    if _ADOPTED_RE is not None and (match := _ADOPTED_RE.fullmatch(text)):
        date = _dated(context, match.group("date"), offset + match.start(2))
        head.adopted = date
        head.organ = head.organ or match.group("organ")
        return Line("adopted", text, offset, date=date,
                    extra={"date_text": match.group("date")})
    if adopted := _adopted_in_another_language(text):
        printed_in, match = adopted
        date = _dated(context, match["date"], offset + match.start("date"))
        head.adopted = date
        head.organ = head.organ or printed_in.organ(match["organ"])
        return Line("adopted", text, offset, date=date,
                    extra={"date_text": match["date"]})
    if match := _SC_ADOPTED_RE.fullmatch(text):
        date = _dated(context, match.group("date"), offset + match.start(3))
        head.adopted = date
        head.organ = match.group("organ")
        return Line("sc-adopted", text, offset, date=date,
                    value=match.group("meeting"),
                    extra={"date_text": match.group("date")})
    if match := _SC_NUMBER_RE.fullmatch(text):
        head.number = match.group("number")
        return Line("sc-number", text, offset, value=head.number)
    if match := _PROPONENT_RE.fullmatch(text):
        committee = match.group("committee")
        extra = {"document": match.group("document") or ""}
        return Line("proponent", text, offset,
                    value=_COMMITTEES.get(committee), extra=extra)
    if is_resolution_symbol(text):
        head.symbol = text
        if _symbol_type(text) is DECISION:
            head.document_type = DECISION
        return Line("symbol", text, offset)
    if language is not None and (
        line := _read_in_language(language, head, text, offset)
    ):
        return line
    if previous in {"agenda", "agenda-title"}:
        if head.document_type is DECISION:
            return Line("decision-type", text, offset)
        return Line("agenda-title", text, offset)
    context.report("V004", f"masthead line not recognised: {text!r}", offset)
    return Line("unknown", text, offset)


def read_masthead(context: Context, pieces: list[Piece]) -> Masthead:
    """Read each masthead line for what it is and what it gives."""
    head = Masthead()
    previous = None
    texts = plain_lines([piece.text for piece in pieces])
    for piece, text in zip(pieces, texts, strict=True):
        line = _read_line(context, head, text, piece.offset, previous)
        head.lines.append(line)
        previous = line.kind
    return head
