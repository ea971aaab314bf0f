"""PDFium's side of the PDF jail: the calls a worker process makes on a replica PDF.

Only the jail's worker runs these (through :mod:`edicola.core.print.pdf`):
PDFium is not thread-safe, a page of nested Form XObjects can take gigabytes
inside ``FPDF_LoadPage``, and a worker is single-threaded and killed past its
limits. Each call names its document by a digest of its bytes; the worker
keeps the last few open (a page turn reuses them), and a worker that has not
seen a document raises :class:`NotOpen` so the caller sends the bytes once.
"""

from __future__ import annotations

import contextlib
import ctypes
import time
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from edicola.core.jail.pool import Shared
from edicola.core.jail.worker import scratch
from edicola.core.print.pdf_types import Link, NotOpen, PdfError, PdfLimits, RenderTimeout

MAX_OPEN = 4
"""Documents a worker keeps open between calls."""
MAX_LINKS = 10_000
MAX_TEXT_CHARS = 200_000
MAX_HITS = 500


@dataclass
class _Open:
    document: pdfium.PdfDocument
    data: bytes


_documents: OrderedDict[str, _Open] = OrderedDict()


def _document(key: str, data: bytes | None, limits: PdfLimits) -> _Open:
    found = _documents.get(key)
    if found is not None:
        _documents.move_to_end(key)
        return found
    if data is None:
        raise NotOpen(key)
    opened = _Open(_open(data), data)
    try:
        _check(opened, limits)
    except BaseException:
        opened.document.close()
        raise
    _documents[key] = opened
    while len(_documents) > MAX_OPEN:
        _documents.popitem(last=False)[1].document.close()
    return opened


def _open(data: bytes) -> pdfium.PdfDocument:
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise PdfError(unreadable_reason(data, getattr(exc, "err_code", None))) from None
    # Pages whose content sits in form fields draw only with a form environment
    # (issue 24); it must exist before the first page is loaded. Without one (an
    # environment PDFium cannot make) the page is drawn without its fields.
    with contextlib.suppress(pdfium.PdfiumError):
        document.init_forms()
    return document


def unreadable_reason(data: bytes, code: int | None) -> str:
    """Why PDFium could not open ``data``, in words (its own error is often "Success")."""
    if code == pdfium_c.FPDF_ERR_PASSWORD:
        return "encrypted PDFs are refused"
    if code == pdfium_c.FPDF_ERR_SECURITY:
        return "uses a security handler PDFium does not support"
    if not data:
        return "not a readable PDF: the file is empty"
    head = data[:1024]
    if b"%PDF-" not in head:
        shown = head[:16].decode("latin-1").encode("unicode_escape").decode("ascii")
        return f"not a PDF: it does not start with %PDF- (it starts with '{shown}')"
    tail = data[-2048:]
    if b"startxref" not in tail and b"%%EOF" not in tail:
        return "not a readable PDF: it ends early (no cross-reference table at the end)"
    return "not a readable PDF: its structure is damaged beyond repair"


def _check(opened: _Open, limits: PdfLimits) -> None:
    raw = opened.document.raw
    if pdfium_c.FPDF_GetSecurityHandlerRevision(raw) != -1:
        raise PdfError("encrypted PDFs are refused")
    count = len(opened.document)
    if count < 1:
        raise PdfError("the PDF has no pages")
    if count > limits.max_pages:
        raise PdfError(f"{count} pages, more than the limit of {limits.max_pages}")
    per_page = len(opened.data) / count
    if per_page > limits.max_bytes_per_page:
        raise PdfError(
            f"{per_page / 1048576:.1f} MiB per page, more than the limit of "
            f"{limits.max_bytes_per_page / 1048576:.0f} MiB"
        )


@contextmanager
def _page(opened: _Open, index: int) -> Iterator[pdfium.PdfPage]:
    """A loaded page, closed afterwards; PDFium's own errors become :class:`PdfError`."""
    try:
        page = opened.document[index]
    except pdfium.PdfiumError as exc:
        raise PdfError(f"page {index + 1} cannot be loaded ({exc})") from None
    try:
        yield page
    finally:
        page.close()


# -- the calls ------------------------------------------------------------------


