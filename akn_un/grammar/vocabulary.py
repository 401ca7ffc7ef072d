"""Lead phrases: the closed drafting vocabulary that opens a paragraph.

The phrase lists in ``data/`` are derived from the UN's own AKN4UN files by
``scripts/derive_lead_phrases.py``, with how often each phrase occurs.  A
phrase is recognised by the longest match at the start of a paragraph,
except that a rare extension starting with a function word ("Stressing the
importance", seen once) yields to a common shorter phrase ("Stressing").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import islice
from pathlib import Path

from akn_un.grammar.languages import TATWEEL

_WORD_RE = re.compile(r"\S+")
_TRAILING_PUNCT = ",;:\u060c\u061b"  # Arabic comma and semicolon too
_ADVERBS = frozenset({"also", "further", "furthermore", "again", "once"})
# Words a rare extension of a phrase opens with ("Stressing the
# importance"), per language; Russian and Arabic say "the importance" in
# one word ("важность", "أهمية").
_FUNCTION_WORDS = {
    "eng": frozenset({"the", "a", "an", "of", "that", "to", "in", "by"}),
    "fra": frozenset({"la", "le", "les", "l’", "que", "à", "de", "du", "des"}),
    "spa": frozenset({"la", "el", "los", "las", "que", "a", "de", "del"}),
    "rus": frozenset({"на", "о", "об", "том", "тем", "что", "в", "с", "к",
                      "важность", "необходимость"}),
    "ara": frozenset({"إلى", "على", "في", "أن", "بأن", "أهمية", "قرارها"}),
}  # fmt: skip
_COMMONER = 10
# Arabic vowel marks and the tatweel: a phrase reads the same without them
# ("وإذ تسلّم", "وإذ تسلم").
_MARKS = dict.fromkeys([*range(0x064B, 0x0660), 0x0670, ord(TATWEEL)])


def _plain(words: str) -> str:
    return words.translate(_MARKS)


# Languages written without spaces between words: a phrase is a prefix.
_UNSPACED = frozenset({"zho"})


@dataclass(frozen=True)
class Vocabulary:
    """Lead phrases with their counts, and the longest length in words.

    In a language without spaces (``spaced`` false: Chinese) the length
    is in characters, under the key "".
    """

    counts: dict[str, int]
    longest: dict[str, int]
    spaced: bool = True
    function_words: frozenset[str] = _FUNCTION_WORDS["eng"]

    @classmethod
    def of(
        cls,
        counts: dict[str, int],
        *,
        spaced: bool = True,
        function_words: frozenset[str] = _FUNCTION_WORDS["eng"],
    ) -> Vocabulary:
        """Build from phrase counts (Arabic vowel marks left out)."""
        plain: dict[str, int] = {}
        for phrase, count in counts.items():
            plain[_plain(phrase)] = plain.get(_plain(phrase), 0) + count
        longest: dict[str, int] = {}
        for phrase in plain:
            words = phrase.split() if spaced else [""]
            length = len(words) if spaced else len(phrase)
            longest[words[0]] = max(longest.get(words[0], 0), length)
        return cls(plain, longest, spaced, function_words)

    def match(self, text: str) -> int | None:
        """End offset of the known phrase opening ``text``, if any."""
        if not self.spaced:
            return self._prefix(text)
        first = text[:40].split(None, 1)
        if not first:
            return None
        limit = self.longest.get(_plain(first[0]).rstrip(_TRAILING_PUNCT), 0)
        if not limit:
            return None
        words = text.split(None, limit)[:limit]
        prefixes = [_plain(words[0])]
        for word in words[1:]:
            prefixes.append(f"{prefixes[-1]} {_plain(word)}")
        found = [
            (count, prefix.rstrip(_TRAILING_PUNCT))
            for count, prefix in enumerate(prefixes, start=1)
            if prefix.rstrip(_TRAILING_PUNCT) in self.counts
        ]
        if not found:
            return None
        count, phrase = found[-1]
        for shorter_count, shorter in reversed(found[:-1]):
            if (
                words[shorter_count] in self.function_words
                and self.counts[shorter] >= _COMMONER * self.counts[phrase]
            ):
                count, phrase = shorter_count, shorter
        last = next(islice(_WORD_RE.finditer(text), count - 1, None))
        stripped = len(words[count - 1]) - len(
            words[count - 1].rstrip(_TRAILING_PUNCT)
        )
        return last.end() - stripped


    def _prefix(self, text: str) -> int | None:
        """The longest phrase ``text`` opens with, in characters.

        A rare extension ("回顾其", seen twice) yields to a common shorter
        phrase ("回顾"): without spaces, nothing else tells them apart.
        """
        longest = min(self.longest.get("", 0), len(text))
        found = [
            length
            for length in range(longest, 0, -1)
            if text[:length] in self.counts
        ]
        if not found:
            return None
        best = found[0]
        for length in found[1:]:
            if self.counts[text[:length]] >= _COMMONER * self.counts[
                text[:best]
            ]:
                best = length
        return best


def guess_lead(text: str) -> int | None:
    """A guess at an unknown lead phrase: its verb and following adverbs.

    An opening adverb in -ly ("Profoundly alarmed") takes the next word
    with it.  Returns the end offset, or ``None`` for text that does not
    open with a capitalised word.
    """
    words = list(islice(_WORD_RE.finditer(text), 4))
    if not words or not words[0].group()[:1].isupper():
        return None
    count = 2 if words[0].group().endswith("ly") and len(words) > 1 else 1
    while count < len(words) and words[count].group() in _ADVERBS:
        count += 1
    last = words[count - 1]
    return last.end() - (len(last.group()) - len(last.group().rstrip(",;:")))


@cache
def load(kind: str, language: str = "eng") -> Vocabulary:
    """The shipped vocabulary: ``"preambular"`` or ``"operative"``.

    One file per language: ``preambular-phrases.txt`` for English,
    ``preambular-phrases.fra.txt`` for French …; a language without one
    has none.
    """
    suffix = ".txt" if language == "eng" else f".{language}.txt"
    path = Path(__file__).parent / "data" / f"{kind}-phrases{suffix}"
    counts = {}
    if path.exists():
        for line in filter(None, path.read_text(encoding="utf-8").split("\n")):
            phrase, _, count = line.partition("\t")
            counts[phrase] = int(count or 1)
    return Vocabulary.of(
        counts,
        spaced=language not in _UNSPACED,
        function_words=_FUNCTION_WORDS.get(language, frozenset()),
    )
