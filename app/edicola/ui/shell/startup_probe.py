"""Measuring cold start: print when the main window first paints, then quit.

With ``EDICOLA_STARTUP_PROBE=1`` in the environment, ``run_reader`` calls
:func:`watch_first_paint`; ``bench/bench_startup.py`` runs the app as a
subprocess and reads the line this prints (wall-clock time and memory at
first paint). With ``EDICOLA_STARTUP_PROBE=keep`` the line is printed and the
reader keeps running: tests of the running process (signals, a second
instance) wait for that line instead of sleeping. With ``EDICOLA_STARTUP_PROBE=modules``
a second line names every module imported by then, and the reader quits: tests
check that what the first frame does not need is left for later (issue 21).
Nothing happens without the variable.
"""

from __future__ import annotations

import os
import resource
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from edicola.core.jail import cpu_seconds_with_workers

STARTUP_PROBE_ENV = "EDICOLA_STARTUP_PROBE"
KEEP_RUNNING = "keep"
LIST_MODULES = "modules"
PREFIX = "edicola-first-paint"
MODULES_PREFIX = "edicola-first-paint-modules"


def rss_bytes() -> int:
    """Resident memory now (Linux ``/proc``), else the peak from ``getrusage``."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * resource.getpagesize()
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


class _FirstPaint(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._done = False
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self._done
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            self._done = True
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
        # The CPU to first paint (bench_startup): the process's and its jail workers'
        # (a restored article's render, when its page was not kept, is waited for).
        cpu = cpu_seconds_with_workers()
        print(
            f"{PREFIX} {time.time():.6f} {rss_bytes()} {peak} {cpu:.4f}",
            flush=True,
            file=sys.stdout,
        )
        mode = os.environ.get(STARTUP_PROBE_ENV)
        if mode == LIST_MODULES:
            print(MODULES_PREFIX, *sorted(sys.modules), flush=True, file=sys.stdout)
        if mode != KEEP_RUNNING:
            QApplication.quit()


def watch_first_paint(window: QWidget) -> None:
    """Print ``edicola-first-paint <epoch> <rss> <peak rss> <cpu s>`` after the first paint, then
    quit (unless the variable says ``keep``)."""
    _FirstPaint(window)
