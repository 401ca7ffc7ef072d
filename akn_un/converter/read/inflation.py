"""What a PDF's streams inflate to, measured before PDFium reads them.

PDFium inflates a page's content stream whole, and a hostile file may
hold a small stream that inflates to gigabytes (a "bomb"); PDFium then
takes all the memory there is, or aborts the process.  Every stream of
the file is inflated here first, piece by bounded piece and through as
many Flate layers as it has, and only counted: a file whose streams come
to more than ``MAX_INFLATED`` bytes is refused.  A stream that is not
Flate (an image, or the streams of an encrypted file) cannot be measured
here and is left to PDFium as it is.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterable, Iterator
from functools import partial

from akn_un.core.errors import PdfUnreadableError

__all__ = ["MAX_INFLATED", "check_inflation"]

# Eighty times what the longest of the UN's PDFs here inflates to (A/RES/73/3,
# 1.6 MB): room for any resolution, and far from what PDFium fails under.
MAX_INFLATED = 128 * 1024 * 1024
_PIECE = 1024 * 1024  # inflated at a time, and no more held
_LAYERS = 4  # Flate within Flate, as deep as it is followed
_STREAM = b"stream"
_END = b"endstream"


def check_inflation(data: bytes, limit: int = MAX_INFLATED) -> None:
    """Refuse a PDF whose streams inflate to more than ``limit`` bytes.

    Raises:
        PdfUnreadableError: they do; the message gives the bound.

    """
    total = 0
    for stream in _streams(data):
        total += _inflated_size(partial(iter, (stream,)), limit - total)
        if total > limit:
            raise PdfUnreadableError(
                f"the PDF's streams inflate to more than {limit} bytes "
                f"(a decompression bomb?); not read"
            )


def _streams(data: bytes) -> Iterator[memoryview]:
    """The bytes between each ``stream`` keyword and its ``endstream``."""
    view = memoryview(data)
    start = data.find(_STREAM)
    while start >= 0:
        begin = start + len(_STREAM)
        if data[start - 3:start] == b"end" or data[begin:begin + 1] not in (
                b"\r", b"\n"):
            start = data.find(_STREAM, begin)
            continue
        begin += 2 if data[begin:begin + 2] == b"\r\n" else 1
        end = data.find(_END, begin)
        end = len(data) if end < 0 else end
        yield view[begin:end]
        start = data.find(_STREAM, end + len(_END))


def _inflated_size(
    source: Callable[[], Iterator[bytes | memoryview]], budget: int,
    depth: int = 0,
) -> int:
    """What ``source`` inflates to, through its Flate layers.

    Counting stops past ``budget``: the size returned is then over it.
    What is not Flate counts 0; a stream damaged part way counts what
    inflated before the damage.
    """
    size = 0
    nested = False
    try:
        for piece in _inflate(source()):
            if not size:
                nested = depth < _LAYERS and _is_deflated(piece)
            size += len(piece)
            if size > budget:
                return size
    except zlib.error:
        pass
    if nested:
        inner = _inflated_size(
            lambda: _inflate(source()), budget, depth + 1)
        return max(size, inner)
    return size


def _inflate(chunks: Iterable[bytes | memoryview]) -> Iterator[bytes]:
    """The inflated bytes of ``chunks``, a piece of at most _PIECE at a time.

    Raises:
        zlib.error: the bytes are not Flate, or are damaged.

    """
    inflater = zlib.decompressobj()
    for chunk in chunks:
        pending: bytes | memoryview = chunk
        while not inflater.eof:
            piece = inflater.decompress(pending, _PIECE)
            pending = inflater.unconsumed_tail
            if piece:
                yield piece
            elif not pending:
                break


def _is_deflated(piece: bytes) -> bool:
    """Whether ``piece`` opens with a zlib header (Flate within Flate)."""
    return (
        len(piece) >= 2
        and piece[0] & 0x0F == 8
        and (piece[0] << 8 | piece[1]) % 31 == 0
    )
