"""PDFium behind a jail: the one place Edicola opens, measures and renders PDFs.

A replica PDF comes from outside, and PDFium's cost is not its size: a 7.5 KB
page of nested Form XObjects grew to 22 GB inside ``FPDF_LoadPage``, before
any render budget was looked at (issue 19). So PDFium never runs in this
process: every open, page, text and render call goes to a worker of
:mod:`edicola.core.jail` with a memory cap (:attr:`PdfLimits.memory_mb`, plus
the bitmap a render draws) and a CPU-time cap, and comes back as a result or a
one-line :class:`PdfError` ("needs more than 300 MB to draw"). Documents are
checked against :class:`PdfLimits` when opened, encrypted ones are refused,
and a render's budget is CPU time (:mod:`edicola.core.print.pdfium_jobs`).
That module (and pypdfium2 with it) is imported by the first call, not here:
the reader imports this one at start-up, and PDFium only runs in the jail.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Callable
from typing import Any, TypeVar

from edicola.core.jail import JailError, run_jailed
from edicola.core.print.pdf_types import (
    ARTICLE_URI,
    Link,
    NotOpen,
    PdfError,
    PdfLimits,
    PdfPageInfo,
    Raster,
    RenderTimeout,
)

__all__ = [
    "ARTICLE_URI",
    "Link",
    "PdfDocument",
    "PdfError",
    "PdfLimits",
    "PdfPageInfo",
    "Raster",
    "RenderTimeout",
    "raster_to_rgb",
]

T = TypeVar("T")
_MB = 1024 * 1024
_RENDER_SLACK = 0.5
"""CPU seconds the jail allows a render past its budget: the budget is checked
while drawing; the jail's own cap catches a page that never gets that far."""


class PdfDocument:
    """A checked PDF, opened in the jail; close it (or use ``with``).

    Thread-safe in the sense that matters: each call is one message to a
    single-threaded worker, so two threads never meet inside PDFium.
    """

    def __init__(self, data: bytes, name: str, limits: PdfLimits | None = None) -> None:
        self.name = name
        self.limits = limits or PdfLimits()
        self._data = data
        self._key = uuid.uuid4().hex  # names it in the workers' caches (no hash to compute)
        self._closed = False
        from edicola.core.print import pdfium_jobs as jobs

        self._sizes = self._jailed(jobs.open_document, doing="to open", cpu=self.limits.cpu_seconds)

    def _jailed(
        self,
        job: Callable[..., T],
        *args: Any,
        doing: str,
        cpu: float,
        extra_mb: int = 0,
        shown_slack: float = 0.0,
    ) -> T:
        """``job`` in a worker; its jail limits become a :class:`PdfError` saying ``doing``."""
        if self._closed:
            raise PdfError("the document is closed")
        memory = self.limits.memory_mb + extra_mb
        try:
            try:
                return run_jailed(
                    job, self._key, None, self.limits, *args, memory_mb=memory, cpu_seconds=cpu
                )
            except NotOpen:
                return run_jailed(
                    job,
                    self._key,
                    self._data,
                    self.limits,
                    *args,
                    memory_mb=memory,
                    cpu_seconds=cpu,
                )
        except JailError as exc:
            raise _problem(exc, doing, self.limits.memory_mb, cpu - shown_slack) from None

    def __enter__(self) -> PdfDocument:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Forget the document here (workers drop it as others arrive)."""
        self._closed = True

    def __len__(self) -> int:
        return len(self._sizes)

    def page_size(self, index: int) -> tuple[float, float]:
        """Width and height in points, as shown (after the page's rotation); checked."""
        if not 0 <= index < len(self._sizes):
            raise PdfError(f"page {index + 1} does not exist (the PDF has {len(self._sizes)})")
        width, height = self._sizes[index]
        low, high = self.limits.min_side, self.limits.max_side
        if not (low <= width <= high and low <= height <= high):
            raise PdfError(
                f"page {index + 1} is {width:.0f}×{height:.0f} points; each side must be "
                f"between {low:.0f} and {high:.0f}"
            )
        return width, height

    def inspect(self) -> list[PdfPageInfo]:
        """Every page's size and URI links, checked against the limits (one call a page,
        so a hostile page is named: "page 3 needs more than 300 MB to load")."""
        from edicola.core.print import pdfium_jobs as jobs

        pages = []
        for index in range(len(self)):
            width, height = self.page_size(index)
            label, links = self._jailed(
                jobs.page_links,
                index,
                width,
                height,
                doing=f"to load page {index + 1}",
                cpu=self.limits.cpu_seconds,
            )
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
        past ``budget`` seconds of CPU time and :class:`PdfError` for a page
        that PDFium cannot draw or that needs more than the memory limit.
        """
        width_pt, height_pt = self.page_size(index)
        full_w = max(1, int(page_width_px))
        full_h = max(1, round(full_w * height_pt / width_pt))
        x, y, w, h = clip if clip is not None else (0, 0, full_w, full_h)
        w, h = max(1, min(w, full_w - x)), max(1, min(h, full_h - y))
        if w * h > self.limits.max_render_pixels:
            raise PdfError(f"a {w}×{h} bitmap is larger than the render limit")
        seconds = self.limits.render_budget if budget is None else max(0.0, budget)
        from edicola.core.print import pdfium_jobs as jobs

        width, height, stride, pixels = self._jailed(
            jobs.render_page,
            index,
            (full_w, full_h),
            (x, y, w, h),
            seconds,
            doing="to draw",
            cpu=seconds + _RENDER_SLACK,
            extra_mb=math.ceil(2 * 4 * w * h / _MB),  # the bitmap and its copy
            shown_slack=_RENDER_SLACK,
        )
        data: object = pixels  # the jail hands the Shared buffer over as bytes
        assert isinstance(data, bytes)
        return Raster(width, height, stride, data)

    def find_text(self, index: int, text: str) -> list[tuple[float, float, float, float]]:
        """Rectangles (top-left origin, points) of every occurrence of ``text`` on a page."""
        if not text.strip():
            return []
        _, height = self.page_size(index)
        from edicola.core.print import pdfium_jobs as jobs

        return self._jailed(
            jobs.find_text, index, text, height, doing="to search", cpu=self.limits.cpu_seconds
        )

    def find_words(
        self, index: int, finder: Callable[[str], list[tuple[int, int]]]
    ) -> list[tuple[float, float, float, float]]:
        """Rectangles (top-left origin, points) of the words ``finder`` picks in the
        page's text (``finder`` gets the text and returns character spans), e.g. the
        words a search matched, found with the same folding as the index.

        The text comes from the jail, ``finder`` runs here, and the boxes of its
        spans come from the jail: PDFium's own positions on the same text page.
        """
        _, height = self.page_size(index)
        cpu = self.limits.cpu_seconds
        from edicola.core.print import pdfium_jobs as jobs

        text = self._jailed(jobs.page_text, index, doing="to read the text", cpu=cpu)
        spans = finder(text)
        if not spans:
            return []
        return self._jailed(
            jobs.span_rects, index, spans[: jobs.MAX_HITS], height, doing="to search", cpu=cpu
        )


def _problem(exc: JailError, doing: str, memory_mb: int, cpu: float) -> PdfError:
    """A jail's refusal as a PDF problem: "needs more than 300 MB to draw"."""
    if exc.kind == "cpu":
        return RenderTimeout(f"needs more than {cpu:g} s of CPU time {doing}")
    if exc.kind == "memory":
        return PdfError(f"needs more than {memory_mb} MB {doing}")
    return PdfError(f"PDFium stopped while trying {doing}: {exc}")


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
