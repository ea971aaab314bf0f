"""A library with one publication, edition and article, inserted directly.

Comment tests need an article to comment on, not a whole bundle import.
"""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from edicola.store.database import open_library

PUBLICATION = "il-faro"
EDITION = "il-faro-2026-11-24"
ARTICLE = "il-faro-2026-11-24/tram-notturni"
ARTICLE_URL = "https://ilfaro.example/2026/11/24/tram-notturni"
THREAD_URI = "/2026/11/24/tram-notturni"


def seed_library(
    folder: Path,
    *,
    server: str | None = None,
    max_length: int | None = None,
    articles: int = 1,
    owner: str | None = "local",
) -> sqlite_utils.Database:
    """Open (creating) a library in ``folder`` with an article to comment on.

    ``owner``: the reader's own import by default, so its server may be on 127.0.0.1
    (a catalog's may not, issue 19)."""
    db = open_library(folder)
    with db.conn:
        db.execute(
            "INSERT OR REPLACE INTO publications (id, title, language, homepage, "
            "comments_server, comments_max_length, owner) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [PUBLICATION, "Il Faro", "it", "https://ilfaro.example/", server, max_length, owner],
        )
        db.execute(
            "INSERT OR IGNORE INTO editions (id, publication_id, date, title, number, revision,"
            " cover, bundle_sha256, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                EDITION,
                PUBLICATION,
                "2026-11-24",
                "Il Faro",
                1,
                1,
                None,
                "0" * 64,
                "2026-11-24T06:00:00Z",
            ],
        )
        db.execute(
            "INSERT OR IGNORE INTO sections VALUES (?, ?, ?, ?)",
            [EDITION, "citta", "Città", 1],
        )
        for n in range(articles):
            suffix = "" if n == 0 else f"-{n}"
            db.execute(
                "INSERT OR IGNORE INTO articles (id, edition_id, section_id, position, title,"
                " standfirst, authors, published, url, language, word_count, markdown, html)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    ARTICLE + suffix,
                    EDITION,
                    "citta",
                    n + 1,
                    f"Tram notturni{suffix}",
                    "",
                    "[]",
                    "2026-11-24T05:00:00Z",
                    ARTICLE_URL + suffix,
                    "it",
                    10,
                    "x",
                    "<p>x</p>",
                ],
            )
    return db
