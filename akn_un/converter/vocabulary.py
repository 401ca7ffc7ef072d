"""Lead phrases: the closed drafting vocabulary that opens a paragraph.

The phrase lists in ``data/`` are derived from the UN's own AKN4UN files by
``scripts/derive_lead_phrases.py``; a phrase is recognised by the longest
match at the start of a paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

_WORD_RE = re.compile(r"\S+")
_TRAILING_PUNCT = ",;:"
_ADVERBS = frozenset({"also", "further", "furthermore", "again", "once"})


@dataclass(frozen=True)
class Vocabulary:
    """A set of lead phrases with the longest phrase length in words."""

    phrases: frozenset[str]
    longest: int

    @classmethod
    def of(cls, phrases: frozenset[str]) -> Vocabulary:
        """Build from a set of phrases."""
        longest = max((len(p.split()) for p in phrases), default=0)
        return cls(phrases, longest)

    def match(self, text: str) -> int | None:
        """End offset of the longest known phrase opening ``text``."""
        words = list(_WORD_RE.finditer(text, 0))[: self.longest]
        for count in range(len(words), 0, -1):
            end = words[count - 1].end()
            candidate = " ".join(w.group() for w in words[:count])
            stripped = candidate.rstrip(_TRAILING_PUNCT)
            if stripped in self.phrases:
                return end - (len(candidate) - len(stripped))
        return None


def guess_lead(text: str) -> int | None:
    """A guess at an unknown lead phrase: its verb and following adverbs.

    An opening adverb in -ly ("Profoundly alarmed") takes the next word
    with it.  Returns the end offset, or ``None`` for text that does not
    open with a capitalised word.
    """
    words = list(_WORD_RE.finditer(text, 0))[:4]
    if not words or not words[0].group()[:1].isupper():
        return None
    count = 2 if words[0].group().endswith("ly") and len(words) > 1 else 1
    while count < len(words) and words[count].group() in _ADVERBS:
        count += 1
    last = words[count - 1]
    return last.end() - (len(last.group()) - len(last.group().rstrip(",;:")))


@cache
def load(kind: str) -> Vocabulary:
    """The shipped vocabulary: ``"preambular"`` or ``"operative"``."""
    data = resources.files("akn_un.converter") / "data"
    text = (data / f"{kind}-phrases.txt").read_text(encoding="utf-8")
    return Vocabulary.of(frozenset(filter(None, text.splitlines())))
