"""UN document symbols: one grammar, to find them in text and check links.

A symbol is a series ("A", "E", "UNEP(DTIE)", "GC.20"), then components
after slashes ("C.3", "75", "L.8", "Rev.1", "S-30"), maybe a bracketed
part ("(2001)", "(XXIX)", "(Sect. 29A)"), as the UN's editorial manual
has it (akn4un-notes §9.1). A link's target may hold more: the forms the
UN's own files link (:data:`LINK_TARGET`). Each part carries examples,
as data: the tests hold it to them.

The converter finds symbols in running text with :data:`IN_TEXT_RE`
(case as printed, a symbol standing alone); the validators check a
link's target with :func:`well_formed` (any case).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

SPACE = r"[ \u00a0]"  # a space or the no-break space the UN sets


@dataclass(frozen=True, slots=True)
class Part:
    """A part of the grammar: its pattern and texts it matches whole."""

    pattern: str
    examples: tuple[str, ...]


SERIES = Part(
    r"[A-Z]{1,6}(?:\([A-Z]{1,6}\))?(?:\.\d+)?",
    ("A", "E", "S", "CAC", "UNEP", "UNEP(DTIE)", "GC.20", "IDB.48"),
)
COMPONENT = Part(
    r"""(?:E?S-\d+                            # a special session: S-30
        |[A-Z][A-Za-z]*(?:\.(?:\d+[A-Za-z]?|[IVXL]+))*  # C.3, CN.15, L.8
        |\d+                                  # a number: 75, 2019
        )""",
    ("C.3", "CN.15", "L.8", "Rev.1", "Add.1", "75", "2019", "S-30", "ES-10",
     "CONF.157", "PV.46"),
)
BRACKET = Part(
    rf"""(?:{SPACE}?\(
        (?:\d{{4}}                            # a year: (2001)
        |(?:E?S-)?[IVXL]+                     # a session: (XXIX), (S-VI)
        |Vol\.{SPACE}?[IVX]+                  # a volume: (Vol. I)
        |Sect\.{SPACE}?\d+[A-Z]?              # a section: (Sect. 29A)
        |Parts?{SPACE}?[IVX]+(?:{SPACE}and{SPACE}[IVX]+)?  # (Part II)
        |Supp                                 # a supplement: (Supp)
        )\))""",
    ("(2001)", " (2001)", "(XXIX)", "(ES-X)", "(Vol. I)", "(Sect. 29A)",
     "(Part II)", "(Parts I and II)", "(Supp)"),
)
SYMBOL = Part(
    rf"""{SERIES.pattern}(?:/{COMPONENT.pattern})+
        (?:{BRACKET.pattern}(?:/{COMPONENT.pattern})*)?""",
    ("A/RES/75/196", "A/C.3/75/L.8/Rev.1", "E/CN.15/2015/16",
     "S/RES/1373 (2001)", "A/RES/217 (III)", "A/RES/S-30/1",
     "A/RES/ES-10/15", "A/75/6 (Sect. 29A)", "CAC/COSP/2019/17",
     "GC.20/INF/4", "IDB.48/16/Rev.1", "UNEP(DTIE)/Hg/CONF/4",
     "A/75/49 (Vol. I)", "A/75/6 (Sect. 27)/Corr.1",
     "NPT/CONF.2000/28 (Parts I and II)/Corr.1"),
)
# What a link's target may hold beyond one symbol as printed (which the
# converter links, as the UN's markup does): brackets the UN writes in links
# ("(Parts I and II)", "(Income sect. 1)", a short number), a space after
# a full stop ("L. 8"), parts and ranges ("56/64 B", "Add.1-5"), and
# the second symbol of a document issued under two ("A/47/277-S/24111").
_LINK_BRACKET = (
    r"""(?:\s?\((?:\d{1,4}|(?:E?S-)?[IVXL]+|Vol\.\s?[IVX]+|Sect\.\s?\d+[A-Z]?
        |Parts?\s?[IVX]+(?:\s?and\s?[IVX]+)?|Supp|[A-Za-z]+\.?\s?sect\.\s?\d+
        )\))"""
)
_LINK_COMPONENT = (
    rf"""(?:E?S-\d+
        |[A-Z][A-Za-z]*(?:\.\s?(?:\d+[A-Za-z]?(?:-\d+)?|[A-Z][A-Za-z]*))*
         {_LINK_BRACKET}?
        |\d+(?:\s?[A-Z](?:-[A-Z])?)?)"""
)
# Each text matches in one way only, so that a long target that fails
# fails in linear time (no repeat holds another that matches the same
# text: "\d+" and "\d{4}", "(?:/C)+(?:/C)*" once did).
LINK_TARGET = Part(
    rf"""{SERIES.pattern}(?:/{_LINK_COMPONENT})+
        (?:{_LINK_BRACKET}(?:/{_LINK_COMPONENT})*)?{_LINK_BRACKET}?
        (?:-{SERIES.pattern}(?:/{_LINK_COMPONENT})+)?""",
    (*SYMBOL.examples, "A/75/6 (Sect. 27)/Corr.1", "A/47/277-S/24111",
     "E/2015/27-E/CN.6/2015/10", "NPT/CONF.2000/28 (Parts I and II)",
     "A/77/6 (Income sect. 1)", "A/RES/56/64 B", "A/75/7/Add.1-5",
     "A/C.3/75/L. 8", "WT/MIN(15)/48"),
)

# A letter or digit of the Latin script: Chinese and Arabic words run
# into a symbol without a space ("见A/75/220/Rev.1，").
_LATIN_WORD = r"[0-9A-Za-z_\u00c0-\u024f]"
IN_TEXT_RE = re.compile(
    rf"(?<!{_LATIN_WORD}|[/.])(?P<symbol>{SYMBOL.pattern})"
    rf"(?!{_LATIN_WORD}|/)",
    re.VERBOSE,
)
"""A symbol in running text, as printed: not part of a longer Latin word
or path (of a joint symbol, the first)."""


@cache
def _any_case() -> re.Pattern[str]:
    """The grammar in any case, compiled when a link is first checked."""
    return re.compile(LINK_TARGET.pattern, re.VERBOSE | re.IGNORECASE)


@lru_cache(maxsize=4096)
def well_formed(symbol: str) -> bool:
    """Whether ``symbol``, a link's target in any case, is well formed.

    Remembered: a file links the same documents many times.
    """
    return _any_case().fullmatch(symbol.strip()) is not None


def is_resolution_symbol(text: str) -> bool:
    """Whether ``text`` is the symbol of a resolution or decision.

    As a masthead or a page's running head prints it: "A/RES/75/196".
    """
    return ("/RES/" in text or "/DEC/" in text) and well_formed(text)
