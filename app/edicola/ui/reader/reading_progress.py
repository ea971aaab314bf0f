"""What the reader needs from the reading-state store, and the "read" rule.

The store (``edicola.store.reading_state.ReadingStateStore``) is owned by another
module; the window depends only on this protocol so it can be tested with a
tiny in-memory double.

Rule for "read": an article counts as read once its view has been scrolled to
at least 90% of its length (an article that fits on screen counts as fully
scrolled), or once it has stayed open for 20 seconds.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal

READ_SCROLL_FRACTION = 0.9
READ_DWELL_MS = 20_000


class ReadingState(Protocol):
    def save_position(self, article_id: str, position: float) -> None: ...
    def position(self, article_id: str) -> float: ...
    def mark_read(self, article_id: str) -> None: ...
    def is_read(self, article_id: str) -> bool: ...
    def read_ids(self, edition_id: str) -> set[str]: ...
    def last_opened(self) -> str | None: ...
    def opened(self, article_id: str) -> None: ...


class ReadTracker(QObject):
    """Applies the read rule to the article on screen; emits ``read`` once per article."""

    read = Signal(str)

    def __init__(
        self, state: ReadingState, dwell_ms: int = READ_DWELL_MS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._article: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(dwell_ms)
        self._timer.timeout.connect(self._on_timer_timeout)

    def start(self, article_id: str | None) -> None:
        self._timer.stop()
        self._article = article_id
        if article_id is not None and not self._state.is_read(article_id):
            self._timer.start()

    def stop(self) -> None:
        """Stop counting: the article is no longer on screen (window closed)."""
        self._timer.stop()
        self._article = None

    def scrolled(self, fraction: float) -> None:
        if fraction >= READ_SCROLL_FRACTION:
            self._mark()

    def _on_timer_timeout(self) -> None:
        self._mark()

    def _mark(self) -> None:
        article = self._article
        if article is None or self._state.is_read(article):
            return
        self._timer.stop()
        self._state.mark_read(article)
        self.read.emit(article)
