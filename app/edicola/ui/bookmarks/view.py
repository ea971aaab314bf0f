"""The Bookmarks view: every bookmark, newest first, filterable, openable.

Bookmarks outlive their articles (an edition can be removed), so an entry
whose article is gone is shown greyed and marked unavailable: it cannot be
opened but can still be removed. The view reads and edits bookmarks through
the bookmark store; opening is the window's job (``openRequested``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from edicola.store.bookmarks import Bookmark, BookmarkStore
from edicola.ui.bookmarks.unavailable_row import mark_unavailable, unavailable_title
from edicola.ui.reader.article_page import long_date
from edicola.ui.shell.view_heading import view_heading

ARTICLE_ID = Qt.ItemDataRole.UserRole
POSITION = Qt.ItemDataRole.UserRole + 1
AVAILABLE = Qt.ItemDataRole.UserRole + 2


class BookmarkList(QTreeWidget):
    deleteRequested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.deleteRequested.emit()
            return
        super().keyPressEvent(event)


class BookmarksView(QWidget):
    openRequested = Signal(str, float)  # article id, scroll position
    unavailableChosen = Signal(str)

    def __init__(self, store: BookmarkStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bookmarksView")
        self.setAccessibleName(self.tr("Bookmarks"))
        self._store = store
        heading = view_heading(self.tr("Bookmarks"), self)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("bookmarksFilter")
        self.filter.setPlaceholderText(self.tr("Filter by title, publication or note"))
        self.filter.setAccessibleName(self.tr("Filter bookmarks"))
        self.filter.setClearButtonEnabled(True)
        self.list = BookmarkList(self)
        self.list.setObjectName("bookmarksList")
        self.list.setAccessibleName(self.tr("Bookmarks"))
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setHeaderLabels(
            [self.tr("Title"), self.tr("Publication"), self.tr("Date"), self.tr("Note")]
        )
        header = self.list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, 260)
        self.empty = QLabel(self)
        self.empty.setObjectName("bookmarksEmpty")
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setObjectName("bookmarksOpen")
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setObjectName("bookmarksRemove")
        buttons = QHBoxLayout()
        buttons.addWidget(self.empty, 1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addWidget(heading)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.filter.textChanged.connect(self._on_filter_text_changed)
        self.filter.installEventFilter(self)
        self.list.itemActivated.connect(self._on_list_item_activated)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        self.list.deleteRequested.connect(self.remove_selected)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.remove_button.clicked.connect(self.remove_selected)
        self._update_buttons()

    def reload(self) -> None:
        """Re-read the bookmarks (keeps the selection when it still exists)."""
        current = self.selected_article_id()
        self.list.clear()
        bookmarks = self._store.list(self.filter.text())
        for bookmark in bookmarks:
            item = self._item(bookmark)
            self.list.addTopLevelItem(item)
            if bookmark.article_id == current:
                self.list.setCurrentItem(item)
        if not bookmarks:
            self.empty.setText(
                self.tr("No bookmark matches the filter.")
                if self.filter.text().strip()
                else self.tr("No bookmarks yet: press Ctrl+D while reading an article.")
            )
        else:
            self.empty.setText("")
        first = self.list.topLevelItem(0)
        if self.list.currentItem() is None and first is not None:
            self.list.setCurrentItem(first)
        self._update_buttons()

    def _item(self, bookmark: Bookmark) -> QTreeWidgetItem:
        title = bookmark.title if bookmark.available else unavailable_title(bookmark.title)
        item = QTreeWidgetItem(
            [title, bookmark.publication_title, long_date(bookmark.edition_date), bookmark.note]
        )
        item.setData(0, ARTICLE_ID, bookmark.article_id)
        item.setData(0, POSITION, bookmark.position)
        item.setData(0, AVAILABLE, bookmark.available)
        item.setToolTip(0, bookmark.title)
        item.setToolTip(3, bookmark.note)
        if not bookmark.available:
            mark_unavailable(item, self)
            item.setToolTip(
                0, self.tr("This article is no longer in the library; you can remove the bookmark.")
            )
        return item

    def selected_article_id(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(0, ARTICLE_ID)) if item is not None else None

    def is_available(self, article_id: str) -> bool | None:
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            if item is not None and item.data(0, ARTICLE_ID) == article_id:
                return bool(item.data(0, AVAILABLE))
        return None

    def remove_selected(self) -> None:
        article_id = self.selected_article_id()
        if article_id is None:
            return
        current = self.list.currentItem()
        row = self.list.indexOfTopLevelItem(current) if current is not None else 0
        self._store.remove(article_id)
        self.reload()
        following = self.list.topLevelItem(min(row, self.list.topLevelItemCount() - 1))
        if following is not None:
            self.list.setCurrentItem(following)

    def focus_list(self) -> None:
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: object, event: QEvent) -> bool:
        if (
            watched is self.filter
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.focus_list()
            if event.key() != Qt.Key.Key_Down:
                self._open(self.list.currentItem())
            return True
        return False

    def _open(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        article_id = str(item.data(0, ARTICLE_ID))
        if item.data(0, AVAILABLE):
            self.openRequested.emit(article_id, float(item.data(0, POSITION)))
        else:
            self.unavailableChosen.emit(article_id)

    def _update_buttons(self) -> None:
        item = self.list.currentItem()
        self.remove_button.setEnabled(item is not None)
        self.open_button.setEnabled(item is not None and bool(item.data(0, AVAILABLE)))

    def _on_filter_text_changed(self, _text: str) -> None:
        self.reload()

    def _on_list_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self._open(item)

    def _on_list_current_item_changed(self, *_items: object) -> None:
        self._update_buttons()

    def _on_open_clicked(self) -> None:
        self._open(self.list.currentItem())
