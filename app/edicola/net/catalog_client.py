"""Fetching and checking catalogs: signature, pinned key, freshness, hashes, hosts.

A refresh fetches ``catalog.json`` and its ``.minisig``, checks the signature
with the key pinned on first use (a changed key is refused), refuses an older
version than already seen or an expired one, then fetches each publication's
feed and checks it against the hash the signed root lists. Only when all of
that holds is the catalog cached in the library; otherwise the last good one
stays, which is also what the newsstand shows offline.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtNetwork import QNetworkAccessManager

from edicola.core.catalog.minisign import MinisignError, PublicKey, Signature, verify_bytes
from edicola.core.catalog.opds import (
    MAX_FEED_BYTES,
    CatalogError,
    EditionEntry,
    FeedLink,
    PublicationFeed,
    check_freshness,
    decode_json,
    verify_pinned,
)
from edicola.core.catalog.parse import parse_root
from edicola.core.catalog.snapshot import (
    CatalogSnapshot,
    archive_url,
    load_archive,
    parse_feed_for_reader,
    snapshot_from_cache,
)
from edicola.net.download_job import DownloadRequest
from edicola.net.fetch import CappedFetch, FetchResult
from edicola.store.catalogs import CatalogRecord, CatalogStore

_MAX_SIGNATURE = 64 * 1024


def _now() -> datetime:
    return datetime.now(UTC)


class _Refusal(Exception):
    def __init__(self, message: str, retryable: bool = False) -> None:
        super().__init__(message)
        self.retryable = retryable


class _Refresh(QObject):
    """One refresh of one catalog; reports once through ``done(message | None, retryable)``."""

    def __init__(
        self,
        client: CatalogClient,
        record: CatalogRecord,
        done: Callable[[str | None, bool], None],
    ) -> None:
        super().__init__(client)
        self._client = client
        self._record = record
        self._done = done
        self._root_bytes = b""
        self._root_obj: Any = None
        self._signed = False
        self._pending: dict[str, str] = {}  # href -> publication id
        self._feeds: dict[str, Any] = {}
        self._finished = False
        self._fetch(record.url, MAX_FEED_BYTES, self._on_root)

    def _fetch(self, url: str, cap: int, handler: Callable[[FetchResult], None]) -> None:
        def guarded(result: FetchResult) -> None:
            if self._finished:
                return
            try:
                handler(result)
            except _Refusal as refusal:
                self._finish(str(refusal), refusal.retryable)
            except (CatalogError, MinisignError) as exc:
                self._finish(self._client.say_error(exc), False)
            except Exception as exc:  # done must be called, whatever the catalog
                # A catalog that trips an unexpected error is refused like a bad one;
                # an exception escaping this Qt slot would leave the refresh hanging.
                self._finish(f"{self._record.url}: refused ({type(exc).__name__}: {exc})", False)

        CappedFetch(self._client.nam, url, cap, guarded)

    def cancel(self) -> None:
        """Report nothing any more: what is still in flight lands nowhere."""
        self._finished = True
        self.deleteLater()

    def _finish(self, message: str | None, retryable: bool) -> None:
        if not self._finished:
            self._finished = True
            self._done(message, retryable)
            self.deleteLater()

    @staticmethod
    def _network(result: FetchResult, what: str) -> _Refusal:
        return _Refusal(f"{what}: {result.error}", result.retryable)

    def _on_root(self, result: FetchResult) -> None:
        if not result.ok or result.data is None:
            raise self._network(result, self._record.url)
        self._root_bytes = result.data
        if news_feed(result.data):  # RSS or Atom: the reader follows these as feeds
            self._client.news_feeds.add(self._record.url)
            raise _Refusal(
                QCoreApplication.translate(
                    "CatalogClient",
                    "{url}: this is a news feed (RSS or Atom), not a catalog: follow it "
                    "with Follow news sites…",
                ).format(url=self._record.url)
            )
        if result.data.lstrip()[:1] == b"<":  # a web page (the site), not its catalog
            raise _Refusal(
                QCoreApplication.translate(
                    "CatalogClient",
                    "{url}: this is a web page (HTML), not a catalog; ask the publisher for "
                    "the address of its catalog.json",
                ).format(url=self._record.url)
            )
        self._root_obj = decode_json(result.data, self._record.url)
        self._fetch(self._record.url + ".minisig", _MAX_SIGNATURE, self._on_signature)

    def _on_signature(self, result: FetchResult) -> None:
        record, url = self._record, self._record.url
        root = parse_root(self._root_obj, url)
        if result.status == 404:
            if not record.allow_unsigned:
                raise _Refusal(
                    QCoreApplication.translate(
                        "CatalogClient",
                        "{url}: the catalog is not signed; refused (to accept it anyway, tick "
                        '"Allow unsigned for this catalog" in the Newsstand, or run '
                        "'edicola catalog URL --allow-unsigned')",
                    ).format(url=url)
                )
        elif not result.ok or result.data is None:
            raise self._network(result, url + ".minisig")
        else:
            feed_key = root.publisher_key
            if feed_key is None:
                raise _Refusal(
                    QCoreApplication.translate(
                        "CatalogClient", "{url}: the catalog names no publisher key"
                    ).format(url=url)
                )
            pinned = record.public_key
            if pinned is not None and pinned != feed_key:
                raise _Refusal(
                    QCoreApplication.translate(
                        "CatalogClient",
                        "{url}: WARNING: the publisher key changed (pinned {old}, now {new}); "
                        "refused. If the publisher really changed key, remove and re-add the "
                        "catalog",
                    ).format(
                        url=url,
                        old=PublicKey.from_base64(pinned).key_id_hex,
                        new=_key_id(feed_key),
                    )
                )
            signature = Signature.parse(result.data.decode("utf-8", "replace"))
            try:
                verify_bytes(self._root_bytes, signature, pinned or feed_key)
            except MinisignError as exc:
                raise _Refusal(
                    QCoreApplication.translate(
                        "CatalogClient", "{url}: signature refused: {why}"
                    ).format(url=url, why=exc)
                ) from exc
            self._signed = True
        check_freshness(root, record.highest_version, self._client.clock(), url)
        self._root = root
        self._pending = {link.href: info.id for info, link in root.publications}
        if not self._pending:
            self._store()
        for _info, link in root.publications:
            self._fetch(
                self._client.resolve(url, link.href), MAX_FEED_BYTES, self._feed_handler(link)
            )

    def _feed_handler(self, link: FeedLink) -> Callable[[FetchResult], None]:
        return lambda result: self._on_feed(link, result)

    def _on_feed(self, link: FeedLink, result: FetchResult) -> None:
        if not result.ok or result.data is None:
            raise self._network(result, result.url)
        verify_pinned(result.data, link, link.href)
        obj = decode_json(result.data, link.href)
        parse_feed_for_reader(obj, self._record.url, link.href)
        self._feeds[link.href] = obj
        self._pending.pop(link.href, None)
        if not self._pending:
            self._store()

    def _store(self) -> None:
        store, url, root = self._client.store, self._record.url, self._root
        if self._signed and self._record.public_key is None and root.publisher_key:
            store.pin_key(url, root.publisher_key)
        cached = {"root": self._root_obj, "feeds": self._feeds, "signed": self._signed}
        store.record_feed(url, title=root.title, version=root.version, feed=cached)
        self._finish(None, False)


def news_feed(data: bytes) -> bool:
    """An RSS or Atom document (its root element, after any prolog and comments)."""
    head = data[:4096].lstrip().lower()
    if not head.startswith(b"<"):
        return False
    return re.search(rb"<(rss|feed|rdf:rdf)[\s>]", head) is not None


def _key_id(base64_key: str) -> str:
    try:
        return PublicKey.from_base64(base64_key).key_id_hex
    except MinisignError:
        return "?"


class CatalogClient(QObject):
    """Refreshes followed catalogs and answers from the cached, verified copies."""

    refreshed = Signal(str)  # catalog url
    failed = Signal(str, str, bool)  # catalog url, message, retryable (offline)
    archive_loaded = Signal(str, str)  # catalog url, publication id
    archive_failed = Signal(str, str, str, bool)  # catalog url, publication id, message, retryable

    def __init__(
        self,
        nam: QNetworkAccessManager,
        store: CatalogStore,
        clock: Callable[[], datetime] = _now,
        say_error: Callable[[BaseException], str] = str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.nam = nam
        self.store = store
        self.clock = clock
        # Words for a refused catalog: the app passes its translating one
        # (ui/common/messages.py: core's messages in the reader's language).
        self.say_error = say_error
        # (catalog url, publication id) -> older months loaded on request, newest first.
        self._archives: dict[tuple[str, str], list[PublicationFeed]] = {}
        self._archive_busy: set[tuple[str, str]] = set()
        self._closed = False
        self.news_feeds: set[str] = set()
        """Addresses given as catalogs that are news feeds (RSS or Atom)."""

    @staticmethod
    def resolve(url: str, href: str) -> str:
        return urljoin(url, href)

    def shutdown(self) -> None:
        """Stop fetching and reporting: answers still in flight must not write to a
        library that is being closed."""
        self._closed = True
        for refresh in self.findChildren(_Refresh):
            refresh.cancel()

    def refresh(self, url: str) -> None:
        if self._closed:
            return
        record = self.store.get(url) or self.store.add(url)

        def done(message: str | None, retryable: bool) -> None:
            if message is None:
                fresh = self.store.get(url)
                if fresh is None or fresh.highest_version != record.highest_version:
                    self.forget_archives(url)  # a new version may have moved the months
                self.refreshed.emit(url)
            else:
                self.failed.emit(url, message, retryable)

        _Refresh(self, record, done)

    def snapshot(self, url: str) -> CatalogSnapshot | None:
        """The last good catalog (works offline); None if never fetched."""
        record = self.store.get(url)
        if record is None or record.feed is None:
            return None
        try:
            return snapshot_from_cache(url, record.feed)
        except CatalogError:
            return None

    def download_request(
        self, url: str, entry: EditionEntry, *, accept_new_publisher: bool = False
    ) -> DownloadRequest:
        """What the catalog at ``url`` promises about ``entry``: the downloader holds the
        bundle to it (bytes, signature, and the publication, edition and revision)."""
        record = self.store.get(url)
        return DownloadRequest(
            edition_id=entry.edition_id,
            url=entry.bundle_href,
            size=entry.size,
            sha256=entry.sha256,
            signature_url=entry.signature_href,
            public_key=None if record is None else record.public_key,
            allow_unsigned=bool(record and record.allow_unsigned),
            title=entry.title,
            publication_id=entry.publication_id,
            revision=entry.revision,
            catalog_url=url,
            accept_new_publisher=accept_new_publisher,
        )

    def find(self, edition_id_or_url: str) -> tuple[str, EditionEntry] | None:
        """Look an edition up in every cached catalog (and the older months loaded)."""
        for record in self.store.all():
            snapshot = self.snapshot(record.url)
            entry = snapshot.find(edition_id_or_url) if snapshot else None
            if entry is not None:
                return record.url, entry
            for (url, _pub), feeds in self._archives.items():
                for feed in feeds if url == record.url else ():
                    for entry in feed.editions:
                        if edition_id_or_url in (entry.edition_id, entry.bundle_href):
                            return record.url, entry
        return None

    # -- older months, on request -----------------------------------------------------------

    def archived_editions(self, url: str, publication_id: str) -> list[EditionEntry]:
        """Editions of the older months loaded so far, newest first."""
        feeds = self._archives.get((url, publication_id), [])
        found = [e for feed in feeds for e in feed.editions]
        return sorted(found, key=lambda e: e.date, reverse=True)

    def next_archive(self, url: str, publication_id: str) -> FeedLink | None:
        """The newest older month not loaded yet (None: all loaded, or none exist)."""
        snapshot = self.snapshot(url)
        feed = snapshot.feeds.get(publication_id) if snapshot else None
        if feed is None:
            return None
        loaded = len(self._archives.get((url, publication_id), []))
        return feed.archives[loaded] if loaded < len(feed.archives) else None

    def archive_loading(self, url: str, publication_id: str) -> bool:
        return (url, publication_id) in self._archive_busy

    def load_archive(self, url: str, publication_id: str) -> bool:
        """Fetch the next older month of a publication; False if there is none to load.

        The page is checked against the hash its publication feed lists (which
        the signed root pins), then reported with ``archive_loaded``.
        """
        key = (url, publication_id)
        snapshot = self.snapshot(url)
        link = self.next_archive(url, publication_id)
        feed_url = snapshot.feed_url(publication_id) if snapshot else None
        if link is None or feed_url is None or key in self._archive_busy:
            return False
        self._archive_busy.add(key)

        def done(result: FetchResult) -> None:
            self._archive_busy.discard(key)
            if self._closed:
                return
            if not result.ok or result.data is None:
                self.archive_failed.emit(url, publication_id, f"{result.url}: {result.error}", True)
                return
            try:
                page = load_archive(result.data, link, feed_url, publication_id)
            except CatalogError as exc:
                self.archive_failed.emit(url, publication_id, self.say_error(exc), False)
                return
            except Exception as exc:  # always report, never leave it busy
                message = f"{result.url}: refused ({type(exc).__name__}: {exc})"
                self.archive_failed.emit(url, publication_id, message, False)
                return
            if self.next_archive(url, publication_id) == link:
                self._archives.setdefault(key, []).append(page)
            self.archive_loaded.emit(url, publication_id)

        try:
            target = archive_url(link, feed_url)
        except CatalogError as exc:
            self._archive_busy.discard(key)
            self.archive_failed.emit(url, publication_id, self.say_error(exc), False)
            return True
        CappedFetch(self.nam, target, MAX_FEED_BYTES, done)
        return True

    def forget_archives(self, url: str) -> None:
        """Drop loaded older months (after a refresh the links may have changed)."""
        for key in [k for k in self._archives if k[0] == url]:
            del self._archives[key]
