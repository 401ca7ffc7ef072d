"""UN organs and the symbols and FRBR numbers of their resolutions."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Organ:
    """An organ that adopts resolutions, with its naming conventions."""

    key: str
    name: str
    actor: str
    symbol_prefix: str

    def symbol(self, number: str) -> str:
        """The document symbol of resolution ``number`` of this organ."""
        return self.symbol_prefix + number


GA = Organ("ga", "General Assembly", "unga", "A/RES/")
SC = Organ("sc", "Security Council", "unsc", "S/RES/")
ECOSOC = Organ("ecosoc", "Economic and Social Council", "unecosoc", "E/RES/")
HRC = Organ("hrc", "Human Rights Council", "unga-hrc", "A/HRC/RES/")
ORGANS = {organ.name: organ for organ in (GA, SC, ECOSOC, HRC)}

_SYMBOL_RES = (
    (HRC, re.compile(r"A/HRC/RES/(?P<n>\d+/\d+)")),
    (
        GA,
        re.compile(
            r"A/(?:RES|DEC)/(?P<n>(?:E?S-)?\d+/\d+(?: ?[A-Z](?:-[A-Z])?)?)"
        ),
    ),
    (ECOSOC, re.compile(r"E/RES/(?P<n>\d{4}/\d+)")),
    (SC, re.compile(r"S/RES/(?P<n>\d+ ?\(\d{4}\))")),
)


def parse_symbol(symbol: str) -> tuple[Organ, str]:
    """The organ and number of a resolution symbol.

    >>> organ, number = parse_symbol("A/RES/75/196")
    >>> organ.key, number
    ('ga', '75/196')

    Raises:
        ValueError: the symbol is not that of a resolution.

    """
    symbol = " ".join(symbol.split())
    for organ, pattern in _SYMBOL_RES:
        if match := pattern.fullmatch(symbol):
            number = match.group("n")
            number = re.sub(r"(\d)([A-Z])", r"\1 \2", number)
            number = re.sub(r"(\d)\(", r"\1 (", number)
            return organ, number
    raise ValueError(f"not a resolution symbol: {symbol!r}")


def frbr_number(number: str) -> str:
    """The FRBR number of a printed resolution number.

    >>> [frbr_number(n) for n in ("75/196", "75/253 B", "2504 (2020)")]
    ['75-196', '75-253B', '2504-2020']
    """
    number = re.sub(r"\s*\((\d{4})\)", r"-\1", number)
    return number.replace("/", "-").replace(" ", "")


def session_of(organ: Organ, number: str) -> int | None:
    """The regular session a GA/HRC number belongs to, if it tells."""
    match = re.match(r"(\d+)/", number)
    return int(match.group(1)) if match and organ in (GA, HRC) else None


def session_fits(session: int, date: dt.date) -> bool:
    """Whether GA regular session N was sitting on ``date``.

    Session N runs from September of 1945+N to September of 1946+N.

    >>> session_fits(75, dt.date(2020, 12, 16))
    True
    """
    return (date.year == 1945 + session and date.month >= 9) or (
        date.year == 1946 + session and date.month <= 9
    )
