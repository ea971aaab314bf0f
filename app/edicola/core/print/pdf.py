"""PDFium behind a guard: the one place Edicola opens, measures and renders PDFs.

PDFium (through ``pypdfium2``) runs in-process and is not thread-safe, and a
replica PDF comes from outside. So every call goes through one lock, every
document is checked against :class:`PdfLimits` before a page is touched,
encrypted documents are refused, and each render has a time budget
(PDFium's progressive rendering is paused and abandoned when it runs out).
"""

from __future__ import annotations

import ctypes
import threading
import time
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

_LOCK = threading.RLock()
"""PDFium is a process-wide library without locks of its own."""

ARTICLE_URI = "edicola:article/"


class PdfError(Exception):
    """A PDF that cannot be used; ``str()`` is one line saying why."""


class RenderTimeout(PdfError):
    """A render ran past its time budget and was abandoned."""


@dataclass(frozen=True)
class PdfLimits:
    """Bounds for a hostile PDF; whoever embeds the reader may change them."""

    max_pages: int = 400
    """Pages in one edition (and so in one PDF)."""
    min_side: float = 72.0
    """Smallest page side in points (one inch)."""
    max_side: float = 14400.0
    """Largest page side in points (200 inches, PDF's own limit)."""
    max_bytes_per_page: int = 16 * 1024 * 1024
    """A PDF file may hold at most this many bytes for each page it has."""
    render_budget: float = 3.0
    """Seconds one render may take before it is abandoned."""
    max_render_pixels: int = 60_000_000
    """Largest bitmap one render may allocate (about 240 MB at 4 bytes a pixel)."""


@dataclass(frozen=True)
class Link:
    """A URI link annotation: where it points and its rectangle (top-left origin, points)."""

    uri: str
    rect: tuple[float, float, float, float]


@dataclass(frozen=True)
class PdfPageInfo:
    index: int
    width: float
    height: float
    label: str
    """The PDF's own page label, or "" when it has none."""
    links: tuple[Link, ...]


@dataclass(frozen=True)
class Raster:
    """Pixels as PDFium wrote them: 32-bit BGRx rows (Qt's ``Format_RGB32`` on little-endian)."""

    width: int
    height: int
    stride: int
    data: bytes


@contextmanager
def _guarded() -> Iterator[None]:
    """Hold the PDFium lock; PDFium's own errors become :class:`PdfError`."""
    with _LOCK:
        try:
            yield
        except pdfium.PdfiumError as exc:
            raise PdfError(f"PDFium cannot read it ({exc})") from exc


