"""The masthead: the lines above the title, each read for what it says."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace

from akn_un.converter import rules
from akn_un.converter.context import Context
from akn_un.converter.parse.inline import plain_lines
from akn_un.converter.parse.ir import Line, LineKind, Masthead, Meeting
from akn_un.converter.text import Piece
from akn_un.core.organs import HRC, ORGANS
from akn_un.core.symbols import is_resolution_symbol
from akn_un.grammar.dates import parse_date
from akn_un.grammar.documents import (
    DECISION,
    DRAFT_RESOLUTION,
    PRESIDENTIAL_STATEMENT,
    RESOLUTION,
    Symbol,
    parse_symbol,
)
from akn_un.grammar.languages import (
    BY_CODE,
    COMMITTEE_KEYS,
    ENGLISH,
    OTHER_LANGUAGES,
    TATWEEL,
    Language,
)
from akn_un.grammar.shapes import (
    MEETING_RE,
    ORIGINAL_RE,
    PROPONENT_NAME_RE,
    SESSION_DATES_RE,
    STATUS_RE,
)

# What the converter writes end to end; the other types are declared in
# the grammar (their symbols are read) but not yet converted.
CONVERTED = (
    RESOLUTION, DECISION, DRAFT_RESOLUTION, PRESIDENTIAL_STATEMENT)
# The lines that name a type ("Decision"); a draft's line and a
# statement's are read by recognisers of their own.
_TYPE_LINES = {kind.title: kind for kind in (RESOLUTION, DECISION)}


def parse_converted(symbol: str) -> Symbol:
    """The type, organ and number of the symbol of a type converted.

    Raises:
        ValueError: it is the symbol of no type the converter writes.

    """
    parsed = parse_symbol(symbol)
    if parsed.type not in CONVERTED:
        raise ValueError(f"not a resolution symbol: {symbol!r}")
    return parsed


def _dated(context: Context, text: str, offset: int) -> dt.date | None:
    date = parse_date(text)
    if date is None:
        context.report(
            rules.DATE_UNPARSED, f"cannot read the date {text!r}", offset)
    return date


@dataclass(frozen=True, slots=True)
class _LineInput:
    """What reading one masthead line is given."""

    context: Context
    head: Masthead
    text: str
    offset: int
    language: Language | None

    def line(
        self,
        kind: LineKind,
        *,
        value: str | None = None,
        date: dt.date | None = None,
        extra: dict[str, str] | None = None,
    ) -> Line:
        """The line read as ``kind``, with what it gives."""
        return Line(kind, self.text, self.offset, value, date, extra or {})


def _body(r: _LineInput) -> Line | None:
    if r.text != HRC.name:
        return None
    r.head.organ = r.text
    return r.line(LineKind.BODY)


def _organ(r: _LineInput) -> Line | None:
    if r.text not in ORGANS:
        return None
    r.head.organ = r.head.organ or r.text
    return r.line(LineKind.ORGAN)


def _publisher(r: _LineInput) -> Line | None:
    return r.line(LineKind.PUBLISHER) if r.text == ENGLISH.publisher else None


def _type(r: _LineInput) -> Line | None:
    if (kind := _TYPE_LINES.get(r.text)) is None:
        return None
    r.head.document_type = kind
    return r.line(LineKind.TYPE)


def _sponsors(r: _LineInput) -> Line | None:
    """A draft's line: "Algeria: draft resolution", "Revised draft …".

    Who proposes it: its sponsors, or who submitted it ("Draft resolution
    submitted by the President of the General Assembly").
    """
    languages = [ENGLISH] if r.language is None else [ENGLISH, r.language]
    for language in languages:
        if match := language.draft_re.fullmatch(r.text):
            named = match.groupdict()
            r.head.document_type = DRAFT_RESOLUTION
            r.head.sponsors = named.get("sponsors") or named.get("submitter")
            return r.line(LineKind.SPONSORS, value=r.head.sponsors)
    return None


def _statement(r: _LineInput) -> Line | None:
    """"Statement by the President of the Security Council"."""
    pattern = PRESIDENTIAL_STATEMENT.masthead
    if pattern is None or (match := pattern.fullmatch(r.text)) is None:
        return None
    r.head.document_type = PRESIDENTIAL_STATEMENT
    r.head.organ = r.head.organ or match["organ"]
    return r.line(LineKind.STATEMENT)


def _other_symbol(r: _LineInput) -> Line | None:
    """A symbol of a type not a resolution's: "S/2018/95", "S/PRST/2016/12".

    Where the converter writes the type, the symbol tells it.
    """
    try:
        parsed = parse_symbol(r.text)
    except ValueError:
        return None
    if parsed.type not in CONVERTED:
        return None
    r.head.symbol = r.text
    r.head.document_type = parsed.type
    return r.line(LineKind.SYMBOL)


def _plenary(r: _LineInput) -> Line | None:
    return r.line(LineKind.PLENARY) if r.text == "Plenary" else None


def _status(r: _LineInput) -> Line | None:
    if (match := STATUS_RE.fullmatch(r.text)) is None:
        return None
    word = match["word"]
    if r.language is not None:
        word = r.language.distributions.get(word, word)
    return r.line(LineKind.STATUS, value=word)


def _original(r: _LineInput) -> Line | None:
    found = ORIGINAL_RE.fullmatch(r.text)
    return None if found is None else r.line(LineKind.ORIGINAL)


def _session_dates(r: _LineInput) -> Line | None:
    found = SESSION_DATES_RE.fullmatch(r.text)
    return None if found is None else r.line(LineKind.SESSION_DATES)


def _issued(r: _LineInput) -> Line | None:
    if (date := parse_date(r.text)) is None:
        return None
    r.head.issued = r.head.issued or date
    return r.line(LineKind.ISSUED, date=date)


def _session(r: _LineInput) -> Line | None:
    if (match := ENGLISH.session_re.fullmatch(r.text)) is None:
        return None
    ordinal = match.group("ordinal")
    value = int(ordinal) if ordinal.isdigit() else ENGLISH.ordinal(ordinal)
    r.head.session = value
    return r.line(LineKind.SESSION, value=str(value or ""))


def _agenda(r: _LineInput) -> Line | None:
    if (match := ENGLISH.agenda_re.fullmatch(r.text)) is None:
        return None
    return r.line(LineKind.AGENDA, value=match.group("item"))


def _adopted(r: _LineInput) -> Line | None:
    if (match := ENGLISH.adopted_re.fullmatch(r.text)) is None:
        return None
    date = _dated(r.context, match.group("date"), r.offset + match.start(2))
    r.head.adopted = date
    r.head.organ = r.head.organ or match.group("organ")
    return r.line(LineKind.ADOPTED, date=date,
                  extra={"date_text": match.group("date")})


def _adopted_in_another_language(r: _LineInput) -> Line | None:
    """A line that says who adopted the resolution, in another language.

    "Résolution adoptée par l'Assemblée générale le 16 décembre 2020", and
    its Spanish, Russian, Arabic and Chinese forms.
    """
    for printed_in in OTHER_LANGUAGES:
        if match := printed_in.adopted_re.fullmatch(r.text):
            date = _dated(
                r.context, match["date"], r.offset + match.start("date"))
            r.head.adopted = date
            r.head.organ = r.head.organ or printed_in.organ(match["organ"])
            return r.line(LineKind.ADOPTED, date=date,
                          extra={"date_text": match["date"]})
    return None


def _sc_adopted(r: _LineInput) -> Line | None:
    pattern = ENGLISH.council_adopted_re
    if pattern is None or (match := pattern.fullmatch(r.text)) is None:
        return None
    date = _dated(
        r.context, match.group("date"), r.offset + match.start("date"))
    r.head.adopted = date
    r.head.organ = match.group("organ")
    line = r.line(LineKind.SC_ADOPTED, date=date, value=match.group("meeting"),
                  extra={"date_text": match.group("date")})
    before = r.text.rpartition(match.group("date"))[0]
    return replace(line, meeting=meeting_in(before))


def meeting_in(text: str) -> Meeting | None:
    """The meeting a line names ("46th plenary meeting"), if it names one."""
    match = MEETING_RE.search(text)
    if match is None:
        return None
    return Meeting(match.start(), match.end(), match.group("ordinal"))


def _sc_number(r: _LineInput) -> Line | None:
    pattern = ENGLISH.council_number_re
    if pattern is None or (match := pattern.fullmatch(r.text)) is None:
        return None
    r.head.number = match.group("number")
    return r.line(LineKind.SC_NUMBER, value=r.head.number)


def _proponent(r: _LineInput) -> Line | None:
    if (match := ENGLISH.proponent_re.fullmatch(r.text)) is None:
        return None
    committee = match.group("committee")
    named = PROPONENT_NAME_RE.search(r.text)
    extra = {"document": match.group("document") or "",
             "committee": named.group(1) if named else r.text}
    return r.line(LineKind.PROPONENT, value=COMMITTEE_KEYS.get(committee),
                  extra=extra)


def _symbol(r: _LineInput) -> Line | None:
    if not is_resolution_symbol(r.text):
        return None
    r.head.symbol = r.text
    with contextlib.suppress(ValueError):
        if parse_converted(r.text).type is DECISION:
            r.head.document_type = DECISION
    return r.line(LineKind.SYMBOL)


# The same lines as another language prints them ("Nations Unies",
# "Assemblée générale", "Soixante-quinzième session", "Point 72 b) de
# l’ordre du jour", "[sur la base du rapport de la Troisième Commission
# (A/75/478)]"): read with the text's Language.

def _publisher_in(r: _LineInput, language: Language) -> Line | None:
    if r.text.replace(TATWEEL, "") != language.publisher:
        return None
    return r.line(LineKind.PUBLISHER)


def _organ_in(r: _LineInput, language: Language) -> Line | None:
    if (organ := language.organ_lines.get(r.text)) is None:
        return None
    r.head.organ = r.head.organ or organ
    human_rights = organ == HRC.name
    return r.line(LineKind.BODY if human_rights else LineKind.ORGAN,
                  value=organ)


def _session_in(r: _LineInput, language: Language) -> Line | None:
    if (match := language.session_re.fullmatch(r.text)) is None:
        return None
    if (value := language.ordinal(match["ordinal"])) is None:
        return None
    r.head.session = value
    return r.line(LineKind.SESSION, value=str(value))


def _agenda_in(r: _LineInput, language: Language) -> Line | None:
    if (match := language.agenda_re.fullmatch(r.text)) is None:
        return None
    return r.line(LineKind.AGENDA, value=match["item"])


def _proponent_in(r: _LineInput, language: Language) -> Line | None:
    if (match := language.proponent_re.fullmatch(r.text)) is None:
        return None
    printed = match["committee"].strip()
    english = language.committee(printed)
    return r.line(LineKind.PROPONENT, value=COMMITTEE_KEYS.get(english or ""),
                  extra={"document": match["document"] or "",
                         "committee": english or printed})


# Each kind of line, tried in this order; the first that reads it says
# what it is.
_RECOGNISERS: tuple[Callable[[_LineInput], Line | None], ...] = (
    _body, _organ, _publisher, _sponsors, _type, _plenary, _status,
    _original, _session_dates, _issued, _session, _agenda, _adopted,
    _adopted_in_another_language, _sc_adopted, _sc_number, _proponent,
    _symbol, _other_symbol, _statement,
)
_IN_LANGUAGE: tuple[Callable[[_LineInput, Language], Line | None], ...] = (
    _publisher_in, _organ_in, _session_in, _agenda_in, _proponent_in,
)


def _read_line(
    context: Context,
    head: Masthead,
    text: str,
    offset: int,
    previous: str | None,
) -> Line:
    reading = _LineInput(context, head, text, offset, BY_CODE.get(
        context.language))
    for recognise in _RECOGNISERS:
        if (line := recognise(reading)) is not None:
            return line
    if reading.language is not None:
        for recognise_in in _IN_LANGUAGE:
            if (line := recognise_in(reading, reading.language)) is not None:
                return line
    if previous in {LineKind.AGENDA, LineKind.AGENDA_TITLE}:
        if head.document_type is DECISION:
            return reading.line(LineKind.DECISION_TYPE)
        return reading.line(LineKind.AGENDA_TITLE)
    context.report(rules.BLOCK_UNCLASSIFIED,
                   f"masthead line not recognised: {text!r}", offset)
    return reading.line(LineKind.UNKNOWN)


def read_masthead(context: Context, pieces: list[Piece]) -> Masthead:
    """Read each masthead line for what it is and what it gives."""
    head = Masthead()
    previous: LineKind | None = None
    texts = plain_lines([piece.text for piece in pieces])
    for piece, text in zip(pieces, texts, strict=True):
        line = _read_line(context, head, text, piece.offset, previous)
        head.lines.append(line)
        previous = line.kind
    return head
