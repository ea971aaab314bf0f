"""Delivery to the owner's thread: workers post callables, the GUI thread runs them.

Every runner in :mod:`edicola.tasks` hands its results over through one of
these, so no worker ever calls a widget: a worker ``post``s a callable, a
queued signal wakes the thread the mailbox lives in, and that thread runs the
callables in the order they were posted. A closed mailbox (its runner shut
down) drops what it holds and what comes later, and a mailbox whose Qt half
is gone (its window was deleted) swallows posts instead of raising in the
worker.
"""

from __future__ import annotations

import contextlib
import threading
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot

Letter = Callable[[], None]


class Mailbox(QObject):
    """Runs callables posted from any thread on this object's thread, in order."""

    _wake = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._letters: deque[Letter] = deque()
        self._closed = False
        self._wake.connect(self.flush, Qt.ConnectionType.QueuedConnection)

    def post(self, letter: Letter) -> None:
        """From any thread: run ``letter`` on the owner's thread soon (unless closed)."""
        with self._lock:
            if self._closed:
                return
            self._letters.append(letter)
            wake = len(self._letters) == 1  # else a wake-up is on its way already
        if wake:
            with contextlib.suppress(RuntimeError):  # the Qt half was deleted
                self._wake.emit()

    @Slot()
    def flush(self) -> None:
        """On the owner's thread: run every letter posted so far (shutdown calls it
        to hand out the last outcomes without waiting for the event loop)."""
        while True:
            with self._lock:
                if not self._letters:
                    return
                letter = self._letters.popleft()
            letter()

    def close(self) -> None:
        """Drop what is waiting and whatever is posted from now on."""
        with self._lock:
            self._closed = True
            self._letters.clear()

    @property
    def closed(self) -> bool:
        return self._closed
