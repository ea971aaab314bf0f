"""The *Highlights and bookmarks* view: every mark, searchable, sorted, openable, exportable.

Highlights (a passage) and bookmarks (a place) are one family: one list, by
date, edition, publication or colour, narrowed to one kind or one colour, and
searched by the words of a highlight's passage and note or a bookmark's
title and note. The rows are read a page at a time as the list scrolls
(:class:`~edicola.ui.bookmarks.marks_model.MarksModel`).

Marks outlive their articles (an edition can be removed): such a row is grey
and italic and cannot be opened, but can be removed; a highlight whose passage
left a new revision says so. The view only reads; opening, removing and
exporting are its controller's (``markChosen``, ``removeRequested``,
``exportRequested``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from edicola.core.annotations.marks import BOOKMARK, COLORS, HIGHLIGHT
from edicola.store.marks import MarkList, MarkSummary
from edicola.ui.bookmarks.marks_model import (
    DATE,
    KIND,
    MARK,
    NOTE,
    PASSAGE,
    PUBLICATION,
    TITLE,
    MarksModel,
)
from edicola.ui.common.dates import long_date
from edicola.ui.common.highlight_colors import color_name, swatch
from edicola.ui.common.view_heading import view_heading

EXPORTS = ("markdown", "web-annotation", "readwise-csv")


class MarksList(QTreeView):
    """The list; Delete and Backspace ask to remove the row under the keyboard."""

    deleteRequested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.deleteRequested.emit()
            return
        super().keyPressEvent(event)


class BookmarksView(QWidget):
    """The *Highlights and bookmarks* view (it was the Bookmarks view)."""

    markChosen = Signal(object)
    """A :class:`MarkSummary` to open (an available one)."""
    unavailableChosen = Signal(str)
    removeRequested = Signal(object)
    exportRequested = Signal(str)
    """One of :data:`EXPORTS`."""

    def __init__(self, marks: MarkList, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bookmarksView")
        self.setAccessibleName(self.tr("Highlights and bookmarks"))
        self.model = MarksModel(marks, self)
        heading = view_heading(self.tr("Highlights and bookmarks"), self)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("bookmarksFilter")
        self.filter.setPlaceholderText(self.tr("Search passages, notes and titles"))
        self.filter.setAccessibleName(self.tr("Search highlights and bookmarks"))
        self.filter.setClearButtonEnabled(True)
        self.kind_box = self._combo(
            "marksKind",
            self.tr("Show"),
            [
                (self.tr("Highlights and bookmarks"), ""),
                (self.tr("Highlights"), HIGHLIGHT),
                (self.tr("Bookmarks"), BOOKMARK),
            ],
        )
        self.color_box = self._combo(
            "marksColor",
            self.tr("Colour"),
            [(self.tr("Any colour"), "")] + [(color_name(c), c) for c in COLORS],
        )
        for index, color in enumerate(COLORS, start=1):
            self.color_box.setItemIcon(index, swatch(color))
        self.order_box = self._combo(
            "marksOrder",
            self.tr("Sort"),
            [
                (self.tr("Newest first"), "date"),
                (self.tr("By edition"), "edition"),
                (self.tr("By publication"), "publication"),
                (self.tr("By colour"), "color"),
            ],
        )
        filters = QHBoxLayout()
        filters.addWidget(self.filter, 1)
        for box in (self.kind_box, self.color_box, self.order_box):
            filters.addWidget(box)
        self.list = self._build_list()
        self.empty = QLabel(self)
        self.empty.setObjectName("bookmarksEmpty")
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setObjectName("bookmarksOpen")
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setObjectName("bookmarksRemove")
        self.export_button = self._export_button()
        buttons = QHBoxLayout()
        buttons.addWidget(self.empty, 1)
        for button in (self.export_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addWidget(heading)
        layout.addLayout(filters)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._connect_signals()
        self._update_buttons()

    def _combo(self, name: str, label: str, items: list[tuple[str, str]]) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        box.setAccessibleName(label)
        box.setToolTip(label)
        for text, value in items:
            box.addItem(text, value)
        return box

    def _build_list(self) -> MarksList:
        view = MarksList(self)
        view.setObjectName("bookmarksList")
        view.setAccessibleName(self.tr("Highlights and bookmarks"))
        view.setModel(self.model)
        view.setRootIsDecorated(False)
        view.setUniformRowHeights(True)
        view.setAlternatingRowColors(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = view.header()
        header.setStretchLastSection(False)
        # The texts share the room left (a narrow window scrolls nothing sideways);
        # the rest have fixed widths: sizing a column to its contents reads every row.
        for column in (PASSAGE, NOTE, TITLE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        date_width = view.fontMetrics().horizontalAdvance(long_date("2026-09-30")) + 16
        for column, width in ((KIND, 96), (PUBLICATION, 120), (DATE, date_width)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        return view

    def _export_button(self) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName("marksExport")
        button.setText(self.tr("E&xport"))
        button.setToolTip(self.tr("Export the marks listed"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        labels = (
            self.tr("Markdown for Obsidian (a file per edition)…"),
            self.tr("Web Annotation (JSON-LD)…"),
            self.tr("Readwise (CSV)…"),
        )
        self.export_actions: dict[str, QAction] = {}
        for fmt, label in zip(EXPORTS, labels, strict=True):
            action = menu.addAction(label)
            action.setObjectName(f"action_export_{fmt}")
            action.triggered.connect(lambda _on=False, f=fmt: self.exportRequested.emit(f))
            self.export_actions[fmt] = action
        button.setMenu(menu)
        return button

    def _connect_signals(self) -> None:
        self.filter.textChanged.connect(self._on_filter_text_changed)
        self.filter.installEventFilter(self)
        for box in (self.kind_box, self.color_box, self.order_box):
            box.currentIndexChanged.connect(self._on_box_changed)
        self.list.activated.connect(self._on_list_activated)
        self.list.selectionModel().currentChanged.connect(self._on_list_current_changed)
        self.list.deleteRequested.connect(self.remove_selected)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.remove_button.clicked.connect(self.remove_selected)

    # -- reading -----------------------------------------------------------------
    def filters(self) -> dict[str, object]:
        """What the list shows: ``MarkList``'s filters and order, from the controls."""
        kind = self.kind_box.currentData()
        return {
            "order": self.order_box.currentData(),
            "kinds": (kind,) if kind else (HIGHLIGHT, BOOKMARK),
            "color": self.color_box.currentData() or None,
            "text": self.filter.text().strip(),
        }

    def reload(self) -> None:
        """Read the list again (keeps the row under the keyboard when it still exists)."""
        current = self.selected()
        keep = current.id if current is not None else None
        self.model.query(**self.filters())  # type: ignore[arg-type]
        row = next((i for i in range(self.model.loaded()) if self.model.row(i).id == keep), 0)
        # Choosing a row before the list is laid out would read the next page at once.
        self.model.held = True
        self._select(row)
        self.model.held = False
        if self.model.total == 0:
            searching = self.filter.text().strip() or self.kind_box.currentIndex() > 0
            self.empty.setText(
                self.tr("Nothing matches.")
                if searching or self.color_box.currentIndex() > 0
                else self.tr(
                    "No highlights or bookmarks yet: select a passage and press H, "
                    "or press Ctrl+D while reading an article."
                )
            )
        else:
            self.empty.setText(self.tr("%n mark(s)", "", self.model.total))
        self._update_buttons()

    def _select(self, row: int) -> None:
        if self.model.rowCount() == 0:
            return
        index = self.model.index(min(row, self.model.rowCount() - 1), 0)
        self.list.setCurrentIndex(index)
        self.list.scrollTo(index)

    def row_count(self) -> int:
        """Rows read so far (``model.total`` is how many the filters keep)."""
        return self.model.loaded()

    def row(self, row: int) -> MarkSummary:
        return self.model.row(row)

    def selected(self) -> MarkSummary | None:
        index = self.list.currentIndex()
        mark = index.data(MARK) if index.isValid() else None
        return mark if isinstance(mark, MarkSummary) else None

    def selected_article_id(self) -> str | None:
        mark = self.selected()
        return mark.article_id if mark is not None else None

    def is_available(self, article_id: str) -> bool | None:
        """Whether a bookmark of ``article_id`` (listed) can be opened; None if not listed."""
        for i in range(self.model.loaded()):
            mark = self.model.row(i)
            if mark.kind == BOOKMARK and mark.article_id == article_id:
                return bool(mark.available)
        return None

    def focus_list(self) -> None:
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- acting ---------------------------------------------------------------------
    def remove_selected(self) -> None:
        mark = self.selected()
        if mark is not None:
            self.removeRequested.emit(mark)

    def _open(self, mark: MarkSummary | None) -> None:
        if mark is None:
            return
        if mark.available:
            self.markChosen.emit(mark)
        else:
            self.unavailableChosen.emit(mark.article_id)

    def _update_buttons(self) -> None:
        mark = self.selected()
        self.remove_button.setEnabled(mark is not None)
        self.open_button.setEnabled(mark is not None and bool(mark.available))
        self.export_button.setEnabled(self.model.total > 0)

    def eventFilter(self, watched: object, event: QEvent) -> bool:
        if (
            watched is self.filter
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.focus_list()
            if event.key() != Qt.Key.Key_Down:
                self._open(self.selected())
            return True
        return False

    # -- slots -------------------------------------------------------------------------
    def _on_filter_text_changed(self, _text: str) -> None:
        self.reload()

    def _on_box_changed(self, _index: int) -> None:
        self.reload()

    def _on_list_activated(self, index: QModelIndex) -> None:
        self._open(index.data(MARK))

    def _on_list_current_changed(self, *_indexes: object) -> None:
        self._update_buttons()

    def _on_open_clicked(self) -> None:
        self._open(self.selected())
