"""The navigation panel: publications → editions (newest first) → sections → articles.

Each publication lists its newest :data:`BATCH` editions and an "Older
editions…" item that adds the next ones (a decade of a daily is 3,650).
Editions load their sections and articles when first expanded; the
:data:`MAX_LOADED` editions used last stay expanded, older ones are collapsed
and keep their items until more than :data:`MAX_KEPT` editions hold some, when
the oldest are dropped in one go: after a thousand articles opened from all
over a decade's library the tree holds a few thousand items, not every edition
ever visited (which made each open slower than the last). Items are dropped in
batches because removing rows makes Qt lay out every row of the tree again
(about 2 ms with 12,000 editions listed), where collapsing an edition does not.
The article items dropped are kept aside and given to the editions loaded next
(``spare_items.py``): deleting them cost a batch more than the relayout.
Unread articles are shown in bold (with "unread" in their accessible name);
Enter or a click opens the item. Tooltips (an edition's title; a section's or an
article's full title, then the standfirst) are made when first hovered, not for
every item added.
The panel repaints at every article opened and Qt lays each row's text out at
every paint: Latin texts skip HarfBuzz shaping there, others keep it.
"""

from __future__ import annotations

import html
import re
from collections import OrderedDict

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QFont, QHelpEvent
from PySide6.QtWidgets import QMenu, QTreeWidget, QTreeWidgetItem, QWidget

from edicola.core.model import Edition
from edicola.ui.common.dates import long_date
from edicola.ui.common.library_port import EditionReader
from edicola.ui.reader.edition_order import EditionOrder
from edicola.ui.reader.reading_progress import ReadingState
from edicola.ui.reader.spare_items import Look, SpareItems

KIND = Qt.ItemDataRole.UserRole
ID = Qt.ItemDataRole.UserRole + 1
LOADED = Qt.ItemDataRole.UserRole + 2
ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
PUBLICATION, EDITION, SECTION, ARTICLE = "publication", "edition", "section", "article"
MORE = "more"
MAX_LOADED = 8
"""Editions shown expanded with their sections and articles (the ones used last)."""
MAX_KEPT = 64
"""Editions whose items stay in the tree (collapsed past the last :data:`MAX_LOADED`);
one more and the oldest are dropped down to :data:`MAX_LOADED`, in one relayout."""
BATCH = 60
"""Editions of a publication listed at first, and added by each "Older editions…"."""
_NO_SHAPING_NEEDED = re.compile(
    r"[\u0020-\u007e\u00a0-\u02af\u2010-\u2027\u2030-\u205e\u20a0-\u20bf]*"
)
"""Latin letters (with their accents, composed), digits and common punctuation."""


Looks = dict[Look, tuple[QFont, str, QTreeWidgetItem]]
"""(read, shaped) → the font, the word said after the title, a model article item."""


def needs_shaping(text: str) -> bool:
    """Whether ``text`` holds a character HarfBuzz must place: another script (Arabic
    joins its letters, Devanagari reorders), a combining mark, a direction mark."""
    return _NO_SHAPING_NEEDED.fullmatch(text) is None


