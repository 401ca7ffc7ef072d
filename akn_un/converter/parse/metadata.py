"""What the document is: organ, number, symbol, dates.

Everything is derived from the text (masthead, title, formula, closing),
unless the caller overrides it.  Nothing is taken from the clock.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import unicodedata
from dataclasses import replace

from akn_un.converter import rules
from akn_un.converter.context import Context
from akn_un.converter.parse.ir import Masthead, Metadata, Overrides, Resolution
from akn_un.converter.parse.masthead import CONVERTED, parse_converted
from akn_un.core.organs import (
    GA,
    ORGANS,
    Organ,
    session_fits,
    session_of,
)
from akn_un.grammar.dates import parse_date
from akn_un.grammar.documents import DECISION, RESOLUTION, DocumentType
from akn_un.grammar.languages import BY_CODE

UNKNOWN_DATE = dt.date(1, 1, 1)


def part_metadata(meta: Metadata, letter: str) -> Metadata:
    """The metadata of part ``letter`` of resolutions issued together."""
    number = f"{meta.number.split(' ')[0]} {letter}"
    return replace(
        meta, number=number, component=True,
        symbol=_symbol(meta.document_type, meta.organ, number),
    )  # fmt: skip


def _symbol(kind: DocumentType, organ: Organ, number: str) -> str:
    """The symbol; a GA decision's is "A/DEC/…" as the UN's files have it.

    A type the organ issues none of takes the organ's resolution form.
    """
    try:
        return kind.symbol(organ, number)
    except ValueError:
        return RESOLUTION.symbol(organ, number)


def _organ(resolution: Resolution, head: Masthead) -> Organ | None:
    formulas = [
        part.formula
        for part in [resolution, *resolution.components]
        if part.formula is not None
    ]
    named = formulas[0].organ if formulas else head.organ
    return ORGANS.get(named or "")


def _closing_date(resolution: Resolution) -> tuple[dt.date, int] | None:
    """The date of the (first) closing lines, and where it stands."""
    parts = [resolution, *resolution.components]
    for piece in (piece for part in parts for piece in part.closing):
        date = parse_date(piece.text.strip("* "))
        if date is not None:
            return date, piece.offset
    return None


def _kind(head: Masthead, overrides: Overrides) -> DocumentType:
    """The document's type: the masthead's, or as the caller forces it.

    Raises:
        ValueError: the type forced is none the converter writes, or the
            symbol given is another type's than the one forced or read (a
            draft's text is never made a resolution).

    """
    kind = head.document_type
    told = kind is not RESOLUTION  # the masthead named another type
    if overrides.document_type is not None:
        forced = {k.key: k for k in CONVERTED}.get(overrides.document_type)
        if forced is None:
            keys = ", ".join(k.key for k in CONVERTED)
            raise ValueError(
                f"type {overrides.document_type!r} is not one of {keys}")
        kind, told = forced, True
    if overrides.symbol:
        given = parse_converted(overrides.symbol).type
        if told and given is not kind:
            raise ValueError(
                f"the text is a {kind.title.lower()}, and {overrides.symbol} "
                f"is the symbol of a {given.title.lower()}: pass the symbol "
                f"printed on it"
            )
        kind = given
    return kind


def _opening_date(
    kind: DocumentType, resolution: Resolution, language: str
) -> dt.date | None:
    """The date the body opens with, for a type dated so.

    "At the 7750th meeting of the Security Council, held on 28 July 2016":
    a presidential statement is adopted at that meeting; "Le 8 mars 2022,
    …": a decision is taken that day, in the text's language.
    """
    parts = [resolution, *resolution.components]
    first = next(
        (p for part in parts for p in part.operative if p.texts), None
    )
    if kind.opening is None or first is None or not first.texts[0]:
        return None
    text = first.texts[0][0].text
    own = BY_CODE.get(language)
    openings = [kind.opening]
    if kind is DECISION and own is not None:
        openings.append(own.decision_opening_re)
    for opening in openings:
        if match := opening.match(text):
            return parse_date(" ".join(match["date"].split()))
    return None


def _identity(
    resolution: Resolution,
    head: Masthead,
    overrides: Overrides,
    hint_symbol: str | None = None,
) -> tuple[Organ | None, str | None]:
    """The organ and number.

    From the symbol given, the masthead's, or the title (with the letters
    of the parts issued together).
    """
    organ: Organ | None = None
    number: str | None = None
    symbol = overrides.symbol or head.symbol
    if symbol:
        try:
            _, organ, number = parse_converted(symbol)
        except ValueError:
            if overrides.symbol:
                raise
    organ = organ or _organ(resolution, head)
    if number is None and resolution.title is not None:
        # a number printed in Arabic-Indic digits is in ASCII in the IRIs
        number = _ascii_digits(resolution.title.number)
    number = number or head.number
    if number is None and hint_symbol:
        with contextlib.suppress(ValueError):
            _, organ, number = parse_converted(hint_symbol)
    letters = [p.title.number for p in resolution.components if p.title]
    if number is not None and letters and " " not in number:
        number += " " + "-".join(dict.fromkeys([letters[0], letters[-1]]))
    return organ, number


def _ascii_digits(text: str) -> str:
    """``text`` with any script's decimal digits as ASCII ones."""
    return "".join(
        str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in text
    )


