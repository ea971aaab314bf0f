"""Importing bundles off the GUI thread, one at a time, on the library's own connection.

SQLite connections are not shared between threads, so each import runs in a
worker thread that opens its own connection to the library folder (WAL lets
the window keep reading meanwhile) and closes it after. The import itself is
one transaction (:meth:`EditionStore.import_bundle`): it commits whole or not
at all. Progress and outcomes come back through queued signals, so callbacks
run on the thread that owns this object (the GUI thread) and touch widgets
safely. Used by the reader's "open a bundle file" and the Newsstand's
downloads.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from edicola.store.library import Library

Done = Callable[[object], None]
"""Called with the :class:`ImportResult`, or the exception the import raised."""
Progress = Callable[[int, int], None]


class ImportAbandoned(Exception):
    """The importer shut down before this import started; nothing was written."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path.name}: not imported (the import was stopped before it began)")


@dataclass
class _Job:
    ticket: int
    path: Path
    done: Done
    progress: Progress | None
    options: dict[str, Any] = field(default_factory=dict)


class BackgroundImporter(QObject):
    """A queue of imports into the library in ``folder``, run on a worker thread."""

    _progressed = Signal(int, int, int)  # ticket, done, total
    _wake = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._folder = folder
        self._queue: deque[_Job] = deque()
        self._running: _Job | None = None
        self._thread: threading.Thread | None = None
        self._outcomes: deque[tuple[_Job, object]] = deque()
        self._lock = threading.Lock()
        self._tickets = 0
        self._closed = False
        self._progressed.connect(self._on_progressed, Qt.ConnectionType.QueuedConnection)
        self._wake.connect(self._drain, Qt.ConnectionType.QueuedConnection)

    def submit(
        self,
        path: Path,
        done: Done,
        progress: Progress | None = None,
        **options: Any,
    ) -> None:
        """Import ``path`` (``options`` go to ``import_bundle``); ``done`` gets the outcome."""
        if self._closed:
            done(ImportAbandoned(path))
            return
        self._tickets += 1
        self._queue.append(_Job(self._tickets, path, done, progress, options))
        self._pump()

    def shutdown(self) -> None:
        """Wait for the import under way (one transaction: it is never cut), hand it its
        outcome, and give the waiting ones :class:`ImportAbandoned`. Call on close."""
        self._closed = True
        waiting, self._queue = list(self._queue), deque()
        if self._thread is not None:
            self._thread.join()
        self._drain()
        for job in waiting:
            job.done(ImportAbandoned(job.path))

    def _pump(self) -> None:
        if self._running is not None or not self._queue or self._closed:
            return
        job = self._running = self._queue.popleft()
        self._thread = threading.Thread(
            target=self._work, args=(job,), name="edicola-import", daemon=False
        )
        self._thread.start()

    def _work(self, job: _Job) -> None:
        """In the worker thread: no widgets, only the queue and signals."""
        outcome: object
        try:
            library = Library.open(self._folder)
            try:
                outcome = library.editions.import_bundle(
                    job.path,
                    lambda done, total: self._progressed.emit(job.ticket, done, total),
                    **job.options,
                )
            finally:
                library.close()
        except Exception as exc:  # the stores' errors are user-facing one-liners
            outcome = exc
        with self._lock:
            self._outcomes.append((job, outcome))
        self._wake.emit()

    def _on_progressed(self, ticket: int, done: int, total: int) -> None:
        job = self._running
        if job is not None and job.ticket == ticket and job.progress is not None:
            job.progress(done, total)

    def _drain(self) -> None:
        """On the owner's thread: hand finished imports their outcome, start the next."""
        while True:
            with self._lock:
                if not self._outcomes:
                    break
                job, outcome = self._outcomes.popleft()
            if self._thread is not None:
                self._thread.join()
                self._thread = None
            self._running = None
            job.done(outcome)
        self._pump()
