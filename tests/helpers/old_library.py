"""A library left at an older migration, with one edition and one section, for
tests of the migrations that follow it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from edicola.store.migrations import migrations

EDITION = "p-2026-01-01"


def library_before(folder: Path, migration: str) -> tuple[sqlite3.Connection, Database]:
    """``folder/library.db`` migrated up to (not including) ``migration``, holding
    publication ``p``, edition :data:`EDITION` and its section ``s``; the caller
    adds articles, commits and closes the connection before opening the library."""
    conn = sqlite3.connect(folder / "library.db")
    db = Database(conn)
    migrations.apply(db, stop_before=migration)
    db.execute("INSERT INTO publications (id, title, language) VALUES ('p', 'P', 'it')")
    db.execute(
        "INSERT INTO editions (id, publication_id, date, title, bundle_sha256, imported_at) "
        f"VALUES ('{EDITION}', 'p', '2026-01-01', 'P', '', '')"
    )
    db.execute(f"INSERT INTO sections VALUES ('{EDITION}', 's', 'S', 0)")
    return conn, db


def add_article(db: Database, slug: str, title: str, markdown: str | bytes, html: str = "") -> str:
    """An article of :data:`EDITION` in section ``s``, in Italian, as the oldest
    schema has it (columns every migration keeps); returns its id."""
    article_id = f"{EDITION}/{slug}"
    db.execute(
        "INSERT INTO articles (id, edition_id, section_id, position, title, published, url, "
        "language, word_count, markdown, html) VALUES (?, ?, 's', 0, ?, '', '', 'it', 3, ?, ?)",
        [article_id, EDITION, title, markdown, html],
    )
    return article_id
