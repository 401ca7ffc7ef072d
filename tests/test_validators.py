"""Each validator rule: a fixture that triggers exactly it, one that does not."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest
from conftest import EXAMPLES
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree
from resolutions import ga

from akn_un import convert
from akn_un.checking import check, check_files, is_valid
from akn_un.core import symbols
from akn_un.core.diagnostics import Severity
from akn_un.core.document import AKN_NS, text_without_notes
from akn_un.validators import CHECKS, INPUT_RULES

BASE_TEXT = ga("""Recalling its resolution 72/192 of 19 December 2017 and its \
resolution 75/1 of 21 September 2020,¹

Noting Economic and Social Council resolution 2019/21 of 23 July 2019 and \
the report of the Secretary-General,²

¹ A/75/125.

² United Nations, *Treaty Series*, vol. 2225, No. 39574.

1. *Decides* to act in line with its resolution 72/192 of 19 December 2017;

2. *Requests* the Secretary-General to report;

3. *Decides* to remain seized of the matter.""")


@cache
def base() -> str:
    return convert(BASE_TEXT).xml.decode("utf-8")


def _codes(xml: str) -> set[str]:
    return {
        d.code for d in check(xml.encode("utf-8", "surrogateescape"))
        if d.severity is not Severity.INFO or d.code == "D014"
    }


def test_base_fixture_is_clean() -> None:
    """The clean fixture (a converted resolution) has no finding at all."""
    assert check(base().encode("utf-8")) == []


Mutation = Callable[[str], str]


def _replace(old: str, new: str, count: int = 1) -> Mutation:
    def mutate(xml: str) -> str:
        assert old in xml, old
        return xml.replace(old, new, count)
    return mutate


LIST = (
    '<list eId="para_1__list_1"><intro><p>Decides that:</p></intro>'
    '<point eId="para_1__list_1__point_a"><num>(a)</num><content><p>one;'
    '</p></content></point><point eId="para_1__list_1__point_c"><num>(c)'
    '</num><content><p>two.</p></content></point></list>'
)
# The fixtures that are not XML: texts (X003, X007), a PDF (X005).
SUFFIXES = {"X003": ".md", "X005": ".pdf", "X007": ".md"}
CASES: dict[str, tuple[Mutation, str | None]] = {
    "X001": (_replace("</akomaNtoso>", ""), None),
    "X002": (lambda _: "<html/>", None),
    # text (not XML) with a byte that is not UTF-8 (\x80, as surrogate)
    "X003": (lambda _: "General Assembly\n\n75/1. Title \udc80", None),
    "X005": (lambda _: "%PDF-1.7\nnot a PDF after all", None),
    "X007": (lambda _: "# The editors' notes\n\nTo do: the December files.\n",
             None),
    "X004": (lambda xml: xml.replace(
        "<akomaNtoso", '<!DOCTYPE akomaNtoso [<!ENTITY x "y">]>\n'
        "<akomaNtoso", 1), None),
    "S001": (_replace('<num>2.</num>', '<p>stray</p><num>2.</num>'),
             "<p>stray</p>"),
    "D001": (_replace('<statement name="resolution">',
                      '<statement name="statement">'), "<statement"),
    "D002": (lambda xml: xml[: xml.index("<formula")]
             + xml[xml.index("</formula>") + len("</formula>"):],
             '<statement'),
    "D003": (_replace("<num>2.</num>", "<num>4.</num>"), 'eId="para_2"'),
    "D004": (lambda xml: xml.replace(
        xml[xml.index('<content eId="para_1__content">'):
            xml.index("</content>", xml.index('eId="para_1__content"'))
            + len("</content>")], LIST), "<num>(c)"),
    "D005": (_replace('eId="para_3"', 'eId="para_2"'), 'eId="para_2"'),
    "D006": (_replace('eId="para_3"', 'eId="para#3"'), 'eId="para#3"'),
    "D007": (_replace("Secretary-General,<authorialNote",
                      "Secretary-General.<authorialNote"),
             'name="Noting"'),
    "D008": (_replace('name="Noting"', 'name="Recalling"'),
             'eId="container_2"'),
    "D009": (_replace("75-196/\"", "75-197/\""), "75-197/\""),
    "D010": (_replace('<docDate date="2020-12-16" refersTo="#dateOfAdoption">'
                      '16 December 2020</docDate>\n',
                      '<docDate date="2020-12-17" refersTo="#dateOfAdoption">'
                      '16 December 2020</docDate>\n'), 'date="2020-12-17"'),
    "D011": (_replace('language="eng"', 'language="fra"'), 'language="fra"'),
    "D012": (_replace("/unga/2020-12-16/75-196/\"",
                      "/unsc/2020-12-16/75-196/\""), "/unsc/"),
    "D013": (_replace('refersTo="#thirdCommittee"', 'refersTo="#nobody"'),
             'refersTo="#nobody"'),
    "D014": (_replace('refersTo="#thirdCommittee"',
                      'refersTo="#generalAssembly"'),
             'refersTo="#generalAssembly"'),
    "F001": (_replace('marker="2"', 'marker="3"'), 'marker="3"'),
    "F002": (_replace('marker="2"', 'marker="1"'), 'eId="authorialNote_2"'),
    "F007": (lambda xml: xml.replace('marker="2"', 'marker="3"', 1).replace(
        'marker="1"', 'marker="2"', 1), 'marker="2"'),
    "F003": (lambda xml: re.sub(r'(eId="authorialNote_1"><p>).*?(</p>)',
                                r"\1\2", xml, count=1),
             'eId="authorialNote_1"'),
    "F004": (_replace('marker="2" placement="bottom"', 'marker="2"'),
             'marker="2"'),
    "F005": (_replace('marker="2"', 'marker="a)"'), 'marker="a)"'),
    "F006": (_replace('<authorialNote marker="1" placement="bottom" '
                      'eId="authorialNote_1"><p>',
                      '<authorialNote marker="1" placement="bottom" '
                      'eId="authorialNote_1"><p>Ibid. '), "Ibid."),
    "C001": (_replace("en/A/RES/72/192\">72/192</ref> of 19 December 2017 and",
                      "en/A/RES//72/192\">72/192</ref> of 19 December 2017 "
                      "and"), "A/RES//72/192"),
    "C002": (_replace("of 21 September 2020", "of 21 September 2019"),
             "21 September 2019"),
    "C003": (_replace("of 23 July 2019", "of 23 July 2017"), "23 July 2017"),
    "C004": (_replace("72/192</ref> of 19 December 2017;",
                      "72/192</ref> of 20 December 2017;"),
             "20 December 2017"),
    "C005": (_replace("of 21 September 2020", "of 21 September 2021"),
             "21 September 2021"),
    "C006": (_replace('A/RES/72/192">72/192</ref> of 19 December 2017 and',
                      'A/RES/72/193">72/192</ref> of 19 December 2017 and'),
             "A/RES/72/193"),
    "C007": (_replace("vol. 2225, No.", "vol. 2225 and 2237, No."),
             "vol. 2225 and 2237"),
    "C008": (_replace(
        "report of the Secretary-General,",
        'report of the Secretary-General <ref href="https://undocs.org/en/'
        'A/RES/75/196">A/RES/75/196</ref>,'),
        "A/RES/75/196</ref>"),
    "D015": (_replace("the report of the Secretary-General,",
                      "the report of the 18-18418 (E) 071118 "
                      "Secretary-General,"),
             "18-18418 (E)"),
    "D016": (_replace('<statement name="resolution">',
                      '<statement name="draftResolution">'),
             'name="draftResolution"'),
}


def _line_of(xml: str, anchor: str) -> int:
    return xml[: xml.rindex(anchor)].count("\n") + 1


@pytest.mark.parametrize("code", sorted(CASES))
def test_fixture_triggers_exactly_its_code(code: str) -> None:
    """The mutated fixture yields this code, no other, at the right line."""
    mutate, anchor = CASES[code]
    xml = mutate(base())
    assert _codes(xml) == {code}
    if anchor is not None:
        lines = {
            d.location.line for d in check(xml.encode("utf-8"))
            if d.code == code
        }
        assert _line_of(xml, anchor) in lines, (lines, anchor)


# The rules of files, not of content: each a file made in a folder.
FILE_CASES: dict[str, Callable[[Path], Path]] = {
    "X006": lambda folder: folder / "missing.xml",
}


@pytest.mark.parametrize("code", sorted(FILE_CASES))
def test_file_fixture_triggers_exactly_its_code(
    code: str, tmp_path: Path
) -> None:
    """A file not read is its one finding, at its path, whatever selected."""
    name = str(FILE_CASES[code](tmp_path))
    for select in ((), ("D003",)):
        [(path, found)] = check_files([name], select=select)
        assert path == name
        assert [(d.code, d.location.path) for d in found] == [(code, name)]


def test_every_rule_has_a_fixture() -> None:
    """No validator rule goes untested."""
    assert set(CASES) | set(FILE_CASES) == (
        {c.code for c in CHECKS} | set(INPUT_RULES)
    )


def test_batch_checks_equal_one_by_one_checks(tmp_path: Path) -> None:
    """check_files (XSD in a thread on the same tree) == check(), per file."""
    paths = []
    for code, (mutate, _) in sorted(CASES.items()):
        suffix = SUFFIXES.get(code, ".xml")
        path = tmp_path / f"{code}{suffix}"
        path.write_bytes(mutate(base()).encode("utf-8", "surrogateescape"))
        paths.append(str(path))
    for jobs in (1, 2):
        batch = dict(check_files(paths, jobs=jobs))
        for path in paths:
            assert batch[path] == check(Path(path)), (jobs, path)


A = f'xmlns="{AKN_NS}"'


@pytest.mark.parametrize(
    ("xml", "eol", "text"),
    [
        (f"<p {A}>one <i>two</i> three</p>", "", "one two three"),
        (f"<p {A}>cited<authorialNote><p>A/75/1.</p></authorialNote>;</p>",
         "", "cited;"),
        (f"<p {A}>a<!-- no -->b<?pi no?>c</p>", "", "abc"),
        (f"<p {A}>line<eol/>next</p>", " ", "line next"),
        (f"<p {A}>line<eol/>next</p>", "", "linenext"),
    ],
    ids=["inline", "note-left-out", "comment-and-pi", "eol", "eol-ignored"],
)
def test_text_without_notes(xml: str, eol: str, text: str) -> None:
    """The text outside notes; comments and PIs give none, ``<eol/>`` eol."""
    assert text_without_notes(etree.fromstring(xml), eol) == text


def test_text_of_a_note_p_is_all_its_text_words_kept_apart() -> None:
    """Inside a note its own text counts; a line break still parts words."""
    note = etree.fromstring(
        f"<p {A}>x<authorialNote><p>one<eol/>two</p></authorialNote></p>"
    )
    inner = note[0][0]
    assert text_without_notes(inner) == "onetwo"
    assert text_without_notes(inner, " ") == "one two"


@pytest.mark.parametrize(
    ("old", "new", "found"),
    [
        # the note after the comma is not the paragraph's ending
        ("Secretary-General,<authorialNote",
         "Secretary-General,\u200e <authorialNote", False),
        ("to remain seized of the matter.", "to remain seized of the matter;",
         True),
        ("to report;", "to report", True),  # no punctuation at all
        ("to report;", "to <i>report</i>!", True),
        ("to report;", "to <i>report;</i>", False),
        # walked back past empty inlines and a comment to the text before
        ("to report;", "to report;<i/> <!-- c --><i></i>", False),
        ("to report;", "to report!<i/> <!-- c --><i></i>", True),
    ],
    ids=["format-mark-and-note", "last-not-full-stop", "unpunctuated",
         "inline-end", "inside-inline", "empty-ends", "empty-ends-wrong"],
)
def test_paragraph_endings(old: str, new: str, found: bool) -> None:
    """D007 reads the last visible character, past notes and format marks."""
    xml = _replace(old, new)(base())
    assert ("D007" in _codes(xml)) is found


@pytest.mark.parametrize(
    ("symbol", "well_formed"),
    [
        ("A/RES/75/196", True),
        ("a/res/75/196", True),  # undocs.org takes any case
        ("S/RES/1373 (2001)", True),
        ("a/c.3/75/l.8/rev.1", True),
        ("A/RES/75//196", False),
        ("\u212a/1", True),  # the Kelvin sign folds to "k": not ASCII
        ("\u212a//1", False),
    ],
)
def test_symbols_are_read_in_any_case(symbol: str, well_formed: bool) -> None:
    """C001 takes a symbol in any case, ASCII or not."""
    assert symbols.well_formed(symbol) is well_formed


@given(st.lists(st.sampled_from([
    "Commission", "Human Rights Council", ". ", "; ", ".", " ", "word",
    "Assembly of", "Health Assembly", "resolution 72/1",
]), max_size=20), st.integers(0, 200))
def test_the_sentence_index_answers_as_a_search_would(
    tokens: list[str], end: int
) -> None:
    """C002's index of sentences and bodies, read once per text, gives
    what a search back from each citation gave (read once per citation)."""
    from akn_un.grammar.citations import OTHER_BODY_RE
    from akn_un.validators.citations import _Sentences

    text = "".join(tokens)
    end = min(end, len(text))
    start = max(text.rfind(". ", 0, end), text.rfind("; ", 0, end))
    expected = bool(OTHER_BODY_RE.search(text, start + 1, end))
    assert _Sentences(text).names_another_body(end) == expected


def test_a_file_name_passed_as_text_is_refused() -> None:
    """check("out.xml") read the name as a document; now it says what to
    pass.  A Path is read; a str is the document's text."""
    name = str(EXAMPLES / "A-RES-75-196.xml")
    for call in (check, is_valid):
        with pytest.raises(ValueError, match="pass Path"):
            call(name)
    assert is_valid(Path(name))
    with pytest.raises(ValueError, match="pass Path"):
        convert(str(EXAMPLES / "A-RES-75-196.md"))


