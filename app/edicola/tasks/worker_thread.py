"""One Python thread that takes jobs, one at a time, from a backlog its owner keeps.

The runners of :mod:`edicola.tasks` are built on it: the serial queue hands it
one job at a time, latest-only keeps a single slot that a newer request
overwrites, the pages renderer keeps a wish list. The owner changes its
backlog only inside :meth:`WorkerThread.changing` (under the worker's lock),
and the thread calls ``take`` under the same lock, so the two never race. The
thread starts on the first job, and either waits for the next one
(``linger``: it owns a connection or documents worth keeping) or ends when
the backlog is empty. :meth:`stop` lets the job in hand finish and joins.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

log = logging.getLogger(__name__)

J = TypeVar("J")


class WorkerThread(Generic[J]):
    """Runs ``run(job)`` for each job ``take()`` hands out, on one thread at a time."""

    def __init__(
        self,
        take: Callable[[], J | None],
        run: Callable[[J], None],
        *,
        name: str,
        daemon: bool = True,
        linger: bool = True,
        on_exit: Callable[[], None] | None = None,
    ) -> None:
        self.lock = threading.Condition()
        """Guards the owner's backlog; ``take`` is called holding it."""
        self._take = take
        self._run = run
        self._name = name
        self._daemon = daemon
        self._linger = linger
        self._on_exit = on_exit
        self._thread: threading.Thread | None = None
        self._threads: list[threading.Thread] = []
        self._epoch = 0
        self.current: J | None = None
        """The job being run (read it holding :attr:`lock`)."""

    @contextlib.contextmanager
    def changing(self, *, wake: bool = True) -> Iterator[None]:
        """Hold the lock while the owner changes its backlog; then wake the thread
        (starting one if none runs), unless ``wake`` is False (work was only removed)."""
        with self.lock:
            yield
            if wake:
                if self._thread is None:
                    self._start_locked()
                self.lock.notify_all()

    def alive(self) -> bool:
        """A thread is running or waiting for work."""
        with self.lock:
            return any(thread.is_alive() for thread in self._threads)

    def stop(self, timeout: float | None = None) -> bool:
        """End the thread once the job in hand is done (drop the backlog first), and
        join it; True when it ended within ``timeout``. A later change starts a new one."""
        with self.lock:
            self._epoch += 1
            self._thread = None
            self.lock.notify_all()
            threads = list(self._threads)
        deadline = None if timeout is None else time.monotonic() + timeout
        for thread in threads:
            if thread is threading.current_thread():
                continue
            thread.join(None if deadline is None else max(0.0, deadline - time.monotonic()))
        with self.lock:
            self._threads = [thread for thread in self._threads if thread.is_alive()]
            return not any(thread in self._threads for thread in threads)

    def _start_locked(self) -> None:
        self._threads = [thread for thread in self._threads if thread.is_alive()]
        thread = threading.Thread(
            target=self._loop, args=(self._epoch,), name=self._name, daemon=self._daemon
        )
        self._thread = thread
        self._threads.append(thread)
        thread.start()

    def _next(self, epoch: int) -> J | None:
        """The next job, waiting for one if this thread lingers; None: end the thread."""
        with self.lock:
            while epoch == self._epoch:
                job = self._take()
                if job is not None:
                    self.current = job
                    return job
                if not self._linger:
                    self._thread = None  # a job arriving now starts a new thread
                    return None
                self.lock.wait()
            return None

    def _loop(self, epoch: int) -> None:
        try:
            while (job := self._next(epoch)) is not None:
                try:
                    self._run(job)
                except Exception:  # the runners report failures; this is a bug
                    log.exception("%s: a job raised", self._name)
                finally:
                    with self.lock:
                        self.current = None
        finally:
            if self._on_exit is not None:
                self._on_exit()
