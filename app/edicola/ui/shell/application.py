"""Starting the reader: the QApplication, language, fonts, theme, library and window.

``create_main_window`` is the factory tests use with their own library and an
isolated QSettings; ``run_reader`` is what ``edicola`` (no subcommand) calls.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from edicola.crash_report import write_report
from edicola.paths import APP_NAME, resource
from edicola.store.database import LibraryError
from edicola.store.library import Library
from edicola.store.reading_state import ReadingStateStore
from edicola.ui.comments.wiring import install_comments
from edicola.ui.feeds.wiring import install_feeds
from edicola.ui.newsstand.controller import install_newsstand
from edicola.ui.pages.wiring import install_pages
from edicola.ui.reader.edition_memo import EditionMemo
from edicola.ui.reader.library_port import EditionReader
from edicola.ui.reader.reading_adapter import StoreReadingState
from edicola.ui.reader.reading_progress import READ_DWELL_MS, ReadingState
from edicola.ui.shell.display_check import display_problem
from edicola.ui.shell.fonts import load_bundled_fonts
from edicola.ui.shell.main_window import MainWindow
from edicola.ui.shell.open_bundle import BundleOpener
from edicola.ui.shell.panels import install_reader_panels
from edicola.ui.shell.preferences import Preferences
from edicola.ui.shell.quit_signals import QuitOnSignals
from edicola.ui.shell.single_instance import SingleInstance, hand_over_to_reader
from edicola.ui.shell.startup_probe import STARTUP_PROBE_ENV, watch_first_paint
from edicola.ui.shell.translations import choose_language, install_translations

ORGANIZATION = "Edicola"


def reading_state_for(library: Library, editions: EditionReader | None = None) -> ReadingState:
    """The library's reading-state store (``Library.reading_state`` or one on its db);
    ``editions`` is the window's reader of them (its :class:`EditionMemo`)."""
    store = getattr(library, "reading_state", None)
    if not isinstance(store, ReadingStateStore):
        store = ReadingStateStore(library.db)
    return StoreReadingState(store, editions if editions is not None else library.editions)


def create_main_window(
    library: Library,
    settings: QSettings,
    reading: ReadingState | None = None,
    read_dwell_ms: int = READ_DWELL_MS,
) -> MainWindow:
    """A reader window on ``library`` (fonts loaded; translations are the caller's)."""
    load_bundled_fonts()
    editions = EditionMemo(library.editions)  # shared: one read of an edition per open
    window = MainWindow(
        editions,
        reading if reading is not None else reading_state_for(library, editions),
        Preferences(settings),
        read_dwell_ms=read_dwell_ms,
    )
    install_reader_panels(window, library)
    install_comments(window, library, settings)
    install_newsstand(window, library)
    install_pages(window, library)
    install_feeds(window, library)
    return window


def _status_bar_excepthook(window: QMainWindow) -> Callable[..., None]:
    """Errors nobody expected go to a report file and one line in the status bar:
    no dialog storm, no traceback on a reader's screen."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if not isinstance(exc, Exception):
            sys.__excepthook__(kind, exc, tb)
            return
        report = write_report(exc.with_traceback(tb))
        message = QCoreApplication.translate(
            "Application", "Something went wrong (%1). The details are in %2."
        )
        where = str(report) if report else "-"
        window.statusBar().showMessage(message.replace("%1", str(exc)).replace("%2", where), 15000)

    return hook


def run_reader(
    library_dir: Path,
    on_shown: Callable[[MainWindow], None] | None = None,
    open_bundle: Path | None = None,
) -> int:
    """Open the reader on ``library_dir`` and run until its window closes.

    ``open_bundle`` is a bundle file to import and show (``edicola FILE``).
    When a reader already runs on this library, the file (or a request to
    come to the front) is handed to it and this returns 0 at once.
    ``on_shown`` is called with the window once it is on screen (tests close
    it from there). The window is deleted, the signal handlers and
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
    on_shown: Callable[[MainWindow], None] | None,
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
    window: MainWindow | None = None
    quit_signals: QuitOnSignals | None = None
    opener: BundleOpener | None = None
    library: Library | None = None
    try:
        try:
            library = Library.open(library_dir)
        except LibraryError as exc:
            QMessageBox.critical(None, APP_NAME, str(exc))
            return 1
        window = create_main_window(library, settings)
        sys.excepthook = _status_bar_excepthook(window)
        # Close the window the normal way (session saved), then end the loop even if
        # a dialog is still open: SIGINT/SIGTERM mean "quit", not "close one window".
        quit_signals = QuitOnSignals(lambda: (window.close(), app.quit()))
        opener = BundleOpener(window, library_dir)
        instance.openRequested.connect(lambda path: opener.open(Path(path)))
        instance.raiseRequested.connect(lambda: _bring_to_front(window))
        window.show()
        window.restore_session()
        if os.environ.get(STARTUP_PROBE_ENV):
            watch_first_paint(window)
        if open_bundle is not None:
            opener.open(open_bundle)
        if on_shown is not None:
            on_shown(window)
        code = app.exec()
    finally:
        if quit_signals is not None:
            quit_signals.uninstall()
        if opener is not None:
            opener.shutdown()
        sys.excepthook = previous_hook
        if window is not None:
            window.close()
            window.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if library is not None:
            library.close()
        for translator in translators:
            app.removeTranslator(translator)
    return int(code)
