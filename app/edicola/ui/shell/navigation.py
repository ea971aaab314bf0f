"""Walking an edition from the keyboard, the tree and links: the window's navigation slots.

A part of :class:`~edicola.ui.shell.main_window.MainWindow`, kept apart so the
window module stays about building and wiring; the window mixes it in, and
``MainWindow._connect_signals`` connects these slots.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from edicola.ui.reader.reading_history import ARTICLE, Location
from edicola.ui.reader.section_bar import FRONT_PAGE

if TYPE_CHECKING:
    from edicola.ui.shell.main_window import MainWindow


class NavigationSlots:
    """Next/previous article and section, paging across articles, back/forward."""

    def __init__(self, window: MainWindow) -> None:
        self._w = window

    def _current_article_id(self) -> str | None:
        article = self._w.current_article
        return article.id if article else None

    def _go(self, target: str | None) -> None:
        if target is not None:
            self._w.open_article(target, position=0.0)
            self._w.article_view.setFocus()

    def _visit(self, location: Location | None) -> None:
        if location is None:
            return
        if location.kind == ARTICLE:
            self._w.open_article(location.id, record=False)
        else:
            self._w.open_edition(location.id, record=False)
        self._w._update_actions()

    def on_front_page_triggered(self) -> None:
        if self._w._edition is not None:
            self._w.open_edition(self._w._edition.id)
            self._w.front_page.setFocus()

    def on_back_triggered(self) -> None:
        self._visit(self._w._history.back())

    def on_forward_triggered(self) -> None:
        self._visit(self._w._history.forward())

    def on_next_article_triggered(self) -> None:
        if self._w._order is not None:
            self._go(self._w._order.next_article(self._current_article_id()))

    def on_previous_article_triggered(self) -> None:
        if self._w._order is None or self._w._edition is None:
            return
        current = self._current_article_id()
        previous = self._w._order.previous_article(current)
        if previous is None and current is not None:
            self._w.open_edition(self._w._edition.id)
            self._w.front_page.setFocus()
        else:
            self._go(previous)

    def on_next_section_triggered(self) -> None:
        if self._w._order is not None:
            self._go(self._w._order.next_section(self._current_article_id()))

    def on_previous_section_triggered(self) -> None:
        if self._w._order is not None:
            self._go(self._w._order.previous_section(self._current_article_id()))

    def on_page_down_triggered(self) -> None:
        view = self._w.article_view if self._w.current_article else self._w.front_page
        if view.at_end() and self._w._order is not None:
            self._go(self._w._order.next_article(self._current_article_id()))
        else:
            view.page(1)

    def on_page_up_triggered(self) -> None:
        if self._w.current_article is None:
            self._w.front_page.page(-1)
            return
        if self._w.article_view.at_start() and self._w._order is not None:
            previous = self._w._order.previous_article(self._current_article_id())
            if previous is not None:
                self._w.open_article(previous, position=1.0)
                self._w.article_view.setFocus()
        else:
            self._w.article_view.page(-1)

    def on_library_tree_edition_activated(self, edition_id: str) -> None:
        self._w.open_edition(edition_id)

    def on_library_tree_section_activated(self, edition_id: str, section_id: str) -> None:
        if self._w._edition is None or self._w._edition.id != edition_id:
            edition = self._w._editions.edition(edition_id)
            if edition is None:
                return
            self._w._load_order(edition)
        if self._w._order is not None:
            self._go(self._w._order.first_of_section(section_id))

    def on_library_tree_article_activated(self, article_id: str) -> None:
        self._w.open_article(article_id)

    def on_section_bar_section_chosen(self, section_id: str) -> None:
        if section_id == FRONT_PAGE and self._w._edition is not None:
            self._w.open_edition(self._w._edition.id)
        elif self._w._order is not None:
            self._go(self._w._order.first_of_section(section_id))

    def on_browser_article_requested(self, article_id: str) -> None:
        self._w.open_article(article_id)
        self._w.article_view.setFocus()

    def on_article_scroll_value_changed(self, _value: int) -> None:
        if self._w.current_article is not None:
            self._w._tracker.scrolled(self._w.article_view.seen_fraction())

    def on_tracker_read(self, article_id: str) -> None:
        self._w.library_tree.mark_read(article_id)
        self._w._update_status()
