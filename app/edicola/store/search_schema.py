"""The search tables as migration 0012 lays them out (``store/migrations.py``).

Kept apart from the migrations list, which only names each step: this one
replaces every search table and indexes the library again, so its SQL is long.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


SCHEMA = """
    DROP TABLE search_fts;
    DROP TABLE search_titles;
    DROP TABLE search_authors;
    DROP TABLE search_docs;
    DELETE FROM search_terms;
    CREATE TABLE search_docs (
        doc INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL UNIQUE,
        edition_id TEXT NOT NULL,
        lang TEXT NOT NULL,
        facets TEXT NOT NULL
    );
    CREATE INDEX search_docs_by_edition ON search_docs(edition_id);
    CREATE TABLE search_facets (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        value TEXT NOT NULL,
        UNIQUE (kind, value)
    );
    CREATE VIRTUAL TABLE search_fts USING fts5(
        body, title, standfirst, authors, facets,
        content='', tokenize='ascii', detail=full
    );
    CREATE VIRTUAL TABLE search_titles USING fts5(
        title, authors, facets, content='', tokenize='ascii', detail=full
    );
    INSERT INTO search_fts (search_fts, rank) VALUES ('automerge', 2);
    INSERT INTO search_titles (search_titles, rank) VALUES ('automerge', 2)
    """
"""The new search tables, ``;``-separated. Part of a migration: never edit once shipped."""


def filters_in_the_index(db: Database) -> None:
    """Drop the old search tables, create the new ones, index every edition again."""
    from edicola.store.search_index import SearchIndex

    # One statement at a time: ``executescript`` would commit the migration's transaction.
    for statement in SCHEMA.split(";\n"):
        db.execute(statement)
    SearchIndex(db).fill()


DOCS_PACKED = """
    CREATE TABLE search_docs_packed (
        doc INTEGER NOT NULL,
        article_id TEXT NOT NULL UNIQUE,
        edition_id TEXT NOT NULL,
        lang TEXT NOT NULL,
        facets TEXT NOT NULL,
        PRIMARY KEY (doc DESC)
    ) WITHOUT ROWID;
    INSERT INTO search_docs_packed (doc, article_id, edition_id, lang, facets)
        SELECT doc, article_id, edition_id, lang, facets FROM search_docs ORDER BY doc DESC;
    DROP TABLE search_docs;
    ALTER TABLE search_docs_packed RENAME TO search_docs;
    CREATE INDEX search_docs_by_edition ON search_docs(edition_id)
    """
"""Migration 0018: ``search_docs`` kept in descending document order (issue 21).

Document numbers fall as dates rise (:func:`~edicola.store.search_docs.day_base`),
so each chronological import inserted its rows at the left edge of a table in
ascending order, where SQLite splits pages and leaves them half empty (8 of
16 MB unused at 100,000 articles). In descending order the same imports append
at the right edge, which SQLite fills whole. Lookups by number, ranges and
``ORDER BY doc`` read the key either way. Never edit once shipped."""
