"""The UN's deliberative document types, as data.

One :class:`DocumentType` a type, as cobalt has one class a type: what
the masthead calls it, the AKN element and ``name`` the UN's files give
it, its FRBR subtype and the name of its work's date, the parts it must
have, the masthead line that says who adopted it (or who proposes it),
and the forms of its symbol, organ by organ, each with examples the
tests hold it to.  :func:`parse_symbol` reads a symbol into its type,
organ and number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from akn_un.core.organs import ECOSOC, GA, HRC, SC, Organ, frbr_number
from akn_un.grammar.languages import ENGLISH

__all__ = [
    "DECISION",
    "DRAFT_RESOLUTION",
    "PRESIDENTIAL_STATEMENT",
    "RESOLUTION",
    "TYPES",
    "DocumentType",
    "Symbol",
    "SymbolForm",
    "parse_symbol",
]


@dataclass(frozen=True, slots=True)
class SymbolForm:
    """How one organ writes the symbols of one type: ``prefix`` + number.

    ``number`` is the number's pattern, as printed ("75/196",
    "2504 (2020)").
    """

    organ: Organ
    prefix: str
    number: str
    examples: tuple[str, ...]

    def match(self, symbol: str) -> str | None:
        """The number ``symbol`` gives in this form, or ``None``."""
        found = re.fullmatch(
            re.escape(self.prefix) + f"(?P<n>{self.number})", symbol)
        return None if found is None else found["n"]


@dataclass(frozen=True, slots=True)
class DocumentType:
    """A type of deliberative document and how the UN marks it up.

    ``key`` is the AKN ``name`` of the ``element`` (``<statement
    name="resolution">``); ``title`` the word the masthead prints
    ("Resolution"); ``masthead`` the English masthead line that says who
    adopted it or who proposes it (``None`` where the body says it: "At
    its 68th plenary meeting, … the General Assembly"); ``work_date`` the
    ``name`` of the work's FRBRdate; ``formula`` and ``operative`` whether
    it must have an enacting formula and operative paragraphs;
    ``adopted`` whether it is adopted: a draft is not, and its work is
    dated by its issue; ``opening`` the English words its body opens with
    where they say when it was adopted ("At the 7750th meeting of the
    Security Council, held on 28 July 2016, …"): its body follows its
    masthead line, with no title or formula between; ``lettered``
    whether its FRBR number keeps a part's letters ("75-253B"): a
    decision's does not ("76-402" for 76/402 B, as the UN's files have
    it).
    """

    key: str
    title: str
    symbols: tuple[SymbolForm, ...]
    masthead: re.Pattern[str] | None
    opening: re.Pattern[str] | None = None
    formula: bool = True
    operative: bool = True
    adopted: bool = True
    lettered: bool = True
    element: str = "statement"
    frbr_subtype: str = "deliberation"
    work_date: str = "adoption"

    def frbr_number(self, number: str, *, component: bool = False) -> str:
        """The FRBR number of printed ``number``: "75/253 B" is 75-253B.

        A ``component`` of a collection keeps its letter whatever the
        type ("76-416A" in decision 76/416 A and B, which is "76-416").
        """
        if not (self.lettered or component):
            number = number.split(maxsplit=1)[0]
        return frbr_number(number)

    def symbol(self, organ: Organ, number: str) -> str:
        """The symbol of document ``number`` of ``organ``.

        Raises:
            ValueError: the organ issues no document of this type.

        """
        for form in self.symbols:
            if form.organ is organ:
                return form.prefix + number
        raise ValueError(f"the {organ.name} issues no {self.title.lower()}")


# "75/196", "75/253 B", "ES-11/1", "S-30/1": a GA number, of a regular,
# special or emergency special session, maybe with a part's letter(s)
# ("75/101 A-B", a decision's "76/553 A and B").
_GA_NUMBER = r"(?:E?S-)?\d+/\d+(?: ?[A-Z](?:-[A-Z]| and [A-Z])?)?"

RESOLUTION = DocumentType(
    "resolution", "Resolution",
    (
        SymbolForm(HRC, "A/HRC/RES/", r"\d+/\d+", ("A/HRC/RES/54/10",)),
        SymbolForm(GA, "A/RES/", _GA_NUMBER, (
            "A/RES/75/196", "A/RES/75/253 B", "A/RES/75/253B",
            "A/RES/ES-11/1", "A/RES/S-30/1")),
        SymbolForm(ECOSOC, "E/RES/", r"\d{4}/\d+", ("E/RES/2021/10",)),
        SymbolForm(SC, "S/RES/", r"\d+ ?\(\d{4}\)", ("S/RES/2504 (2020)",)),
    ),
    masthead=ENGLISH.adopted_re,
)
DECISION = DocumentType(
    "decision", "Decision",
    (
        SymbolForm(HRC, "A/HRC/DEC/", r"\d+/\d+", ("A/HRC/DEC/46/115",)),
        SymbolForm(GA, "A/DEC/", _GA_NUMBER, (
            "A/DEC/76/402", "A/DEC/76/553 A and B")),
        SymbolForm(ECOSOC, "E/DEC/", r"\d{4}/\d+", ("E/DEC/2020/201",)),
    ),
    masthead=None,
    # "At its 55th plenary meeting, on 20 January 2022, the General
    # Assembly …", "On 8 March 2022, the President of …"; each language's
    # is its record's decision_opening_re
    opening=ENGLISH.decision_opening_re,
    formula=False,
    lettered=False,
)
PRESIDENTIAL_STATEMENT = DocumentType(
    "presidentialStatement", "Statement by the President of the Security "
    "Council",
    (SymbolForm(SC, "S/PRST/", r"\d{4}/\d+", ("S/PRST/2020/11",)),),
    masthead=re.compile(r"Statement by the President of the (?P<organ>.+)"),
    opening=re.compile(
        r"At\s(?:the|its)\s(?P<meeting>\d+(?:st|nd|rd|th))\smeeting(?:\sof"
        r"\sthe\s(?P<organ>[A-Z][\w\s]+?))?,?\s(?:held\s)?on\s"
        r"(?P<date>\d{1,2}\s\w+\s\d{4})"
    ),
    formula=False, operative=False,
)
DRAFT_RESOLUTION = DocumentType(
    "draftResolution", "Draft resolution",
    (
        SymbolForm(GA, "A/", r"(?:C\.\d/)?\d+/L\.\d+(?:/Rev\.\d+)?", (
            "A/80/L.5", "A/80/L.5/Rev.1", "A/C.3/80/L.12/Rev.1")),
        SymbolForm(SC, "S/", r"\d{4}/\d+", ("S/2024/302", "S/2018/95")),
    ),
    masthead=ENGLISH.draft_re,
    adopted=False,
    work_date="voting",  # as the UN's files of drafts not adopted have it
)
TYPES = (RESOLUTION, DECISION, PRESIDENTIAL_STATEMENT, DRAFT_RESOLUTION)
BY_TITLE = {kind.title: kind for kind in TYPES}


class Symbol(NamedTuple):
    """A symbol read: the document's type, organ and printed number."""

    type: DocumentType
    organ: Organ
    number: str


def parse_symbol(symbol: str) -> Symbol:
    """The type, organ and number of a document symbol.

    >>> parsed = parse_symbol("A/RES/75/196")
    >>> parsed.type.key, parsed.organ.key, parsed.number
    ('resolution', 'ga', '75/196')
    >>> parse_symbol("S/PRST/2020/11").type.key
    'presidentialStatement'

    Raises:
        ValueError: the symbol is that of no type here (a report, say).

    """
    symbol = " ".join(symbol.split())
    for kind in TYPES:
        for form in kind.symbols:
            if (number := form.match(symbol)) is not None:
                number = re.sub(r"(\d)([A-Z])", r"\1 \2", number)
                number = re.sub(r"(\d)\(", r"\1 (", number)
                return Symbol(kind, form.organ, number)
    raise ValueError(f"not a resolution symbol: {symbol!r}")
