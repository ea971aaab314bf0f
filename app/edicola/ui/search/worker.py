"""Running library searches off the GUI thread, newest request only.

Typing must never wait for SQLite, so queries run on one worker thread that
owns its own connection to the library file (SQLite connections are not
shared between threads; WAL lets it read while the window writes). Each
request gets a generation number: a newer request interrupts the query in
flight (``sqlite3.Connection.interrupt()``, which SQLite allows from any
thread), only the newest pending request is ever started, and results of a
stale generation are dropped on the GUI side. The worker touches no widget:
it hands results back through a queued signal.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from edicola.store.database import open_library
from edicola.store.search_index import SearchIndex, SearchPage

log = logging.getLogger(__name__)

RESULT_LIMIT = 40


class SearchWorker(QObject):
    """One background thread answering ``submit(text)`` with ``pageReady``."""

    pageReady = Signal(int, str, object)  # generation, query text, SearchPage

    def __init__(
        self,
        open_index: Callable[[], SearchIndex],
        limit: int = RESULT_LIMIT,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._open_index = open_index
        self._limit = limit
        self._lock = threading.Condition()
        self._pending: tuple[int, str] | None = None
        self._running: int | None = None
        self._generation = 0
        self._index: SearchIndex | None = None
        self._stopping = False
        self._thread = threading.Thread(target=self._loop, name="edicola-search", daemon=True)
        self._thread.start()

    @classmethod
    def for_library(cls, folder: Path, parent: QObject | None = None) -> SearchWorker:
        return cls(lambda: SearchIndex(open_library(folder)), parent=parent)

    @property
    def generation(self) -> int:
        return self._generation

    def submit(self, text: str) -> int:
        """Search for ``text``; returns its generation. Stale work is abandoned."""
        with self._lock:
            self._generation += 1
            self._pending = (self._generation, text)
            self._interrupt_locked()
            self._lock.notify()
            return self._generation

    def cancel(self) -> None:
        """Abandon the pending and running searches (no result will be emitted)."""
        with self._lock:
            self._generation += 1
            self._pending = None
            self._interrupt_locked()

    def is_current(self, generation: int) -> bool:
        return generation == self._generation

    def stop(self, timeout: float = 5.0) -> None:
        """Stop the thread and close its connection (call before the app quits)."""
        with self._lock:
            self._stopping = True
            self._pending = None
            self._interrupt_locked()
            self._lock.notify()
        self._thread.join(timeout)

    def _interrupt_locked(self) -> None:
        # The worker marks what it runs under the same lock, so this never
        # interrupts a query that started after the newer request.
        if self._running is not None and self._index is not None:
            self._index.db.conn.interrupt()

    def _loop(self) -> None:
        try:
            while True:
                with self._lock:
                    while self._pending is None and not self._stopping:
                        self._lock.wait()
                    if self._stopping:
                        return
                    assert self._pending is not None
                    generation, text = self._pending
                    self._pending = None
                if self._index is None and not self._open():
                    return
                with self._lock:
                    if generation != self._generation:
                        continue  # superseded while the connection opened
                    self._running = generation
                page = self._run(text)
                with self._lock:
                    self._running = None
                    current = generation == self._generation
                if current:
                    self.pageReady.emit(generation, text, page)
        finally:
            if self._index is not None:
                self._index.db.close()

    def _open(self) -> bool:
        """Open the connection on first use, so starting the app does not pay for it."""
        try:
            index = self._open_index()
        except Exception as exc:  # reported once; searching stays off
            log.warning("search disabled: %s", exc)
            return False
        with self._lock:
            self._index = index
        return True

    def _run(self, text: str) -> SearchPage:
        assert self._index is not None
        try:
            return self._index.search_page(text, self._limit)
        except Exception as exc:  # a search must never take the app down
            log.warning("search failed for %r: %s", text[:100], exc)
            return SearchPage([], frozenset(), frozenset())
