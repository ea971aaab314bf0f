"""Cover thumbnails for the Newsstand, fetched once and kept on disk.

Covers are separate files in the catalog (named by edition and revision, so a
URL never changes content), which lets the newsstand show them without
downloading bundles. They are cached in the library folder so the newsstand
still has its covers offline. Fetches are capped like every other fetch.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtNetwork import QNetworkAccessManager

from edicola.net.fetch import CappedFetch, FetchResult

MAX_COVER_BYTES = 4 * 1024 * 1024
THUMB_HEIGHT = 72


class CoverCache(QObject):
    ready = Signal(str)  # cover url

    def __init__(self, nam: QNetworkAccessManager, folder: Path, parent: QObject | None = None):
        super().__init__(parent)
        self._nam = nam
        self._folder = folder
        self._pixmaps: dict[str, QPixmap] = {}
        self._pending: set[str] = set()
        self._failed: set[str] = set()

    def _file(self, url: str) -> Path:
        return self._folder / (hashlib.sha256(url.encode()).hexdigest()[:32] + ".img")

    def thumbnail(self, url: str) -> QPixmap | None:
        """The cover if known; otherwise None now and ``ready(url)`` once fetched."""
        if url in self._pixmaps:
            return self._pixmaps[url]
        file = self._file(url)
        if file.exists() and self._remember(url, file.read_bytes()):
            return self._pixmaps[url]
        if url not in self._pending and url not in self._failed:
            self._pending.add(url)
            CappedFetch(self._nam, url, MAX_COVER_BYTES, self._on_fetched)
        return None

    def pending(self) -> int:
        """Covers being fetched right now."""
        return len(self._pending)

    def _remember(self, url: str, data: bytes) -> bool:
        pixmap = QPixmap()
        if not pixmap.loadFromData(data):
            return False
        self._pixmaps[url] = pixmap.scaledToHeight(
            THUMB_HEIGHT, Qt.TransformationMode.SmoothTransformation
        )
        return True

    def _on_fetched(self, result: FetchResult) -> None:
        url = result.url
        self._pending.discard(url)
        if not result.ok or result.data is None or not self._remember(url, result.data):
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
        self.ready.emit(url)
