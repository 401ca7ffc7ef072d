"""Long fuzzing of the text converter and the XML validator (hypothesis).

Runs rounds of randomly seeded examples until the time is up and prints
how many it tried; on a failure it prints the falsifying input and exits 1
(make it a regression test in tests/test_hostile.py)::

    python scripts/fuzz.py text --minutes 10
    python scripts/fuzz.py xml --minutes 10

``text``: arbitrary Unicode, realistic resolutions, and realistic ones
mangled (cut, doubled, spliced, control characters); adversarial symbols
and hrefs; runs of points and lines; long sentences of dated citations.
Each must convert without an exception, in seconds, to XSD-valid XML
that keeps every word (runs of points: in their order).
``xml``: the official 75/196 and arbitrary XML-ish text, mangled (bytes
flipped, cut, tags and DTDs inserted), with adversarial hrefs or many
findings (eIds repeated); ``check``, ``render_text``, ``render_html`` and
``to_json`` must never raise, and answer in seconds.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from resolutions import ga  # noqa: E402
from test_properties import resolutions  # noqa: E402

from akn_un import convert  # noqa: E402
from akn_un.checking import check, load  # noqa: E402
from akn_un.core.resources import load_xsd  # noqa: E402
from akn_un.measure.compare import lost_words, words  # noqa: E402
from akn_un.render import render_text  # noqa: E402
from akn_un.render.html import render_html  # noqa: E402
from akn_un.render.json import to_json  # noqa: E402

SEED_XML = (ROOT / "examples" / "A-RES-75-196.xml").read_bytes()
ROUND = settings(
    max_examples=200,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)


@st.composite
def mangled(draw: st.DrawFn, source: st.SearchStrategy[str]) -> str:
    """A text cut, doubled, spliced or sprinkled with odd characters."""
    text = draw(source)
    for _ in range(draw(st.integers(0, 4))):
        where = draw(st.integers(0, len(text)))
        action = draw(st.sampled_from(["cut", "double", "insert", "drop"]))
        if action == "cut":
            text = text[:where]
        elif action == "double":
            text = text[:where] + text[where // 2 : where] + text[where:]
        elif action == "insert":
            odd = draw(st.sampled_from([
                "\x00", "\x0b", "\ufeff", "\u200b", "\u00a0", "\r", "\t",
                "*", "**", "[", "](#)", "¹", "⁹⁹", "\n\n", "(a) ", "I\n\n",
                "Annex\n\n", "| a | b |\n", "1. ", "\ud800", "\\",
            ]))  # fmt: skip
            text = text[:where] + odd + text[where:]
        else:
            text = text[:where] + text[where + 7 :]
    return text


# Pieces an adversary repeats in a symbol: overlapping digit runs,
# dotted parts, parentheses.
SYMBOL_PIECES = ["/1234", "/12", "/A.IV", "/L.8", " (Supp)", "(2001)", "/"]
POINT_BLOCKS = [
    "(a) Alpha one:", "(b) Beta two;", "(i) Iota three;", "(ii) Iota four;",
    "(A) Capital five;", "Plain six seven;", "and eight nine;",
    "(aa) Double ten;", "\u2022 Bullet eleven;",
]
BUDGET = 20.0  # seconds an input may take: more is a hang


@st.composite
def symbols(draw: st.DrawFn) -> str:
    """A symbol of runs of one piece, as an adversary writes it."""
    runs = draw(st.lists(st.tuples(st.sampled_from(SYMBOL_PIECES),
                                   st.integers(1, 40)), min_size=1,
                         max_size=3))
    end = draw(st.sampled_from(["!", "", "//", "/("]))
    return "A" + "".join(piece * times for piece, times in runs) + end


@st.composite
def with_symbols(draw: st.DrawFn) -> str:
    """A resolution citing and linking an adversarial symbol."""
    symbol = draw(symbols())
    return ga(f"Recalling [see](https://undocs.org/en/{symbol}) and "
              f"[{symbol}](#) and resolution {symbol},\n\n1. *Decides*.")


@st.composite
def points(draw: st.DrawFn) -> str:
    """A paragraph with a run of points and lines."""
    blocks = draw(st.lists(st.sampled_from(POINT_BLOCKS), max_size=8))
    return ga("1. *Decides*:\n\n" + "\n\n".join(blocks)
              + "\n\n2. *Requests* more.")


@st.composite
def citations(draw: st.DrawFn) -> str:
    """One sentence of many dated citations."""
    count = draw(st.integers(1, 3000))
    cites = ", ".join(
        f"resolution {60 + i % 15}/{i % 200 + 1} of {1 + i % 27} December "
        f"{2006 + i % 15}"
        for i in range(count)
    )
    return ga(f"Recalling {cites},\n\n1. *Decides*.")


# Texts, each "strict" (well formed: its words must come out in their
# order) or "loose" (mangled: its words must come out at all).
TEXTS = st.one_of(
    st.tuples(st.text(max_size=2000), st.just("loose")),
    st.tuples(resolutions().map(lambda g: g.text), st.just("loose")),
    st.tuples(mangled(resolutions().map(lambda g: g.text)),
              st.just("loose")),
    st.tuples(st.one_of(with_symbols(), citations(), points()),
              st.just("strict")),
)


def _text_round() -> None:
    @ROUND
    @given(TEXTS)
    def run(case: tuple[str, str]) -> None:
        text, kind = case
        began = time.monotonic()
        result = convert(text, symbol="A/RES/75/1",
                         adoption_date=dt.date(2020, 9, 15))
        assert time.monotonic() - began < BUDGET, text[:200]
        if kind == "strict" and "V018" not in {
                d.code for d in result.diagnostics}:
            assert lost_words(text, result.tree) is None
        schema = load_xsd()
        assert schema.validate(result.tree), schema.error_log
        root = result.tree.getroot()
        kept = words(" ".join(root.itertext()))
        # the converter adds nothing but editorial lines and metadata
        assert set(words(text.replace("\ufffd", " "))) <= set(kept) | set(
            words(text)
        )

    run()


@st.composite
def xml_bytes(draw: st.DrawFn) -> bytes:
    """The seed's XML with bytes flipped, cut, dropped, or hostile bits.

    Also an adversarial href, or the body repeated with every eId alike.
    """
    data = draw(st.sampled_from([SEED_XML, SEED_XML[:20000]]))
    if draw(st.booleans()):
        href = f"https://undocs.org/en/{draw(symbols())}".encode()
        data = data.replace(b"https://undocs.org/en/A/RES/73/183", href, 1)
    if draw(st.integers(0, 9)) == 0:
        start = data.find(b"<mainBody>") + len(b"<mainBody>")
        end = data.find(b"</mainBody>")
        if 0 < start < end:
            body = re.sub(rb'eId="[^"]*"', b'eId="same"', data[start:end])
            data = data[:start] + body * draw(st.integers(2, 60)) + (
                data[end:])
    for _ in range(draw(st.integers(1, 5))):
        where = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["flip", "cut", "insert", "drop"]))
        if action == "flip":
            data = data[:where] + bytes([draw(st.integers(0, 255))]) + (
                data[where + 1 :])
        elif action == "cut":
            data = data[:where]
        elif action == "insert":
            piece = draw(st.sampled_from([
                b"<p>", b"</p>", b"<authorialNote marker='1'>", b"&x;",
                b'<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
                b"<?xml-stylesheet href='http://127.0.0.1:9/x.xsl'?>",
                (b'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" '
                 b'href="/etc/passwd" parse="text"/>'), b"\x00", b"\xff\xfe",
                b' eId="para_1"', b"<num>", b"]]>", b"<![CDATA[",
            ]))  # fmt: skip
            data = data[:where] + piece + data[where:]
        else:
            data = data[:where] + data[where + 40 :]
    return data


def _xml_round() -> None:
    @ROUND
    @given(st.one_of(xml_bytes(), st.binary(max_size=500),
                     st.text(max_size=500).map(str.encode)))
    def run(data: bytes) -> None:
        began = time.monotonic()
        found = check(data)
        assert time.monotonic() - began < BUDGET
        assert all(d.code for d in found)
        document, _ = load(data)
        if document is not None:
            render_text(document.tree)
            render_html(document.tree, diagnostics=found)
            to_json(document.tree)
        if b"root:" not in data:  # /etc/passwd never read into a message
            assert "root:" not in str(found)

    run()


def main(argv: list[str] | None = None) -> int:
    """Fuzz one target until the time is up."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("target", choices=("text", "xml"))
    parser.add_argument("--minutes", type=float, default=10.0)
    args = parser.parse_args(argv)
    round_ = _text_round if args.target == "text" else _xml_round
    began = time.monotonic()
    rounds = 0
    while time.monotonic() - began < args.minutes * 60:
        round_()
        rounds += 1
    minutes = (time.monotonic() - began) / 60
    print(f"{args.target}: {rounds} rounds of {ROUND.max_examples} examples "
          f"({rounds * ROUND.max_examples} inputs) in {minutes:.1f} minutes, "
          f"no failure")
    return 0


if __name__ == "__main__":
    sys.exit(main())
