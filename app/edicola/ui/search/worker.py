"""Running library searches off the GUI thread, newest request only.

Typing must never wait for SQLite, so queries run on a latest-only runner
(:class:`edicola.tasks.latest.LatestOnly`) whose worker thread owns its own
connection to the library file (SQLite connections are not shared between
threads; WAL lets it read while the window writes), opened on the first
search and closed when the worker stops. A newer request interrupts the
query in flight (``sqlite3.Connection.interrupt()``, which SQLite allows from
any thread), only the newest pending request is ever started, and results of
a stale generation are dropped. ``pageReady`` is emitted on the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from edicola.store.database import open_library
from edicola.store.search_index import SearchIndex
from edicola.store.search_query import SearchPage
from edicola.tasks.latest import LatestOnly
from edicola.tasks.outcome import Done, Outcome

log = logging.getLogger(__name__)

RESULT_LIMIT = 40


class _SearchDisabled(Exception):
    """The library could not be opened for searching (reported once)."""


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
        self._index_lock = threading.Lock()
        self._index: SearchIndex | None = None  # the worker thread's own connection
        self._disabled = False
        self._runner: LatestOnly[str, SearchPage] = LatestOnly(
            self._search,
            self._on_searched,
            name="edicola-search",
            interrupt=self._interrupt,
            on_exit=self._close,
            parent=self,
        )

    @classmethod
    def for_library(cls, folder: Path, parent: QObject | None = None) -> SearchWorker:
        return cls(lambda: SearchIndex(open_library(folder)), parent=parent)

    @property
    def generation(self) -> int:
        return self._runner.generation

    def submit(self, text: str) -> int:
        """Search for ``text``; returns its generation. Stale work is abandoned."""
        return self._runner.submit(text)

    def cancel(self) -> None:
        """Abandon the pending and running searches (no result will be emitted)."""
        self._runner.cancel()

    def is_current(self, generation: int) -> bool:
        return self._runner.is_current(generation)

    def stop(self, timeout: float = 5.0) -> None:
        """Stop the thread and close its connection (call before the app quits)."""
        self._runner.shutdown(timeout)

    # -- on the worker thread ---------------------------------------------------------

    def _search(self, text: str) -> SearchPage:
        index = self._index or self._open()
        try:
            return index.search_page(text, self._limit)
        except Exception as exc:  # a search must never take the app down
            log.warning("search failed for %r: %s", text[:100], exc)
            return SearchPage([], frozenset(), frozenset())

    def _open(self) -> SearchIndex:
        """Open the connection on first use, so starting the app does not pay for it."""
        if self._disabled:
            raise _SearchDisabled
        try:
            index = self._open_index()
        except Exception as exc:  # reported once; searching stays off
            self._disabled = True
            log.warning("search disabled: %s", exc)
            raise _SearchDisabled from exc
        with self._index_lock:
            self._index = index
        return index

    def _interrupt(self) -> None:
        """From the GUI thread: stop the query in flight (a newer one is coming)."""
        with self._index_lock:
            if self._index is not None:
                self._index.db.conn.interrupt()

    def _close(self) -> None:
        with self._index_lock:
            index, self._index = self._index, None
        if index is not None:
            index.db.close()

    # -- on the GUI thread ------------------------------------------------------------

    def _on_searched(self, generation: int, text: str, outcome: Outcome[SearchPage]) -> None:
        if isinstance(outcome, Done):
            self.pageReady.emit(generation, text, outcome.value)
