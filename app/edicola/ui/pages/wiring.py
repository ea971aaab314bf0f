"""The Pages view in the reader window: the ``P`` toggle, "Show on page", back to the text.

Uses only the window's public seams (``view_stack``, ``show_view``,
``menus``, ``current_edition``, ``current_article``, ``open_article``), so
the shell knows nothing about pages. ``P`` from an article shows its page
with the article's region outlined; from the front page, the front page of
the paper; in the Pages view, it goes back to the text. Clicking a region
(or Enter on a focused one) opens the article.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from edicola.store.library import Library
from edicola.store.pages import Page, PageStore
from edicola.ui.pages.search_hook import Finder, PagesSearchHook
from edicola.ui.pages.view import PagesView
from edicola.ui.reader.library_port import EditionReader
from edicola.ui.search.wiring import SearchController
from edicola.ui.shell.main_window import MainWindow


class PagesController(QObject):
    def __init__(self, window: MainWindow, store: PageStore, editions: EditionReader) -> None:
        super().__init__(window)
        self.window = window
        self.store = store
        self.editions = editions
        self.search_hook: PagesSearchHook | None = None
        self._loaded: tuple[object, ...] | None = None
        self.view = PagesView(window)
        window.view_stack.addWidget(self.view)
        self.toggle_action = QAction(self.tr("&Pages (print replica)"), window)
        self.toggle_action.setObjectName("action_view_pages")  # listed in the shortcuts help
        self.toggle_action.setShortcut(QKeySequence("P"))
        self.toggle_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.show_on_page_action = QAction(self.tr("Show on &page"), window)
        self.show_on_page_action.setObjectName("action_view_show_on_page")
        self.show_on_page_action.setShortcut(QKeySequence("Shift+P"))
        for action in (self.toggle_action, self.show_on_page_action):
            window.addAction(action)
            menu = window.menus.get("view")
            if menu is not None:
                menu.addAction(action)
        self.toggle_action.triggered.connect(self._on_toggle_action_triggered)
        self.show_on_page_action.triggered.connect(self._on_show_on_page_action_triggered)
        self.view.articleRequested.connect(self._on_view_article_requested)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.view.shutdown()  # no render thread outlives the window
        return False

    def is_shown(self) -> bool:
        return self.window.view_stack.currentWidget() is self.view

    def show_pages(
        self,
        edition_id: str,
        number: int = 1,
        outline: list[tuple[float, float, float, float]] | None = None,
    ) -> bool:
        """Open the Pages view on an edition's page; False (and a message) without pages."""
        pages = self.store.pages(edition_id)
        if not pages:
            self.window.statusBar().showMessage(self.tr("This edition has no printed pages."), 5000)
            return False
        loaded = (edition_id, tuple(pages), self.store.digests(edition_id))
        if loaded != self._loaded:  # another edition, or a new revision of this one
            files = {p.file: self.store.pdf(edition_id, p.file) or b"" for p in pages}
            self.view.open_edition(edition_id, pages, files, self._sections(edition_id, pages))
            self._loaded = loaded
        self.window.show_view(self.view)
        self.view.show_page(number, outline)
        self.view.canvas.setFocus()
        return True

    def show_article(self, article_id: str, finder: Finder | None = None) -> bool:
        """ "Show on page": the article's first page, its region outlined."""
        found = self.store.page_of_article(article_id)
        if found is None:
            self.window.statusBar().showMessage(
                self.tr("This article is not on the printed pages."), 5000
            )
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
            self.window.show_view(None)
            return
        result = self.search_hook.current_result() if self.search_hook else None
        if result is not None:
            self.show_article(result)
            return
        article = self.window.current_article
        if article is not None and self.show_article(article.id):
            return
        edition = self.window.current_edition
        if edition is not None:
            self.show_pages(edition.id)

    def _on_show_on_page_action_triggered(self) -> None:
        article = self.window.current_article
        if article is not None:
            self.show_article(article.id)

    def _on_view_article_requested(self, article_id: str) -> None:
        self.window.open_article(article_id)


def install_pages(window: MainWindow, library: Library) -> PagesController:
    controller = PagesController(window, PageStore(library.db), library.editions)
    search = getattr(getattr(window, "panels", None), "search", None)
    if isinstance(search, SearchController):
        controller.search_hook = PagesSearchHook(search, controller.store)
    window.pages = controller  # type: ignore[attr-defined]
    return controller
