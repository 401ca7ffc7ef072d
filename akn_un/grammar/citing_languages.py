"""Resolutions cited by number in French, Spanish, Russian, Arabic, Chinese.

Each language has its grammar of such citations (:data:`GRAMMARS`): the
word ("résolution", "резолюцию", "قرارها"), the date after the number ("du
19 décembre 2017", "от 19 декабря 2017 года"), the word that joins a list
and the bodies named around it.  Chinese puts the date and the body before
the number ("2017年12月19日第72/192号决议").  A number is a General Assembly
resolution only where no other body is named as its owner.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from akn_un.core.symbols import SPACE
from akn_un.grammar.languages import BY_CODE, CHINESE, Language
from akn_un.grammar.resolution_numbers import (
    ITEM_RE,
    ORGAN_REACH,
    Citation,
    organ_of,
    symbol_for,
)


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
        found = None if english is None else organ_of(english)
        return found or "other"

    def organ_before(self, text: str, start: int, end: int, own: str) -> str:
        """The organ of numbers cited after the word at ``text[start:end]``.

        The body named last in the sentence before the word, if one is
        ("le Conseil des droits de l’homme a adopté la résolution 36/15");
        ``own`` where none is.  After "its" ("sa résolution"), only a body
        named right before it ("le Conseil … dans sa résolution") is the
        owner.
        """
        floor = max(0, start - ORGAN_REACH)
        opens = max(
            text.rfind(mark, floor, start) for mark in _SENTENCE_BREAKS)
        named = list(self.bodies.finditer(text, max(opens + 1, floor), start))
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
        re.compile(rf"(?<!\w){word}{SPACE}+"),
        re.compile(rf"(?:{its}){SPACE}*$"),
        re.compile(dated),
        re.compile(
            rf"(?:{_unnamed(dated)})?(?:[,\u060c]{SPACE}*(?:{joiner}{SPACE}*)?"
            rf"|{SPACE}+{joiner}{SPACE}*)"
        ),
        re.compile(rf",?{SPACE}+(?:{after}){SPACE}*(?P<body>[^,;.\u060c]{{3,80}})"),
        re.compile(bodies, re.IGNORECASE),
    )


GRAMMARS = {
    "fra": _grammar(
        BY_CODE["fra"], literal="ésolution", word=r"[Rr]ésolutions?",
        its=r"\b(?:sa|ses)\s+\S+",
        date_link=rf",?{SPACE}+du{SPACE}+", joiner="et",
        after=r"du|de la|de l['\u2019]",
        bodies=r"Assemblée|Conseil|Commission|Conférence|Comité"
               r"|Organisation"),
    "spa": _grammar(
        BY_CODE["spa"], literal="esoluci", word=r"[Rr]esoluci(?:ón|ones)",
        its=r"\b(?:su|sus)\s+\S+",
        date_link=rf",?{SPACE}+de{SPACE}+", joiner="y", after=r"del|de la",
        bodies=r"Asamblea|Consejo|Comisión|Conferencia|Comité"
               r"|Organización"),
    # Russian names the body after the number in the genitive, bare
    "rus": _grammar(
        BY_CODE["rus"], literal="езолюци", word=r"[Рр]езолюци[а-я]*",
        its=r"(?<!\w)(?:сво[а-я]+|ее|её)\s+\S+",
        date_link=rf",?{SPACE}+от{SPACE}+", joiner="и", after="",
        bodies=r"Генеральн|Ассамбле|Совет|Комисси|Конференци|Комитет"
               r"|Организаци"),
    # Arabic joins "and", "its", "the", "with" to the word: "وقرارها"
    "ara": _grammar(
        BY_CODE["ara"], literal="قرار",
        word=r"[وب]?(?:ال)?قرار(?:ات|ين|ي|ا)?(?:ها|ه)?", its="ها",
        date_link=rf",?{SPACE}+المؤرخ(?:ة|ين|تين)?{SPACE}+(?:في{SPACE}+)?",
        joiner="و", after=r"الصادر(?:ين|ة)? عن|ل",
        bodies=r"الجمعية|المجلس|مجلس|لجنة|اللجنة|مؤتمر|منظمة"),
}  # fmt: skip


def cited_after_word(
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
        while item := ITEM_RE.match(text, pos):
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
                else symbol_for(item, named or organ)
            )
            if symbol is not None:
                end = item.end("letter") if item["letter"] else item.end()
                found.append(Citation(item.start(), end, symbol, date))
    return found


# Chinese: "2017年12月19日第72/192号决议", "第70/1号和第72/279号决议".
_CHINESEITEM_RE = re.compile(
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
    floor = max(0, start - ORGAN_REACH)
    opens = max(text.rfind(stop, floor, start) for stop in _CHINESE_STOPS)
    sentence = _CHINESE_SUBJECT_RE.sub(
        "", text[max(opens + 1, floor) : start])
    named = list(_CHINESE_BODIES_RE.finditer(sentence))
    if not named or "其" in sentence[named[-1].end() :]:
        return own
    english = CHINESE.organ(sentence[named[-1].start() :])
    return (organ_of(english) if english else None) or "other"


def chinese_citations(
    text: str, own: str, *, dated_only: bool = False
) -> list[Citation]:
    """Resolutions cited as Chinese prints them.

    A list of "第…号" that "决议" ends, owned as :func:`_chinese_organ`
    tells.
    """
    found: list[Citation] = []
    pos = 0
    while (first := _CHINESEITEM_RE.search(text, pos)) is not None:
        items = [first]
        while (joiner := _CHINESE_JOINER_RE.match(text, items[-1].end())) and (
            following := _CHINESEITEM_RE.match(text, joiner.end())
        ):
            items.append(following)
        pos = items[-1].end()
        if not text.startswith("决议", pos):
            continue
        organ = _chinese_organ(text, first.start(), own)
        for item in items:
            number = ITEM_RE.fullmatch(item["number"])
            date = item["date"] or ""
            symbol = (
                None if number is None or (dated_only and not date)
                else symbol_for(number, organ)
            )
            if symbol is not None:
                start = item.start("number")
                found.append(Citation(start, item.end("number"), symbol, date))
    return found
