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


_NO_NUMBER = "The General Assembly,\n\n1. *Decides* to act.\n"


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    """A folder: a resolution, a text without its number, a README."""
    folder = tmp_path / "resolutions"
    folder.mkdir()
    (folder / "a.md").write_bytes((EXAMPLES / "A-RES-75-196.md").read_bytes())
    (folder / "b.md").write_text(_NO_NUMBER, encoding="utf-8")
    (folder / "README.md").write_text("# Our resolutions\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("jobs", [1, 2])
def test_convert_many_gives_each_file_a_typed_outcome(
    sources: Path, jobs: int
) -> None:
    from akn_un import FileStatus, convert_many

    seen: list[str] = []
    results = convert_many(
        [sources], validate=True, jobs=jobs,
        progress=lambda r: seen.append(r.source),
    )  # fmt: skip
    assert [(Path(r.source).name, r.status) for r in results] == [
        ("a.md", FileStatus.WRITTEN), ("b.md", FileStatus.REFUSED)]
    assert seen == [r.source for r in results]
    assert (sources / "a.xml").read_bytes() == (
        EXAMPLES / "A-RES-75-196.xml").read_bytes()
    assert results[0].errors == []
    assert "adoption date" in (results[1].error or "")
    checked = convert_many([sources / "a.md"], check=True)
    assert [r.status for r in checked] == [FileStatus.UNCHANGED]


def test_convert_many_refuses_what_it_cannot_do(sources: Path) -> None:
    from akn_un import convert_many

    with pytest.raises(ValueError, match="to='pdf'"):
        convert_many([sources], to="pdf")
    with pytest.raises(ValueError, match="fix=True goes with check=True"):
        convert_many([sources], fix=True)


def test_check_many_gives_each_file_its_findings(sources: Path) -> None:
    from akn_un import FileCheck, check_many, convert_many

    convert_many([sources])
    missing = sources / "gone.xml"
    results = check_many([sources, missing], select=["D", "X"])
    assert [Path(r.path).name for r in results] == [
        "a.xml", "b.md", "gone.xml"]
    assert all(isinstance(r, FileCheck) for r in results)
    assert [r.read for r in results] == [True, True, False]
    assert results[0].diagnostics == []
    assert [d.code for d in results[2].diagnostics] == ["X006"]


@pytest.mark.parametrize("select", [["Z999"], "D0", ["D", "Q"]])
def test_a_selection_that_names_no_rule_is_a_value_error(
    select: str | list[str],
) -> None:
    from akn_un import check, check_many, is_valid

    wrong = {"D0": None, "Q": "'Q'"}.get(
        select if isinstance(select, str) else select[-1], "'Z999'")
    for call in (check, is_valid):
        if wrong is None:
            call(EXAMPLES / "A-RES-75-196.xml", select=select)
            continue
        with pytest.raises(ValueError, match=f"no rule is {wrong}"):
            call(EXAMPLES / "A-RES-75-196.xml", select=select)
    if wrong is not None:
        with pytest.raises(ValueError, match=f"no rule is {wrong}"):
            check_many([EXAMPLES], select=select)
