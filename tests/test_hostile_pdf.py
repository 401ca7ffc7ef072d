"""Hostile and damaged PDFs: read safely, in bounded time and memory.

PDFium is called from one thread at a time; a stream that inflates past
the bound, or a page of too many text objects, is refused with exit 2
and a message before PDFium holds it; rotated pages read as upright
ones; a page that gives no text between pages that do is an error that
names it; PDF-shaped messages say what the file is.
"""

from __future__ import annotations

import io
import subprocess
import sys
import threading
import zlib
from pathlib import Path

import pytest
from conftest import ROOT, SHARED, shared
from pdfs import pdf, text_page
from processes import run_command
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DecodedStreamObject, NameObject

from akn_un import convert
from akn_un.converter.read.inflation import MAX_INFLATED, check_inflation
from akn_un.converter.read.pdf import read_pdf
from akn_un.converter.read.pdfium import MAX_TEXT_OBJECTS
from akn_un.core.errors import AknUnError, PdfUnreadableError

PDFS = SHARED / "real" / "pdf"


def _real(name: str) -> Path:
    return shared(PDFS / name)


def _bomb(mebibytes: int, layers: int = 1) -> bytes:
    """A one-page PDF whose content stream inflates to ``mebibytes``."""
    deflater = zlib.compressobj(9)
    parts = [deflater.compress(text_page(["Hello"]) + b"\n%")]
    spaces = b" " * (1 << 20)
    parts += [deflater.compress(spaces) for _ in range(mebibytes)]
    parts.append(deflater.flush())
    stream = b"".join(parts)
    for _ in range(layers - 1):
        stream = zlib.compress(stream, 9)
    names = " ".join(["/FlateDecode"] * layers)
    placeholder = b"<< /Length 11 >>\nstream\nPLACEHOLDER"
    data = pdf([b"PLACEHOLDER"], compress=False)
    assert placeholder in data
    return data.replace(placeholder, (
        f"<< /Length {len(stream)} /Filter [{names}] >>\nstream\n".encode()
        + stream
    ))  # the offsets are off now: PDFium rebuilds the table, as for any


# --- 1: PDFium from threads ----------------------------------------------

