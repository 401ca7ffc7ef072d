"""Shared fixtures: the UN's files in ../shared, skipped where absent."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from lxml import etree

from akn_un.core.document import safe_parser
from akn_un.measure.roundtrip import RoundTrip, round_trip

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"
SEED = EXAMPLES / "A-RES-75-196.md"
OFFICIAL = SHARED / "akn4un" / "GA_A-RES-75-196_eng.xml"
CORPUS = SHARED / "corpus" / "ga75"
SHARED_XSD = SHARED / "akn-schema" / "akomantoso30.xsd"

# The suite is repeatable: every run tries the same examples, so that a
# red run is the change's, not the draw's. HYPOTHESIS_PROFILE=explore
# draws new ones (and keeps what fails in .hypothesis/).
settings.register_profile("repeatable", derandomize=True, database=None)
settings.register_profile("explore", max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))


@pytest.fixture(scope="session", autouse=True)
def _private_result_cache(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Path]:
    """The result cache of every command a test runs: a folder of its own,
    never the user's (and shared by the commands of one test run)."""
    folder = tmp_path_factory.mktemp("akn-un-cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("AKN_UN_CACHE_DIR", str(folder))
        yield folder


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite examples/*.xml from the converter's output",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


def shared(path: Path) -> Path:
    """``path`` under ../shared, or skip the test with the reason."""
    if not path.exists():
        pytest.skip(f"{path} is absent: the UN reference files live in "
                    f"../shared, next to a checkout of this repository")
    return path


@pytest.fixture(scope="session")
def corpus_trips() -> list[RoundTrip]:
    """convert(render(official)) for each of the 339 corpus files, once."""
    files = sorted(shared(CORPUS).glob("*.xml"))
    assert len(files) == 339
    return [
        round_trip(etree.parse(str(path), safe_parser()), path.name)
        for path in files
    ]
