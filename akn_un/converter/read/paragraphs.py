"""Paragraph breaks that hard-wrapped extractions lose, put back.

Plain-text extractions (pdftotext, pypdf, PyMuPDF) print a paragraph as
lines with no blank line after it, a paragraph's number on a line of its
own ("1." then "Takes note …"), or the next paragraph on the same line
("… trafficking in persons.⁸ 6. We recall …").  A new paragraph is read
where a line (or a sentence) opens with the next paragraph number, a
point's letter after a line that ends a clause, a known lead phrase after
a line that ends one, the enacting formula or the closing meeting line.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from akn_un.converter.blocks import Block, lines_at, split_blocks
from akn_un.converter.read.edits import Edit
from akn_un.grammar.languages import SUSPENDED_HYPHEN
from akn_un.grammar.shapes import (
    ANNEX_RE,
    CLOSING_RE,
    FOOTNOTE_RE,
    FORMULA_RE,
    OPERATIVE_RE,
)
from akn_un.grammar.vocabulary import load

# A hyphenated word's halves apart: "drug-" and "resistant".
_SPLIT_WORD_RE = re.compile(
    r"(\w+[-\u2010\u2011\u2013])([ \t]*+\n?[ \t]*+)(?<=[ \t\n])(\w+)"
)
# Each hyphenated word the text writes on one line, whole ("drug-resistant")
# or apart ("age- and"): its halves and what stands between them.
_ON_ONE_LINE_RE = re.compile(
    r"(?<!\w)(?=(\w+[-\u2010\u2011\u2013])([ \t]*)(\w+))")
_ANNEX_TITLE_RE = re.compile(
    r"^(Annex(?: [IVXL]+)?)[ \t]+(?=(?:[A-Z][a-z]|\d)[^\n]*[^.,;:\n]$)",
    re.MULTILINE,
)
# "Annex" alone on its line with the title right below it, no blank line
# between (an extraction that keeps a page's lines).
_ANNEX_ABOVE_TITLE_RE = re.compile(
    rf"^[ \t]*({ANNEX_RE.pattern})[ \t]*\n(?=[ \t]*\S)", re.MULTILINE)
_LETTER_RE = re.compile(r"\(([a-z])\)[ \t\u00a0]")
# A paragraph that ends with a colon, then one that opens with a capital.
_INTRO_THEN_TEXT_RE = re.compile(
    r":[⁰¹²³⁴⁵⁶⁷⁸⁹]*[ \t]*\n(?:[ \t]*\n)+[ \t]*[A-Z]"
)
_ENDS_INTRO_RE = re.compile(r":[⁰¹²³⁴⁵⁶⁷⁸⁹]*$")
# A paragraph's number or a point's letter on a line of its own.
_NUMBER_ALONE = r"\n([ \t]*(?:\d{1,3}\.|\([a-z]{1,4}\)))[ \t]*\n"
_NUMBER_ALONE_RE = re.compile(_NUMBER_ALONE + r"(?=[ \t]*\S)")
# Set apart from its text by blank lines, the number is a block of its
# own: not the last line of a note ("para." / "24.").
_NUMBER_APART_RE = re.compile(
    r"(?:^|\n)[ \t]*" + _NUMBER_ALONE + r"(?:[ \t]*\n)+(?=[ \t]*\S)")
_POINT_RE = re.compile(r"\([a-z]{1,4}\)[ \t\u00a0]+(?=\S)")
# A clause's end, perhaps with a note's marker (superscript or not).
_ENDS_CLAUSE_RE = re.compile(
    r"[,;:.][\u201d\u2019\"')]?(?:[ \t]?(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\d{1,3}))?\**$"
)
_ENDS_POINT_RE = re.compile(r"[;:.][\u201d\u2019\"')]?[⁰¹²³⁴⁵⁶⁷⁸⁹]*$")
# Three lines in a row, none a table's row: hard-wrapped text.
_WRAPPED_RE = re.compile(
    r"\n[ \t]*[^|\s][^\n]*\n[ \t]*[^|\s][^\n]*\n[ \t]*[^|\s]"
)
_MID_LINE_RE = re.compile(
    r"[.;:][\u201d\u2019\"')]?[⁰¹²³⁴⁵⁶⁷⁸⁹]*[ \t\u00a0]+"
    r"(\d{1,3})\.[ \t\u00a0]+(?=[A-Z*])"
)


def hyphens(text: str) -> tuple[list[Edit], list[tuple[int, str]]]:
    """Hyphenated words split by a line's end (or its trace), joined.

    Decided from the text's own words.  "drug-" at a line's end, or
    "nuclear- weapon" on one line (a line's end a tool made a space):
    joined where the text writes the joined word elsewhere; left apart
    where it writes them apart elsewhere, or where the second word is
    one that follows a hyphen standing apart ("age- and
    gender-sensitive").  Otherwise joined, and returned among the
    undecided (offset, text): a UN text breaks lines at a compound's
    hyphen, never inside a word.  A text that keeps its lines (hard
    wrapped) keeps its line ends too: a hyphen apart on one line there is
    the text's own ("Secretary- General" as the UN printed it).
    """
    kept_lines = _hard_wrapped(text)
    whole: set[tuple[str, str]] = set()
    apart: Counter[tuple[str, str]] = Counter()
    for pair in _ON_ONE_LINE_RE.finditer(text):
        first, gap, second = pair.group(1, 2, 3)
        if gap:
            apart[first, second] += 1
        else:
            whole.add((first, second))
    edits = []
    undecided = []
    for match in _SPLIT_WORD_RE.finditer(text):
        first, gap, second = match.group(1, 2, 3)
        if kept_lines and "\n" not in gap:
            continue
        if (first, second) in whole:
            join = True
        elif second.casefold() in SUSPENDED_HYPHEN or (
            # on one line, the break itself is among them
            apart[first, second] > (0 if "\n" in gap else 1)
        ):
            join = False
        else:
            join = True
            undecided.append((match.start(), match.group()))
        if join:
            edits.append(Edit(match.start(2), match.end(2), ""))
    return edits, undecided


_LONG_LINE = 120  # longer than a printed page's line
_LONG_SHARE = 0.05  # of a hard-wrapped text's lines, at most this many


def _hard_wrapped(text: str) -> bool:
    """Whether ``text`` keeps the printed page's lines.

    Paragraphs run over several lines, hardly one longer than a page's.
    """
    if not _WRAPPED_RE.search(text):
        return False
    lines = [line for line in text.split("\n") if line.strip()]
    long = sum(len(line) > _LONG_LINE for line in lines)
    return long <= _LONG_SHARE * len(lines)


# A paragraph's number after a sentence's end, mid-line: "…; 2. Calls
# for …" (any script's letter after it: Russian leads are lower case).
_GLUED_NUMBER_RE = re.compile(
    r"(?<=[.;:\u201d\u3002\uff1b]) (\d{1,3})\. (?=[^\W\d_])")
_GLUED_RUN = 3  # numbers in a row that show paragraphs run together
_GLUED_TEXT = 20  # the least text a paragraph of the run holds
_GLUED_CLOSING_RE = re.compile(
    rf"(?<=[.;\u201d\u3002]) (?={CLOSING_RE.pattern})")
# "52nd plenary meeting 1 December 2025": the date on the line below
_CLOSING_THEN_DATE_RE = re.compile(rf"(?:{CLOSING_RE.pattern})( )(?=\d)")


def glued_paragraphs(text: str) -> list[Edit]:
    """Numbered paragraphs an extraction ran into one line, set apart.

    "… No. 10485. 1. Underlines …; 2. Calls for …; 3. Endorses …  52nd
    plenary meeting": numbers in a row (three at least, each after a
    sentence's end and before a paragraph's worth of text) are the
    paragraphs' own, and the closing after them is the closing's; each
    starts a block. Numbers that do not follow one another are text.
    """
    edits: list[Edit] = []
    offset = 0
    for line in text.split("\n"):
        if len(line) > _GLUED_RUN * _GLUED_TEXT and ". " in line:
            edits += _glued_run(line, offset)
        offset += len(line) + 1
    return edits


def _glued_run(line: str, offset: int) -> list[Edit]:
    """The breaks of the longest run of numbered paragraphs in ``line``."""
    found = [(m.start(), int(m.group(1))) for m in
             _GLUED_NUMBER_RE.finditer(line)]
    best: list[int] = []
    run: list[int] = []
    previous: tuple[int, int] | None = None
    for at, number in found:
        follows = previous is not None and number == previous[1] + 1 and (
            at - previous[0] >= _GLUED_TEXT)
        run = [*run, at] if follows else [at]
        previous = (at, number)
        best = run if len(run) > len(best) else best
    if len(best) < _GLUED_RUN:
        return []
    edits = [Edit(offset + at, offset + at + 1, "\n\n") for at in best]
    closing = _GLUED_CLOSING_RE.search(line, best[-1])
    if closing is not None:
        edits.append(Edit(offset + closing.start(),
                          offset + closing.end(), "\n\n"))
        dated = _CLOSING_THEN_DATE_RE.match(line, closing.end())
        if dated is not None:
            edits.append(Edit(offset + dated.start(1),
                              offset + dated.end(1), "\n"))
    return edits


def annex_titles(text: str, start: int) -> list[Edit]:
    """An annex's heading after the closing, set apart from its title.

    "Annex Title" on one line, or "Annex" with the title on the line
    below it in one block (in any language: "Приложение", "附件"): the
    heading becomes a block of its own, as the converter reads it.
    """
    closing = CLOSING_RE.search(text, start)
    if closing is None:
        return []
    return _after_group(
        (_ANNEX_TITLE_RE, _ANNEX_ABOVE_TITLE_RE), text, closing.end(), "\n\n")


def _after_group(
    patterns: tuple[re.Pattern[str], ...], text: str, start: int, gap: str
) -> list[Edit]:
    """Edits that make ``gap`` of what follows each match's first group.

    Every pattern's matches after ``start``, in the text's order.
    """
    return sorted(
        (Edit(m.end(1), m.end(), gap)
         for pattern in patterns for m in pattern.finditer(text, start)),
        key=lambda edit: edit.start,
    )  # fmt: skip


def lost_letters(text: str, start: int) -> list[Edit]:
    """"(a) ", "(b) " … put back before points whose letters were lost.

    A numbered paragraph that ends with a colon, followed by two or more
    paragraphs without a number, nearly all ending with a semicolon, then
    the next numbered paragraph: the layout of lettered points whose
    labels an extraction dropped.  A point that kept its letter must be
    the one the count comes to.  Lines cut by a page (lower case first)
    belong to the point before them.
    """
    if not _INTRO_THEN_TEXT_RE.search(text, start):
        return []
    edits: list[Edit] = []
    run: list[Block] = []
    opened = False
    letter = 0
    for block in split_blocks(text):
        if block.offset < start or FOOTNOTE_RE.match(block.text):
            continue
        numbered = OPERATIVE_RE.match(block.text) is not None
        point = _LETTER_RE.match(block.text)
        if opened and point is not None:
            found = ord(point[1]) - ord("a")
            edits += _letter(run, letter, found, last=False)
            letter, run = found + 1, []
        elif numbered or _POINT_RE.match(block.text) or CLOSING_RE.match(
                block.text) or ANNEX_RE.fullmatch(block.text):
            if opened and numbered:
                edits += _letter(run, letter, None, last=True)
            run, letter = [], 0
            opened = numbered and bool(_ENDS_INTRO_RE.search(block.text))
        elif opened:
            run.append(block)
    return edits


def _letter(
    run: list[Block], first: int, until: int | None, *, last: bool
) -> list[Edit]:
    """The labels for a run of blocks, if the run reads as points.

    ``first``: the index of the first letter; ``until``: that of the
    point that kept its letter after the run.
    """
    items: list[list[Block]] = []
    for block in run:
        if block.text[:1].isupper():
            items.append([block])
        elif items:
            items[-1].append(block)
        # else: the point before carries on after a page break
    if not items or first + len(items) > 26:
        return []
    if until is not None and first + len(items) != until:
        return []
    if len(items) < 2:
        return []  # one line alone is a point's text as well as a point
    ends = [
        item[-1].text.rstrip("⁰¹²³⁴⁵⁶⁷⁸⁹\u201d\u2019\"')").endswith(";")
        for item in items
    ]
    inner = ends[:-1] if last else ends
    if inner and sum(inner) < 0.75 * len(inner):
        return []
    if last and not _ENDS_POINT_RE.search(items[-1][-1].text):
        return []
    return [
        Edit(item[0].offset, item[0].offset, f"({chr(ord('a') + first + i)}) ")
        for i, item in enumerate(items)
    ]


def numbers_alone(text: str, start: int, *, apart: bool) -> list[Edit]:
    """"1." or "(a)" on a line of its own after ``start``, joined on.

    ``apart``: blank lines between the number and its text are an
    extraction's too (pdfminer), and go; the UN's own files print some
    numbers as a block of their own, which are kept so.
    """
    patterns = (_NUMBER_ALONE_RE, _NUMBER_APART_RE) if apart else (
        _NUMBER_ALONE_RE,)
    return _after_group(patterns, text, start, " ")


def breaks(text: str, start: int) -> list[Edit]:
    """Blank lines put where a paragraph starts inside a block.

    ``start``: where the body starts (the enacting formula's line).  Text
    whose blocks are paragraphs already (no run of three lines, no
    paragraph number after a sentence) is passed over at once.
    """
    if not (_WRAPPED_RE.search(text, start) or _MID_LINE_RE.search(
            text, start)):
        return []
    walk = _Walk()
    in_note = False  # a footnote body's lines are never split
    for offset, line in lines_at(text):
        stripped = line.strip()
        if not walk.previous:
            in_note = bool(FOOTNOTE_RE.match(stripped))
        if offset >= start and stripped and not in_note:
            walk.line(line, offset)
        if offset >= start:
            walk.previous, walk.previous_line = stripped, line
    return walk.edits


@dataclass(slots=True)
class _Walk:
    """The walk over the lines: the number expected next, the line before."""

    edits: list[Edit] = field(default_factory=list)
    expected: int = 1
    previous: str = ""
    previous_line: str = ""
    formula: str | None = None  # the body's enacting formula, its first line
    after_formula: bool = False  # the line before is an enacting formula

    def line(self, line: str, offset: int) -> None:
        """The breaks before ``line`` (at ``offset``) and inside it."""
        stripped = line.strip()
        number = OPERATIVE_RE.match(stripped)
        value = int(number["number"]) if number is not None else None
        if value == 1:
            self.expected = 1  # numbering starts again (an annex)
        indented = _indent(line) > _indent(self.previous_line)
        named = FORMULA_RE.fullmatch(stripped)
        formula = named is not None and self._opens_body(named["phrase"])
        if named is not None and self.formula is None:
            self.formula = named["phrase"]
        if self.previous and (
            value == self.expected
            or formula
            or self.after_formula
            or _opens(stripped, self.previous, indented=indented)
        ):
            self.edits.append(Edit(offset, offset, "\n"))
        self.after_formula = formula
        if value == self.expected:
            self.expected += 1
        for match in _MID_LINE_RE.finditer(line):
            if int(match[1]) == self.expected:
                self.expected += 1
                at = offset + match.start(1)
                self.edits.append(Edit(at - 1, at, "\n\n"))

    def _opens_body(self, phrase: str) -> bool:
        """Whether an enacting formula's line (``phrase``) opens a body.

        The first does, and the body's own formula wherever it stands (a
        second resolution's); another organ's only after a clause's end
        ("the following draft resolution:"), not as a wrapped line that
        happens to name the organ ("... entrusted to the / Economic and
        Social Council,").
        """
        return self.formula in {None, phrase} or bool(
            _ENDS_CLAUSE_RE.search(self.previous))


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _opens(line: str, previous: str, *, indented: bool) -> bool:
    """Whether ``line`` opens a paragraph after the line ``previous``.

    A point after a clause's end, the closing alone on its line or after
    a clause's end (not a wrapped line that opens with "644th meeting
    held on"), or, after a clause's end, a known lead phrase or a capital
    indented further than the line before (a first line).  The enacting
    formula is the walk's to decide.
    """
    if closing := CLOSING_RE.match(line):
        return not line[closing.end():].strip(" *") or bool(
            _ENDS_CLAUSE_RE.search(previous))
    if _POINT_RE.match(line):
        return bool(_ENDS_POINT_RE.search(previous))
    opening = line.lstrip("*")
    return bool(_ENDS_CLAUSE_RE.search(previous)) and (
        (indented and opening[:1].isupper())
        or load("preambular").match(opening) is not None
        or load("operative").match(opening) is not None
    )
