"""Derive the lead-phrase vocabulary from the UN's own AKN4UN files.

The converter recognises the lead phrase of a paragraph ("Recalling
further", "Takes note with appreciation") by the longest match against a
closed vocabulary.  That vocabulary is not written by hand: it is read from
the official markup, where preambular phrases are `container/@name` and
operative phrases are the italic span that opens a numbered paragraph.

Usage::

    python scripts/derive_lead_phrases.py ../shared/corpus/ga75 \
        ../shared/corpus/ga-decisions-76 ../shared/corpus/sc-prst-2016-2018 \
        ../shared/corpus/sc-drafts-2023 [--language fra] [--check]

Each language has its files (``preambular-phrases.txt`` for English,
``preambular-phrases.fra.txt`` for French…), read from every corpus of
that language: the General Assembly's resolutions and decisions and the
Security Council's statements and drafts, whose leads differ
("Determining", "Acting under Chapter VII" are the Council's). The
converter reads the one of the text's language.  Chinese phrases are its
bold opening spans (the UN sets them in bold), a few characters long.
With ``--check`` nothing is written; the exit
status is 1 when the shipped files differ from what the corpus gives.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from lxml import etree

AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
NS = {"a": AKN}
DATA = Path(__file__).resolve().parent.parent / "akn_un/grammar/data"
# A lead phrase is a few words of prose: letters, spaces, a comma at most
# (English phrases open with a capital; other languages' may not).
PHRASE_RE = re.compile(r"^[A-Z][a-z]+(?:,? [a-z]+){0,7}$")
OTHER_PHRASE_RE = re.compile(r"^[^\W\d_]+(?:,? [^\W\d_]+){0,7}$")
# Chinese: a few characters, no spaces to end them
CHINESE_PHRASE_RE = re.compile(r"^[\u4e00-\u9fff]{1,12}$")
# "1."; Arabic "1 -", which most of the UN's Arabic files keep in the
# paragraph's text rather than in <num>
NUM_RE = re.compile(r"^\s*\d+(?:\.|\s?[-\u2013])\s*$")


def _norm(text: str) -> str:
    return " ".join(text.split()).rstrip(",")


ITALIC = frozenset({"italic", "bold italic"})
# Chinese sets its lead phrases in bold
LEAD_CLASSES = {"zho": frozenset({"bold"})}


def _opening_span(p: etree._Element, classes: frozenset[str]) -> str | None:
    """Text of the span of one of ``classes`` that opens ``p``, if any."""
    if (p.text or "").strip() and not NUM_RE.match(p.text or ""):
        return None
    first = p[0] if len(p) else None
    if first is None or first.tag != f"{{{AKN}}}span":
        return None
    if first.get("class") not in classes:
        return None
    return _norm("".join(first.itertext()))


def derive(
    corpora: list[Path],
    phrase_re: re.Pattern[str] = PHRASE_RE,
    classes: frozenset[str] = ITALIC,
) -> tuple[Counter[str], Counter[str]]:
    """Count preambular and operative lead phrases across ``corpora``.

    ``classes``: the span classes a lead phrase is set in.
    """
    preambular: Counter[str] = Counter()
    operative: Counter[str] = Counter()
    paths = sorted(path for corpus in corpora for path in corpus.glob("*.xml"))
    for path in paths:
        try:
            tree = etree.parse(str(path))
        except etree.XMLSyntaxError as exc:  # a file of the UN's, broken
            print(f"{path}: left out: {exc}", file=sys.stderr)
            continue
        for container in tree.iterfind(".//a:preamble/a:container", NS):
            name = _norm(container.get("name", ""))
            if phrase_re.match(name):
                preambular[name] += 1
        for para in tree.iterfind(".//a:mainBody//a:paragraph", NS):
            num = para.find("a:num", NS)
            first_p = para.find(".//a:p", NS)
            printed = num.text if num is not None else (
                None if first_p is None else first_p.text
            )
            if not NUM_RE.match(printed or ""):
                continue
            phrase = (
                None if first_p is None else _opening_span(first_p, classes)
            )
            if phrase and phrase_re.match(phrase):
                operative[phrase] += 1
    return preambular, operative


def _render(counts: Counter[str]) -> str:
    return "".join(f"{p}\t{counts[p]}\n" for p in sorted(counts))


def main(argv: list[str] | None = None) -> int:
    """Write (or ``--check``) the vocabulary files."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpora", type=Path, nargs="+")
    parser.add_argument("--language", default="eng",
                        help="the corpus's language (FRBRlanguage)")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    english = args.language == "eng"
    phrase_re = {"eng": PHRASE_RE, "zho": CHINESE_PHRASE_RE}.get(
        args.language, OTHER_PHRASE_RE
    )
    preambular, operative = derive(
        args.corpora, phrase_re, LEAD_CLASSES.get(args.language, ITALIC)
    )
    suffix = ".txt" if english else f".{args.language}.txt"
    outputs = {
        DATA / f"preambular-phrases{suffix}": _render(preambular),
        DATA / f"operative-phrases{suffix}": _render(operative),
    }
    stale = [
        path
        for path, text in outputs.items()
        if not path.exists() or path.read_text(encoding="utf-8") != text
    ]
    if args.check:
        for path in stale:
            print(f"{path} is out of date", file=sys.stderr)
        return 1 if stale else 0
    for path, text in outputs.items():
        path.write_text(text, encoding="utf-8")
    print(f"{len(preambular)} preambular, {len(operative)} operative phrases")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
