"""Arabic, as the UN's resolutions print it."""

from __future__ import annotations

import re

from akn_un.core.organs import ECOSOC, GA, HRC, SC
from akn_un.grammar.languages.record import (
    SPACE,
    Language,
    committees,
    proponent_line,
)

_GA, _SC, _ECOSOC, _HRC = GA.name, SC.name, ECOSOC.name, HRC.name

ARABIC = Language(
    code="ara",
    tag="ar",
    date_re=re.compile(rf"(?P<day>\d{{1,2}}){SPACE}(?P<month>[^\d/ ]+"
                       rf"(?: [^\d/ ]+)?/[^\d ]+){SPACE}(?P<year>\d{{4}})"),
    months=("كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس",
            "نيسان/أبريل", "أيار/مايو", "حزيران/يونيه", "تموز/يوليه",
            "آب/أغسطس", "أيلول/سبتمبر", "تشرين الأول/أكتوبر",
            "تشرين الثاني/نوفمبر", "كانون الأول/ديسمبر"),
    adopted_re=re.compile(rf"قرارا?ت?{SPACE}اتخذ(?:ته|ه|تها){SPACE}"
                          rf"(?P<organ>.+?){SPACE}في{SPACE}(?P<date>.+)"),
    organs={"الجمعية العامة": _GA, "مجلس الأمن": _SC,
            "المجلس الاقتصادي والاجتماعي": _ECOSOC,
            "مجلس حقوق الإنسان": _HRC},
    publisher="الأمم المتحدة",
    organ_lines={"الجمعية العامة": _GA, "مجلس الأمن": _SC,
                 "المجلس الاقتصادي والاجتماعي": _ECOSOC,
                 "مجلس حقوق الإنسان": _HRC},
    distributions={},
    session_re=re.compile(r"الدورة(?: الاستثنائية(?: الطارئة)?)? "
                          r"(?P<ordinal>.+)"),
    # "ال" (the) and "و" (and) count nothing: "الخامسة والسبعون" is 75
    ordinals={
        "ال": 0, "و": 0, "أولى": 1, "حادية": 1, "ثانية": 2, "ثالثة": 3,
        "رابعة": 4, "خامسة": 5, "سادسة": 6, "سابعة": 7, "ثامنة": 8,
        "تاسعة": 9, "عاشرة": 10, "عشرة": 10, "عشرون": 20, "ثلاثون": 30,
        "أربعون": 40, "خمسون": 50, "ستون": 60, "سبعون": 70, "ثمانون": 80,
        "تسعون": 90, "مائة": 100,
    },
    agenda_re=re.compile(r"البن(?:دان|ود|د) (?P<item>.+?) من جدول الأعمال"),
    proponent_re=proponent_line(r"بناء على تقرير |دون الإحالة إلى "),
    committees=committees(
        ("الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة"),
        "المسائل السياسية الخاصة", "لجنة رئيسية"),
    formula=(
        r"إنّ? (?:الجمعية العامة|مجلس الأمن|المجلس الاقتصادي والاجتماعي|"
        r"مجلس حقوق الإنسان)"
    ),
    closing=r"الجلسة العامة (?:\(المستأنفة\) )?\d+",
    annex=r"المرفقا?ت?(?:[ \u00a0]\S+)?",
    broken_adoption=(r"قرار اتخذته [^\n\d]+?",),
    after_break=("في ",),
)
