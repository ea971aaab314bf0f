"""The keyboard shortcuts help (F1 or ?), generated from the actions table."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from edicola.ui.shell.actions import SPECS


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = [(s.shortcuts, s.label()) for s in SPECS if s.shortcuts]
        # Views added with MainWindow.add_view (newsstand, bookmarks …) and panels (comments)
        # carry their own keys.
        for action in parent.actions() if parent is not None else []:
            name = action.objectName()
            if (
                name.startswith(("action_view_", "action_panel_"))
                and not action.shortcut().isEmpty()
            ):
                rows.append((tuple(k.toString() for k in action.shortcuts()), action.text()))
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, (shortcuts, label) in enumerate(rows):
            keys = self.tr(" or ").join(
                QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in shortcuts
            )
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(label.replace("&", "")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(520, 560)
