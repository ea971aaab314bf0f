"""Removing an edition from the library: the confirmation and the removal itself.

The dialog asks once and offers to keep the edition's bookmarks (the
default): kept bookmarks stay listed as unavailable, with their note and
link. The controller then hands the removal to the application's one import
queue (the library's one writer; the search index follows inside the same
transaction), whose ``libraryChanged`` refreshes every view; if the removed
edition was on screen the reader opens another one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from edicola.core.model import Edition
from edicola.store.bookmarks import BookmarkStore
from edicola.store.editions import EditionStore
from edicola.ui.common.dates import long_date
from edicola.ui.common.messages import error_text
from edicola.ui.reader.controller import ReaderController
from edicola.ui.shell.seam import Frame


class RemoveEditionDialog(QDialog):
    def __init__(self, edition: Edition, bookmarked: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("removeEditionDialog")
        self.setWindowTitle(self.tr("Remove edition"))
        text = self.tr(
            "Remove %1 of %2 from the library?\n"
            "Its articles and pictures will be deleted from this computer."
        )
        message = QLabel(
            text.replace("%1", edition.publication_title).replace("%2", long_date(edition.date)),
            self,
        )
        message.setWordWrap(True)
        self.keep_bookmarks = QCheckBox(
            self.tr("&Keep its bookmarks (%1), shown as unavailable").replace(
                "%1", str(bookmarked)
            ),
            self,
        )
        self.keep_bookmarks.setObjectName("keepBookmarks")
        self.keep_bookmarks.setChecked(True)
        self.keep_bookmarks.setVisible(bookmarked > 0)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.remove_button: QPushButton = self.buttons.addButton(
            self.tr("&Remove"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.remove_button.setObjectName("removeEditionConfirm")
        self.remove_button.setAutoDefault(False)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(self.keep_bookmarks)
        layout.addWidget(self.buttons)


class Removals(Protocol):
    """The part of :class:`~edicola.tasks.import_queue.ImportQueue` removal uses."""

    def submit_removal(
        self, edition_ids: Sequence[str], done: Callable[[object], None]
    ) -> None: ...


class EditionRemoval(QObject):
    """Edit ▸ Remove edition… and the library tree's context menu."""

    def __init__(
        self,
        frame: Frame,
        reader: ReaderController,
        editions: EditionStore,
        bookmarks: BookmarkStore,
        removals: Removals,
    ) -> None:
        super().__init__(frame.as_widget())
        self.frame = frame
        self.reader = reader
        self.editions = editions
        self.bookmarks = bookmarks
        self.removals = removals
        self.dialog: RemoveEditionDialog | None = None
        self.action = QAction(self.tr("Remove &edition…"), frame.as_widget())
        self.action.setObjectName("action_remove_edition")
        frame.add_menu_action("edit", self.action)
        self.action.triggered.connect(self._on_action_triggered)
        reader.library_tree.removeEditionRequested.connect(self.request)

    def _on_action_triggered(self) -> None:
        edition_id = self.reader.library_tree.selected_edition_id()
        if edition_id is None and self.reader.current_edition is not None:
            edition_id = self.reader.current_edition.id
        if edition_id is not None:
            self.request(edition_id)

    def _bookmarked(self, edition_id: str) -> list[str]:
        return [a.id for a in self.editions.articles(edition_id) if self.bookmarks.contains(a.id)]

    def request(self, edition_id: str) -> None:
        """Ask for confirmation (non-blocking); removes when the reader confirms."""
        edition = self.editions.edition(edition_id)
        if edition is None:
            return
        self.dialog = RemoveEditionDialog(
            edition, len(self._bookmarked(edition_id)), self.frame.as_widget()
        )
        dialog = self.dialog
        dialog.finished.connect(lambda code: self._on_dialog_finished(dialog, edition_id, code))
        dialog.open()

    def _on_dialog_finished(self, dialog: RemoveEditionDialog, edition_id: str, code: int) -> None:
        self.dialog = None
        dialog.deleteLater()
        if code == QDialog.DialogCode.Accepted:
            self.remove(edition_id, keep_bookmarks=dialog.keep_bookmarks.isChecked())

    def remove(self, edition_id: str, keep_bookmarks: bool = True) -> bool:
        """Queue the removal (False if there is no such edition); done when the queue
        announces ``libraryChanged``."""
        if self.editions.edition(edition_id) is None:
            return False
        doomed = [] if keep_bookmarks else self._bookmarked(edition_id)

        def done(outcome: object) -> None:
            self._on_removed(edition_id, doomed, outcome)

        self.removals.submit_removal([edition_id], done)
        return True

    def _on_removed(self, edition_id: str, doomed: list[str], outcome: object) -> None:
        if isinstance(outcome, Exception):  # the stores' errors are one-line messages
            self.frame.show_message(error_text(outcome), 8000)
            return
        for article_id in doomed:
            self.bookmarks.remove(article_id)
        showing = self.reader.current_edition
        if showing is not None and showing.id == edition_id:
            remaining = self.editions.editions()
            if remaining:
                self.reader.open_edition(remaining[0].id)
        self.frame.show_message(self.tr("Edition removed."), 5000)
