"""What a printed page says and where: lines, pictures and rules, read in the jail.

Finding articles on a page (``regions.py``) and making an edition from a PDF
(``from_pdf.py``) both start from the page's text layer. PDFium's text page
gives characters with boxes; ``text_lines.py`` rebuilds words and lines from
them, and the page's objects give its pictures (images) and rules (thin paths,
frames), which the layout uses as separators. PDFium runs only in a worker of
:mod:`edicola.core.jail` (a PDF comes from outside: issue 19), so
:func:`read_document` is module-level and returns plain, picklable records.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from edicola.core.jail import JailError, run_jailed
from edicola.core.print.pdf import PdfDocument
from edicola.core.print.pdf_types import PdfError, PdfLimits
from edicola.core.print.pdfium_jobs import unreadable_reason
from edicola.core.print.text_lines import Char, build_lines
from edicola.core.print.text_types import Box, PageText

MAX_CHARS = 200_000
"""Characters read from one page; a page with more is read up to here."""
MAX_OBJECTS = 50_000
"""Page objects looked at for pictures and rules (forms included)."""
_FORM_DEPTH = 4
MAX_SHAPES = 1000
"""Pictures, rules or frames kept from one page (a chart drawn as thousands of paths
is one picture to a reader, not a thousand rules)."""


def read_text_layers(data: bytes, name: str, limits: PdfLimits | None = None) -> list[PageText]:
    """Every page of a PDF as text, pictures and rules; :class:`PdfError` says why not.

    The document is checked by :class:`PdfDocument` first (limits, encryption,
    a readable structure), then read in the jail within the limits' memory and
    CPU time per page.
    """
    limits = limits or PdfLimits()
    with PdfDocument(data, name, limits) as document:
        pages = len(document)
    try:
        return run_jailed(
            read_document,
            data,
            limits,
            memory_mb=limits.memory_mb,
            cpu_seconds=limits.cpu_seconds * pages,
        )
    except JailError as exc:
        if exc.kind == "cpu":
            raise PdfError(
                f"needs more than {limits.cpu_seconds:g} s of CPU time a page to read"
            ) from None
        if exc.kind == "memory":
            raise PdfError(f"needs more than {limits.memory_mb} MB to read") from None
        raise PdfError(f"PDFium stopped while reading the text: {exc}") from None


def read_document(data: bytes, limits: PdfLimits) -> list[PageText]:
    """Every page's text layer (the jail's side); a page PDFium cannot load says why."""
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise PdfError(unreadable_reason(data, getattr(exc, "err_code", None))) from None
    try:
        if len(document) > limits.max_pages:
            raise PdfError(f"{len(document)} pages, more than the limit of {limits.max_pages}")
        return [read_page(document, index) for index in range(len(document))]
    finally:
        document.close()


def read_page(document: pdfium.PdfDocument, index: int) -> PageText:
    """One page: lines rebuilt from characters, pictures and rules from its objects."""
    width, height = (float(v) for v in document.get_page_size(index))
    label = str(document.get_page_label(index))[:40]
    try:
        page = document[index]
    except pdfium.PdfiumError as exc:
        return PageText(index, width, height, label, (), (), (), (), 0, f"cannot be loaded ({exc})")
    try:
        to_page = _shown_transform(page, width, height)
        textpage = page.get_textpage()
        try:
            chars = list(_chars(textpage, to_page, width, height))
        finally:
            textpage.close()
        pictures, rules, frames = _objects(page, to_page, width, height)
    finally:
        page.close()
    lines = build_lines(chars, rules)
    printed = sum(c is not None for c in chars)
    return PageText(index, width, height, label, tuple(lines), pictures, rules, frames, printed)


# -- coordinates ---------------------------------------------------------------

_Affine = tuple[float, float, float, float, float, float]
_DEVICE_SCALE = 100


def _shown_transform(page: pdfium.PdfPage, width: float, height: float) -> _Affine:
    """Page space (bottom left, unrotated) to the shown page (top left), as an affine map.

    PDFium's own conversion (which knows the crop box and the rotation) is
    sampled at three points, once per page, instead of being called per character.
    """

    def device(x: float, y: float) -> tuple[float, float]:
        dx, dy = ctypes.c_int(0), ctypes.c_int(0)
        pdfium_c.FPDF_PageToDevice(
            page.raw,
            0,
            0,
            round(width * _DEVICE_SCALE),
            round(height * _DEVICE_SCALE),
            0,
            x,
            y,
            ctypes.byref(dx),
            ctypes.byref(dy),
        )
        return dx.value / _DEVICE_SCALE, dy.value / _DEVICE_SCALE

    ox, oy = device(0.0, 0.0)
    ax, ay = device(1000.0, 0.0)
    bx, by = device(0.0, 1000.0)
    return ((ax - ox) / 1000, (ay - oy) / 1000, (bx - ox) / 1000, (by - oy) / 1000, ox, oy)


def _map_box(m: _Affine, left: float, bottom: float, right: float, top: float) -> Box:
    a, b, c, d, e, f = m
    corners = ((left, bottom), (right, top), (left, top), (right, bottom))
    xs = [a * x + c * y + e for x, y in corners]
    ys = [b * x + d * y + f for x, y in corners]
    return (min(xs), min(ys), max(xs), max(ys))


def _then(outer: _Affine, inner: _Affine) -> _Affine:
    """The map that applies ``inner`` first, then ``outer``."""
    a, b, c, d, e, f = inner
    oa, ob, oc, od, oe, of = outer
    return (
        oa * a + oc * b,
        ob * a + od * b,
        oa * c + oc * d,
        ob * c + od * d,
        oa * e + oc * f + oe,
        ob * e + od * f + of,
    )


# -- characters, words, lines --------------------------------------------------

_HYPHENS = {0x02: "-", 0xAD: "-"}
"""PDFium marks a hyphen at a line end with 0x02; a soft hyphen prints as one."""


def _chars(
    textpage: pdfium.PdfTextPage, to_page: _Affine, width: float, height: float
) -> Iterator[Char | None]:
    """The page's characters in drawing order; None where a word ends."""
    raw = textpage.raw
    count = min(pdfium_c.FPDFText_CountChars(raw), MAX_CHARS)
    rect = pdfium_c.FS_RECTF()
    name = ctypes.create_string_buffer(128)
    flags = ctypes.c_int(0)
    fonts: dict[tuple[bytes, int], tuple[bool, bool]] = {}
    for i in range(count):
        code = pdfium_c.FPDFText_GetUnicode(raw, i)
        if code in _HYPHENS:
            text = _HYPHENS[code]
        elif (
            code <= 0x20 or code >= 0x110000 or 0xD800 <= code < 0xE000 or code in (0xFFFE, 0xFFFF)
        ):
            yield None
            continue
        else:
            text = chr(code)
            if text.isspace():
                yield None
                continue
        if pdfium_c.FPDFText_IsGenerated(raw, i) == 1:
            yield None
            continue
        angle = pdfium_c.FPDFText_GetCharAngle(raw, i)
        if 0.05 < angle < 6.23:  # rotated text: a label along a picture, not body text
            yield None
            continue
        if not pdfium_c.FPDFText_GetLooseCharBox(raw, i, ctypes.byref(rect)):
            yield None
            continue
        box = _map_box(to_page, rect.left, rect.bottom, rect.right, rect.top)
        if box[2] < 0 or box[3] < 0 or box[0] > width or box[1] > height:
            yield None  # drawn off the page: never seen
            continue
        size = float(pdfium_c.FPDFText_GetFontSize(raw, i))
        tall = box[3] - box[1]
        if not 0.4 * tall <= size <= 2.5 * tall:  # a size the text matrix scaled
            size = tall / 1.2
        pdfium_c.FPDFText_GetFontInfo(raw, i, name, len(name), ctypes.byref(flags))
        key = (name.value, flags.value)
        style = fonts.get(key)
        if style is None:
            lowered = name.value.lower()
            italic = b"italic" in lowered or b"oblique" in lowered or bool(flags.value & 64)
            bold = any(w in lowered for w in (b"bold", b"black", b"heavy", b"semibold"))
            style = fonts[key] = (italic, bold)
        if not style[1] and pdfium_c.FPDFText_GetFontWeight(raw, i) >= 600:
            style = (style[0], True)
        yield Char(text, box, size, style[0], style[1])


