"""The small dialog Ctrl+D opens: a note for a new bookmark, or edit/remove one.

Non-modal-friendly: the caller uses ``open()`` and reads ``choice`` and
``note()`` when ``finished`` is emitted, so the reader is never blocked in a
nested event loop.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

NOTE_MAX = 500
SAVE, REMOVE, CANCEL = "save", "remove", "cancel"


class BookmarkDialog(QDialog):
    def __init__(
        self, title: str, note: str = "", existing: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bookmarkDialog")
        self.setWindowTitle(self.tr("Edit bookmark") if existing else self.tr("Bookmark article"))
        self.choice = CANCEL
        heading = QLabel(title, self)
        heading.setObjectName("bookmarkTitle")
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        label = QLabel(self.tr("&Note (optional):"), self)
        self.note_edit = QLineEdit(note, self)
        self.note_edit.setObjectName("bookmarkNote")
        self.note_edit.setMaxLength(NOTE_MAX)
        self.note_edit.setPlaceholderText(self.tr("Why you want to find this again"))
        self.note_edit.setAccessibleName(self.tr("Bookmark note"))
        label.setBuddy(self.note_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("bookmarkButtons")
        self.remove_button: QPushButton | None = None
        if existing:
            self.remove_button = self.buttons.addButton(
                self.tr("&Remove bookmark"), QDialogButtonBox.ButtonRole.DestructiveRole
            )
            self.remove_button.setObjectName("bookmarkRemove")
            self.remove_button.clicked.connect(self._on_remove_clicked)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(label)
        layout.addWidget(self.note_edit)
        layout.addWidget(self.buttons)
        self.resize(420, self.sizeHint().height())

    def note(self) -> str:
        return " ".join(self.note_edit.text().split())

    def _on_buttons_accepted(self) -> None:
        self.choice = SAVE
        self.accept()

    def _on_remove_clicked(self) -> None:
        self.choice = REMOVE
        self.accept()
