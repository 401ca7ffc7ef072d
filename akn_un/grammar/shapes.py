"""What a block of resolution text looks like: the patterns segmentation reads.

Numbers of paragraphs and points, headings, annexes, a resolution's parts,
footnote bodies, the enacting formula and the closing lines, and whether
a block ends (or starts) a sentence, as pure functions of its text.
"""

from __future__ import annotations

import re

from akn_un.grammar.languages import LANGUAGES

# Notes marked with a symbol where numbers would mislead (a reissue's
# note, a table's), in the order a page uses them.
NOTE_SYMBOLS = ("*", "**", "***", "\u2020", "\u2021", "\u00a7")
# One of them, the longest first ("**" before "*").
NOTE_SYMBOL = "|".join(
    map(re.escape, sorted(NOTE_SYMBOLS, key=len, reverse=True)))
# A note's marker in the converter's text: superscript digits, or a symbol
# between superscript brackets ("⁽*⁾"); what it is written with.
MARKER = f"[⁰¹²³⁴⁵⁶⁷⁸⁹]+|⁽(?:{NOTE_SYMBOL})⁾"
MARKER_CHARS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾" + "".join(dict.fromkeys("".join(NOTE_SYMBOLS)))
FOOTNOTE_RE = re.compile(rf"(?P<marker>{MARKER})[ \t\u00a0]+(?P<body>\S)")
# "1."; "1 -" as Arabic prints it
OPERATIVE_RE = re.compile(
    r"(?P<number>\d{1,3})(?P<mark>\.|[ \u00a0]?[-\u2013])[ \t\u00a0]+(?=\S)"
)
# The letters Arabic numbers points with, in their order (abjad).
ARABIC_LETTERS = "أبجدهوزحطيكلمنسعفصقرشتثخذضظغ"
_ARABIC_LETTER = f"[{ARABIC_LETTERS}\ufeeb]\u0640?"
# "(a)"; "a)" as French, Spanish and Russian print it; Arabic "(أ)" and
# "’1‘" (its "(i)")
POINT_RE = re.compile(
    r"(?:(?P<open>\()?(?P<number>[a-z]{1,4}|\d{1,2}"
    rf"|{_ARABIC_LETTER})\)|\u2019(?P<quoted>\d{{1,2}})\u2018)"
    r"[ \t\u00a0]+(?=\S)"
)
BULLET_RE = re.compile(r"(?P<bullet>[•▪◦●])[ \t\u00a0]+(?=\S)")
IN_POINTS = frozenset({"point", "point-text"})
BULLETS = "•▪◦●"
ROMAN = "[IVXLC]{1,7}"
HEADING_RE = re.compile(
    rf"\**(?P<number>{ROMAN}|[A-Z])(?:\.?\**$|\.[ \t\u00a0]+(?P<title>\S.*))",
    re.DOTALL,
)
# "Annex", "Annex II", "Annexe", "Anexo", "Приложение", "المرفق الأول",
# "附件一": each language's annex heading.
ANNEX_RE = re.compile(
    rf"\**(?:{'|'.join(language.annex for language in LANGUAGES)})\**"
)
# A part's letter as a script other than Latin prints it: Arabic spells
# it ("ألف" for A), Russian takes the Cyrillic letter that looks like it
# (U+0410, U+0412, U+0421, U+0415 for A, B, C, E; the FRBR IRIs have the
# Latin one, "76-418A").
PART_LETTERS = {
    "ألف": "A", "باء": "B", "جيم": "C", "دال": "D", "هاء": "E", "واو": "F",
    "\u0410": "A", "\u0412": "B", "\u0421": "C", "\u0415": "E",
}  # fmt: skip
COMPONENT_RE = re.compile(
    rf"\**(?P<letter>[A-Z]|{'|'.join(PART_LETTERS)})\**"
    r"(?P<markers> ?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)?"
)
# A line of underscores: a page's rule above its notes, or the UN's own
# rule above a decision's "*" notes; never a paragraph's text.
RULE_RE = re.compile(r"_{5,}")
# "a See A/75/383.": a note under a table, lettered.
TABLE_NOTE_RE = re.compile(r"\**[a-z]\** \**[A-Z]")
# "*Note*: …", "Abbreviations: …": lines under a table, before its notes.
UNDER_TABLE_RE = re.compile(r"\**(?:Notes?|Abbreviations?|Sources?)\**:")
# A line cannot end a paragraph with one of these words: a page broke it
# ("… The" too, a sentence's first word; not "A", a part's letter).
ENDS_MID_SENTENCE_RE = re.compile(
    r"\b(?:and|or|of|the|a|an|to|for|in|on|with|by|from|at|as|its|their"
    r"|The|An|Its|Their)$"
)
HEADING_MAX = 200
TITLE_MAX = 600
_RESOLUTION_NUMBER = (
    r"(?P<number>(?:E?S-)?\d+/\d+(?:[ \u00a0][A-Z](?:-[A-Z]| and [A-Z])?)?)"
)
# "75/154. Title"; "80/132 عقد …" (no period: Arabic of sessions 76-80) or
# "75/154 - Title", where the title opens with a letter that is not lower
# case ("60/48 of 8 December", a wrapped line, is no title).
_LOWER_CASE = r"a-z\u00df-\u00ff\u0430-\u044f"
TITLE_RE = re.compile(
    rf"{_RESOLUTION_NUMBER}(?:\.[ \t]+(?=\S)"
    rf"|[ \t]+(?:[-\u2013][ \t]+)?(?=[^\W\d_])(?![{_LOWER_CASE}]))"
)
# "75/325" on a line of its own, the title on the next (as Arabic prints)
NUMBER_LINE_RE = re.compile(rf"{_RESOLUTION_NUMBER}(?P<period>\.)?")
# The end marks of the six languages: Latin, Arabic (comma, semicolon,
# question mark) and full-width (Chinese).
COMMAS = ",\u060c\uff0c"
_STOPS = ";.:!?\u061b\u061f\uff1b\u3002\uff1a\uff01\uff1f"
# Marks that print nothing: a Chinese file may end a line with U+200E.
_INVISIBLE = "[\u200b-\u200f\u202a-\u202e\u2060-\u2069]"
# "The General Assembly,": each language's enacting formula, its comma.
FORMULA_RE = re.compile(
    rf"\**(?P<phrase>{'|'.join(language.formula for language in LANGUAGES)})"
    rf"\**[ \u00a0]?\**[{COMMAS}]?\**{_INVISIBLE}*"
)
# The Russian and Chinese formulas printed without their comma: the
# formula only once the title is read (the masthead prints the same name).
_BARE = [language.bare_formula for language in LANGUAGES]
BARE_FORMULA_RE = re.compile(
    rf"\**(?P<phrase>{'|'.join(bare for bare in _BARE if bare)})\**"
)
# "46th plenary meeting", "8700th meeting": the meeting that adopted it.
MEETING_RE = re.compile(
    r"(?P<ordinal>\d+(?:st|nd|rd|th)) (?:\(resumed\) )?(?:plenary )?meeting"
)
# "[on the report of the Third Committee (A/75/478)]": the committee.
PROPONENT_NAME_RE = re.compile(r"(?:of the|to a) (.+?)(?: \(|\]$)")
# "46th plenary meeting" in each language: the closing lines begin.
CLOSING_RE = re.compile(
    rf"\**(?:{'|'.join(language.closing for language in LANGUAGES)})"
)
# After the end punctuation: a quote, stars, markers, invisible marks (LRM).
END = (
    f"['\u2019\u201d\")]?\\**[ \u00a0]?(?:{MARKER})?\\**"
    "[\u200b-\u200f\u202a-\u202e\u2060-\u2069]*$"
)
TERMINATED_RES = {
    # a preambular paragraph ends with a comma; an operative one does not
    "preambular": re.compile(rf"[{COMMAS}{_STOPS}]{END}"),
    "operative": re.compile(rf"[{_STOPS}]{END}"),
    "point": re.compile(rf"[{_STOPS}]{END}"),
    "wrap-up": re.compile(rf"[{_STOPS}]{END}"),
    "point-text": re.compile(rf"[{_STOPS}]{END}"),
}
_FULL_STOP_RE = re.compile(rf"[.\u3002]{END}")
UNTERMINATED_RE = re.compile(
    rf"[^{COMMAS}{_STOPS}\u2013\u2014{MARKER_CHARS}-]{END}"
)
ROMAN_POINT_RE = re.compile(r"[ivxl]+")
# A period that ends an abbreviation, not a sentence: "1 p.m.", "vol."
ABBREVIATION_RE = re.compile(
    r"(?:\b[a-z]\.[a-z]\.|\b(?:No|Nos|vol|vols|p|pp|para|paras|chap|art))\.?$"
)
CONCLUSION_LINE_RE = re.compile(r"\[[^\]]*(?:Adopted|vote)[^\]]*\]\.?")


