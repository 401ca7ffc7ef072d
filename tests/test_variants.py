"""The converter on every form real tools give an official file's text.

Each official file in ``../shared/corpus`` (six languages, every document
type) and ``../shared/akn4un`` is rendered and made into a variant
(``tests/variants.py``): notes inline, at page feet or at the end after
each separator; markers as superscripts, ``[^n]``, ``<sup>`` or plain
digits; hard-wrapped lines, compounds broken at their hyphen; the
masthead in blocks, one item per line or run together; the number line
with or without its period; italics kept or lost.

The property: the variant converts to the structure the same text gives
in the converter's own form (paragraphs and their text, lead phrases,
notes and where they stand, links, the FRBR identity), or the converter
says it could not read it (an error, or a refusal: a non-zero exit).
The round-trip tests hold the converter's form to the UN's markup.
"""

from __future__ import annotations

import os
import random
import re
from functools import cache
from pathlib import Path

import pytest
from conftest import SHARED
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from lxml import etree
from variants import FORMS, Variant, make, variants

from akn_un import convert
from akn_un.core.errors import AknUnError, MetadataMissingError
from akn_un.grammar.languages import SUSPENDED_HYPHEN
from akn_un.measure.compare import compare
from akn_un.render.text import render_text

_OFFICIAL = sorted(SHARED.glob("corpus/*/*.xml")) + sorted(
    (SHARED / "akn4un").glob("*.xml"))
_PATHS = {f"{path.parent.name}/{path.name}": path for path in _OFFICIAL}
# Variants drawn per form: 200 in CI; VARIANT_DRAWS=1500 measures more
# (the failures are listed, each with its file and variant).
_EXAMPLES = int(os.environ.get("VARIANT_DRAWS", "200"))


@cache
def _rendered(name: str, page_words: int | None) -> str | None:
    """The file rendered; None for one that is not well-formed (one of
    the UN's Spanish files), which the round-trip tests leave out too."""
    try:
        return render_text(_PATHS[name], page_words=page_words)
    except AknUnError:
        return None


def _converted(text: str) -> tuple[etree._ElementTree | None, bool]:
    """The tree (None when refused) and whether the converter said it
    could not read something: an error, or a compound it joined without
    evidence (V023)."""
    try:
        result = convert(text)
    except MetadataMissingError:
        return None, True
    return result.tree, any(
        d.severity == "error" or d.code == "V023" for d in result.diagnostics)


def _links(tree: etree._ElementTree) -> int:
    return len(tree.xpath("//*[local-name()='ref']"))


def _holds(name: str, variant: Variant) -> None:
    """The variant converts as the converter's form does, or says not.

    Where the converter's own form reads a paragraph otherwise than the
    UN (a caseless heading after a note, say), the variant may read it as
    the UN does: it may differ from the official file only where the
    converter's own form does too, and its identity is the own form's.
    The official file is read with its hyphens apart on one line closed
    (:func:`_gaps_closed`).
    """
    rendered = _rendered(name, variant.page_words)
    if rendered is None:
        return
    clean = Variant(
        italics=variant.italics,
        notes="page-foot" if variant.notes == "page-foot" else "inline",
    )
    expected, _ = _converted(make(rendered, clean))
    got, error = _converted(make(rendered, variant))
    if expected is None or got is None:
        assert got is None or expected is not None or error
        return
    comparison = compare(expected, got, spaces=True)
    if error or (not comparison.differences and _links(got) == _links(
            expected)):
        return
    official = _gaps_closed(etree.parse(str(_PATHS[name])))
    own_form = compare(official, expected, spaces=True).differences
    assert comparison.identity_equal, comparison.differences[:6]
    assert [d for d in compare(official, got, spaces=True).differences
            if not d.startswith("identity") and d not in own_form
            ] == [], comparison.differences[:6]


# A compound's hyphen apart from its second word on one line: "كوفيد- 19".
_GAP_RE = re.compile(r"(?<=\w[-\u2010\u2011]) (?=(\w+))")


