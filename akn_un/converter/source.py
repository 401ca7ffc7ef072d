"""Source text: decoding, newline normalisation and offset → line:column."""

from __future__ import annotations

import bisect
import codecs
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from akn_un.core.errors import AknUnError


def decode(data: bytes) -> str:
    """Decode UTF-8 input (a BOM is tolerated; UTF-16 with a BOM) to text.

    Raises:
        AknUnError: the bytes are not UTF-8 (the message gives the offset),
            or are a known binary format (the message names it).

    """
    for magic, what in _BINARY:
        if data.startswith(magic):
            raise AknUnError(f"this is {what}, not text or a PDF")
    bom = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    data = data[bom:]
    encoding = "utf-8"
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        encoding = "utf-32"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise AknUnError(
            f"not valid {encoding.upper()} at byte offset {exc.start + bom}",
            offset=exc.start + bom,
        ) from exc


# The opening bytes of files people take for a resolution's text.
_BINARY = (
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x89PNG\r\n", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"PK\x03\x04", "a zip archive (a Word .docx?)"),
    (b"\xd0\xcf\x11\xe0", "an older Office document (a Word .doc?)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x1f\x8b", "a gzip archive"),
)


_NOT_IN_XML_RE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]"
)


_CONTROL_BYTES = bytes([*range(9), 11, 12, *range(14, 32)])


def not_in_xml(text: str) -> list[int]:
    """Offsets of the characters XML 1.0 cannot hold.

    The common case, none, is told from the UTF-8 bytes at C speed:
    control characters are single bytes there, U+FFFE/U+FFFF fixed
    sequences, and lone surrogates fail to encode.
    """
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        data = b"\x00"
    if (
        len(data.translate(None, _CONTROL_BYTES)) == len(data)
        and b"\xef\xbf\xbe" not in data
        and b"\xef\xbf\xbf" not in data
    ):
        return []
    return [match.start() for match in _NOT_IN_XML_RE.finditer(text)]


def replace_not_in_xml(text: str) -> str:
    """``text`` with each character XML cannot hold replaced by U+FFFD."""
    return _NOT_IN_XML_RE.sub("\ufffd", text)


def normalise(text: str) -> str:
    r"""``\n`` line ends and no BOM: the form every later stage assumes.

    Characters are otherwise left as they are (no Unicode normalisation):
    the output keeps the source's text exactly.
    """
    text = text.removeprefix("\ufeff")
    return text.replace("\r\n", "\n").replace("\r", "\n")


@dataclass(frozen=True)
class Source:
    """Normalised text with an index of line starts.

    When the text was rewritten from another form (see
    :mod:`akn_un.converter.read`), ``origin`` maps its offsets to the
    ``original``'s, and positions are the original's.
    """

    text: str
    path: str | None = None
    original: str | None = None
    origin: Callable[[int], int] | None = None
    _line_starts: list[int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        """Index the line starts once."""
        starts = [0]
        text = self.text if self.original is None else self.original
        find = text.find
        pos = find("\n")
        while pos != -1:
            starts.append(pos + 1)
            pos = find("\n", pos + 1)
        object.__setattr__(self, "_line_starts", starts)

    def position(
        self, offset: int, *, original: bool = False
    ) -> tuple[int, int]:
        """1-based (line, column) of a character offset.

        ``original``: the offset is one in the original already.
        """
        if self.origin is not None and not original:
            offset = self.origin(offset)
        index = bisect.bisect_right(self._line_starts, offset) - 1
        return index + 1, offset - self._line_starts[index] + 1
