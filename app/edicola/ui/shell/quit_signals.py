"""Ctrl+C and SIGTERM close the reader the normal way (session saved, library closed).

A Python signal handler runs only when Python code runs, and a Qt event loop
waiting for input runs none: so the C-level handler writes the signal number
to a socket (:func:`signal.set_wakeup_fd`) that a :class:`QSocketNotifier`
watches, which wakes the loop and lets the close happen on the GUI thread
like any other event. Everything is undone by :meth:`QuitOnSignals.uninstall`.
"""

from __future__ import annotations

import contextlib
import signal
import socket
import threading
from collections.abc import Callable, Iterable
from types import FrameType
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier

DEFAULT_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class QuitOnSignals(QObject):
    """Call ``close`` on the GUI thread when one of ``signals`` arrives."""

    def __init__(
        self,
        close: Callable[[], Any],
        signals: Iterable[signal.Signals] = DEFAULT_SIGNALS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._close = close
        self.received: list[int] = []
        self._previous: dict[signal.Signals, Any] = {}
        self._previous_fd = -1
        self._notifier: QSocketNotifier | None = None
        if threading.current_thread() is not threading.main_thread():
            self._reader = self._writer = None
            return  # signals reach the main thread only; nothing to do elsewhere
        self._reader, self._writer = socket.socketpair()
        for sock in (self._reader, self._writer):
            sock.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        for number in signals:
            self._previous[number] = signal.signal(number, self._on_signal)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_wakeup_activated)

    @staticmethod
    def _on_signal(number: int, frame: FrameType | None) -> None:
        """The Python-level handler: nothing, so SIGINT raises no KeyboardInterrupt
        in some slot; the byte on the wake-up socket carries the news."""

    def _on_wakeup_activated(self) -> None:
        assert self._reader is not None
        wanted = set(self._previous)
        try:
            data = self._reader.recv(4096)
        except BlockingIOError:
            return
        numbers = [n for n in data if n in wanted]
        if numbers:
            self.received.extend(numbers)
            self._close()

    def uninstall(self) -> None:
        """Restore the handlers and wake-up fd that were there before."""
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier = None
        if self._reader is None or self._writer is None:
            return
        with contextlib.suppress(ValueError):
            signal.set_wakeup_fd(self._previous_fd)
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        self._previous.clear()
        self._reader.close()
        self._writer.close()
        self._reader = self._writer = None
