"""The reader's view of a catalog: the verified root and feeds, with absolute URLs.

What the Newsstand shows and what the store caches between runs; older months
are loaded on request and checked against the hash their parent feed lists.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urljoin

from edicola.core.catalog.opds import (
    ROOT_FILE,
    CatalogError,
    EditionEntry,
    FeedLink,
    PublicationFeed,
    RootFeed,
    decode_json,
    resolve,
    verify_pinned,
)
from edicola.core.catalog.parse import parse_publication_feed, parse_root


@dataclass(frozen=True)
class CatalogSnapshot:
    """A verified catalog as the reader keeps it: root plus each publication's feed.

    Entry hrefs are absolute URLs here (resolved against the feed they came from).
    """

    url: str
    root: RootFeed
    feeds: dict[str, PublicationFeed]
    signed: bool

    def editions(self) -> list[EditionEntry]:
        found = [e for feed in self.feeds.values() for e in feed.editions]
        return sorted(found, key=lambda e: (e.publication_id, e.date), reverse=True)

    def find(self, edition_id_or_url: str) -> EditionEntry | None:
        for entry in self.editions():
            if edition_id_or_url in (entry.edition_id, entry.bundle_href):
                return entry
        return None

    def feed_url(self, publication_id: str) -> str | None:
        """Absolute URL of a publication's (newest-month) feed."""
        for info, link in self.root.publications:
            if info.id == publication_id:
                return urljoin(self.url, link.href)
        return None


def absolute_entry(entry: EditionEntry, base: str) -> EditionEntry:
    def absolute(href: str | None) -> str | None:
        return None if href is None else urljoin(base, href)

    return replace(
        entry,
        bundle_href=urljoin(base, entry.bundle_href),
        signature_href=absolute(entry.signature_href),
        cover_href=absolute(entry.cover_href),
    )


def parse_feed_for_reader(data: Any, catalog_url: str, href: str) -> PublicationFeed:
    """Parse a publication feed fetched from ``href`` (relative to the catalog)."""
    base = resolve(href, catalog_url, ROOT_FILE)
    feed = parse_publication_feed(data, base, href)
    editions = tuple(absolute_entry(e, base) for e in feed.editions)
    return replace(feed, editions=editions)


def archive_url(link: FeedLink, feed_url: str) -> str:
    """Absolute URL of an older month's page linked from the feed at ``feed_url``."""
    return resolve(link.href, feed_url, f"{feed_url}: archive {link.title or link.href}")


def load_archive(
    data: bytes, link: FeedLink, feed_url: str, publication_id: str
) -> PublicationFeed:
    """An older month's page, checked against the hash its (signed) parent feed lists.

    Months before the newest are only fetched when the reader asks ("Show older
    editions"); the hash chain from the signed root makes them as trusted as the
    root itself. Entry hrefs come back absolute.
    """
    url = archive_url(link, feed_url)
    verify_pinned(data, link, url)
    feed = parse_publication_feed(decode_json(data, url), url, url)
    if feed.publication.id != publication_id:
        raise CatalogError(f"{url}: an archive of {feed.publication.id!r}, not {publication_id!r}")
    editions = tuple(absolute_entry(e, url) for e in feed.editions)
    return replace(feed, editions=editions, archives=())


def snapshot_from_cache(url: str, cached: Mapping[str, Any]) -> CatalogSnapshot:
    """Rebuild the snapshot from what the store cached (it was verified when fetched)."""
    root = parse_root(cached.get("root"), url)
    feeds_raw = cached.get("feeds")
    if not isinstance(feeds_raw, dict):
        raise CatalogError(f"{url}: cached catalog is damaged")
    feeds = {}
    for info, link in root.publications:
        if link.href in feeds_raw:
            feeds[info.id] = parse_feed_for_reader(feeds_raw[link.href], url, link.href)
    return CatalogSnapshot(url, root, feeds, bool(cached.get("signed")))
