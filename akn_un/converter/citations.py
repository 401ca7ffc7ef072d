"""Citations of UN documents recognised in running text.

Two kinds are found:

* document symbols written out (``A/75/125``, ``E/CN.15/2015/16``,
  ``CAC/COSP/2019/17``, ``S/RES/1373 (2001)``);
* resolution numbers after the word "resolution(s)", read as a list
  (``resolutions 46/152 of 18 December 1991, 60/1 … and 74/177``) and
  attributed to the body named before the word or after the number: GA
  (``72/192``, ``S-30/1``, ``3357 (XXIX)``, ``67/234 B``), Security Council
  (``1373 (2001)``), Economic and Social Council (``2019/21``) and Human
  Rights Council resolutions.  Resolutions of other bodies (commissions,
  conferences of States parties), decisions, treaty volumes and years are
  not UN documents with a symbol and are not linked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from akn_un.converter.dates import DATE_PATTERN
from akn_un.core.symbols import IN_TEXT_RE, SPACE

LINK_BASE = "https://undocs.org/en/"
_SP = SPACE

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
_ITEM_RE = re.compile(_NUMBER, re.VERBOSE)
# Starts with a literal, so that re searches it fast; "R"/"r" and the word
# boundary before it are checked by hand.
_TRIGGER_RE = re.compile(rf"esolutions?{_SP}+")
_SEPARATOR_RE = re.compile(
    rf"(?:{_SP}+of{_SP}+{DATE_PATTERN})?"
    rf"(?:,{_SP}*(?:and{_SP}+)?|{_SP}+and{_SP}+)"
)
_OF_DATE_RE = re.compile(rf"{_SP}+of{_SP}+(?P<date>{DATE_PATTERN})")
_DATED_RE = re.compile(rf"of{_SP}+{DATE_PATTERN}")  # a literal first: fast
_NAME_WORD = r"(?:[A-Z][\w\u2019'-]*|and|of|on|for|the|against|in|to)"
_NAME_WORD_RE = re.compile(_NAME_WORD)
_ITS_RE = re.compile(rf",?(?:{_SP}+(?:in|by|under|through))?{_SP}+its{_SP}*$")
_AFTER_RE = re.compile(
    rf"^,?{_SP}+of{_SP}+the{_SP}+(?P<body>[A-Z][\w-]*(?:{_SP}+{_NAME_WORD})*)"
)
_BODY_NOUNS = frozenset({
    "Assembly", "Board", "Commission", "Committee", "Conference", "Congress",
    "Council", "Forum", "Fund", "Group", "Meeting", "Organization",
    "Parties", "Programme", "Session", "Union", "Agency",
})  # fmt: skip
_FIRST_GA_SESSION_NUMBERED_N_SLASH_M = 31
_LONGEST_SERIES = 6


class Citation(NamedTuple):
    """A citation of ``symbol`` over ``text[start:end]``.

    ``date`` is the date printed with it ("72/192 of 19 December 2017"),
    where one directly follows the number.
    """

    start: int
    end: int
    symbol: str
    date: str = ""

    @property
    def href(self) -> str:
        """The document's address on the UN documents resolver."""
        return LINK_BASE + self.symbol


def normalise_symbol(symbol: str) -> str:
    """A symbol as it goes into a link: no spaces, no double slashes."""
    return re.sub(r"[ \u00a0]+", "", symbol)


def _body(name: str) -> str | None:
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


def _organ_before(text: str, start: int, own: str) -> str | None:
    """The organ named just before "resolution"; ``own`` when none is.

    "… the Human Rights Council in its resolution 21/11" names it too.
    """
    window = text[max(0, start - 160) : start]
    if window.rstrip(" \u00a0\n").endswith("its"):  # else no _ITS_RE match
        window = _ITS_RE.sub("", window)
    words: list[str] = []
    for word in reversed(window.split()):
        if not _NAME_WORD_RE.fullmatch(word):
            break
        words.append(word)
    words.reverse()
    while words and words[0][0].islower():
        words.pop(0)
    if not any(word in _BODY_NOUNS for word in words):
        return own
    return _body(" ".join(words))


def _symbol_for(  # noqa: PLR0911 - one return per kind of number
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


def _resolution_citations(
    text: str, own: str, *, dated_only: bool = False
) -> list[Citation]:
    """Resolutions cited by number after "resolution(s)".

    With ``dated_only``, only those with a date. The organ named before
    is read once, when a number follows.
    """
    found = []
    for trigger in _TRIGGER_RE.finditer(text):
        start = trigger.start() - 1
        if start < 0 or text[start] not in "Rr":
            continue
        if start and text[start - 1].isalnum():
            continue
        organ = ""
        pos = trigger.end()
        while item := _ITEM_RE.match(text, pos):
            after = item.end()
            date = ""
            if dated := _OF_DATE_RE.match(text, after):
                after = dated.end()
                date = dated.group("date")
            if follows := _AFTER_RE.match(text[after : after + 120]):
                named = _body(follows.group("body"))
                item_organ = named if named is not None else "other"
            elif organ or (dated_only and not date):
                item_organ = organ
            else:
                before = _organ_before(text, start, own)
                organ = item_organ = before if before is not None else "other"
            symbol = (
                None if dated_only and not date
                else _symbol_for(item, item_organ)
            )
            if symbol is not None:
                number_end = item.end("letter") if item["letter"] else None
                end = number_end or item.end()
                found.append(Citation(item.start(), end, symbol, date))
            separator = _SEPARATOR_RE.match(text, item.end())
            if separator is None:
                break
            pos = separator.end()
    return found


def _symbols(text: str) -> Iterator[Citation]:
    """Symbols written out, found from their first slash (fast)."""
    covered = 0
    slash = text.find("/")
    while slash != -1:
        start = slash
        while start > 0 and slash - start < _LONGEST_SERIES and (
            text[start - 1].isupper()
        ):
            start -= 1
        match = IN_TEXT_RE.match(text, start) if start >= covered else None
        if match and any(ch.isdigit() for ch in match.group("symbol")):
            symbol = normalise_symbol(match.group("symbol"))
            yield Citation(match.start(), match.end(), symbol)
            covered = match.end()
        slash = text.find("/", max(slash + 1, covered))


def find_citations(text: str, own: str = "ga") -> list[Citation]:
    """Citations of UN documents in ``text``, in order, not overlapping.

    ``own`` is the organ whose resolution the text is ("ga", "sc",
    "ecosoc", "hrc"): "its resolution 36/15" in a Human Rights Council
    resolution is the Council's.
    """
    found = list(_symbols(text)) if "/" in text else []
    if "esolution" not in text:
        return found
    taken = [(c.start, c.end) for c in found]
    found.extend(
        citation
        for citation in _resolution_citations(text, own)
        if not any(s < citation.end and citation.start < e for s, e in taken)
    )
    found.sort(key=lambda c: c.start)
    return found


def dated_resolutions(text: str, own: str = "ga") -> list[Citation]:
    """Resolutions cited with a date ("72/192 of 19 December 2017")."""
    if "esolution" not in text or not _DATED_RE.search(text):
        return []  # no "of 19 December 2017" at all: told fast
    return _resolution_citations(text, own, dated_only=True)


def symbol_of_link_text(text: str) -> str | None:
    """The symbol a link's own text names, read as a GA resolution number.

    Used for a ``[text](#)`` link whose context names no resolution.
    """
    text = text.strip()
    if IN_TEXT_RE.fullmatch(text) and any(ch.isdigit() for ch in text):
        return normalise_symbol(text)
    item = _ITEM_RE.fullmatch(text)
    return None if item is None else _symbol_for(item, "ga")
