"""A UN PDF read into the converter's form of text, by its layout.

What the text of a PDF loses, its layout keeps, and this reader uses it:
italic runs give the lead phrases (``*Recalling*``); small raised digits
are footnote markers (``¹``); the lines under the rule at the foot of a
page are the footnotes; the lines above the header rule and below the
body (symbol, running head, job number, barcode, page number) are page
furniture, left out and counted; a paragraph starts where the line spacing
opens or the first line is indented, and a page break does not end one.
The PDF is read with PDFium, text object by text object (``pdfium``).
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from akn_un.converter.read.furniture import is_job_number
from akn_un.converter.read.pdfium import Page, read_pages
from akn_un.converter.text import SUPERSCRIPT_DIGITS, superscript
from akn_un.core.errors import PdfUnreadableError
from akn_un.grammar.shapes import RULE_RE, TITLE_RE

__all__ = ["PdfText", "read_pdf"]

# Header and footer: above and below these fractions of the page height
# when the page has no rule to tell them.
_HEADER = 0.92
_FOOTER = 0.07
# A job number or barcode in the lowest sixth of a page is furniture
# wherever it stands: a first page's may stand above the footer band
# (S/2016/1100's, at 9 % of the page).
_FOOT = 0.15
# A gap wider than this many font sizes splits a line into columns.
_COLUMN_GAP = 2.5
# A gap wider than this share of the font size is a space between words
# (kerning leaves up to 0.22, a justified space at least 0.5).
_SPACE_GAP = 0.3
# Extra line spacing (in line pitches) that starts a paragraph.
_PARAGRAPH_GAP = 1.35
_INDENT = 8.0


@dataclass(slots=True)
class _Run:
    """A text object: its text, font and place on the page."""

    text: str
    x0: float
    x1: float
    base: float
    size: float
    italic: bool
    superscript: bool = False


@dataclass(slots=True)
class _Line:
    """Runs on one baseline, left to right."""

    runs: list[_Run]
    page: int
    base: float = 0.0
    size: float = 0.0

    @property
    def x0(self) -> float:
        return self.runs[0].x0

    @property
    def plain(self) -> str:
        return "".join(run.text for run in self.runs).strip()


@dataclass(slots=True)
class PdfText:
    """The text of a PDF in the converter's form, and what was left out.

    ``furniture`` holds the lines of page furniture left out, with their
    page numbers; ``blank`` the numbers of the pages that gave no text
    between pages that did (blank, damaged, or an image), where words of
    the text may be missing.
    """

    text: str
    pages: int
    furniture: list[tuple[int, str]] = field(default_factory=list)
    blank: list[int] = field(default_factory=list)


def read_pdf(data: bytes) -> PdfText:
    """Read a PDF's text, by its layout, into the converter's form.

    Raises:
        PdfUnreadableError: the bytes are not a PDF PDFium can open, or it
            has no text (a scan).

    """
    pages = [_page_lines(page, index) for index, page in enumerate(
        read_pages(data))]
    if not pages:
        raise PdfUnreadableError("the PDF has no pages")
    if not any(body for body, _, _ in pages):
        raise PdfUnreadableError(
            "the PDF has no text layer (a scan?): run OCR on it first"
        )
    texts = [number for number, (body, notes, _) in enumerate(
        pages, start=1) if body or notes]
    blank = sorted(set(range(texts[0], texts[-1])) - set(texts))
    writer = _Writer()
    for number, (body, notes, furniture) in enumerate(pages, start=1):
        if number in blank:
            writer.gap()
        writer.page(number, body, notes)
        writer.furniture += [(number, line.plain) for line in furniture]
    return PdfText(writer.finish(), len(pages), writer.furniture, blank)


def _page_lines(
    page: Page, index: int
) -> tuple[list[_Line], list[_Line], list[_Line]]:
    """A page's body lines, footnote lines and furniture lines.

    The header is what stands above the rule at the top of a page after
    the first; the footer, below a band at the foot; the notes, between
    the rule at the foot (a line, or a run of underscores) and the footer.
    """
    height = page.height
    header_rule = max(
        (y for _, y, _ in page.rules if y > 0.85 * height), default=None
    )
    rules = [
        y for left, y, right in page.rules
        if y < 0.6 * height and right - left < 250
    ]
    runs: list[_Run] = []
    for item in page.texts:
        text = item.text.strip()
        if RULE_RE.fullmatch(text):
            rules.append(item.bottom)
            continue
        runs.append(_Run(
            item.text.replace("\r", "").replace("\n", " ").replace(
                "\x02", "-"),
            item.left, item.right, item.baseline, item.size,
            italic="Italic" in item.font or "Oblique" in item.font,
        ))  # fmt: skip
    lines = _lines(runs, index + 1)
    top = header_rule if header_rule is not None and index else height * (
        _HEADER if index else 2.0)
    bottom = _FOOTER * height
    furniture: list[_Line] = []
    rest: list[_Line] = []
    for ln in lines:
        edge = ln.base > top or ln.base < bottom
        job = ln.base < _FOOT * height and is_job_number(ln.plain)
        (furniture if edge or job else rest).append(ln)
    rule = max(rules) if rules else None
    notes = [ln for ln in rest if rule is not None and ln.base < rule]
    body = [ln for ln in rest if rule is None or ln.base >= rule]
    return body, notes, furniture


def _lines(runs: list[_Run], page: int) -> list[_Line]:
    """Runs grouped into lines, top to bottom; superscripts marked."""
    lines: list[_Line] = []
    for run in sorted(runs, key=lambda r: (-r.base, r.x0)):
        line = lines[-1] if lines else None
        if line is not None and _same_line(line, run):
            line.runs.append(run)
            if run.size > line.size:
                line.size, line.base = run.size, run.base
        else:
            lines.append(_Line([run], page, run.base, run.size))
    for line in lines:
        line.runs.sort(key=lambda r: r.x0)
        for run in line.runs:
            run.superscript = (
                run.size < 0.8 * line.size
                and run.base > line.base + 0.15 * line.size
            )
        # a superscript read first set the line's base: take the text's
        sizes = [r for r in line.runs if not r.superscript]
        if sizes:
            line.base = statistics.median(r.base for r in sizes)
    return [part for line in lines for part in _columns(line)]


def _same_line(line: _Line, run: _Run) -> bool:
    """Whether ``run`` sits on ``line`` (a superscript sits a little up)."""
    low = min(line.size, run.size)
    return abs(run.base - line.base) < 0.6 * low or (
        run.size < 0.8 * line.size and -0.2 * line.size
        < run.base - line.base < 0.6 * line.size
    ) or (
        line.size < 0.8 * run.size and -0.2 * run.size
        < line.base - run.base < 0.6 * run.size
    )


def _columns(line: _Line) -> Iterator[_Line]:
    """A line split where a wide gap parts its runs (masthead columns)."""
    start = 0
    for index in range(1, len(line.runs)):
        gap = line.runs[index].x0 - line.runs[index - 1].x1
        if gap > _COLUMN_GAP * line.size:
            yield replace(line, runs=line.runs[start:index])
            start = index
    yield replace(line, runs=line.runs[start:])


def _text(line: _Line) -> str:
    """A line's text: ``*italic*`` runs, superscript markers, spaces."""
    out: list[str] = []
    italic = False
    previous: _Run | None = None
    for run in line.runs:
        text = run.text.replace("*", "\\*")
        marker = run.superscript and text.strip().isdigit()
        if marker:
            text = superscript(text.strip()) + (
                " " if text.endswith(" ") else "")
            while out and out[-1].endswith(" "):
                out[-1] = out[-1].rstrip(" ")
        if (
            previous is not None
            and not previous.text.endswith(" ")
            and run.x0 - previous.x1 > _SPACE_GAP * line.size
            and not text.startswith((" ", ",", ".", ";", ":", ")"))
            and not run.superscript
        ):
            out.append(" ")
        wanted = run.italic and bool(text.strip()) and not run.superscript
        if wanted != italic:
            if wanted:
                out.append(text[: len(text) - len(text.lstrip())])
                text = text.lstrip()
                out.append("*")
            else:
                _close_italics(out)
            italic = wanted
        out.append(text)
        previous = run
    if italic:
        _close_italics(out)
    text = " ".join("".join(out).split())
    # "drug -" at a line's end: the word's hyphen, printed apart from it
    # ("drug-" / "resistant"), which the line below goes on from
    return _CUT_HYPHEN_RE.sub(r"\1-", text)