def test_diagnostics_are_one_kind_of_sequence() -> None:
    """A conversion's findings and the checks' add up (both lists)."""
    result = convert(BASE_TEXT)


    found = result.diagnostics + check(result.document(None))
    assert isinstance(found, list)


@pytest.mark.parametrize(
    ("actor", "first", "codes"),
    [("unga-hrc", "2", set()), ("unga-hrc", "3", {"F007"}),
     ("unga", "2", {"F007"}), ("unga", "1", set())],
)
def test_note_numbering_follows_the_organ(
    actor: str, first: str, codes: set[str]
) -> None:
    """The HRC numbers its notes from 2 (a convention, not a lost note);
    other organs from 1. A late start is a warning; no gap is reported."""
    shift = int(first) - 1
    xml = re.sub(
        r'marker="(\d+)"',
        lambda m: f'marker="{int(m[1]) + shift}"',
        base().replace("/unga/", f"/{actor}/"),
    )
    found = {d.code for d in check(xml.encode("utf-8"))}
    assert found & {"F001", "F007"} == codes


@pytest.mark.parametrize("symbol", ["*", "**", "\u2020"])
def test_a_note_marked_with_a_symbol_is_no_finding(symbol: str) -> None:
    """A reissued document's "*" note is the UN's way, not a defect; the
    numbered notes around it are checked as they are."""
    xml = re.sub(
        r'marker="(\d+)"',
        lambda m: f'marker="{int(m[1]) - 1 or symbol}"',
        base(),
    )
    assert _codes(xml) == set()


