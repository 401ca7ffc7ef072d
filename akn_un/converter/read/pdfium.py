"""The text objects of a PDF's pages, read through PDFium's C API.

pypdfium2 (Apache-2.0 or BSD-3-Clause, with PDFium's BSD-3-Clause) binds
PDFium; its raw bindings (``pypdfium2_raw``, which ``pypdfium2.raw``
re-exports) are called here directly: importing the helper layer and
making its objects cost as much again as reading the text
(``benchmarks/run.py``, row 7).  What the layout
reader needs of a page: its height, each text object (text, box,
baseline, size, font name) and the thin horizontal lines (rules).

PDFium is not thread-safe: every call into it is made under one
process-wide lock (uncontended, it costs nothing measurable).  What a
hostile file can make PDFium do is bounded: its streams may inflate to
``inflation.MAX_INFLATED`` bytes in all, checked before PDFium sees them,
and a page may hold ``MAX_TEXT_OBJECTS`` text objects.  A page is read in
its own, unrotated space, whatever its ``/Rotate``.
"""

from __future__ import annotations

import ctypes
import threading
from dataclasses import dataclass, field
from typing import Any

from akn_un.converter.read.inflation import check_inflation
from akn_un.core.errors import PdfUnreadableError

__all__ = ["MAX_TEXT_OBJECTS", "Page", "TextObject", "read_pages"]

# Forty times the most a page of the UN's PDFs holds (236, in A/RES/73/3):
# PDFium's time per text object grows with the page's objects.
MAX_TEXT_OBJECTS = 10_000
_LOCK = threading.Lock()  # PDFium's state is shared by the whole process

# FPDF_GetLastError's codes that a user can act on.
_ERRORS = {
    2: "the file is not a PDF, or it is damaged",
    3: "the PDF is not in a format PDFium reads",
    4: "the PDF is protected by a password",
    5: "the PDF's security scheme is not supported",
}
_TEXT_BUFFER = 4096  # UTF-16 units: longer text objects are read again


@dataclass(frozen=True, slots=True)
class TextObject:
    """A run of text in one font: its box, baseline and size."""

    text: str
    left: float
    bottom: float
    right: float
    baseline: float
    size: float
    font: str


@dataclass(slots=True)
class Page:
    """A page: its height, text objects and rules (left, y, right)."""

    height: float
    texts: list[TextObject] = field(default_factory=list)
    rules: list[tuple[float, float, float]] = field(default_factory=list)


def read_pages(data: bytes) -> list[Page]:
    """Every page of the PDF ``data``.

    Raises:
        PdfUnreadableError: PDFium cannot open the bytes, its streams
            inflate past the bound, or a page holds too many text objects;
            the message says which.

    """
    import pypdfium2_raw as pdfium  # noqa: PLC0415 - only for PDF input

    check_inflation(data)
    with _LOCK:
        pdfium.FPDF_InitLibrary()  # once per process; later calls do nothing
        document = pdfium.FPDF_LoadMemDocument64(data, len(data), None)
        if not document:
            reason = _ERRORS.get(pdfium.FPDF_GetLastError(), "PDFium failed")
            raise PdfUnreadableError(f"not a PDF that can be read: {reason}")
        try:
            reader = _Reader(pdfium)
            return [
                reader.page(document, index)
                for index in range(pdfium.FPDF_GetPageCount(document))
            ]
        finally:
            pdfium.FPDF_CloseDocument(document)


class _Reader:
    """Buffers reused across objects, and font names by font handle."""

    def __init__(self, pdfium: Any) -> None:
        self.c = pdfium
        self.box = [ctypes.c_float() for _ in range(4)]
        self.size = ctypes.c_float()
        self.matrix = pdfium.FS_MATRIX()
        self.buffer = (ctypes.c_ushort * _TEXT_BUFFER)()
        self.fonts: dict[int | None, str] = {}

    def page(self, document: object, index: int) -> Page:
        """The page's height, text objects and rules, in unrotated space.

        Raises:
            PdfUnreadableError: the page holds over MAX_TEXT_OBJECTS text
                objects.

        """
        c = self.c
        page = c.FPDF_LoadPage(document, index)
        c.FPDFPage_SetRotation(page, 0)  # the text's own space, upright
        textpage = None
        try:
            result = Page(c.FPDF_GetPageHeightF(page))
            get_object, get_type = c.FPDFPage_GetObject, c.FPDFPageObj_GetType
            texts = []
            for number in range(c.FPDFPage_CountObjects(page)):
                item = get_object(page, number)
                kind = get_type(item)
                if kind == c.FPDF_PAGEOBJ_TEXT:
                    texts.append(item)
                elif kind == c.FPDF_PAGEOBJ_PATH:
                    self._rule(item, result)
            if len(texts) > MAX_TEXT_OBJECTS:
                raise PdfUnreadableError(
                    f"page {index + 1} holds {len(texts)} text objects, more "
                    f"than the {MAX_TEXT_OBJECTS} a page may have"
                )
            textpage = c.FPDFText_LoadPage(page)
            for item in texts:
                self._text(item, textpage, result)
        finally:
            if textpage is not None:
                c.FPDFText_ClosePage(textpage)
            c.FPDF_ClosePage(page)
        return result

    def _bounds(self, item: object) -> tuple[float, float, float, float]:
        left, bottom, right, top = self.box
        self.c.FPDFPageObj_GetBounds(item, left, bottom, right, top)
        return left.value, bottom.value, right.value, top.value

    def _rule(self, item: object, page: Page) -> None:
        left, bottom, right, top = self._bounds(item)
        if top - bottom < 2 and right - left > 30:
            page.rules.append((left, bottom, right))

    def _text(self, item: object, textpage: object, page: Page) -> None:
        left, bottom, right, _ = self._bounds(item)
        if right - left < 0.01:
            return  # an empty object: a space, a tab, nothing
        c = self.c
        buffer: ctypes.Array[ctypes.c_ushort] = self.buffer
        units = c.FPDFTextObj_GetText(
            item, textpage, buffer, _TEXT_BUFFER * 2) // 2
        if units > _TEXT_BUFFER:
            buffer = (ctypes.c_ushort * units)()
            c.FPDFTextObj_GetText(item, textpage, buffer, units * 2)
        text = ctypes.string_at(buffer, max(units - 1, 0) * 2).decode(
            "utf-16-le", "replace"
        )
        if text.isspace() or not text:
            return
        matrix, size = self.matrix, self.size
        c.FPDFPageObj_GetMatrix(item, matrix)
        c.FPDFTextObj_GetFontSize(item, size)
        page.texts.append(TextObject(
            text, left, bottom, right, matrix.f,
            size.value * (abs(matrix.d) or 1.0), self._font(item),
        ))  # fmt: skip

    def _font(self, item: object) -> str:
        c = self.c
        font = c.FPDFTextObj_GetFont(item)
        key = ctypes.cast(font, ctypes.c_void_p).value
        if key not in self.fonts:
            length = c.FPDFFont_GetBaseFontName(font, None, 0)
            name = ctypes.create_string_buffer(length)
            c.FPDFFont_GetBaseFontName(font, name, length)
            self.fonts[key] = name.value.decode("utf-8", "replace")
        return self.fonts[key]
