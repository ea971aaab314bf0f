"""The navigation panel: publications → editions (newest first) → sections → articles.

Editions load their sections and articles when first expanded. Unread
articles are shown in bold (with "unread" in their accessible name); Enter or a
click opens the item.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QMenu, QTreeWidget, QTreeWidgetItem, QWidget

from edicola.ui.reader.article_page import long_date
from edicola.ui.reader.edition_order import EditionOrder
from edicola.ui.reader.library_port import EditionReader
from edicola.ui.reader.reading_progress import ReadingState

KIND = Qt.ItemDataRole.UserRole
ID = Qt.ItemDataRole.UserRole + 1
LOADED = Qt.ItemDataRole.UserRole + 2
PUBLICATION, EDITION, SECTION, ARTICLE = "publication", "edition", "section", "article"


class LibraryTree(QTreeWidget):
    editionActivated = Signal(str)
    sectionActivated = Signal(str, str)  # edition id, section id
    articleActivated = Signal(str)
    removeEditionRequested = Signal(str)

    def __init__(
        self, editions: EditionReader, reading: ReadingState, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("libraryTree")
        self.setAccessibleName(self.tr("Library"))
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setAnimated(False)
        self._editions = editions
        self._reading = reading
        self._articles: dict[str, QTreeWidgetItem] = {}
        self.itemExpanded.connect(self._on_self_item_expanded)
        self.itemActivated.connect(self._on_self_item_activated)
        self.itemClicked.connect(self._on_self_item_activated)

    def reload(self) -> None:
        self.clear()
        self._articles.clear()
        for publication in self._editions.publications():
            top = QTreeWidgetItem([publication.title])
            top.setData(0, KIND, PUBLICATION)
            top.setData(0, ID, publication.id)
            self.addTopLevelItem(top)
            for edition in self._editions.editions(publication.id):
                label = long_date(edition.date)
                child = QTreeWidgetItem([label])
                child.setData(0, KIND, EDITION)
                child.setData(0, ID, edition.id)
                child.setToolTip(0, edition.title)
                child.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
                top.addChild(child)
            top.setExpanded(True)

    def _edition_item(self, edition_id: str) -> QTreeWidgetItem | None:
        for i in range(self.topLevelItemCount()):
            top = self.topLevelItem(i)
            if top is None:
                continue
            for j in range(top.childCount()):
                child = top.child(j)
                if child is not None and child.data(0, ID) == edition_id:
                    return child
        return None

    def _load_edition(self, item: QTreeWidgetItem) -> None:
        if item.data(0, LOADED):
            return
        item.setData(0, LOADED, True)
        edition_id = str(item.data(0, ID))
        order = EditionOrder.build(
            edition_id, self._editions.sections(edition_id), self._editions.articles(edition_id)
        )
        read = self._reading.read_ids(edition_id)
        for section in order.sections:
            section_item = QTreeWidgetItem([section.title])
            section_item.setData(0, KIND, SECTION)
            section_item.setData(0, ID, section.id)
            item.addChild(section_item)
            for summary in order.section_articles(section.id):
                article_item = QTreeWidgetItem([summary.title])
                article_item.setData(0, KIND, ARTICLE)
                article_item.setData(0, ID, summary.id)
                article_item.setToolTip(0, summary.standfirst)
                section_item.addChild(article_item)
                self._articles[summary.id] = article_item
                self._show_read(article_item, summary.id in read)
            section_item.setExpanded(True)

    def _show_read(self, item: QTreeWidgetItem, read: bool) -> None:
        font = item.font(0)
        font.setBold(not read)
        item.setFont(0, font)
        state = self.tr("read") if read else self.tr("unread")
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{item.text(0)}, {state}")

    def mark_read(self, article_id: str) -> None:
        item = self._articles.get(article_id)
        if item is not None:
            self._show_read(item, True)

    def is_shown_read(self, article_id: str) -> bool | None:
        item = self._articles.get(article_id)
        return None if item is None else not item.font(0).bold()

    def reveal_article(self, edition_id: str, article_id: str) -> None:
        """Expand to and select the article without emitting activation."""
        edition_item = self._edition_item(edition_id)
        if edition_item is None:
            return
        self._load_edition(edition_item)
        edition_item.setExpanded(True)
        item = self._articles.get(article_id)
        if item is not None:
            self.blockSignals(True)
            self.setCurrentItem(item)
            self.blockSignals(False)
            self.scrollToItem(item)

    def reveal_edition(self, edition_id: str) -> None:
        item = self._edition_item(edition_id)
        if item is not None:
            self._load_edition(item)
            item.setExpanded(True)
            self.blockSignals(True)
            self.setCurrentItem(item)
            self.blockSignals(False)

    def selected_edition_id(self) -> str | None:
        """The edition of the current item (itself or its section's or article's)."""
        item = self.currentItem()
        while item is not None and item.data(0, KIND) not in (EDITION, PUBLICATION):
            item = item.parent()
        return str(item.data(0, ID)) if item is not None and item.data(0, KIND) == EDITION else None

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        item = self.itemAt(event.pos())
        if item is None:
            return
        self.setCurrentItem(item)
        edition_id = self.selected_edition_id()
        if edition_id is None:
            return
        menu = QMenu(self)
        remove = menu.addAction(self.tr("Remove edition…"))
        remove.setObjectName("action_tree_remove_edition")
        if menu.exec(event.globalPos()) is remove:
            self.removeEditionRequested.emit(edition_id)

    def _on_self_item_expanded(self, item: QTreeWidgetItem) -> None:
        if item.data(0, KIND) == EDITION:
            self._load_edition(item)

    def _on_self_item_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        kind = item.data(0, KIND)
        ident = str(item.data(0, ID))
        if kind == EDITION:
            self.editionActivated.emit(ident)
        elif kind == ARTICLE:
            self.articleActivated.emit(ident)
        elif kind == SECTION:
            parent = item.parent()
            if parent is not None:
                self.sectionActivated.emit(str(parent.data(0, ID)), ident)
