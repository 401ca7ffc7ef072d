"""C: links to UN documents — a well-formed target, the text it is under."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import unquote

from lxml import etree

from akn_un.core.document import Document
from akn_un.core.symbols import well_formed
from akn_un.validators._registry import Finding, check

# The language before the symbol, in either case ("AR/" in some of the
# UN's Arabic files; "ch" is its Chinese): never a symbol's first part
# ("ST/SGB/2019/1").
_LINK_RE = re.compile(
    r"https?://(?:undocs\.org|docs\.un\.org)/"
    r"(?:(?i:ar|ch|en|es|fr|ru|zh)/)?(?P<symbol>.+)"
)
_PAREN_END_RE = re.compile(r"\([^()]*\)$")
_LETTER_END_RE = re.compile(r"(?<=\d)[A-Z]$")
_LETTERS_END_RE = re.compile(r"(?<=\d)[A-Z](?:-[A-Z])?$")
_LINK_TEXT_RE = re.compile(r"[A-Z0-9./()\-]+")
# Where a joint symbol joins two: "E/2015/27-E/CN.6/2015/10".
_JOINT_RE = re.compile(r"-(?=[A-Z]{1,6}[./])")


def _links(doc: Document) -> list[tuple[etree._Element, str]]:
    """Links to UN documents and their symbols, read once per document."""
    return doc.memo("links", lambda: [
        (element, match.group("symbol"))
        for element in doc.root.iter("{*}a", "{*}ref")
        if (match := _LINK_RE.match(element.get("href", "")))
    ])


@check("C001", "symbol-malformed")
def symbol_malformed(doc: Document) -> Iterator[Finding]:
    """A link names a document whose symbol is not well formed.

    The grammar is that of UN document symbols: a series (``A/``, ``S/``,
    ``E/``, ``CAC/``…), then bodies, sessions or years, natures and
    modifiers (``A/C.3/75/L.8/Rev.1``, ``S/RES/1373 (2001)``,
    ``A/RES/217 (III)``).

    ## Why is this bad?
    A link to a malformed symbol leads nowhere on the documents system.

    ## Example
    ``https://undocs.org/en/A/RES/75//196``.
    """
    for element, symbol in _links(doc):
        if not well_formed(symbol):
            yield Finding(f"{symbol!r} is not a UN document symbol", element)


def _link_number(text: str) -> str:
    return "".join(text.split()).upper()


@check("C006", "link-text-target-mismatch")
def link_text_target_mismatch(doc: Document) -> Iterator[Finding]:
    """A link's text names one document and its target another.

    A link split into adjacent links with one target (the UN's files have
    "62/2" + "3" + "2") is read whole, and so is a link whose symbol the
    text right after it ends ("A/75/" then "271"). The target is
    URL-decoded, and a joint symbol ("E/2015/27-E/CN.6/2015/10") matches
    either of its parts.
    A target of last year's document, copied from the previous
    resolution, is the defect this finds most.

    ## Why is this bad?
    The reader sees 72/192 and lands on 72/193.

    ## Example
    ``<a href="https://undocs.org/en/A/RES/72/193">72/192</a>``.
    """
    links = _links(doc)
    for index, (element, symbol) in enumerate(links):
        if _continues(links, index):
            continue  # checked with the link it continues
        joined, last = _joined(links, index)
        text = _link_number(joined)
        if "/" not in text or not _LINK_TEXT_RE.fullmatch(text):
            continue
        target = _link_number(unquote(symbol))
        if _completed_by_tail(text, target, last.tail or ""):
            continue
        if not any(
            _names_same(text, part) for part in _JOINT_RE.split(target)
        ):
            yield Finding(
                f"link text {text!r} but target {symbol!r}", element
            )


def _continues(links: list[tuple[etree._Element, str]], index: int) -> bool:
    """Whether link ``index`` carries on the link before it.

    The UN's files split a link into adjacent ones with one target:
    "62/2" + "3" + "2" is the link to 62/232; white space between them
    is the file's indentation (a presidential statement's table).
    """
    if index == 0:
        return False
    before, target = links[index - 1]
    element, symbol = links[index]
    return (
        symbol == target
        and not (before.tail or "").strip()
        and before.getnext() is element
    )


def _joined(
    links: list[tuple[etree._Element, str]], index: int
) -> tuple[str, etree._Element]:
    """The text of link ``index`` and of the links that carry it on.

    Also the last of those links, whose tail follows the whole.
    """
    parts = []
    last = links[index][0]
    for at in range(index, len(links)):
        if at > index and not _continues(links, at):
            break
        last = links[at][0]
        parts.append("".join(last.itertext()))
    return "".join(parts), last


def _completed_by_tail(text: str, target: str, tail: str) -> bool:
    """Whether the text right after the link ends the symbol it starts.

    The UN's files sometimes end a link before its symbol does:
    ``<a href=".../A/75/271">A/75/</a>271`` and
    ``<a href=".../A/75/3/Rev.1">A/75/3</a>/Rev.1``.
    """
    rest = target[len(text):] if target.startswith(text) else ""
    return bool(rest) and _link_number(tail).startswith(rest)


def _names_same(text: str, target: str) -> bool:
    """Whether link text and target name one document.

    Both come without spaces and in upper case.

    The same: "72/192" and "A/RES/72/192"; "74/92" and "A/RES/74/92A-B";
    "56/64B" and "A/RES/56/64"; "A/47/277-S/24111" (a joint symbol) and
    "A/47/277"; "A/75/49" and "A/75/49(VOL.I)"; "10/15" and
    "A/RES/ES-10/15"; "4/1" and "UNEP/EA.4/RES.1" (the same numbers).
    """
    if target == text or target.endswith("/" + text):
        return True  # the common case
    bare = _PAREN_END_RE.sub("", target)  # (Supp), (vol. I) …
    base = _LETTER_END_RE.sub("", text)  # a part letter: 56/64 B
    for whole in (target, bare):
        stem = _LETTERS_END_RE.sub("", whole)  # 74/92A-B
        for candidate in (text, base):
            for name in (whole, stem):
                if name == candidate or name.endswith("/" + candidate):
                    return True
    if any(part in {target, bare} for part in text.split("-") if "/" in part):
        return True
    numbers = re.findall(r"\d+", base)
    return len(numbers) >= 2 and re.findall(r"\d+", bare)[
        -len(numbers):
    ] == numbers