def _gaps_closed(tree: etree._ElementTree) -> etree._ElementTree:
    """The official file with its compounds' hyphens apart closed up.

    The UN's own "Secretary- General", "soixante- seizième", "كوفيد- 19"
    on one line are what a tool leaves of a line's end in a text that
    runs each paragraph on one line, where the converter joins them from
    the text's evidence (the compound written whole elsewhere): the two
    cannot be told apart.  A suspended hyphen ("age- and") stays apart.
    """
    def close(text: str | None) -> str | None:
        return text and _GAP_RE.sub(
            lambda m: " " if m[1].casefold() in SUSPENDED_HYPHEN else "",
            text)

    for element in tree.iter():
        element.text, element.tail = close(element.text), close(element.tail)
    return tree


# Of _EXAMPLES variants per form, how many convert to another structure
# with no error, as measured when the generator landed: a ceiling that
# only comes down (issue 28 tracks each kind of failure).
CEILINGS = {
    "hyphens": 0,
    "italics": 0,
    "markers": 0,
    "masthead": 0,
    "notes": 0,
    "number line": 0,
    "separator": 0,
    "wrap": 0,
    "all": 0,
}


def _failures(name: str, variant: Variant) -> str | None:
    try:
        _holds(name, variant)
    except AssertionError as failure:
        return f"{name} {variant}: {str(failure)[:200]}"
    return None


def _draws(form: str) -> list[tuple[str, Variant]]:
    """_EXAMPLES files and variants, the same on every run."""
    rng = random.Random(form)  # noqa: S311 - a fixed sample, not a secret
    names = sorted(_PATHS)
    draws = []
    for _ in range(_EXAMPLES):
        if form == "all":
            fixed = {
                key.replace(" ", "_"): rng.choice(forms)
                for key, forms in FORMS.items()
            }
        else:
            fixed = {form.replace(" ", "_"): rng.choice(FORMS[form])}
            if form == "separator":
                fixed["notes"] = rng.choice(("end", "page-foot"))
            if form == "hyphens":
                fixed["wrap"] = "60"
        draws.append((rng.choice(names), Variant(**fixed)))
    return draws


@pytest.mark.skipif(not _OFFICIAL, reason="../shared/corpus is absent")
@pytest.mark.parametrize("form", [*sorted(FORMS), "all"])
def test_each_form_converts_as_the_converter_s_own(form: str) -> None:
    """_EXAMPLES variants of each form (every form at once for "all"):
    no more wrong with no error than the ceiling."""
    wrong = [
        failure for name, variant in _draws(form)
        if (failure := _failures(name, variant)) is not None
    ]
    assert len(wrong) <= CEILINGS[form], "\n".join(wrong)


@pytest.mark.skipif(not _OFFICIAL, reason="../shared/corpus is absent")
@settings(max_examples=100, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
# failing examples found, shrunk, fixed and kept
@example(name="ga75-fr/75_89_F.xml", variant=Variant(masthead="one per line"))
@example(  # another organ's formula as a wrapped line of paragraph 1
    name="ga75-ru/75_290_A_R.xml",
    variant=Variant(wrap="60", hyphens="broken at line end"),
)
@example(  # the converter's own form reads a lead otherwise than the UN
    name="ga75-zh/75_327_C.xml", variant=Variant(notes="end", separator="***"))
@example(  # Chinese markers set apart after the script's own comma
    name="ga75-zh/75_310_C.xml",
    variant=Variant(
        notes="end", separator="***", markers="digits apart", wrap="90",
        hyphens="broken at line end", number_line="dash",
    ),
)
@given(
    name=st.sampled_from(sorted(_PATHS)),
    variant=variants(),
)
def test_a_variant_converts_as_the_converter_s_own_or_says_not(
    name: str, variant: Variant
) -> None:
    """The property searched and shrunk by hypothesis, over every form."""
    _holds(name, variant)


def test_the_readme_lists_every_form() -> None:
    """The README's table of forms is the generator's table."""
    readme = (Path(__file__).parent.parent / "README.md").read_text(
        encoding="utf-8")
    for dimension, forms in FORMS.items():
        row = next(
            (line for line in readme.splitlines()
             if line.startswith(f"| {dimension} |")), "")
        assert row, dimension
        for form in forms:
            assert f"`{form}`" in row, (dimension, form)
