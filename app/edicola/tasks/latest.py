"""Latest-only: a newer request supersedes any older one not yet delivered.

For search as you type: only the newest request matters. Requests are
numbered (a *generation*); a new one replaces the one waiting, asks the one
running to give up (``interrupt``, e.g. ``sqlite3.Connection.interrupt()``,
which SQLite allows from any thread), and a result whose generation is no
longer the newest is dropped, on the worker and again on the owner's thread,
so a stale answer never reaches the screen. The worker thread lingers between
requests, keeping what it opened (a connection) until :meth:`shutdown`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QObject

from edicola.tasks.mailbox import Mailbox
from edicola.tasks.outcome import Outcome, attempt
from edicola.tasks.worker_thread import WorkerThread

R = TypeVar("R")
T = TypeVar("T")


class LatestOnly(QObject, Generic[R, T]):
    """``submit(request)`` runs ``work(request)`` on the worker; ``done(generation,
    request, outcome)`` gets the newest request's outcome on the owner's thread."""

    def __init__(
        self,
        work: Callable[[R], T],
        done: Callable[[int, R, Outcome[T]], None],
        *,
        name: str,
        interrupt: Callable[[], None] | None = None,
        on_exit: Callable[[], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._work = work
        self._done = done
        self._interrupt = interrupt
        self._mailbox = Mailbox(self)
        self._generation = 0
        self._pending: tuple[int, R] | None = None  # guarded by the worker's lock
        self._closed = False
        self._worker: WorkerThread[tuple[int, R]] = WorkerThread(
            self._take, self._run, name=name, daemon=True, linger=True, on_exit=on_exit
        )

    @property
    def generation(self) -> int:
        return self._generation

    def is_current(self, generation: int) -> bool:
        return generation == self._generation

    def submit(self, request: R) -> int:
        """Run ``request`` in place of anything older; returns its generation."""
        with self._worker.changing(wake=not self._closed):
            self._generation += 1
            if not self._closed:
                self._pending = (self._generation, request)
            self._interrupt_locked()
            return self._generation

    def cancel(self) -> None:
        """Abandon the waiting and running requests: nothing will be delivered."""
        with self._worker.changing(wake=False):
            self._generation += 1
            self._pending = None
            self._interrupt_locked()

    def shutdown(self, timeout: float | None = 5.0) -> bool:
        """Stop accepting, interrupt and drop what is under way, end the thread (its
        ``on_exit`` closes what it opened); True when it ended within ``timeout``."""
        self._closed = True
        self.cancel()
        self._mailbox.close()
        return self._worker.stop(timeout)

    def _interrupt_locked(self) -> None:
        # The worker marks what it runs under the same lock, so this never
        # interrupts work that started after the newer request.
        if self._worker.current is not None and self._interrupt is not None:
            self._interrupt()

    def _take(self) -> tuple[int, R] | None:
        job, self._pending = self._pending, None
        return job

    def _run(self, job: tuple[int, R]) -> None:
        generation, request = job
        if generation != self._generation:
            return  # superseded before it started
        outcome = attempt(lambda: self._work(request))
        if generation == self._generation:
            self._mailbox.post(lambda: self._deliver(generation, request, outcome))

    def _deliver(self, generation: int, request: R, outcome: Outcome[T]) -> None:
        if generation == self._generation:
            self._done(generation, request, outcome)