def _hint_date(context: Context) -> dt.date | None:
    """The front matter's date (the date of issue), if it reads as one."""
    try:
        return dt.date.fromisoformat(context.hints.get("date", "")[:10])
    except ValueError:
        return None


def _compare_symbol(
    context: Context,
    resolution: Resolution,
    head: Masthead,
    overrides: Overrides,
) -> None:
    """V024 where the symbol given names another document than the text.

    Organ and number are compared (the parts' letters aside: "75/253 B"
    is given for a text printing "75/253 B" and its sister parts).
    """
    given = _identity(resolution, head, overrides)
    printed = _identity(resolution, head, replace(overrides, symbol=None))
    if printed[1] is None:
        return
    organ_agrees = printed[0] is None or given[0] == printed[0]
    if organ_agrees and _base(given[1]) == _base(printed[1]):
        return
    title = resolution.title
    context.report(
        rules.GIVEN_SYMBOL_DISAGREES,
        f"symbol {overrides.symbol} given, but the text prints "
        f"{head.symbol or printed[1]}",
        title.text.offset if title is not None else None,
    )


def _base(number: str | None) -> str | None:
    """A number without the letters of its parts ("75/253" of "75/253 B")."""
    return number.split(" ")[0] if number else number


def derive(
    context: Context,
    resolution: Resolution,
    head: Masthead,
    overrides: Overrides,
) -> Metadata:
    """Organ, number, symbol and dates, from overrides or the text."""
    organ, number = _identity(
        resolution, head, overrides, context.hints.get("symbol")
    )
    kind = _kind(head, overrides)
    if overrides.symbol:
        _compare_symbol(context, resolution, head, overrides)
    missing = []
    if organ is None:
        context.report(
            rules.METADATA_MISSING,
            "the organ cannot be told; General Assembly assumed", None,
        )
        organ = GA
    if number is None:
        context.report(
            rules.METADATA_MISSING,
            f"no {'resolution number' if kind.adopted else 'symbol'} in "
            f"the text; pass a symbol"
            + ("" if head.symbol or kind is not RESOLUTION else
               " (no symbol or line names its type: read as a resolution; "
               "--type names another)"),
            None,
        )
        missing.append("number")
        number = "unknown"
    closed = _closing_date(resolution)
    closing = closed[0] if closed else None
    adopted = (
        overrides.adoption_date or head.adopted or closing
        or _opening_date(kind, resolution, context.language)
    )
    if adopted is None and kind.adopted:
        context.report(
            rules.METADATA_MISSING, "no adoption date in the text; pass one",
            None,
        )
        missing.append("adoption date")
        adopted = UNKNOWN_DATE
    printed = head.adopted or closing
    if overrides.adoption_date and printed and printed != adopted:
        context.report(
            rules.GIVEN_DATE_DISAGREES,
            f"adoption date {adopted} given, but the text prints {printed}",
            closed[1] if closed else None,
        )
    if head.adopted and closed and head.adopted != closing:
        context.report(
            rules.DATES_DISAGREE,
            f"adopted on {head.adopted} in the masthead but {closing} in "
            f"the closing",
            closed[1],
        )
    issued = overrides.issue_date or head.issued or _hint_date(context)
    if issued is None and adopted is None:
        context.report(
            rules.METADATA_MISSING,
            f"no date of issue in the text, which dates a "
            f"{kind.title.lower()}; pass one",
            None,
        )
        missing.append("issue date")
        issued = UNKNOWN_DATE
    elif issued is None:
        context.report(
            rules.ISSUE_DATE_MISSING,
            "no date of issue; the adoption date is used", None,
        )
    issued = issued or adopted or UNKNOWN_DATE
    session = head.session or session_of(organ, number)
    regular = not number.startswith(("S-", "ES-"))  # special sessions
    if (
        organ is GA
        and regular
        and session is not None
        and adopted is not None
        and adopted != UNKNOWN_DATE
        and not session_fits(session, adopted)
    ):
        context.report(
            rules.SESSION_DATE_MISMATCH,
            f"session {session} does not run on {adopted.isoformat()}",
            None,
        )
    return Metadata(
        document_type=kind,
        organ=organ,
        number=number,
        symbol=_symbol(kind, organ, number),
        adopted=adopted,
        issued=issued,
        markup=overrides.markup_date or issued,
        language=overrides.language or "eng",
        session=session,
        missing=tuple(missing),
        sponsors=head.sponsors,
    )
