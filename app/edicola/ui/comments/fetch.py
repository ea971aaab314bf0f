"""Fetching a comment thread in the background, so Refresh never blocks the window.

Only the HTTP request runs on a worker (``IssoClient.fetch_thread``, raw text
with ``plain=1``); the answer comes back to the GUI thread through a queued
signal, where the panel caches it in the library. The worker never touches
the database, whose connection belongs to the GUI thread.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from edicola.net.isso_client import IssoClient, IssoUnavailable


class _Relay(QObject):
    done = Signal(str, str, object)  # server, uri, data
    failed = Signal(str, str, str)  # server, uri, reason


class _FetchRunnable(QRunnable):
    def __init__(self, relay: _Relay, server: str, uri: str, timeout: float) -> None:
        super().__init__()
        self._relay = relay
        self._server = server
        self._uri = uri
        self._timeout = timeout

    def run(self) -> None:
        try:
            listing = IssoClient(self._server, timeout=self._timeout).fetch_thread(
                self._uri, plain=True
            )
        except (IssoUnavailable, ValueError) as exc:
            self._relay.failed.emit(self._server, self._uri, str(exc))
            return
        except Exception as exc:  # a worker must always report back
            self._relay.failed.emit(self._server, self._uri, str(exc) or type(exc).__name__)
            return
        self._relay.done.emit(self._server, self._uri, listing.data)


class ThreadFetcher(QObject):
    """``fetch(server, uri)``; answers with ``fetched`` or ``failed`` (GUI thread)."""

    fetched = Signal(str, str, object)  # server, uri, thread dict
    failed = Signal(str, str, str)

    def __init__(
        self, pool: QThreadPool | None = None, timeout: float = 10.0, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool(self)
        self._timeout = timeout
        self._busy: set[tuple[str, str]] = set()
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._relay.failed.connect(self._on_failed)

    def fetch(self, server: str, uri: str) -> bool:
        """Start fetching (False if that thread is already being fetched)."""
        key = (server, uri)
        if key in self._busy:
            return False
        self._busy.add(key)
        self._pool.start(_FetchRunnable(self._relay, server, uri, self._timeout))
        return True

    def is_busy(self, server: str, uri: str) -> bool:
        return (server, uri) in self._busy

    def wait(self, ms: int = 15_000) -> None:
        self._pool.waitForDone(ms)

    def _on_done(self, server: str, uri: str, data: Any) -> None:
        self._busy.discard((server, uri))
        self.fetched.emit(server, uri, data)

    def _on_failed(self, server: str, uri: str, reason: str) -> None:
        self._busy.discard((server, uri))
        self.failed.emit(server, uri, reason)