def open_document(key: str, data: bytes | None, limits: PdfLimits) -> list[tuple[float, float]]:
    """Open (or find open) and check a document; every page's size in points, as shown."""
    opened = _document(key, data, limits)
    _check(opened, limits)  # the limits may differ from those it was first opened with
    sizes = []
    for index in range(len(opened.document)):
        try:
            width, height = opened.document.get_page_size(index)
        except pdfium.PdfiumError as exc:
            raise PdfError(f"page {index + 1} has no size ({exc})") from None
        sizes.append((float(width), float(height)))
    return sizes


def page_links(
    key: str, data: bytes | None, limits: PdfLimits, index: int, width: float, height: float
) -> tuple[str, tuple[Link, ...]]:
    """A page's label and URI links (loading the page: where hostile content costs)."""
    opened = _document(key, data, limits)
    with _page(opened, index) as page:
        links = tuple(_links(opened.document, page, width, height))
    return opened.document.get_page_label(index)[:40], links


def render_page(
    key: str,
    data: bytes | None,
    limits: PdfLimits,
    index: int,
    full: tuple[int, int],
    clip: tuple[int, int, int, int],
    budget: float,
) -> tuple[int, int, int, Shared]:
    """Draw ``clip`` (x, y, w, h) of page ``index`` scaled to ``full`` (w, h) pixels:
    (width, height, stride, BGRx pixels). The budget is CPU time, loading included.

    PDFium draws straight into the jail's shared buffer, which the caller reads once.
    """
    deadline = time.process_time() + budget
    opened = _document(key, data, limits)
    x, y, w, h = clip
    stride = 4 * w
    with _page(opened, index) as page:
        view = scratch(stride * h)
        pixels = (ctypes.c_ubyte * (stride * h)).from_buffer(view)
        bitmap = pdfium_c.FPDFBitmap_CreateEx(w, h, pdfium_c.FPDFBitmap_BGRx, pixels, stride)
        try:
            if not bitmap:
                raise PdfError("PDFium could not make a bitmap to draw into")
            pdfium_c.FPDFBitmap_FillRect(bitmap, 0, 0, w, h, 0xFFFFFFFF)
            if not _render_progressive(page, bitmap, (-x, -y, *full), deadline):
                raise RenderTimeout(f"needs more than {budget:g} s of CPU time to draw")
            formenv = opened.document.formenv
            if formenv is not None:
                pdfium_c.FPDF_FFLDraw(formenv.raw, bitmap, page.raw, -x, -y, *full, 0, 0)
        finally:
            if bitmap:
                pdfium_c.FPDFBitmap_Destroy(bitmap)
            del pixels
            view.release()
    return w, h, stride, Shared(stride * h)


def find_text(
    key: str, data: bytes | None, limits: PdfLimits, index: int, text: str, height: float
) -> list[tuple[float, float, float, float]]:
    """Rectangles (top-left origin, points) of every occurrence of ``text`` on a page."""
    opened = _document(key, data, limits)
    rects: list[tuple[float, float, float, float]] = []
    with _textpage(opened, index) as textpage:
        searcher = textpage.search(text, match_case=False)
        while (found := searcher.get_next()) is not None and len(rects) < MAX_HITS:
            start, count = found
            rects += _span_boxes(textpage, start, count, height)
    return rects


def page_text(key: str, data: bytes | None, limits: PdfLimits, index: int) -> str:
    """A page's text, one character per PDFium character index (so spans map back)."""
    opened = _document(key, data, limits)
    with _textpage(opened, index) as textpage:
        count = min(textpage.count_chars(), MAX_TEXT_CHARS)
        return "".join(
            chr(code)
            if 0 < (code := pdfium_c.FPDFText_GetUnicode(textpage.raw, i)) < 0x110000
            else " "
            for i in range(count)
        )


def span_rects(
    key: str,
    data: bytes | None,
    limits: PdfLimits,
    index: int,
    spans: list[tuple[int, int]],
    height: float,
) -> list[tuple[float, float, float, float]]:
    """Boxes (top-left origin, points) of character spans of :func:`page_text`."""
    opened = _document(key, data, limits)
    rects: list[tuple[float, float, float, float]] = []
    with _textpage(opened, index) as textpage:
        for start, end in spans[:MAX_HITS]:
            rects += _span_boxes(textpage, start, end - start, height)
    return rects


# -- PDFium details --------------------------------------------------------------


@contextmanager
def _textpage(opened: _Open, index: int) -> Iterator[pdfium.PdfTextPage]:
    with _page(opened, index) as page:
        textpage = page.get_textpage()
        try:
            yield textpage
        finally:
            textpage.close()


