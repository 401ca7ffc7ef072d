"""Two AKN resolutions compared paragraph by paragraph.

What an editor checks when one markup of a resolution is set against
another (the converter's against the UN's): the text of every paragraph
and point, the lead phrases, every footnote's text and the words it
follows, the FRBR Work IRI and the dates.  Paragraphs are the blocks the
resolution is printed as (see :func:`akn_un.render.text.blocks`), so a
paragraph marked up flat in one file and as a list in the other compares
equal when the printed text is the same.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import TypeVar

from lxml import etree

from akn_un.core.document import AKN_NS, INLINE, frbr_language, local_name
from akn_un.grammar.languages import BOLD_LEADS
from akn_un.render.text import Block, blocks

__all__ = [
    "Comparison",
    "Counts",
    "Paragraph",
    "Words",
    "compare",
    "counts",
    "footnotes",
    "lost_words",
    "paragraphs",
    "word_lists",
    "words",
]

_BODY = {"preamble", "mainBody", "attachments"}
_CONTEXT_WORDS = 5
# A word: a run of letters and digits; in scripts written without spaces
# (Chinese, Japanese), each character.
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_WORD_RE = re.compile(rf"[{_CJK}]|[^\W_{_CJK}]+")
_SUPERSCRIPTS = str.maketrans(dict.fromkeys("⁰¹²³⁴⁵⁶⁷⁸⁹", " "))
_MARKUP = str.maketrans(dict.fromkeys("*[]\\", ""))
_LINK_TARGET_RE = re.compile(r"(?<=\])\([^()\s]*\)")


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A printed paragraph (or point, heading): its text and lead phrase."""

    text: str
    lead: str


@dataclass(frozen=True, slots=True)
class Footnote:
    """A footnote: its marker, text and the words it follows."""

    marker: str
    text: str
    after: tuple[str, ...]


@dataclass(slots=True)
class Comparison:
    """How far ``candidate`` agrees with ``reference``.

    Counts are over the reference; ``differences`` says what differs, one
    line each.
    """

    paragraphs: int = 0
    paragraphs_equal: int = 0
    leads: int = 0
    leads_equal: int = 0
    footnotes: int = 0
    footnotes_equal: int = 0
    footnotes_placed: int = 0
    identity_equal: bool = False
    differences: list[str] = field(default_factory=list)

    def tally(self, same: bool, difference: str) -> int:  # noqa: FBT001
        """1 where the two agree; else 0, and ``difference`` noted."""
        if not same:
            self.differences.append(difference)
        return int(same)


@dataclass(frozen=True, slots=True)
class Counts:
    """What a reader counts in a resolution.

    Preambular paragraphs; operative paragraphs of the main body (numbered
    or not, points aside) and how many are numbered; footnotes.  Annexes
    are not counted but for their footnotes.
    """

    preamble: int
    operative: int
    numbered: int
    footnotes: int


def counts(document: etree._ElementTree) -> Counts:
    """The parts of ``document`` a reader counts (see :class:`Counts`)."""
    root = document.getroot()
    a = f"{{{AKN_NS}}}"
    preamble = sum(
        len(part.findall(f"{a}container"))
        for part in root.iter(f"{a}preamble")
    )
    operative = [
        paragraph
        for body in root.iter(f"{a}mainBody")
        if not any(
            local_name(up) == "attachment" for up in body.iterancestors()
        )
        for paragraph in body.iter(f"{a}paragraph")
        if not any(
            local_name(up) == "paragraph" for up in paragraph.iterancestors()
        )
    ]
    numbered = sum(p.find(f"{a}num") is not None for p in operative)
    notes = sum(1 for _ in root.iter(f"{a}authorialNote"))
    return Counts(preamble, len(operative), numbered, notes)


def words(text: str) -> list[str]:
    """The words of ``text``; superscript markers are not words.

    Chinese counts each character as a word: it has no spaces to end one.
    """
    return _WORD_RE.findall(text.translate(_SUPERSCRIPTS))


def _joined_words(text: str) -> list[str]:
    """Words, with mark-up characters not splitting them.

    ``*``, brackets, backslashes and link targets are what mark-up adds
    or takes away.
    """
    return words(_LINK_TARGET_RE.sub("", text).translate(_MARKUP))


