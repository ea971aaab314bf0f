"""Text selected on a printed page, as the highlights feature sees it.

The Pages view (``ui/pages/``) lets a reader select words on a page; the
highlights feature (``ui/highlights/``) makes a highlight of them with the
same ``H`` and ``N`` as in the article. Neither package imports the other:
the pages side implements :class:`PageSelection` and the application object
hands it to the highlights side.
"""

from __future__ import annotations

from typing import NamedTuple, Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QWidget


class PageQuote(NamedTuple):
    """Words selected on a page: where, and what they read."""

    edition_id: str
    page: int
    article_id: str
    """The article whose region the words are in; "" when the region belongs to none."""
    quote: str
    prefix: str
    suffix: str
    start: int
    """Offsets of the quote in the page's text (its words, one space apart)."""
    end: int


class PageSelection(Protocol):
    @property
    def selectionChanged(self) -> SignalInstance:
        """Emitted when words were selected on the page, or the selection was cleared."""
        ...

    def page_quote(self) -> PageQuote | None:
        """The words selected on the page shown, or None."""
        ...

    def clear_selection(self) -> None: ...

    def is_shown(self) -> bool:
        """Whether the pages are on screen (their selection is the one H acts on)."""
        ...

    def scope(self) -> QWidget:
        """The widget whose keyboard focus lets ``H`` and ``N`` act on the page."""
        ...
