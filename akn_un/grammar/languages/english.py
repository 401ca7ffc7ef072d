"""English, as the UN's resolutions print it."""

from __future__ import annotations

import re

from akn_un.core.organs import ECOSOC, GA, HRC, SC
from akn_un.grammar.languages.record import (
    COMMITTEE_KEYS,
    Language,
)

_GA, _SC, _ECOSOC, _HRC = GA.name, SC.name, ECOSOC.name, HRC.name

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

# Words after which a figure is the text's: "paragraph 3", "item 1".
_TAKES_NUMBER = frozenset({
    "agenda",  # "Agenda 21"
    "paragraph", "paragraphs", "para", "paras", "item", "items",
    "resolution", "resolutions", "decision", "decisions", "no", "nos",
    "number", "article", "articles", "chapter", "chapters", "section",
    "sections", "annex", "annexes", "goal", "goals", "target", "targets",
    "rule", "rules", "principle", "principles", "vol", "vols", "volume",
    "volumes", "part", "parts", "page", "pages", "session", "sessions",
    "recommendation", "recommendations", "appendix", "table", "figure",
    "protocol", "protocols", "option", "phase", "level", "category",
    "class", "grade", "stage", "and", "or", "of", "to", "the", "a", "an",
    "from", "between", "in", "on", "at", "by", "with", "for", "than",
    "over", "under", "some", "all", "last", "first", "next", "nearly",
    "about", "approximately", "least", "most", "only", "per", "within",
    "since", "until", "after", "before", "during", "around",
    # determiners: "that 2 Member States", "its 3 members"
    "that", "these", "those", "its", "their", "our", "every", "each",
    "another", "further", "additional", "remaining",
})


ENGLISH = Language(
    code="eng",
    tag="en",
    date_re=re.compile(
        r"(?P<day>\d{1,2})[ \u00a0](?P<month>[A-Z][a-z]+)[ \u00a0]"
        r"(?P<year>\d{4})"
    ),
    months=("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"),
    adopted_re=re.compile(
        r"Resolution adopted by the (?P<organ>.+?) on (?P<date>.+)"),
    organs={name: name for name in (_GA, _SC, _ECOSOC, _HRC)},
    publisher="United Nations",
    organ_lines={name: name for name in (_GA, _SC, _ECOSOC, _HRC)},
    distributions={"General": "General", "Limited": "Limited",
                   "Restricted": "Restricted"},
    session_re=re.compile(
        r"(?P<ordinal>[A-Za-z-]+|\d{4})(?: (?:special|emergency special))?"
        r" session"
    ),
    ordinals={},  # read by ordinal_value, strictly
    read_ordinal=ordinal_value,
    agenda_re=re.compile(r"Agenda items? (?P<item>.+)"),
    proponent_re=re.compile(
        r"\[(?P<body>(?P<lead>on the (?:report|recommendation) of the|without "
        r"reference to a) (?P<committee>.+?)(?: \((?P<document>[^()]+)\))?)\]"
    ),
    committees={name: name for name in COMMITTEE_KEYS},
    formula=(
        rf"The (?P<organ>{_GA}|{_SC}|"
        rf"{_ECOSOC}|{_HRC})"
    ),
    closing=r"\d+(?:st|nd|rd|th) (?:\(resumed\) )?(?:plenary )?meeting\b",
    annex=r"Annex(?:es)?(?:[ \u00a0](?:[IVXL]+|\d+))?",
    council_adopted_re=re.compile(
        r"Adopted by the (?P<organ>.+?) at its (?P<meeting>\d+(?:st|nd|rd|th))"
        r" meeting, on ?(?P<date>.+)"
    ),
    council_number_re=re.compile(r"Resolution (?P<number>\d+ \(\d{4}\))"),
    broken_adoption=(r"Resolution adopted by the [A-Z][\w ]+?",
                     r"Adopted by the [A-Z][\w ]+"),
    after_break=("on ", "at its "),
    line_ends=(
        r"^[A-Z][a-z]+(?:-[a-z]+)?(?: (?:special|emergency special))? session",
        (r"Agenda items? \d+(?: ?\([a-z]\))?(?:(?:, | and )\d+"
        r"(?: ?\([a-z]\))?)*"),
    ),
    line_starts=(r"Agenda items? \d",),
    takes_number=_TAKES_NUMBER,
    units=(r"per\b", "%", "percent", r"years?\b", r"months?\b", r"days?\b",
           r"weeks?\b", r"hours?\b", r"times\b", "million", "billion"),
    range_words=("and", "to", "or"),
    counted=(r"Member[ \t\u00a0]+States", "countries", "members", "persons",
             "people", "women", "children", "cases", "languages", "seats",
             "delegations", "participants", "experts", "meetings", "reports"),
)
