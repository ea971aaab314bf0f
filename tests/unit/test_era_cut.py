"""Upkeep cuts an index from before the eras into eras, a few documents a step
(``store/era_cut.py``): every commit leaves a consistent index that answers as before."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from bench.synth import SynthEdition, bulk_insert, editions
from edicola.store.database import open_library
from edicola.store.search_eras import EraPlacer, fts_tables, read_eras
from edicola.store.search_index import SearchIndex
from edicola.store.upkeep import Step, Upkeep, fts_levels
from tests.helpers.search_eras import check_layout, docs_by_era

SIZE = 100
"""An era's size here (the app's is 25,000)."""

MADE = list(editions(600, words=40, per_edition=20))

QUERIES = (
    "della",
    "the",
    "par*",
    '"di la"',
    "section:politica",
    "publication:faro -section:politica",
    "after:2023-01-05 before:2023-01-08 della",
    "before:2023-01-03 the",
)


def _old_library(folder: Path, made: list[SynthEdition] = MADE) -> SearchIndex:
    """The editions indexed as one era, as a library indexed before migration 0019."""
    db = open_library(folder)
    index = SearchIndex(db, eras=EraPlacer(10**9))
    for edition in made:
        bulk_insert(db, edition, index)
    db.conn.isolation_level = None  # upkeep opens its own transactions
    return index


def _answers(index: SearchIndex) -> dict[str, list[str]]:
    return {q: sorted(r.article_id for r in index.search(q, limit=500)) for q in QUERIES}


def _intact(conn: sqlite3.Connection) -> None:
    for table in fts_tables(conn):
        conn.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 0)")


def test_upkeep_cuts_an_old_index_into_eras_that_answer_as_before(tmp_path: Path) -> None:
    index = _old_library(tmp_path / "lib")
    conn = index.db.conn
    before = _answers(index)
    assert [e.id for e in read_eras(conn).eras] == [0]
    Upkeep(era_size=10**9).run(conn, index.codec)  # merged first: one segment a table
    held_pages = {}
    for table in ("search_fts", "search_titles"):
        (held_pages[table],) = (
            size for level in fts_levels(conn, table) for size in level.segments
        )
    steps = Upkeep(era_size=SIZE, cut_docs=16).run(conn, index.codec)
    cuts = [step for step in steps if step.kind == "cut"]
    assert cuts and all(step.changes == 16 for step in cuts)
    eras = check_layout(conn, whole_editions=False)
    held = docs_by_era(conn)
    sizes = [len(held[era.id]) for era in eras.eras]
    # Eras filled to their size (a step's documents past it at most), the one begun
    # last part full, and the oldest, era 0, keeping up to twice an era.
    assert [n >= SIZE for n in sizes] == [True, True, True, False, True]
    assert max(sizes[:-1]) < SIZE + 16 and sizes[-1] <= 2 * SIZE and sum(sizes) == 600
    assert eras.eras[-1].id == 0
    # Era 0's moved postings, marked deleted when they went, are merged away: the cut
    # starts a full merge of it, which upkeep's merge steps finish (what is left
    # beside it is the last step's deletions, a few pages).
    for table, pages in held_pages.items():
        after = sorted(size for level in fts_levels(conn, table) for size in level.segments)
        assert after[-1] < 0.5 * pages and sum(after[:-1]) <= 4, (table, pages, after)
    _intact(conn)
    assert _answers(index) == before
    assert all(step.kind != "cut" for step in Upkeep(era_size=SIZE).run(conn, index.codec))
    index.db.close()


def test_a_cut_halfway_is_a_consistent_index(tmp_path: Path) -> None:
    index = _old_library(tmp_path / "lib")
    conn = index.db.conn
    upkeep = Upkeep(era_size=SIZE, cut_docs=16)
    for _ in range(9):  # 144 documents moved: one era full, the next begun
        step = upkeep.step(conn, index.codec)
        assert step is not None and step.kind == "cut"
    eras = check_layout(conn, whole_editions=False)
    assert len(eras.eras) == 3
    before = _answers(index)
    # Removing an edition moved, one in the middle of the cut and one not yet moved.
    newest_doc = min(docs_by_era(conn)[eras.eras[0].id])
    moved = conn.execute("SELECT edition_id FROM search_docs WHERE doc = ?", [newest_doc])
    cursor = eras.eras[-1].start
    halfway = conn.execute(
        "SELECT edition_id FROM search_docs WHERE doc < ? ORDER BY doc DESC LIMIT 1", [cursor]
    )
    untouched = conn.execute("SELECT edition_id FROM search_docs ORDER BY doc DESC LIMIT 1")
    gone = {moved.fetchone()[0], halfway.fetchone()[0], untouched.fetchone()[0]}
    with index.db.atomic():
        for edition_id in gone:
            index.edition_removing(index.db, edition_id)
            index.db.execute("DELETE FROM articles WHERE edition_id = ?", [edition_id])
    _intact(conn)
    check_layout(conn, whole_editions=False)
    assert _answers(index) == {
        q: [a for a in ids if a.rsplit("/", 1)[0] not in gone] for q, ids in before.items()
    }
    # An edition imported meanwhile goes to the era its day says; the cut goes on.
    older = editions(20, per_edition=20, words=40, seed=9, start=date(2022, 12, 1))
    bulk_insert(index.db, next(iter(older)), index)  # into the oldest era, being cut
    Upkeep(era_size=SIZE, cut_docs=16).run(conn, index.codec)
    check_layout(conn, whole_editions=False)
    _intact(conn)
    index.db.close()


def test_the_last_cut_step_starts_merging_the_era_it_cut(tmp_path: Path) -> None:
    index = _old_library(tmp_path / "lib", MADE[:12])  # 240 articles: 48 move out
    conn = index.db.conn
    Upkeep(era_size=10**9).run(conn, index.codec)
    (pages,) = (size for level in fts_levels(conn, "search_fts") for size in level.segments)
    upkeep = Upkeep(era_size=SIZE, cut_docs=16)
    for table in ("search_fts_e1", "search_fts_e1", "search_fts_e1"):
        assert upkeep.step(conn, index.codec) == Step("cut", table, 16)
    # The moved postings are only marked deleted in era 0: its full merge is under
    # way from the last cut step on (deletions of a fifth of it would not start one
    # soon; the titles' small index was merged whole by that step), and upkeep's
    # merge steps carry it to its end.
    assert any(level.merging for level in fts_levels(conn, "search_fts"))
    upkeep.run(conn, index.codec)
    after = sorted(size for level in fts_levels(conn, "search_fts") for size in level.segments)
    assert not any(level.merging for level in fts_levels(conn, "search_fts"))
    assert after[-1] < pages and sum(after[:-1]) <= 4, (pages, after)
    index.db.close()


def test_an_index_with_eras_is_not_cut(tmp_path: Path) -> None:
    db = open_library(tmp_path / "lib")
    index = SearchIndex(db, eras=EraPlacer(SIZE))
    for edition in MADE:
        bulk_insert(db, edition, index)
    db.conn.isolation_level = None
    before = [(e.id, e.start) for e in read_eras(db.conn).eras]
    steps = Upkeep(era_size=SIZE).run(db.conn, index.codec)
    assert not [step for step in steps if step.kind == "cut"]
    assert [(e.id, e.start) for e in read_eras(db.conn).eras] == before
    db.close()
