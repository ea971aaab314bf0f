"""A serial queue: jobs run one at a time, in the order they came, off the GUI thread.

For work that must never overlap, such as writing the library. Each job's
outcome is handed to its callback on the owner's thread *before* the next job
starts, so a callback sees the world as its own job left it (and may queue
more). The worker is not a daemon: a job under way at exit is finished, never
cut (an import is one transaction). :meth:`SerialQueue.shutdown` stops
accepting, waits for the job in hand, hands it its outcome, and gives every
waiting job ``Failed(Abandoned())``.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QObject

from edicola.tasks.mailbox import Letter, Mailbox
from edicola.tasks.outcome import Abandoned, Failed, Outcome, attempt
from edicola.tasks.worker_thread import WorkerThread

T = TypeVar("T")


@dataclass(eq=False)
class _Job:
    work: Callable[[], Any]
    done: Callable[[Outcome[Any]], None]


class SerialQueue(QObject):
    """``submit(work, done)``: ``work`` runs on the worker, ``done(outcome)`` here."""

    def __init__(self, name: str = "edicola-serial", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._mailbox = Mailbox(self)
        self._waiting: deque[_Job] = deque()
        self._running: _Job | None = None
        self._slot: _Job | None = None  # handed to the worker; guarded by its lock
        self._closed = False
        self._worker: WorkerThread[_Job] = WorkerThread(
            self._take, self._work, name=name, daemon=False, linger=False
        )

    @property
    def closed(self) -> bool:
        return self._closed

    @property
    def busy(self) -> bool:
        """A job is running or waiting."""
        return self._running is not None or bool(self._waiting)

    def submit(self, work: Callable[[], T], done: Callable[[Outcome[T]], None]) -> None:
        """Queue ``work``; after shutdown ``done`` gets ``Failed(Abandoned())`` at once."""
        if self._closed:
            done(Failed(Abandoned()))
            return
        self._waiting.append(_Job(work, done))
        self._pump()

    def post(self, letter: Letter) -> None:
        """From the running job: news for the owner's thread (progress), in order."""
        self._mailbox.post(letter)

    def shutdown(self, timeout: float | None = None) -> None:
        """Stop accepting; wait for the job in hand and hand it its outcome; abandon
        the waiting ones. Safe to call twice."""
        self._closed = True
        waiting, self._waiting = list(self._waiting), deque()
        with self._worker.changing(wake=False):
            unstarted, self._slot = self._slot, None  # handed over, not yet taken
        self._worker.stop(timeout)
        if unstarted is not None:
            # Handed over is under way for whoever submitted it (a download shows
            # "importing"): it runs to its end here, as if the thread had taken it.
            outcome = attempt(unstarted.work)
            self._mailbox.post(lambda: unstarted.done(outcome))
        self._mailbox.flush()  # the finished job's outcome, now, not at the next loop turn
        self._mailbox.close()
        self._running = None
        for job in waiting:
            job.done(Failed(Abandoned()))

    def _pump(self) -> None:
        if self._running is not None or not self._waiting or self._closed:
            return
        job = self._running = self._waiting.popleft()
        with self._worker.changing():
            self._slot = job

    def _take(self) -> _Job | None:
        job, self._slot = self._slot, None
        return job

    def _work(self, job: _Job) -> None:
        """On the worker: run, then post the outcome (no widget is touched here)."""
        outcome = attempt(job.work)
        self._mailbox.post(lambda: self._deliver(job, outcome))

    def _deliver(self, job: _Job, outcome: Outcome[Any]) -> None:
        if self._running is job:
            self._running = None
        try:
            job.done(outcome)
        finally:
            self._pump()
