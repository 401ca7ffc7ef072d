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

Each UN language has its grammar of such citations (:data:`GRAMMARS`): the
word ("résolution", "резолюцию", "قرارها"), the date after the number ("du
19 décembre 2017", "от 19 декабря 2017 года"), the word that joins a list
and the bodies named after it.  Chinese puts the date and the body before
the number ("2017年12月19日第72/192号决议").  Outside English, a number is a
General Assembly resolution only where no other body is named around it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from akn_un.converter.dates import DATE_PATTERN
from akn_un.converter.languages import BY_CODE, CHINESE, Language
from akn_un.core.frbr import LANGUAGE_TAGS
from akn_un.core.symbols import IN_TEXT_RE, SPACE

LINK_BASE = "https://undocs.org/en/"
_SP = SPACE
def link_base(language: str) -> str:
    """Where the UN's documents are, in ``language`` (FRBRlanguage)."""
    return f"https://undocs.org/{LANGUAGE_TAGS.get(language, 'en')}/"

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
    where one directly follows the number (precedes it, in Chinese).
    """

    start: int
    end: int
    symbol: str
    date: str = ""


def _unnamed(pattern: str) -> str:
    """``pattern`` with its named groups made plain, to embed it."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


@dataclass(frozen=True, slots=True)
class _Grammar:
    """How a language cites resolutions by number, after its word.

    ``literal``: a string every such citation holds (a fast test);
    ``trigger``: the word "resolution(s)", ending where a number starts;
    ``its``: "its resolution(s)", the word and what comes before it;
    ``dated``: a number's date after it (group ``date``); ``separator``:
    what joins a list's numbers (a date may come first); ``after``: a body
    named right after a number (group ``body``); ``bodies``: names of
    bodies that, named shortly before the word, make the numbers theirs.
    """

    language: Language
    literal: str
    trigger: re.Pattern[str]
    its: re.Pattern[str]
    dated: re.Pattern[str]
    separator: re.Pattern[str]
    after: re.Pattern[str]
    bodies: re.Pattern[str]

    def organ(self, name: str) -> str:
        """"ga", "sc", "ecosoc" or "hrc" for a body's name, else "other"."""
        english = self.language.organ(name)
        found = None if english is None else _body(english)
        return found or "other"

    def organ_before(self, text: str, start: int, end: int, own: str) -> str:
        """The organ of numbers cited after the word at ``text[start:end]``.

        The body named last in the sentence before the word, if one is
        ("le Conseil des droits de l’homme a adopté la résolution 36/15");
        ``own`` where none is.  After "its" ("sa résolution"), only a body
        named right before it ("le Conseil … dans sa résolution") is the
        owner.
        """
        opens = max(text.rfind(mark, 0, start) for mark in _SENTENCE_BREAKS)
        named = list(self.bodies.finditer(text, opens + 1, start))
        if not named:
            return own
        last = named[-1]
        its = self.its.search(text, max(0, start - 12), end) is not None
        if its and last.start() < start - _ITS_REACH:
            return own
        return self.organ(text[last.start() : start])

    def organ_after(self, text: str) -> str | None:
        """The organ ``text`` (after a number) names first, if it does."""
        follows = self.after.match(text)
        if follows is None or not self.bodies.match(follows["body"]):
            return None
        return self.organ(follows["body"])


_SENTENCE_BREAKS = (". ", "; ", ".\u00a0", "\u061b ", "\t")
# "le Conseil des droits de l’homme dans sa résolution": how far before
# "its" the body it refers to may start.
_ITS_REACH = 60


def _grammar(  # noqa: PLR0913 - the parts of a language's citations
    language: Language,
    *,
    literal: str,
    word: str,
    its: str,
    date_link: str,
    joiner: str,
    after: str,
    bodies: str,
) -> _Grammar:
    date = _unnamed(language.date_re.pattern)
    dated = rf"{date_link}(?P<date>{date})"
    return _Grammar(
        language,
        literal,
        re.compile(rf"(?<!\w){word}{_SP}+"),
        re.compile(rf"(?:{its}){_SP}*$"),
        re.compile(dated),
        re.compile(
            rf"(?:{_unnamed(dated)})?(?:[,\u060c]{_SP}*(?:{joiner}{_SP}*)?"
            rf"|{_SP}+{joiner}{_SP}*)"
        ),
        re.compile(rf",?{_SP}+(?:{after}){_SP}*(?P<body>[^,;.\u060c]{{3,80}})"),
        re.compile(bodies, re.IGNORECASE),
    )


GRAMMARS = {
    "fra": _grammar(
        BY_CODE["fra"], literal="ésolution", word=r"[Rr]ésolutions?",
        its=r"\b(?:sa|ses)\s+\S+",
        date_link=rf",?{_SP}+du{_SP}+", joiner="et",
        after=r"du|de la|de l['\u2019]",
        bodies=r"Assemblée|Conseil|Commission|Conférence|Comité"
               r"|Organisation"),
    "spa": _grammar(
        BY_CODE["spa"], literal="esoluci", word=r"[Rr]esoluci(?:ón|ones)",
        its=r"\b(?:su|sus)\s+\S+",
        date_link=rf",?{_SP}+de{_SP}+", joiner="y", after=r"del|de la",
        bodies=r"Asamblea|Consejo|Comisión|Conferencia|Comité"
               r"|Organización"),
    # Russian names the body after the number in the genitive, bare
    "rus": _grammar(
        BY_CODE["rus"], literal="езолюци", word=r"[Рр]езолюци[а-я]*",
        its=r"(?<!\w)(?:сво[а-я]+|ее|её)\s+\S+",
        date_link=rf",?{_SP}+от{_SP}+", joiner="и", after="",
        bodies=r"Генеральн|Ассамбле|Совет|Комисси|Конференци|Комитет"
               r"|Организаци"),
    # Arabic joins "and", "its", "the", "with" to the word: "وقرارها"
    "ara": _grammar(
        BY_CODE["ara"], literal="قرار",
        word=r"[وب]?(?:ال)?قرار(?:ات|ين|ي|ا)?(?:ها|ه)?", its="ها",
        date_link=rf",?{_SP}+المؤرخ(?:ة|ين|تين)?{_SP}+(?:في{_SP}+)?",
        joiner="و", after=r"الصادر(?:ين|ة)? عن|ل",
        bodies=r"الجمعية|المجلس|مجلس|لجنة|اللجنة|مؤتمر|منظمة"),
}  # fmt: skip


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


def _cited_after_word(
    grammar: _Grammar, text: str, own: str, *, dated_only: bool = False
) -> list[Citation]:
    """Resolutions cited by number after the word, in another language.

    The organ is the body named after a number, or before the word, or
    ``own``; the numbers of any other body are not linked.
    """
    found = []
    for trigger in grammar.trigger.finditer(text):
        listed: list[tuple[re.Match[str], str, str | None]] = []
        pos = trigger.end()
        while item := _ITEM_RE.match(text, pos):
            after, date = item.end(), ""
            if dated := grammar.dated.match(text, after):
                after, date = dated.end(), dated["date"]
            named = grammar.organ_after(text[after : after + 120])
            listed.append((item, date, named))
            separator = grammar.separator.match(text, item.end())
            if separator is None:
                break
            pos = separator.end()
        if not listed:
            continue
        # a body named after the last number is the whole list's
        organ = listed[-1][2] or grammar.organ_before(
            text, trigger.start(), trigger.end(), own
        )
        for item, date, named in listed:
            symbol = (
                None if dated_only and not date
                else _symbol_for(item, named or organ)
            )
            if symbol is not None:
                end = item.end("letter") if item["letter"] else item.end()
                found.append(Citation(item.start(), end, symbol, date))
    return found


# Chinese: "2017年12月19日第72/192号决议", "第70/1号和第72/279号决议".
_CHINESE_ITEM_RE = re.compile(
    r"(?P<date>\d{4}年\d{1,2}月\d{1,2}日)?第(?P<number>[^第号]{1,24})号"
)
_CHINESE_JOINER_RE = re.compile(r"[、，]?\s*(?:和|及|以及|与)?\s*")
_CHINESE_BODIES_RE = re.compile(
    r"安全理事会|人权理事会|经济及社会理事会|大会|理事会|委员会|会议|组织"
)
_CHINESE_STOPS = "；。"
# A subject ("关于设立人权理事会的", on establishing the Council) or a
# title in quotes names no author.
_CHINESE_SUBJECT_RE = re.compile(r"关于[^的]*的|“[^”]*”|《[^》]*》")


def _chinese_organ(text: str, start: int, own: str) -> str:
    """The organ of a list of numbers that starts at ``text[start]``.

    The body named last in the sentence before it, subjects and titles
    aside ("人权理事会关于…的第41/8号决议" is the Council's; "关于设立人权
    理事会的第60/251号决议" is not); ``own`` when none is, or when "其"
    (its) follows it.
    """
    opens = max(text.rfind(stop, 0, start) for stop in _CHINESE_STOPS)
    sentence = _CHINESE_SUBJECT_RE.sub("", text[opens + 1 : start])
    named = list(_CHINESE_BODIES_RE.finditer(sentence))
    if not named or "其" in sentence[named[-1].end() :]:
        return own
    english = CHINESE.organ(sentence[named[-1].start() :])
    return (_body(english) if english else None) or "other"


def _chinese_citations(
    text: str, own: str, *, dated_only: bool = False
) -> list[Citation]:
    """Resolutions cited as Chinese prints them.

    A list of "第…号" that "决议" ends; a body named right before the
    first is theirs.
    """
    found: list[Citation] = []
    pos = 0
    while (first := _CHINESE_ITEM_RE.search(text, pos)) is not None:
        items = [first]
        while (joiner := _CHINESE_JOINER_RE.match(text, items[-1].end())) and (
            following := _CHINESE_ITEM_RE.match(text, joiner.end())
        ):
            items.append(following)
        pos = items[-1].end()
        if not text.startswith("决议", pos):
            continue
        organ = _chinese_organ(text, first.start(), own)
        for item in items:
            number = _ITEM_RE.fullmatch(item["number"])
            date = item["date"] or ""
            symbol = (
                None if number is None or (dated_only and not date)
                else _symbol_for(number, organ)
            )
            if symbol is not None:
                start = item.start("number")
                found.append(Citation(start, item.end("number"), symbol, date))
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
    taken = [(c.start, c.end) for c in found]
    found.extend(
        citation
        for citation in cited
        if not any(s < citation.end and citation.start < e for s, e in taken)
    )
    found.sort(key=lambda c: c.start)
    return found


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
        return _cited_after_word(grammar, text, own, dated_only=dated_only)
    if language == "zho":
        return _chinese_citations(text, own, dated_only=dated_only)
    return _resolution_citations(text, own, dated_only=dated_only)


def symbol_of_link_text(text: str) -> str | None:
    """The symbol a link's own text names, read as a GA resolution number.

    Used for a ``[text](#)`` link whose context names no resolution.
    """
    text = text.strip()
    if IN_TEXT_RE.fullmatch(text) and any(ch.isdigit() for ch in text):
        return normalise_symbol(text)
    item = _ITEM_RE.fullmatch(text)
    return None if item is None else _symbol_for(item, "ga")
