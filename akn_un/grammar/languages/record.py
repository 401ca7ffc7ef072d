"""What a language is, for the converter and the validators: a record.

Each UN language is a :class:`Language`: its months and date pattern, the
masthead's lines (the publisher, the organ, the distribution, the
session, the agenda item, who adopted the resolution and when, on whose
report), the names of the organs as its enacting formula and adoption
line print them, and the words of its formula, closing and annex lines.
Each is data, a TOML file beside this module (``fra.toml``), read by
:func:`load_language`.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# Arabic stretches words with the tatweel ("الأمــم"); it is no letter.
TATWEEL = "\u0640"


@dataclass(frozen=True, slots=True)
class Language:
    """How one language prints its masthead, dates, formula and closing."""

    code: str  # FRBRlanguage, ISO 639-2 as the UN writes it: "fra"
    tag: str  # the two-letter tag of web pages and undocs.org/fr/…: "fr"
    date_re: re.Pattern[str]  # groups: day, month, year
    months: tuple[str, ...]  # as the date prints them, January first
    adopted_re: re.Pattern[str]  # groups: organ, date
    organs: dict[str, str]  # a word of the organ's name -> its English name
    publisher: str  # "Nations Unies"
    organ_lines: dict[str, str]  # the masthead's organ line -> English name
    distributions: dict[str, str]  # "générale" -> "General"
    session_re: re.Pattern[str]  # group: ordinal
    ordinals: dict[str, int]  # the words of an ordinal, run together
    agenda_re: re.Pattern[str]  # group: item
    proponent_re: re.Pattern[str]  # groups: committee, document
    committees: dict[str, str]  # a word of a committee's name -> English
    # The block lines, as patterns: the enacting formula's phrase ("The
    # General Assembly"; bare names need their comma, see ``bare_formula``),
    # the closing line's meeting, an annex's heading with its number.
    formula: str
    closing: str
    annex: str
    # a draft's line, "Algeria: draft resolution"; groups: sponsors and
    # submitter (who submitted it: "the President of the General
    # Assembly")
    draft_re: re.Pattern[str]
    # how a decision's body opens with the date it was taken, where no
    # closing lines date it ("On 8 March 2022, …"); group: date
    decision_opening_re: re.Pattern[str]
    # the Security Council's lines: "Adopted by the Security Council at its
    # 8700th meeting, on 10 January 2020"; "Resolution 2504 (2020)"
    council_adopted_re: re.Pattern[str] | None = None
    council_number_re: re.Pattern[str] | None = None
    # a reader of ordinals stricter than adding up :attr:`ordinals`
    read_ordinal: Callable[[str], int | None] | None = None
    # How extractions break or run together its masthead lines: the
    # adoption line's part before a break (patterns) and how its rest
    # starts; a line that ends where another starts on the same line
    # (patterns), and one that starts a line of its own.
    broken_adoption: tuple[str, ...] = ()
    after_break: tuple[str, ...] = ()
    line_ends: tuple[str, ...] = ()
    line_starts: tuple[str, ...] = ()
    # The organs its formula names bare ("Генеральная Ассамблея"), which
    # the masthead prints alone too: a formula only once the title is read.
    bare_formula: str = ""
    # How a figure in running text is told from a note's marker: words
    # after which a figure is the text's ("paragraph 3"), what follows a
    # figure that counts or measures (patterns: "per", "%", "years"), the
    # words of a range ("1 to 3") and the nouns a figure counts (patterns).
    takes_number: frozenset[str] = frozenset()
    units: tuple[str, ...] = ()
    range_words: tuple[str, ...] = ()
    counted: tuple[str, ...] = ()
    # The words after which a hyphen stands apart ("age- and
    # gender-sensitive"): its hyphen is the word's, its space the text's.
    suspended_hyphen: frozenset[str] = frozenset()

    def parse_date(self, text: str) -> dt.date | None:
        """The date ``text`` prints in this language, or ``None``."""
        match = self.date_re.fullmatch(text.strip())
        if match is None:
            return None
        month = match["month"]
        if month.isdigit():
            number = int(month)
        elif month in self.months:
            number = self.months.index(month) + 1
        else:
            return None
        try:
            return dt.date(int(match["year"]), number, int(match["day"]))
        except ValueError:
            return None

    def organ(self, name: str) -> str | None:
        """The English name of the organ ``name`` names, if one."""
        return next(
            (english for word, english in self.organs.items() if word in name),
            None,
        )

    def ordinal(self, words: str) -> int | None:
        """The number an ordinal prints: "Soixante-quinzième" gives 75.

        The words, run together, must be made of :attr:`ordinals`, each
        taken longest first; their values add up ("soixante" "dix"
        "septième", "七十" "五").
        """
        if self.read_ordinal is not None:
            return self.read_ordinal(words)
        rest = re.sub(r"[\s\-\u2010\u2011]+", "", words.lower())
        rest = rest.replace(TATWEEL, "")
        total = 0
        while rest:
            word = max(
                (w for w in self.ordinals if rest.startswith(w)),
                key=len,
                default=None,
            )
            if word is None:
                return None
            total += self.ordinals[word]
            rest = rest[len(word) :]
        return total or None

    def committee(self, name: str) -> str | None:
        """The English name of the committee ``name`` names."""
        return next(
            (key for word, key in self.committees.items() if word in name),
            None,
        )


# English committee names -> the AKN keys the UN's files refer to them by.
COMMITTEE_KEYS = {
    "First Committee": "firstCommittee",
    "Second Committee": "secondCommittee",
    "Third Committee": "thirdCommittee",
    "Fourth Committee": "fourthCommittee",
    "Special Political and Decolonization Committee (Fourth Committee)": (
        "fourthCommittee"
    ),
    "Fifth Committee": "fifthCommittee",
    "Sixth Committee": "sixthCommittee",
    "Main Committee": "noMainCommittee",
}


# The fields a language's file writes as lists, read as a set.
_SETS = frozenset({"takes_number", "suspended_hyphen"})


def load_language(
    code: str, read_ordinal: Callable[[str], int | None] | None = None
) -> Language:
    """The language whose file is ``{code}.toml`` beside this module.

    A field named ``…_re`` is a pattern, compiled; a list is a tuple (a
    set for :data:`_SETS`); ``read_ordinal``, code, is given here.
    """
    path = Path(__file__).with_name(f"{code}.toml")
    data: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
    for name, value in data.items():
        if name.endswith("_re"):
            data[name] = re.compile(value)
        elif isinstance(value, list):
            data[name] = frozenset(value) if name in _SETS else tuple(value)
    return Language(**data, read_ordinal=read_ordinal)
