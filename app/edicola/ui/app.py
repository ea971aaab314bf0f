"""The application object: the window, the reader, every feature, one import queue.

:class:`EdicolaApp` builds the frame (:class:`~edicola.ui.shell.main_window.MainWindow`),
the reader, the one :class:`~edicola.tasks.import_queue.ImportQueue` that
writes the library, and each feature controller, handing each the frame's
seam (:class:`~edicola.ui.shell.seam.Frame`), the reader where it needs the
article on screen, and the queue where it changes the library. It holds them
as typed attributes (nothing is attached to the window), connects the
queue's ``libraryChanged`` to every view that shows the library, in one
place, and stops everything in one :meth:`EdicolaApp.shutdown`, in a fixed
order. ``run_reader`` (:mod:`edicola.ui.shell.application`), the screenshots
and the pytest plugin's ``edicola_reader`` all build one.

Start-up in two steps (issue 21). What the first frame shows is built at once:
the window, the reader, search, highlights, bookmarks, removing editions,
comments (its panel sits beside the article) and opening bundle files. The
features behind menus and other views (the Newsstand, pages, feeds, EPUB
export, sync, read aloud, the welcome view) are imported and built, and the
comments' delivery started, by :meth:`EdicolaApp.build_rest`: at once by
default, or, with ``defer_rest``, when ``run_reader`` calls it right after the
window's first paint. Either way the menus, shortcuts and tool bars end up
the same, in the same order; using one of those features before
(``app.pages`` …) builds them first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings

from edicola.core import jail
from edicola.store.changes import LibraryChange
from edicola.store.library import Library
from edicola.store.reading_state import ReadingStateStore
from edicola.tasks.import_queue import ImportQueue
from edicola.tasks.upkeep_runner import UpkeepRunner
from edicola.ui.bookmarks.wiring import BookmarkController
from edicola.ui.comments.wiring import CommentsController, install_comments
from edicola.ui.common.library_port import EditionReader
from edicola.ui.common.mark_edits import MarkEdits
from edicola.ui.highlights.wiring import HighlightsController
from edicola.ui.reader.commands import ReaderCommands
from edicola.ui.reader.controller import ReaderController
from edicola.ui.reader.edition_memo import EditionMemo
from edicola.ui.reader.reading_adapter import StoreReadingState
from edicola.ui.reader.reading_progress import READ_DWELL_MS, ReadingState
from edicola.ui.reader.remove_edition_dialog import EditionRemoval
from edicola.ui.search.wiring import SearchController
from edicola.ui.search.worker import SearchWorker
from edicola.ui.shell.fonts import load_bundled_fonts
from edicola.ui.shell.main_window import MainWindow
from edicola.ui.shell.open_bundle import BundleOpener
from edicola.ui.shell.preferences import Preferences

if TYPE_CHECKING:  # imported by build_rest, after the first paint
    from edicola.ui.export.wiring import ExportController
    from edicola.ui.feeds.wiring import FeedsController
    from edicola.ui.newsstand.controller import NewsstandController
    from edicola.ui.pages.wiring import PagesController
    from edicola.ui.speech.wiring import ReadAloudController
    from edicola.ui.sync.wiring import SyncController
    from edicola.ui.welcome.wiring import WelcomeController


def reading_state_for(library: Library, editions: EditionReader | None = None) -> ReadingState:
    """The library's reading-state store (``Library.reading_state`` or one on its db);
    ``editions`` is the reader's reader of them (its :class:`EditionMemo`)."""
    store = getattr(library, "reading_state", None)
    if not isinstance(store, ReadingStateStore):
        store = ReadingStateStore(library.db)
    return StoreReadingState(store, editions if editions is not None else library.editions)


class _Rest:
    """The features :meth:`EdicolaApp.build_rest` builds, once it has."""

    __slots__ = ("export", "feeds", "newsstand", "pages", "read_aloud", "sync", "welcome")

    def __init__(
        self,
        newsstand: NewsstandController,
        pages: PagesController,
        feeds: FeedsController,
        export: ExportController,
        sync: SyncController,
        read_aloud: ReadAloudController,
        welcome: WelcomeController,
    ) -> None:
        self.newsstand = newsstand
        self.pages = pages
        self.feeds = feeds
        self.export = export
        self.sync = sync
        self.read_aloud = read_aloud
        self.welcome = welcome


