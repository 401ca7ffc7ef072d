"""UN organs, the FRBR numbers of their documents and their sessions.

The symbols of their documents are the grammar's
(:mod:`akn_un.grammar.documents`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Organ:
    """An organ that adopts resolutions: its key, name and FRBR actor."""

    key: str
    name: str
    actor: str


GA = Organ("ga", "General Assembly", "unga")
SC = Organ("sc", "Security Council", "unsc")
ECOSOC = Organ("ecosoc", "Economic and Social Council", "unecosoc")
HRC = Organ("hrc", "Human Rights Council", "unga-hrc")
ORGANS = {organ.name: organ for organ in (GA, SC, ECOSOC, HRC)}

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
