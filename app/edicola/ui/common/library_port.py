"""What the features read from the edition store (``edicola.store.editions.EditionStore``).

A protocol, so widgets depend on the reads they use and nothing else (and
never on SQL). The reader, the comments and the pages all read editions
through it, so it lives here rather than in any one of them.
"""

from __future__ import annotations

from typing import Protocol

from edicola.core.model import Article, ArticleSummary, Edition, Publication, Section


class EditionReader(Protocol):
    def publications(self) -> list[Publication]: ...
    def editions(
        self, publication_id: str | None = None, *, counted: bool = True, limit: int | None = None
    ) -> list[Edition]: ...
    def edition(self, edition_id: str) -> Edition | None: ...
    def sections(self, edition_id: str) -> list[Section]: ...
    def articles(self, edition_id: str) -> list[ArticleSummary]: ...
    def article(self, article_id: str) -> Article | None: ...
    def image(self, edition_id: str, path: str) -> tuple[bytes, str] | None: ...
