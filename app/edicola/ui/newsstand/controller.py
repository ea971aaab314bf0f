"""The Newsstand's wiring: catalogs, downloads, subscriptions and retention in the reader.

The application object (:mod:`edicola.ui.app`) makes one. The controller
owns the network pieces (catalog client, download queue, cover cache), draws
the view from them (:mod:`~edicola.ui.newsstand.catalog_page`) and turns the
reader's clicks into work. Being offline is a normal state: a failed refresh
keeps showing the cached catalog with a quiet label and retries later with
exponential backoff and full jitter; only a catalog that must not be trusted
gets a message (in the view, never a dialog). When a refresh shows new
editions of a followed publication the reader is told (status bar and a
badge) and, if asked, they are downloaded; retention runs after refreshes and
imports. Downloads are imported, and retention's removals made, by the
application's one :class:`ImportQueue` (a worker thread with its own
connection to the library), so the window stays responsive and there is never
more than one writer; the queue's ``libraryChanged`` refreshes the views. An
edition refused because its publication belongs to another source can be
accepted from the message, after a confirmation naming both sources
(:mod:`~edicola.ui.newsstand.publisher_change`).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer
from PySide6.QtNetwork import QNetworkAccessManager

from edicola.core.backoff import RetryPolicy
from edicola.core.catalog.opds import EditionEntry, EditionState, edition_state
from edicola.net.catalog_client import CatalogClient
from edicola.net.download_job import DownloadRequest, DownloadState
from edicola.net.downloader import Downloader
from edicola.store.changes import LibraryChange
from edicola.store.library import Library
from edicola.tasks.import_queue import ImportQueue
from edicola.ui.common.messages import error_text
from edicola.ui.newsstand.catalog_page import catalog_page, downloads_summary, overall_progress
from edicola.ui.newsstand.covers import CoverCache
from edicola.ui.newsstand.dialogs import valid_catalog_url
from edicola.ui.newsstand.model import CatalogPage
from edicola.ui.newsstand.publisher_change import (
    change_question,
    describe_source,
    publication_title,
)
from edicola.ui.newsstand.view import WALL, NewsstandView
from edicola.ui.reader.controller import ReaderController
from edicola.ui.shell.seam import Frame

SHORTCUT = "Ctrl+N"
MODE_KEY = "newsstand/mode"
REFRESH_EVERY_MS = 30 * 60_000


class NewsstandController(QObject):
    def __init__(
        self,
        frame: Frame,
        reader: ReaderController,
        library: Library,
        imports: ImportQueue,
        settings: QSettings,
        *,
        nam: QNetworkAccessManager | None = None,
        backoff_base_ms: int = 5_000,
        backoff_cap_ms: int = 15 * 60_000,
        download_backoff_ms: int = 1_000,
        refresh_every_ms: int = REFRESH_EVERY_MS,
        today: Callable[[], date] = date.today,
        rng: random.Random | None = None,
    ) -> None:
        super().__init__(frame.as_widget())
        self.frame = frame
        self.reader = reader
        self.library = library
        self.imports = imports
        self.store = library.catalogs
        self.nam = nam or QNetworkAccessManager(self)
        self.client = CatalogClient(self.nam, self.store, say_error=error_text, parent=self)
        self.downloader = Downloader(
            self.nam,
            library.folder / "downloads",
            imports,
            backoff_base_ms=download_backoff_ms,
            say_error=error_text,
            parent=self,
        )
        self.covers = CoverCache(self.nam, library.folder / "cache" / "covers", self)
        self.view = NewsstandView(self.covers.thumbnail, frame.as_widget(), self.covers.cover)
        self._settings = settings  # the reader's QSettings, for the mode
        self.view.set_mode(str(self._settings.value(MODE_KEY, WALL)))
        self.action = frame.add_view(
            self.view, QCoreApplication.translate("Newsstand", "&Newsstand"), SHORTCUT
        )
        self.action.triggered.connect(self.view.focus_editions)
        self._today = today
        self._rng = rng or random.Random()
        self._backoff = RetryPolicy(base=backoff_base_ms / 1000, cap=backoff_cap_ms / 1000)
        self._attempts: dict[str, int] = {}
        self._retry_timers: dict[str, QTimer] = {}
        self._offline: dict[str, bool] = {}
        self._refreshing: set[str] = set()
        self._trial: set[str] = set()  # added, never loaded: dropped if the first fetch fails
        self._new: dict[tuple[str, str], set[str]] = {}
        self._known_before: dict[str, set[tuple[str, int]] | None] = {}
        self._requests: dict[str, DownloadRequest] = {}
        # edition id -> (publication id, its owner, the refused source), from the downloader
        self._conflicts: dict[str, tuple[str, str, str]] = {}
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(0)
        self._redraw.timeout.connect(self.redraw)
        self._periodic = QTimer(self)
        self._periodic.setInterval(refresh_every_ms)
        self._periodic.timeout.connect(self.refresh_all)
        self._connect()
        self._list_catalogs(None)
        self.redraw()
        QTimer.singleShot(0, self, self.resume_interrupted)
        QTimer.singleShot(0, self, self.refresh_all)
        self._periodic.start()

    def _connect(self) -> None:
        v, c, d = self.view, self.client, self.downloader
        v.addCatalogRequested.connect(self.add_catalog)
        v.removeCatalogRequested.connect(self.remove_catalog)
        v.catalogSelected.connect(lambda _url: self.redraw())
        v.allowUnsignedToggled.connect(self._on_view_allow_unsigned_toggled)
        v.refreshRequested.connect(self.refresh)
        v.downloadRequested.connect(self.download)
        v.pauseRequested.connect(d.pause)
        v.resumeRequested.connect(d.resume)
        v.cancelRequested.connect(d.cancel)
        v.retryRequested.connect(self.retry)
        v.openRequested.connect(self._on_view_open_requested)
        v.followToggled.connect(self._on_view_follow_toggled)
        v.subscriptionChanged.connect(self._on_view_subscription_changed)
        v.olderRequested.connect(self._on_view_older_requested)
        v.modeChanged.connect(lambda mode: self._settings.setValue(MODE_KEY, mode))
        v.acceptPublisherRequested.connect(self.ask_new_publisher)
        v.newPublisherAccepted.connect(self.accept_new_publisher)
        c.refreshed.connect(self._on_client_refreshed)
        c.failed.connect(self._on_client_failed)
        c.archive_loaded.connect(lambda _url, _pub: self.schedule_redraw())
        c.archive_failed.connect(self._on_client_archive_failed)
        d.progress.connect(self.view.set_progress)
        d.overall_progress.connect(self._on_downloader_overall_progress)
        d.state_changed.connect(lambda _eid, _state: self.schedule_redraw())
        d.finished.connect(self._on_downloader_finished)
        d.failed.connect(self._on_downloader_failed)
        d.publisher_conflict.connect(self._on_downloader_publisher_conflict)
        self.covers.ready.connect(self.view.update_cover)

    # -- catalogs -----------------------------------------------------------------------

    def _list_catalogs(self, current: str | None) -> None:
        records = self.store.all()
        current = current or self.view.current_url()
        self.view.set_catalogs([(r.url, r.title) for r in records], current)

    def add_catalog(self, url: str, allow_unsigned: bool = False) -> None:
        url = url.strip()
        if not valid_catalog_url(url):
            self.view.show_message(
                "add",
                QCoreApplication.translate("Newsstand", "Not a catalog address: %1").replace(
                    "%1", url
                ),
                False,
            )
            return
        if self.store.get(url) is None:
            self._trial.add(url)
        self.view.clear_message("add")
        self.store.add(url, allow_unsigned=allow_unsigned)
        self._list_catalogs(url)
        self.refresh(url)
        self.redraw()

    def remove_catalog(self, url: str) -> None:
        self.store.remove(url)
        self._offline.pop(url, None)
        timer = self._retry_timers.pop(url, None)
        if timer is not None:
            timer.stop()
        self.view.clear_message(f"catalog:{url}")
        self._list_catalogs(None)
        self.redraw()

    def refresh_all(self) -> None:
        for record in self.store.all():
            self.refresh(record.url)

    def refresh(self, url: str) -> None:
        if url in self._refreshing or self.store.get(url) is None:
            return
        self._refreshing.add(url)
        snapshot = self.client.snapshot(url)
        self._known_before[url] = (
            None if snapshot is None else {(e.edition_id, e.revision) for e in snapshot.editions()}
        )
        self.client.refresh(url)

    def _schedule_retry(self, url: str) -> None:
        attempt = self._attempts.get(url, 0)
        self._attempts[url] = attempt + 1
        delay = int(1000 * self._backoff.delay(attempt + 1, rng=self._rng))
        timer = self._retry_timers.get(url)
        if timer is None:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.timeout.connect(lambda u=url: self.refresh(u))
            self._retry_timers[url] = timer
        timer.start(delay)

    def _on_client_refreshed(self, url: str) -> None:
        self._refreshing.discard(url)
        self._trial.discard(url)
        self._attempts.pop(url, None)
        self._offline[url] = False
        self.view.clear_message(f"catalog:{url}")
        self._announce_new(url)
        self._adopt_comment_servers()
        self._apply_retention()
        self._list_catalogs(None)
        self.redraw()

    def _on_client_failed(self, url: str, message: str, retryable: bool) -> None:
        self._refreshing.discard(url)
        if url in self._trial:  # its first fetch: a catalog that never loaded is not kept
            self._trial.discard(url)
            self.remove_catalog(url)
            feed = url if url in self.client.news_feeds else ""
            self.view.show_message("add", message, False, follow_feed=feed)
            return
        if retryable:
            # Offline is normal: keep the cached catalog, say so quietly, try again later.
            self._offline[url] = True
            self._schedule_retry(url)
        else:
            self.view.show_message(f"catalog:{url}", message, True)
        self.redraw()

    def _announce_new(self, url: str) -> None:
        known = self._known_before.pop(url, None)
        snapshot = self.client.snapshot(url)
        if known is None or snapshot is None:
            return  # the first fetch of a catalog: nothing is "new" yet
        subscriptions = {s.publication_id: s for s in self.store.subscriptions(url)}
        revisions = self.store.library_revisions()
        fresh: list[EditionEntry] = []
        for entry in snapshot.editions():
            if entry.publication_id not in subscriptions:
                continue
            if (entry.edition_id, entry.revision) in known:
                continue
            if edition_state(entry.revision, revisions.get(entry.edition_id)) is (
                EditionState.DOWNLOADED
            ):
                continue
            fresh.append(entry)
            self._new.setdefault((url, entry.publication_id), set()).add(entry.edition_id)
            if subscriptions[entry.publication_id].auto_download:
                self._enqueue(url, entry)
        if fresh:
            titles = ", ".join(e.title for e in fresh[:3]) + ("…" if len(fresh) > 3 else "")
            self.frame.show_message(
                QCoreApplication.translate("Newsstand", "New in the newsstand: %1").replace(
                    "%1", titles
                ),
                15_000,
            )

    # -- downloads ----------------------------------------------------------------------

    def _find(self, edition_id: str) -> tuple[str, EditionEntry] | None:
        url = self.view.current_url()
        for candidate in ([url] if url else []) + [r.url for r in self.store.all()]:
            snapshot = self.client.snapshot(candidate)
            entry = snapshot.find(edition_id) if snapshot else None
            if entry is None:
                for pub in snapshot.feeds if snapshot else {}:
                    for archived in self.client.archived_editions(candidate, pub):
                        if archived.edition_id == edition_id:
                            entry = archived
            if entry is not None:
                return candidate, entry
        return None

    def download(self, edition_id: str) -> None:
        found = self._find(edition_id)
        if found is not None:
            self._enqueue(*found)

    def _enqueue(self, url: str, entry: EditionEntry) -> None:
        request = self.client.download_request(url, entry)
        self._requests[entry.edition_id] = request
        self._conflicts.pop(entry.edition_id, None)
        self.view.clear_message(entry.edition_id)
        self.downloader.enqueue(request)

    def resume_interrupted(self) -> None:
        """Take up downloads a previous run left unfinished (closed or killed): they
        continue from their ``.part`` with a Range request."""
        for edition_id in self.downloader.interrupted():
            found = self.client.find(edition_id)
            if found is None:
                continue
            url, entry = found
            self._enqueue(url, entry)
            self.frame.show_message(
                QCoreApplication.translate("Newsstand", "Resuming the download of %1").replace(
                    "%1", entry.title
                ),
                6000,
            )

    def retry(self, key: str) -> None:
        self.view.clear_message(key)
        if key.startswith("catalog:"):
            self.refresh(key.removeprefix("catalog:"))
        elif key in self._requests:
            if self.downloader.state(key) == DownloadState.FAILED:
                self.downloader.resume(key)
            else:
                self.downloader.enqueue(self._requests[key])

    def _on_downloader_finished(self, edition_id: str) -> None:
        self.view.clear_message(edition_id)
        for seen in self._new.values():
            seen.discard(edition_id)
        self._adopt_comment_servers()
        self._apply_retention()
        request = self._requests.get(edition_id)
        title = request.title if request and request.title else edition_id
        self.frame.show_message(
            QCoreApplication.translate("Newsstand", "In your library: %1").replace("%1", title),
            8000,
        )
        self.schedule_redraw()

    def _on_downloader_failed(self, edition_id: str, message: str, _retryable: bool) -> None:
        # Automatic retries already happened where they could help; a manual Retry is
        # always offered (a transfer damaged on the way may well succeed next time).
        conflict = edition_id in self._conflicts
        self.view.show_message(edition_id, message, True, accept_publisher=conflict)
        self.schedule_redraw()

    def _on_downloader_publisher_conflict(
        self, edition_id: str, publication_id: str, owner: str, source: str
    ) -> None:
        self._conflicts[edition_id] = (publication_id, owner, source)

    # -- a new publisher ----------------------------------------------------------------

    def ask_new_publisher(self, edition_id: str) -> None:
        """Name both sources and ask; only "Accept" lets the download replace the owner."""
        conflict = self._conflicts.get(edition_id)
        request = self._requests.get(edition_id)
        if conflict is None or request is None:
            return
        publication_id, owner, source = conflict
        question, details = change_question(
            publication_title(self.store, self.client, publication_id),
            describe_source(self.store, owner),
            describe_source(self.store, source, request.catalog_url),
        )
        self.view.confirm_new_publisher(edition_id, question, details)

    def accept_new_publisher(self, edition_id: str) -> None:
        """The reader confirmed: download again, letting this source take the publication."""
        request = self._requests.get(edition_id)
        if request is None or self._conflicts.pop(edition_id, None) is None:
            return
        accepted = replace(request, accept_new_publisher=True)
        self._requests[edition_id] = accepted
        self.view.clear_message(edition_id)
        self.downloader.enqueue(accepted)
        self.schedule_redraw()

    def _on_downloader_overall_progress(self, _received: int, _total: int) -> None:
        # Over what is still to do: finished downloads leave the overall bar.
        received, total = self._overall()
        self.view.set_overall(received, total, downloads_summary(self.downloader, self._requests))

    def _adopt_comment_servers(self) -> None:
        """Publications learn their comment server from the catalog (see docs/comments.md)."""
        self.library.editions.adopt_comment_servers(self.store.comment_servers())

    def _apply_retention(self) -> None:
        """Remove what the subscriptions no longer keep, through the library's one writer
        (its ``libraryChanged`` refreshes every view, this page included)."""
        today = self._today()
        doomed = [
            edition_id
            for subscription in self.store.subscriptions()
            for edition_id in self.store.retention_candidates(subscription, today)
        ]
        if doomed:
            self.imports.submit_removal(doomed, self._on_retention_done)

    def _on_retention_done(self, outcome: object) -> None:
        if isinstance(outcome, Exception):  # the stores' errors are one-line messages
            self.frame.show_message(error_text(outcome), 8000)

    def library_changed(self, _change: LibraryChange) -> None:
        """Editions came or went: their state on the page changes."""
        self.schedule_redraw()

    # -- the page -----------------------------------------------------------------------

    def schedule_redraw(self) -> None:
        self._redraw.start()

    def redraw(self) -> None:
        url = self.view.current_url()
        self.view.show_page(self.page(url), fetching=url in self._refreshing)
        self._on_downloader_overall_progress(*self._overall())
        if self.frame.current_view() is self.view:
            self.frame.refresh_status()

    def _overall(self) -> tuple[int, int]:
        return overall_progress(self.downloader, self._requests)

    def page(self, url: str | None) -> CatalogPage | None:
        return catalog_page(
            url,
            self.store,
            self.client,
            self.downloader,
            self._new,
            bool(url and self._offline.get(url)),
        )

    # -- view slots ---------------------------------------------------------------------

    def _on_view_allow_unsigned_toggled(self, url: str, allow: bool) -> None:
        self.store.set_allow_unsigned(url, allow)
        self.refresh(url)

    def _on_view_open_requested(self, edition_id: str) -> None:
        if self.reader.open_edition(edition_id):
            self.frame.show_view(None)

    def _on_view_follow_toggled(self, publication_id: str, follow: bool) -> None:
        url = self.view.current_url()
        if url is None:
            return
        if follow:
            self.store.subscribe(url, publication_id)
        else:
            self.store.unsubscribe(url, publication_id)
            self._new.pop((url, publication_id), None)
        self.schedule_redraw()

    def _on_view_subscription_changed(
        self, publication_id: str, auto: bool, keep_last: int, keep_days: int
    ) -> None:
        url = self.view.current_url()
        if url is None:
            return
        self.store.subscribe(
            url,
            publication_id,
            auto_download=auto,
            keep_last=keep_last or None,
            keep_days=keep_days or None,
        )
        self._apply_retention()
        self.schedule_redraw()

    def _on_view_older_requested(self, publication_id: str) -> None:
        url = self.view.current_url()
        if url is not None and self.client.load_archive(url, publication_id):
            self.schedule_redraw()

    def _on_client_archive_failed(
        self, url: str, publication_id: str, message: str, retryable: bool
    ) -> None:
        self.view.show_message(f"older:{publication_id}", message, False)
        self.schedule_redraw()

    # -- lifetime -----------------------------------------------------------------------

    def stop(self) -> None:
        """Stop downloads (keeping ``.part`` files to resume), catalog fetches, cover
        decoding and timers. Safe to call twice. No finished import reaches the
        Newsstand after this (the downloader waits for the one under way)."""
        self._periodic.stop()
        self._redraw.stop()
        for timer in self._retry_timers.values():
            timer.stop()
        self.client.shutdown()
        self.downloader.shutdown()
        self.covers.shutdown()
