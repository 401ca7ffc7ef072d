"""The result cache: a repeat run reports exactly what a fresh one does."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CORPUS, EXAMPLES, shared
from processes import run_here
from test_validators import CASES, SUFFIXES, base

from akn_un.app import cache as cache_module
from akn_un.app.cache import ResultCache, default_folder

GOOD = EXAMPLES / "A-RES-75-196.xml"


def _validate(*argv: str, stdin: str = "") -> tuple[int, str, str]:
    return run_here(["validate", *argv], stdin=stdin)


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder of this test's own."""
    cache = tmp_path / "cache"
    monkeypatch.setenv("AKN_UN_CACHE_DIR", str(cache))
    return cache


def _entries(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.json") if p.name != "rules.json")


@pytest.fixture
def files(tmp_path: Path) -> Path:
    """A folder with a file breaking each rule, and a text source."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for code, (mutate, _) in sorted(CASES.items()):
        suffix = SUFFIXES.get(code, ".xml")
        (docs / f"{code}{suffix}").write_bytes(
            mutate(base()).encode("utf-8", "surrogateescape")
        )
    (docs / "seed.md").write_bytes((EXAMPLES / "A-RES-75-196.md").read_bytes())
    return docs


@pytest.mark.parametrize("form", ["text", "json", "sarif", "github"])
def test_a_repeat_run_reports_what_a_fresh_one_does(
    folder: Path, files: Path, form: str
) -> None:
    fresh = _validate("--no-cache", "--format", form, str(files))
    assert not folder.exists()  # --no-cache writes nothing
    first = _validate("--format", form, str(files))
    assert len(_entries(folder)) == len(list(files.iterdir()))
    repeat = _validate("--format", form, str(files))
    assert fresh == first == repeat
    assert fresh[0] == 2  # X003.md and X005.pdf are not read


def test_the_corpus_from_the_cache_is_the_corpus_checked(
    folder: Path,
) -> None:
    """All 339 UN files: every finding, location and message the same."""
    corpus = str(shared(CORPUS))
    fresh = _validate("--no-cache", "--format", "json", corpus)
    _validate(corpus)
    assert len(_entries(folder)) == 339
    repeat = _validate("--format", "json", corpus)
    assert json.loads(repeat[1]) == json.loads(fresh[1])
    assert repeat[0] == fresh[0]


def test_a_hit_loads_no_checks_and_no_xml_parser(folder: Path) -> None:
    """The point of the cache: no lxml, no XSD, no validators on a hit."""
    script = (
        "import sys\n"
        "from akn_un.app.cli import main\n"
        "status = main(['validate', sys.argv[1]])\n"
        "heavy = sorted(m for m in sys.modules if m.startswith(('lxml', "
        "'akn_un.validators', 'akn_un.converter.api', 'cobalt')))\n"
        "print(status, heavy)\n"
    )

    def loaded() -> str:
        done = subprocess.run(
            [sys.executable, "-c", script, str(GOOD)],
            capture_output=True, text=True, check=True,
            env={**os.environ, "AKN_UN_CACHE_DIR": str(folder)},
        )  # fmt: skip
        return done.stdout.strip()

    assert loaded().startswith("0 ['akn_un.validators")  # a miss loads all
    assert loaded() == "0 []"


def test_a_changed_file_is_checked_again(folder: Path, tmp_path: Path) -> None:
    path = tmp_path / "r.xml"
    good = GOOD.read_text(encoding="utf-8")
    path.write_text(good, encoding="utf-8")
    assert _validate(str(path))[0] == 0
    path.write_text(good.replace('marker="2"', 'marker="20"'), "utf-8")
    status, out, _ = _validate(str(path))
    assert status == 1
    assert "F001" in out
    path.write_text(good, encoding="utf-8")
    assert _validate(str(path)) == _validate("--no-cache", str(path))
    assert len(_entries(folder)) == 2  # one entry per content


def test_a_moved_file_is_reported_where_it_is_now(
    folder: Path, files: Path
) -> None:
    before = _validate(str(files / "F001.xml"))[1]
    moved = files.parent / "elsewhere.xml"
    (files / "F001.xml").rename(moved)
    after = _validate(str(moved))[1]
    assert after == before.replace(str(files / "F001.xml"), str(moved))
    assert len(_entries(folder)) == 1  # the same content: a hit


def test_the_rule_selection_is_part_of_the_key(
    folder: Path, files: Path
) -> None:
    everything = _validate(str(files / "F001.xml"))
    some = _validate("--ignore", "F", str(files / "F001.xml"))
    assert "F001" in everything[1]
    assert "F001" not in some[1]
    assert some == _validate("--ignore", "F", str(files / "F001.xml"))
    assert len({p.parent for p in _entries(folder)}) == 2


def test_a_broken_entry_is_a_miss_and_is_rewritten(
    folder: Path, files: Path
) -> None:
    first = _validate(str(files))
    for entry in _entries(folder):
        entry.write_text('[["F001", "nonsense"', encoding="utf-8")
    (next(folder.rglob("rules.json"))).write_text("{", encoding="utf-8")
    assert _validate(str(files)) == first
    assert all(json.loads(p.read_bytes()) is not None
               for p in _entries(folder))
    assert _validate(str(files)) == first


def test_a_cache_that_cannot_be_written_is_no_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("AKN_UN_CACHE_DIR", str(blocker))
    assert _validate(str(files)) == _validate("--no-cache", str(files))


def test_stdin_is_never_kept(folder: Path) -> None:
    text = GOOD.read_text(encoding="utf-8")
    assert _validate("-", stdin=text)[0] == 0
    assert _validate("-", stdin=text.replace("<akomaNtoso", "<x"))[0] == 1
    assert _entries(folder) == []


def test_a_file_changed_while_checked_is_not_kept(tmp_path: Path) -> None:
    path = tmp_path / "r.xml"
    path.write_bytes(GOOD.read_bytes())
    results = ResultCache.open(tmp_path / "cache")
    assert results.lookup([str(path)]).misses == [str(path)]
    path.write_bytes(GOOD.read_bytes() + b"\n")
    results.store(str(path), [])
    assert _entries(tmp_path / "cache") == []


def test_the_setup_changes_with_akn_un_s_own_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An edited checkout (same version) must not reuse old results."""
    module = tmp_path / "checks.py"
    module.write_text("A = 1\n", encoding="utf-8")
    monkeypatch.setattr(cache_module, "_package_files", lambda _: [module])
    before = ResultCache.open(tmp_path).folder
    module.write_text("A = 22\n", encoding="utf-8")
    assert ResultCache.open(tmp_path).folder != before
    assert ResultCache.open(tmp_path, ignore=("D",)).folder != (
        ResultCache.open(tmp_path).folder
    )


def test_only_the_setups_used_last_are_kept(tmp_path: Path) -> None:
    """Each edit of akn-un (or rule selection) is a new setup folder; the
    oldest go when one is made, those used last stay."""
    base = tmp_path / "cache"
    versions = base / f"v{cache_module.FORMAT}"
    for index in range(12):
        old = versions / f"setup{index:02}"
        old.mkdir(parents=True)
        (old / "entry.json").write_text("[]", encoding="utf-8")
        (old / cache_module.MARKER).write_bytes(b"")
        os.utime(old, (1_000_000 + index, 1_000_000 + index))
    path = tmp_path / "r.xml"
    path.write_bytes(GOOD.read_bytes())
    results = ResultCache.open(base)
    results.lookup([str(path)])
    results.store(str(path), [])
    kept = sorted(p.name for p in versions.iterdir())
    assert len(kept) == cache_module.KEPT_SETUPS
    assert results.folder.name in kept
    assert "setup11" in kept
    assert "setup04" not in kept


def test_pruning_leaves_what_akn_un_did_not_make(tmp_path: Path) -> None:
    """AKN_UN_CACHE_DIR may name a folder with other things in it: only
    setup folders with akn-un's marker are ever removed."""
    base = tmp_path / "mine"
    versions = base / f"v{cache_module.FORMAT}"
    for index in range(12):
        other = versions / f"photos{index:02}"
        other.mkdir(parents=True)
        (other / "holiday.jpg").write_bytes(b"precious")
        os.utime(other, (1_000_000 + index, 1_000_000 + index))
    path = tmp_path / "r.xml"
    path.write_bytes(GOOD.read_bytes())
    results = ResultCache.open(base)
    results.lookup([str(path)])
    results.store(str(path), [])
    assert len(list(versions.glob("photos*/holiday.jpg"))) == 12


@pytest.mark.parametrize("kind", ["fifo", "device", "deep", "huge"])
def test_an_entry_that_is_no_file_is_a_miss(tmp_path: Path, kind: str) -> None:
    """A FIFO, a link to a device, JSON nested too deep or an entry too
    large: a miss, checked afresh, never a hang, a flood or exit 3."""
    path = tmp_path / "r.xml"
    path.write_bytes(GOOD.read_bytes())
    results = ResultCache.open(tmp_path / "cache")
    results.lookup([str(path)])
    results.store(str(path), [])
    [entry] = _entries(tmp_path / "cache")
    entry.unlink()
    if kind == "fifo":
        os.mkfifo(entry)
    elif kind == "device":
        entry.symlink_to("/dev/zero")
    elif kind == "deep":
        entry.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    else:
        with entry.open("wb") as handle:
            handle.truncate(cache_module.MAX_ENTRY + 1)
    again = ResultCache.open(tmp_path / "cache")
    assert again.lookup([str(path)]).misses == [str(path)]


@pytest.mark.parametrize(
    ("variables", "expected"),
    [
        ({"AKN_UN_CACHE_DIR": "/x/akn"}, "/x/akn"),
        ({"XDG_CACHE_HOME": "/x/cache"}, "/x/cache/akn-un"),
        ({}, str(Path.home() / ".cache" / "akn-un")),
    ],
)
def test_the_default_folder(
    monkeypatch: pytest.MonkeyPatch, variables: dict[str, str], expected: str
) -> None:
    monkeypatch.delenv("AKN_UN_CACHE_DIR", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    if sys.platform == "linux":
        assert str(default_folder()) == expected

