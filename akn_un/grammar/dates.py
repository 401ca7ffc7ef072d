"""Dates and ordinal numbers as printed in UN documents."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from akn_un.grammar.languages import parse_any_date

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
DATE_PATTERN = r"\d{1,2}[ \u00a0](?:" + "|".join(MONTHS) + r")[ \u00a0]\d{4}"
_DATE_RE = re.compile(
    r"(?P<day>\d{1,2})[ \u00a0](?P<month>[A-Z][a-z]+)[ \u00a0](?P<year>\d{4})"
)

_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
    "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
    "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19,
}  # fmt: skip
_TENS = {
    "twent": 20, "thirt": 30, "fort": 40, "fift": 50,
    "sixt": 60, "sevent": 70, "eight": 80, "ninet": 90,
}  # fmt: skip
_CARDINAL_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip


@lru_cache(maxsize=4096)
def parse_date(text: str) -> dt.date | None:
    """The date in "16 December 2020", or ``None`` if it is not one.

    The five other UN languages' forms are read too ("16 décembre 2020",
    "2020年12月16日"): :mod:`akn_un.grammar.languages`.
    """
    match = _DATE_RE.fullmatch(text.strip())
    if not match or match.group("month") not in MONTHS:
        return parse_any_date(text)
    month = MONTHS.index(match.group("month")) + 1
    try:
        return dt.date(int(match.group("year")), month, int(match["day"]))
    except ValueError:
        return None


def ordinal_value(words: str) -> int | None:
    """The number of an English ordinal: "Seventy-fifth" gives 75."""
    word = words.strip().lower()
    if word in _UNITS:
        return _UNITS[word]
    for stem, tens in _TENS.items():
        if word == f"{stem}ieth":
            return tens
        if word.startswith(f"{stem}y-"):
            rest = word.removeprefix(f"{stem}y-")
            unit = _UNITS.get(rest)
            return None if unit is None or unit > 9 else tens + unit
    if word == "one hundredth":
        return 100
    if word.startswith("one hundred and "):
        value = ordinal_value(word.removeprefix("one hundred and "))
        return None if value is None else 100 + value
    return None
