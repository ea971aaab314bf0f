"""The keyboard shortcuts help (F1 or ?), generated from the actions table, grouped by task.

Reading, finding, text and screen, keeping and sharing, the views and the
application: a reader looks for what they want to do, not for a menu name.
Keys never get cut: the keys column is as wide as its widest entry and the
dialog as wide as both columns.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from edicola.ui.shell.actions import SPECS

VIEWS = "views"
# (heading, command names); views and panels that windows add go under VIEWS, and any
# command not named here under the last group.
TASKS: tuple[tuple[object, tuple[str, ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Reading"),
        (
            "next_article",
            "previous_article",
            "page_down",
            "page_up",
            "next_section",
            "previous_section",
            "front_page",
            "back",
            "forward",
        ),
    ),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Finding"), ("search", "find", "escape")),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Text and screen"),
        ("text_larger", "text_smaller", "text_reset", "library_panel", "full_screen"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Keeping and sharing"),
        ("bookmark", "highlight", "add_note", "copy_link", "print", "export_pdf"),
    ),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Views and panels"), (VIEWS,)),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Edicola"),
        ("open_edition", "shortcuts", "settings", "quit"),
    ),
)


def _keys(shortcuts: tuple[str, ...]) -> str:
    return QCoreApplication.translate("ShortcutsDialog", " or ").join(
        QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in shortcuts
    )


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        specs = {s.name: (s.shortcuts, s.label()) for s in SPECS if s.shortcuts}
        # Views added with MainWindow.add_view (newsstand, bookmarks …) and panels (comments)
        # carry their own keys.
        views: list[tuple[tuple[str, ...], str]] = []
        for action in parent.actions() if parent is not None else []:
            name = action.objectName()
            listed = name.startswith(("action_view_", "action_panel_"))
            if (listed or name == "readAloudAction") and not action.shortcut().isEmpty():
                views.append((tuple(k.toString() for k in action.shortcuts()), action.text()))
        placed = {name for _heading, names in TASKS for name in names}
        leftover = [name for name in specs if name not in placed]

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcutsTree")
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("Action")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.ensurePolished()  # its rows are measured below: with the style's padding
        self._rows: list[tuple[str, str]] = []
        for index, (heading, names) in enumerate(TASKS):
            entries = [specs[n] for n in names if n in specs]
            if VIEWS in names:
                entries += views
            if index == len(TASKS) - 1:
                entries += [specs[n] for n in leftover]
            if entries:
                self._add_group(
                    QCoreApplication.translate("ShortcutsDialog", str(heading)), entries
                )
        self.tree.expandAll()
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        action_width = max(
            (self.tree.fontMetrics().horizontalAdvance(label) for _k, label in self._rows),
            default=200,
        )
        width = self.tree.sizeHintForColumn(0) + action_width + 80
        lines = len(self._rows) + self.tree.topLevelItemCount() + 1  # and the header
        height = lines * max(18, self.tree.fontMetrics().lineSpacing() + 4) + 110
        self.resize(max(520, width), min(height, 820))  # all of it, unless the screen is small

    def _add_group(self, heading: str, entries: list[tuple[tuple[str, ...], str]]) -> None:
        group = QTreeWidgetItem(self.tree, [heading])
        group.setFirstColumnSpanned(True)
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        for shortcuts, label in entries:
            keys, text = _keys(shortcuts), label.replace("&", "")
            QTreeWidgetItem(group, [keys, text])
            self._rows.append((keys, text))

    def rows(self) -> list[tuple[str, str]]:
        """``(keys, action)`` of every shortcut listed, in the order shown."""
        return list(self._rows)

    def groups(self) -> list[str]:
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item.text(0) for item in items if item is not None]
