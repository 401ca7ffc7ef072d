"""Dates as printed in UN documents, in any of the six languages."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from akn_un.grammar.languages import ENGLISH, LANGUAGES

# "16 December 2020", as a pattern to build others with.
DATE_PATTERN = (
    r"\d{1,2}[ \u00a0](?:" + "|".join(ENGLISH.months) + r")[ \u00a0]\d{4}"
)


@lru_cache(maxsize=4096)
def parse_date(text: str) -> dt.date | None:
    """The date in "16 December 2020", or ``None`` if it is not one.

    The five other UN languages' forms are read too ("16 décembre 2020",
    "2020年12月16日"): :mod:`akn_un.grammar.languages`.
    """
    for language in LANGUAGES:
        if (date := language.parse_date(text)) is not None:
            return date
    return None
