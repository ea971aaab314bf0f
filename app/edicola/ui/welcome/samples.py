"""Importing the sample papers from the reader ("Try the sample papers").

The sample editions ship in the wheel as sources; they are built (under a
second) on a daemon thread into a folder of the library's, then imported one
by one through the application's import queue, as any other file is, with a
progress dialog. When the last one is in, the newest front page opens (in
the reader's language when two are as new) and the built bundles are deleted.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import QProgressDialog

from edicola.core.bundle.samples import build_samples
from edicola.core.model import Edition
from edicola.store.editions import ImportResult
from edicola.tasks.import_queue import ImportQueue
from edicola.tasks.outcome import Done, Outcome
from edicola.tasks.pool import DaemonThreads, PoolJobs
from edicola.ui.common.library_port import EditionReader
from edicola.ui.common.messages import error_text
from edicola.ui.shell.seam import Frame


def newest(editions: list[Edition], language: str) -> Edition | None:
    """The newest edition; between editions of the same day, one in ``language``."""
    if not editions:
        return None
    return max(editions, key=lambda e: (e.date, e.language == language))


class SampleImport(QObject):
    """Builds and imports the sample editions; ``finished`` names the one opened."""

    finished = Signal(str)  # the edition whose front page opened ("" if none)
    failed = Signal(str)  # one line

    def __init__(
        self,
        frame: Frame,
        imports: ImportQueue,
        editions: EditionReader,
        open_edition: Callable[[str], bool],
        folder: Path,
    ) -> None:
        super().__init__(frame.as_widget())
        self._frame = frame
        self._imports = imports
        self._editions = editions
        self._open_edition = open_edition
        self._folder = folder
        self._jobs = PoolJobs(DaemonThreads("edicola-samples"), self)
        self._dialog: QProgressDialog | None = None
        self._waiting = 0
        self._imported: list[str] = []
        self._problems: list[str] = []

    @property
    def busy(self) -> bool:
        return self._dialog is not None

    def start(self) -> bool:
        """Build and import the samples; False if that is already under way."""
        if self.busy or self._jobs.stopping.is_set():
            return False
        dialog = QProgressDialog(
            self.tr("Preparing the sample papers…"), "", 0, 0, self._frame.as_widget()
        )
        dialog.setObjectName("samplesProgress")
        dialog.setWindowTitle(self.tr("Sample papers"))
        dialog.setCancelButton(None)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.show()
        self._dialog = dialog
        self._imported, self._problems = [], []
        folder = self._folder
        self._jobs.start(lambda: build_samples(folder), self._on_built, key="samples")
        return True

    def stop(self) -> None:
        """The reader is closing: no more imports are asked for, the dialog goes."""
        self._jobs.shutdown(5.0)
        self._close_dialog()

    def _on_built(self, outcome: Outcome[list[Path]]) -> None:
        if not isinstance(outcome, Done):
            self._finish(error_text(outcome.error))
            return
        bundles = outcome.value
        if self._dialog is not None:
            self._dialog.setLabelText(self.tr("Importing the sample papers…"))
            self._dialog.setMaximum(len(bundles))
            self._dialog.setValue(0)
        self._waiting = len(bundles)
        for bundle in bundles:
            self._imports.submit(bundle, self._on_imported)

    def _on_imported(self, outcome: object) -> None:
        self._waiting -= 1
        if isinstance(outcome, ImportResult):
            self._imported.append(outcome.edition_id)
        elif isinstance(outcome, Exception):
            self._problems.append(error_text(outcome))
        if self._dialog is not None:
            self._dialog.setValue(self._dialog.maximum() - self._waiting)
        if self._waiting <= 0:
            self._finish("; ".join(self._problems[:1]))

    def _finish(self, problem: str) -> None:
        self._close_dialog()
        shutil.rmtree(self._folder, ignore_errors=True)
        if self._jobs.stopping.is_set():
            return
        found = [e for e in map(self._editions.edition, self._imported) if e is not None]
        chosen = newest(found, QLocale().name().split("_")[0])
        if chosen is not None and self._open_edition(chosen.id):
            self._frame.show_message(
                self.tr("The sample papers are in your library: %1").replace(
                    "%1", ", ".join(sorted({e.publication_title for e in found}))
                ),
                10000,
            )
        if problem:
            message = self.tr("The sample papers could not all be imported: %1").replace(
                "%1", problem
            )
            self._frame.show_message(message, 15000)
            self.failed.emit(message)
        self.finished.emit(chosen.id if chosen is not None else "")

    def _close_dialog(self) -> None:
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
