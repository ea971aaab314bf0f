"""Catalogs the reader follows: pinned keys, freshness, cached feeds, subscriptions.

Trust lives here. The first good fetch of a catalog pins its publisher key;
``highest_version`` only grows, so a replayed older catalog is refused even
after a restart; the last good feed is cached so the newsstand works offline.
Retention (keep the last N editions or N days) never deletes an edition that
has bookmarks, highlights or comments not yet delivered.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlite_utils import Database

from edicola.core.catalog.opds import CatalogError
from edicola.core.catalog.provenance import Source
from edicola.core.catalog.snapshot import snapshot_from_cache

#: Comment states that are on the server already; any other state is a local draft or unsent.
_DELIVERED_COMMENT_STATES = ("published", "moderation")


class CatalogStoreError(Exception):
    """A catalog operation that cannot be done (message is user-facing)."""


@dataclass(frozen=True)
class CatalogRecord:
    url: str
    title: str
    public_key: str | None
    highest_version: int
    allow_unsigned: bool
    feed: dict[str, Any] | None
    fetched_at: str | None
    added_at: str


@dataclass(frozen=True)
class Subscription:
    catalog_url: str
    publication_id: str
    auto_download: bool
    keep_last: int | None
    keep_days: int | None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class CatalogStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- catalogs -------------------------------------------------------------------------

    def add(self, url: str, *, allow_unsigned: bool = False) -> CatalogRecord:
        """Follow a catalog (idempotent; ``allow_unsigned`` is updated if given True)."""
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO catalogs (url, allow_unsigned, added_at) VALUES (?, ?, ?) "
                "ON CONFLICT(url) DO NOTHING",
                [url, int(allow_unsigned), _now()],
            )
            if allow_unsigned:
                self.db.execute("UPDATE catalogs SET allow_unsigned = 1 WHERE url = ?", [url])
        record = self.get(url)
        assert record is not None
        return record

    def remove(self, url: str) -> bool:
        with self.db.atomic():
            cursor = self.db.execute("DELETE FROM catalogs WHERE url = ?", [url])
        return cursor.rowcount > 0

    def get(self, url: str) -> CatalogRecord | None:
        row = self.db.execute(
            "SELECT url, title, public_key, highest_version, allow_unsigned, feed, fetched_at, "
            "added_at FROM catalogs WHERE url = ?",
            [url],
        ).fetchone()
        return None if row is None else _record(row)

    def all(self) -> list[CatalogRecord]:
        rows = self.db.execute(
            "SELECT url, title, public_key, highest_version, allow_unsigned, feed, fetched_at, "
            "added_at FROM catalogs ORDER BY title, url"
        ).fetchall()
        return [_record(row) for row in rows]

    def comment_servers(self) -> dict[str, str]:
        """Comment servers the cached catalogs declare, by publication id.

        Only the catalog that owns a publication in the library (the source
        that first brought it, :mod:`edicola.core.catalog.provenance`) may name its
        server: never simply the first catalog listed.
        """
        owners = {str(r[0]): r[1] for r in self.db.execute("SELECT id, owner FROM publications")}
        servers: dict[str, str] = {}
        for record in self.all():
            if record.feed is None:
                continue
            owner = Source.catalog(record.url, record.public_key).owner
            try:
                snapshot = snapshot_from_cache(record.url, record.feed)
            except CatalogError:
                continue
            for info, _link in snapshot.root.publications:
                if info.comments_server and owners.get(info.id) == owner:
                    servers[info.id] = info.comments_server
        return servers

    def set_allow_unsigned(self, url: str, allow: bool) -> None:
        self._update(url, "allow_unsigned = ?", [int(allow)])

    def pin_key(self, url: str, public_key: str) -> None:
        """Pin a key on first use; changing a pinned key is refused here too."""
        record = self._require(url)
        if record.public_key is not None and record.public_key != public_key:
            raise CatalogStoreError(f"{url}: a different publisher key is already pinned")
        self._update(url, "public_key = ?", [public_key])

    def forget_key(self, url: str) -> None:
        """The user's explicit decision to trust a new key at the next fetch."""
        self._update(url, "public_key = NULL", [])

    def record_feed(self, url: str, *, title: str, version: int, feed: dict[str, Any]) -> None:
        """Cache a verified feed; the highest version seen never goes down."""
        self._update(
            url,
            "title = ?, feed = ?, fetched_at = ?, highest_version = MAX(highest_version, ?)",
            [title, json.dumps(feed, ensure_ascii=False), _now(), version],
        )

    def _require(self, url: str) -> CatalogRecord:
        record = self.get(url)
        if record is None:
            raise CatalogStoreError(f"{url}: not a followed catalog")
        return record

    def _update(self, url: str, assignments: str, params: list[Any]) -> None:
        with self.db.atomic():
            cursor = self.db.execute(
                f"UPDATE catalogs SET {assignments} WHERE url = ?", [*params, url]
            )
        if cursor.rowcount == 0:
            raise CatalogStoreError(f"{url}: not a followed catalog")

    # -- subscriptions --------------------------------------------------------------------

    def subscribe(
        self,
        url: str,
        publication_id: str,
        *,
        auto_download: bool = False,
        keep_last: int | None = None,
        keep_days: int | None = None,
    ) -> Subscription:
        self._require(url)
        for name, value in (("keep_last", keep_last), ("keep_days", keep_days)):
            if value is not None and value < 1:
                raise CatalogStoreError(f"{name}: must be at least 1")
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO subscriptions (catalog_url, publication_id, auto_download, "
                "keep_last, keep_days) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(catalog_url, publication_id) DO UPDATE SET "
                "auto_download = excluded.auto_download, keep_last = excluded.keep_last, "
                "keep_days = excluded.keep_days",
                [url, publication_id, int(auto_download), keep_last, keep_days],
            )
        return Subscription(url, publication_id, auto_download, keep_last, keep_days)

    def unsubscribe(self, url: str, publication_id: str) -> None:
        with self.db.atomic():
            self.db.execute(
                "DELETE FROM subscriptions WHERE catalog_url = ? AND publication_id = ?",
                [url, publication_id],
            )

    def subscriptions(self, url: str | None = None) -> list[Subscription]:
        sql = (
            "SELECT catalog_url, publication_id, auto_download, keep_last, keep_days "
            "FROM subscriptions"
        )
        params: list[Any] = []
        if url is not None:
            sql += " WHERE catalog_url = ?"
            params.append(url)
        rows = self.db.execute(sql + " ORDER BY catalog_url, publication_id", params).fetchall()
        return [Subscription(r[0], r[1], bool(r[2]), r[3], r[4]) for r in rows]

    # -- library state --------------------------------------------------------------------

    def library_revisions(self) -> dict[str, int]:
        """Edition id -> revision in the library (to mark "update available")."""
        rows = self.db.execute("SELECT id, revision FROM editions").fetchall()
        return {str(r[0]): int(r[1]) for r in rows}

    # -- retention ------------------------------------------------------------------------

    def _protected(self) -> set[str]:
        """Editions that must be kept: bookmarked, highlighted, or with comments not yet
        delivered."""
        tables = set(self.db.table_names())
        protected: set[str] = set()
        queries: list[tuple[str, list[str]]] = []
        if "bookmarks" in tables:
            queries.append(("SELECT article_id FROM bookmarks", []))
        if "highlights" in tables:  # the edition id, as "<edition_id>/"
            queries.append(("SELECT DISTINCT edition_id || '/' FROM highlights", []))
        if "comments" in tables:
            marks = ", ".join("?" for _ in _DELIVERED_COMMENT_STATES)
            queries.append(
                (
                    f"SELECT article_id FROM comments WHERE state NOT IN ({marks})",
                    list(_DELIVERED_COMMENT_STATES),
                )
            )
        for sql, params in queries:
            for (article_id,) in self.db.execute(sql, params).fetchall():
                # Article ids are "<edition_id>/<slug>".
                protected.add(str(article_id).split("/", 1)[0])
        return protected

    def retention_candidates(self, subscription: Subscription, today: date) -> list[str]:
        """Editions of a subscribed publication that retention would delete, oldest first."""
        if subscription.keep_last is None and subscription.keep_days is None:
            return []
        rows = self.db.execute(
            "SELECT id, date FROM editions WHERE publication_id = ? ORDER BY date DESC",
            [subscription.publication_id],
        ).fetchall()
        protected = self._protected()
        doomed = []
        cutoff = None
        if subscription.keep_days is not None:
            cutoff = (today - timedelta(days=subscription.keep_days)).isoformat()
        for index, (edition_id, edition_date) in enumerate(rows):
            too_many = subscription.keep_last is not None and index >= subscription.keep_last
            too_old = cutoff is not None and edition_date < cutoff
            if (too_many or too_old) and edition_id not in protected:
                doomed.append(str(edition_id))
        return list(reversed(doomed))

    def apply_retention(self, delete_edition: Callable[[str], object], today: date) -> list[str]:
        """Delete what retention allows for every subscription; returns the edition ids."""
        deleted = []
        for subscription in self.subscriptions():
            for edition_id in self.retention_candidates(subscription, today):
                delete_edition(edition_id)
                deleted.append(edition_id)
        return deleted


def _record(row: Any) -> CatalogRecord:
    feed = json.loads(row[5]) if row[5] else None
    return CatalogRecord(
        url=row[0],
        title=row[1],
        public_key=row[2],
        highest_version=int(row[3]),
        allow_unsigned=bool(row[4]),
        feed=feed if isinstance(feed, dict) else None,
        fetched_at=row[6],
        added_at=row[7],
    )
