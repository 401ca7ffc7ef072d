"""Resolution numbers as they are cited, and the symbol each one gives.

"72/192" (General Assembly), "1373 (2001)" (Security Council), "2019/21"
(Economic and Social Council), "3357 (XXIX)", "S-30/1", "67/234 B": the
grammar of a number is the same in the six languages; the organ it
belongs to is told by the text around it (:mod:`akn_un.grammar.citations`
in English, :mod:`akn_un.grammar.citing_languages` in the others).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from akn_un.core.symbols import SPACE

_SP = SPACE
# How far before the word "resolution" the body that owns the numbers may
# be named ("the Human Rights Council, in its resolution"): a window, so
# that looking back costs the same however long the sentence is.
ORGAN_REACH = 160

_NUMBER = rf"""
    (?:(?P<sc>\d{{1,4}}){_SP}?\((?P<sc_year>\d{{4}})\)   # SC: 1373 (2001)
    |(?P<old>\d{{1,4}})(?:{_SP}[A-Z])?{_SP}?\((?P<roman>(?:E?S-)?[IVXL]+)\)
                                                # GA: 3357 (XXIX), 217 A (III)
    |(?P<special>E?S-\d{{1,2}}/\d{{1,3}})       # GA special session: S-30/1
    |(?P<year>(?:19|20)\d\d/\d{{1,3}})          # ECOSOC: 2019/21
    |(?P<ga>(?P<session>\d{{1,3}})/\d{{1,4}})   # GA regular session: 72/192
    )
    (?:{_SP}(?P<letter>[A-Z](?:-[A-Z])?))?      # part letter: 67/234 B
    (?![\w/])
"""
ITEM_RE = re.compile(_NUMBER, re.VERBOSE)
_FIRST_GA_SESSION_NUMBERED_N_SLASH_M = 31


class Citation(NamedTuple):
    """A citation of ``symbol`` over ``text[start:end]``.

    ``date`` is the date printed with it ("72/192 of 19 December 2017"),
    where one directly follows the number (precedes it, in Chinese).
    """

    start: int
    end: int
    symbol: str
    date: str = ""


def organ_of(name: str) -> str | None:
    """The organ behind a name, "ga"/"sc"/"ecosoc"/"hrc", or ``None``."""
    name = " ".join(name.split())
    for suffix, organ in (
        ("Economic and Social Council", "ecosoc"),
        ("Security Council", "sc"),
        ("Human Rights Council", "hrc"),
        ("General Assembly", "ga"),
    ):
        if name.endswith(suffix):
            return organ
    return "ga" if name == "Assembly" else None


def symbol_for(  # noqa: PLR0911 - one return per kind of number
    item: re.Match[str], organ: str | None
) -> str | None:
    """The symbol of a resolution number cited as a resolution of organ."""
    letter = item.group("letter") or ""
    if item.group("sc"):
        return f"S/RES/{item['sc']}({item['sc_year']})"
    if item.group("year"):
        return f"E/RES/{item['year']}" if organ != "other" else None
    if organ == "hrc" and item.group("ga"):
        return f"A/HRC/RES/{item['ga']}"
    if organ != "ga":
        return None
    if item.group("old"):
        return f"A/RES/{item['old']}({item['roman']})"
    if item.group("special"):
        return f"A/RES/{item['special']}{letter}"
    if int(item.group("session")) < _FIRST_GA_SESSION_NUMBERED_N_SLASH_M:
        return None
    return f"A/RES/{item['ga']}{letter}"
