"""Editions as EPUB in the reader, wired in one place (issue 26).

File ▸ *Export edition as EPUB…* writes the edition on screen to a file the
reader chooses; File ▸ *Send to device…* writes it into the ``Edicola``
folder of the mounted e-reader (Kobo, PocketBook, tolino; a Kindle is refused
with the reason), or into a chosen folder when none is mounted. The Settings
dialog gets an *E-readers* part: a folder that receives, after each import,
the new editions of the followed publications
(:mod:`edicola.ui.export.new_editions`).

Looking for e-readers and every export run on the tasks runner's pool
(:class:`~edicola.tasks.pool.PoolJobs`), each on a read-only connection of its
own (:mod:`edicola.ui.export.work`), so the window never waits for a slow
drive; each ends in one line in the status bar. Both commands act on the
reader's edition and are enabled only while one is on screen.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QSettings, QThreadPool, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from edicola.core.epub.devices import Device, system_volumes
from edicola.core.model import Edition
from edicola.store.changes import LibraryChange
from edicola.tasks.outcome import Abandoned, Done, Failed, Outcome
from edicola.tasks.pool import PoolJobs
from edicola.ui.common.messages import error_text
from edicola.ui.export.device_prompt import DeviceChoice, NoReaderBox
from edicola.ui.export.export_settings import ExportSettings
from edicola.ui.export.new_editions import NewEditionsExport
from edicola.ui.export.settings_page import ExportSettingsPage
from edicola.ui.reader.controller import ReaderController
from edicola.ui.shell.seam import Frame

if TYPE_CHECKING:
    from edicola.core.epub.folder import FolderExport
    from edicola.ui.export.work import FileExport, Volumes

MESSAGE_MS = 10000
STOP_WAIT_S = 5.0
"""How long closing the reader waits for an export under way (one edition: well under 1 s)."""


class ExportController(QObject):
    exportFinished = Signal(bool, str)  # succeeded, the status bar's line

    def __init__(
        self,
        frame: Frame,
        reader: ReaderController,
        library_folder: Path,
        settings: QSettings,
        *,
        volumes: Volumes = system_volumes,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(frame.as_widget())
        self.frame = frame
        self.reader = reader
        self.library_folder = library_folder
        self.volumes = volumes
        self.settings = ExportSettings(settings)
        self.jobs = PoolJobs(pool, self)
        self.dialog: QDialog | None = None
        """The dialog open now (a file dialog, the e-reader question), if any."""
        parent = frame.as_widget()
        self.export_action = QAction(self.tr("Export edition as EP&UB…"), parent)
        self.export_action.setObjectName("action_export_epub")
        self.send_action = QAction(self.tr("Send to &device…"), parent)
        self.send_action.setObjectName("action_send_to_device")
        frame.add_menu_action("file", self.export_action, before="copy_link")
        frame.add_menu_action("file", self.send_action, before="copy_link")
        frame.add_settings_page(lambda dialog: ExportSettingsPage(self.settings, dialog))
        self.new_editions = NewEditionsExport(frame, library_folder, self.settings, self.jobs, self)
        self._connect_signals()
        self.update_actions()

    def _connect_signals(self) -> None:
        self.export_action.triggered.connect(self._on_export_action_triggered)
        self.send_action.triggered.connect(self._on_send_action_triggered)
        self.reader.editionOpened.connect(self._on_reader_changed)
        self.reader.articleOpened.connect(self._on_reader_changed)
        self.frame.viewChanged.connect(self.update_actions)

    def update_actions(self) -> None:
        """Both commands act on the edition on screen: none, no command."""
        on_screen = self.reader.in_reader() and self.reader.current_edition is not None
        self.export_action.setEnabled(on_screen)
        self.send_action.setEnabled(on_screen)

    def library_changed(self, change: LibraryChange) -> None:
        """After each import: new editions of followed publications to the export folder."""
        self.new_editions.library_changed(change)
        self.update_actions()

    def stop(self) -> None:
        """Let the export under way finish (files are written whole or not at all) and
        drop what has not started. Touches no Qt object."""
        self.jobs.shutdown(STOP_WAIT_S)

    # -- Export edition as EPUB… -------------------------------------------------------

    def export_to_file(self, edition: Edition, target: Path) -> bool:
        """Write ``edition`` to ``target`` on the pool; False if that file is being written."""
        self.settings.set_last_dir(target.parent)
        # Imported here, not at the top: the EPUB writer is not needed to start the reader.
        from edicola.ui.export.work import export_file

        started = self.jobs.start(
            lambda: export_file(self.library_folder, edition.id, target),
            lambda outcome: self._on_file_exported(edition, outcome),
            key=("file", target),
        )
        if started:
            self.frame.show_message(self.tr("Exporting “%1”…").replace("%1", edition.title))
        return started

    def _on_export_action_triggered(self) -> None:
        edition = self.reader.current_edition
        if edition is None:
            return
        suggested = self.settings.last_dir() / f"{edition.id}.epub"
        dialog = QFileDialog(
            self.frame.as_widget(),
            self.tr("Export edition as EPUB"),
            str(suggested),
            self.tr("EPUB books (*.epub)"),
        )
        dialog.setObjectName("exportEpubDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDefaultSuffix("epub")
        dialog.selectFile(str(suggested))
        dialog.fileSelected.connect(lambda name: self.export_to_file(edition, Path(name)))
        self._open(dialog)

    def _on_file_exported(self, edition: Edition, outcome: Outcome[FileExport]) -> None:
        if isinstance(outcome, Done):
            done = outcome.value
            size = QLocale().formattedDataSize(done.size)
            text = self.tr("Exported “%1” to %2 (%3).").replace("%1", edition.title)
            self._finish(True, text.replace("%2", str(done.path)).replace("%3", size))
        elif not isinstance(outcome.error, Abandoned):
            text = self.tr("Could not export “%1”: %2").replace("%1", edition.title)
            self._finish(False, text.replace("%2", error_text(outcome.error)))

    # -- Send to device… ---------------------------------------------------------------

    def _on_send_action_triggered(self) -> None:
        edition = self.reader.current_edition
        if edition is None:
            return
        volumes = self.volumes
        from edicola.ui.export.work import mounted_readers

        self.jobs.start(
            lambda: mounted_readers(volumes),
            lambda outcome: self._on_readers_found(edition, outcome),
            key="find-readers",
        )

    def _on_readers_found(self, edition: Edition, outcome: Outcome[list[Device]]) -> None:
        if isinstance(outcome, Failed):
            if not isinstance(outcome.error, Abandoned):
                text = self.tr("Could not look for e-readers: %1")
                self._finish(False, text.replace("%1", error_text(outcome.error)))
            return
        usable = [d for d in outcome.value if d.reads_epub]
        if len(usable) == 1:
            self.send_to(edition, usable[0].folder, usable[0].name)
        elif usable:
            choice = DeviceChoice(usable, self.frame.as_widget())
            choice.accepted.connect(lambda: self._on_device_chosen(edition, choice))
            self._open(choice)
        else:
            box = NoReaderBox(
                [d for d in outcome.value if not d.reads_epub], self.frame.as_widget()
            )
            box.finished.connect(lambda _code: self._on_no_reader_answered(edition, box))
            self._open(box)

    def _on_device_chosen(self, edition: Edition, choice: DeviceChoice) -> None:
        device = choice.chosen()
        if device is not None:
            self.send_to(edition, device.folder, device.name)

    def _on_no_reader_answered(self, edition: Edition, box: NoReaderBox) -> None:
        if not box.chose_folder():
            return
        dialog = QFileDialog(
            self.frame.as_widget(), self.tr("Send to a folder"), str(self.settings.last_dir())
        )
        dialog.setObjectName("exportFolderDialog")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(lambda name: self._on_folder_chosen(edition, Path(name)))
        self._open(dialog)

    def _on_folder_chosen(self, edition: Edition, folder: Path) -> None:
        self.settings.set_last_dir(folder)
        self.send_to(edition, folder, str(folder))

    def send_to(self, edition: Edition, folder: Path, where: str) -> bool:
        """Write ``edition`` into ``folder`` (an e-reader's, or chosen) unless it holds
        this revision already; ``where`` names it in the status bar."""
        from edicola.ui.export.work import export_into

        started = self.jobs.start(
            lambda: export_into(self.library_folder, [edition.id], folder),
            lambda outcome: self._on_sent(edition, where, outcome),
            key=("folder", folder),
        )
        if started:
            text = self.tr("Sending “%1” to %2…").replace("%1", edition.title)
            self.frame.show_message(text.replace("%2", where))
        return started

    def _on_sent(self, edition: Edition, where: str, outcome: Outcome[FolderExport]) -> None:
        if isinstance(outcome, Failed):
            if isinstance(outcome.error, Abandoned):
                return
            problem = error_text(outcome.error)
        elif outcome.value.failed:
            problem = outcome.value.failed[0]
        elif outcome.value.written:
            text = self.tr("Sent “%1” to %2.").replace("%1", edition.title)
            self._finish(True, text.replace("%2", where))
            return
        else:
            text = self.tr("“%1” is already on %2.").replace("%1", edition.title)
            self._finish(True, text.replace("%2", where))
            return
        text = self.tr("Could not send “%1” to %2: %3").replace("%1", edition.title)
        self._finish(False, text.replace("%2", where).replace("%3", problem))

    # -- helpers -----------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        """Show ``dialog`` without blocking; it is deleted once answered."""
        self.dialog = dialog
        dialog.finished.connect(lambda _code: self._on_dialog_finished(dialog))
        dialog.open()

    def _on_dialog_finished(self, dialog: QWidget) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _finish(self, succeeded: bool, text: str) -> None:
        self.frame.show_message(text, MESSAGE_MS)
        self.exportFinished.emit(succeeded, text)

    def _on_reader_changed(self, _id: str) -> None:
        self.update_actions()


def install_export(
    frame: Frame, reader: ReaderController, library_folder: Path, settings: QSettings
) -> ExportController:
    """EPUB export in the frame: two File-menu commands and the Settings dialog's part."""
    return ExportController(frame, reader, library_folder, settings)