_CUT_HYPHEN_RE = re.compile(r"([A-Za-z]) -$")


def _close_italics(out: list[str]) -> None:
    """Close italics before the spaces that end them."""
    joined = "".join(out)
    stripped = joined.rstrip()
    out[:] = [stripped, "*", joined[len(stripped):]]


@dataclass(slots=True)
class _Writer:
    """Lines to blocks: paragraphs joined over lines and pages."""

    blocks: list[str] = field(default_factory=list)
    paragraph: list[str] = field(default_factory=list)
    pending_notes: list[str] = field(default_factory=list)
    furniture: list[tuple[int, str]] = field(default_factory=list)
    last: _Line | None = None
    margin: float | None = None
    pitch: float | None = None
    in_masthead: bool = True

    def page(self, number: int, body: list[_Line], notes: list[_Line]) -> None:
        """Add a page's body lines, then hold its notes."""
        if body:
            self.margin = statistics.median_low(line.x0 for line in body)
            pitches = [
                a.base - b.base for a, b in itertools.pairwise(body)
                if abs(a.size - b.size) < 0.5
                and 0 < a.base - b.base < 3 * a.size
            ]
            if pitches and self.pitch is None:
                self.pitch = min(pitches)
        for line in body:
            self._line(line, first=line is body[0] and number > 1)
        carried, new = _notes(notes)
        if carried:
            self._carry(carried)
        self.pending_notes += new

    def gap(self) -> None:
        """A page without text: the paragraph before it ends there.

        It is not carried over the page onto the next page's text.
        """
        self._close()
        self.last = None

    def _carry(self, text: str) -> None:
        """A note's end, printed at the foot of the next page."""
        if self.pending_notes:
            self.pending_notes[-1] = _join([self.pending_notes[-1], text])
            return
        for index in range(len(self.blocks) - 1, -1, -1):
            if self.blocks[index][:1] in SUPERSCRIPT_DIGITS:
                self.blocks[index] = _join([self.blocks[index], text])
                return
        self.pending_notes.append(text)

    def _line(self, line: _Line, *, first: bool) -> None:
        text = _text(line)
        if not text:
            return
        if self.in_masthead and TITLE_RE.match(text.lstrip("*")):
            self.in_masthead = False
            self._close()
        elif self.last is not None and self._starts_paragraph(
                line, first=first):
            self._close()
        self.paragraph.append(text)
        self.last = line

    def _starts_paragraph(self, line: _Line, *, first: bool) -> bool:
        """Whether ``line`` opens a paragraph, by spacing and indent."""
        last = self.last
        if last is None:
            return True
        indented = self.margin is not None and line.x0 > self.margin + _INDENT
        resized = abs(line.size - last.size) > 0.5
        if first:  # a page's first line goes on, unless set apart
            return indented or resized  # "Annex", larger, atop a page
        if resized or abs(line.base - last.base) < 1:
            return True  # another size, or another column
        gap = last.base - line.base
        pitch = self.pitch or 1.2 * line.size
        return gap > _PARAGRAPH_GAP * pitch or indented

    def _close(self) -> None:
        if self.paragraph:
            self.blocks.append(_join(self.paragraph))
            self.paragraph = []
        if self.pending_notes:
            self.blocks += self.pending_notes
            self.pending_notes = []

    def finish(self) -> str:
        """The text: blocks separated by blank lines."""
        self._close()
        return "\n\n".join(self.blocks) + "\n"