def _lead(text: str | None) -> str:
    return " ".join((text or "").split()).rstrip(",;:. \uff0c\uff1b\uff1a")


def _body_blocks(root: etree._Element) -> Iterator[Block]:
    for element in root.iter(*(f"{{{AKN_NS}}}{name}" for name in _BODY)):
        if not any(local_name(a) in _BODY for a in element.iterancestors()):
            yield from blocks(element)


def paragraphs(document: etree._ElementTree) -> list[Paragraph]:
    """The printed paragraphs of the preamble, body and annexes.

    A lead phrase is the italic words a paragraph opens with; in Chinese,
    which sets them in bold, the bold ones.
    """
    bold = frbr_language(document.getroot()) in BOLD_LEADS
    return [
        Paragraph(block.text, _lead(block.bold_lead if bold else block.lead))
        for block in _body_blocks(document.getroot())
        if block.text
    ]


def footnotes(document: etree._ElementTree) -> list[Footnote]:
    """Every footnote, with the last words of its paragraph before it."""
    found = []
    for block in blocks(document.getroot()):
        for note, before in block.notes:
            after = tuple(words(before)[-_CONTEXT_WORDS:])
            found.append(Footnote(note.number, note.text, after))
    return found


def _identity(document: etree._ElementTree) -> tuple[str, ...]:
    root = document.getroot()
    values = []
    for path in (
        "FRBRWork/{a}FRBRuri",
        "FRBRWork/{a}FRBRdate",
        "FRBRExpression/{a}FRBRdate",
    ):
        found = root.find(f".//{{a}}{path}".format(a=f"{{{AKN_NS}}}"))
        values.append(
            "" if found is None else found.get("value", found.get("date", ""))
        )
    return tuple(values)


def compare(
    reference: etree._ElementTree,
    candidate: etree._ElementTree,
    *,
    spaces: bool = False,
) -> Comparison:
    """Compare ``candidate`` with ``reference`` (the official markup).

    ``spaces``: compare each run of white space, no-break spaces included,
    as one space.  Text extracted from a PDF does not keep the no-break
    spaces the UN sets ("9\u00a0December"), nor the layout's spacing.
    """
    result = Comparison()
    ours, theirs = paragraphs(candidate), paragraphs(reference)
    our_notes, their_notes = footnotes(candidate), footnotes(reference)
    if spaces:
        ours, theirs = _spaced(ours), _spaced(theirs)
        our_notes, their_notes = _spaced(our_notes), _spaced(their_notes)
    _compare_paragraphs(theirs, ours, result)
    _compare_footnotes(their_notes, our_notes, result)
    expected, got = _identity(reference), _identity(candidate)
    result.identity_equal = expected == got
    if not result.identity_equal:
        result.differences.append(f"identity {got} instead of {expected}")
    return result


_Item = TypeVar("_Item", Paragraph, Footnote)


def _spaced(items: list[_Item]) -> list[_Item]:
    """``items`` with their text's white space made single spaces."""
    return [replace(item, text=" ".join(item.text.split())) for item in items]


def _compare_paragraphs(
    reference: list[Paragraph], candidate: list[Paragraph], result: Comparison
) -> None:
    result.paragraphs = len(reference)
    result.leads = sum(1 for p in reference if p.lead)
    matcher = difflib.SequenceMatcher(
        None,
        [p.text for p in reference],
        [p.text for p in candidate],
        autojunk=False,
    )
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        pairs = list(
            zip(reference[i1:i2], candidate[j1:j2], strict=False)
        ) if tag in {"equal", "replace"} else []
        if tag == "equal":
            result.paragraphs_equal += i2 - i1
        else:
            for paragraph in reference[i1:i2]:
                result.differences.append(f"paragraph {paragraph.text[:70]!r}")
            for paragraph in candidate[j1:j2]:
                result.differences.append(f"  ours {paragraph.text[:70]!r}")
        for expected, ours in pairs:
            if not expected.lead:
                continue
            result.leads_equal += result.tally(
                expected.lead == ours.lead,
                f"lead {ours.lead!r} instead of {expected.lead!r}",
            )


