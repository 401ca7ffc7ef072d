"""Markdown as PDF-to-Markdown tools write it, made the converter's form.

YAML front matter is read (``symbol``, ``date``) and taken out; ``#``
heading marks and ``**bold**`` go (headings are told by their text);
``_italic_`` becomes ``*italic*``; ``<sup>1</sup>`` and ``[^1]`` become
superscript markers; ``[^1]: body`` becomes the footnote body ``¹ body``,
a block of its own; horizontal rules go.  A note definition whose number
breaks the sequence (``[^2013]: (S/INF/68).``, the second line of a note
that opened with a year) is the line it was, joined to the note before.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from akn_un.converter.read.edits import Edit
from akn_un.converter.text import superscript

_FRONT_BLOCK_RE = re.compile(r"---[ \t]*\n((?:.*\n)*?)---[ \t]*\n")
_HEADING_RE = re.compile(r"^#{1,6}[ \t]+", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class _Delimiter:
    """An emphasis mark: where it may open a span, and where close one."""

    opens: re.Pattern[str]
    closes: re.Pattern[str]
    width: int


# "**bold**" and "__bold__"; "_italic_".  A span holds at least one
# character, ends on a line it starts on, and closes at the first mark
# that can close it.
_BOLD = (
    _Delimiter(re.compile(r"(?<![\\*])\*\*(?=[^\s*])"),
               re.compile(r"(?<=[^\s\\*])\*\*(?!\*)"), 2),
    _Delimiter(re.compile(r"(?<!\w)__(?=[^\s_])"),
               re.compile(r"(?<=[^\s_])__(?!\w)"), 2),
)
_UNDERSCORE = (
    _Delimiter(re.compile(r"(?<![\w\\*])_(?=[^\s_])"),
               re.compile(r"(?<=[^\s_])_(?!\w)"), 1),
)
_SUP_RE = re.compile(r"<sup>\s*(\d{1,3})\s*</sup>")
_MARKER_RE = re.compile(r"\[\^(\d{1,4})\](?!:)")
_DEFINITION_RE = re.compile(r"^[ \t]*\[\^(\d{1,4})\]:[ \t]*", re.MULTILINE)
# A rule as the tools write one ("---", "***"); a line of underscores is
# the UN's own (a decision's rule above its "*" notes), read as the text's
# or, above a page's notes, with them.
_RULE_RE = re.compile(r"^[ \t]*(?:-{3,}|\*{3,})[ \t]*$", re.MULTILINE)


# A front matter larger than this is not one (a resolution's is a few
# lines): nothing is parsed.
_MAX_FRONT = 64 * 1024


class FrontMatter(NamedTuple):
    """The front matter's values, its removal, and why it was not read.

    ``problem`` is the YAML parser's message and the offset it points at,
    when a block that looks like front matter is not YAML: it is left in
    the text then, every word kept.
    """

    values: dict[str, str]
    edits: list[Edit]
    problem: tuple[str, int] | None = None


def front_matter(text: str) -> FrontMatter:
    """The front matter's top-level scalars, and its removal.

    The front matter is the block between two ``---`` lines that opens
    the text, read as YAML (safely: no tags, no objects). Its top-level
    scalars are the values (``symbol``, ``date``; a date as ISO); a key
    whose value is a list or a map (``tags:``) is passed over. A block
    that is not YAML, or not a map, is not front matter and stays in the
    text.
    """
    match = _FRONT_BLOCK_RE.match(text)
    if match is None or match.end() > _MAX_FRONT:
        return FrontMatter({}, [])
    import yaml  # noqa: PLC0415 - only for a text with front matter

    try:
        data = yaml.safe_load(match.group(1))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line if mark is not None else 0
        offset = match.start(1) + sum(
            len(row) for row in match.group(1).splitlines(keepends=True)[:line]
        )
        reason = getattr(error, "problem", None) or str(error)
        return FrontMatter({}, [], (f"{reason} (line {line + 2})", offset))
    if not isinstance(data, dict):
        return FrontMatter({}, [])
    values = {
        str(key).lower(): _scalar(value) for key, value in data.items()
        if isinstance(value, str | int | float | dt.date)
        and not isinstance(value, bool) and _scalar(value)
    }
    return FrontMatter(values, [Edit(0, match.end(), "")])


def _scalar(value: str | float | dt.date) -> str:
    """A value as text: a date in ISO form, a string stripped."""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def is_markdown(text: str) -> bool:
    """Whether ``text`` carries Markdown that PDF-to-Markdown tools write.

    Each pattern is looked for only where its mark is in the text.
    """
    return bool(
        ("[^" in text and (
            _DEFINITION_RE.search(text) or _MARKER_RE.search(text)))
        or ("<sup>" in text and _SUP_RE.search(text))
        or (("\n#" in text or text.startswith("#"))
            and _HEADING_RE.search(text))
        or (("**" in text or "__" in text)
            and next(_spans(text, _BOLD), None) is not None)
    )


def markdown(text: str) -> list[Edit]:
    """The edits that bring Markdown to the converter's form."""
    edits = [Edit(m.start(), m.end(), "") for m in _HEADING_RE.finditer(text)]
    edits += [Edit(m.start(), m.end(), "") for m in _RULE_RE.finditer(text)]
    for start, inner, close, end in _spans(text, _BOLD):
        edits.append(Edit(start, inner, ""))
        edits.append(Edit(close, end, ""))
    for start, inner, close, end in _spans(text, _UNDERSCORE):
        edits.append(Edit(start, inner, "*"))
        edits.append(Edit(close, end, "*"))
    for pattern in (_SUP_RE, _MARKER_RE):
        edits += [
            Edit(m.start(), m.end(), superscript(m.group(1)))
            for m in pattern.finditer(text)
        ]
    edits += _definitions(text)
    return _without_overlaps(edits)


