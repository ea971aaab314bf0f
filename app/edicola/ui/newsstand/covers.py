"""Cover thumbnails for the Newsstand, fetched once and kept on disk.

Covers are separate files in the catalog (named by edition and revision, so a
URL never changes content), which lets the newsstand show them without
downloading bundles. They are cached in the library folder so the newsstand
still has its covers offline. Fetches are capped like every other fetch.

Covers come from catalogs, so from strangers: an 8000×8000 cover took 4.8 s
to decode on the GUI thread. They are decoded on a worker thread, straight to
the size the wall shows (``QImageReader.setScaledSize``), and only the small
result becomes a pixmap on the GUI thread (pool jobs,
:class:`edicola.tasks.pool.PoolJobs`, on two threads of the cache's own).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QObject, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtNetwork import QNetworkAccessManager

from edicola.net.fetch import CappedFetch, FetchResult
from edicola.tasks.outcome import Done, Outcome
from edicola.tasks.pool import PoolJobs

MAX_COVER_BYTES = 4 * 1024 * 1024
THUMB_HEIGHT = 72
WALL_HEIGHT = 400  # the wall of covers draws them up to ~220 px high, x2 for HiDPI


def decode_cover(data: bytes, height: int = WALL_HEIGHT) -> QImage:
    """Decode a cover at most ``height`` pixels high (a null image if it is not one)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    reader = QImageReader(buffer)
    size = reader.size()
    if size.isValid() and size.height() > height and size.width() > 0:
        reader.setScaledSize(QSize(max(1, round(size.width() * height / size.height())), height))
    return reader.read()


class CoverCache(QObject):
    ready = Signal(str)  # cover url

    def __init__(self, nam: QNetworkAccessManager, folder: Path, parent: QObject | None = None):
        super().__init__(parent)
        self._nam = nam
        self._folder = folder
        self._pixmaps: dict[str, QPixmap] = {}
        self._large: dict[str, QPixmap] = {}
        self._pending: set[str] = set()
        self._failed: set[str] = set()
        pool = QThreadPool(self)
        pool.setMaxThreadCount(2)
        self._decodes = PoolJobs(pool, self)  # keyed by url: one decode of a cover at a time

    def _file(self, url: str) -> Path:
        return self._folder / (hashlib.sha256(url.encode()).hexdigest()[:32] + ".img")

    def thumbnail(self, url: str) -> QPixmap | None:
        """The cover if known; otherwise None now and ``ready(url)`` once fetched
        (or read from the disk cache) and decoded."""
        if url in self._pixmaps:
            return self._pixmaps[url]
        if self._decodes.busy(url) or url in self._failed:
            return None
        file = self._file(url)
        if file.exists():
            try:
                self._decode(url, file.read_bytes())
                return None
            except OSError:
                pass
        if url not in self._pending:
            self._pending.add(url)
            CappedFetch(self._nam, url, MAX_COVER_BYTES, self._on_fetched)
        return None

    def cover(self, url: str) -> QPixmap | None:
        """Like :meth:`thumbnail`, but large enough for the wall of covers."""
        return self._large.get(url) if self.thumbnail(url) is not None else None

    def pending(self) -> int:
        """Covers being fetched or decoded right now."""
        return len(self._pending) + self._decodes.pending()

    def wait(self, ms: int = 15_000) -> None:
        """Let decodes in flight finish (tests)."""
        self._decodes.wait(ms / 1000)

    def shutdown(self, ms: int = 15_000) -> None:
        """Decode no more; let those in flight finish, and drop their pictures."""
        self._decodes.shutdown(ms / 1000)

    def _decode(self, url: str, data: bytes) -> None:
        self._decodes.start(
            lambda: decode_cover(data), lambda outcome: self._on_decoded(url, outcome), key=url
        )

    def _on_decoded(self, url: str, outcome: Outcome[QImage]) -> None:
        image = outcome.value if isinstance(outcome, Done) else QImage()
        if image.isNull():
            self._failed.add(url)
            return
        large = QPixmap.fromImage(image)
        self._large[url] = large
        self._pixmaps[url] = large.scaledToHeight(
            THUMB_HEIGHT, Qt.TransformationMode.SmoothTransformation
        )
        self.ready.emit(url)

    def _on_fetched(self, result: FetchResult) -> None:
        url = result.url
        self._pending.discard(url)
        if not result.ok or result.data is None:
            # Offline or broken: try again next time the page is built after a refresh.
            if not result.retryable:
                self._failed.add(url)
            return
        try:
            self._folder.mkdir(parents=True, exist_ok=True)
            tmp = self._file(url).with_suffix(".tmp")
            tmp.write_bytes(result.data)
            os.replace(tmp, self._file(url))
        except OSError:
            pass  # the cache is an optimisation
        self._decode(url, result.data)
