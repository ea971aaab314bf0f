"""The reader's panels beyond reading: search, bookmarks, history, removing editions.

One place where they are attached to a :class:`MainWindow`, so the window
module stays about reading and ``create_main_window`` makes one call.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.store.library import Library
from app.ui.bookmark_wiring import BookmarkController
from app.ui.main_window import MainWindow
from app.ui.remove_edition_dialog import EditionRemoval
from app.ui.search_wiring import SearchController
from app.ui.search_worker import SearchWorker


@dataclass
class ReaderPanels:
    search: SearchController
    bookmarks: BookmarkController
    removal: EditionRemoval


def install_reader_panels(window: MainWindow, library: Library) -> ReaderPanels:
    worker = SearchWorker.for_library(library.folder, parent=window)
    search = SearchController(window, worker)
    bookmarks = BookmarkController(window, library.bookmarks, library.reading)

    def after_removal() -> None:
        search.refresh()
        bookmarks.sync()

    removal = EditionRemoval(window, library.editions, library.bookmarks, after_removal)
    panels = ReaderPanels(search, bookmarks, removal)
    window.panels = panels  # type: ignore[attr-defined]
    return panels
