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
from conftest import EXAMPLES, ROOT, SEED, SHARED, shared
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


@pytest.mark.parametrize("name", [
    "GA_A-RES-75-196_eng.xml", "GA_A-RES-75-129_eng_annex.xml",
    "ECOSOC_E-RES-2021-10_eng.xml",
])  # fmt: skip
def test_each_note_stands_under_the_paragraph_that_marks_it(
    name: str,
) -> None:
    """A reader finds a note where the PDF prints it, not 39 notes at the
    foot of a 24,000-pixel page."""
    from lxml import html as lxml_html

    page = lxml_html.fromstring(render_html(shared(SHARED / "akn4un" / name)))
    markers = page.xpath('//a[starts-with(@id, "fnref-")]')
    assert markers
    for marker in markers:
        note_id = marker.get("id").removeprefix("fnref-")
        [note] = page.xpath(f'//li[@id="fn-{note_id}"]')
        block = marker.xpath(
            'ancestor::div[contains(@class, "paragraph") or '
            'contains(@class, "container")][1]')
        if block:  # a note of the masthead or the closing: at the end
            assert note in block[0].iter(), note_id


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
    assert -1 < top < height  # scrolled to (a sub-pixel above 0 is there)
    browser.save_screenshot(str(ARTIFACTS / "preview-note-35.png"))
    browser.find_element(By.CSS_SELECTOR, 'a[href="#fnref-35"]').click()
    assert browser.execute_script("return location.hash") == "#fnref-35"
    top = browser.execute_script(
        "return document.getElementById('fnref-35').getBoundingClientRect()"
        ".top;"
    )
    assert -1 < top < height


# An English, an Arabic and a Chinese page, as a browser lays them out.
LAID_OUT = {
    "English": SHARED / "akn4un" / "GA_A-RES-75-196_eng.xml",
    "Arabic": SHARED / "corpus" / "ga75-ar" / "75_196_A.xml",
    "Chinese": SHARED / "corpus" / "ga75-zh" / "75_196_C.xml",
}
# Measured in the page: each numbered paragraph whose number stands apart
# from its text's first line; the contents' links that go nowhere; the
# paragraphs without their anchor; each masthead date, and whether its
# day stands left of its year.
_MEASURE = r"""
const out = {numbers: 0, apart: [], toc: 0, unresolved: [], anchors: 0,
             paragraphs: 0, dates: []};
for (const p of document.querySelectorAll('.paragraph[id]')) {
  out.paragraphs += 1;
  if (p.querySelector(':scope > .anchor')) out.anchors += 1;
  const num = p.querySelector(':scope > .num');
  const text = num && num.nextElementSibling;
  if (!text) continue;
  const walk = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
  let node = walk.nextNode();
  while (node && !node.textContent.trim()) node = walk.nextNode();
  if (!node) continue;
  out.numbers += 1;
  const at = node.textContent.search(/\S/), range = document.createRange();
  range.setStart(node, at); range.setEnd(node, at + 1);
  const a = num.getBoundingClientRect(), b = range.getBoundingClientRect();
  if (Math.abs(a.top - b.top) > a.height / 2) out.apart.push(p.id);
}
for (const link of document.querySelectorAll('.toc a')) {
  out.toc += 1;
  if (!document.getElementById(link.getAttribute('href').slice(1)))
    out.unresolved.push(link.getAttribute('href'));
}
for (const date of document.querySelectorAll('.coverPage bdi.docDate')) {
  const node = date.firstChild, text = node.textContent;
  const day = text.search(/\d/), year = text.search(/\d{4}/);
  if (day < 0 || year <= day) continue;
  const first = document.createRange(), last = document.createRange();
  first.setStart(node, day); first.setEnd(node, day + 1);
  last.setStart(node, year); last.setEnd(node, year + 1);
  out.dates.push([text, first.getBoundingClientRect().left
                  < last.getBoundingClientRect().left]);
}
return out;
"""


@pytest.mark.slow
@pytest.mark.parametrize("language", sorted(LAID_OUT))
def test_the_page_as_a_browser_lays_it_out(
    browser: Any, language: str, tmp_path: Path
) -> None:
    """A number on its text's line, the date left to right in an Arabic
    page, every contents link resolved, an anchor on every paragraph; a
    screenshot of each page in test-artifacts/."""
    page = tmp_path / f"{language}.html"
    page.write_text(render_html(shared(LAID_OUT[language])), "utf-8")
    browser.get(page.as_uri())
    out = browser.execute_script(_MEASURE)
    # Arabic files print the number in the paragraph's text ("1 -")
    assert out["numbers"] > 10 or language == "Arabic"
    assert out["apart"] == []
    assert out["toc"] >= 2
    assert out["unresolved"] == []
    assert out["anchors"] == out["paragraphs"] > 10
    assert out["dates"], "no date on the masthead"
    assert all(left_to_right for _, left_to_right in out["dates"])
    ARTIFACTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / f"page-{language}.png"))


def test_the_page_has_contents_anchors_and_a_print_style() -> None:
    """The contents list the preamble, the operative part, its sections
    and the annexes; each paragraph has its anchor; print hides them."""
    page = render_html(shared(SHARED / "corpus" / "ga75" / "75_253B_E.xml"))
    assert '<nav class="toc" lang="en">' in page
    assert '<a href="#preamble">Preamble</a>' in page
    assert ">I Revised estimates resulting from" in page
    assert '<a class="anchor" href="#para_5"' in page
    assert "@media print{" in page
    assert ".toc,.anchor,.back{display:none}" in page
