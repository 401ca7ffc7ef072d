"""The UN documents a text cites, as the converter finds them.

:func:`find_citations` gives each citation with its span in the text, the
symbol it names, the link the converter writes for it (the UN's own
``undocs.org`` address, in the text's language) and the date printed
with it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from akn_un.grammar import citations
from akn_un.grammar.languages import LANGUAGES, detect

__all__ = ["Citation", "find_citations"]

ORGANS = ("ga", "sc", "ecosoc", "hrc")


@dataclass(frozen=True, slots=True)
class Citation:
    """One citation: ``text[start:end]`` names the document ``symbol``.

    ``href`` is where the converter links it (``ref/@href``, as the UN's
    files do); ``date`` is the date printed with it ("72/192 of 19
    December 2017"), ``None`` where there is none.
    """

    start: int
    end: int
    text: str
    symbol: str
    href: str
    date: dt.date | None = None


def find_citations(
    text: str, *, language: str | None = None, organ: str = "ga"
) -> list[Citation]:
    """The citations of UN documents in ``text``, in order.

    Symbols written out ("A/75/125", "S/RES/1373 (2001)") and resolutions
    cited by number ("resolutions 72/192 of 19 December 2017 and 73/3",
    "sa résolution 72/192", "第 72/192 号决议"), in the six languages.
    ``language`` ("eng", "fra", "spa", "rus", "ara", "zho") is, by
    default, the one whose word for "resolution" the text holds (its
    script, or its masthead, where none does); ``organ`` ("ga", "sc",
    "ecosoc", "hrc") is the body whose text it is: "its resolution
    36/15" is that body's.

    Raises:
        ValueError: ``language`` or ``organ`` is not one of those.

    >>> [(c.text, c.symbol, str(c.date)) for c in find_citations(
    ...     "Recalling its resolution 72/192 of 19 December 2017,")]
    [('72/192', 'A/RES/72/192', '2017-12-19')]

    """
    records = {record.code: record for record in LANGUAGES}
    language = language or _language(text)
    if language not in records:
        raise ValueError(
            f"language {language!r}: give one of {', '.join(records)}")
    if organ not in ORGANS:
        raise ValueError(f"organ {organ!r}: give one of {', '.join(ORGANS)}")
    base = citations.link_base(language)
    record = records[language]
    return [
        Citation(
            found.start, found.end, text[found.start : found.end],
            found.symbol, base + found.symbol,
            record.parse_date(found.date) if found.date else None,
        )
        for found in citations.find_citations(text, organ, language)
    ]


def _language(text: str) -> str:
    """The language whose word for "resolution" ``text`` holds.

    English's last: its word is in no other's. A text that cites no
    resolution by number is told by its script or masthead.
    """
    for record in (*LANGUAGES[1:], LANGUAGES[0]):
        if citations.citing_literal(record.code) in text:
            return record.code
    return detect(text)
