"""Opening the library database: pragmas, migrations, one file per library.

Every store (editions, search, bookmarks, comments …) is handed a
``sqlite_utils.Database`` from :func:`open_library`; none opens its own.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from edicola.store.migrations import migrations

DATABASE_NAME = "library.db"
PAGE_SIZE = 65536


class LibraryError(Exception):
    """The library folder or database cannot be used (message is user-facing)."""


def open_library(folder: Path, *, migrate: bool = True) -> sqlite_utils.Database:
    """Open (creating if needed) the library database in ``folder``.

    WAL lets the reader keep reading while the CLI or a download imports;
    foreign keys keep sections, articles and images tied to their edition.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(folder / DATABASE_NAME, check_same_thread=False, timeout=10)
    except (OSError, sqlite3.Error) as exc:
        raise LibraryError(f"cannot open the library in {folder}: {exc}") from exc
    return open_connection(conn, migrate=migrate)


def open_connection(conn: sqlite3.Connection, *, migrate: bool = True) -> sqlite_utils.Database:
    """Configure an already open connection (tests use ``:memory:``)."""
    try:
        # Large pages suit a library that is mostly image blobs and FTS segments;
        # it only takes effect when the database file is created.
        conn.execute(f"PRAGMA page_size={PAGE_SIZE}")
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA foreign_keys=ON")
        # FULL: every commit fsyncs the WAL, so a comment draft or delivery
        # attempt survives a power cut, not just kill -9 (docs/comments.md).
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA busy_timeout=10000")
        db = sqlite_utils.Database(conn)
        if migrate:
            migrations.apply(db)
    except sqlite3.DatabaseError as exc:
        raise LibraryError(f"the library database is damaged or not a database: {exc}") from exc
    return db


def schema_version(db: sqlite_utils.Database) -> list[str]:
    """Names of the migrations applied, oldest first."""
    return [m.name for m in migrations.applied(db)]
