"""English ordinals, read strictly: "Seventy-fifth" is 75.

"Seventy-tenth" is none.  The other languages' ordinals add up the values
of their words (the ``ordinals`` of their files).
"""

from __future__ import annotations

_ENGLISH_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
    "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
    "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19,
}  # fmt: skip
_ENGLISH_TENS = {
    "twent": 20, "thirt": 30, "fort": 40, "fift": 50,
    "sixt": 60, "sevent": 70, "eight": 80, "ninet": 90,
}  # fmt: skip


def ordinal_value(words: str) -> int | None:
    """The number of an English ordinal: "Seventy-fifth" gives 75.

    Strict: "Seventy-tenth" is none.
    """
    word = words.strip().lower()
    if word in _ENGLISH_UNITS:
        return _ENGLISH_UNITS[word]
    for stem, tens in _ENGLISH_TENS.items():
        if word == f"{stem}ieth":
            return tens
        if word.startswith(f"{stem}y-"):
            unit = _ENGLISH_UNITS.get(word.removeprefix(f"{stem}y-"))
            return None if unit is None or unit > 9 else tens + unit
    if word == "one hundredth":
        return 100
    if word.startswith("one hundred and "):
        value = ordinal_value(word.removeprefix("one hundred and "))
        return None if value is None else 100 + value
    return None