class PdfDocument:
    """An open, checked PDF held in memory; close it (or use ``with``)."""

    def __init__(self, data: bytes, name: str, limits: PdfLimits | None = None) -> None:
        self.name = name
        self.limits = limits or PdfLimits()
        self._data = data
        with _LOCK:
            try:
                self._doc = pdfium.PdfDocument(data)
            except pdfium.PdfiumError as exc:
                if "password" in str(exc).lower():
                    raise PdfError("encrypted PDFs are refused") from exc
                raise PdfError(f"not a readable PDF ({exc})") from exc
            try:
                self._check()
            except BaseException:
                self._doc.close()
                raise
        # A document nobody closed is closed under the lock when it is collected:
        # pypdfium2's own finalizer would call PDFium from whichever thread runs the
        # collector, perhaps while the render thread is inside PDFium.
        weakref.finalize(self, _close_locked, self._doc)

    def _check(self) -> None:
        if pdfium_c.FPDF_GetSecurityHandlerRevision(self._doc.raw) != -1:
            raise PdfError("encrypted PDFs are refused")
        count = len(self._doc)
        if count < 1:
            raise PdfError("the PDF has no pages")
        if count > self.limits.max_pages:
            raise PdfError(f"{count} pages, more than the limit of {self.limits.max_pages}")
        per_page = len(self._data) / count
        if per_page > self.limits.max_bytes_per_page:
            raise PdfError(
                f"{per_page / 1048576:.1f} MiB per page, more than the limit of "
                f"{self.limits.max_bytes_per_page / 1048576:.0f} MiB"
            )

    def __enter__(self) -> PdfDocument:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        with _LOCK:
            self._doc.close()

    def __len__(self) -> int:
        return len(self._doc)

    def page_size(self, index: int) -> tuple[float, float]:
        """Width and height in points, as shown (after the page's rotation); checked."""
        with _guarded():
            width, height = self._doc.get_page_size(index)
        low, high = self.limits.min_side, self.limits.max_side
        if not (low <= width <= high and low <= height <= high):
            raise PdfError(
                f"page {index + 1} is {width:.0f}×{height:.0f} points; each side must be "
                f"between {low:.0f} and {high:.0f}"
            )
        return float(width), float(height)

    def inspect(self) -> list[PdfPageInfo]:
        """Every page's size and URI links, checked against the limits."""
        pages = []
        for index in range(len(self)):
            width, height = self.page_size(index)
            with self._page(index) as page:
                links = tuple(_links(self._doc, page, width, height))
                label = self._doc.get_page_label(index)[:40]
            pages.append(PdfPageInfo(index, width, height, label, links))
        return pages

    def render(
        self,
        index: int,
        page_width_px: int,
        clip: tuple[int, int, int, int] | None = None,
        budget: float | None = None,
    ) -> Raster:
        """Render page ``index`` scaled to ``page_width_px`` pixels wide.

        ``clip`` (x, y, w, h in pixels of that scaled page) renders one tile
        of it; the default is the whole page. Raises :class:`RenderTimeout`
        past ``budget`` seconds and :class:`PdfError` for a page PDFium cannot draw.
        """
        width_pt, height_pt = self.page_size(index)
        full_w = max(1, int(page_width_px))
        full_h = max(1, round(full_w * height_pt / width_pt))
        x, y, w, h = clip if clip is not None else (0, 0, full_w, full_h)
        w, h = max(1, min(w, full_w - x)), max(1, min(h, full_h - y))
        if w * h > self.limits.max_render_pixels:
            raise PdfError(f"a {w}×{h} bitmap is larger than the render limit")
        deadline = time.monotonic() + (self.limits.render_budget if budget is None else budget)
        with self._page(index) as page:
            bitmap = pdfium.PdfBitmap.new_native(w, h, pdfium_c.FPDFBitmap_BGRx)
            try:
                pdfium_c.FPDFBitmap_FillRect(bitmap.raw, 0, 0, w, h, 0xFFFFFFFF)
                _render_progressive(page, bitmap, -x, -y, full_w, full_h, deadline)
                data = bytes(memoryview(bitmap.buffer).cast("B")[: bitmap.stride * h])
                return Raster(w, h, bitmap.stride, data)
            finally:
                bitmap.close()

    @contextmanager
    def _page(self, index: int) -> Iterator[pdfium.PdfPage]:
        """A loaded page, under the lock, closed afterwards whatever happens."""
        with _guarded():
            page = self._doc[index]
            try:
                yield page
            finally:
                page.close()

    @contextmanager
    def _textpage(self, index: int) -> Iterator[pdfium.PdfTextPage]:
        with self._page(index) as page:
            textpage = page.get_textpage()
            try:
                yield textpage
            finally:
                textpage.close()

    def find_text(self, index: int, text: str) -> list[tuple[float, float, float, float]]:
        """Rectangles (top-left origin, points) of every occurrence of ``text`` on a page."""
        if not text.strip():
            return []
        _, height = self.page_size(index)
        rects: list[tuple[float, float, float, float]] = []
        with self._textpage(index) as textpage:
            searcher = textpage.search(text, match_case=False)
            while (found := searcher.get_next()) is not None and len(rects) < 500:
                start, count = found
                boxes = [textpage.get_rect(i) for i in range(textpage.count_rects(start, count))]
                for left, bottom, right, top in _merge_lines(boxes):
                    rects.append((left, height - top, right, height - bottom))
        return rects

    def find_words(
        self, index: int, finder: Callable[[str], list[tuple[int, int]]]
    ) -> list[tuple[float, float, float, float]]:
        """Rectangles (top-left origin, points) of the words ``finder`` picks in the
        page's text (``finder`` gets the text and returns character spans), e.g. the
        words a search matched, found with the same folding as the index."""
        _, height = self.page_size(index)
        with self._textpage(index) as textpage:
            return _page_words(textpage, height, finder)


