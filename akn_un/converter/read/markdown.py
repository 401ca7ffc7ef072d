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
import re
from collections.abc import Iterator
from dataclasses import dataclass

from akn_un.converter.read.edits import Edit
from akn_un.converter.text import superscript

_FRONT_BLOCK_RE = re.compile(r"---[ \t]*\n((?:.*\n)*?)---[ \t]*\n")
_FRONT_LINE_RE = re.compile(r"([A-Za-z_][\w-]*):[ \t]*(.*)")
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


def front_matter(text: str) -> tuple[dict[str, str], list[Edit]]:
    """The front matter's top-level ``key: value`` pairs, and its removal.

    The front matter is the block between two ``---`` lines that opens the
    text, as YAML front matter is: each of its lines is a top-level
    ``key: value``, a line indented under one (a list's ``- item``, a
    nested map), a comment or blank. The top-level scalars are read
    (``symbol``, ``date``); a key whose value is nested (``tags:`` and
    its list) is kept out of the pairs. A block with any other line is
    not front matter, and is left in the text.
    """
    match = _FRONT_BLOCK_RE.match(text)
    if match is None:
        return {}, []
    values = {}
    for line in match.group(1).splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line[:1].isspace() or line.startswith("- "):
            continue  # nested under the key before it
        found = _FRONT_LINE_RE.fullmatch(line.strip())
        if found is None:
            return {}, []
        if value := found.group(2).strip().strip("\"'"):
            values[found.group(1).lower()] = value
    return values, [Edit(0, match.end(), "")]


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
