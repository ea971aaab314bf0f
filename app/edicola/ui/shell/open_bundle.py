"""Opening a bundle file in the reader (``edicola FILE.edicola``, a double-click):
import it with progress, off the GUI thread, then show its front page.

The import runs on a :class:`~edicola.tasks.import_queue.BackgroundImporter`
(a worker thread on its own connection to the library; WAL lets the window
keep reading meanwhile); progress and the outcome come back as queued
signals, so no widget is touched from the worker. Files arriving while one
imports wait their turn.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from edicola.store.editions import ImportResult
from edicola.tasks.import_queue import BackgroundImporter
from edicola.ui.shell.main_window import MainWindow


class BundleOpener(QObject):
    """Imports bundle files into the window's library and opens them."""

    opened = Signal(str)  # edition id, once its front page shows
    failed = Signal(str)  # one-line reason

    def __init__(self, window: MainWindow, library_dir: Path) -> None:
        super().__init__(window)
        self._window = window
        self._library_dir = library_dir
        self._queue: list[Path] = []
        self._importer = BackgroundImporter(library_dir, self)
        self._current: Path | None = None
        self._closing = False
        self._dialog: QProgressDialog | None = None
        self._boxes: list[QMessageBox] = []
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Closing the reader closes the messages about files it opened: a box left
        on screen would keep the application running with no reader."""
        if watched is self._window and event.type() == QEvent.Type.Close:
            for box in self._boxes:
                box.close()
            self._boxes.clear()
        return False

    def open(self, path: Path) -> None:
        self._queue.append(path)
        self._pump()

    @property
    def busy(self) -> bool:
        return self._current is not None or bool(self._queue)

    def shutdown(self) -> None:
        """Wait for the import under way (it is one transaction; it must not be cut)."""
        self._queue.clear()
        self._closing = True
        self._importer.shutdown()

    def _pump(self) -> None:
        if self._current is not None or not self._queue:
            return
        path = self._current = self._queue.pop(0)
        dialog = QProgressDialog(
            self.tr("Opening %1…").replace("%1", path.name), "", 0, 0, self._window
        )
        dialog.setObjectName("openBundleProgress")
        dialog.setWindowTitle(self.tr("Opening an edition"))
        dialog.setCancelButton(None)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.show()
        self._dialog = dialog
        self._importer.submit(path, self._on_worker_finished, self._on_worker_progressed)

    def _forget_box(self, box: QMessageBox) -> None:
        if box in self._boxes:
            self._boxes.remove(box)

    def _on_worker_progressed(self, done: int, total: int) -> None:
        if self._dialog is not None:
            self._dialog.setMaximum(total)
            self._dialog.setValue(done)

    def _on_worker_finished(self, outcome: object) -> None:
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        path, self._current = self._current, None
        if self._closing:
            return  # the reader is going: the import is done or undone, nothing to show
        name = path.name if path is not None else ""
        if isinstance(outcome, Exception):
            why = _without_prefix(str(outcome), f"{name}: ")
            message = self.tr("Cannot open %1: %2").replace("%1", name).replace("%2", why)
            self._show_failure(message)
            self._window.statusBar().showMessage(message, 15000)
            self.failed.emit(message)
        elif isinstance(outcome, ImportResult):
            self._window.refresh_library()
            self._window.open_edition(outcome.edition_id)
            self._window.statusBar().showMessage(outcome.describe(), 8000)
            self.opened.emit(outcome.edition_id)
        self._pump()

    def _show_failure(self, message: str) -> None:
        """A message box, unless the reader has closed (it would outlive the reader)."""
        if not self._window.isVisible():
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Edicola"),
            message,
            QMessageBox.StandardButton.Ok,
            self._window,
        )
        box.setObjectName("openBundleFailed")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result, b=box: self._forget_box(b))
        self._boxes.append(box)
        box.open()  # not exec(): the event loop (and the other files) go on


def _without_prefix(text: str, prefix: str) -> str:
    """The bundle layer names the file already; the message names it once."""
    while prefix and text.startswith(prefix):
        text = text[len(prefix) :]
    return text
