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

The other five languages cite resolutions by number in their own words
(:mod:`akn_un.grammar.citing_languages`); the numbers' grammar is
:mod:`akn_un.grammar.resolution_numbers`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from akn_un.core.symbols import IN_TEXT_RE, SPACE
from akn_un.grammar.citing_languages import (
    GRAMMARS,
    chinese_citations,
    cited_after_word,
)
from akn_un.grammar.dates import DATE_PATTERN
from akn_un.grammar.languages import LANGUAGE_TAGS
from akn_un.grammar.resolution_numbers import (
    ITEM_RE,
    ORGAN_REACH,
    Citation,
    organ_of,
    symbol_for,
)

_SP = SPACE

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
_LONGEST_SERIES = 6

# Bodies other than the General Assembly named in English text: a number
# cited after one of them in the same sentence is not the Assembly's.
OTHER_BODY_RE = re.compile(
    r"Human Rights Council|Commission|Conference|Board|Organization|Assembly"
    r" of|Executive|Environment Assembly|Health Assembly"
)


def link_base(language: str) -> str:
    """Where the UN's documents are, in ``language`` (FRBRlanguage)."""
    return f"https://undocs.org/{LANGUAGE_TAGS.get(language, 'en')}/"


def normalise_symbol(symbol: str) -> str:
    """A symbol as it goes into a link: no spaces, no double slashes."""
    return re.sub(r"[ \u00a0]+", "", symbol)


def _organ_before(text: str, start: int, own: str) -> str | None:
    """The organ named just before "resolution"; ``own`` when none is.

    "… the Human Rights Council in its resolution 21/11" names it too.
    """
    window = text[max(0, start - ORGAN_REACH) : start]
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
    return organ_of(" ".join(words))


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
        while item := ITEM_RE.match(text, pos):
            after = item.end()
            date = ""
            if dated := _OF_DATE_RE.match(text, after):
                after = dated.end()
                date = dated.group("date")
            if follows := _AFTER_RE.match(text[after : after + 120]):
                named = organ_of(follows.group("body"))
                item_organ = named if named is not None else "other"
            elif organ or (dated_only and not date):
                item_organ = organ
            else:
                before = _organ_before(text, start, own)
                organ = item_organ = before if before is not None else "other"
            symbol = (
                None if dated_only and not date
                else symbol_for(item, item_organ)
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


def find_citations(
    text: str, own: str = "ga", language: str = "eng"
) -> list[Citation]:
    """Citations of UN documents in ``text``, in order, not overlapping.

    ``own`` is the organ whose resolution the text is ("ga", "sc",
    "ecosoc", "hrc"): "its resolution 36/15" in a Human Rights Council
    resolution is the Council's.  ``language`` is the text's
    (FRBRlanguage): it says how resolutions are cited by number.
    """
    found = list(_symbols(text)) if "/" in text else []
    cited = _cited_by_number(text, own, language, dated_only=False)
    starts = [c.start for c in found]  # in order, not overlapping
    found.extend(
        citation
        for citation in cited
        if not _overlaps(found, starts, citation.start, citation.end)
    )
    found.sort(key=lambda c: c.start)
    return found


def _overlaps(
    citations: list[Citation], starts: list[int], start: int, end: int
) -> bool:
    """Whether ``start:end`` overlaps one of the first citations.

    The first ``len(starts)`` ``citations`` are in order and do not
    overlap; ``starts`` holds where they start.
    """
    index = bisect.bisect_left(starts, end) - 1
    return index >= 0 and citations[index].end > start


def dated_resolutions(
    text: str, own: str = "ga", language: str = "eng"
) -> list[Citation]:
    """Resolutions cited with a date ("72/192 of 19 December 2017")."""
    if language == "eng" and not _DATED_RE.search(text):
        return []  # no "of 19 December 2017" at all: told fast
    return _cited_by_number(text, own, language, dated_only=True)


def citing_literal(language: str = "eng") -> str:
    """A string every citation by number holds in ``language``."""
    if (grammar := GRAMMARS.get(language)) is not None:
        return grammar.literal
    return "号决议" if language == "zho" else "esolution"


def cites_by_number(text: str, language: str = "eng") -> bool:
    """Whether ``text`` may cite a resolution by number (a fast test)."""
    return citing_literal(language) in text


def _cited_by_number(
    text: str, own: str, language: str, *, dated_only: bool
) -> list[Citation]:
    if not cites_by_number(text, language):
        return []
    if (grammar := GRAMMARS.get(language)) is not None:
        return cited_after_word(grammar, text, own, dated_only=dated_only)
    if language == "zho":
        return chinese_citations(text, own, dated_only=dated_only)
    return _resolution_citations(text, own, dated_only=dated_only)


def symbol_of_link_text(text: str) -> str | None:
    """The symbol a link's own text names, read as a GA resolution number.

    Used for a ``[text](#)`` link whose context names no resolution.
    """
    text = text.strip()
    if IN_TEXT_RE.fullmatch(text) and any(ch.isdigit() for ch in text):
        return normalise_symbol(text)
    item = ITEM_RE.fullmatch(text)
    return None if item is None else symbol_for(item, "ga")
