"""Find in article: a bar under the article with the term, the match count and arrows.

Typing highlights all matches; Enter/Shift+Enter step through them; Esc closes.
The bar only emits signals; the window tells the article view what to do.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget


class FindBar(QWidget):
    searchChanged = Signal(str)
    stepRequested = Signal(bool)  # backward?
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("findEdit")
        self.edit.setPlaceholderText(self.tr("Find in article"))
        self.edit.setAccessibleName(self.tr("Find in article"))
        self.edit.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.count.setObjectName("findCount")
        self.previous = QToolButton(self)
        self.previous.setObjectName("findPrevious")
        self.previous.setText("↑")
        self.previous.setAccessibleName(self.tr("Previous match"))
        self.previous.setToolTip(self.tr("Previous match (Shift+Enter)"))
        self.next = QToolButton(self)
        self.next.setObjectName("findNext")
        self.next.setText("↓")
        self.next.setAccessibleName(self.tr("Next match"))
        self.next.setToolTip(self.tr("Next match (Enter)"))
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("findClose")
        self.close_button.setText("✕")
        self.close_button.setAccessibleName(self.tr("Close find"))
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.previous)
        layout.addWidget(self.next)
        layout.addWidget(self.close_button)
        self.edit.textChanged.connect(self.searchChanged)
        self.edit.returnPressed.connect(self._on_edit_return_pressed)
        self.previous.clicked.connect(self._on_previous_clicked)
        self.next.clicked.connect(self._on_next_clicked)
        self.close_button.clicked.connect(self.close_bar)
        self.hide()

    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def show_count(self, current: int, total: int) -> None:
        if not self.edit.text():
            self.count.setText("")
        elif total == 0:
            self.count.setText(self.tr("No matches"))
        else:
            self.count.setText(
                self.tr("%1 of %2").replace("%1", str(current)).replace("%2", str(total))
            )

    def _on_edit_return_pressed(self) -> None:
        self.stepRequested.emit(False)

    def _on_previous_clicked(self) -> None:
        self.stepRequested.emit(True)

    def _on_next_clicked(self) -> None:
        self.stepRequested.emit(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.stepRequested.emit(True)
        else:
            super().keyPressEvent(event)
