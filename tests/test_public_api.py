"""The package's public names: each loads, and the README shows each."""

from __future__ import annotations

import pytest
from conftest import ROOT

import akn_un


@pytest.mark.parametrize("name", akn_un.__all__)
def test_every_public_name_loads(name: str) -> None:
    assert getattr(akn_un, name) is not None


@pytest.mark.parametrize("name", akn_un.__all__)
def test_the_readme_documents_every_public_name(name: str) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"`{name}`" in readme or f"import {name}" in readme or (
        f", {name}" in readme
    ), name


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        _ = akn_un.nothing  # type: ignore[attr-defined]
