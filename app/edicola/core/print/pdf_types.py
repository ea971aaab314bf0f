"""What both sides of the PDF jail share: the limits, the errors and the plain records.

The reader's process (:mod:`edicola.core.print.pdf`) and the jail's worker
(:mod:`edicola.core.print.pdfium_jobs`) both import this module; it loads no
PDFium, so the reader's own process never does.
"""

from __future__ import annotations

from dataclasses import dataclass

ARTICLE_URI = "edicola:article/"


class PdfError(Exception):
    """A PDF that cannot be used; ``str()`` is one line saying why."""


class RenderTimeout(PdfError):
    """A render ran past its CPU-time budget and was abandoned."""


class NotOpen(Exception):
    """The worker that got the call has not opened this document yet: send its bytes."""


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
    """CPU seconds one render may take before it is abandoned (a busy machine does
    not make a page slower: its CPU time is the page's own)."""
    max_render_pixels: int = 60_000_000
    """Largest bitmap one render may allocate (about 240 MB at 4 bytes a pixel)."""
    memory_mb: int = 300
    """Memory PDFium may take for one call (opening, a page's links or text, a
    render) besides the bitmap a render draws into; past it the call is stopped."""
    cpu_seconds: float = 3.0
    """CPU seconds to open a document, or to read one page's links or text."""


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
