"""The six UN languages: how each prints its masthead, dates and organs.

English is a :class:`Language` as the five others are (:data:`ENGLISH`);
:data:`LANGUAGES` holds the six.

Each language is data, a :class:`Language` read from its file here
(``fra.toml``): its months and date pattern, the masthead's lines (the
publisher, the organ, the distribution, the session, the agenda item, who
adopted the resolution and when, on whose report), the names of the
organs as its enacting formula and adoption line print them, and the
words of its formula, closing and annex lines.  :func:`detect` tells a
text's language from its script and its masthead.
"""

from __future__ import annotations

import re

from akn_un.grammar.languages.english import ordinal_value
from akn_un.grammar.languages.record import (
    COMMITTEE_KEYS,
    TATWEEL,
    Language,
    load_language,
)

__all__ = [
    "ARABIC", "BOLD_LEADS", "BY_CODE", "CHINESE", "COMMITTEE_KEYS",
    "ENGLISH", "FRENCH", "LANGUAGES", "LANGUAGE_TAGS", "OTHER_LANGUAGES",
    "RUSSIAN", "SPANISH", "SUSPENDED_HYPHEN", "TATWEEL", "Language",
    "detect", "ordinal_value",
    "organ_named",
]  # fmt: skip

# The languages whose UN files set lead phrases in bold, not in italics.
BOLD_LEADS = frozenset({"zho"})
ENGLISH = load_language("eng", read_ordinal=ordinal_value)
FRENCH = load_language("fra")
SPANISH = load_language("spa")
RUSSIAN = load_language("rus")
ARABIC = load_language("ara")
CHINESE = load_language("zho")
OTHER_LANGUAGES = (FRENCH, SPANISH, RUSSIAN, ARABIC, CHINESE)
BY_CODE = {language.code: language for language in OTHER_LANGUAGES}
LANGUAGES = (ENGLISH, *OTHER_LANGUAGES)  # the six, English first
# The words after which a hyphen stands apart ("age- and"), in any of them.
SUSPENDED_HYPHEN = frozenset(
    word for language in LANGUAGES for word in language.suspended_hyphen
)
# FRBRlanguage -> the two-letter tag that web pages (lang) and the UN's
# documents resolver (undocs.org/fr/…) use.
LANGUAGE_TAGS = {language.code: language.tag for language in LANGUAGES}

_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
_ARABIC_RE = re.compile(r"[\u0600-\u06ff]")
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
_FRENCH_RE = re.compile(r"Assemblée générale|Résolution adoptée|Conseil de")
_SPANISH_RE = re.compile(r"Asamblea General|Resolución aprobada|Consejo de")


def detect(text: str) -> str:
    """The language of a resolution's text, from its opening.

    "eng" unless its script or its masthead says otherwise.
    """
    opening = text[:4000]
    counts = (
        ("rus", len(_CYRILLIC_RE.findall(opening))),
        ("ara", len(_ARABIC_RE.findall(opening))),
        ("zho", len(_CJK_RE.findall(opening))),
    )
    code, count = max(counts, key=lambda pair: pair[1])
    if count >= 20:
        return code
    if _FRENCH_RE.search(opening):
        return "fra"
    if _SPANISH_RE.search(opening):
        return "spa"
    return "eng"


def organ_named(name: str) -> str | None:
    """The English name of the organ another language's ``name`` names."""
    for language in OTHER_LANGUAGES:
        if (english := language.organ(name)) is not None:
            return english
    return None
