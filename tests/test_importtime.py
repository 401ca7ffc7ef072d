"""benchmarks/importtime.py: reading Python's ``-X importtime`` report."""

from __future__ import annotations

import sys

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import importtime  # a script's module, from its folder

_REPORT = """\
import time: self [us] | cumulative | imported package
import time:       463 |       1884 |   os
import time:       117 |        117 |           org
import time:      6570 |       9850 |   lxml.etree
import time:       611 |      27880 | akn_un.validators
"""


def test_each_line_gives_the_module_its_times_and_depth() -> None:
    assert importtime.parse(_REPORT) == [
        importtime.Import("os", 463, 1884, 1),
        importtime.Import("org", 117, 117, 5),
        importtime.Import("lxml.etree", 6570, 9850, 1),
        importtime.Import("akn_un.validators", 611, 27880, 0),
    ]


def test_other_output_between_the_lines_is_ignored() -> None:
    noisy = "Traceback (most recent call last):\n" + _REPORT + "Error: x\n"
    assert [i.name for i in importtime.parse(noisy)] == [
        "os", "org", "lxml.etree", "akn_un.validators",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("module", "group"),
    [
        ("akn_un.grammar.citations", "akn_un"),
        ("lxml.etree", "lxml"),
        ("urllib.parse", importtime.STDLIB),
        ("_datetime", importtime.STDLIB),
        ("pytest", "pytest"),  # installed: named by its package
        ("org.python.core", importtime.MISSING),  # tried by copy, caught
    ],
)
def test_modules_are_grouped_by_package(module: str, group: str) -> None:
    assert importtime.package(module) == group


def test_sums_by_package_come_largest_first() -> None:
    times = {"lxml.etree": 7.0, "re": 1.0, "typing": 3.0, "akn_un.app.cli": 2.0}
    assert list(importtime.by_package(times).items()) == [
        ("lxml", 7.0), (importtime.STDLIB, 4.0), ("akn_un", 2.0),
    ]  # fmt: skip


def test_the_description_totals_and_names_the_largest() -> None:
    total, largest = importtime.describe(
        {"lxml.etree": 7.0, "re": 1.0, "typing": 3.0}, count=2
    )
    assert total == "11.0 ms (lxml 7.0, standard library 4.0)"
    assert largest == "largest: lxml.etree 7.0, typing 3.0"


def test_a_real_run_leaves_out_the_interpreters_own_start_up() -> None:
    times = importtime.beyond_start_up(["-c", "import json"], repeat=1)
    assert "json" in times
    assert "site" not in times
    assert "encodings" not in times


def test_a_command_that_fails_before_any_import_is_an_error() -> None:
    with pytest.raises(RuntimeError, match="no import times"):
        importtime.imports(["-c", "pass"], python="/bin/false")
