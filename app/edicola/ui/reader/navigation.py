"""Walking an edition from the keyboard, the tree and links: the reader's navigation.

Next/previous article and section, paging across articles, back/forward, and
what the library tree, the section bar and links in a page ask to open. All
its signal wiring is in ``_connect_signals``; the slots only call the
:class:`~edicola.ui.reader.controller.ReaderController`.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from edicola.ui.reader.controller import ReaderController
from edicola.ui.reader.reading_history import ARTICLE, Location
from edicola.ui.reader.section_bar import FRONT_PAGE


class ReaderNavigation(QObject):
    """Next/previous article and section, paging across articles, back/forward."""

    def __init__(self, reader: ReaderController, commands: Mapping[str, QAction]) -> None:
        super().__init__(reader)
        self._r = reader
        self._connect_signals(commands)

    def _connect_signals(self, a: Mapping[str, QAction]) -> None:
        r = self._r
        a["front_page"].triggered.connect(self.on_front_page_triggered)
        a["back"].triggered.connect(self.on_back_triggered)
        a["forward"].triggered.connect(self.on_forward_triggered)
        a["next_article"].triggered.connect(self.on_next_article_triggered)
        a["previous_article"].triggered.connect(self.on_previous_article_triggered)
        a["next_section"].triggered.connect(self.on_next_section_triggered)
        a["previous_section"].triggered.connect(self.on_previous_section_triggered)
        a["page_down"].triggered.connect(self.on_page_down_triggered)
        a["page_up"].triggered.connect(self.on_page_up_triggered)
        r.library_tree.editionActivated.connect(self.on_library_tree_edition_activated)
        r.library_tree.sectionActivated.connect(self.on_library_tree_section_activated)
        r.library_tree.articleActivated.connect(self.on_library_tree_article_activated)
        r.section_bar.sectionChosen.connect(self.on_section_bar_section_chosen)
        for browser in (r.front_page, r.article_view):
            browser.articleRequested.connect(self.on_browser_article_requested)

    def _current_article_id(self) -> str | None:
        article = self._r.current_article
        return article.id if article else None

    def _go(self, target: str | None) -> None:
        if target is not None:
            self._r.open_article(target, position=0.0)
            self._r.article_view.setFocus()

    def _visit(self, location: Location | None) -> None:
        if location is None:
            return
        if location.kind == ARTICLE:
            self._r.open_article(location.id, record=False)
        else:
            self._r.open_edition(location.id, record=False)
        self._r.update_actions()

    def _open_front_page(self) -> None:
        edition = self._r.current_edition
        if edition is not None:
            self._r.open_edition(edition.id)
            self._r.front_page.setFocus()

    def on_front_page_triggered(self) -> None:
        self._open_front_page()

    def on_back_triggered(self) -> None:
        self._visit(self._r.history.back())

    def on_forward_triggered(self) -> None:
        self._visit(self._r.history.forward())

    def on_next_article_triggered(self) -> None:
        if self._r.order is not None:
            self._go(self._r.order.next_article(self._current_article_id()))

    def on_previous_article_triggered(self) -> None:
        if self._r.order is None or self._r.current_edition is None:
            return
        current = self._current_article_id()
        previous = self._r.order.previous_article(current)
        if previous is None and current is not None:
            self._open_front_page()
        else:
            self._go(previous)

    def on_next_section_triggered(self) -> None:
        if self._r.order is not None:
            self._go(self._r.order.next_section(self._current_article_id()))

    def on_previous_section_triggered(self) -> None:
        if self._r.order is not None:
            self._go(self._r.order.previous_section(self._current_article_id()))

    def on_page_down_triggered(self) -> None:
        r = self._r
        view = r.article_view if r.current_article else r.front_page
        if view.at_end() and r.order is not None:
            self._go(r.order.next_article(self._current_article_id()))
        else:
            view.page(1)

    def on_page_up_triggered(self) -> None:
        r = self._r
        if r.current_article is None:
            r.front_page.page(-1)
            return
        if r.article_view.at_start() and r.order is not None:
            previous = r.order.previous_article(self._current_article_id())
            if previous is not None:
                r.open_article(previous, position=1.0)
                r.article_view.setFocus()
        else:
            r.article_view.page(-1)

    def on_library_tree_edition_activated(self, edition_id: str) -> None:
        self._r.open_edition(edition_id)

    def on_library_tree_section_activated(self, edition_id: str, section_id: str) -> None:
        edition = self._r.current_edition
        if (edition is None or edition.id != edition_id) and not self._r.load_edition(edition_id):
            return
        if self._r.order is not None:
            self._go(self._r.order.first_of_section(section_id))

    def on_library_tree_article_activated(self, article_id: str) -> None:
        self._r.open_article(article_id)

    def on_section_bar_section_chosen(self, section_id: str) -> None:
        edition = self._r.current_edition
        if section_id == FRONT_PAGE and edition is not None:
            self._r.open_edition(edition.id)
        elif self._r.order is not None:
            self._go(self._r.order.first_of_section(section_id))

    def on_browser_article_requested(self, article_id: str) -> None:
        self._r.open_article(article_id)
        self._r.article_view.setFocus()
