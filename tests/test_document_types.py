"""Drafts, decisions and presidential statements, as the UN marks them up.

The type is told from the masthead with no flag; a draft is dated by its
issue and names its sponsors; a statement's body follows its line. The
UN's own files of each type are the measure: their round trip (official
-> text -> AKN), their real PDFs, and the validators on them.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

import pytest
from conftest import SHARED, shared
from lxml import etree

from akn_un import convert
from akn_un.checking import check
from akn_un.core.diagnostics import Severity
from akn_un.core.document import safe_parser
from akn_un.core.errors import MetadataMissingError
from akn_un.measure.compare import counts
from akn_un.measure.roundtrip import RoundTrip, round_trips, totals

CORPORA = SHARED / "corpus"
DRAFT_PDFS = SHARED / "real" / "scdrafts"

DRAFT = """United Nations

S/2024/302

Security Council

Distr.: General

1 May 2024

Original: English

Algeria: draft resolution

*The Security Council*,

*Recalling* its previous resolutions,

1. *Decides* to remain seized of the matter.
"""

STATEMENT = """United Nations

S/PRST/2020/11

Security Council

Distr.: General

12 November 2020

Statement by the President of the Security Council

At the 8779th meeting of the Security Council, held on 12 November 2020, \
in connection with the Council's consideration of the item entitled \
"Maintenance of international peace and security", the President of the \
Security Council made the following statement on behalf of the Council:

"The Security Council reaffirms its primary responsibility.

"The Security Council stresses the importance of prevention.
"""


def _name(result_tree: etree._ElementTree) -> str | None:
    statement = result_tree.getroot()[0]
    return statement.get("name")


# What the masthead's line of a draft may say, and who proposes it.
@pytest.mark.parametrize(
    ("line", "sponsors"),
    [
        ("Algeria: draft resolution", "Algeria"),
        ("Albania, France and United States of America: draft resolution",
         "Albania, France and United States of America"),
        ("Draft resolution", None),
        ("Revised draft resolution", None),
        (("Draft resolution submitted by the President of the General "
          "Assembly"), "the President of the General Assembly"),
    ],
)  # fmt: skip
def test_a_draft_is_told_from_its_line(line: str, sponsors: str | None) -> None:
    result = convert(DRAFT.replace("Algeria: draft resolution", line))
    assert _name(result.tree) == "draftResolution"
    assert result.metadata.symbol == "S/2024/302"
    assert result.metadata.sponsors == sponsors
    assert result.metadata.adopted is None
    assert result.metadata.work_date == dt.date(2024, 5, 1)
    steps = result.tree.findall(".//{*}workflow/{*}step")
    assert [s.get("by") for s in steps] == ([sponsors] if sponsors else [])
    assert result.tree.find(".//{*}preface//{*}docTitle").text == line


@pytest.mark.parametrize(
    ("language", "line", "formula"),
    [
        ("fra", "Algérie : projet de résolution", "*Le Conseil de sécurité*,"),
        ("spa", "Argelia: proyecto de resolución",
         "*El Consejo de Seguridad*,"),
        ("rus", "Алжир: проект резолюции", "*Совет Безопасности*,"),
        ("ara", "الجزائر: مشروع قرار", "*إن مجلس الأمن*،"),
        ("zho", "阿尔及利亚：决议草案", "安全理事会，"),
    ],
)  # fmt: skip
def test_a_drafts_line_in_each_language(
    language: str, line: str, formula: str
) -> None:
    text = DRAFT.replace("Algeria: draft resolution", line).replace(
        "*The Security Council*,", formula)
    result = convert(text, language=language)
    assert _name(result.tree) == "draftResolution"
    assert result.metadata.sponsors is not None


def test_a_draft_by_its_symbol_alone() -> None:
    text = DRAFT.replace("Algeria: draft resolution\n\n", "")
    result = convert(text)
    assert _name(result.tree) == "draftResolution"
    assert result.metadata.sponsors is None


def test_a_draft_is_never_made_a_resolution() -> None:
    """The hint of a resolution's symbol and a date is refused."""
    with pytest.raises(ValueError, match="is a draft resolution"):
        convert(DRAFT, symbol="S/RES/2730 (2024)",
                adoption_date=dt.date(2024, 5, 1))  # fmt: skip


