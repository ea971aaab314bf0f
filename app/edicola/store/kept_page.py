"""The page the reader closed on, kept rendered for the next start.

An article's HTML is made in the jail on its first open in a process
(``EditionStore``), so a start that reopens where the reader left off waited,
before its first paint, for a jail worker to start and render that article:
about 0.11 s of CPU in a process the start-up figure did not count (issue 21).
The reader keeps the page on screen when it closes, and the next start puts it
back in the store's memory; the worker starts after the first paint.

One row: the page, its article and edition revision, and the renderer that
made it (this version of Edicola, Markdown and nh3, and the render rules'
files), so a page from another revision or another renderer is never shown.
Removing the edition removes it (``ON DELETE CASCADE``).
"""

from __future__ import annotations

import logging
import sqlite3
from typing import TYPE_CHECKING

from sqlite_utils import Database

from edicola.store.reading_state import unsynced

if TYPE_CHECKING:  # the migrations import SCHEMA: nothing heavier at a library's open
    from edicola.store.article_body import HtmlCache

log = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE kept_page (
    only INTEGER PRIMARY KEY CHECK (only = 1),
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    revision INTEGER NOT NULL,
    renderer TEXT NOT NULL,
    html TEXT NOT NULL
)
"""


def keep(db: Database, pages: HtmlCache, article_id: str) -> None:
    """Keep the article's page from ``pages`` (the store's memory of pages rendered in
    this process) as the one to show first next time; nothing when it is not there.
    A cache: written without a flush, and a library that cannot be written (read-only,
    a full disk) keeps nothing: the next start renders, as before."""
    row = db.execute(
        "SELECT e.revision FROM articles a JOIN editions e ON e.id = a.edition_id WHERE a.id = ?",
        [article_id],
    ).fetchone()
    if row is None:  # removed meanwhile
        return
    revision = int(row[0])
    html = pages.get((article_id, revision))
    if html is None:  # not rendered in this process
        return
    from edicola.core.render import renderer_id

    try:
        with unsynced(db):
            db.execute(
                "INSERT OR REPLACE INTO kept_page (only, article_id, revision, renderer, html)"
                " VALUES (1, ?, ?, ?, ?)",
                [article_id, revision, renderer_id(), html],
            )
    except sqlite3.Error as exc:
        log.warning("could not keep the page on screen: %s", exc)


def recall(db: Database, pages: HtmlCache) -> str | None:
    """Put the kept page into ``pages`` if this renderer made it for the edition
    revision the library holds now; its article's id, or ``None``."""
    from edicola.core.render import renderer_id

    row = db.execute(
        "SELECT k.article_id, k.revision, k.html FROM kept_page k "
        "JOIN articles a ON a.id = k.article_id JOIN editions e ON e.id = a.edition_id "
        "WHERE k.renderer = ? AND e.revision = k.revision",
        [renderer_id()],
    ).fetchone()
    if row is None:
        return None
    pages.put((str(row[0]), int(row[1])), str(row[2]))
    return str(row[0])
