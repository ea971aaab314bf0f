"""Upkeep: bounded steps that merge the search index and give free pages back.

A real library of synthetic daily editions (``bench.synth``, written as imports
write them, one transaction per edition, so the index has several segments).
Work per step is counted in pages written to the WAL, never in time.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from bench.synth import bulk_insert, editions
from edicola.store.database import DATABASE_NAME
from edicola.store.library import Library
from edicola.store.search_eras import fts_tables
from edicola.store.upkeep import Level, Upkeep, file_bytes, fts_levels, wants_merge
from tests.helpers.sample_library import build_template_library


def fill(library: Library, articles: int = 240) -> None:
    for edition in editions(articles, words=120, per_edition=8):
        bulk_insert(library.db, edition, library.search)


@pytest.fixture
def filled(tmp_path: Path) -> Iterator[Library]:
    library = Library.open(tmp_path / "lib")
    fill(library)
    yield library
    library.close()


def wal_frames(library: Library) -> int:
    wal = library.folder / (DATABASE_NAME + "-wal")
    page = library.db.execute("PRAGMA page_size").fetchone()[0]
    return (wal.stat().st_size - 32) // (page + 24) if wal.exists() else 0


def segments(conn: sqlite3.Connection, table: str) -> list[int]:
    return [size for level in fts_levels(conn, table) for size in level.segments]


def check(conn: sqlite3.Connection, table: str) -> None:
    """FTS5's own check of its index (raises if the index is damaged)."""
    conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 0)")
    conn.commit()  # the module's implicit transaction around the INSERT


def postings(conn: sqlite3.Connection) -> dict[str, list[tuple[object, ...]]]:
    found = {}
    for table in fts_tables(conn):
        conn.execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.v_{table} "
            f"USING fts5vocab(main, {table}, instance)"
        )
        found[table] = conn.execute(f"SELECT * FROM temp.v_{table} ORDER BY 1, 2, 3, 4").fetchall()
    return found


def queries(conn: sqlite3.Connection) -> list[str]:
    """Common and rare words, a prefix, a phrase, a title word, an author filter."""
    common = [
        row[0]
        for row in conn.execute(
            "SELECT term FROM temp.v_search_fts_row WHERE term NOT GLOB '*[^a-z]*' "
            "ORDER BY doc DESC LIMIT 3"
        )
    ]
    rare = conn.execute(
        "SELECT term FROM temp.v_search_fts_row WHERE term NOT GLOB '*[^a-z]*' "
        "AND doc = 2 ORDER BY term LIMIT 1"
    ).fetchone()[0]
    first, second = (
        row[0]
        for row in conn.execute(
            "SELECT term FROM temp.v_search_fts WHERE doc = (SELECT min(doc) FROM "
            "temp.v_search_fts) AND col = 'body' AND offset IN (3, 4) ORDER BY offset"
        )
    )
    author = conn.execute(  # a name word of an article with the rare word
        "SELECT substr(term, 2) FROM temp.v_search_fts WHERE col = 'authors' AND term GLOB "
        "'¦?*' AND doc = (SELECT doc FROM temp.v_search_fts WHERE term = ? LIMIT 1) LIMIT 1",
        [rare],
    ).fetchone()[0]
    return [*common, rare, common[0][:3] + "*", f'"{first} {second}"', f"author:{author} {rare}"]


def test_the_structure_record_names_every_segment(filled: Library) -> None:
    conn = filled.db.conn
    for table in fts_tables(conn):
        found = conn.execute(f"SELECT count(DISTINCT segid) FROM {table}_idx").fetchone()[0]
        assert len(segments(conn, table)) == found > 1
    assert wants_merge(fts_levels(conn, "search_fts"))


def test_steps_are_bounded_and_reach_a_fixed_point(filled: Library) -> None:
    conn = filled.db.conn
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA wal_autocheckpoint=0")  # so the WAL counts every page written
    upkeep = Upkeep(merge_pages=4)
    written = []
    while (step := upkeep.step(conn)) is not None:
        before = sum(written)
        written.append(wal_frames(filled) - before)
        assert step.kind in {"merge", "vacuum"}
    # 4 leaves of ~4 KB fit in one 16 KiB page; each step also rewrites the b-tree
    # pages around the leaves it adds and drops, the structure record, the segment
    # index and the free-page list (about 15 pages, whatever the merge's size).
    assert len(written) >= 10 and max(written) <= 24 < sum(written) // 4
    for table in fts_tables(conn):
        assert len(segments(conn, table)) == 1
        check(conn, table)
    assert upkeep.step(conn) is None and Upkeep().run(conn) == []


def assert_search_unchanged(library: Library, merge_pages: int) -> None:
    """Postings, results, their order, snippets and title runs: the same after upkeep."""
    conn = library.db.conn
    before = postings(conn)
    for table in fts_tables(conn):
        conn.execute(f"CREATE VIRTUAL TABLE temp.v_{table}_row USING fts5vocab(main, {table}, row)")
    asked = queries(conn)
    results = {q: library.search.search(q, limit=50) for q in asked}
    assert all(results.values()) and any(len(r) > 5 for r in results.values())
    assert any(r.snippet for found in results.values() for r in found)
    steps = Upkeep(merge_pages=merge_pages).run(conn)
    assert len([step for step in steps if step.kind == "merge"]) > 3
    assert postings(conn) == before
    assert {q: library.search.search(q, limit=50) for q in asked} == results