def _join(lines: list[str]) -> str:
    """A paragraph's lines as one; a line-end hyphen joins its word.

    Only the end of the text so far is read at each line, so that a
    paragraph of many lines is joined in time linear in its length.
    """
    parts = [lines[0]]
    for line in lines[1:]:
        end = "".join(parts[-2:])[-2:]
        if not (_HYPHENATED_RE.fullmatch(end) and line[:1].isalpha()):
            parts.append(" ")
        parts.append(line)
    return "".join(parts)


_HYPHENATED_RE = re.compile(r"[A-Za-z][-\u2010\u2011]")


def _notes(lines: list[_Line]) -> tuple[str, list[str]]:
    """A page's footnotes, a number opening each; text before the first.

    The text before the first number ends a note of the page before.
    """
    carried: list[str] = []
    notes: list[list[str]] = []
    for line in lines:
        text = _text(line)
        if not text:
            continue
        opens = line.runs[0].superscript or re.match(r"\d{1,3}\s", text)
        if not opens and not notes:
            carried.append(text)
        elif opens:
            if not line.runs[0].superscript and (match := re.match(
                    r"(\d{1,3})\s+", text)):
                text = superscript(match[1]) + " " + text[
                    match.end():]
            notes.append([text])
        else:
            notes[-1].append(text)
    return (_join(carried) if carried else ""), [_join(n) for n in notes]
