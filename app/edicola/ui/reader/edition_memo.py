"""One read of an edition's sections and articles per article open.

Opening an article of another edition asked the store for the edition's
article list three times (the window's reading order, the library panel, the
panel's read marks). Inside :meth:`EditionMemo.scope` each edition is read
once; outside it every call goes to the store, so nothing stale outlives the
open (another process may re-import an edition at any time).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from edicola.core.model import Article, ArticleSummary, Edition, Publication, Section
from edicola.ui.common.library_port import EditionReader


class EditionMemo:
    """An :class:`EditionReader` that remembers lists only while a scope is open."""

    def __init__(self, editions: EditionReader) -> None:
        self._editions = editions
        self._depth = 0
        self._sections: dict[str, list[Section]] = {}
        self._articles: dict[str, list[ArticleSummary]] = {}

    @contextmanager
    def scope(self) -> Iterator[None]:
        """Remember sections and articles until the outermost scope ends."""
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
            if not self._depth:
                self._sections.clear()
                self._articles.clear()

    def sections(self, edition_id: str) -> list[Section]:
        if not self._depth:
            return self._editions.sections(edition_id)
        if edition_id not in self._sections:
            self._sections[edition_id] = self._editions.sections(edition_id)
        return list(self._sections[edition_id])

    def articles(self, edition_id: str) -> list[ArticleSummary]:
        if not self._depth:
            return self._editions.articles(edition_id)
        if edition_id not in self._articles:
            self._articles[edition_id] = self._editions.articles(edition_id)
        return list(self._articles[edition_id])

    def publications(self) -> list[Publication]:
        return self._editions.publications()

    def editions(
        self, publication_id: str | None = None, *, counted: bool = True, limit: int | None = None
    ) -> list[Edition]:
        return self._editions.editions(publication_id, counted=counted, limit=limit)

    def edition(self, edition_id: str) -> Edition | None:
        return self._editions.edition(edition_id)

    def article(self, article_id: str) -> Article | None:
        return self._editions.article(article_id)

    def image(self, edition_id: str, path: str) -> tuple[bytes, str] | None:
        return self._editions.image(edition_id, path)

    def keep_page(self, article_id: str) -> None:
        self._editions.keep_page(article_id)

    def recall_page(self) -> str | None:
        return self._editions.recall_page()
