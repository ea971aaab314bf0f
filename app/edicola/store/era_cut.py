"""Cutting an era that grew past its size, a few documents a step (upkeep, issue 21).

A library indexed before migration 0019 holds its whole index in era 0, the
oldest; new eras only open as newer papers arrive, so its searches would keep
counting every article of the old index. Upkeep cuts it from its newest end
(the reader starts it once its features are built, :meth:`SearchIndex.outgrown`)
while it holds more than twice an era's size: each step moves the oldest era's
:data:`CUT_DOCS` newest documents into the era just newer than it (a new one,
opened between the two, once that era holds its size) and raises the oldest
era's start past them, in one transaction.
Ranges stay contiguous and every document is in exactly the era its number
says at every commit, so searches, imports and removals in between need
nothing special. A document is moved the way an edition is removed and added:
its indexed text is made again from the article (contentless FTS5 deletes a
row only when given that text). ``edicola reindex`` does the same at once.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from edicola.core.search.text_fold import Stemmers
from edicola.store.body_codec import BodyCodec
from edicola.store.search_docs import ARTICLE_ROWS_SQL, make_doc, write_postings
from edicola.store.search_eras import (
    ERA_DOCS,
    Era,
    EraList,
    count_docs,
    new_era_id,
    open_era,
    read_eras,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

CUT_DOCS = 32
"""Documents moved a step: about 36 ms of CPU at 100,000 articles (their text made
again, their postings deleted from one era and added to the other, the era counted)."""

MERGE_START = 16
"""Leaf pages merged by the statement that starts the cut era's full merge."""


def _holds_more(conn: sqlite3.Connection, start: int, end: int | None, size: int) -> bool:
    """Whether the era from ``start`` to ``end`` holds more than ``size`` documents."""
    return count_docs(conn, start, end, size + 1) > size


def needs_cut(conn: sqlite3.Connection, size: int = ERA_DOCS) -> bool:
    """Whether the oldest era holds more than twice ``size`` documents: eras close at
    a day's end, a little past their size, and a re-index leaves the oldest one part
    full; only an index from before the eras holds more."""
    eras = read_eras(conn)
    return eras.registered and _holds_more(conn, eras.eras[-1].start, None, 2 * size)


def _target(conn: sqlite3.Connection, eras: EraList, size: int) -> Era:
    """The era the oldest one's newest documents go to: the one just newer, until it
    holds ``size``; then a new one, between them (its start is the oldest's, which
    the caller raises first)."""
    if len(eras.eras) > 1:
        newer = eras.eras[-2]
        if not _holds_more(conn, newer.start, eras.eras[-1].start, size - 1):
            return newer
    return Era(new_era_id(conn), eras.eras[-1].start)


def cut_step(
    db: Database,
    stemmers: Stemmers,
    codec: BodyCodec,
    size: int = ERA_DOCS,
    docs: int = CUT_DOCS,
) -> tuple[str, int] | None:
    """Move up to ``docs`` documents out of the oldest era when it holds more than
    twice ``size`` (inside the caller's transaction): ``(the era's FTS5 table,
    documents moved)``, or ``None`` when there is nothing to cut. The eras it fills
    hold ``size`` (a step's documents more at most); the oldest keeps up to twice."""
    conn = db.conn
    eras = read_eras(conn)
    if not eras.registered:
        return None
    oldest = eras.eras[-1]
    held = count_docs(conn, oldest.start, None, 2 * size + docs + 1)  # exact once it is done
    if held <= 2 * size:
        return None
    moving = conn.execute(
        "SELECT doc, article_id, facets FROM search_docs WHERE doc >= ? ORDER BY doc LIMIT ?",
        [oldest.start, docs],
    ).fetchall()
    target = _target(conn, eras, size)
    after = moving[-1][0] + 1
    conn.execute("UPDATE search_eras SET start = ? WHERE id = ?", [after, oldest.id])
    if target.id not in {era.id for era in eras.eras}:
        open_era(conn, target)
    for number, article_id, facets in moving:
        row = conn.execute(ARTICLE_ROWS_SQL + "WHERE a.id = ?", [article_id]).fetchone()
        if row is None:  # a stale number (see SearchIndex.edition_added): nothing to move
            continue
        doc = make_doc(row, stemmers, codec.unpack)
        write_postings(db, number, doc, facets, oldest, delete=True)
        write_postings(db, number, doc, facets, target)
    if held - len(moving) <= 2 * size:
        # The moved postings are still in the oldest era's segments, marked deleted,
        # until they are merged: start a full merge, which upkeep's merge steps carry
        # on a bounded part at a time (a merge under way is never restarted).
        for table in (oldest.fts, oldest.titles):
            conn.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('merge', ?)", [-MERGE_START])
    return target.fts, len(moving)
