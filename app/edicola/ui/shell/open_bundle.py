"""Opening a bundle file in the reader (``edicola FILE.edicola``, a double-click,
File → Open edition… (Ctrl+O), files dropped on the window): import it with
progress, off the GUI thread, then show its front page.

The import runs on the application's one
:class:`~edicola.tasks.import_queue.ImportQueue` (a worker thread on its own
connection to the library; WAL lets the window keep reading meanwhile), after
any download or feed edition already waiting; progress and the outcome come
back on the GUI thread, so no widget is touched from the worker. Files
arriving while one imports wait their turn. The queue's ``libraryChanged``
refreshes the library panel; this only opens the edition. A file opened by
name that fails gets a message box; dropped files (``quiet``) get one line in
the status bar each, never a chain of boxes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from edicola.store.editions import ImportResult
from edicola.tasks.import_queue import ImportQueue
from edicola.ui.common.messages import error_text, message_text
from edicola.ui.shell.edition_drops import EditionDrops
from edicola.ui.shell.seam import Frame


class BundleOpener(QObject):
    """Imports bundle files into the library and opens them."""

    opened = Signal(str)  # edition id, once its front page shows
    failed = Signal(str)  # one-line reason

    def __init__(
        self, frame: Frame, open_edition: Callable[[str], bool], imports: ImportQueue
    ) -> None:
        super().__init__(frame.as_widget())
        self._frame = frame
        self._open_edition = open_edition
        self._queue: list[tuple[Path, bool]] = []  # (file, quiet)
        self._importer = imports
        self._current: Path | None = None
        self._quiet = False
        self._closing = False
        self._dialog: QProgressDialog | None = None
        self._boxes: list[QMessageBox] = []
        frame.commands["open_edition"].triggered.connect(self._on_open_edition_triggered)
        self.drops = EditionDrops(
            frame.as_widget(), self.open, lambda line: frame.show_message(line, 15000)
        )

    def open(self, path: Path, quiet: bool = False) -> None:
        """Import ``path`` and show it; ``quiet``: a failure is a status-bar line only."""
        self._queue.append((path, quiet))
        self._pump()

    def choose(self) -> list[Path]:
        """Ask for edition files (File → Open edition…); the chosen ones are opened."""
        names, _ = QFileDialog.getOpenFileNames(
            self._frame.as_widget(),
            self.tr("Open edition"),
            "",
            self.tr("Editions (*.edicola);;All files (*)"),
        )
        paths = [Path(name) for name in names]
        for path in paths:
            self.open(path)
        return paths

    @property
    def busy(self) -> bool:
        return self._current is not None or bool(self._queue)

    def stop(self) -> None:
        """Open no more files, and close the messages about files it opened: a box left
        on screen would keep the application running with no reader. (The import
        under way is finished, never cut, when the application stops its queue.)"""
        self._queue.clear()
        self._closing = True
        for box in self._boxes:
            box.close()
        self._boxes.clear()

    def _pump(self) -> None:
        if self._current is not None or not self._queue:
            return
        path, self._quiet = self._queue.pop(0)
        if not path.is_file():  # moved or deleted since it was chosen (or double-clicked)
            self._report(path.name, self.tr("the file is not there (moved or deleted?)"))
            self._pump()
            return
        self._current = path
        dialog = QProgressDialog(
            self.tr("Opening %1…").replace("%1", path.name), "", 0, 0, self._frame.as_widget()
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
            self._report(name, _without_prefix(error_text(outcome), f"{name}: "))
        elif isinstance(outcome, ImportResult):
            self._open_edition(outcome.edition_id)
            self._frame.show_message(message_text(outcome.describe()), 8000)
            self.opened.emit(outcome.edition_id)
        self._pump()

    def _report(self, name: str, why: str) -> None:
        message = self.tr("Cannot open %1: %2").replace("%1", name).replace("%2", why)
        if not self._quiet:
            self._show_failure(message)
        self._frame.show_message(message, 15000)
        self.failed.emit(message)

    def _on_open_edition_triggered(self) -> None:
        self.choose()

    def _show_failure(self, message: str) -> None:
        """A message box, unless the reader has closed (it would outlive the reader)."""
        if not self._frame.as_widget().isVisible():
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Edicola"),
            message,
            QMessageBox.StandardButton.Ok,
            self._frame.as_widget(),
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
