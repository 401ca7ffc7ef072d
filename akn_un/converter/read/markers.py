"""Footnote markers printed as plain digits, matched against the bodies.

Extractions that lose the superscript leave "Court,2" or "Statute 1
reaffirms".  A number is read as a marker only when a footnote body with
that number is present, in the order the notes run (note 3 after note 2),
and where it cannot be the text's own number: not a paragraph, item or
resolution's number ("paragraph 3 of"), not a date, a count or a part of
a symbol ("A/80/1"), not the paragraph's number.  "72/4; 1" is a marker.
"""

from __future__ import annotations

import bisect
import re

from akn_un.converter.blocks import split_blocks
from akn_un.converter.read.edits import Edit
from akn_un.converter.text import (
    SUPERSCRIPT_DIGITS,
    superscript,
    superscript_number,
)
from akn_un.grammar.languages import ENGLISH, LANGUAGES
from akn_un.grammar.shapes import FOOTNOTE_RE

# What follows a number that counts or dates something: "1 December".
# Each language's months (a figure before one is a day), units ("856,4
# millones") and range words ("7 au 12 mars"); the counted nouns are
# English's patterns.
_MONTHS = "|".join(
    # a month of two words may be cut by a line's end (Arabic)
    r"\s+".join(map(re.escape, month.split()))
    for language in LANGUAGES for month in language.months
)
# ("9 de julio": Spanish links the day to its month), across a line's end
# as a wrap leaves it ("de 3" / "de julio").
_GAP = r"[ \t\u00a0]*\n?[ \t\u00a0]*"
_UNITS = (
    rf"{_GAP}(?:(?:de{_GAP})?(?:{_MONTHS})"
    rf"|{'|'.join(u for language in LANGUAGES for u in language.units)})"
)
UNIT_RE = re.compile(_UNITS)
# What a figure set apart by spaces counts: "that 2 Member States have
# not". Glued to what comes before, the figure is a marker all the same
# ("Development,5 Member States committed").
_COUNTED_RE = re.compile(
    rf"[ \t\u00a0]+(?:{'|'.join(ENGLISH.counted)})\b"
)
_DATE_BEFORE_RE = re.compile(
    rf"\d{{1,2}}\s+(?:de\s+)?(?:{_MONTHS})\s+(?:de\s+)?(?:19|20)\d\d"
    r"(?:[ \t\u00a0]+|[ \t\u00a0]*\n[ \t\u00a0]*)$"
)
_LIST_BEFORE_RE = re.compile(r"\d[,;][ \t\u00a0]+$")
# The list's next figure, perhaps after its comma or a short word ("and").
_LIST_GOES_ON_RE = re.compile(
    r"[,;]?[ \t\u00a0]+(?:[^\W\d_]{1,3}[ \t\u00a0]+)?\d")
