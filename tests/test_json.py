"""The JSON export: valid against its schema, the same content as the XML."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from conftest import CORPUS, EXAMPLES, SEED, shared
from lxml import etree

from akn_un import to_json
from akn_un.app.cli import main
from akn_un.core.resources import json_schema
from akn_un.measure.roundtrip import RoundTrip
from akn_un.validators._text import text_without_notes

AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
NS = {"a": AKN}
NOTE = f"{{{AKN}}}authorialNote"
VALIDATOR = jsonschema.Draft202012Validator(json_schema("resolution"))


def _fold(text: str) -> str:
    return " ".join(text.split())


def _blocks(blocks: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for block in blocks:
        yield block
        yield from _blocks(block.get("children", []))


def same_content(tree: etree._ElementTree, data: dict[str, Any]) -> None:
    """Field by field, what the JSON says is what the XML holds."""
    root = tree.getroot()
    work = root.find(".//a:FRBRWork/a:FRBRuri", NS)
    assert work is not None
    assert data["metadata"]["work"] == work.get("value")
    adopted = root.find(".//a:FRBRWork/a:FRBRdate", NS)
    assert adopted is not None
    assert data["metadata"]["adopted"] == adopted.get("date")
    by_id: dict[str | None, list[etree._Element]] = {}
    for element in root.iter():
        if element.get("eId"):  # unique per statement, not per file
            by_id.setdefault(element.get("eId"), []).append(element)
    containers = [
        c for c in root.iter(f"{{{AKN}}}container")
        if c.getparent() is not None
        and c.getparent().tag == f"{{{AKN}}}preamble"  # type: ignore[union-attr]
    ]
    preamble = [p for part in data["parts"] for p in part["preamble"]]
    assert len(preamble) == len(containers)
    for entry, container in zip(preamble, containers, strict=True):
        texts = [
            text_without_notes(p) for p in container.iter(f"{{{AKN}}}p")
            if not any(a.tag == NOTE for a in p.iterancestors())
        ]
        assert entry["text"] == _fold(" ".join(t for t in texts if t.strip()))
    for part in data["parts"]:
        for block in _blocks(part["body"] + [
            b for annex in part["annexes"] for b in annex["body"]
        ]):
            if "id" in block and "number" in block:
                numbers = [
                    _fold("".join(num.itertext()))
                    for element in by_id[block["id"]]
                    if (num := element.find("a:num", NS)) is not None
                ]
                assert block["number"] in numbers
    notes = list(root.iter(f"{{{AKN}}}authorialNote"))
    assert [n["marker"] for n in data["footnotes"]] == [
        n.get("marker") for n in notes]
    for entry, note in zip(data["footnotes"], notes, strict=True):
        assert entry["text"] == _fold(" ".join(
            text_without_notes(p) for p in note.iterfind("a:p", NS)))
    links = [
        link for link in root.iter(f"{{{AKN}}}ref", f"{{{AKN}}}a")
        if not any(a.tag == f"{{{AKN}}}meta" for a in link.iterancestors())
    ]
    assert [c["target"] for c in data["citations"]] == [
        link.get("href") for link in links]


def test_the_seed_as_json() -> None:
    """Valid; metadata, leads, points of a list, notes and their anchors."""
    tree = etree.parse(str(EXAMPLES / "A-RES-75-196.xml"))
    data = to_json(tree)
    VALIDATOR.validate(data)
    same_content(tree, data)
    assert data["metadata"]["symbol"] == "A/RES/75/196"
    part = data["parts"][0]
    assert part["titles"] == [{"number": "75/196", "text": part["titles"][0]
                               ["text"]}]
    assert part["preamble"][1]["lead"] == "Reaffirming also"
    assert part["body"][0] == {
        "id": "para_1", "type": "paragraph", "number": "1.",
        "text": part["body"][0]["text"], "lead": "Takes note with appreciation",
    }
    assert data["footnotes"][34]["anchor"] == {
        "in": "para_1", "after": "prepared pursuant to resolution 74/177;"}
    assert part["closing"] == ["46th plenary meeting", "16 December 2020"]


def test_convert_to_json_on_the_command_line(tmp_path: Path) -> None:
    output = tmp_path / "seed.json"
    assert main(["convert", str(SEED), "--to", "json", "-o", str(output)]) == 0
    data = json.loads(output.read_text(encoding="utf-8"))
    VALIDATOR.validate(data)
    assert data["metadata"]["number"] == "75-196"


def test_the_schema_refuses_what_it_should() -> None:
    """A missing field, a wrong type, an unknown key: each refused."""
    data = to_json(etree.parse(str(EXAMPLES / "A-RES-75-196.xml")))
    for broken in (
        {k: v for k, v in data.items() if k != "footnotes"},
        {**data, "version": 2},
        {**data, "extra": True},
        {**data, "metadata": {**data["metadata"], "adopted": "16/12/2020"}},
    ):
        assert not VALIDATOR.is_valid(broken)


def test_every_corpus_round_trip_as_json(
    corpus_trips: list[RoundTrip],
) -> None:
    """Each converted file of the 339: valid JSON, the XML's content."""
    for trip in corpus_trips:
        if trip.error is not None:
            continue  # refused (tests/test_roundtrip.py counts them)
        assert trip.converted is not None, trip.name
        data = to_json(trip.converted)
        VALIDATOR.validate(data)
        same_content(trip.converted, data)


@pytest.mark.parametrize("name", ["75_129_E.xml", "75_101A-B_E.xml"])
def test_official_files_as_json(name: str) -> None:
    """The UN's own files export too, with their annexes and parts."""
    tree = etree.parse(str(shared(CORPUS / name)))
    data = to_json(tree)
    VALIDATOR.validate(data)
    same_content(tree, data)
    assert data["parts"][0]["annexes"] or len(data["parts"]) == 2


@pytest.mark.parametrize("language", ["zh", "ar"])
def test_lead_phrases_in_every_language(language: str) -> None:
    """Chinese sets its lead phrases in bold; JSON gives them all the same.

    The UN's Chinese 75/196 has them; ours of the Arabic does too.
    """
    from akn_un import convert, render_text, to_json

    folder = shared(CORPUS.parent / f"ga75-{language}")
    letter = {"zh": "C", "ar": "A"}[language]
    official = etree.parse(str(folder / f"75_196_{letter}.xml"))
    document = official if language == "zh" else convert(
        render_text(official)).tree
    data = to_json(document)
    blocks = [b for part in data["parts"]
              for b in [*part.get("preamble", []), *part.get("body", [])]]
    assert sum(1 for b in blocks if b.get("lead")) == len(blocks) == 143
