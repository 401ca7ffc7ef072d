"""Chinese, as the UN's resolutions print it."""

from __future__ import annotations

import re

from akn_un.core.organs import ECOSOC, GA, HRC, SC
from akn_un.grammar.languages.record import (
    Language,
    committees,
    proponent_line,
)

_GA, _SC, _ECOSOC, _HRC = GA.name, SC.name, ECOSOC.name, HRC.name
# The organs as the formula names them, bare.
_ORGANS = r"大会|安全理事会|经济及社会理事会|人权理事会"


_CHINESE_UNITS = "一二三四五六七八九"
CHINESE = Language(
    code="zho",
    tag="zh",
    date_re=re.compile(
        r"(?P<year>\d{4})年(?P<month>\d{1,2})月(?P<day>\d{1,2})日"),
    months=(),
    adopted_re=re.compile(
        r"(?P<date>\d{4}年\d{1,2}月\d{1,2}日)(?P<organ>.+?)决议"),
    organs={"大会": _GA, "安全理事会": _SC, "经济及社会理事会": _ECOSOC,
            "人权理事会": _HRC},
    publisher="联合国",
    organ_lines={"大会": _GA, "安全理事会": _SC, "经济及社会理事会": _ECOSOC,
                 "人权理事会": _HRC},
    distributions={},
    session_re=re.compile(r"第(?P<ordinal>[一二三四五六七八九十百]+)届"
                          r"(?:紧急)?(?:特别)?会议"),
    # "七十" "五" is 75
    ordinals={
        **{unit: value for value, unit in enumerate(_CHINESE_UNITS, 1)},
        "十": 10,
        **{f"{unit}十": 10 * value
           for value, unit in enumerate(_CHINESE_UNITS, 1)},
        "一百": 100,
    },
    agenda_re=re.compile(r"议程项目(?P<item>.+)"),
    proponent_re=proponent_line(r"根据|未经发交"),
    committees=committees(
        ("第一", "第二", "第三", "第四", "第五", "第六"), "特别政治",
        "主要委员会"),
    formula=rf"(?:{_ORGANS})(?=\**，)",
    bare_formula=_ORGANS,
    closing=r"第\d+次全体会议",
    annex=r"附件[一二三四五六七八九十]*",
)