_YEAR_BEFORE_RE = re.compile(r"(?<![\d/.,])(?:19|20)\d\d[ \t\u00a0]+$")
_RANGES = "|".join(
    rf"{word}\s+\d"
    for language in LANGUAGES for word in language.range_words
)
# What follows a figure that is a part of a number or a symbol: a unit
# ("4,5 milliards"), a range, "/", a decimal ("69.7", "3,2 %"),
# thousands ("10,000", "3 910 300"), letters ("20 UN").
_FOLLOWS_NUMBER = re.compile(
    rf"(?:,\d+)?{_UNITS}|[ \t\u00a0]*(?:{_RANGES}|-\s*\d|"
    r"\u2013\s*\d|/|\.\d|,\d{3}\b|,\d+[ \u00a0]?%|[ \u00a0]\d{3}(?!\d)"
    r"|[A-Z]{2,}\b)"
)
_CANDIDATE_RE = re.compile(r"\d+")
_SUPERSCRIPT_RE = re.compile(f"[{SUPERSCRIPT_DIGITS}]+")
_BODY_MARK_RE = re.compile("\n[ \t]*\n[ \t]*([⁰¹²³⁴⁵⁶⁷⁸⁹]+)[ \t\u00a0]")
# A paragraph that ends with a figure after punctuation: "…+50,1".
_DIGIT_AT_END_RE = re.compile(r"[,;:.\u201d\u2019)]\**\d{1,3}[ \t]*\n")
# What may stand right after a marker, or before one: "Court,2".
_CLOSERS = ",;:.)\u201d\u2019\"']"
_QUOTES_AND_BRACKETS = ")]\u201d\u2019\"'"
_WORD_BEFORE_RE = re.compile(r"([^\W\d_]+)\.?[ \t\u00a0]*$")
# A figure after a period that follows a figure is a decimal ("69.7").
_BLOCK_END_RE = re.compile(
    r"(?:(?<!\d)[.:]|[,;\u201d\u2019)])\**(\d{1,3})$"
)
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
_YEAR_END_RE = re.compile(r"(?<!\d)(?:19|20)\d\d$")
# The words after which a figure is the text's, in every language.
_TAKES_NUMBER = frozenset(
    word for language in LANGUAGES for word in language.takes_number
)
# Characters of a script that sets no space between words, and its
# punctuation (full-width comma and semicolon, enumeration comma, closing
# title mark).
_CJK_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_CJK_PUNCTUATION_RE = re.compile("[\uff0c\uff1b\u3001\u3002\u300b]")
# How far back a candidate's line and word are read: a window, so that a
# long line of figures costs time linear in its length.
_REACH = 80


def plain_markers(text: str, start: int) -> list[Edit]:
    """Edits making plain-digit markers after ``start`` superscript.

    Only notes whose body is present and whose marker is not yet in the
    text are looked for.  Of all the places where each number reads as a
    marker, glued to the word before ("Court,2") or set apart ("Statute 1
    reaffirms"), the longest run in the notes' order is taken (a number
    the text uses for itself is passed over); a note still without one
    takes the only figure equal to its number between its neighbours'
    markers ("the reports of 1990 3 and 1995, 4").
    """
    if not _markers_missing(text, start):
        return []
    bodies = set()
    spans = []
    for block in split_blocks(text):
        match = FOOTNOTE_RE.match(block.text)
        if block.offset >= start and match is not None:
            number = superscript_number(match.group("marker"))
            if number >= 0:  # a symbol's note has its marker already
                bodies.add(number)
            spans.append((block.offset, block.offset + len(block.text)))
    present = _superscripts(text, start, spans)
    wanted = sorted(bodies - set(present))
    if not wanted:
        return []
    chosen = _longest_run(
        wanted, _places(text, set(wanted), start, spans), present
    )
    for number in wanted:
        if number in chosen or not _between_neighbours(
                number, chosen, present):
            continue
        low, high = _window(number, chosen, present, start, len(text))
        loose = [
            place for place in _figures(text, number, low, high)
            if not _inside(place[0], spans)
            and not _numbers_paragraph(text, *place)
        ]
        if len(loose) == 1:
            chosen[number] = loose[0]
    return sorted(
        (_glued(text, begin, end, superscript(number))
         for number, (begin, end) in chosen.items()),
        key=lambda edit: edit.start,
    )  # fmt: skip


def _numbers_paragraph(text: str, begin: int, end: int) -> bool:
    """Whether the figure is a paragraph's number: "3." opening a line."""
    return not _line_before(text, begin).strip(" \t\u00a0*") and (
        text[end : end + 1] in {".", ")"})


