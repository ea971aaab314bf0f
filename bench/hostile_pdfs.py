"""Small PDFs that cost PDFium far more than their size: the cases of issue 19 (and 24).

- :func:`nested_forms`: Form XObjects nested ``depth`` deep, each drawing the one
  below twice (7.5 KB at 40 levels; it grew PDFium to 22 GB in ``FPDF_LoadPage``).
- :func:`transparent_fills`: a page of ``count`` full-page transparent fills in
  multiply blend mode (slow to draw by itself, whatever the machine's load).
- :func:`inflated_stream`: a content stream that inflates to ``megabytes``.
- :func:`form_field_page`: a page whose only text sits in a form field (drawn
  only with a form environment).

Used by ``tests/unit/test_pdf_jail.py`` and ``bench/bench_jail.py``.
"""

from __future__ import annotations

import zlib


def assemble(objects: list[bytes]) -> bytes:
    """A PDF file of ``objects`` (object 1 is the catalog), with its cross-reference table."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _stream(entries: bytes, data: bytes) -> bytes:
    return b"<< %s /Length %d >>\nstream\n" % (entries, len(data)) + data + b"\nendstream"


_CATALOG = b"<< /Type /Catalog /Pages 2 0 R >>"
_PAGES = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"


def nested_forms(depth: int = 40) -> bytes:
    """One page drawing a Form XObject that draws the one below it twice, ``depth`` deep."""
    top = 4 + depth
    objects = [
        _CATALOG,
        _PAGES,
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /XObject << /X %d 0 R >> >> >>" % top,
        _stream(b"", b"q /X Do Q"),
    ]
    form = b"/Type /XObject /Subtype /Form /BBox [0 0 595 842]"
    for level in range(depth):
        if level == 0:
            objects.append(_stream(form, b"0 0 m 100 100 l S"))
        else:
            below = b" /Resources << /XObject << /Y %d 0 R >> >>" % (4 + level)
            objects.append(_stream(form + below, b"q /Y Do Q q 1 0 0 1 1 1 cm /Y Do Q"))
    return assemble(objects)


def transparent_fills(count: int = 1000) -> bytes:
    """A page of ``count`` overlapping transparent fills in multiply blend mode."""
    ops = b"".join(b"q /G gs %d %d 500 700 re f Q\n" % (i % 50, i % 70) for i in range(count))
    return assemble(
        [
            _CATALOG,
            _PAGES,
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /ExtGState << /G << /ca 0.5 /CA 0.5 /BM /Multiply >> >> >> >>",
            _stream(b"/Filter /FlateDecode", zlib.compress(ops, 9)),
        ]
    )


def inflated_stream(megabytes: int = 1024) -> bytes:
    """A page whose content stream is a few KB deflated and ``megabytes`` inflated."""
    packer = zlib.compressobj(9)
    chunk = b"0 0 m " * (1024 * 1024 // 6)
    data = b"".join(packer.compress(chunk) for _ in range(megabytes)) + packer.flush()
    return assemble(
        [
            _CATALOG,
            _PAGES,
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            _stream(b"/Filter /FlateDecode", data),
        ]
    )


def form_field_page(text: bytes = b"FORM TEXT HERE", *, appearance: bool = False) -> bytes:
    """A 300×300 page whose only text is a filled-in text field at (20, 100)–(280, 200)
    in PDF space (y from the bottom); the page's own content is empty. Without an
    ``appearance`` stream the field asks the viewer to draw it (``NeedAppearances``),
    which PDFium does only with a form environment."""
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    drawn = b"/Tx BMC BT /Helv 24 Tf 0 g 2 40 Td (%s) Tj ET EMC" % text
    return assemble(
        [
            b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [4 0 R] /NeedAppearances true "
            b"/DA (/Helv 0 Tf 0 g) /DR << /Font << /Helv 6 0 R >> >> >> >>",
            _PAGES,
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 300] /Annots [4 0 R] "
            b"/Resources << >> >>",
            b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (body) /V (%s) "
            b"/DA (/Helv 24 Tf 0 g) /Rect [20 100 280 200] /F 4 /P 3 0 R%s >>"
            % (text, b" /AP << /N 5 0 R >>" if appearance else b""),
            _stream(
                b"/Type /XObject /Subtype /Form /BBox [0 0 260 100] "
                b"/Resources << /Font << /Helv 6 0 R >> >>",
                drawn,
            ),
            font,
        ]
    )
