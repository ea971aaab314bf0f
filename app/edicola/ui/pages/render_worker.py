"""Rendering pages off the UI thread, most wanted first.

One Python thread owns every PDFium document of the open edition. The view
hands it a whole wish list at a time (visible tiles, then the neighbouring
pages, then thumbnails); a new list replaces the old one, so tiles nobody
will see again are never drawn. Results come back as Qt signals, queued to
the UI thread. A page that fails (a hostile PDF, a render past its time
budget) is reported once and never retried: the view shows a placeholder.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from edicola.core.print.pdf import PdfDocument, PdfError, PdfLimits


@dataclass(frozen=True)
class TileRequest:
    """Draw ``clip`` (x, y, w, h in pixels) of a page scaled to ``page_px`` wide."""

    key: Hashable
    file: str
    index: int
    page_px: int
    clip: tuple[int, int, int, int] | None = None
    finder: Callable[[str], list[tuple[int, int]]] | None = None
    """Instead of drawing: find these words on the page (``hitsFound``)."""


class RenderWorker(QObject):
    # Each result names ``(generation, key)``: a result for an edition that was
    # replaced since (``open_files``) is recognisable and dropped by the receiver.
    tileReady = Signal(object, QImage)
    tileFailed = Signal(object, str)
    hitsFound = Signal(object, list)

    def __init__(self, limits: PdfLimits | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.limits = limits or PdfLimits()
        self._cond = threading.Condition()
        self._queue: list[TileRequest] = []
        self._urgent: list[TileRequest] = []
        """Word searches: before any tile, and kept when the wish list is replaced."""
        self._files: dict[str, bytes] = {}
        self._documents: dict[str, PdfDocument] = {}
        self._broken: dict[str, str] = {}
        self._generation = 0
        self._stopping = False
        self._thread: threading.Thread | None = None

    def _ensure_running(self) -> None:
        """Start the thread on first use (and again after :meth:`stop`); hold ``_cond``."""
        if self._thread is None or not self._thread.is_alive():
            self._stopping = False
            self._thread = threading.Thread(target=self._run, name="edicola-pages", daemon=True)
            self._thread.start()

    def open_files(self, files: dict[str, bytes]) -> None:
        """Switch to another edition's PDFs (``path -> bytes``); pending work is dropped."""
        with self._cond:
            self._generation += 1
            self._queue = []
            self._urgent = []
            self._files = dict(files)
            self._broken = {}
            self._ensure_running()
            self._cond.notify()

    def want(self, requests: list[TileRequest]) -> None:
        """Replace the wish list; the first request is drawn first."""
        with self._cond:
            self._queue = list(reversed(requests))
            if requests:
                self._ensure_running()
            self._cond.notify()

    def find_first(self, request: TileRequest) -> None:
        """Put a word search in front of the wish list."""
        with self._cond:
            self._urgent.append(request)
            self._ensure_running()
            self._cond.notify()

    def pending(self) -> int:
        with self._cond:
            return len(self._queue) + len(self._urgent)

    def stop(self) -> None:
        """Finish the tile in hand and end the thread (the next request starts it again)."""
        with self._cond:
            self._stopping = True
            self._queue = []
            self._urgent = []
            self._cond.notify()
            thread = self._thread
        if thread is not None:
            thread.join(timeout=10)
            if thread.is_alive():
                return  # stuck inside PDFium: leave its documents to it rather than crash
        with self._cond:
            for document in self._documents.values():
                document.close()
            self._documents = {}

    def _run(self) -> None:
        generation = -1
        files: dict[str, bytes] = {}
        while True:
            with self._cond:
                while (
                    not self._queue
                    and not self._urgent
                    and not self._stopping
                    and generation == self._generation
                ):
                    self._cond.wait()
                if self._stopping:
                    return
                if generation != self._generation:
                    generation = self._generation
                    files = self._files
                    for document in self._documents.values():
                        document.close()
                    self._documents = {}
                if self._urgent:
                    request = self._urgent.pop(0)
                elif self._queue:
                    request = self._queue.pop()
                else:
                    continue
            self._draw(request, files, generation)

    @property
    def generation(self) -> int:
        """Bumped by every :meth:`open_files`; results carry the one they were drawn for."""
        return self._generation

    def _draw(self, request: TileRequest, files: dict[str, bytes], generation: int) -> None:
        tag = (generation, request.key)
        page_key = f"{request.file}#{request.index}"
        broken = self._broken.get(request.file) or self._broken.get(page_key)
        if broken:
            self.tileFailed.emit(tag, broken)
            return
        document = self._documents.get(request.file)
        if document is None:
            try:
                data = files.get(request.file)
                if data is None:
                    raise PdfError("missing from the library")
                document = PdfDocument(data, request.file, self.limits)
            except PdfError as exc:
                self._broken[request.file] = str(exc)
                self.tileFailed.emit(tag, str(exc))
                return
            self._documents[request.file] = document
        if request.finder is not None:
            try:
                rects = document.find_words(request.index, request.finder)
            except PdfError:
                rects = []
            self.hitsFound.emit(tag, rects)
            return
        try:
            raster = document.render(request.index, request.page_px, request.clip)
        except PdfError as exc:
            self._broken[page_key] = str(exc)
            self.tileFailed.emit(tag, str(exc))
            return
        image = QImage(
            raster.data, raster.width, raster.height, raster.stride, QImage.Format.Format_RGB32
        ).copy()
        self.tileReady.emit(tag, image)