def _close_locked(document: pdfium.PdfDocument) -> None:
    with _LOCK:
        document.close()


def _page_words(
    textpage: pdfium.PdfTextPage,
    height: float,
    finder: Callable[[str], list[tuple[int, int]]],
) -> list[tuple[float, float, float, float]]:
    """Boxes (top-left origin) of the character spans ``finder`` picks in the page's text.

    The text is read one character index at a time, so a span's positions are
    PDFium's own and its boxes come from the same text page.
    """
    count = min(textpage.count_chars(), 200_000)
    text = "".join(
        chr(code) if 0 < (code := pdfium_c.FPDFText_GetUnicode(textpage.raw, i)) < 0x110000 else " "
        for i in range(count)
    )
    rects: list[tuple[float, float, float, float]] = []
    for start, end in finder(text)[:500]:
        boxes = [textpage.get_rect(i) for i in range(textpage.count_rects(start, end - start))]
        for left, bottom, right, top in _merge_lines(boxes):
            rects.append((left, height - top, right, height - bottom))
    return rects


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
        if seen > 10_000:
            raise PdfError("more than 10,000 links on one page")
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
    bitmap: pdfium.PdfBitmap,
    start_x: int,
    start_y: int,
    size_x: int,
    size_y: int,
    deadline: float,
) -> None:
    """PDFium's pausable rendering, abandoned at ``deadline``."""

    def need_to_pause(_pause: object) -> int:
        return int(time.monotonic() > deadline)

    callback_type = dict(pdfium_c.IFSDK_PAUSE._fields_)["NeedToPauseNow"]
    callback = callback_type(need_to_pause)
    pause = pdfium_c.IFSDK_PAUSE(version=1, NeedToPauseNow=callback)
    status = pdfium_c.FPDF_RenderPageBitmap_Start(
        bitmap.raw, page.raw, start_x, start_y, size_x, size_y, 0, 0, ctypes.byref(pause)
    )
    try:
        while status == pdfium_c.FPDF_RENDER_TOBECONTINUED:
            if time.monotonic() > deadline:
                raise RenderTimeout("the page took too long to draw")
            status = pdfium_c.FPDF_RenderPage_Continue(page.raw, ctypes.byref(pause))
    finally:
        pdfium_c.FPDF_RenderPage_Close(page.raw)
    if status != pdfium_c.FPDF_RENDER_DONE:
        raise PdfError("PDFium could not draw the page")


def raster_to_rgb(raster: Raster) -> bytes:
    """Tightly packed RGB rows from a BGRx raster (for PNG)."""
    rgb = bytearray(raster.width * raster.height * 3)
    row_bytes = raster.width * 4
    if raster.stride == row_bytes:
        src = raster.data
        rgb[0::3] = src[2::4]
        rgb[1::3] = src[1::4]
        rgb[2::3] = src[0::4]
        return bytes(rgb)
    for row in range(raster.height):
        src = raster.data[row * raster.stride : row * raster.stride + row_bytes]
        out = row * raster.width * 3
        rgb[out + 0 : out + raster.width * 3 : 3] = src[2::4]
        rgb[out + 1 : out + raster.width * 3 : 3] = src[1::4]
        rgb[out + 2 : out + raster.width * 3 : 3] = src[0::4]
    return bytes(rgb)
