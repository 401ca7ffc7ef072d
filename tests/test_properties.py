"""Properties of the converter over generated, realistic resolutions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from akn import NS, body_words, split_notes, statement, words
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from resolutions import ECOSOC, GA_CLOSE, GA_HEAD, HRC, SC

from akn_un import convert
from akn_un.converter.text import SUPERSCRIPT_DIGITS
from akn_un.core.resources import load_xsd

WORDS = st.sampled_from(
    ["the", "of", "and", "to", "in", "cooperation", "crime", "justice", "States", "Member", "programme", "Office", "Convention", "against", "corruption", "prevention", "international", "assistance", "technical", "national", "regional", "data", "2020", "criminal"]
)
PREAMBULAR = st.sampled_from(
    ["Recalling", "Recalling also", "Reaffirming", "Deeply concerned",
     "Noting with appreciation", "Expressing its grave concern",
     "Profoundly perturbed"]
)  # fmt: skip
OPERATIVE = st.sampled_from(
    ["Requests", "Calls upon", "Takes note with appreciation", "Urges",
     "Also decides", "Reiterates its invitation"]
)  # fmt: skip


def _sup(number: int) -> str:
    return "".join(SUPERSCRIPT_DIGITS[int(d)] for d in str(number))


def _head(text: str, formula: str) -> str:
    """A sample resolution's lines up to its enacting formula."""
    return text[: text.index(formula) + len(formula)] + "\n"


# Masthead and closing lines of each organ: the body is generated between.
ORGANS = {
    "ga": (GA_HEAD, GA_CLOSE),
    "sc": (_head(SC, "The Security Council,"), ""),
    "ecosoc": (_head(ECOSOC, "The Economic and Social Council,"),
               "\n*8th plenary meeting\n8 June 2021*\n"),
    "hrc": (_head(HRC, "The Human Rights Council,"),
            "\n*46th meeting\n11 October 2023*\n\n[Adopted without a vote.]\n"),
}


@dataclass
class Generated:
    """A generated text and what it must convert to."""

    text: str
    preambular: int
    operative: int
    notes: dict[int, str] = field(default_factory=dict)
    points: int = 0


@st.composite
def resolutions(draw: st.DrawFn) -> Generated:
    """GA resolutions with footnotes at page breaks, points, links.

    Paragraphs split where pages end, italics, links, and points under
    operative paragraphs.
    """
    blocks: list[str] = []
    pending: list[str] = []
    notes: dict[int, str] = {}

    def sentence(low: int, high: int) -> str:
        return " ".join(draw(st.lists(WORDS, min_size=low, max_size=high)))

    def paragraph_text(lead: str, end: str) -> str:
        parts = [lead, sentence(3, 12)]
        if draw(st.booleans()):
            parts.append(draw(st.sampled_from(["[72/192](#)", "*Manual*",
                                               "resolution 70/1", "high-level",
                                               r"[1373 \(2001\)](#)"])))
        parts.append(sentence(1, 8))
        text = " ".join(p for p in parts if p)
        if draw(st.booleans()):
            number = len(notes) + 1
            notes[number] = f"See {sentence(1, 6)} A/75/{number}."
            text += f",{_sup(number)} {sentence(1, 5)}".rstrip()
            pending.append(f"{_sup(number)} {notes[number]}")
        return text + end

    def emit(text: str) -> None:
        words_ = text.split(" ")
        if pending and len(words_) > 4 and draw(st.booleans()):
            cut = draw(st.integers(2, len(words_) - 2))
            first, second = " ".join(words_[:cut]), " ".join(words_[cut:])
            if "-" in words_[cut] and draw(st.booleans()):
                # a page break inside a hyphenated word: "high-" / "level"
                head, _, tail = words_[cut].partition("-")
                first = " ".join([*words_[:cut], f"{head}-"])
                second = " ".join([tail, *words_[cut + 1 :]])
            if first[-1] in ",;.:" + SUPERSCRIPT_DIGITS or second[0].isdigit():
                blocks.append(text)
            else:
                blocks.extend([first, *pending, second])
                pending.clear()
                return
        else:
            blocks.append(text)
        if pending and draw(st.booleans()):
            blocks.extend(pending)
            pending.clear()

    preambular = draw(st.integers(0, 6))
    for _ in range(preambular):
        emit(paragraph_text(draw(PREAMBULAR), ","))
    operative = draw(st.integers(1, 6))
    points = 0
    for number in range(1, operative + 1):
        lead = f"*{draw(OPERATIVE)}*"
        end = "." if number == operative else ";"
        count = draw(st.integers(0, 3)) if number < operative else 0
        emit(f"{number}. {paragraph_text(lead, ':' if count else end)}")
        for letter in "abc"[:count]:
            emit(f"({letter}) {sentence(2, 10).capitalize()};")
        points += count
    blocks.extend(pending)
    organ = draw(st.sampled_from(sorted(ORGANS)))
    head, close = ORGANS[organ]
    body = "\n\n".join(blocks)
    text = f"{head}\n{body}\n{close}"
    return Generated(text, preambular, operative, notes, points)


SETTINGS = settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


@SETTINGS
@given(resolutions())
def test_generated_resolutions_convert_losslessly(case: Generated) -> None:
    """Valid XML; counts kept; every word kept in order; no footnote loss."""
    result = convert(case.text)
    assert load_xsd().validate(result.tree), load_xsd().error_log
    root = statement(result.tree)
    assert len(root.findall("a:preamble/a:container", NS)) == case.preambular
    assert len(root.findall("a:mainBody/a:paragraph", NS)) == case.operative
    points = root.findall("a:mainBody/a:paragraph/a:list/a:point", NS)
    assert len(points) == case.points
    body, notes = split_notes(result.tree)
    assert {int(m): t for m, t, _ in notes} == case.notes
    note_blocks = {f"{_sup(n)} {t}" for n, t in case.notes.items()}
    source_body = "\n\n".join(
        b for b in case.text.split("\n\n") if b.strip() not in note_blocks
    )
    assert body_words(body) == words(source_body)
    codes = {d.code for d in result.diagnostics}
    assert codes <= {"V005"}, result.diagnostics


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
@example("S/0000/0")  # a draft's symbol: CI found it
def test_any_text_converts_to_valid_xml_keeping_its_words(text: str) -> None:
    """Arbitrary text never raises; the output is valid and keeps words.

    The identity is given, type included: a text without one is refused
    (V007), and one whose masthead names another type ("S/2024/1") is
    refused a resolution's symbol.
    """
    result = convert(
        text, symbol="A/RES/75/1", adoption_date=dt.date(2020, 9, 15),
        document_type="resolution",
    )
    assert load_xsd().validate(result.tree), load_xsd().error_log
    body, notes = split_notes(result.tree)
    kept = body_words(body) + [w for _, t, _ in notes for w in words(t)]
    assert sorted(kept) == sorted(words(text))


@SETTINGS
@given(resolutions())
def test_the_validators_find_no_error_in_generated_output(
    case: Generated,
) -> None:
    """A well-formed generated resolution converts to what validates."""
    from akn_un.checking import check

    result = convert(case.text)
    errors = [d for d in check(result.document(None))
              if d.severity == "error"]
    assert errors == [], errors
