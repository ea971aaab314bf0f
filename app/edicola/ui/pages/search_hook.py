"""Search meets the print replica: page numbers on results, matched words on the page.

Hooks the search's public parts (its worker's ``pageReady``, its panel's
model and ``articleChosen``) as ``ui/common/search_results.py`` describes
them, so neither package imports the other. After the controller fills the
results, each entry in print gets "page N" in its meta line. ``P`` on a
result (or on an article opened from the results) shows the page with the
words the search matched highlighted; they are found in PDFium's text page
with the index's own folding (``citta`` finds "Città"), on the render worker.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, Qt

from edicola.core.search.snippet import find_hits
from edicola.store.pages import PageStore
from edicola.store.search_query import SearchPage
from edicola.ui.common.search_results import ARTICLE_ID, MARKUP, SearchResults

PAGE_NOTED = Qt.ItemDataRole.UserRole + 14
"""Set on an entry once its page number is shown (the hook may run twice)."""
_META = '<div style="color:@muted@">'

Finder = Callable[[str], list[tuple[int, int]]]


class PagesSearchHook(QObject):
    def __init__(
        self, search: SearchResults, store: PageStore, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.search = search
        self.store = store
        self.opened_from_search: str | None = None
        # Connected after the controller's own slot: the panel is filled by then.
        search.worker.pageReady.connect(self._on_worker_page_ready)
        search.panel.articleChosen.connect(self._on_panel_article_chosen)

    def note_pages(self) -> int:
        """Add the page number to every shown result that is in print; returns how many."""
        model = self.search.panel.model
        ids = [str(model.item(row).data(ARTICLE_ID)) for row in range(model.rowCount())]
        numbers = self.store.pages_of_articles(ids)
        noted = 0
        for row, article in enumerate(ids):
            item = model.item(row)
            number = numbers.get(article)
            if number is None or item.data(PAGE_NOTED):
                continue
            label = self.tr("page %1").replace("%1", str(number))
            markup = str(item.data(MARKUP) or "")
            start = markup.find(_META)
            end = markup.find("</div>", start) if start >= 0 else -1
            if end >= 0:
                markup = f"{markup[:end]} · {html.escape(label)}{markup[end:]}"
                item.setData(markup, MARKUP)
            item.setText(f"{item.text()} ({label})")
            item.setData(True, PAGE_NOTED)
            noted += 1
        return noted

    def current_result(self) -> str | None:
        """The result under the keyboard in the results view, if it is shown."""
        panel = self.search.panel
        if self.search.frame.current_view() is not panel:
            return None
        index = panel.results.currentIndex()
        return str(index.data(ARTICLE_ID)) if index.isValid() else None

    def finder_for(self, article_id: str) -> Finder | None:
        """How to find the search's words in a page's text, when ``article_id`` came from it."""
        page = self.search.page
        if article_id not in (self.opened_from_search, self.current_result()):
            return None
        if not page.terms and not page.prefixes:
            return None
        return partial(find_hits, terms=page.terms, prefixes=page.prefixes)

    def _on_worker_page_ready(self, generation: int, text: str, page: object) -> None:
        if isinstance(page, SearchPage) and self.search.page is page:
            self.note_pages()

    def _on_panel_article_chosen(self, article_id: str) -> None:
        self.opened_from_search = article_id
