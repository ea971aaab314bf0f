"""The search results view: one entry per article, best match first.

Each entry shows the title, publication, edition date (in the interface
language), section and the snippet with the matched words in bold. The index
returns snippets as ``(text, highlighted)`` runs of plain text; they are
escaped here and only then wrapped in tags, so no article text is ever read
as markup. Keyboard: Up/Down move, Enter opens, Up on the first entry or Esc
goes back to the search box.
"""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QGuiApplication,
    QKeyEvent,
    QPainter,
    QPalette,
    QStandardItem,
    QStandardItemModel,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from edicola.core.search.snippet import Runs
from edicola.store.search_query import SearchPage, SearchResult
from edicola.ui.common.dates import long_date
from edicola.ui.common.search_results import ARTICLE_ID, MARKUP

PADDING = 8


def snippet_html(runs: Runs) -> str:
    """Escaped snippet text with highlighted runs in bold."""
    return "".join(
        f"<b>{html.escape(text)}</b>" if highlighted else html.escape(text)
        for text, highlighted in runs
    )


def title_html(result: SearchResult) -> str:
    """The escaped title with its matched words underlined (the title is bold already),
    so a result found by its title alone shows why it was found."""
    if not result.title_runs:
        return html.escape(result.title)
    return "".join(
        f"<u>{html.escape(text)}</u>" if highlighted else html.escape(text)
        for text, highlighted in result.title_runs
    )


def result_html(result: SearchResult) -> str:
    """The entry's markup; every piece of library text is escaped."""
    meta = [result.publication_title, long_date(result.edition_date), result.section_title]
    return (
        f'<div style="font-size:large; font-weight:600">{title_html(result)}</div>'
        f'<div style="color:@muted@">{html.escape(" · ".join(m for m in meta if m))}</div>'
        f"<div>{snippet_html(result.snippet)}</div>"
    )


def result_text(result: SearchResult) -> str:
    """Plain text of an entry, for screen readers."""
    snippet = "".join(text for text, _highlighted in result.snippet)
    meta = ", ".join(
        m
        for m in (result.publication_title, long_date(result.edition_date), result.section_title)
        if m
    )
    return f"{result.title}. {meta}. {snippet}"


class ResultDelegate(QStyledItemDelegate):
    """Paints an entry's rich text, wrapped to the list's width."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def _document(
        self,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
        width: int,
    ) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(PADDING)
        palette: QPalette = (
            QGuiApplication.palette()
        )  # the theme's (style sheets override widgets')
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            muted = palette.color(QPalette.ColorRole.HighlightedText)
        doc.setHtml(str(index.data(MARKUP) or "").replace("@muted@", muted.name()))
        doc.setTextWidth(max(100, width))
        return doc

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        rect = opt.rect
        doc = self._document(opt, index, rect.width())
        opt.text = ""
        style = self._view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, self._view)
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(QRectF(0, 0, rect.width(), rect.height()))
        context = QAbstractTextDocumentLayout.PaintContext()
        role = (
            QPalette.ColorRole.HighlightedText
            if opt.state & QStyle.StateFlag.State_Selected
            else QPalette.ColorRole.Text
        )
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        width = self._view.viewport().width() - 4
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._document(opt, index, width)
        return QSize(width, int(doc.size().height()) + 2)


class ResultList(QListView):
    """The list; Esc or Up on the first entry hands focus back (``leaveRequested``)."""

    leaveRequested = Signal()

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape or (key == Qt.Key.Key_Up and self.currentIndex().row() <= 0):
            self.leaveRequested.emit()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: object) -> None:  # re-wrap entries to the new width
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.scheduleDelayedItemsLayout()


class SearchPanel(QWidget):
    articleChosen = Signal(str)
    leaveRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchResults")
        self.setAccessibleName(self.tr("Search results"))
        self.status = QLabel(self)
        self.status.setObjectName("searchStatus")
        self.status.setWordWrap(True)
        self.model = QStandardItemModel(self)
        self.results = ResultList(self)
        self.results.setObjectName("searchResultList")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setModel(self.model)
        self.results.setItemDelegate(ResultDelegate(self.results))
        self.results.setUniformItemSizes(False)
        self.results.setWordWrap(True)
        self.results.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.results.setSpacing(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        self.results.activated.connect(self._on_results_activated)
        self.results.leaveRequested.connect(self.leaveRequested)
        self.query = ""

    def show_page(self, text: str, page: SearchPage, limit: int) -> None:
        """Replace the entries with a search's results."""
        self.query = text
        self.model.clear()
        for result in page.results:
            item = QStandardItem(result_text(result))
            item.setData(result.article_id, ARTICLE_ID)
            item.setData(result_html(result), MARKUP)
            item.setEditable(False)
            self.model.appendRow(item)
        count = len(page.results)
        if count == 0:
            self.status.setText(
                self.tr(
                    "No articles match “%1”. Try fewer words, or another form of a word."
                ).replace("%1", text.strip()[:80])
            )
        elif count >= limit:
            self.status.setText(self.tr("The %1 best matches").replace("%1", str(count)))
        else:
            self.status.setText(self.tr("%n article(s)", "", count))

    def clear(self) -> None:
        self.query = ""
        self.model.clear()
        self.status.setText("")

    def article_ids(self) -> list[str]:
        return [str(self.model.item(row).data(ARTICLE_ID)) for row in range(self.model.rowCount())]

    def focus_results(self) -> bool:
        """Move the keyboard into the list (first entry); False when it is empty."""
        if self.model.rowCount() == 0:
            return False
        self.results.setFocus(Qt.FocusReason.OtherFocusReason)
        current = self.results.currentIndex()
        if not current.isValid():
            current = self.model.index(0, 0)
        self.results.selectionModel().setCurrentIndex(
            current, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        return True

    def _on_results_activated(self, index: QModelIndex) -> None:
        article_id = index.data(ARTICLE_ID)
        if article_id:
            self.articleChosen.emit(str(article_id))