def _glued(text: str, begin: int, end: int, marker: str) -> Edit:
    """The edit that makes the figure at ``begin:end`` the ``marker``.

    Its superscript stands against the word before it, as printed: the
    spaces (or a line's end) before a marker set apart go ("Statute 1
    reaffirms"), and before its bracket, as Arabic prints one
    ("التالية (1)").
    """
    bracket = "(" if text[begin - 1 : begin] == "(" else ""
    start = begin - len(bracket)
    while start > 0 and text[start - 1] in " \t\u00a0\n":
        start -= 1
    if start == 0 or text.count("\n", start, begin) > 1:
        return Edit(begin, end, marker)  # a paragraph's first figure
    return Edit(start, end, bracket + marker)


def _between_neighbours(
    number: int, chosen: dict[int, tuple[int, int]], present: dict[int, int]
) -> bool:
    """Whether notes before and after ``number`` have their markers."""
    neighbours = [*chosen, *present]
    return any(n < number for n in neighbours) and any(
        n > number for n in neighbours)


def _figures(
    text: str, number: int, low: int, high: int
) -> list[tuple[int, int]]:
    """Where ``number`` stands as a figure of its own in ``text[low:high]``.

    Not a part of a larger number or a symbol, nor a count or a date.
    """
    return [
        (match.start(), match.end())
        for match in re.finditer(
            rf"(?<![\d/.\-]){number}(?![\d/]|\.\d)", text[:high])
        if low <= match.start() and not UNIT_RE.match(text, match.end())
    ]


def _longest_run(
    wanted: list[int],
    places: dict[int, list[tuple[int, int, bool]]],
    present: dict[int, int],
) -> dict[int, tuple[int, int]]:
    """One place per note, in the notes' order, as many as can be.

    Of the runs as long as can be, the one with the most places that read
    plainly as markers (:func:`_plain`: "Court,2" over "States, 1
    non-member"), then the earliest.  Markers already present bound the
    places of the notes around them.
    """
    found = []
    for number in wanted:
        low, high = _window(number, {}, present, 0, 1 << 62)
        found += [
            (begin, end, number, plain)
            for begin, end, plain in places[number]
            if low <= begin < high
        ]
    found.sort()
    # best[i]: (length, places plain) of the best run that starts with
    # found[i], its numbers rising; found from the right with a Fenwick
    # tree of the best by number, so that it takes n log n.
    ranks = {n: r for r, n in enumerate(sorted({f[2] for f in found}))}
    tree = [(0, 0)] * (len(ranks) + 1)
    best = [(0, 0)] * len(found)
    for index in range(len(found) - 1, -1, -1):
        rank = len(ranks) - ranks[found[index][2]]  # greater numbers first
        after, at = (0, 0), rank - 1
        while at > 0:
            after, at = max(after, tree[at]), at & (at - 1)
        best[index] = (after[0] + 1, after[1] + found[index][3])
        at = rank
        while at <= len(ranks):
            tree[at] = max(tree[at], best[index])
            at += at & -at
    # the run taken from the left, each place the earliest that keeps it
    chosen: dict[int, tuple[int, int]] = {}
    need, last, after_end = max(best, default=(0, 0)), -1, -1
    for index, (begin, end, number, plain) in enumerate(found):
        if need[0] and best[index] == need and number > last and (
                begin >= after_end):
            chosen[number] = (begin, end)
            need = (need[0] - 1, need[1] - plain)
            last, after_end = number, end
    return chosen


def _window(
    number: int,
    chosen: dict[int, tuple[int, int]],
    present: dict[int, int],
    low: int,
    high: int,
) -> tuple[int, int]:
    """Between the markers of the notes before and after ``number``."""
    for other, (begin, end) in chosen.items():
        if other < number:
            low = max(low, end)
        elif other > number:
            high = min(high, begin)
    for other, at in present.items():
        if other < number:
            low = max(low, at)
        elif other > number:
            high = min(high, at)
    return low, high


