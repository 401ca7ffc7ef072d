"""The six UN languages: how each prints dates, adoption lines and organs.

Each language is data (:class:`Language`): its months, its date pattern,
the masthead line that says who adopted the resolution and when, and the
names of the organs as its enacting formula and that line print them.
:func:`detect` tells a text's language from its script and its masthead.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Language:
    """How one language prints what the metadata needs."""

    code: str  # FRBRlanguage, ISO 639-2 as the UN writes it: "fra"
    date_re: re.Pattern[str]  # groups: day, month, year
    months: tuple[str, ...]  # as the date prints them, January first
    adopted_re: re.Pattern[str]  # groups: organ, date
    organs: dict[str, str]  # a word of the organ's name -> its English name

    def parse_date(self, text: str) -> dt.date | None:
        """The date ``text`` prints in this language, or ``None``."""
        match = self.date_re.fullmatch(text.strip())
        if match is None:
            return None
        month = match["month"]
        if month.isdigit():
            number = int(month)
        elif month in self.months:
            number = self.months.index(month) + 1
        else:
            return None
        try:
            return dt.date(int(match["year"]), number, int(match["day"]))
        except ValueError:
            return None

    def organ(self, name: str) -> str | None:
        """The English name of the organ ``name`` names, if one."""
        return next(
            (english for word, english in self.organs.items() if word in name),
            None,
        )


_SP = r"[ \u00a0]+"
_GA, _SC = "General Assembly", "Security Council"
_ECOSOC, _HRC = "Economic and Social Council", "Human Rights Council"

FRENCH = Language(
    "fra",
    re.compile(rf"(?P<day>\d{{1,2}})(?:er)?{_SP}(?P<month>[a-zéû]+){_SP}"
               rf"(?P<year>\d{{4}})"),
    ("janvier", "février", "mars", "avril", "mai", "juin", "juillet",
     "août", "septembre", "octobre", "novembre", "décembre"),
    re.compile(rf"Résolution{_SP}adoptée{_SP}par{_SP}(?P<organ>.+?){_SP}"
               rf"le{_SP}(?P<date>.+)"),
    {"Assemblée": _GA, "sécurité": _SC, "social": _ECOSOC, "homme": _HRC},
)
SPANISH = Language(
    "spa",
    re.compile(rf"(?P<day>\d{{1,2}}){_SP}de{_SP}(?P<month>[a-z]+){_SP}de"
               rf"{_SP}(?P<year>\d{{4}})"),
    ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
     "agosto", "septiembre", "octubre", "noviembre", "diciembre"),
    re.compile(rf"Resolución{_SP}aprobada{_SP}por{_SP}(?P<organ>.+?){_SP}"
               rf"el{_SP}(?P<date>.+)"),
    {"Asamblea": _GA, "Seguridad": _SC, "Social": _ECOSOC,
     "Derechos Humanos": _HRC},
)
RUSSIAN = Language(
    "rus",
    re.compile(rf"(?P<day>\d{{1,2}}){_SP}(?P<month>[а-я]+){_SP}"
               rf"(?P<year>\d{{4}})(?:{_SP}года)?"),
    ("января", "февраля", "марта", "апреля", "мая", "июня", "июля",
     "августа", "сентября", "октября", "ноября", "декабря"),
    re.compile(rf"Резолюция,{_SP}принятая{_SP}(?P<organ>\D+?){_SP}"
               rf"(?P<date>\d.+)"),
    {"Ассамбле": _GA, "Безопасности": _SC, "Экономическ": _ECOSOC,
     "правам человека": _HRC},
)
ARABIC = Language(
    "ara",
    re.compile(rf"(?P<day>\d{{1,2}}){_SP}(?P<month>[^\d/ ]+(?: [^\d/ ]+)?"
               rf"/[^\d ]+){_SP}(?P<year>\d{{4}})"),
    ("كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل",
     "أيار/مايو", "حزيران/يونيه", "تموز/يوليه", "آب/أغسطس", "أيلول/سبتمبر",
     "تشرين الأول/أكتوبر", "تشرين الثاني/نوفمبر", "كانون الأول/ديسمبر"),
    re.compile(rf"قرار{_SP}اتخذ(?:ته|ه){_SP}(?P<organ>.+?){_SP}في{_SP}"
               rf"(?P<date>.+)"),
    {"الجمعية العامة": _GA, "مجلس الأمن": _SC,
     "المجلس الاقتصادي والاجتماعي": _ECOSOC, "مجلس حقوق الإنسان": _HRC},
)
CHINESE = Language(
    "zho",
    re.compile(r"(?P<year>\d{4})年(?P<month>\d{1,2})月(?P<day>\d{1,2})日"),
    (),
    re.compile(r"(?P<date>\d{4}年\d{1,2}月\d{1,2}日)(?P<organ>.+?)决议"),
    {"大会": _GA, "安全理事会": _SC, "经济及社会理事会": _ECOSOC,
     "人权理事会": _HRC},
)
OTHER_LANGUAGES = (FRENCH, SPANISH, RUSSIAN, ARABIC, CHINESE)
BY_CODE = {language.code: language for language in OTHER_LANGUAGES}

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


def parse_any_date(text: str) -> dt.date | None:
    """A date as any of the five other languages prints it."""
    for language in OTHER_LANGUAGES:
        if (date := language.parse_date(text)) is not None:
            return date
    return None
