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

import akn_un.converter.parse.document
from akn_un import convert
from akn_un.grammar.vocabulary import Vocabulary, load


def _script() -> ModuleType:
    path = ROOT / "scripts" / "derive_lead_phrases.py"
    spec = importlib.util.spec_from_file_location("derive", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["derive"] = module
    spec.loader.exec_module(module)
    return module


# Each language's official files: the Assembly's resolutions and
# decisions, the Council's statements (English only) and drafts.
VOCABULARY_CORPORA = {
    "eng": ("ga75", "ga-decisions-76", "sc-prst-2016-2018", "sc-drafts-2023"),
    **{
        language: (f"ga75-{tag}", f"ga-decisions-76-{tag}",
                   f"sc-drafts-2023-{tag}")
        for language, tag in (("fra", "fr"), ("spa", "es"), ("rus", "ru"),
                              ("ara", "ar"), ("zho", "zh"))
    },
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(VOCABULARY_CORPORA))
def test_shipped_vocabulary_is_what_the_corpus_gives(language: str) -> None:
    """Each language's data files equal what the script derives from its
    official files of every type."""
    folders = [str(shared(CORPUS.parent / corpus))
               for corpus in VOCABULARY_CORPORA[language]]
    assert _script().main([*folders, "--language", language, "--check"]) == 0


@pytest.mark.parametrize(
    ("language", "text", "phrase"),
    [
        # a rare extension with a function word yields to a common phrase
        ("rus", "ссылаясь на свою резолюцию", "ссылаясь"),
        ("ara", "وإذ تشير إلى قرارها", "وإذ تشير"),
        ("fra", "Rappelant en outre sa résolution", "Rappelant en outre"),
        # Arabic vowel marks do not count; the Arabic comma ends a phrase
        ("ara", "وإذ تسلِّم بأن", "وإذ تسلِّم"),
        ("ara", "وإذ تضع في اعتبارها، في ذلك", "وإذ تضع في اعتبارها"),
    ],
)
def test_each_language_s_phrases_are_found_without_italics(
    language: str, text: str, phrase: str
) -> None:
    """As a plain extraction gives the text: the vocabulary alone."""
    end = load("preambular", language).match(text)
    assert end is not None
    assert text[:end] == phrase


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("决定在大会第七十七届会议", "决定"),
        ("又决定将题为", "又决定"),
        ("回顾其关于", "回顾"),  # "回顾其" is rare beside "回顾"
        ("强调指出必须", "强调指出"),
        ("联合国", None),
    ],
)
def test_chinese_phrases_are_prefixes(text: str, phrase: str | None) -> None:
    """Chinese has no spaces: a phrase is the longest known prefix, but a
    rare extension yields to a common shorter phrase."""
    vocabulary = Vocabulary.of(
        {"决定": 311, "又决定": 67, "回顾": 740, "回顾其": 2, "强调": 149,
         "强调指出": 112}, spaced=False)  # fmt: skip
    end = vocabulary.match(text)
    assert (None if end is None else text[:end]) == phrase


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
    preambular, operative = _script().derive([tmp_path])
    vocabularies = {
        "preambular": Vocabulary.of(dict(preambular)),
        "operative": Vocabulary.of(dict(operative)),
    }
    monkeypatch.setattr(akn_un.converter.parse.document, "load", vocabularies.get)
    result = convert(SEED.read_text(encoding="utf-8"))
    ours = container_names(result.tree)
    theirs = container_names(etree.parse(str(shared(OFFICIAL))))
    matched = sum(a == b for a, b in zip(ours, theirs, strict=True))
    assert matched / len(theirs) >= 0.95, Counter(
        (a, b) for a, b in zip(ours, theirs, strict=True) if a != b
    )
