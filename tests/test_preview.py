"""The HTML preview, in a real headless browser (Debian's Chromium).

`.ci/run` installs chromium and chromium-driver; where they are absent
the browser test is skipped with the reason.  The screenshot is kept in
test-artifacts/ for a person to look at.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLES, ROOT, SEED
from lxml import etree

from akn_un.app.cli import main
from akn_un.checking import check, load
from akn_un.render.html import render_html

ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"


def test_the_page_holds_everything_and_nothing_external() -> None:
    """Masthead, title, leads, numbers, notes both ways, links; no URL
    the page would load."""
    page = render_html(etree.parse(str(EXAMPLES / "A-RES-75-196.xml")))
    assert "<title>75/196. Strengthening the United Nations" in page
    assert "<em>Reaffirming also</em> its resolutions" in page
    assert '<span class="num">66.</span>' in page
    assert '<a href="#fn-35" id="fnref-35">35</a>' in page
    assert '<li id="fn-35" value="35">' in page
    assert 'href="#fnref-35"' in page
    assert 'href="https://undocs.org/en/A/RES/72/192"' in page
    assert "<script" not in page
    assert "src=" not in page


def test_findings_stand_beside_what_they_concern(tmp_path: Path) -> None:
    """A paragraph's finding follows it; a note's stands in its note."""
    text = SEED.read_text(encoding="utf-8").replace("² Ibid.", "Ibid.", 1)
    source = tmp_path / "broken.md"
    source.write_text(text, encoding="utf-8")
    document, converted = load(source)
    assert document is not None
    found = [*converted, *check(document)]
    page = render_html(document.tree, diagnostics=found,
                       positions=document.positions)
    assert page.count('class="finding') == len(found) > 0
    note = page.index('<li id="fn-3"')
    assert note < page.index("<b>F001</b>") < page.index('<li id="fn-4"')
    italic = page.index("<b>V008</b>")
    assert page.index('id="para_58"') < italic < page.index('id="para_59"')


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        reason = ("Chromium and chromedriver (Debian: chromium, "
                  "chromium-driver) are not installed; .ci/run installs them")
        if os.environ.get("CI"):
            pytest.fail(reason)  # CI must run the browser test
        pytest.skip(reason)
    webdriver = pytest.importorskip("selenium.webdriver")
    os.environ.setdefault("SE_OFFLINE", "true")  # never fetch a driver
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu",
                     "--disable-dev-shm-usage", "--window-size=1000,1300"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(
        options=options,
        service=webdriver.ChromeService(executable_path=CHROMEDRIVER),
    )
    yield driver
    driver.quit()


@pytest.mark.slow
def test_the_page_in_a_browser(browser: Any, tmp_path: Path) -> None:
    """No console error; a marker jumps to its note and back; screenshot."""
    from selenium.webdriver.common.by import By

    page = tmp_path / "seed.html"
    status = main(["render", "--to", "html", "--diagnostics", str(SEED),
                   "-o", str(page)])
    assert status == 0
    browser.get(page.as_uri())
    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []
    ARTIFACTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / "preview.png"))
    browser.find_element(By.CSS_SELECTOR, 'a[href="#fn-35"]').click()
    assert browser.execute_script("return location.hash") == "#fn-35"
    top, height = browser.execute_script(
        "const r = document.getElementById('fn-35').getBoundingClientRect();"
        "return [r.top, window.innerHeight];"
    )
    assert 0 <= top < height
    browser.save_screenshot(str(ARTIFACTS / "preview-note-35.png"))
    browser.find_element(By.CSS_SELECTOR, 'a[href="#fnref-35"]').click()
    assert browser.execute_script("return location.hash") == "#fnref-35"
    top = browser.execute_script(
        "return document.getElementById('fnref-35').getBoundingClientRect()"
        ".top;"
    )
    assert 0 <= top < height
