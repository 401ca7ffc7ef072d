"""The lead-phrase vocabulary: derived from the UN's files, and honest."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest
from akn import container_names
from conftest import CORPUS, OFFICIAL, ROOT, SEED, shared
from lxml import etree

import akn_un.converter.builder
from akn_un import convert
from akn_un.converter.vocabulary import Vocabulary


def _script() -> ModuleType:
    path = ROOT / "scripts" / "derive_lead_phrases.py"
    spec = importlib.util.spec_from_file_location("derive", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["derive"] = module
    spec.loader.exec_module(module)
    return module


def test_shipped_vocabulary_is_what_the_corpus_gives() -> None:
    """The data files equal what the script derives from the 339 files."""
    assert _script().main([str(shared(CORPUS)), "--check"]) == 0


def test_lead_phrases_without_the_seeds_own_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Leave-one-out: a vocabulary without 75/196's file still gets >= 95%.

    The shipped vocabulary includes the seed's own official file; this
    measures the converter as it would do on a resolution it never saw.
    """
    corpus = shared(CORPUS)
    for path in corpus.glob("*.xml"):
        if path.name != "75_196_E.xml":
            (tmp_path / path.name).symlink_to(path)
    preambular, operative = _script().derive(tmp_path)
    vocabularies = {
        "preambular": Vocabulary.of(dict(preambular)),
        "operative": Vocabulary.of(dict(operative)),
    }
    monkeypatch.setattr(akn_un.converter.builder, "load", vocabularies.get)
    result = convert(SEED.read_text(encoding="utf-8"))
    ours = container_names(result.tree)
    theirs = container_names(etree.parse(str(shared(OFFICIAL))))
    matched = sum(a == b for a, b in zip(ours, theirs, strict=True))
    assert matched / len(theirs) >= 0.95, Counter(
        (a, b) for a, b in zip(ours, theirs, strict=True) if a != b
    )
