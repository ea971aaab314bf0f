"""Adapts ``edicola.store.reading_state.ReadingStateStore`` to the reader's ``ReadingState``.

The store speaks in article id lists and state records; the window asks
simpler questions (is this read? where was I? what did I open last?).
"""

from __future__ import annotations

from edicola.store.reading_state import ReadingStateStore
from edicola.ui.common.library_port import EditionReader


class StoreReadingState:
    def __init__(self, store: ReadingStateStore, editions: EditionReader) -> None:
        self._store = store
        self._editions = editions

    def save_position(self, article_id: str, position: float) -> None:
        self._store.set_position(article_id, position)

    def position(self, article_id: str) -> float:
        state = self._store.state(article_id)
        return state.position if state else 0.0

    def mark_read(self, article_id: str) -> None:
        self._store.mark_read(article_id)

    def is_read(self, article_id: str) -> bool:
        state = self._store.state(article_id)
        return bool(state and state.read)

    def read_ids(self, edition_id: str) -> set[str]:
        return self._store.read_ids([a.id for a in self._editions.articles(edition_id)])

    def last_opened(self) -> str | None:
        entry = self._store.continue_reading()
        return entry.article_id if entry else None

    def opened(self, article_id: str) -> None:
        self._store.opened(article_id)
