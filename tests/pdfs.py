"""Small PDFs written by hand, for the PDF reader's hostile-input tests.

Each page is a content stream drawn in Helvetica (``/F1``) and
Helvetica-Oblique (``/F2``) on an A4 page; ``text_page`` lays out lines of
text, ``pdf`` wraps pages into a file with a correct cross-reference
table.
"""

from __future__ import annotations

import zlib


def text_page(lines: list[str], *, size: float = 11, top: float = 700,
              pitch: float = 14, left: float = 72) -> bytes:
    """A content stream printing ``lines`` one under another."""
    out = []
    for index, line in enumerate(lines):
        escaped = (line.replace("\\", "\\\\").replace("(", "\\(")
                   .replace(")", "\\)"))
        y = top - index * pitch
        out.append(f"BT /F1 {size} Tf {left} {y:.2f} Td ({escaped}) Tj ET")
    return "\n".join(out).encode("latin-1")


def pdf(pages: list[bytes], *, rotate: int = 0, compress: bool = True,
        filters: int = 1) -> bytes:
    """A PDF of ``pages`` (content streams), Flate-compressed ``filters``
    times when ``compress``, each page turned by ``rotate`` degrees."""
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"",  # the page tree, written once the pages are numbered
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Oblique >>",
    ]
    kids = []
    for content in pages:
        stream, names = content, []
        for _ in range(filters if compress else 0):
            stream = zlib.compress(stream, 9)
            names.append("/FlateDecode")
        filter_entry = f" /Filter [{' '.join(names)}]" if names else ""
        objects.append(
            f"<< /Length {len(stream)}{filter_entry} >>\nstream\n".encode()
            + stream + b"\nendstream"
        )
        content_ref = len(objects)
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            f"/Rotate {rotate} /Contents {content_ref} 0 R /Resources "
            f"<< /Font << /F1 3 0 R /F2 4 0 R >> >> >>".encode()
        )
        kids.append(f"{len(objects)} 0 R")
    objects[1] = (f"<< /Type /Pages /Kids [{' '.join(kids)}] "
                  f"/Count {len(kids)} >>").encode()
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)
