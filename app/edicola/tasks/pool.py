"""Pool jobs: one-off work on a shared thread pool, answered on the owner's thread.

For work that may run side by side: decoding covers, fetching a comment
thread, a comment delivery pass, building a feed's edition. A job may carry a
``key`` (a cover's URL, a thread, a paper): while a job with that key is
under way (until its outcome is delivered) another is refused, so the same
thing is never fetched twice at once. :attr:`PoolJobs.stopping` is set by
:meth:`PoolJobs.shutdown`; long work polls it to end at its next step.

The pool is a ``QThreadPool`` (the application's shared one unless another
is handed in) or :class:`DaemonThreads`, for work that must not keep a
closing reader alive: Qt waits for its pools when the application ends.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import TypeVar

from PySide6.QtCore import QObject, QThreadPool

from edicola.tasks.mailbox import Letter, Mailbox
from edicola.tasks.outcome import Abandoned, Failed, Outcome, attempt

T = TypeVar("T")


class DaemonThreads:
    """A "pool" starting each job on a daemon thread of its own, named ``name``."""

    def __init__(self, name: str) -> None:
        self.name = name

    def start(self, job: Callable[[], None]) -> None:
        threading.Thread(target=job, name=self.name, daemon=True).start()


class PoolJobs(QObject):
    """``start(work, done, key=…)``: ``work`` runs in the pool, ``done(outcome)`` here."""

    def __init__(
        self, pool: QThreadPool | DaemonThreads | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._pool = pool if pool is not None else QThreadPool.globalInstance()
        self._mailbox = Mailbox(self)
        self._cond = threading.Condition()
        self._running = 0  # jobs whose work has not returned yet; guarded by _cond
        self._undelivered = 0  # owner's thread only
        self._keys: set[Hashable] = set()  # owner's thread only
        self._closed = False
        self.stopping = threading.Event()
        """Set by :meth:`shutdown`: work under way should end at its next step."""

    def start(
        self,
        work: Callable[[], T],
        done: Callable[[Outcome[T]], None],
        *,
        key: Hashable | None = None,
    ) -> bool:
        """Run ``work`` in the pool; False (and nothing runs) when shut down or when a
        job with the same ``key`` is still under way."""
        if self._closed or (key is not None and key in self._keys):
            return False
        if key is not None:
            self._keys.add(key)
        self._undelivered += 1
        with self._cond:
            self._running += 1

        def job() -> None:
            try:
                outcome = Failed(Abandoned()) if self.stopping.is_set() else attempt(work)
                self._mailbox.post(lambda: self._deliver(key, done, outcome))
            finally:
                with self._cond:
                    self._running -= 1
                    self._cond.notify_all()

        self._pool.start(job)
        return True

    def post(self, letter: Letter) -> None:
        """From work under way: news for the owner's thread (progress), in order."""
        self._mailbox.post(letter)

    def busy(self, key: Hashable) -> bool:
        return key in self._keys

    def pending(self) -> int:
        """Jobs started whose outcome has not been delivered yet."""
        return self._undelivered

    def wait(self, timeout: float | None = None) -> bool:
        """Wait until no work is running (outcomes are still delivered later, by the
        event loop); True when it came to that within ``timeout`` seconds."""
        with self._cond:
            return self._cond.wait_for(lambda: self._running == 0, timeout)

    def shutdown(self, timeout: float | None = None) -> bool:
        """Stop accepting, set :attr:`stopping`, wait for the work under way, and drop
        every outcome not yet delivered. Touches no Qt object (it may run while the
        owner is being destroyed); safe to call twice."""
        self._closed = True
        self.stopping.set()
        ended = self.wait(timeout)
        self._mailbox.close()
        self._keys.clear()
        self._undelivered = 0
        return ended

    def _deliver(
        self, key: Hashable | None, done: Callable[[Outcome[T]], None], outcome: Outcome[T]
    ) -> None:
        if key is not None:
            self._keys.discard(key)
        self._undelivered -= 1
        done(outcome)
