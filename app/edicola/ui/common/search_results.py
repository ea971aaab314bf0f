"""The search results as other features see them, so none of them imports the search.

What each entry carries (its article id and its HTML, in two item roles) and
the few reads and events a feature needs to add to the results: the Pages
note "page N" on entries in print and, after ``P``, highlight the search's
words on the page. The search controller (``ui/search/wiring.py``) fits
:class:`SearchResults` as it is; it is never told who listens.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView

from edicola.store.search_query import SearchPage

ARTICLE_ID = Qt.ItemDataRole.UserRole
"""An entry's article id."""
MARKUP = Qt.ItemDataRole.UserRole + 1
"""An entry's HTML: title, meta line (``<div style="color:@muted@">``), snippet."""


class ResultsView(Protocol):
    """The results on screen: their entries, the one under the keyboard, the chosen one."""

    @property
    def model(self) -> QStandardItemModel: ...
    @property
    def results(self) -> QAbstractItemView: ...
    @property
    def articleChosen(self) -> SignalInstance:
        """(article id) the reader opened an entry."""


class ResultsSource(Protocol):
    @property
    def pageReady(self) -> SignalInstance:
        """(generation, query, page) a page of results arrived and is being shown."""


class ViewStack(Protocol):
    def current_view(self) -> object:
        """The view on screen (the shell's ``Frame.current_view``)."""


class SearchResults(Protocol):
    """A search whose results another feature may annotate."""

    @property
    def page(self) -> SearchPage:
        """The results shown, with the terms and prefixes that found them."""

    @property
    def panel(self) -> ResultsView: ...
    @property
    def worker(self) -> ResultsSource: ...
    @property
    def frame(self) -> ViewStack: ...
