"""French, as the UN's resolutions print it."""

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

FRENCH = Language(
    code="fra",
    tag="fr",
    date_re=re.compile(rf"(?P<day>\d{{1,2}})(?:er)?{SPACE}(?P<month>[a-zéû]+)"
                       rf"{SPACE}(?P<year>\d{{4}})"),
    months=("janvier", "février", "mars", "avril", "mai", "juin", "juillet",
            "août", "septembre", "octobre", "novembre", "décembre"),
    adopted_re=re.compile(rf"Résolutions?{SPACE}adoptées?{SPACE}par{SPACE}"
                          rf"(?P<organ>.+?){SPACE}le{SPACE}(?P<date>.+)"),
    organs={"Assemblée": _GA, "sécurité": _SC, "social": _ECOSOC,
            "homme": _HRC},
    publisher="Nations Unies",
    organ_lines={"Assemblée générale": _GA, "Conseil de sécurité": _SC,
                 "Conseil économique et social": _ECOSOC,
                 "Conseil des droits de l’homme": _HRC,
                 "Conseil des droits de l'homme": _HRC},
    distributions={"générale": "General", "limitée": "Limited",
                   "restreinte": "Restricted"},
    session_re=re.compile(r"(?P<ordinal>\S+(?: et \S+)?) session"
                          r"(?: extraordinaire(?: d[’']urgence)?)?"),
    ordinals={
        "premier": 1, "première": 1, "unième": 1, "deuxième": 2,
        "troisième": 3, "quatrième": 4, "cinquième": 5, "sixième": 6,
        "septième": 7, "huitième": 8, "neuvième": 9, "dixième": 10,
        "onzième": 11, "douzième": 12, "treizième": 13, "quatorzième": 14,
        "quinzième": 15, "seizième": 16, "dix": 10, "vingt": 20,
        "vingtième": 20, "trente": 30, "trentième": 30, "quarante": 40,
        "quarantième": 40, "cinquante": 50, "cinquantième": 50,
        "soixante": 60, "soixantième": 60, "quatrevingt": 80,
        "quatrevingtième": 80, "centième": 100, "et": 0,
    },
    agenda_re=re.compile(r"Points? (?P<item>.+?) de l[’']ordre du jour"),
    proponent_re=proponent_line(
        r"sur la base du rapport de la |sans renvoi à une "),
    committees=committees(
        ("Première", "Deuxième", "Troisième", "Quatrième", "Cinquième",
         "Sixième"), "questions politiques spéciales", "grande commission"),
    formula=(
        r"L['\u2019]Assemblée générale|Le Conseil (?:de sécurité|"
        r"économique et social|des droits de l['\u2019]homme)"
    ),
    closing=r"\d+e séance plénière",
    annex=r"Annexes?(?:[ \u00a0](?:[IVXL]+|\d+))?",
    broken_adoption=(r"Résolution adoptée par [^\n]+?",),
    after_break=("le ",),
)