class LibraryTree(QTreeWidget):
    max_kept = MAX_KEPT  # editions holding items before the oldest are dropped
    editionActivated = Signal(str)
    sectionActivated = Signal(str, str)  # edition id, section id
    articleActivated = Signal(str)
    removeEditionRequested = Signal(str)

    def __init__(
        self, editions: EditionReader, reading: ReadingState, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._spares = SpareItems()  # before the font is set: a new font clears them
        self.setObjectName("libraryTree")
        self.setAccessibleName(self.tr("Library"))
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setAnimated(False)
        # Qt shapes each row's title again at every paint (a third of an open's
        # instructions); Latin titles need no shaping. Only this attribute is set: the
        # rest of the font is inherited. Other scripts get a shaped font (``_fit``).
        unshaped = QFont()
        unshaped.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
        self.setFont(unshaped)
        self._editions = editions
        self._reading = reading
        self._articles: dict[str, QTreeWidgetItem] = {}
        self._edition_items: dict[str, QTreeWidgetItem] = {}
        self._loaded: OrderedDict[str, QTreeWidgetItem] = OrderedDict()
        self._edition_articles: dict[str, list[str]] = {}  # loaded editions' article items
        self._older: dict[str, list[Edition]] = {}
        self._article_looks: Looks | None = None
        self._look_of: dict[str, Look] = {}  # loaded article -> its look
        self._tipped: set[str] = set()  # loaded articles whose tooltip was made
        self.itemExpanded.connect(self._on_self_item_expanded)
        self.itemActivated.connect(self._on_self_item_activated)
        self.itemClicked.connect(self._on_self_item_activated)

    def reload(self) -> None:
        self.clear()
        self._look_of.clear()
        self._tipped.clear()
        self._articles.clear()
        self._edition_items.clear()
        self._loaded.clear()
        self._edition_articles.clear()
        self._older.clear()
        self._article_looks = None
        for publication in self._editions.publications():
            top = QTreeWidgetItem([publication.title])
            top.setData(0, KIND, PUBLICATION)
            top.setData(0, ID, publication.id)
            top.setToolTip(0, publication.title)
            self._fit(top, publication.title)
            self.addTopLevelItem(top)
            self._older[publication.id] = self._editions.editions(publication.id, counted=False)
            self._show_older(top)
            top.setExpanded(True)

    def _show_older(self, top: QTreeWidgetItem, until: str | None = None) -> None:
        """Add the next :data:`BATCH` editions of a publication (or down to ``until``),
        then an "Older editions…" item while some remain."""
        publication_id = str(top.data(0, ID))
        older = self._older.get(publication_id, [])
        last = top.child(top.childCount() - 1) if top.childCount() else None
        more = last if last is not None and last.data(0, KIND) == MORE else None
        at = top.childCount() - (1 if more is not None else 0)
        count = BATCH
        if until is not None:
            count = max(count, next((i + 1 for i, e in enumerate(older) if e.id == until), 0))
        # Built apart and inserted at once: an old article opened from search lists
        # every edition down to its own (4,000 in a 1M library), one insertion each
        # cost 14 µs a row. Cloned with their kind; the tooltip is made on hover.
        model = QTreeWidgetItem()
        model.setData(0, KIND, EDITION)
        show = QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator
        items = self._edition_items
        children = []
        for edition in older[:count]:
            shown = long_date(edition.date)
            child = model.clone()
            child.setText(0, shown)
            self._fit(child, shown)
            child.setData(0, ID, edition.id)
            child.setChildIndicatorPolicy(show)
            children.append(child)
            items[edition.id] = child
        top.insertChildren(at, children)
        del older[:count]
        if more is None and older:
            more = QTreeWidgetItem([self.tr("Older editions…")])
            more.setData(0, KIND, MORE)
            more.setData(0, ID, publication_id)
            top.addChild(more)
        if more is not None:  # hidden, not deleted: it may be the item being clicked
            more.setHidden(not older)
            more.setToolTip(0, self.tr("Show %n older edition(s)", "", len(older)))

    def _edition_item(self, edition_id: str) -> QTreeWidgetItem | None:
        item = self._edition_items.get(edition_id)
        if item is None:  # an older edition not shown yet (opened from search or history)
            for i in range(self.topLevelItemCount()):
                top = self.topLevelItem(i)
                older = self._older.get(str(top.data(0, ID)), []) if top is not None else []
                if top is not None and any(e.id == edition_id for e in older):
                    self._show_older(top, until=edition_id)
                    return self._edition_items.get(edition_id)
        return item

    def loaded_item_count(self) -> int:
        """Section and article items in the tree (what :data:`MAX_KEPT` bounds)."""
        return sum(item.childCount() for item in self._loaded.values()) + len(self._articles)

    def spare_item_count(self) -> int:
        """Article items kept aside, out of the tree, for the editions loaded next."""
        return len(self._spares)

    def shown_edition_count(self) -> int:
        """Edition items in the tree (what :data:`BATCH` keeps small at start)."""
        return len(self._edition_items)

    def _load_edition(self, item: QTreeWidgetItem, order: EditionOrder | None = None) -> None:
        """Add the edition's sections and articles (``order``: the reader's, when it has
        just read it, so the store is not asked again)."""
        edition_id = str(item.data(0, ID))
        if item.data(0, LOADED):
            self._loaded.move_to_end(edition_id)
        else:
            self._add_items(item, edition_id, order)
            item.setData(0, LOADED, True)
            self._loaded[edition_id] = item
        if len(self._loaded) > self.max_kept:  # the oldest go in one batch: one relayout
            while len(self._loaded) > MAX_LOADED:
                self._unload(*self._loaded.popitem(last=False))
        self.blockSignals(True)  # collapsing must not count as the reader's doing
        for older in list(self._loaded.values())[:-MAX_LOADED]:
            if older.isExpanded():
                older.setExpanded(False)
        self.blockSignals(False)

    def _add_items(
        self, item: QTreeWidgetItem, edition_id: str, order: EditionOrder | None
    ) -> None:
        """Build the edition's section and article items apart, then add them at once
        (one row insertion for Qt, where each added item searched the tree's rows)."""
        if order is None or order.edition_id != edition_id:
            order = EditionOrder.build(
                edition_id,
                self._editions.sections(edition_id),
                self._editions.articles(edition_id),
            )
        read = self._reading.read_ids(edition_id)
        looks = self._looks()
        look_of, spares = self._look_of, self._spares
        added = self._edition_articles[edition_id] = []  # in the order of the items
        sections = []
        for section in order.sections:
            section_item = QTreeWidgetItem([section.title])
            self._fit(section_item, section.title)
            section_item.setData(0, KIND, SECTION)
            section_item.setData(0, ID, section.id)
            sections.append(section_item)
            for summary in order.section_articles(section.id):
                look = (summary.id in read, needs_shaping(summary.title))
                font, state, model = looks[look]
                article_item = spares.take(look, font)
                if article_item is None:  # a clone: its kind and font copied in C++
                    article_item = model.clone()  # (setFont costs ~4 µs through PySide)
                look_of[summary.id] = look
                added.append(summary.id)
                article_item.setText(0, summary.title)
                article_item.setData(0, ID, summary.id)
                article_item.setData(0, ACCESSIBLE, f"{summary.title}, {state}")
                section_item.addChild(article_item)
                self._articles[summary.id] = article_item
        item.addChildren(sections)
        for section_item in sections:  # in the tree now: Qt records it, lays out nothing
            section_item.setExpanded(True)
        spares.settle()

    def _unload(self, edition_id: str, item: QTreeWidgetItem) -> None:
        """Drop an edition's sections and articles; expanding it loads them again."""
        self.blockSignals(True)  # collapsing must not count as the reader's doing
        item.setExpanded(False)
        self.blockSignals(False)
        # Taken items stay alive: PySide keeps each one's wrapper as a child of the
        # item it was taken from. The sections go to the spares whole, articles and
        # all (moved a section at a time, not an item), or every edition dropped kept
        # its items for the rest of the session.
        ids = self._edition_articles.pop(edition_id, [])
        for article_id in ids:
            article_item = self._articles.pop(article_id, None)
            if article_id in self._tipped and article_item is not None:
                self._tipped.discard(article_id)
                article_item.setToolTip(0, "")
        self._spares.put(item.takeChildren(), [self._look_of.pop(a, (False, False)) for a in ids])
        item.setData(0, LOADED, False)
        item.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)

    def viewportEvent(self, event: QEvent) -> bool:
        """Make a hovered item's tooltip the first time it is asked for."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            item = self.itemAt(event.pos())
            if item is not None and not item.toolTip(0):
                item.setToolTip(0, self._tip(item))
                if item.data(0, KIND) == ARTICLE:
                    self._tipped.add(str(item.data(0, ID)))
        return super().viewportEvent(event)

    def _tip(self, item: QTreeWidgetItem) -> str:
        """An edition's title (made on hover too: thousands may be listed at once); a
        section's or an article's full title (the panel is narrow), then an article's
        standfirst, in rich text so Qt wraps a long standfirst instead of showing one
        wide line. The edition's list is read again for it: a hover is rare, and keeping
        every loaded edition's summaries for one held about 4,400 more objects in a long
        session."""
        kind = item.data(0, KIND)
        if kind == EDITION:  # its date is shown: the tip is its title
            found = self._editions.edition(str(item.data(0, ID)))
            return found.title if found is not None else item.text(0)
        if kind != ARTICLE:
            return item.text(0)
        section = item.parent()
        edition = section.parent() if section is not None else None
        listed = self._editions.articles(str(edition.data(0, ID))) if edition else []
        article_id = item.data(0, ID)
        summary = next((a for a in listed if a.id == article_id), None)
        title = summary.title if summary is not None else item.text(0)
        tip = f"<b>{html.escape(title)}</b>"
        if summary is not None and summary.standfirst:
            tip += f"<br/>{html.escape(summary.standfirst)}"
        return tip

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._article_looks = None  # items shown from now on use the new font
            self._spares.clear()  # they have the old one
        super().changeEvent(event)

    def _looks(self) -> Looks:
        """Read or unread, shaped or not: the font, the word said after the title, and an
        article item new ones are cloned from (made once: an edition adds ~80 items at a
        time, and a clone takes its kind and font in C++, where setting each cost ~4 µs
        an item)."""
        if self._article_looks is None:
            said = {True: self.tr("read"), False: self.tr("unread")}
            self._article_looks = {}
            for read in (True, False):
                for shaped in (False, True):
                    font = QFont(self.font())
                    font.setBold(not read)
                    if shaped:
                        font.setStyleStrategy(QFont.StyleStrategy.PreferDefault)
                    model = QTreeWidgetItem()
                    model.setData(0, KIND, ARTICLE)
                    model.setFont(0, font)
                    self._article_looks[(read, shaped)] = (font, said[read], model)
        return self._article_looks

    def _fit(self, item: QTreeWidgetItem, text: str) -> None:
        """Give an item whose text needs shaping a font that shapes it (the panel's
        own skips shaping)."""
        if needs_shaping(text):
            regular_shaped, _said, _model = self._looks()[(True, True)]  # (read, shaped)
            item.setFont(0, regular_shaped)

    def mark_read(self, article_id: str) -> None:
        item = self._articles.get(article_id)
        if item is not None:
            title = item.text(0)
            look = (True, needs_shaping(title))
            font, state, _model = self._looks()[look]
            item.setFont(0, font)
            item.setData(0, ACCESSIBLE, f"{title}, {state}")
            self._look_of[article_id] = look

    def is_shown_read(self, article_id: str) -> bool | None:
        item = self._articles.get(article_id)
        return None if item is None else not item.font(0).bold()

    def reveal_article(
        self, edition_id: str, article_id: str, order: EditionOrder | None = None
    ) -> None:
        """Expand to and select the article without emitting activation (``order``: the
        edition's, if the caller has it)."""
        edition_item = self._edition_item(edition_id)
        if edition_item is None:
            return
        self._load_edition(edition_item, order)
        edition_item.setExpanded(True)
        item = self._articles.get(article_id)
        if item is not None:
            self.blockSignals(True)
            self.setCurrentItem(item)
            self.blockSignals(False)
            self.scrollToItem(item)

    def reveal_edition(self, edition_id: str, order: EditionOrder | None = None) -> None:
        item = self._edition_item(edition_id)
        if item is not None:
            self._load_edition(item, order)
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
        menu.setObjectName("libraryTreeMenu")
        remove = menu.addAction(self.tr("Remove edition…"))
        remove.setObjectName("action_tree_remove_edition")
        chosen = menu.exec(event.globalPos())
        menu.deleteLater()  # a child of the panel: each right-click would keep its menu
        if chosen is remove:
            self.removeEditionRequested.emit(edition_id)

    def _on_self_item_expanded(self, item: QTreeWidgetItem) -> None:
        if item.data(0, KIND) == EDITION:
            self._load_edition(item)

    def _on_self_item_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        kind = item.data(0, KIND)
        ident = str(item.data(0, ID))
        if kind == MORE:
            parent = item.parent()
            if parent is not None:
                self._show_older(parent)
        elif kind == EDITION:
            self.editionActivated.emit(ident)
        elif kind == ARTICLE:
            self.articleActivated.emit(ident)
        elif kind == SECTION:
            parent = item.parent()
            if parent is not None:
                self.sectionActivated.emit(str(parent.data(0, ID)), ident)