class EdicolaApp(QObject):
    """The reader on one library: the window and every feature in it.

    Built in the order the menus and tool bars show them: the reader, search,
    bookmarks, removing editions, comments, opening bundle files, then (in
    :meth:`build_rest`) the Newsstand, pages, feeds, EPUB export, sync, read
    aloud and the welcome view of an empty library. Fonts are loaded;
    translations are the caller's.
    A child of its window, so it lives exactly as long as the window does
    (closing the window reaches ``shutdown`` even if nobody else holds it).
    """

    def __init__(
        self,
        library: Library,
        settings: QSettings,
        *,
        reading: ReadingState | None = None,
        read_dwell_ms: int = READ_DWELL_MS,
        speech_engine: str = "",
        defer_rest: bool = False,
    ) -> None:
        """``speech_engine``: Qt's text-to-speech engine for read-aloud ("" the
        platform's; tests pass "mock" or "speechd"). ``defer_rest``: leave the
        features the first frame does not show to :meth:`build_rest`."""
        super().__init__()
        load_bundled_fonts()
        self.library = library
        self.settings = settings
        self.preferences = Preferences(settings)
        self._speech_engine = speech_engine
        self._rest: _Rest | None = None
        self._stopping = False
        self.window = MainWindow(self.preferences)
        self.setParent(self.window)
        frame = self.window
        self.imports = ImportQueue(library.folder, self.window)
        # Keeps the library compact after changes, a bounded step at a time (issue 21).
        self.upkeep = UpkeepRunner(self.imports, self)
        editions = EditionMemo(library.editions)  # shared: one read of an edition per open
        self.reader = ReaderController(
            frame,
            editions,
            reading if reading is not None else reading_state_for(library, editions),
            self.preferences,
            read_dwell_ms,
        )
        self.reader_commands = ReaderCommands(frame, self.reader)
        worker = SearchWorker.for_library(library.folder, parent=self.window)
        self.search = SearchController(frame, self.reader, worker)
        self.mark_edits = MarkEdits(library.highlights, library.bookmarks, self)
        self.highlights = HighlightsController(
            frame, self.reader, library.highlights, self.mark_edits
        )
        self.bookmarks = BookmarkController(
            frame, self.reader, library.bookmarks, library.reading, library.marks, self.mark_edits
        )
        self.removal = EditionRemoval(
            frame, self.reader, library.editions, library.bookmarks, self.imports
        )
        # Its panel is beside the article; delivering the outbox starts in build_rest.
        self.comments: CommentsController = install_comments(
            frame, self.reader, library, settings, start=False
        )
        self.opener = BundleOpener(frame, self.reader.open_edition, self.imports)
        self.window.closing.connect(self.shutdown)
        self.imports.libraryChanged.connect(self._on_imports_library_changed)
        if not defer_rest:
            self.build_rest()

    # -- the features built after the first paint ---------------------------------------
    @property
    def rest_built(self) -> bool:
        """Whether :meth:`build_rest` has run."""
        return self._rest is not None

    def build_rest(self) -> None:
        """Import and build the features the first frame does not show (once)."""
        if self._rest is not None or self._stopping:
            return
        from edicola.ui.export.wiring import install_export
        from edicola.ui.feeds.wiring import install_feeds
        from edicola.ui.newsstand.controller import NewsstandController
        from edicola.ui.pages.wiring import install_pages
        from edicola.ui.speech.wiring import ReadAloudController
        from edicola.ui.sync.wiring import install_sync
        from edicola.ui.welcome.wiring import WelcomeController

        frame, library, settings = self.window, self.library, self.settings
        newsstand = NewsstandController(frame, self.reader, library, self.imports, settings)
        pages = install_pages(frame, self.reader, library, self.search)
        feeds = install_feeds(
            frame,
            library,
            self.imports,
            newsstand.view.catalog_bar.add_button,
            open_edition=self.reader.open_edition,
        )
        export = install_export(frame, self.reader, library.folder, settings)
        sync = install_sync(frame, library, self.imports, self.reader)
        newsstand.view.add_side_panel(sync.elsewhere)
        read_aloud = ReadAloudController(frame, self.reader, pages, settings, self._speech_engine)
        welcome = WelcomeController(
            frame,
            self.reader.editions,
            self.imports,
            in_reader=self.reader.in_reader,
            open_edition=self.reader.open_edition,
            newsstand=newsstand.view,
            ask_for_catalog=newsstand.view.catalog_bar.ask_for_catalog,
            add_feeds=feeds.add_action,
            samples_folder=library.folder / "cache" / "samples",
        )
        self._rest = _Rest(newsstand, pages, feeds, export, sync, read_aloud, welcome)
        self.comments.start()
        if pages.highlights is not None:  # H and N on the printed page too
            self.highlights.attach_pages(pages.highlights)
        self._connect_rest(self._rest)
        sync.start()
        if library.search.outgrown():  # indexed before its eras: cut it now, in steps
            self.upkeep.library_changed()

    def _built(self) -> _Rest:
        self.build_rest()
        assert self._rest is not None, "build_rest after shutdown"
        return self._rest

    @property
    def newsstand(self) -> NewsstandController:
        return self._built().newsstand

    @property
    def pages(self) -> PagesController:
        return self._built().pages

    @property
    def feeds(self) -> FeedsController:
        return self._built().feeds

    @property
    def export(self) -> ExportController:
        return self._built().export

    @property
    def sync(self) -> SyncController:
        return self._built().sync

    @property
    def read_aloud(self) -> ReadAloudController:
        return self._built().read_aloud

    @property
    def welcome(self) -> WelcomeController:
        return self._built().welcome

    def _connect_rest(self, rest: _Rest) -> None:
        rest.newsstand.view.followFeedRequested.connect(rest.feeds.follow)
        self.mark_edits.pageRequested.connect(rest.pages.show_pages)
        if rest.pages.highlights is not None:
            self.mark_edits.changed.connect(rest.pages.highlights.refresh)
        self._connect_sync(rest)

    def _connect_sync(self, rest: _Rest) -> None:
        """What sync sends shortly after it changed; its list of editions elsewhere."""
        changed = rest.sync.changed
        self.mark_edits.changed.connect(lambda *_: changed())
        self.comments.sync.outbox_count_changed.connect(lambda _n: changed())
        view = rest.newsstand.view
        for signal in (
            view.addCatalogRequested,
            view.removeCatalogRequested,
            view.followToggled,
            view.subscriptionChanged,
        ):
            signal.connect(lambda *_: changed())
        rest.sync.elsewhere.catalogRequested.connect(self._on_sync_catalog_requested)

    def _on_sync_catalog_requested(self, url: str) -> None:
        """An edition on another device: its catalog in the Newsstand (followed if not yet)."""
        self.newsstand.add_catalog(url)
        self.window.show_view(self.newsstand.view)

    def _on_imports_library_changed(self, change: object) -> None:
        """Every view that shows the library, after each change the queue committed
        (a feature not built yet reads the library when it is)."""
        if self._stopping or not isinstance(change, LibraryChange):
            return
        self.reader.refresh_library()
        self.search.refresh()
        self.bookmarks.library_changed(change)
        self.highlights.library_changed(change)
        self.upkeep.library_changed(change)
        rest = self._rest
        if rest is None:
            return
        if rest.pages.highlights is not None:
            rest.pages.highlights.refresh()
        rest.pages.library_changed(change)
        rest.newsstand.library_changed(change)
        rest.export.library_changed(change)
        rest.welcome.library_changed(change)
        rest.sync.library_changed(change)

    def shutdown(self) -> None:
        """Stop everything, in this order (closing the window calls it; safe twice).

        0. Read-aloud stops speaking; its engine's thread ends.
        1. The reader saves where it is (reading position, the panel's width),
           and the window its size and place.
        2. What feeds the import queue stops: opened files (their messages
           close), the sample papers, feed builds, sync passes (one talking to the server is let
           go; its merge is abandoned), then the Newsstand's downloads and fetches (a
           download keeps its ``.part`` to resume; the downloader, closing
           first, lets no finished import reach the Newsstand).
        3. Comments: the box is saved, delivery stops after the comment in hand;
           upkeep queues no step after the one in hand (one short transaction).
        4. The import queue, once nothing feeds it: the job under way finishes
           (one transaction, never cut); the waiting ones are abandoned (a
           download goes back to its ``.part``). No view is refreshed from step 1 on.
        5. The threads that only read: search, picture decoding and page rendering;
           the EPUB export (a file under way is finished, written whole or not at all).
        6. The jail's worker processes (no child process outlives the reader).

        A feature :meth:`build_rest` has not built yet has nothing to stop and is
        skipped (and never built from then on).
        """
        if self._stopping:
            return
        self._stopping = True
        rest = self._rest
        if rest is not None:
            rest.read_aloud.shutdown()
        self.reader.save_session()
        self.window.save_window_state()
        self.opener.stop()
        if rest is not None:
            rest.welcome.stop()
            rest.feeds.stop()
            rest.sync.stop()
            rest.newsstand.stop()
        self.comments.stop()
        self.upkeep.stop()
        self.imports.shutdown()
        self.search.stop()
        self.reader.stop_pictures()
        if rest is not None:
            rest.pages.stop()
            rest.export.stop()
        jail.shutdown()