def _first_letter(text: str) -> str:
    """The first character of ``text``, mark-up aside ("" if none)."""
    return text.lstrip("*[\\")[:1]


def starts_lowercase(text: str) -> bool:
    """Whether ``text`` starts in lower case (mark-up aside)."""
    return _first_letter(text).islower()


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends with a full stop (not an abbreviation's)."""
    last = text[-16:].rstrip()
    return bool(_FULL_STOP_RE.search(last)) and not ABBREVIATION_RE.search(
        last.rstrip(MARKER_CHARS)
    )


def starts_caseless(text: str) -> bool:
    """Whether ``text`` starts with a letter of a script without case.

    Arabic and Chinese: their first letter cannot show a cut sentence.
    """
    first = _first_letter(text)
    return first.isalpha() and not (first.islower() or first.isupper())


def starts_mid_sentence(text: str, after: str) -> bool:
    """Whether ``text`` cannot start a paragraph.

    Lower case or a link first, or a figure after a comma.
    """
    first = text.lstrip("*\\")[:1]
    if first.isdigit():
        return after.endswith(",")
    return first.islower() or first in "[(,;.)"


def opening_words(text: str) -> str:
    """The first words of ``text``, without italic stars."""
    return text[:100].replace("*", "")


_ROMAN_TITLE_RE = re.compile(rf"(?:{ROMAN})\.?[ \t]+\S[^\n]*\n[^\n]+$")


def is_heading(text: str, longest: int = HEADING_MAX) -> bool:
    """Whether ``text`` is a title or heading.

    A short line without end punctuation, not opening with an italic lead
    phrase; or two, when the first opens with a section's roman number
    ("II Activities of the Committee" wrapped).
    """
    italic_lead = text.startswith("*") and "*" in text[1:].rstrip("*")
    return (
        len(text) <= longest
        and ("\n" not in text or _ROMAN_TITLE_RE.match(text) is not None)
        and not italic_lead
        and not starts_lowercase(text)
        and bool(UNTERMINATED_RE.search(text[-16:]))
    )


def point_level(number: str, previous: str | None) -> int:
    """1 for (a), 2 for (i), 3 for (aa); a letter that follows is a letter.

    (i) after (h) and (ii) after (hh) are letters; (aa) after (z), and
    (bb) after (aa), letters too.  An Arabic letter ("(هـ)") is a letter.
    """
    if not number.isascii():
        return 1
    if number.isdigit():
        return 3
    if previous is not None and number == _next_letter(previous):
        return 1
    if ROMAN_POINT_RE.fullmatch(number):
        return 2
    return 3 if len(number) > 1 else 1


def _next_letter(letter: str) -> str:
    """The letter after (a) is (b); after (z), (aa); after (hh), (ii)."""
    if letter == "z":
        return "aa"
    if len(letter) == 1 or letter == letter[0] * len(letter):
        return chr(ord(letter[0]) + 1) * len(letter) if letter[0] < "z" else ""
    return ""


# Masthead lines every language prints alike: "Distr.: General" (its word
# read in the text's language), "Original: English", and when a session
# sits, "11 September - 13 October 2023" (HRC mastheads).
DISTRIBUTION_MARK = r"Distr\.:?"
STATUS_RE = re.compile(DISTRIBUTION_MARK + r" ?(?P<word>\w+)")
ORIGINAL_RE = re.compile(r"Original: ?\w+")
SESSION_DATES_RE = re.compile(
    r"\d{1,2}(?: [A-Z][a-z]+(?: \d{4})? ?[\u2013-]? ?| ?[\u2013-] ?)"
    r"\d{1,2} [A-Z][a-z]+ \d{4}"
)