def test_a_marker_that_is_a_superscript_digit_is_not_a_number() -> None:
    """'²'.isdigit() is true but int('²') fails: F005, not a crash."""
    xml = base().replace('marker="2"', 'marker="²"', 1)
    assert _codes(xml) == {"F005"}


@pytest.mark.parametrize(
    ("eid", "reported"),
    [("para_3", False), ("para_18_list_point_أ_sublist_point_’1‘", False),
     ("para 3", True), ("para_3\u00a0", True), ("para#3", True),
     ("para/3", True), ("3_para", True)],
)
def test_eids_may_keep_a_label_in_its_own_script(
    eid: str, reported: bool
) -> None:
    """The Arabic files keep a point's label, punctuation and all, in its
    eId; a space or an IRI delimiter is still a defect."""
    xml = base().replace('eId="para_3"', f'eId="{eid}"', 1)
    assert ("D006" in _codes(xml)) is reported


@pytest.mark.parametrize(
    ("links", "reported"),
    [
        # split into adjacent links with one target: whole, no finding
        (('<ref href="https://undocs.org/en/A/RES/62/232">62/2</ref>'
          '<ref href="https://undocs.org/en/A/RES/62/232">3</ref>'
          '<ref href="https://undocs.org/en/A/RES/62/232">2</ref>'), False),
        # a target written URL-encoded
        (('<ref href="https://undocs.org/en/A/77/6%20(PLAN%20OUTLINE)">'
          "A/77/6 (Plan outline)</ref>"), False),
        # a joint symbol as the target
        (('<ref href="https://undocs.org/en/E/2015/27-E/CN.6/2015/10">'
          "E/2015/27</ref>"), False),
        # the text right after the link ends its symbol
        ('<ref href="https://undocs.org/en/A/75/271">A/75/</ref>271', False),
        (('<ref href="https://undocs.org/en/A/75/3/Rev.1">A/75/3</ref>'
          "/Rev.1"), False),
        # ... but only with the very characters the target lacks
        ('<ref href="https://undocs.org/en/A/75/145">A/75/14</ref>6', True),
        # last year's document, copied from the previous resolution
        ('<ref href="https://undocs.org/en/A/75/145">A/76/223</ref>', True),
    ],
    ids=["split", "url-encoded", "joint", "tail", "tail-rev", "tail-other",
         "stale"],
)
def test_a_link_s_whole_text_is_compared_with_its_target(
    links: str, reported: bool
) -> None:
    xml = base().replace(
        "the report of the Secretary-General,",
        f"the report of the Secretary-General {links},", 1)
    codes = {d.code for d in check(xml.encode("utf-8"))}
    assert ("C006" in codes) is reported, codes