def test_a_draft_without_its_date_names_what_it_lacks() -> None:
    text = DRAFT.replace("1 May 2024\n\n", "")
    with pytest.raises(MetadataMissingError) as raised:
        convert(text)
    message = str(raised.value)
    assert "issue date" in message
    assert "--issue-date" in message
    assert "adoption" not in message


def test_a_text_whose_type_and_number_are_unknown_is_refused() -> None:
    text = DRAFT.replace("S/2024/302\n\n", "").replace(
        "Algeria: draft resolution\n\n", "")
    with pytest.raises(MetadataMissingError, match="no number"):
        convert(text)


def test_a_presidential_statement() -> None:
    result = convert(STATEMENT)
    assert _name(result.tree) == "presidentialStatement"
    assert result.metadata.adopted == dt.date(2020, 11, 12)
    assert result.tree.find(".//{*}FRBRWork/{*}FRBRuri").get("value") == (
        "/akn/un/statement/deliberation/unsc/2020-11-12/2020-11/")
    assert len(result.tree.findall(".//{*}mainBody/{*}paragraph")) == 3
    assert not [d for d in result.diagnostics
                if d.severity is not Severity.INFO]  # fmt: skip


def test_a_statement_without_its_line_opens_its_body() -> None:
    text = STATEMENT.replace(
        "Statement by the President of the Security Council\n\n", "")
    result = convert(text)
    assert _name(result.tree) == "presidentialStatement"
    assert result.metadata.adopted == dt.date(2020, 11, 12)


@cache
def _trips(folder: str) -> list[RoundTrip]:
    files = sorted(shared(CORPORA / folder).glob("*.xml"))
    trips, _ = round_trips(files)
    return trips


# Each corpus of the UN's files of a new type: the share of paragraphs
# with the official text after the round trip, at least. Russian drafts
# print their preambular leads in lower case without italics, which the
# segmenter reads as a paragraph's continuation after a comma; the
# Chinese drafts' lead phrases come from a vocabulary of GA resolutions.
FLOORS = {
    "sc-drafts-2023": 1.0,
    "sc-drafts-2023-fr": 1.0,
    "sc-drafts-2023-es": 1.0,
    "sc-drafts-2023-ar": 1.0,
    "sc-drafts-2023-ru": 1.0,
    "sc-drafts-2023-zh": 1.0,
    "sc-prst-2016-2018": 0.98,
    "ga-decisions-76": 0.985,
    "ga-decisions-76-fr": 0.96,
    "ga-decisions-76-es": 0.985,
    "ga-decisions-76-ru": 0.975,
    "ga-decisions-76-ar": 0.985,
    "ga-decisions-76-zh": 0.96,
}


@pytest.mark.parametrize("folder", sorted(FLOORS))
def test_round_trip_of_each_new_type(folder: str) -> None:
    trips = _trips(folder)
    figures = totals(trips)
    equal, total = figures["paragraphs with the official text"]
    assert equal / total >= FLOORS[folder], (equal, total)
    assert figures["converted without exception"][0] == len(trips)
    assert figures["valid against the XSD"][0] == len(trips)


@pytest.mark.parametrize(
    "folder", ["sc-drafts-2023", "sc-drafts-2023-fr", "sc-prst-2016-2018",
               "ga-decisions-76"])  # fmt: skip
def test_the_iris_and_the_name_are_the_uns(folder: str) -> None:
    for trip in _trips(folder):
        assert trip.converted is not None, trip.name
        official = etree.parse(
            str(CORPORA / folder / trip.name), safe_parser())
        for path in ("{*}FRBRWork/{*}FRBRuri", "{*}FRBRWork/{*}FRBRthis"):
            ours = trip.converted.find(f".//{path}")
            theirs = official.find(f".//{path}")
            assert ours is not None, trip.name
            assert theirs is not None, trip.name
            assert ours.get("value") == theirs.get("value"), trip.name
        assert _statement_names(trip.converted) == _statement_names(
            official), trip.name


def _statement_names(tree: etree._ElementTree) -> set[str | None]:
    return {s.get("name") for s in tree.iter("{*}statement")}


