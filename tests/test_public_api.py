"""The package's public names: each loads, and the README shows each."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import EXAMPLES, ROOT

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


def test_the_renderers_read_a_path_as_check_does() -> None:
    from akn_un import check, render_html, render_text, to_json

    path = EXAMPLES / "A-RES-75-196.xml"
    assert to_json(path)["metadata"]["symbol"] == "A/RES/75/196"
    assert render_text(path).startswith("United Nations")
    assert "<html" in render_html(path)
    assert check(path) == []
    with pytest.raises(TypeError, match="or a path"):
        render_text(str(path))  # type: ignore[arg-type]


def test_invalid_document_is_an_akn_un_error_that_names_its_first() -> None:
    import akn_un

    with pytest.raises(akn_un.AknUnError) as raised:
        akn_un.validate(b"<akomaNtoso/>")
    assert isinstance(raised.value, akn_un.InvalidDocument)
    assert str(raised.value).startswith("1 error; the first: ")
    assert "X002" in str(raised.value)


def test_dir_lists_the_api() -> None:
    import akn_un

    assert "TYPE_CHECKING" not in dir(akn_un)
    assert {"check", "convert", "to_json"} <= set(dir(akn_un))


@pytest.mark.parametrize("call", [
    akn_un.convert, akn_un.check, akn_un.render_text, akn_un.to_json,
    akn_un.render_html, akn_un.is_valid,
])
def test_a_missing_file_is_a_file_not_found_error(
    call: object, tmp_path: Path
) -> None:
    """The standard exception for a path to no file, and ours too."""
    missing = tmp_path / "nope.xml"
    with pytest.raises(FileNotFoundError) as raised:
        call(missing)  # type: ignore[operator]
    assert isinstance(raised.value, akn_un.AknUnError)
    assert raised.value.filename == str(missing)
    assert str(raised.value) == (
        f"cannot read {missing}: No such file or directory")
