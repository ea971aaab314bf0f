"""Where a publication's comments go: its server, its length limit, a server pending consent.

A publication's bundles or catalog name its comment server; the user may override
it (or turn comments off), and a server newly named by the publisher waits,
pending, until the user accepts it. A base of :class:`~edicola.store.comments.CommentStore`.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from edicola.core.catalog.provenance import LOCAL, describe_owner
from edicola.core.comments.outbox import DEFAULT_MAX_LENGTH
from edicola.core.message import Message


@dataclass(frozen=True)
class CommentSettings:
    publication_id: str
    server: str | None
    max_length: int
    pending_server: str | None = None
    """A server the publication's bundles or catalog now name, held until the user accepts it."""
    origin: str = ""
    """Where ``server`` comes from, in words (the user, or the publication's owner)."""
    reader_set: bool = False
    """The reader chose the server (or none) themselves: typed it, or accepted it."""
    local: bool = False
    """The publication is the reader's own import (``edicola import``), not a catalog's."""
    catalog_urls: tuple[str, ...] = ()
    """The addresses of the catalog that owns the publication (its pinned key or URL)."""


class CommentSettingsStore:
    """The comment settings of the library's publications."""

    _db: Database

    def settings(self, publication_id: str) -> CommentSettings:
        row = self._db.execute(
            """
            SELECT p.comments_server, p.comments_max_length, s.comments_server,
                   s.comments_max_length, s.publication_id, p.comments_server_pending, p.owner
            FROM (SELECT ? AS id) AS wanted
            LEFT JOIN publications AS p ON p.id = wanted.id
            LEFT JOIN comment_settings AS s ON s.publication_id = wanted.id
            """,
            [publication_id],
        ).fetchone()
        server = row[0]
        origin: str = Message("from {owner}", owner=describe_owner(row[6])) if row[0] else ""
        if row[4] is not None and row[2] is not None:  # a local override, '' meaning "no server"
            server = row[2]
            origin = Message("set by you")
        max_length = row[3] or row[1] or DEFAULT_MAX_LENGTH
        return CommentSettings(
            publication_id,
            (server or "").strip() or None,
            int(max_length),
            pending_server=row[5],
            origin=origin if (server or "").strip() else "",
            reader_set=row[4] is not None and row[2] is not None,
            local=row[6] == LOCAL,
            catalog_urls=self._owner_catalogs(row[6]),
        )

    def _owner_catalogs(self, owner: str | None) -> tuple[str, ...]:
        """The followed catalogs that are ``owner`` (a signed one may have moved address)."""
        if owner is None or not owner.startswith(("key:", "catalog:")):
            return ()
        if owner.startswith("catalog:"):
            return (owner[8:],)
        rows = self._db.execute(
            "SELECT url FROM catalogs WHERE public_key = ? ORDER BY url", [owner[4:]]
        ).fetchall()
        return tuple(str(r[0]) for r in rows)

    def accept_pending_server(self, publication_id: str) -> str | None:
        """The user accepts the pending comment server: from now on comments go there.

        Accepted, it is the reader's own setting (as if typed in the server dialog),
        so it may be on the reader's network (issue 19). Returns the server taken, or
        None when nothing was pending.
        """
        with self._db.conn:
            row = self._db.execute(
                "SELECT comments_server_pending FROM publications WHERE id = ?", [publication_id]
            ).fetchone()
            if row is None or row[0] is None:
                return None
            self._db.execute(
                "UPDATE publications SET comments_server = comments_server_pending, "
                "comments_server_pending = NULL WHERE id = ?",
                [publication_id],
            )
            self._db.execute(
                "INSERT INTO comment_settings (publication_id, comments_server) VALUES (?, ?) "
                "ON CONFLICT(publication_id) DO UPDATE SET comments_server = excluded."
                "comments_server",
                [publication_id, str(row[0]).strip()],
            )
        return str(row[0])

    def reject_pending_server(self, publication_id: str) -> bool:
        """The user keeps the current server; the pending one is forgotten."""
        with self._db.conn:
            cursor = self._db.execute(
                "UPDATE publications SET comments_server_pending = NULL "
                "WHERE id = ? AND comments_server_pending IS NOT NULL",
                [publication_id],
            )
        return cursor.rowcount > 0

    def has_publication(self, publication_id: str) -> bool:
        row = self._db.execute(
            "SELECT 1 FROM publications WHERE id = ?", [publication_id]
        ).fetchone()
        return row is not None

    def set_server(self, publication_id: str, server: str | None) -> None:
        """Override the publication's comments server ('' = none, None = use the bundle's)."""
        with self._db.conn:
            if server is None:
                self._db.execute(
                    "UPDATE comment_settings SET comments_server = NULL WHERE publication_id = ?",
                    [publication_id],
                )
                self._db.execute(
                    "DELETE FROM comment_settings WHERE publication_id = ? "
                    "AND comments_max_length IS NULL",
                    [publication_id],
                )
            else:
                self._db.execute(
                    "INSERT INTO comment_settings (publication_id, comments_server) VALUES (?, ?) "
                    "ON CONFLICT(publication_id) DO UPDATE SET comments_server = excluded."
                    "comments_server",
                    [publication_id, server.strip()],
                )