# The UN's own files of the new types: every error the validators report
# is a true defect of the file, (file, code) -> why.
TRUE_DEFECTS = {
    ("S_PRST_2016_12-1623970E.xml", "C001"):
        "the link's target 'S/RES/2282(2016' lacks its closing parenthesis",
    ("S_PRST_2017_13-1724191E.xml", "C001"):
        "'A/HCR/33/24..': the series is mistyped and two periods end it",
    ("S_PRST_2018_18-1815758E.xml", "C001"):
        "links to 'S/RES/' with no number, and to 'S/RES/2244(pp.4)'",
}


@pytest.mark.parametrize(
    "folder", ["sc-drafts-2023", "sc-prst-2016-2018", "ga-decisions-76"])
def test_no_false_alarm_on_the_uns_files(folder: str) -> None:
    found = {
        (path.name, d.code)
        for path in sorted(shared(CORPORA / folder).glob("*.xml"))
        for d in check(path)
        if d.severity is Severity.ERROR
    }
    expected = {key for key in TRUE_DEFECTS if key[0] in {
        p.name for p in (CORPORA / folder).glob("*.xml")}}
    assert found == expected


@pytest.mark.parametrize(
    "pdf", ["S_2016_1100-EN.pdf", "S_2018_95-EN.pdf", "S_2021_443-EN.pdf",
            "S_2022_158-EN.pdf"])  # fmt: skip
def test_the_real_draft_pdfs(pdf: str) -> None:
    """Type, symbol, date and sponsors from the PDF, with no flag.

    The body is the adopted resolution's, which the UN's markup gives; its
    headings ("Designation Criteria") the UN marks as paragraphs without
    a number, and we as the headings of sections.
    """
    path = shared(DRAFT_PDFS / pdf)
    official = etree.parse(
        str(path.with_name(f"{path.stem}.official.xml")), safe_parser())
    result = convert(path)
    symbol = "S/" + path.stem.removesuffix("-EN").removeprefix(
        "S_").replace("_", "/")
    assert _name(result.tree) == "draftResolution"
    assert result.metadata.symbol == symbol
    assert result.metadata.sponsors
    ours, theirs = counts(result.tree), counts(official)
    assert (ours.preamble, ours.numbered, ours.footnotes) == (
        theirs.preamble, theirs.numbered, theirs.footnotes)
    body = official.find(".//{*}mainBody")
    assert body is not None
    headings = [
        p for p in body.iterchildren("{*}paragraph")
        if p.find("{*}num") is None and len("".join(p.itertext()).split()) < 4
    ]
    assert ours.operative == theirs.operative - len(headings)
    errors = [d for d in check(result.tree) if d.severity is Severity.ERROR]
    assert errors == []


def test_the_dates_of_the_real_draft_pdfs() -> None:
    manifest = shared(DRAFT_PDFS / "manifest.json")
    dates = {}
    for pdf in sorted(manifest.parent.glob("*.pdf")):
        dates[pdf.name] = convert(pdf).metadata.issued
    assert dates == {
        "S_2016_1100-EN.pdf": dt.date(2016, 12, 23),
        "S_2018_95-EN.pdf": dt.date(2018, 2, 8),
        "S_2021_443-EN.pdf": dt.date(2021, 5, 11),
        "S_2022_158-EN.pdf": dt.date(2022, 2, 28),
    }



UNTYPED = DRAFT.replace("S/2024/302\n\n", "").replace(
    "Algeria: draft resolution\n\n", "")