# -- pictures and rules --------------------------------------------------------

_MIN_PICTURE = 24.0
"""Points; a smaller image is an icon or a bullet."""
_THIN = 3.0
"""Points; a path this thin and long is a rule."""


def _objects(
    page: pdfium.PdfPage, to_page: _Affine, width: float, height: float
) -> tuple[tuple[Box, ...], tuple[Box, ...], tuple[Box, ...]]:
    pictures: list[Box] = []
    rules: list[Box] = []
    frames: list[Box] = []
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    budget = [MAX_OBJECTS]

    def visit(handle: object, depth: int, to_shown: _Affine) -> None:
        if budget[0] <= 0:
            return
        budget[0] -= 1
        kind = pdfium_c.FPDFPageObj_GetType(handle)
        if kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < _FORM_DEPTH:
            # A form's objects are measured in the form's space: its matrix leads to the page.
            matrix = pdfium_c.FS_MATRIX()
            if not pdfium_c.FPDFPageObj_GetMatrix(handle, ctypes.byref(matrix)):
                return
            inner = (matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f)
            for i in range(pdfium_c.FPDFFormObj_CountObjects(handle)):
                visit(pdfium_c.FPDFFormObj_GetObject(handle, i), depth + 1, _then(to_shown, inner))
            return
        if kind not in (pdfium_c.FPDF_PAGEOBJ_IMAGE, pdfium_c.FPDF_PAGEOBJ_PATH):
            return
        refs = (ctypes.byref(v) for v in (left, bottom, right, top))
        if not pdfium_c.FPDFPageObj_GetBounds(handle, *refs):
            return
        box = _clip(
            _map_box(to_shown, left.value, bottom.value, right.value, top.value), width, height
        )
        if box is None:
            return
        w, h = box[2] - box[0], box[3] - box[1]
        found = None
        if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            if w >= _MIN_PICTURE and h >= _MIN_PICTURE and w * h < 0.9 * width * height:
                found = pictures
        elif (h <= _THIN and w >= 4 * _THIN) or (w <= _THIN and h >= 4 * _THIN):
            found = rules
        elif w >= _MIN_PICTURE and h >= _MIN_PICTURE and w * h < 0.9 * width * height:
            found = frames
        if found is not None and len(found) < MAX_SHAPES:
            found.append(box)

    for i in range(min(pdfium_c.FPDFPage_CountObjects(page.raw), MAX_OBJECTS)):
        visit(pdfium_c.FPDFPage_GetObject(page.raw, i), 0, to_page)
    return tuple(pictures), tuple(rules), tuple(frames)


def _clip(box: Box, width: float, height: float) -> Box | None:
    x0, y0 = max(box[0], 0.0), max(box[1], 0.0)
    x1, y1 = min(box[2], width), min(box[3], height)
    if x1 <= x0 and y1 <= y0:
        return None
    return (x0, y0, max(x1, x0), max(y1, y0))
