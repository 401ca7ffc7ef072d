"""Masthead lines that extractions run together or break, one to a line.

"General Assembly Distr.: General 3 December 2025" is three lines of the
masthead, "United Nations A/RES/80/1" two; "Eightieth session Agenda item
91 Implementation of …" three more; columns set apart by runs of spaces
are lines of their own.
"Resolution adopted by the General Assembly" / "on 1 November 2018" is
one, and so are "73/8." and the title printed below it.
"""

from __future__ import annotations

import re

from akn_un.converter.read.edits import Edit
from akn_un.grammar.languages import LANGUAGES
from akn_un.grammar.shapes import (
    BARE_FORMULA_RE,
    DISTRIBUTION_MARK,
    FORMULA_RE,
)


def _each(field: str) -> list[str]:
    """The patterns of one field of every language's record, in order."""
    return [pattern for language in LANGUAGES
            for pattern in getattr(language, field)]



# "Distr.: General"; French and Spanish print "Distr. générale".
_DISTRIBUTION = DISTRIBUTION_MARK + " ?(?:" + "|".join(
    word for language in LANGUAGES for word in language.distributions) + ")"
_SPLIT_BEFORE_RE = re.compile(
    r"(?<=\S)[ \t\u00a0]+(?="
    + "|".join([f"{DISTRIBUTION_MARK} ", *_each("line_starts")]) + ")"
    r"|(?<=\S)[ \t\u00a0]{2,}(?=\S)"  # columns, set apart by spaces
    # the symbol that ends the line: "United Nations A/RES/75/253 B"
    r"|(?<=\S)[ \t\u00a0]+(?=[AES]/[A-Z0-9][\w./-]*(?: [A-Z])?[ \t]*$)"
)
_SPLIT_AFTER_RE = re.compile(
    "(?:" + "|".join([_DISTRIBUTION, *_each("line_ends")]) + ")"
    r"[ \t\u00a0]+(?=[A-Z0-9])"
)
# The adoption line broken before its date, in the languages that break it.
_WRAPPED_RE = re.compile(
    "(?:" + "|".join(_each("broken_adoption")) + ")"
    r"\n\s*(?=" + "|".join(_each("after_break")) + ")"
)
_NUMBER_ALONE_RE = re.compile(
    r"\n((?:E?S-)?\d+/\d+(\.)?)[ \t]*\n(\s*)(?=\S)")


def masthead_lines(text: str, end: int) -> list[Edit]:
    """The edits that put each masthead line before ``end`` on its own."""
    head = text[:end]
    edits = []
    for line in re.finditer(r"[^\n]+", head):
        content = line.group()
        if len(content) > 300:
            continue
        edits += [
            Edit(line.start() + match.start(), line.start() + match.end(),
                 "\n")
            for match in _SPLIT_BEFORE_RE.finditer(content)
        ]  # fmt: skip
        for match in _SPLIT_AFTER_RE.finditer(content):
            at = line.start() + match.end()
            blank = at - len(match.group()) + len(match.group().rstrip())
            edits.append(Edit(blank, at, "\n"))
    for match in _WRAPPED_RE.finditer(head):
        newline = head.index("\n", match.start())
        edits.append(Edit(newline, match.end(), " "))
    edits.sort(key=lambda e: (e.start, e.end))
    kept: list[Edit] = []
    for edit in edits:
        if not kept or edit.start >= kept[-1].end:
            kept.append(edit)
    return kept


def title_number_alone(text: str, end: int) -> list[Edit]:
    """"73/8." on a line of its own joined with the title below it.

    Only before ``end``, the enacting formula: a note's line that opens
    with a number ("74/297.", a list of resolutions wrapped) is not the
    title's. Not with the formula itself: a number printed without a
    title ("75/265." in Russian) stays alone.  A number without its
    period ("76/415", as decisions and Arabic print it) is a block of its
    own, the title the next.
    """
    match = _NUMBER_ALONE_RE.search("\n" + text, 0, end + 1)
    if match is None:
        return []
    following = text[match.end() - 1 :].split("\n", 1)[0].strip()
    if FORMULA_RE.fullmatch(following) or BARE_FORMULA_RE.fullmatch(following):
        return []
    if match.group(2) is None:
        if "\n" in match.group(3):
            return []  # apart already
        return [Edit(match.end(1) - 1, match.end() - 1, "\n\n")]
    return [Edit(match.end(1) - 1, match.end() - 1, " ")]
