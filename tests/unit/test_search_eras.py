"""The search index cut into eras (issue 21): each edition in one era, every
document in the era covering its number, the same answers as one whole index."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from bench.synth import SynthEdition, bulk_insert, editions
from edicola.core.search.query import parse
from edicola.store import search_query
from edicola.store.database import open_library
from edicola.store.search_eras import Era, EraList, EraPlacer, fts_tables, read_eras
from edicola.store.search_index import SearchIndex
from edicola.store.upkeep import Upkeep, fts_levels, wants_merge
from tests.helpers.old_library import EDITION, add_article, library_before
from tests.helpers.search_eras import check_layout, docs_by_era

SIZE = 100
"""Documents an era holds here before the next opens (the app's is 25,000)."""

MADE = list(editions(600, words=40, per_edition=20))
"""30 editions of 20 articles, three a day for ten days, oldest first: an era fills
in two days (120 documents)."""


def _library(folder: Path, placer: EraPlacer, made: list[SynthEdition]) -> SearchIndex:
    db = open_library(folder)
    index = SearchIndex(db, eras=placer)
    for edition in made:
        bulk_insert(db, edition, index)
    return index


@pytest.fixture(scope="module")
def libraries(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[SearchIndex, SearchIndex]]:
    """The same editions, imported oldest first, as one era and as eras of :data:`SIZE`."""
    root = tmp_path_factory.mktemp("eras")
    whole = _library(root / "whole", EraPlacer(10**9), MADE)
    cut = _library(root / "cut", EraPlacer(SIZE), MADE)
    yield whole, cut
    whole.db.close()
    cut.db.close()


def test_chronological_imports_open_a_new_era_when_the_newest_is_full(
    libraries: tuple[SearchIndex, SearchIndex],
) -> None:
    whole, cut = libraries
    assert [e.id for e in read_eras(whole.db.conn).eras] == [0]
    eras = check_layout(cut.db.conn)
    held = docs_by_era(cut.db.conn)
    assert len(eras.eras) == 5 and {len(docs) for docs in held.values()} == {120}
    # Newest first; every era but the newest was full when the next one opened.
    assert [e.start for e in eras.eras] == sorted(e.start for e in eras.eras)
    assert eras.eras[-1].id == 0 and eras.eras[0].start == 0
    assert all(len(held[e.id]) >= SIZE for e in eras.eras[1:])
    assert len(fts_tables(cut.db.conn)) == 10


QUERIES = (
    "della",
    "the",
    "par*",
    "pioggia",
    '"di la"',
    "section:politica",
    "publication:faro",
    "publication:faro -section:politica",
    "after:2023-01-05 before:2023-01-08 della",
    "after:2023-01-07",
    "before:2023-01-03 the",
    "-section:politica before:2023-01-02",
)


def _ids(index: SearchIndex, text: str, limit: int = 500) -> list[str]:
    return [r.article_id for r in index.search(text, limit=limit)]


def test_every_query_finds_what_one_whole_index_finds(
    libraries: tuple[SearchIndex, SearchIndex],
) -> None:
    whole, cut = libraries
    words = [
        row[0]
        for row in whole.db.execute(
            "SELECT term FROM search_terms GROUP BY term ORDER BY sum(docs) DESC, term LIMIT 40"
        )
    ]
    for text in (*QUERIES, *words[::4], *(f"author:{w}" for w in words[:3])):
        expected = _ids(whole, text)
        found = _ids(cut, text)
        assert sorted(found) == sorted(expected), text
        if ":" in text and not any(w in text for w in ("della", "the")):  # filters alone
            assert found == expected, text  # newest first, in the same order
    assert _ids(cut, "della", limit=500)  # the queries above find something
    assert len(_ids(cut, "after:2023-01-07", limit=500)) == 180  # three days


def test_the_window_of_newest_matches_runs_across_eras(
    libraries: tuple[SearchIndex, SearchIndex], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A tier ranks the ``WINDOW`` newest matches, taken from as many eras as it needs
    (which of them rank first may differ: each era has its own bm25 statistics)."""
    monkeypatch.setattr(search_query, "WINDOW", 100)  # more than an era holds of a word

    def window(index: SearchIndex, text: str) -> list[int]:
        query = parse(text)
        expr = " AND ".join(f'"{t.words[0]}"' for group in query.groups for t in group)
        searcher = index._searcher
        eras = searcher._eras(query.filters)
        ranked = searcher._rank_in(eras, False, expr, query.filters, set(), 100)
        assert ranked == sorted(ranked)  # best first, eras merged
        return sorted(doc for _score, doc in ranked)

    whole, cut = libraries
    for text in ("della", "the", "after:2023-01-04 della", "before:2023-01-08 della"):
        newest = sorted(
            row[0]
            for row in whole.db.execute(
                "SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid LIMIT 100",
                [text.split()[-1]],
            )
        )
        assert window(cut, text) == window(whole, text), text
        if ":" not in text:
            assert window(cut, text) == newest
        if text == "della":
            eras = read_eras(cut.db.conn)
            assert len(newest) == 100 and len({eras.of(doc).id for doc in newest}) >= 2


def _tables_read(index: SearchIndex, text: str, limit: int) -> tuple[int, set[str]]:
    read: list[str] = []
    index.db.conn.set_trace_callback(read.append)
    try:
        found = len(index.search(text, limit=limit))
    finally:
        index.db.conn.set_trace_callback(None)
    return found, {t for s in read for t in re.findall(r"FROM (search_\w+) WHERE \1 MATCH", s)}


def test_a_tier_reads_older_eras_only_while_it_needs_more(
    libraries: tuple[SearchIndex, SearchIndex],
) -> None:
    whole, cut = libraries
    eras = read_eras(cut.db.conn).eras
    found, tables = _tables_read(cut, "della", limit=5)  # the newest eras hold enough
    assert found == 5 and tables and not tables & {eras[-1].fts, eras[-1].titles}
    assert tables <= {era.titles for era in eras[:2]}  # five titles in the newest two
    found, tables = _tables_read(cut, "della", limit=200)  # more than it holds
    assert found == len(_ids(whole, "della", limit=200)) and len(tables) == 2 * len(eras)
    oldest_only = cut.db.execute(  # a word of the oldest era alone: every era is read
        "SELECT title FROM articles WHERE edition_id = ?", [MADE[0].edition_id]
    ).fetchone()[0]
    found, tables = _tables_read(cut, f'"{oldest_only}"', limit=5)
    assert found >= 1 and len(tables) == 2 * len(eras)


def test_a_filter_that_leaves_nothing_is_known_by_one_look_an_era(
    libraries: tuple[SearchIndex, SearchIndex],
) -> None:
    whole, cut = libraries
    english = whole.db.execute(  # a word of the English paper only
        "SELECT term FROM search_terms WHERE lang = 'en' AND term NOT IN "
        "(SELECT term FROM search_terms WHERE lang = 'it') ORDER BY docs DESC LIMIT 1"
    ).fetchone()[0]
    assert _ids(cut, english) and not _ids(whole, f"section:cronaca {english}")
    read: list[str] = []
    cut.db.conn.set_trace_callback(read.append)
    try:
        assert cut.search(f"section:cronaca {english}") == []
    finally:
        cut.db.conn.set_trace_callback(None)
    looks = [s for s in read if s.startswith("SELECT 1 FROM search_fts")]
    assert len(looks) == len(read_eras(cut.db.conn).eras)  # one an era, no tier ran
    assert not any("bm25(" in s for s in read)
    # With something to find, the tiers run as ever.
    found = _ids(cut, "section:cronaca della")
    assert found and sorted(found) == sorted(_ids(whole, "section:cronaca della"))


def test_reindex_cuts_eras_from_the_newest_edition(tmp_path: Path) -> None:
    index = _library(tmp_path / "lib", EraPlacer(10**9), MADE[:12])
    index.eras = EraPlacer(SIZE)
    expected = {q: sorted(_ids(index, q)) for q in QUERIES}
    assert index.reindex() == 240
    eras = check_layout(index.db.conn)
    held = docs_by_era(index.db.conn)
    assert len(eras.eras) == 2 and len(held[eras.eras[0].id]) >= SIZE  # the newest is full
    assert {q: sorted(_ids(index, q)) for q in QUERIES} == expected
    # Newer editions go on into the newest era, then open the next.
    for edition in MADE[12:16]:
        bulk_insert(index.db, edition, index)
    assert len(check_layout(index.db.conn).eras) == 3
    index.db.close()


def test_removing_an_edition_takes_its_postings_out_of_its_era(tmp_path: Path) -> None:
    index = _library(tmp_path / "lib", EraPlacer(SIZE), MADE[:9])
    conn = index.db.conn
    victim = MADE[1].edition_id  # in the oldest era
    docs = {
        row[0] for row in conn.execute("SELECT doc FROM search_docs WHERE edition_id = ?", [victim])
    }
    era = read_eras(conn).of(min(docs))
    assert era.id == 0 and len(read_eras(conn).eras) == 2
    title = index.db.execute(
        "SELECT title FROM articles WHERE edition_id = ? LIMIT 1", [victim]
    ).fetchone()[0]
    assert any(r.article_id.startswith(victim) for r in index.search(f'"{title}"'))
    with index.db.atomic():
        index.edition_removing(index.db, victim)
        index.db.execute("DELETE FROM articles WHERE edition_id = ?", [victim])
    assert not docs & docs_by_era(conn)[era.id]
    for table in fts_tables(conn):
        conn.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 0)")
    assert not any(r.article_id.startswith(victim) for r in index.search(f'"{title}"'))
    index.db.close()


def test_an_old_paper_brought_in_later_joins_the_era_covering_its_day(tmp_path: Path) -> None:
    late = MADE[3]  # imported after the days around it
    index = _library(tmp_path / "lib", EraPlacer(SIZE), [e for e in MADE[:12] if e is not late])
    before = [(e.id, e.start) for e in read_eras(index.db.conn).eras]
    bulk_insert(index.db, late, index)
    assert [(e.id, e.start) for e in read_eras(index.db.conn).eras] == before
    check_layout(index.db.conn)
    index.db.close()


def test_upkeep_merges_every_era(tmp_path: Path) -> None:
    index = _library(tmp_path / "lib", EraPlacer(SIZE), MADE[:12])
    conn = index.db.conn
    conn.isolation_level = None  # upkeep opens its own transactions
    tables = fts_tables(conn)
    assert len(tables) == 4
    assert Upkeep(merge_pages=8).run(conn)
    assert not any(wants_merge(fts_levels(conn, table)) for table in tables)
    index.db.close()


def test_eras_within_a_date_range() -> None:
    eras = EraList([Era(2, 0), Era(1, 100), Era(0, 200)])
    assert [e.id for e in eras.within(None, None)] == [2, 1, 0]
    assert [e.id for e in eras.within(150, None)] == [1, 0]  # numbers from 150 on
    assert [e.id for e in eras.within(None, 100)] == [2]  # numbers below 100
    assert [e.id for e in eras.within(100, 200)] == [1]
    assert [e.id for e in eras.within(250, 260)] == [0]
    assert (eras.of(0).id, eras.of(99).id, eras.of(100).id, eras.of(10**9).id) == (2, 2, 1, 0)
    assert Era(0, 0).fts == "search_fts" and Era(3, 5).titles == "search_titles_e3"


def test_a_library_indexed_before_the_eras_keeps_its_index_as_era_zero(tmp_path: Path) -> None:
    conn, db = library_before(tmp_path, "0019_search_eras")
    add_article(db, "a", "Nebbia fitta", "La nebbia copre la valle.")
    SearchIndex(db, eras=EraPlacer(1)).edition_added(db, EDITION)  # no register yet: era 0
    conn.commit()
    conn.close()
    db = open_library(tmp_path)
    try:
        assert db.execute("SELECT id, start FROM search_eras").fetchall() == [(0, 0)]
        assert [r.article_id for r in SearchIndex(db).search("nebbia")] == [f"{EDITION}/a"]
    finally:
        db.close()


def test_a_new_library_starts_with_era_zero(memory_db: Database) -> None:
    assert [(e.id, e.start) for e in read_eras(memory_db.conn).eras] == [(0, 0)]


def test_a_reader_connection_sees_the_eras_another_connection_opens(tmp_path: Path) -> None:
    """The search box searches on its own connection while the import queue writes:
    an era opened by an import is found by the next search there."""
    writer = _library(tmp_path / "lib", EraPlacer(SIZE), MADE[:6])  # two days: one era
    reader = SearchIndex(open_library(tmp_path / "lib", write=False))
    try:
        assert len(read_eras(reader.db.conn).eras) == 1
        before = _ids(reader, "della")
        for edition in MADE[6:9]:  # a third day: the next era
            bulk_insert(writer.db, edition, writer)
        assert len(read_eras(reader.db.conn).eras) == 2
        newest = _ids(reader, "della")
        assert newest != before and sorted(newest) == sorted(_ids(writer, "della"))
        day3 = tuple(e.edition_id for e in MADE[6:9])
        assert any(a.startswith(day3) for a in _ids(reader, "della", limit=20))
    finally:
        reader.db.close()
        writer.db.close()
