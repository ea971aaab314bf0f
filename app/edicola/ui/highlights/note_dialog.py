"""The dialog a highlight opens: its passage, its note, its colour, and Delete.

Shown by *Add note* (``N``) on a new highlight and by clicking a highlight.
Like the bookmark dialog it is opened with ``open()``: the caller reads
``choice``, ``note()`` and ``color()`` when ``finished`` is emitted, and the
reader is never held in a nested event loop.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from edicola.core.annotations.marks import COLORS, ORPHANED
from edicola.store.highlights import MAX_NOTE
from edicola.ui.common.highlight_colors import color_name, swatch

SAVE, DELETE, CANCEL = "save", "delete", "cancel"
QUOTE_SHOWN = 400
"""Characters of the passage shown above the note."""


class NoteDialog(QDialog):
    def __init__(
        self,
        quote: str,
        note: str,
        color: str,
        state: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("highlightDialog")
        self.setWindowTitle(self.tr("Highlight"))
        self.choice = CANCEL
        shown = " ".join(quote.split())
        if len(shown) > QUOTE_SHOWN:
            shown = shown[: QUOTE_SHOWN - 1] + "…"
        self.quote = QLabel(f"“{shown}”", self)
        self.quote.setObjectName("highlightQuote")
        self.quote.setWordWrap(True)
        self.quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.quote.font()
        font.setItalic(True)
        self.quote.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(self.quote)
        if state == ORPHANED:
            lost = QLabel(self.tr("Not found in this revision of the article."), self)
            lost.setObjectName("highlightOrphaned")
            layout.addWidget(lost)
        label = QLabel(self.tr("&Note:"), self)
        self.note_edit = QPlainTextEdit(note, self)
        self.note_edit.setObjectName("highlightNote")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(self.tr("What you think of this passage"))
        self.note_edit.setAccessibleName(self.tr("Note"))
        label.setBuddy(self.note_edit)
        layout.addWidget(label)
        layout.addWidget(self.note_edit, 1)
        layout.addLayout(self._colors(color))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("highlightButtons")
        self.delete_button: QPushButton = self.buttons.addButton(
            self.tr("&Delete highlight"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.delete_button.setObjectName("highlightDelete")
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(460, 300)
        self.note_edit.setFocus()

    def _colors(self, chosen: str) -> QHBoxLayout:
        row = QHBoxLayout()
        caption = QLabel(self.tr("Colour:"), self)
        row.addWidget(caption)
        self.color_group = QButtonGroup(self)
        self.color_buttons: dict[str, QRadioButton] = {}
        for color in COLORS:
            button = QRadioButton(color_name(color), self)
            button.setObjectName(f"highlightColor_{color}")
            button.setIcon(swatch(color))
            button.setChecked(color == chosen)
            self.color_group.addButton(button)
            self.color_buttons[color] = button
            row.addWidget(button)
        row.addStretch(1)
        return row

    def note(self) -> str:
        """The note as typed, its ends trimmed (paragraphs kept), at most the store's limit."""
        return self.note_edit.toPlainText().strip()[:MAX_NOTE]

    def color(self) -> str:
        return next((c for c, b in self.color_buttons.items() if b.isChecked()), COLORS[0])

    def _on_buttons_accepted(self) -> None:
        self.choice = SAVE
        self.accept()

    def _on_delete_clicked(self) -> None:
        self.choice = DELETE
        self.accept()
