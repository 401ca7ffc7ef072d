"""Page furniture: what every page of a UN PDF prints besides the text.

The job number ("18-18418 (E)"), the date code ("071118"), the barcode
("*1818418*"), the page number ("2/5") and the running head (the symbol
and the short title).  Extractions leave them where the page ended, often
inside a paragraph; they are found line by line and taken out (and
counted), never kept as the resolution's text.  The rule above a page's
notes goes with the notes (:mod:`akn_un.converter.read.notes`); a rule
with no notes under it is the text's, as in a decision whose "*" note
the UN marks up as a paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from akn_un.converter.blocks import lines_at
from akn_un.converter.read.edits import Edit
from akn_un.core.symbols import is_resolution_symbol
from akn_un.grammar.shapes import ANNEX_RE, HEADING_RE

_PAGE = r"(?:Page )?\d{1,3}\s*/\s*\d{1,3}"
_JOB_RE = re.compile(
    rf"(?:{_PAGE}\s+)?\d{{2}}-\d{{5}}\s*(?:\([A-Z]\))?(?:\s+\d{{6}})?"
    rf"(?:\s+\*\d{{7}}\*)?(?:\s+{_PAGE})?|\d{{6}}|\*\d{{7}}\*"
)
# A short line that starts with a figure or a star: furniture, perhaps.
_SHORT_LINE_RE = re.compile(r"\n[ \t]*[\d*P][^\n]{0,46}(?=\n)")
_PAGE_RE = re.compile(r"(?:Page )?(\d{1,3})\s*/\s*(\d{1,3})")
_WORD_RE = re.compile(r"[^\W_]+")
_RUNNING_HEAD_WORDS = 3
# A Chinese section's number on a line of its own ("一", "二"); the Latin
# ones ("I", "IV.", "A") are the grammar's heading numbers.
_CHINESE_NUMBER_RE = re.compile(
    "[\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341]{1,3}")


@dataclass(frozen=True, slots=True)
class Removed:
    """A line of furniture taken out: its offset and text."""

    offset: int
    text: str


def _words(text: str) -> list[str]:
    return _WORD_RE.findall(text.casefold())


def furniture(
    text: str,
    title_at: int,
    title: str,
    symbol: str | None,
    *,
    extracted: bool,
) -> tuple[list[Edit], list[Removed]]:
    """The lines of ``text`` that are page furniture.

    Job numbers, date codes and barcodes are furniture wherever they stand
    (page one prints them under the masthead), page numbers after the
    title.  The symbol and the running head are furniture only in a text
    that shows it was ``extracted`` from a PDF (or that has the others):
    the converter's own form may print a title as text.

    The running head is the title, or its first words, on one line or
    two, standing apart from the paragraphs: between blank lines or
    beside other furniture (an annex's title, under "Annex", is not).
    """
    if not extracted and not _has_strong(text):
        return [], []
    lines = lines_at(text)
    kinds = _kinds(lines, title_at + len(title), symbol)
    extracted = extracted or "furniture" in kinds
    weak = "furniture" if extracted else "kept"
    kinds = [weak if kind == "weak" else kind for kind in kinds]
    if extracted:
        _running_heads(lines, kinds, title)
    found = [
        (start, line)
        for (start, line), kind in zip(lines, kinds, strict=True)
        if kind == "furniture"
    ]
    edits = [Edit(start, start + len(line), "") for start, line in found]
    return edits, [Removed(start, line.strip()) for start, line in found]


def _kinds(
    lines: list[tuple[int, str]], body: int, symbol: str | None
) -> list[str]:
    """Each line's kind.

    ``blank``, ``furniture``, ``weak`` (furniture if the text was
    extracted), ``kept`` (the masthead and title before ``body``, an
    annex's title) or ``text``.
    """
    kinds: list[str] = []
    previous = ""
    for start, line in lines:
        stripped = line.strip(" \t\u00a0")
        under_annex = bool(ANNEX_RE.fullmatch(previous))
        previous = stripped or previous
        if not stripped:
            kinds.append("blank")
        elif _JOB_RE.fullmatch(stripped) or (
            start >= body and _is_page_number(stripped)
        ):
            kinds.append("furniture")
        elif start < body or under_annex:
            kinds.append("kept")
        elif is_resolution_symbol(stripped) and (
            symbol is None or stripped.replace(" ", "") == symbol
        ):
            kinds.append("weak")
        else:
            kinds.append("text")
    return kinds


def _running_heads(
    lines: list[tuple[int, str]], kinds: list[str], title: str
) -> None:
    """Mark as furniture each run of text lines that is a running head.

    The title's words as the title prints them: its first word's case,
    and no clause's end after them (a paragraph's words that happen to
    repeat the title's, "militaires et policiers … gouvernement ;", are
    the paragraph's).
    """
    title_words = _words(title)
    shortest = min(_RUNNING_HEAD_WORDS, len(title_words))
    index = 0
    while index < len(lines):
        if kinds[index] != "text":
            index += 1
            continue
        end = index
        while end < len(lines) and kinds[end] == "text":
            end += 1
        run = " ".join(line.strip() for _, line in lines[index:end])
        words = _words(run)
        if (
            end - index <= 2
            and shortest <= len(words)
            and title_words[: len(words)] == words
            and _capital(run) == _capital(title)
            and not run.endswith((".", ";", ":", ","))
            and (index == 0 or kinds[index - 1] in {"blank", "furniture"})
            and not _introduced(lines, kinds, index)
            and not _under_number(lines, kinds, index)
        ):
            kinds[index:end] = ["furniture"] * (end - index)
        index = end


def _capital(text: str) -> bool:
    return text.lstrip(" *")[:1].isupper()


def _introduced(
    lines: list[tuple[int, str]], kinds: list[str], index: int
) -> bool:
    """Whether the text before line ``index`` ends with a colon.

    "Adopts the following declaration:" (or "通过以下宣言：", the
    full-width colon) introduces the title printed below it, which is no
    running head.
    """
    for at in range(index - 1, -1, -1):
        if kinds[at] not in {"blank", "furniture"}:
            return lines[at][1].rstrip().endswith((":", "\uff1a"))
    return False


def _under_number(
    lines: list[tuple[int, str]], kinds: list[str], index: int
) -> bool:
    """Whether the text before line ``index`` is a section's number.

    "I" (or "A.", or a Chinese numeral) then the section's heading, which
    may repeat the title's words ("Assurer la viabilité des pêches"): no
    running head.
    """
    for at in range(index - 1, -1, -1):
        if kinds[at] not in {"blank", "furniture"}:
            number = lines[at][1].strip()
            heading = HEADING_RE.fullmatch(number)
            return (heading is not None and heading["title"] is None) or (
                _CHINESE_NUMBER_RE.fullmatch(number) is not None)
    return False


def _has_strong(text: str) -> bool:
    """Whether a line of ``text`` is a job number, barcode or page number."""
    return any(
        _JOB_RE.fullmatch(line := match.group().strip())
        or _is_page_number(line)
        for match in _SHORT_LINE_RE.finditer("\n" + text + "\n")
    )


def is_job_number(line: str) -> bool:
    """Whether a (stripped) line is a job number or a barcode."""
    return _JOB_RE.fullmatch(line) is not None


def is_furniture(line: str) -> bool:
    """Whether a (stripped) line is a job number, page number or symbol."""
    return bool(
        is_job_number(line)
        or _is_page_number(line)
        or is_resolution_symbol(line)
    )


def _is_page_number(line: str) -> bool:
    """"2/5": page 2 of 5 (a resolution's number, "72/4", is not)."""
    match = _PAGE_RE.fullmatch(line)
    return match is not None and 0 < int(match[1]) <= int(match[2])
