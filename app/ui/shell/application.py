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
from edicola.ui.newsstand.controller import install_newsstand
from edicola.ui.reader.reading_adapter import StoreReadingState
from edicola.ui.reader.reading_progress import READ_DWELL_MS, ReadingState
from edicola.ui.shell.fonts import load_bundled_fonts
from edicola.ui.shell.main_window import MainWindow
from edicola.ui.shell.panels import install_reader_panels
from edicola.ui.shell.preferences import Preferences
from edicola.ui.shell.startup_probe import STARTUP_PROBE_ENV, watch_first_paint
from edicola.ui.shell.translations import choose_language, install_translations

ORGANIZATION = "Edicola"


def reading_state_for(library: Library) -> ReadingState:
    """The library's reading-state store (``Library.reading_state`` or one on its db)."""
    store = getattr(library, "reading_state", None)
    if not isinstance(store, ReadingStateStore):
        store = ReadingStateStore(library.db)
    return StoreReadingState(store, library.editions)


def create_main_window(
    library: Library,
    settings: QSettings,
    reading: ReadingState | None = None,
    read_dwell_ms: int = READ_DWELL_MS,
) -> MainWindow:
    """A reader window on ``library`` (fonts loaded; translations are the caller's)."""
    load_bundled_fonts()
    window = MainWindow(
        library.editions,
        reading if reading is not None else reading_state_for(library),
        Preferences(settings),
        read_dwell_ms=read_dwell_ms,
    )
    install_reader_panels(window, library)
    install_comments(window, library, settings)
    install_newsstand(window, library)
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
    library_dir: Path, on_shown: Callable[[MainWindow], None] | None = None
) -> int:
    """Open the reader on ``library_dir`` and run until its window closes.

    ``on_shown`` is called with the window once it is on screen (tests close
    it from there). The window is deleted and ``sys.excepthook`` restored
    before returning, so nothing of this run outlives it.
    """
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationDisplayName(APP_NAME)
    icon = resource("icons", "edicola.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    settings = QSettings()
    translators = install_translations(app, choose_language(Preferences(settings).language))
    try:
        library = Library.open(library_dir)
    except LibraryError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    previous_hook = sys.excepthook
    window: MainWindow | None = None
    try:
        window = create_main_window(library, settings)
        sys.excepthook = _status_bar_excepthook(window)
        window.show()
        window.restore_session()
        if os.environ.get(STARTUP_PROBE_ENV):
            watch_first_paint(window)
        if on_shown is not None:
            on_shown(window)
        code = app.exec()
    finally:
        sys.excepthook = previous_hook
        if window is not None:
            window.close()
            window.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        library.close()
        for translator in translators:
            app.removeTranslator(translator)
    return int(code)
