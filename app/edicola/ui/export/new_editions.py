"""After each import, the new editions of followed publications go to the export folder.

The application hands every :class:`~edicola.store.changes.LibraryChange` the
import queue announces to :meth:`NewEditionsExport.library_changed`. With an
export folder set, the editions the change added or revised are written there
as EPUB on the tasks runner's pool, those of publications the reader does
not follow are skipped (:func:`~edicola.ui.export.work.export_followed`).
One pass at a time: editions announced while a pass runs wait for the next,
so two passes never write the same folder at once. One line in the status
bar says what a pass wrote, or what failed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from edicola.store.changes import LibraryChange
from edicola.tasks.outcome import Abandoned, Done, Outcome
from edicola.tasks.pool import PoolJobs
from edicola.ui.common.messages import error_text
from edicola.ui.export.export_settings import ExportSettings
from edicola.ui.shell.seam import Frame

if TYPE_CHECKING:
    from edicola.core.epub.folder import FolderExport

_KEY = "export-new-editions"


class NewEditionsExport(QObject):
    passFinished = Signal(object)  # FolderExport (empty when the pass failed as a whole)

    def __init__(
        self,
        frame: Frame,
        library_folder: Path,
        settings: ExportSettings,
        jobs: PoolJobs,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.frame = frame
        self.library_folder = library_folder
        self.settings = settings
        self.jobs = jobs
        self._waiting: set[str] = set()

    def library_changed(self, change: LibraryChange) -> None:
        """Export what ``change`` added or revised, if the export folder is set."""
        if self.settings.folder() is None:
            return
        self._waiting.update(change.added + change.revised)
        self._start()

    def busy(self) -> bool:
        return self.jobs.busy(_KEY) or bool(self._waiting)

    def _start(self) -> None:
        folder = self.settings.folder()
        if folder is None or not self._waiting or self.jobs.busy(_KEY):
            return
        ids = sorted(self._waiting)
        self._waiting.clear()
        # Imported here, not at the top: the EPUB writer is not needed to start the reader.
        from edicola.ui.export.work import export_followed

        self.jobs.start(
            lambda: export_followed(self.library_folder, ids, folder),
            lambda outcome: self._on_pass_done(folder, outcome),
            key=_KEY,
        )

    def _on_pass_done(self, folder: Path, outcome: Outcome[FolderExport]) -> None:
        if isinstance(outcome, Done):
            result = outcome.value
            text = self._said(folder, result)
        elif isinstance(outcome.error, Abandoned):
            return
        else:
            from edicola.core.epub.folder import FolderExport

            result = FolderExport()
            text = self.tr("Could not export to %1: %2").replace("%1", str(folder))
            text = text.replace("%2", error_text(outcome.error))
        if text:
            self.frame.show_message(text, 10000)
        self.passFinished.emit(result)
        self._start()

    def _said(self, folder: Path, result: FolderExport) -> str:
        if result.failed:
            text = self.tr("Could not export %n edition(s) to %1: %2", "", len(result.failed))
            return text.replace("%1", str(folder)).replace("%2", result.failed[0])
        if result.written:
            text = self.tr("Exported %n new edition(s) to %1.", "", len(result.written))
            return text.replace("%1", str(folder))
        return ""
