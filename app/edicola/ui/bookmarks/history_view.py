"""Recently read: the articles the reader opened, most recent first.

Read from the reading-state store (the same record that makes the reader
reopen the last article on start). Articles whose edition was removed stay
listed, greyed and not openable, so the history does not silently shrink.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from edicola.store.reading_state import HistoryEntry, ReadingStateStore
from edicola.ui.bookmarks.unavailable_row import mark_unavailable, unavailable_title
from edicola.ui.common.dates import long_date
from edicola.ui.common.view_heading import view_heading

ARTICLE_ID = Qt.ItemDataRole.UserRole
AVAILABLE = Qt.ItemDataRole.UserRole + 1
HISTORY_LIMIT = 100


def opened_at(iso: str) -> str:
    """When an article was opened, in local time and the interface language."""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso
    # Long, in the interface language, as every other date in the reader.
    return QLocale().toString(moment.toLocalTime(), "d MMMM yyyy, HH:mm")


class HistoryView(QWidget):
    openRequested = Signal(str)

    def __init__(self, store: ReadingStateStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyView")
        self.setAccessibleName(self.tr("Recently read"))
        self._store = store
        heading = view_heading(self.tr("Recently read"), self)
        self.list = QTreeWidget(self)
        self.list.setObjectName("historyList")
        self.list.setAccessibleName(self.tr("Recently read articles"))
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setHeaderLabels(
            [self.tr("Title"), self.tr("Publication"), self.tr("Date"), self.tr("Opened")]
        )
        header = self.list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(self)
        self.empty.setObjectName("historyEmpty")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        self.list.itemActivated.connect(self._on_list_item_activated)

    def reload(self) -> None:
        self.list.clear()
        entries = self._store.history(HISTORY_LIMIT)
        for entry in entries:
            self.list.addTopLevelItem(self._item(entry))
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)
        self.empty.setText("" if entries else self.tr("Articles you open will be listed here."))

    def _item(self, entry: HistoryEntry) -> QTreeWidgetItem:
        title = entry.title if entry.available else unavailable_title(entry.title)
        item = QTreeWidgetItem(
            [
                title,
                entry.publication_title,
                long_date(entry.edition_date),
                opened_at(entry.last_opened),
            ]
        )
        item.setData(0, ARTICLE_ID, entry.article_id)
        item.setData(0, AVAILABLE, entry.available)
        if not entry.available:
            mark_unavailable(item, self)
        return item

    def article_ids(self) -> list[str]:
        items = (self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount()))
        return [str(item.data(0, ARTICLE_ID)) for item in items if item is not None]

    def focus_list(self) -> None:
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_list_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(0, AVAILABLE):
            self.openRequested.emit(str(item.data(0, ARTICLE_ID)))
