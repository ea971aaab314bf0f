"""Removing an edition from the library: the confirmation and the removal itself.

The dialog asks once and offers to keep the edition's bookmarks (the
default): kept bookmarks stay listed as unavailable, with their note and
link. The controller then removes the edition through the edition store
(the search index follows inside the same transaction) and refreshes the
window; if the removed edition was on screen it opens another one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
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
from edicola.ui.reader.article_page import long_date
from edicola.ui.shell.main_window import MainWindow


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


class EditionRemoval(QObject):
    """Edit ▸ Remove edition… and the library tree's context menu."""

    def __init__(
        self,
        window: MainWindow,
        editions: EditionStore,
        bookmarks: BookmarkStore,
        after_removal: Callable[[], None] = lambda: None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.editions = editions
        self.bookmarks = bookmarks
        self.after_removal = after_removal
        self.dialog: RemoveEditionDialog | None = None
        self.action = window.menus["edit"].addAction(self.tr("Remove &edition…"))
        self.action.setObjectName("action_remove_edition")
        self.action.triggered.connect(self._on_action_triggered)
        window.library_tree.removeEditionRequested.connect(self.request)

    def _on_action_triggered(self) -> None:
        edition_id = self.window.library_tree.selected_edition_id()
        if edition_id is None and self.window.current_edition is not None:
            edition_id = self.window.current_edition.id
        if edition_id is not None:
            self.request(edition_id)

    def _bookmarked(self, edition_id: str) -> list[str]:
        return [a.id for a in self.editions.articles(edition_id) if self.bookmarks.contains(a.id)]

    def request(self, edition_id: str) -> None:
        """Ask for confirmation (non-blocking); removes when the reader confirms."""
        edition = self.editions.edition(edition_id)
        if edition is None:
            return
        self.dialog = RemoveEditionDialog(edition, len(self._bookmarked(edition_id)), self.window)
        dialog = self.dialog
        dialog.finished.connect(lambda code: self._on_dialog_finished(dialog, edition_id, code))
        dialog.open()

    def _on_dialog_finished(self, dialog: RemoveEditionDialog, edition_id: str, code: int) -> None:
        self.dialog = None
        dialog.deleteLater()
        if code == QDialog.DialogCode.Accepted:
            self.remove(edition_id, keep_bookmarks=dialog.keep_bookmarks.isChecked())

    def remove(self, edition_id: str, keep_bookmarks: bool = True) -> bool:
        doomed = [] if keep_bookmarks else self._bookmarked(edition_id)
        showing = self.window.current_edition
        if not self.editions.delete_edition(edition_id):
            return False
        for article_id in doomed:
            self.bookmarks.remove(article_id)
        self.window.refresh_library()
        if showing is not None and showing.id == edition_id:
            remaining = self.editions.editions()
            if remaining:
                self.window.open_edition(remaining[0].id)
        self.window.statusBar().showMessage(self.tr("Edition removed."), 5000)
        self.after_removal()
        return True