@pytest.mark.parametrize(
    "symbol", ["GC.20/INF/4", "IDB.48/16/Rev.1", "UNEP(DTIE)/Hg/CONF/4"]
)
def test_symbols_of_un_system_bodies_are_well_formed(symbol: str) -> None:
    """UNIDO's General Conference and Board number their sessions so;
    UNEP names a division in brackets."""
    assert symbols.well_formed(symbol)


def _point_list(labels: list[str]) -> str:
    points = "".join(
        f'<point eId="para_1__list_1__point_{n}"><num>{label}</num>'
        f"<content><p>item;</p></content></point>"
        for n, label in enumerate(labels)
    )
    return (f'<list eId="para_1__list_1"><intro><p>Decides that:</p>'
            f"</intro>{points}</list>")


_LETTERS = [f"({c})" for c in "abcdefghijklmnopqrstuvwxyz"]
_DOUBLE = [f"({c}{c})" for c in "abcdefghij"]


@pytest.mark.parametrize(
    ("labels", "reported"),
    [(_LETTERS + _DOUBLE, False),  # "(ii)" is a letter after "(hh)"
     (["(i)", "(ii)", "(iii)"], False),
     (["(a)", "(b)", "(d)"], True),
     (["(i)", "(ii)", "(iv)"], True)],
    ids=["to-jj", "romans", "skipped-letter", "skipped-roman"],
)
def test_point_labels_are_read_as_letters_or_romans(
    labels: list[str], reported: bool
) -> None:
    xml = base()
    start = xml.index('<content eId="para_1__content">')
    end = xml.index("</content>", start) + len("</content>")
    xml = xml[:start] + _point_list(labels) + xml[end:]
    assert ("D004" in _codes(xml)) is reported