def block_end_markers(text: str, start: int) -> list[Edit]:
    """A note's number glued to a paragraph's last punctuation: "…+50,1".

    No paragraph ends with a figure after a comma; when a note has that
    number, it is the note's marker (printed again, or set without its
    superscript).
    """
    if not _DIGIT_AT_END_RE.search(text, start):
        return []
    blocks = split_blocks(text)
    numbers = {
        superscript_number(match.group("marker"))
        for block in blocks
        if (match := FOOTNOTE_RE.match(block.text))
    }
    if not numbers:
        return []
    edits = []
    for block in blocks:
        end = block.offset + len(block.text)
        if (
            block.offset < start
            or not block.text[-1:].isdigit()
            or FOOTNOTE_RE.match(block.text)
        ):
            continue
        match = _BLOCK_END_RE.search(block.text[-12:])
        if match is not None and int(match[1]) in numbers:
            edits.append(Edit(
                end - len(match[1]), end,
                superscript(match[1]),
            ))  # fmt: skip
    return edits


def _markers_missing(text: str, start: int) -> bool:
    """Whether fewer superscript digits stand in the text than open notes.

    Each note's body opens with its number; where every marker is there
    too, the text holds at least as many superscript digits again.  A
    quick count, so that text with its markers costs nothing more.
    """
    bodies = _BODY_MARK_RE.findall(text, start)
    if not bodies:
        return False
    in_bodies = sum(map(len, bodies))
    everywhere = sum(text.count(digit, start) for digit in SUPERSCRIPT_DIGITS)
    return everywhere - in_bodies < in_bodies


