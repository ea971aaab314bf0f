"""What the search index's eras hold, read from their own tables (tests of
``store/search_eras.py`` and ``store/era_cut.py``)."""

from __future__ import annotations

import sqlite3

from edicola.store.search_eras import EraList, read_eras


def docs_by_era(conn: sqlite3.Connection) -> dict[int, set[int]]:
    """Each era's documents, read from its own tables' row sizes."""
    return {
        era.id: {row[0] for row in conn.execute(f"SELECT id FROM {era.fts}_docsize")}
        | {row[0] for row in conn.execute(f"SELECT id FROM {era.titles}_docsize")}
        for era in read_eras(conn).eras
    }


def check_layout(conn: sqlite3.Connection, *, whole_editions: bool = True) -> EraList:
    """Every document in exactly the era its number says; with ``whole_editions``, no
    edition in two eras (imports and re-indexing; upkeep's cut moves documents)."""
    eras = read_eras(conn)
    held = docs_by_era(conn)
    docs = dict(conn.execute("SELECT doc, edition_id FROM search_docs").fetchall())
    assert sorted(d for era in held.values() for d in era) == sorted(docs)  # each once
    editions_of: dict[str, set[int]] = {}
    for i, era in enumerate(eras.eras):
        end = eras.end(i)
        assert all(era.start <= d and (end is None or d < end) for d in held[era.id])
        for d in held[era.id]:
            editions_of.setdefault(docs[d], set()).add(era.id)
    if whole_editions:
        assert all(len(ids) == 1 for ids in editions_of.values())
    return eras
