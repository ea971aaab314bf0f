"""The rows of the *Highlights and bookmarks* view, read a page at a time as it scrolls.

A library can hold tens of thousands of highlights; the view must open at
once. :class:`MarksModel` reads the total (``MarkList.count``) and the first
:data:`PAGE` rows (``MarkList.summaries``, lean tuples); ``fetchMore`` reads
the next page when the list is scrolled near its end (Qt asks, through
``canFetchMore``). ``bench/bench_highlights.py`` times the opening on 10,000.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from edicola.core.annotations.marks import HIGHLIGHT, ORPHANED
from edicola.store.marks import MarkList, MarkSummary
from edicola.ui.bookmarks.unavailable_row import unavailable_title
from edicola.ui.common.dates import long_date
from edicola.ui.common.highlight_colors import color_name, swatch

PAGE = 200
"""Rows read at a time."""
MARK = Qt.ItemDataRole.UserRole
"""The row's :class:`~edicola.store.marks.MarkSummary`."""
KIND, PASSAGE, NOTE, TITLE, PUBLICATION, DATE = range(6)
_Index = QModelIndex | QPersistentModelIndex


class MarksModel(QAbstractTableModel):
    def __init__(self, marks: MarkList, parent: Any = None) -> None:
        super().__init__(parent)
        self.marks = marks
        self.filters: dict[str, Any] = {}
        self.order = "date"
        self.total = 0
        self._rows: list[MarkSummary] = []
        self.held = False
        """While set, no more rows are read (the list is being set up, not scrolled)."""
        self._icons: dict[str, QIcon] = {}
        self._headers = (
            self.tr("Kind"),
            self.tr("Passage"),
            self.tr("Note"),
            self.tr("Article"),
            self.tr("Publication"),
            self.tr("Date"),
        )

    def query(self, order: str = "date", **filters: Any) -> None:
        """Read the list again with these filters (``MarkList``'s); the first page only."""
        self.beginResetModel()
        self.order = order
        self.filters = {k: v for k, v in filters.items() if v not in (None, "")}
        self.total = self.marks.count(**self.filters)
        self._rows = self._page(0)
        self.endResetModel()

    def _page(self, offset: int) -> list[MarkSummary]:
        return self.marks.summaries(order=self.order, limit=PAGE, offset=offset, **self.filters)

    def row(self, row: int) -> MarkSummary:
        return self._rows[row]

    def loaded(self) -> int:
        return len(self._rows)

    # -- QAbstractItemModel --------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and not self.held and len(self._rows) < self.total

    def fetchMore(self, parent: _Index) -> None:
        if not self.canFetchMore(parent):
            return
        more = self._page(len(self._rows))
        if not more:
            self.total = len(self._rows)  # the library changed under the list
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows += more
        self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        mark = self._rows[index.row()]
        column = index.column()
        if role == MARK:
            return mark
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(mark, column, role == Qt.ItemDataRole.ToolTipRole)
        if role == Qt.ItemDataRole.DecorationRole and column == KIND:
            return self._icon(mark.color if mark.kind == HIGHLIGHT else "")
        if role == Qt.ItemDataRole.ForegroundRole and not self._usable(mark):
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.FontRole and not self._usable(mark):
            font = QFont()
            font.setItalic(True)
            return font
        return None

    @staticmethod
    def _usable(mark: MarkSummary) -> bool:
        return bool(mark.available) and mark.state != ORPHANED

    def _text(self, mark: MarkSummary, column: int, whole: bool) -> str:
        if column == KIND:
            return color_name(mark.color) if mark.kind == HIGHLIGHT else self.tr("Bookmark")
        if column == PASSAGE:
            return self._passage(mark, whole)
        if column == NOTE:
            return mark.note if whole else " ".join(mark.note.split())
        if column == TITLE:
            return self._title(mark)
        if column == PUBLICATION:
            return mark.publication_title
        return long_date(mark.edition_date) if mark.edition_date else ""

    def _passage(self, mark: MarkSummary, whole: bool) -> str:
        if mark.kind != HIGHLIGHT:
            return ""
        quote = mark.quote if whole else " ".join(mark.quote.split())
        if mark.state == ORPHANED:
            return self.tr("“%1” (not found in this revision)").replace("%1", quote)
        return f"“{quote}”"

    def _title(self, mark: MarkSummary) -> str:
        if mark.kind == HIGHLIGHT and not mark.article_id:
            return self.tr("Printed page %1").replace("%1", str(mark.page or 1))
        title = mark.title or mark.article_id
        return title if mark.available else unavailable_title(title)

    def _icon(self, color: str) -> QIcon:
        if color not in self._icons:
            self._icons[color] = swatch(color) if color else QIcon()
        return self._icons[color]