def _superscripts(
    text: str, start: int, spans: list[tuple[int, int]]
) -> dict[int, int]:
    """Superscript markers already in the text: number → offset."""
    found: dict[int, int] = {}
    for match in _SUPERSCRIPT_RE.finditer(text, start):
        if not _inside(match.start(), spans):
            found.setdefault(superscript_number(match.group()),
                             match.start())
    return found


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``offset`` falls in one of ``spans`` (in order)."""
    index = bisect.bisect_right(spans, (offset, 1 << 62)) - 1
    return index >= 0 and offset < spans[index][1]


def _places(
    text: str, wanted: set[int], at: int, spans: list[tuple[int, int]]
) -> dict[int, list[tuple[int, int, bool]]]:
    """Where each number ``wanted`` stands as a marker, after ``at``.

    Each place says whether it reads plainly as a marker (:func:`_plain`),
    as one glued to a year does ("20172").  One pass over the
    figures of the text; the footnote bodies' ``spans`` are passed over.
    """
    places: dict[int, list[tuple[int, int, bool]]] = {n: [] for n in wanted}
    for match in _CANDIDATE_RE.finditer(text, at):
        begin, end, run = match.start(), match.end(), match.group()
        if _inside(begin, spans):
            continue
        if int(run) in wanted and _is_marker(text, begin, end, glued=False):
            places[int(run)].append((begin, end, _plain(text, begin)))
        elif (
            len(run) > 4
            and _YEAR_RE.fullmatch(run[:4])
            and int(run[4:]) in wanted
            and run[4] != "0"
            and _is_marker(text, begin + 4, end, glued=True)
        ):  # "20172": the marker glued to a year
            places[int(run[4:])].append((begin + 4, end, True))
    return places


def _plain(text: str, begin: int) -> bool:
    """Whether the figure at ``begin`` reads plainly as a marker.

    Glued to what comes before ("Court,2"), not set apart ("States, 1
    non-member" may count).  A script that writes its words without
    spaces turns this round: there, a figure glued to a character is the
    text's as often as not ("目标1": goal 1), and one set apart after the
    script's own punctuation ("宣言， 1 其中") is a marker.
    """
    before = text[begin - 1] if begin else "\n"
    if _CJK_RE.match(before):
        return False
    if not before.isspace():
        return True
    return _CJK_PUNCTUATION_RE.match(_written_before(text, begin)) is not None


def _written_before(text: str, begin: int) -> str:
    """The last character written before the spaces before ``begin``.

    On its line or the line above ("机制；" / "3"); "" at a block's start.
    """
    window = text[max(0, begin - _REACH) : begin]
    written = window.rstrip()
    if not written or window.count("\n", len(written)) > 1:
        return ""
    return written[-1]


def _is_marker(text: str, begin: int, end: int, *, glued: bool) -> bool:
    """Whether the digits at ``begin:end`` read as a footnote marker.

    ``glued``: they follow a year without a space ("20172").
    """
    after = text[end : end + 24]
    if (after and not (after[0].isspace() or after[0] in _CLOSERS)) or (
        after[:1] in {".", ")"} and after[1:2].isdigit()
    ):
        return False
    if _numbers_paragraph(text, begin, end):
        return False
    if glued:
        return True
    if _FOLLOWS_NUMBER.match(after):
        return False
    previous = text[begin - 1] if begin else "\n"
    if previous.isspace():
        return _after_space(text, begin, after)
    return _after_character(text, begin, end)


def _line_before(text: str, begin: int) -> str:
    """The line's text before ``begin``: its last _REACH characters."""
    floor = max(0, begin - _REACH)
    return text[max(text.rfind("\n", floor, begin) + 1, floor) : begin]


def _after_character(text: str, begin: int, end: int) -> bool:
    """Whether digits right after a character are a marker ("Court,2")."""
    previous = text[begin - 1]
    floor = max(0, begin - _REACH)
    token = text[max(text.rfind(" ", floor, begin) + 1, floor) : begin]
    if previous == "." and "/" in token:
        return False  # "WT/L/508/Add.1": a part of a symbol
    if previous == "." and begin >= 2 and text[begin - 2].isalpha():
        return True  # "Development.2": after a sentence's end
    if _CJK_PUNCTUATION_RE.match(previous):
        return True  # "报告；3"
    if previous in ",;:":
        # "1979,1" is a marker, "10,000" a number
        return not (text[begin - 2 : begin - 1].isdigit() and end - begin == 3)
    if previous == "(":
        # "التالية (1)": a marker in brackets, as Arabic prints it, after
        # a word (not "2(1)", a paragraph's subparagraph)
        word = text[max(0, begin - 6) : begin - 1].rstrip(" \u00a0")
        return text[end : end + 1] == ")" and (
            word[-1:].isalpha() or _YEAR_END_RE.search(word) is not None)
    return previous.isalpha() or previous in _QUOTES_AND_BRACKETS


def _the_text_s(window: str, after: str) -> bool:
    """Whether a figure set apart is the text's by what stands around it.

    A label's number ("Leadership dialogue 3:"), a count ("that 2 Member
    States"), one of a list of figures ("the goals 9, 11 16, 17").
    """
    return (
        after[:1] == ":"
        or _COUNTED_RE.match(after) is not None
        or (_LIST_BEFORE_RE.search(window) is not None
            and _LIST_GOES_ON_RE.match(after) is not None)
    )


def _after_space(text: str, begin: int, after: str) -> bool:
    """Whether digits after a space are a marker ("Statute 1 reaffirms")."""
    window = text[max(0, begin - 40) : begin]
    if _the_text_s(window, after):
        return False
    if _DATE_BEFORE_RE.search(window) or _YEAR_BEFORE_RE.search(window):
        # "of 12 February 2013 9 in which", "de 2016 2, a pesar": after a
        # date or a year, no figure is the text's
        return True
    word = _WORD_BEFORE_RE.search(window)
    if word is None:
        # after punctuation: "resolution 72/4; 1", "宣言， 1"
        last = _written_before(text, begin)
        return bool(last) and (
            last in _CLOSERS or _CJK_PUNCTUATION_RE.match(last) is not None)
    if word.group(0).rstrip().endswith("."):
        # "Principles. 13 We will": no sentence opens with a figure
        return bool(re.match(r"[ \t\u00a0]+[A-Z]", after))
    return word.group(1).casefold() not in _TAKES_NUMBER