def test_search_is_the_same_after_upkeep(filled: Library) -> None:
    assert_search_unchanged(filled, merge_pages=8)


def test_search_in_the_sample_papers_is_the_same_after_upkeep(tmp_path: Path) -> None:
    library = Library.open(build_template_library(tmp_path))  # every edition in editions/
    try:
        assert wants_merge(fts_levels(library.db.conn, "search_fts"))
        assert_search_unchanged(library, merge_pages=2)
    finally:
        library.close()


def test_incremental_vacuum_shrinks_a_new_library(filled: Library) -> None:
    conn = filled.db.conn
    assert conn.execute("PRAGMA auto_vacuum").fetchone()[0] == 2  # INCREMENTAL
    upkeep = Upkeep(merge_pages=8, vacuum_pages=2)
    while (step := upkeep.step(conn)) is not None and step.kind == "merge":
        pass
    size, free = file_bytes(conn)
    assert step is not None and free > 0  # the merge's old segments
    given = [step.changes]
    while (step := upkeep.step(conn)) is not None:
        given.append(step.changes)
    assert len(given) >= 2 and set(given[:-1]) == {2} and given[-1] <= 2  # 2 pages a step
    assert file_bytes(conn) == (size - free, 0)  # no free page left
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert (filled.folder / DATABASE_NAME).stat().st_size == size - free


def test_a_library_without_auto_vacuum_keeps_its_free_pages(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    folder.mkdir()
    old = sqlite3.connect(folder / DATABASE_NAME)  # as libraries were made before upkeep
    old.execute("PRAGMA page_size=16384")
    old.execute("CREATE TABLE made_before (x)")
    old.close()
    library = Library.open(folder)
    try:
        fill(library, 120)
        conn = library.db.conn
        assert conn.execute("PRAGMA auto_vacuum").fetchone()[0] == 0
        steps = Upkeep(merge_pages=8).run(conn)
        assert steps and {step.kind for step in steps} == {"merge"}
        assert file_bytes(conn)[1] > 0  # reused by the next imports
    finally:
        library.close()


def test_stopping_between_steps_leaves_a_consistent_library(filled: Library) -> None:
    conn = filled.db.conn
    before = postings(conn)
    upkeep = Upkeep(merge_pages=4)
    for _ in range(3):
        assert upkeep.step(conn) is not None
    assert any(level.merging for level in fts_levels(conn, "search_fts"))  # cut mid-merge
    filled.close()
    again = Library.open(filled.folder)
    try:
        conn = again.db.conn
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        for table in fts_tables(conn):
            check(conn, table)
        assert postings(conn) == before
        fill_more = list(editions(16, words=120, per_edition=8, start=date(2025, 1, 1)))
        for edition in fill_more:  # imports between steps carry on the merge under way
            bulk_insert(again.db, edition, again.search)
        assert Upkeep(merge_pages=16).run(conn)
        for table in fts_tables(conn):  # the merge finished; the new editions' segments are
            levels = fts_levels(conn, table)  # small beside it, left for a later merge
            assert not wants_merge(levels) and not any(level.merging for level in levels)
    finally:
        again.close()


def varint(value: int) -> bytes:
    """SQLite's varint for values below 2**56 (7 bits a byte, high bit: more)."""
    groups = [value & 0x7F]
    while value := value >> 7:
        groups.append(value & 0x7F | 0x80)
    return bytes(reversed(groups))


@pytest.mark.parametrize("v2", [False, True])
def test_both_forms_of_the_structure_record_are_read(tmp_path: Path, v2: bool) -> None:
    """Newer SQLite (3.44+) can write the second form, with segment origins and
    tombstones (``fts5StructureWrite``); both are read alike."""
    levels = [(0, [(7, 1, 3)]), (1, [(2, 1, 300), (5, 20, 20_000)])]
    record = b"\x00\x00\x00\x01" + (b"\xff\x00\x00\x01" if v2 else b"")
    record += varint(len(levels)) + varint(3) + varint(2**40)
    for merging, segments in levels:
        record += varint(merging) + varint(len(segments))
        for segid, first, last in segments:
            record += varint(segid) + varint(first) + varint(last)
            record += b"".join(varint(n) for n in (9, 2**35, 0, 0, 1234)) if v2 else b""
    conn = sqlite3.connect(tmp_path / "t.db")
    conn.execute("CREATE TABLE t_data (id INTEGER PRIMARY KEY, block BLOB)")
    conn.execute("INSERT INTO t_data VALUES (10, ?)", [record])
    assert fts_levels(conn, "t") == [Level(0, (3,)), Level(1, (300, 19_981))]
    conn.close()


def test_a_full_merge_waits_for_a_quarter_of_the_largest() -> None:
    assert not wants_merge([])
    assert not wants_merge([Level(0, (1000,))])
    assert not wants_merge([Level(0, (100, 49)), Level(0, (100,)), Level(0, (1000,))])
    assert wants_merge([Level(0, (100, 50)), Level(0, (100,)), Level(0, (1000,))])
    assert wants_merge([Level(0, (1,)), Level(2, (5, 1000))])  # a merge under way