def _compare_footnotes(
    reference: list[Footnote], candidate: list[Footnote], result: Comparison
) -> None:
    result.footnotes = len(reference)
    ours = {note.marker: note for note in candidate}
    for note in reference:
        found = ours.get(note.marker)
        if found is None:
            result.differences.append(f"footnote {note.marker} missing")
            continue
        result.footnotes_equal += result.tally(
            found.text == note.text,
            f"footnote {note.marker}: {found.text[:60]!r} instead of "
            f"{note.text[:60]!r}",
        )
        result.footnotes_placed += result.tally(
            found.after == note.after,
            f"footnote {note.marker} after {' '.join(found.after)!r} "
            f"instead of {' '.join(note.after)!r}",
        )


_NOTE_BODY_RE = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s")


@dataclass(frozen=True, slots=True)
class Words:
    """The words of a source text and of its document, notes apart.

    Words the converter added as editorial (``status="editorial"``) and
    the metadata do not count; a word is a character in Chinese (see
    :func:`words`).
    """

    source_body: list[str]
    source_notes: list[list[str]]
    body: list[str]
    notes: list[list[str]]

    def lost(self) -> str | None:
        """Where the document's words part from the source's, or None.

        The body's words (footnotes aside) must be the source's, in order,
        and each footnote's words those of its body in the source.
        """
        body, source_body = self.body, self.source_body
        if body != source_body:
            pairs = zip(body, source_body, strict=False)
            at = next(
                (i for i, (a, b) in enumerate(pairs) if a != b),
                min(len(body), len(source_body)),
            )
            return (
                f"word {at}: {' '.join(source_body[at : at + 6])!r} in the "
                f"source, {' '.join(body[at : at + 6])!r} in the document"
            )
        if sorted(self.notes) != sorted(self.source_notes):
            return "the footnotes' words differ from the source's"
        return None

    def kept(self) -> tuple[int, int]:
        """How many of the source's words the document keeps, in order.

        (kept, total) over the body and the footnotes, with the longest
        common subsequence of the word lists.
        """
        kept = _common(self.source_body, self.body)
        kept += _common(
            [w for note in sorted(self.source_notes) for w in note],
            [w for note in sorted(self.notes) for w in note],
        )
        total = len(self.source_body) + sum(map(len, self.source_notes))
        return kept, total


def word_lists(text: str, document: etree._ElementTree) -> Words:
    """The words of ``text`` and of ``document``, read once.

    One reading serves both :meth:`Words.lost` and :meth:`Words.kept`.
    """
    source_body: list[str] = []
    source_notes: list[list[str]] = []
    for block in re.split(r"\n[ \t]*\n", text):
        stripped = block.strip()
        if _NOTE_BODY_RE.match(stripped):
            source_notes.append(_joined_words(stripped))
        else:
            source_body.extend(_joined_words(stripped))
    chunks: list[str] = []
    notes: list[list[str]] = []
    _document_text(document.getroot(), chunks, notes)
    body = _joined_words("".join(chunks))
    return Words(source_body, source_notes, body, notes)


def _common(source: list[str], document: list[str]) -> int:
    if source == document:  # the usual case, told without a diff
        return len(source)
    matcher = difflib.SequenceMatcher(None, source, document, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks())


def lost_words(text: str, document: etree._ElementTree) -> str | None:
    """Where the document's words part from the source text's, or None."""
    return word_lists(text, document).lost()


def _document_text(
    element: etree._Element, text: list[str], notes: list[list[str]]
) -> None:
    """The text of the document, notes apart; blocks end with a space."""
    name = local_name(element)
    if name == "meta" or element.get("status") == "editorial":
        text.append(element.tail or "")
        return
    if name == "authorialNote":
        note: list[str] = []
        for child in element:
            _document_text(child, note, notes)
        notes.append(_joined_words("".join(note)))
        text.append(element.tail or "")
        return
    block = name not in INLINE
    text.append(element.text or "")
    for child in element:
        _document_text(child, text, notes)
    if block:
        text.append(" ")
    text.append(element.tail or "")
