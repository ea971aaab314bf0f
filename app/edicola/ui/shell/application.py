"""Starting the reader: the QApplication, language, library and the application object.

``run_reader`` is what ``edicola`` (no subcommand) calls: it builds one
:class:`~edicola.ui.app.EdicolaApp` on the library, shows its window, and
when the event loop ends the app's ``shutdown`` has run (closing the window
calls it) and everything of the run is taken down. Tests build an
``EdicolaApp`` themselves, with their own library and an isolated QSettings.

The window is painted before the features it does not show are built (issue 21):
the app is made with ``defer_rest`` and :class:`AfterFirstPaint` calls its
``build_rest`` from the event loop right after the first frame, before any
input reaches the window (a key pressed meanwhile waits in the queue, and finds
every command there). The jail's warm worker is started then too. An empty
library builds everything first: its first frame is the welcome view.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from edicola.core import jail
from edicola.paths import APP_NAME, resource
from edicola.store.database import LibraryError
from edicola.store.library import Library
from edicola.ui.app import EdicolaApp
from edicola.ui.common.messages import error_text
from edicola.ui.shell.display_check import display_problem
from edicola.ui.shell.main_window import MainWindow
from edicola.ui.shell.preferences import Preferences
from edicola.ui.shell.quit_signals import QuitOnSignals
from edicola.ui.shell.single_instance import SingleInstance, hand_over_to_reader
from edicola.ui.shell.startup_probe import STARTUP_PROBE_ENV, watch_first_paint
from edicola.ui.shell.translations import choose_language, install_translations

ORGANIZATION = "Edicola"
WARM_MODULES = ("edicola.core.render", "edicola.core.print.pdfium_jobs")
"""What the jail's warm worker imports before the first call: Markdown and PDFium."""
READY_PREFIX = "edicola-ready"
"""With the start-up probe on: ``edicola-ready <epoch> <cpu s>`` once every feature is built."""


class AfterFirstPaint(QObject):
    """Runs ``then`` once, from the event loop, right after ``window`` first painted."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self._then)  # after the whole frame, not inside it
        return False


def _build_rest(edicola: EdicolaApp) -> None:
    edicola.build_rest()  # nothing once shutting down (the loop may still run timers)
    if edicola.rest_built:
        # A warm worker in the jail before the first article or page is opened (issue
        # 19): that open costs a round trip, not a new interpreter. Started after the
        # first paint (issue 21), never once shutting down (the app's shutdown ends it);
        # a restored article has started one already (the jail starts one on demand).
        jail.warm_up(1, preload=WARM_MODULES)
    if edicola.rest_built and os.environ.get(STARTUP_PROBE_ENV):
        # bench_startup: the CPU until every feature is built
        print(f"{READY_PREFIX} {time.time():.6f} {time.process_time():.4f}", flush=True)


def _status_bar_excepthook(window: QMainWindow) -> Callable[..., None]:
    """Errors nobody expected go to a report file and one line in the status bar:
    no dialog storm, no traceback on a reader's screen."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if not isinstance(exc, Exception):
            sys.__excepthook__(kind, exc, tb)
            return
        from edicola.crash_report import write_report  # only on a crash

        report = write_report(exc.with_traceback(tb))
        message = QCoreApplication.translate(
            "Application", "Something went wrong (%1). The details are in %2."
        )
        where = str(report) if report else "-"
        window.statusBar().showMessage(message.replace("%1", str(exc)).replace("%2", where), 15000)

    return hook


def run_reader(
    library_dir: Path,
    on_shown: Callable[[EdicolaApp], None] | None = None,
    open_bundle: Path | None = None,
) -> int:
    """Open the reader on ``library_dir`` and run until its window closes.

    ``open_bundle`` is a bundle file to import and show (``edicola FILE``).
    When a reader already runs on this library, the file (or a request to
    come to the front) is handed to it and this returns 0 at once.
    ``on_shown`` is called with the application object once its window is on
    screen (tests close the window from there). The window is deleted, the signal handlers and
    ``sys.excepthook`` restored before returning, so nothing of this run
    outlives it.
    """
    if QApplication.instance() is None:
        problem = display_problem()
        if problem is not None:
            print(f"edicola: {problem}", file=sys.stderr)
            return 1
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    instance = SingleInstance(library_dir)
    if not instance.acquire():
        return hand_over_to_reader(library_dir, open_bundle, instance.holder_pid())
    try:
        return _run_window(app, library_dir, instance, on_shown, open_bundle)
    finally:
        instance.release()


def _bring_to_front(window: MainWindow) -> None:
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()


def _run_window(
    app: QApplication,
    library_dir: Path,
    instance: SingleInstance,
    on_shown: Callable[[EdicolaApp], None] | None,
    open_bundle: Path | None,
) -> int:
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationDisplayName(APP_NAME)
    icon = resource("icons", "edicola.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    settings = QSettings()
    translators = install_translations(app, choose_language(Preferences(settings).language))
    previous_hook = sys.excepthook
    edicola: EdicolaApp | None = None
    quit_signals: QuitOnSignals | None = None
    library: Library | None = None
    try:
        try:
            library = Library.open(library_dir)
        except LibraryError as exc:
            QMessageBox.critical(None, APP_NAME, error_text(exc))
            return 1
        edicola = EdicolaApp(library, settings, defer_rest=True)
        window, opener = edicola.window, edicola.opener
        sys.excepthook = _status_bar_excepthook(window)
        # Close the window the normal way (session saved), then end the loop even if
        # a dialog is still open: SIGINT/SIGTERM mean "quit", not "close one window".
        quit_signals = QuitOnSignals(lambda: (window.close(), app.quit()))
        instance.openRequested.connect(lambda path: opener.open(Path(path)))
        instance.raiseRequested.connect(lambda: _bring_to_front(window))
        window.show()
        edicola.reader.restore_session()
        if edicola.reader.current_edition is None:  # an empty library: the welcome view
            _build_rest(edicola)
        else:
            AfterFirstPaint(window, partial(_build_rest, edicola))
        if os.environ.get(STARTUP_PROBE_ENV):
            watch_first_paint(window)
        if open_bundle is not None:
            opener.open(open_bundle)
        if on_shown is not None:
            on_shown(edicola)
        code = app.exec()
    finally:
        if quit_signals is not None:
            quit_signals.uninstall()
        sys.excepthook = previous_hook
        if edicola is not None:
            edicola.window.close()  # its shutdown has run unless the loop ended otherwise
            edicola.shutdown()
            edicola.window.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if library is not None:
            library.close()
        for translator in translators:
            app.removeTranslator(translator)
    return int(code)