def test_the_type_forced() -> None:
    result = convert(UNTYPED, document_type="draftResolution",
                     symbol="S/2024/302")  # fmt: skip
    assert _name(result.tree) == "draftResolution"
    assert result.metadata.adopted is None


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"document_type": "bill"}, "not one of resolution, decision"),
        ({"document_type": "draftResolution",
          "symbol": "S/RES/2730 (2024)"}, "is a draft resolution"),
    ],
)  # fmt: skip
def test_a_type_forced_wrongly_is_refused(
    options: dict[str, str], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        convert(UNTYPED, **options)  # type: ignore[arg-type]


def test_an_untyped_text_says_what_it_was_read_as() -> None:
    with pytest.raises(MetadataMissingError) as raised:
        convert(UNTYPED)
    messages = [d.message for d in raised.value.diagnostics]
    assert any("read as a resolution; --type names another" in m
               for m in messages)  # fmt: skip


def test_the_command_line_forces_the_type(tmp_path: Path) -> None:
    from akn_un.app.cli import main

    source = tmp_path / "draft.md"
    source.write_text(UNTYPED, encoding="utf-8")
    status = main(["convert", str(source), "--type", "draftResolution",
                   "--symbol", "S/2024/302", "-o",
                   str(tmp_path / "draft.xml")])  # fmt: skip
    assert status == 0
    tree = etree.parse(str(tmp_path / "draft.xml"), safe_parser())
    assert _name(tree) == "draftResolution"


def test_json_gives_the_type_and_the_sponsors() -> None:
    from akn_un import to_json

    metadata = to_json(convert(DRAFT).tree)["metadata"]
    assert (metadata["kind"], metadata["sponsors"], metadata["adopted"]) == (
        "draftResolution", "Algeria", None)
    assert to_json(convert(STATEMENT).tree)["metadata"]["sponsors"] is None


def test_html_titles_each_type() -> None:
    from akn_un import render_html

    assert "<title>Algeria: draft resolution</title>" in render_html(
        convert(DRAFT).tree)
    assert "<title>Statement by the President of the Security Council" in (
        render_html(convert(STATEMENT).tree))


def test_a_general_assembly_draft() -> None:
    text = (DRAFT.replace("S/2024/302", "A/C.3/80/L.12/Rev.1")
            .replace("Security Council", "General Assembly")
            .replace("*The Security Council*", "*The General Assembly*"))
    result = convert(text)
    assert _name(result.tree) == "draftResolution"
    assert result.metadata.symbol == "A/C.3/80/L.12/Rev.1"
    assert result.metadata.organ.key == "ga"


def test_a_rule_applies_to_the_types_it_declares() -> None:
    """D002 (required parts) is a resolution's and a decision's rule."""
    from akn_un.validators.structure import required_part_missing

    assert required_part_missing.rule.types == ("resolution", "decision")
    draft = convert(DRAFT).tree
    formula = draft.find(".//{*}formula")
    assert formula is not None
    formula.getparent().remove(formula)
    assert [d.code for d in check(draft) if d.code == "D002"] == []
    # the same document named a resolution lacks its formula
    statement = draft.getroot()[0]
    statement.set("name", "resolution")
    assert "D002" in [d.code for d in check(draft)]


@pytest.mark.parametrize(
    ("code", "opening", "date"),
    [
        ("eng", "At its 55th plenary meeting, on 20 January 2022, the",
         dt.date(2022, 1, 20)),
        ("eng", "On 8 March 2022, the President", dt.date(2022, 3, 8)),
        ("fra", "À sa 55e séance plénière, le 20 janvier 2022, l’Assemblée",
         dt.date(2022, 1, 20)),
        ("fra", "Le 8 mars 2022, le Président", dt.date(2022, 3, 8)),
        ("spa", ("En su 55ª sesión plenaria, celebrada el 20 de enero de "
         "2022, la Asamblea"), dt.date(2022, 1, 20)),
        ("spa", "El 8 de marzo de 2022, la Presidencia", dt.date(2022, 3, 8)),
        ("rus", ("На своем 55‑м пленарном заседании 20 января 2022 года "
         "Генеральная"), dt.date(2022, 1, 20)),
        ("rus", "8 марта 2022 года Председатель", dt.date(2022, 3, 8)),
        ("ara", "في 8 آذار/مارس 2022، أعلن رئيس", dt.date(2022, 3, 8)),
        ("zho", "2022年3月8日，人权理事会主席", dt.date(2022, 3, 8)),
    ],
)  # fmt: skip
def test_a_decisions_opening_dates_it_in_each_language(
    code: str, opening: str, date: dt.date
) -> None:
    from akn_un.grammar.dates import parse_date
    from akn_un.grammar.languages import LANGUAGES

    language = next(lang for lang in LANGUAGES if lang.code == code)
    match = language.decision_opening_re.match(opening)
    assert match is not None
    assert parse_date(" ".join(match["date"].split())) == date
