"""Editions written straight into the 0001 tables, indexed like an import does.

Search tests need many small, precisely worded articles; building bundles for
each would be slow and indirect. These helpers insert the rows and call the
index's listener hooks inside one transaction, as ``EditionStore`` does.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlite_utils import Database

from edicola.store.search_index import SearchIndex


@dataclass
class Doc:
    slug: str
    title: str
    body: str = ""
    standfirst: str = ""
    section: str = "news"
    authors: list[str] = field(default_factory=list)


SECTION_TITLES = {"news": "Notizie", "sport": "Sport", "culture": "Cultura"}


def add_edition(
    db: Database,
    index: SearchIndex,
    docs: list[Doc],
    *,
    publication_id: str = "il-faro",
    publication_title: str = "Il Faro",
    language: str = "it",
    date: str = "2026-01-10",
) -> str:
    """Insert an edition with ``docs`` and index it; returns the edition id."""
    edition_id = f"{publication_id}-{date}"
    with db.atomic():
        db.execute(
            "INSERT OR IGNORE INTO publications (id, title, language) VALUES (?, ?, ?)",
            [publication_id, publication_title, language],
        )
        db.execute(
            "INSERT INTO editions (id, publication_id, date, title, revision, bundle_sha256, "
            "imported_at) VALUES (?, ?, ?, ?, 1, '', '')",
            [edition_id, publication_id, date, f"{publication_title} {date}"],
        )
        for position, (sid, title) in enumerate(SECTION_TITLES.items()):
            db.execute(
                "INSERT INTO sections (edition_id, id, title, position) VALUES (?, ?, ?, ?)",
                [edition_id, sid, title, position],
            )
        for position, doc in enumerate(docs):
            db.execute(
                "INSERT INTO articles (id, edition_id, section_id, position, title, standfirst, "
                "authors, published, url, language, word_count, markdown, html) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '')",
                [
                    f"{edition_id}/{doc.slug}",
                    edition_id,
                    doc.section,
                    position,
                    doc.title,
                    doc.standfirst,
                    json.dumps(doc.authors),
                    f"{date}T06:00:00Z",
                    f"https://{publication_id}.example/{date}/{doc.slug}",
                    language,
                    len(doc.body.split()),
                    doc.body,
                ],
            )
        index.edition_added(db, edition_id)
    return edition_id


def remove_edition(db: Database, index: SearchIndex, edition_id: str) -> None:
    """Delete an edition the way ``EditionStore.delete_edition`` does."""
    with db.atomic():
        index.edition_removing(db, edition_id)
        for table in ("articles", "sections"):
            db.execute(f"DELETE FROM {table} WHERE edition_id = ?", [edition_id])
        db.execute("DELETE FROM editions WHERE id = ?", [edition_id])