def test_numbering_starts_again_under_a_lettered_paragraph() -> None:
    """The UN marks a heading "E." as a paragraph with a subheading; the
    paragraphs under it are numbered from 1 again: no D003."""
    heading = ('<paragraph eId="para_E"><num>E.</num><subheading>A title'
               "</subheading></paragraph>")
    xml = base().replace('<paragraph eId="para_2">',
                         heading + '<paragraph eId="para_2">', 1).replace(
        "<num>2.</num>", "<num>1.</num>", 1).replace(
        "<num>3.</num>", "<num>2.</num>", 1)
    codes = {d.code for d in check(xml.encode("utf-8"))
             if d.severity is Severity.ERROR}
    assert "D003" not in codes, codes


# D015's pattern as it reads; the validator's opens with its first
# character's class, for speed, and must find exactly the same.
_FURNITURE_AS_IT_READS = re.compile(
    r"\b\d{2}-\d{5}\s*\([A-Z]\)(?:\s+\d{6})?|(?<![\w*])\*\d{7}\*(?![\w*])"
)
_FURNITURE_EDGES = ["", "a", "1", "*", " ", "(", ")", "_", "é", "\n"]
_FURNITURE_PIECES = st.one_of(
    st.tuples(
        st.sampled_from(_FURNITURE_EDGES),
        st.sampled_from([
            "18-18418 (E)", "18-18418(E) 071118", "*1818418*", "18-1841 (E)",
            "*181841*", "18-18418 (e)", "1818418*",
        ]),
        st.sampled_from(_FURNITURE_EDGES),
    ).map("".join),
    st.lists(
        st.sampled_from([
            "18-18418", "1", "8", "-", "(E)", " ", "*", "1818418",
            "071118", "a", "(", ")", "_", "é", "18418 (E)", "*18",
        ]),
        max_size=12,
    ).map("".join),
)


