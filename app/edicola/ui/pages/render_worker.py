"""Rendering pages off the UI thread, most wanted first.

One worker thread (:class:`edicola.tasks.worker_thread.WorkerThread`) owns
every PDFium document of the open edition. The view hands it a whole wish
list at a time (visible tiles, then the neighbouring pages, then thumbnails);
a new list replaces the old one, so tiles nobody will see again are never
drawn: the latest wish list only, plus word searches, which go first and
survive a new list. Results come back on the UI thread through a mailbox. A
page that fails (a hostile PDF, a render past its time budget) is reported
once and never retried: the view shows a placeholder.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtGui import QImage

from edicola.core.print.pdf import PdfDocument, PdfError, PdfLimits
from edicola.tasks.mailbox import Mailbox
from edicola.tasks.worker_thread import WorkerThread


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


@dataclass(frozen=True)
class _Open:
    """Switch the worker to another edition's files (its documents are closed)."""

    generation: int
    files: dict[str, bytes]


@dataclass(frozen=True)
class _Draw:
    generation: int
    request: TileRequest


class RenderWorker(QObject):
    # Each result names ``(generation, key)``: a result for an edition that was
    # replaced since (``open_files``) is recognisable and dropped by the receiver.
    tileReady = Signal(object, QImage)
    tileFailed = Signal(object, str)
    hitsFound = Signal(object, list)

    def __init__(self, limits: PdfLimits | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.limits = limits or PdfLimits()
        self._mailbox = Mailbox(self)
        # The backlog, guarded by the worker's lock:
        self._opening: dict[str, bytes] | None = None
        self._queue: list[TileRequest] = []
        self._urgent: list[TileRequest] = []
        """Word searches: before any tile, and kept when the wish list is replaced."""
        self._generation = 0
        # The worker thread's own state:
        self._files: dict[str, bytes] = {}
        self._documents: dict[str, PdfDocument] = {}
        self._broken: dict[str, str] = {}
        self._worker: WorkerThread[_Open | _Draw] = WorkerThread(
            self._take, self._run, name="edicola-pages", daemon=True, linger=True
        )

    def open_files(self, files: dict[str, bytes]) -> None:
        """Switch to another edition's PDFs (``path -> bytes``); pending work is dropped."""
        with self._worker.changing():
            self._generation += 1
            self._opening = dict(files)
            self._queue = []
            self._urgent = []

    def want(self, requests: list[TileRequest]) -> None:
        """Replace the wish list; the first request is drawn first."""
        with self._worker.changing(wake=bool(requests)):
            self._queue = list(reversed(requests))

    def find_first(self, request: TileRequest) -> None:
        """Put a word search in front of the wish list."""
        with self._worker.changing():
            self._urgent.append(request)

    def pending(self) -> int:
        with self._worker.lock:
            return len(self._queue) + len(self._urgent)

    def stop(self) -> None:
        """Finish the tile in hand and end the thread (the next request starts it again)."""
        with self._worker.changing(wake=False):
            self._queue = []
            self._urgent = []
        if not self._worker.stop(timeout=10):
            return  # stuck inside PDFium: leave its documents to it rather than crash
        self._close_documents()

    @property
    def generation(self) -> int:
        """Bumped by every :meth:`open_files`; results carry the one they were drawn for."""
        return self._generation

    def _take(self) -> _Open | _Draw | None:
        """Under the worker's lock: a new edition first, then word searches, then tiles."""
        if self._opening is not None:
            files, self._opening = self._opening, None
            return _Open(self._generation, files)
        if self._urgent:
            return _Draw(self._generation, self._urgent.pop(0))
        if self._queue:
            return _Draw(self._generation, self._queue.pop())
        return None

    # -- on the worker thread ---------------------------------------------------------

    def _run(self, job: _Open | _Draw) -> None:
        if isinstance(job, _Open):
            self._close_documents()
            self._files = job.files
            self._broken = {}
        else:
            self._draw(job.request, job.generation)

    def _close_documents(self) -> None:
        documents, self._documents = self._documents, {}
        for document in documents.values():
            document.close()

    def _emit(self, signal: SignalInstance, *args: object) -> None:
        """Hand a result to the UI thread (the worker touches no widget)."""
        self._mailbox.post(lambda: signal.emit(*args))

    def _draw(self, request: TileRequest, generation: int) -> None:
        tag = (generation, request.key)
        page_key = f"{request.file}#{request.index}"
        broken = self._broken.get(request.file) or self._broken.get(page_key)
        if broken:
            self._emit(self.tileFailed, tag, broken)
            return
        document = self._documents.get(request.file)
        if document is None:
            try:
                data = self._files.get(request.file)
                if data is None:
                    raise PdfError("missing from the library")
                document = PdfDocument(data, request.file, self.limits)
            except PdfError as exc:
                self._broken[request.file] = str(exc)
                self._emit(self.tileFailed, tag, str(exc))
                return
            self._documents[request.file] = document
        if request.finder is not None:
            try:
                rects = document.find_words(request.index, request.finder)
            except PdfError:
                rects = []
            self._emit(self.hitsFound, tag, rects)
            return
        try:
            raster = document.render(request.index, request.page_px, request.clip)
        except PdfError as exc:
            self._broken[page_key] = str(exc)
            self._emit(self.tileFailed, tag, str(exc))
            return
        image = QImage(
            raster.data, raster.width, raster.height, raster.stride, QImage.Format.Format_RGB32
        ).copy()
        self._emit(self.tileReady, tag, image)
