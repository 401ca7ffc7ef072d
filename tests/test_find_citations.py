"""The public citation API: typed citations with spans, in six languages."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from akn import NS
from conftest import EXAMPLES, ROOT
from lxml import etree

from akn_un import Citation, convert, find_citations

DATE = dt.date(2017, 12, 19)

# text, the language told from it, and what it cites (text, symbol, date)
CASES = [
    ("Recalling its resolutions 72/192 of 19 December 2017 and 73/3,",
     "en", [("72/192", "A/RES/72/192", DATE), ("73/3", "A/RES/73/3", None)]),
    ("Rappelant ses résolutions 72/192 du 19 décembre 2017 et 73/3,",
     "fr", [("72/192", "A/RES/72/192", DATE), ("73/3", "A/RES/73/3", None)]),
    (("Recordando sus resoluciones 72/192, de 19 de diciembre de 2017, y "
     "73/3,"),
     "es", [("72/192", "A/RES/72/192", DATE), ("73/3", "A/RES/73/3", None)]),
    ("Ссылаясь на свою резолюцию 72/192 от 19 декабря 2017 года,",
     "ru", [("72/192", "A/RES/72/192", DATE)]),
    ("إذ تشير إلى قرارها 72/192 المؤرخ 19 كانون الأول/ديسمبر 2017،",
     "ar", [("72/192", "A/RES/72/192", DATE)]),
    ("回顾其2017年12月19日第72/192号决议，",
     "zh", [("72/192", "A/RES/72/192", DATE)]),
    (("Taking note of the report of the Secretary-General (A/75/125) and "
     "Security Council resolution 1373 (2001),"),
     "en", [("A/75/125", "A/75/125", None),
            ("1373 (2001)", "S/RES/1373(2001)", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "tag", "cited"), CASES)
def test_citations_are_found_with_span_symbol_link_and_date(
    text: str, tag: str, cited: list[tuple[str, str, dt.date | None]]
) -> None:
    found = find_citations(text)
    assert all(isinstance(c, Citation) for c in found)
    assert [(c.text, c.symbol, c.date) for c in found] == cited
    for citation in found:
        assert text[citation.start : citation.end] == citation.text
        assert citation.href == (
            f"https://undocs.org/{tag}/{citation.symbol}")


def test_the_organ_says_whose_its_resolution_is() -> None:
    text = "Recalling its resolution 36/15,"
    assert [c.symbol for c in find_citations(text, organ="hrc")] == [
        "A/HRC/RES/36/15"]
    assert [c.symbol for c in find_citations(text)] == ["A/RES/36/15"]


@pytest.mark.parametrize(("given", "message"), [
    ({"language": "deu"}, "language 'deu'"),
    ({"organ": "unesco"}, "organ 'unesco'"),
])  # fmt: skip
def test_what_is_not_known_is_a_value_error(
    given: dict[str, str], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        find_citations("resolution 72/192", **given)  # type: ignore[arg-type]


def test_they_are_the_links_the_converter_writes() -> None:
    """Each paragraph's citations are its <ref>s in the converted XML."""
    result = convert((EXAMPLES / "A-RES-75-196.md").read_text("utf-8"))
    paragraphs = result.tree.findall(".//a:mainBody//a:p", NS) + (
        result.tree.findall(".//a:preamble//a:p", NS))
    compared = 0
    for p in paragraphs:
        # a note's text is its own; the text after it is the paragraph's
        etree.strip_elements(p, f"{{{NS['a']}}}authorialNote",
                             with_tail=False)
        refs = [r.get("href") for r in p.iter(f"{{{NS['a']}}}ref")]
        found = [c.href for c in find_citations("".join(p.itertext()))]
        assert found == refs, "".join(p.itertext())
        compared += len(refs)
    assert compared >= 5


def test_the_readme_example_prints_what_it_says(
    capsys: pytest.CaptureFixture[str],
) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(
        r"```python\n(from akn_un import find_citations\n.*?)```", readme,
        re.DOTALL)
    assert block is not None
    code = block.group(1)
    exec(code, {})  # noqa: S102 - the README's own example
    said = [line[2:] for line in code.splitlines() if line.startswith("# ")]
    assert capsys.readouterr().out.splitlines() == said