@given(_FURNITURE_PIECES)
def test_page_furniture_pattern_finds_what_it_reads(text: str) -> None:
    from akn_un.validators.extraction import _FURNITURE_RE

    found = _FURNITURE_RE.search(text)
    expected = _FURNITURE_AS_IT_READS.search(text)
    assert (found and found.span()) == (expected and expected.span())


def test_select_given_as_one_string_is_one_code() -> None:
    """``select="D003"`` is rule D003, not the letters D, 0, 0 and 3."""
    from akn_un import check

    text = ("75/1. Admission\n\nThe General Assembly,\n\n1. *Decides* to "
            "admit the State.\n\n3. *Requests* a report.\n\n*1st plenary "
            "meeting\n15 September 2020*\n")  # fmt: skip
    assert {d.code for d in check(text, select="D003")} == {"D003"}
    assert "V010" in {d.code for d in check(text, select=["D003", "V"])}
    assert "D003" not in {d.code for d in check(text, ignore="D003")}


def test_an_ending_is_named_by_its_last_word() -> None:
    """D007 names the word a paragraph ends with ("to"), not its letter."""
    from akn_un import check

    text = ("75/1. Admission\n\nThe General Assembly,\n\n1. *Decides* to "
            "admit the State;\n\n2. *Requests* the Secretary-General to\n\n"
            "*1st plenary meeting\n15 September 2020*\n")  # fmt: skip
    messages = [d.message for d in check(text, select="D007")]
    assert messages == ["operative paragraph ends with 'to'"]


@pytest.mark.parametrize(("code", "message"), [
    ("D004", "(c) follows (a); (b) was expected"),
    ("C007", ('"Treaty Series, vol. 2225 and 2237, No. 39574." is not in '
             'the form "Treaty Series, vol. N, No. N"')),
    ("C006", "link text '72/192' but target 'A/RES/72/193'"),
])  # fmt: skip
def test_a_fixture_s_message_says_what_was_expected(
    code: str, message: str
) -> None:
    mutate, _ = CASES[code]
    found = [d.message for d in check(mutate(base()).encode("utf-8"))
             if d.code == code]
    assert found == [message]


def test_a_link_s_language_is_not_its_symbol_in_either_case() -> None:
    """Some of the UN's Arabic files write undocs.org/AR/…: not a symbol."""
    xml = base().replace("https://undocs.org/en/A/RES/72/192",
                         "https://undocs.org/AR/A/RES/72/193", 1)
    found = [d.message for d in check(xml.encode("utf-8"))
             if d.code == "C006"]
    assert found == ["link text '72/192' but target 'A/RES/72/193'"]
