"""The reader's panels beyond reading: search, bookmarks, history, removing editions.

One place where they are attached to a :class:`MainWindow`, so the window
module stays about reading and ``create_main_window`` makes one call.
"""

from __future__ import annotations

from dataclasses import dataclass

from edicola.store.library import Library
from edicola.ui.bookmarks.wiring import BookmarkController
from edicola.ui.reader.remove_edition_dialog import EditionRemoval
from edicola.ui.search.wiring import SearchController
from edicola.ui.search.worker import SearchWorker
from edicola.ui.shell.main_window import MainWindow


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
