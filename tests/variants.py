"""Realistic variants of an official file's text, as extraction tools make them.

An official file rendered in the converter's form (``render_text``) is
made into the forms that PDF-to-text and PDF-to-Markdown tools produce:
notes inline, at each page's foot or gathered at the end after a
separator; markers as superscripts, ``[^n]``, ``<sup>n</sup>`` or plain
digits (glued to the word or set apart); lines hard-wrapped at a width,
with compounds broken at their hyphen; the masthead in blocks, one item
per line with the job number and barcode, or run together; the number
line with or without its period, or with " - "; the italics kept or lost.
Links are always taken away: no extraction keeps them.

:data:`FORMS` lists each form (the README's table of forms is this
table); :func:`make` makes a :class:`Variant` of a rendered text, and
:func:`variants` is the hypothesis strategy that draws them.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass

from hypothesis import strategies as st

from akn_un.measure.roundtrip import without_markup

# Each dimension of a variant and the forms it takes; the first is the
# converter's own form.
FORMS: dict[str, tuple[str, ...]] = {
    "notes": ("inline", "page-foot", "end"),
    "separator": ("blank line", "---", "underscores", "***"),
    "markers": (
        "superscript", "[^n]", "<sup>", "digits glued", "digits apart",
    ),
    "wrap": ("none", "60", "72", "90"),
    "hyphens": ("kept whole", "broken at line end"),
    "masthead": ("blocks", "one per line", "run together"),
    "number line": ("period", "no period", "dash"),
    "italics": ("kept", "lost"),
}

_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_SUPERSCRIPTS_RE = re.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
# A marker in the text; Arabic prints it in brackets: "(¹)".
_MARKER_RE = re.compile(r"(\(?)([⁰¹²³⁴⁵⁶⁷⁸⁹]+)(\)?)")
_BODY_RE = re.compile("([⁰¹²³⁴⁵⁶⁷⁸⁹]+) ")
_NUMBER_LINE_RE = re.compile(r"((?:[A-Z]-)?\d+/\d+(?: [A-Z])?)\. ")
_SEPARATORS = {
    "blank line": "", "---": "---", "underscores": "_" * 15, "***": "***",
}  # fmt: skip
_FURNITURE = ("20-17481 (E)", "*2017481*")


@dataclass(frozen=True)
class Variant:
    """One choice in each dimension of :data:`FORMS`."""

    notes: str = "inline"
    separator: str = "blank line"
    markers: str = "superscript"
    wrap: str = "none"
    hyphens: str = "kept whole"
    masthead: str = "blocks"
    number_line: str = "period"
    italics: str = "kept"

    @property
    def page_words(self) -> int | None:
        """The page length to render with: pages for notes at their foot."""
        return 250 if self.notes == "page-foot" else None


def variants(**only: tuple[str, ...]) -> st.SearchStrategy[Variant]:
    """Variants, each dimension drawn from its forms or from ``only``'s
    (``notes=("inline", "end")``)."""
    drawn = {
        name.replace(" ", "_"): st.sampled_from(forms)
        for name, forms in FORMS.items()
    }
    drawn.update(
        {name: st.sampled_from(forms) for name, forms in only.items()})
    return st.builds(Variant, **drawn)


def make(text: str, variant: Variant) -> str:
    """``text`` (rendered with ``variant.page_words``) in ``variant``'s form.

    The text is plain (no links) whatever the variant; the italics go
    when the variant loses them.
    """
    if variant.italics == "lost":
        text = without_markup(text)
    else:
        text = re.sub(r"(?<!\\)\[([^\]]*)\]\([^)\s]*\)", r"\1", text)
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    title = next(
        (i for i, b in enumerate(blocks) if _NUMBER_LINE_RE.match(b)), None
    )
    if title is not None:
        blocks[title] = _number_line(blocks[title], variant.number_line)
        blocks = _masthead(blocks, title, variant.masthead)
    blocks = _notes(blocks, variant)
    width = None if variant.wrap == "none" else int(variant.wrap)
    if width is not None:
        hyphens = variant.hyphens == "broken at line end"
        blocks = [_wrap(b, width, hyphens=hyphens) for b in blocks]
    return "\n\n".join(blocks) + "\n"


def _number_line(block: str, form: str) -> str:
    if form == "no period":
        return _NUMBER_LINE_RE.sub(r"\1 ", block, count=1)
    if form == "dash":
        return _NUMBER_LINE_RE.sub(r"\1 - ", block, count=1)
    return block


def _masthead(blocks: list[str], title: str | int, form: str) -> list[str]:
    """The masthead's items (the blocks before the adoption line)."""
    assert isinstance(title, int)
    before = title
    while before > 0 and blocks[before - 1].startswith("["):
        before -= 1
    items = blocks[: max(before - 1, 0)]
    if form == "blocks" or len(items) < 4:
        return blocks
    if form == "one per line":
        lines = [f"{item} " for item in [*items[:5], *_FURNITURE, *items[5:]]]
        head = ["\n".join(lines)]
    else:  # run together, as columns read across
        head = [" ".join(items[:2]), " ".join(items[2:5]), " ".join(items[5:])]
    return [*head, *blocks[len(items):]]


def _notes(blocks: list[str], variant: Variant) -> list[str]:
    """The notes' bodies and markers in the variant's form and place."""
    out: list[str] = []
    gathered: list[str] = []
    separator = _SEPARATORS[variant.separator]
    in_notes = False
    for block in blocks:
        body = _BODY_RE.match(block)
        if body is None:
            out.append(_MARKER_RE.sub(
                lambda m: _marker(m, variant.markers), block))
            in_notes = False
            continue
        written = _body(block, body, variant.markers)
        if variant.notes == "end":
            gathered.append(written)
            continue
        if not in_notes and separator and variant.notes == "page-foot":
            out.append(separator)
        out.append(written)
        in_notes = True
    if gathered:
        out += [separator] if separator else []
        out += gathered
    return out


def _marker(match: re.Match[str], form: str) -> str:
    opening, marker, closing = match.groups()
    if bool(opening) != bool(closing):  # a bracket of the text's own
        return opening + _marker_form(marker, form) + closing
    if form == "digits apart":
        return " " + opening + _marker_form(marker, "digits glued") + closing
    return opening + _marker_form(marker, form) + closing


def _marker_form(marker: str, form: str) -> str:
    digits = marker.translate(_DIGITS)
    return {
        "superscript": marker,
        "[^n]": f"[^{digits}]",
        "<sup>": f"<sup>{digits}</sup>",
        "digits glued": digits,
        "digits apart": f" {digits}",
    }[form]


def _body(block: str, body: re.Match[str], form: str) -> str:
    digits = body.group(1).translate(_DIGITS)
    rest = _SUPERSCRIPTS_RE.sub(
        lambda m: m.group().translate(_DIGITS), block[body.end():])
    if form == "superscript":
        return block
    if form == "[^n]":
        return f"[^{digits}]: {rest}"
    return f"{digits} {rest}"


def _wrap(block: str, width: int, *, hyphens: bool) -> str:
    """The block's lines wrapped at ``width`` (a table's rows left whole).

    A Markdown note's further lines are indented, as Markdown has them.
    """
    if block.startswith("|") or "\n|" in block:
        return block
    indent = "    " if block.startswith("[^") else ""
    return "\n".join(
        textwrap.fill(
            line, width, subsequent_indent=indent,
            break_long_words=False, break_on_hyphens=hyphens,
        )
        for line in block.split("\n")
    )