def _spans(
    text: str, delimiters: tuple[_Delimiter, ...]
) -> Iterator[tuple[int, int, int, int]]:
    """Emphasis spans, left to right.

    Each is the opening mark's start, the inner text's start and end,
    and the closing mark's end.
    Each mark is found once and each opening one paired with the first
    closing one after it, so that a line of marks that never close costs
    time linear in its length (a pattern that searches on from each mark
    would not).
    """
    newlines = [m.start() for m in re.finditer("\n", text)]
    closes = [[m.start() for m in d.closes.finditer(text)] for d in delimiters]
    opens = sorted(
        (m.start(), kind)
        for kind, delimiter in enumerate(delimiters)
        for m in delimiter.opens.finditer(text)
    )
    done = 0
    for start, kind in opens:
        if start < done:
            continue
        width = delimiters[kind].width
        inner = start + width
        found = bisect.bisect_left(closes[kind], inner + 1)
        if found == len(closes[kind]):
            continue
        close = closes[kind][found]
        line = bisect.bisect_left(newlines, inner)
        if line < len(newlines) and newlines[line] < close:
            continue  # the mark that closes it is on a later line
        yield start, inner, close, close + width
        done = close + width


def _definitions(text: str) -> list[Edit]:
    """``[^n]: body`` as the block ``ⁿ body``; out-of-sequence ones joined."""
    edits = []
    expected = 1
    for match in _DEFINITION_RE.finditer(text):
        number = int(match.group(1))
        if number == expected or (expected == 1 and number < 5):
            expected = number + 1
            marker = superscript(match.group(1))
            edits.append(Edit(match.start(), match.end(), f"\n{marker} "))
        else:
            # the line of the note before, read as a note of its own
            start = text.rfind("\n", 0, match.start())
            gap = text[start + 1 if start >= 0 else 0 : match.start()]
            joined = start if start >= 0 and not gap.strip() else match.start()
            edits.append(Edit(joined, match.end(), f" {number} "))
    return edits


def _without_overlaps(edits: list[Edit]) -> list[Edit]:
    """The edits in order; one that overlaps an earlier one is dropped."""
    kept: list[Edit] = []
    end = -1
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if edit.start >= end or edit.start == edit.end == end:
            kept.append(edit)
            end = max(end, edit.end)
    return kept