def test_pdfs_converted_from_eight_threads_match_a_serial_run() -> None:
    """Round one crashed (SIGSEGV) or mixed pages up without a lock."""
    script = """
import sys, threading
from pathlib import Path
from akn_un import convert
paths = sorted(Path(sys.argv[1]).glob("*.pdf"))
serial = {p: convert(p).xml for p in paths}
work = paths * 8
bad, lock = [], threading.Lock()
def run(share):
    for p in share:
        try:
            same = convert(p).xml == serial[p]
        except Exception as exc:
            same = repr(exc)
        if same is not True:
            with lock:
                bad.append((p.name, same))
threads = [threading.Thread(target=run, args=(work[k::8],)) for k in range(8)]
for t in threads: t.start()
for t in threads: t.join()
print(len(work), bad)
sys.exit(1 if bad else 0)
"""
    folder = _real("A_RES_73_3-EN.pdf").parent
    done = subprocess.run(
        [sys.executable, "-c", script, str(folder)], capture_output=True,
        text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, (done.returncode, done.stdout, done.stderr)
    assert done.stdout.startswith("32 []")


# --- 3: decompression bombs -----------------------------------------------

@pytest.mark.parametrize("layers", [1, 2], ids=["flate", "flate-in-flate"])
def test_a_decompression_bomb_is_refused_in_bounded_memory(
    layers: int, tmp_path: Path
) -> None:
    """1 GiB from 1 MiB took 2.1 GB, and PDFium aborted under a limit."""
    path = tmp_path / "bomb.pdf"
    path.write_bytes(_bomb(1024, layers))
    done = run_command(["convert", str(path)], memory=1536 * 1024 * 1024)
    assert done.returncode == 2, done.stderr
    assert "inflate to more than" in done.stderr
    assert "Traceback" not in done.stderr


def test_the_inflation_bound_counts_every_stream() -> None:
    check_inflation(_bomb(2), limit=3 * 1024 * 1024)
    with pytest.raises(PdfUnreadableError, match="decompression bomb"):
        check_inflation(_bomb(4), limit=3 * 1024 * 1024)
    many = pdf([text_page(["x" * 200] * 40)] * 50)
    check_inflation(many)
    with pytest.raises(PdfUnreadableError):
        check_inflation(many, limit=100_000)


def test_the_official_pdfs_are_far_below_the_inflation_bound() -> None:
    for path in sorted(shared(PDFS).glob("*.pdf")):
        check_inflation(path.read_bytes(), limit=MAX_INFLATED // 50)


# --- 4: many text objects on a page --------------------------------------

def _objects(count: int) -> bytes:
    return "\n".join(
        f"BT /F1 2 Tf {72 + (k % 200) * 2} {780 - (k // 200) * 3} Td (x) "
        f"Tj ET" for k in range(count)
    ).encode()


def test_a_page_of_too_many_text_objects_is_refused(tmp_path: Path) -> None:
    """100k objects took 67 s: PDFium's per-object text grows with them."""
    path = tmp_path / "objects.pdf"
    path.write_bytes(pdf([_objects(MAX_TEXT_OBJECTS + 1)]))
    done = run_command(["convert", str(path)], timeout=60)
    assert done.returncode == 2, done.stderr
    assert f"page 1 holds {MAX_TEXT_OBJECTS + 1} text objects" in done.stderr


# --- 5: evenly spaced lines -----------------------------------------------

def _seconds(function: object, argument: object) -> float:
    import time

    best = float("inf")
    for _ in range(3):
        began = time.perf_counter()
        function(argument)  # type: ignore[operator]
        best = min(best, time.perf_counter() - began)
    return best


def test_a_long_paragraph_over_many_pages_is_read_in_linear_time() -> None:
    """Evenly spaced lines, no gap: 100 pages took 40 s (a regex search
    over the growing paragraph at each line)."""
    page = text_page([f"word{k} text and more text of the line" for k in
                      range(50)])
    times = [_seconds(read_pdf, pdf([page] * pages))
             for pages in (10, 20, 40, 80)]
    assert times[-1] / times[0] < 20, times  # linear: 8; quadratic: 64


# --- 10: rotated pages ----------------------------------------------------

@pytest.mark.parametrize("angle", [90, 180, 270])
def test_a_rotated_pdf_reads_as_the_upright_one(angle: int) -> None:
    """/Rotate 90 put the job number in a paragraph; 180 split words."""
    source = _real("A_RES_73_8-EN.pdf")
    reader, writer = PdfReader(source), PdfWriter()
    for page in reader.pages:
        page.rotate(angle)
        writer.add_page(page)
    out = io.BytesIO()
    writer.write(out)
    upright = read_pdf(source.read_bytes())
    turned = read_pdf(out.getvalue())
    assert turned.text == upright.text
    assert "18-18418" not in turned.text


# --- 11: a page with no text ---------------------------------------------

def _without_page_text(source: Path, index: int, content: bytes) -> bytes:
    reader, writer = PdfReader(source), PdfWriter()
    for number, page in enumerate(reader.pages):
        if number == index:
            stream = DecodedStreamObject()
            stream.set_data(content)
            page[NameObject("/Contents")] = writer._add_object(stream)
        writer.add_page(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize("content", [b"", b"\x00garbled \xff( stream"],
                         ids=["empty", "garbled"])
def test_a_page_without_text_is_an_error_naming_it(content: bytes) -> None:
    """Page 3 of 73/3 empty: paragraphs 7-11 were lost and 6 spliced to
    12 as one plausible sentence, with a warning only."""
    data = _without_page_text(_real("A_RES_73_3-EN.pdf"), 2, content)
    result = convert(data, path="73-3.pdf")
    errors = [d for d in result.diagnostics if d.code == "V020"]
    assert [d.severity for d in errors] == ["error"]
    assert "page 3 " in errors[0].message
    whole = convert(_real("A_RES_73_3-EN.pdf"))
    assert not [d for d in whole.diagnostics if d.code == "V020"]


def test_the_paragraph_before_a_blank_page_is_not_joined_over_it() -> None:
    pages = [text_page(["Recalling the first part of a sentence that goes"]),
             b"",
             text_page(["on after the missing page."])]
    read = read_pdf(pdf(pages))
    assert read.blank == [2]
    assert "goes\n\non after" in read.text


# --- 21: what the file is -------------------------------------------------

@pytest.mark.parametrize(("name", "data", "message"), [
    ("zero.pdf", pdf([]), "the PDF has no pages"),
    ("page.pdf", b"<!DOCTYPE html><html><body>Not found</body></html>",
     "not a PDF"),
    ("photo.md", b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image"),
    ("letter.txt", b"PK\x03\x04\x14\x00\x06\x00", "a zip archive"),
])
def test_a_file_that_is_not_what_it_claims_is_named_for_what_it_is(
    name: str, data: bytes, message: str, tmp_path: Path
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(AknUnError, match=message):
        convert(path)
    done = run_command(["convert", str(path)])
    assert done.returncode == 2
    assert message in done.stderr
    assert "OCR" not in done.stderr
    assert "UTF-8" not in done.stderr


def test_utf32_is_read_as_utf32() -> None:
    text = (ROOT / "examples" / "A-RES-75-196.md").read_text(encoding="utf-8")
    for encoding in ("utf-32", "utf-32-be"):
        data = text.encode(encoding)
        if encoding == "utf-32-be":
            data = b"\x00\x00\xfe\xff" + data
        assert convert(data).xml == convert(text).xml


# --- the lock costs a thread nothing it did not have -----------------------

def test_pdfium_is_entered_by_one_thread_at_a_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each call into PDFium's document runs under the module's lock."""
    import pypdfium2_raw

    from akn_un.converter.read import pdfium

    seen = []
    real = pypdfium2_raw.FPDF_LoadMemDocument64

    def spy(*args: object) -> object:
        seen.append(pdfium._LOCK.locked())
        return real(*args)

    monkeypatch.setattr(pypdfium2_raw, "FPDF_LoadMemDocument64", spy)
    threads = [threading.Thread(target=pdfium.read_pages,
                                args=(pdf([text_page(["x"])]),))
               for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seen == [True] * 4