def _span_boxes(
    textpage: pdfium.PdfTextPage, start: int, count: int, height: float
) -> list[tuple[float, float, float, float]]:
    boxes = [textpage.get_rect(i) for i in range(textpage.count_rects(start, count))]
    return [
        (left, height - top, right, height - bottom)
        for left, bottom, right, top in _merge_lines(boxes)
    ]


def _merge_lines(
    boxes: list[tuple[float, float, float, float]],
) -> list[tuple[float, float, float, float]]:
    """One box per line of a hit: PDFium gives one per text object (often per glyph)."""
    merged: list[list[float]] = []
    for left, bottom, right, top in boxes:
        for box in merged:
            overlap = min(top, box[3]) - max(bottom, box[1])
            if overlap > 0.5 * min(top - bottom, box[3] - box[1]):
                box[0], box[1] = min(box[0], left), min(box[1], bottom)
                box[2], box[3] = max(box[2], right), max(box[3], top)
                break
        else:
            merged.append([left, bottom, right, top])
    return [(b[0], b[1], b[2], b[3]) for b in merged]


def _links(
    doc: pdfium.PdfDocument, page: pdfium.PdfPage, width: float, height: float
) -> Iterator[Link]:
    position = ctypes.c_int(0)
    link = pdfium_c.FPDF_LINK()
    seen = 0
    while pdfium_c.FPDFLink_Enumerate(page.raw, ctypes.byref(position), ctypes.byref(link)):
        seen += 1
        if seen > MAX_LINKS:
            raise PdfError(f"more than {MAX_LINKS:,} links on one page")
        action = pdfium_c.FPDFLink_GetAction(link)
        if not action or pdfium_c.FPDFAction_GetType(action) != pdfium_c.PDFACTION_URI:
            continue
        size = pdfium_c.FPDFAction_GetURIPath(doc.raw, action, None, 0)
        if size <= 1 or size > 4096:
            continue
        buffer = ctypes.create_string_buffer(size)
        pdfium_c.FPDFAction_GetURIPath(doc.raw, action, buffer, size)
        uri = buffer.raw[: size - 1].decode("ascii", "replace")
        rect = pdfium_c.FS_RECTF()
        if not pdfium_c.FPDFLink_GetAnnotRect(link, ctypes.byref(rect)):
            continue
        corners = [
            _to_top_left(page, width, height, px, py)
            for px, py in ((rect.left, rect.bottom), (rect.right, rect.top))
        ]
        xs, ys = [c[0] for c in corners], [c[1] for c in corners]
        yield Link(uri, (min(xs), min(ys), max(xs), max(ys)))


_DEVICE_SCALE = 100
"""PDFium converts to integer device pixels: measure at 100 px a point, keep hundredths."""


def _to_top_left(
    page: pdfium.PdfPage, width: float, height: float, x: float, y: float
) -> tuple[float, float]:
    """Page space (bottom-left origin, unrotated) to the shown page (top-left origin), points."""
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
    return (
        min(max(dx.value / _DEVICE_SCALE, 0.0), width),
        min(max(dy.value / _DEVICE_SCALE, 0.0), height),
    )


def _render_progressive(
    page: pdfium.PdfPage,
    bitmap: Any,
    area: tuple[int, int, int, int],
    deadline: float,
) -> bool:
    """PDFium's pausable rendering, abandoned (False) once this process's CPU time
    passes ``deadline`` (``time.process_time``: the worker does nothing else meanwhile)."""

    def need_to_pause(_pause: object) -> int:
        return int(time.process_time() > deadline)

    callback_type = dict(pdfium_c.IFSDK_PAUSE._fields_)["NeedToPauseNow"]
    callback = callback_type(need_to_pause)
    pause = pdfium_c.IFSDK_PAUSE(version=1, NeedToPauseNow=callback)
    status = pdfium_c.FPDF_RenderPageBitmap_Start(
        bitmap, page.raw, *area, 0, pdfium_c.FPDF_ANNOT, ctypes.byref(pause)
    )
    try:
        while status == pdfium_c.FPDF_RENDER_TOBECONTINUED:
            if time.process_time() > deadline:
                return False
            status = pdfium_c.FPDF_RenderPage_Continue(page.raw, ctypes.byref(pause))
    finally:
        pdfium_c.FPDF_RenderPage_Close(page.raw)
    if status != pdfium_c.FPDF_RENDER_DONE:
        raise PdfError("PDFium could not draw the page")
    return True
