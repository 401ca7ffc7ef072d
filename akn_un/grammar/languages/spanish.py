"""Spanish, as the UN's resolutions print it."""

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

SPANISH = Language(
    code="spa",
    tag="es",
    date_re=re.compile(rf"(?P<day>\d{{1,2}}){SPACE}de{SPACE}(?P<month>[a-z]+)"
                       rf"{SPACE}de{SPACE}(?P<year>\d{{4}})"),
    months=("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
            "agosto", "septiembre", "octubre", "noviembre", "diciembre"),
    adopted_re=re.compile(rf"Resoluci(?:ón|ones){SPACE}aprobadas?{SPACE}por"
                          rf"{SPACE}(?P<organ>.+?){SPACE}el{SPACE}(?P<date>.+)"),
    organs={"Asamblea": _GA, "Seguridad": _SC, "Social": _ECOSOC,
            "Derechos Humanos": _HRC},
    publisher="Naciones Unidas",
    organ_lines={"Asamblea General": _GA, "Consejo de Seguridad": _SC,
                 "Consejo Económico y Social": _ECOSOC,
                 "Consejo de Derechos Humanos": _HRC},
    distributions={"general": "General", "limitada": "Limited",
                   "reservada": "Restricted"},
    session_re=re.compile(r"(?P<ordinal>\S+(?: \S+)?) período "
                          r"(?:extraordinario (?:de emergencia )?)?"
                          r"de sesiones"),
    ordinals={
        "primer": 1, "primero": 1, "segundo": 2, "tercer": 3, "tercero": 3,
        "cuarto": 4, "quinto": 5, "sexto": 6, "séptimo": 7, "octavo": 8,
        "noveno": 9, "décimo": 10, "undécimo": 11, "duodécimo": 12,
        "vigésimo": 20, "trigésimo": 30, "cuadragésimo": 40,
        "quincuagésimo": 50, "sexagésimo": 60, "septuagésimo": 70,
        "octogésimo": 80, "nonagésimo": 90, "centésimo": 100,
    },
    agenda_re=re.compile(r"Temas? (?P<item>.+?) del programa"),
    proponent_re=proponent_line(
        r"sobre la base del [Ii]nforme de la |sin remisión previa a una "),
    committees=committees(
        ("Primera", "Segunda", "Tercera", "Cuarta", "Quinta", "Sexta"),
        "Política Especial", "Comisión Principal"),
    formula=(
        r"La Asamblea General|El Consejo (?:de Seguridad|"
        r"Económico y Social|de Derechos Humanos)"
    ),
    closing=r"\d+a sesión plenaria",
    annex=r"Anexos?(?:[ \u00a0](?:[IVXL]+|\d+))?",
    broken_adoption=(r"Resolución aprobada por [^\n]+?",),
    after_break=("el ",),
)
