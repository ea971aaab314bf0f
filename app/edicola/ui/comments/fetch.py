"""Fetching a comment thread in the background, so Refresh never blocks the window.

Only the HTTP request runs on a worker (``IssoClient.fetch_thread``, raw text
with ``plain=1``), as a pool job (:class:`edicola.tasks.pool.PoolJobs`) keyed
by server and thread, so one thread is never fetched twice at once; the
answer comes back to the GUI thread, where the panel caches it in the
library. The worker never touches the database, whose connection belongs to
the GUI thread.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from edicola.net.address_guard import AddressGuard
from edicola.net.isso_client import IssoClient
from edicola.tasks.outcome import Done, Outcome
from edicola.tasks.pool import PoolJobs
from edicola.ui.common.messages import error_text


class ThreadFetcher(QObject):
    """``fetch(server, uri)``; answers with ``fetched`` or ``failed`` (GUI thread)."""

    fetched = Signal(str, str, object)  # server, uri, thread dict
    failed = Signal(str, str, str)

    def __init__(
        self, pool: QThreadPool | None = None, timeout: float = 10.0, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._jobs = PoolJobs(pool or QThreadPool(self), self)
        self._timeout = timeout

    def fetch(self, server: str, uri: str, guard: AddressGuard | None = None) -> bool:
        """Start fetching (False if that thread is already being fetched); ``guard``
        keeps a server the reader did not choose off their machine and network."""

        def work() -> Any:
            client = IssoClient(server, timeout=self._timeout, guard=guard)
            return client.fetch_thread(uri, plain=True).data

        return self._jobs.start(
            work, lambda outcome: self._on_fetched(server, uri, outcome), key=(server, uri)
        )

    def is_busy(self, server: str, uri: str) -> bool:
        return self._jobs.busy((server, uri))

    def wait(self, ms: int = 15_000) -> None:
        self._jobs.wait(ms / 1000)

    def shutdown(self, ms: int = 15_000) -> None:
        """Fetch no more; let fetches in flight end, and drop their answers."""
        self._jobs.shutdown(ms / 1000)

    def _on_fetched(self, server: str, uri: str, outcome: Outcome[Any]) -> None:
        if isinstance(outcome, Done):
            self.fetched.emit(server, uri, outcome.value)
        else:
            self.failed.emit(server, uri, error_text(outcome.error) or type(outcome.error).__name__)
