"""The Pages view in the reader: the ``P`` toggle, "Show on page", back to the text.

Uses only the frame's seams (``add_hidden_view``, ``show_view``,
``add_menu_action``) and the reader's (``current_edition``,
``current_article``, ``open_article``), so the shell knows nothing about
pages. ``P`` from an article shows its page with the article's region
outlined; from the front page, the front page of the paper; in the Pages
view, it goes back to the text. Clicking a region (or Enter on a focused one)
opens the article.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from edicola.core.print.pages import Page
from edicola.store.changes import LibraryChange
from edicola.store.library import Library
from edicola.store.pages import PageStore
from edicola.ui.common.library_port import EditionReader
from edicola.ui.common.search_results import SearchResults
from edicola.ui.pages.page_highlights import PageHighlights
from edicola.ui.pages.search_hook import Finder, PagesSearchHook
from edicola.ui.pages.view import PagesView
from edicola.ui.reader.controller import ReaderController
from edicola.ui.shell.seam import Frame


class PagesController(QObject):
    def __init__(
        self, frame: Frame, reader: ReaderController, store: PageStore, editions: EditionReader
    ) -> None:
        super().__init__(frame.as_widget())
        self.frame = frame
        self.reader = reader
        self.store = store
        self.editions = editions
        self.search_hook: PagesSearchHook | None = None
        self.highlights: PageHighlights | None = None
        self._loaded: tuple[object, ...] | None = None
        self.view = PagesView(frame.as_widget())
        frame.add_hidden_view(self.view)
        self.toggle_action = QAction(self.tr("&Pages (print replica)"), frame.as_widget())
        self.toggle_action.setObjectName("action_view_pages")  # listed in the shortcuts help
        self.toggle_action.setShortcut(QKeySequence("P"))
        self.toggle_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.show_on_page_action = QAction(self.tr("Show on &page"), frame.as_widget())
        self.show_on_page_action.setObjectName("action_view_show_on_page")
        self.show_on_page_action.setShortcut(QKeySequence("Shift+P"))
        for action in (self.toggle_action, self.show_on_page_action):
            frame.add_menu_action("view", action)
        self.toggle_action.triggered.connect(self._on_toggle_action_triggered)
        self.show_on_page_action.triggered.connect(self._on_show_on_page_action_triggered)
        self.view.articleRequested.connect(self._on_view_article_requested)

    def stop(self) -> None:
        """No render thread outlives the window (the application's shutdown)."""
        if self.highlights is not None:
            self.highlights.stop()
        self.view.shutdown()

    def library_changed(self, change: LibraryChange) -> None:
        """An edition shown here was revised or removed: read it again next time, and
        leave the view if its pages are gone."""
        edition_id = self._loaded[0] if self._loaded is not None else None
        if edition_id is None or edition_id not in change.editions:
            return
        self._loaded = None
        if edition_id in change.removed and self.is_shown():
            self.frame.show_view(None)

    def is_shown(self) -> bool:
        return self.frame.current_view() is self.view

    def show_pages(
        self,
        edition_id: str,
        number: int = 1,
        outline: list[tuple[float, float, float, float]] | None = None,
    ) -> bool:
        """Open the Pages view on an edition's page; False (and a message) without pages."""
        pages = self.store.pages(edition_id)
        if not pages:
            self.frame.show_message(self.tr("This edition has no printed pages."), 5000)
            return False
        loaded = (edition_id, tuple(pages), self.store.digests(edition_id))
        if loaded != self._loaded:  # another edition, or a new revision of this one
            files = {p.file: self.store.pdf(edition_id, p.file) or b"" for p in pages}
            self.view.open_edition(edition_id, pages, files, self._sections(edition_id, pages))
            titles = {a.id: a.title for a in self.editions.articles(edition_id)}
            self.view.canvas.headlines = titles  # regions are named after them
            self._loaded = loaded
        self.frame.show_view(self.view)
        self.view.show_page(number, outline)
        self.view.canvas.setFocus()
        return True

    def show_article(self, article_id: str, finder: Finder | None = None) -> bool:
        """ "Show on page": the article's first page, its region outlined."""
        found = self.store.page_of_article(article_id)
        if found is None:
            self.frame.show_message(self.tr("This article is not on the printed pages."), 5000)
            return False
        edition_id, number, region = found
        if finder is None and self.search_hook is not None:
            finder = self.search_hook.finder_for(article_id)
        if not self.show_pages(edition_id, number, [region.rect]):
            return False
        if finder is not None:
            self.view.find_words(number, finder)
        return True

    def _sections(self, edition_id: str, pages: list[Page]) -> list[tuple[str, int]]:
        """Each section's title and the first page where one of its articles sits."""
        editions = self.editions
        section_of = {a.id: a.section_id for a in editions.articles(edition_id)}
        first: dict[str, int] = {}
        for page in pages:
            for region in page.regions:
                section = section_of.get(region.article_id)
                if section is not None:
                    first.setdefault(section, page.number)
        return [(s.title, first[s.id]) for s in editions.sections(edition_id) if s.id in first]

    def _on_toggle_action_triggered(self) -> None:
        if self.is_shown():
            self.frame.show_view(None)
            return
        result = self.search_hook.current_result() if self.search_hook else None
        if result is not None:
            self.show_article(result)
            return
        article = self.reader.current_article
        if article is not None and self.show_article(article.id):
            return
        edition = self.reader.current_edition
        if edition is not None:
            self.show_pages(edition.id)

    def _on_show_on_page_action_triggered(self) -> None:
        article = self.reader.current_article
        if article is not None:
            self.show_article(article.id)

    def _on_view_article_requested(self, article_id: str) -> None:
        self.reader.open_article(article_id)


def install_pages(
    frame: Frame, reader: ReaderController, library: Library, search: SearchResults | None
) -> PagesController:
    """The Pages view; with ``search``, page numbers on results and words on the page."""
    controller = PagesController(frame, reader, PageStore(library.db), library.editions)
    controller.highlights = PageHighlights(
        controller.view, controller.store, library.marks, controller.is_shown
    )
    if search is not None:
        controller.search_hook = PagesSearchHook(search, controller.store, controller)
    return controller
