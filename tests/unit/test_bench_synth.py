"""The benchmark's bulk path writes exactly what a real import writes.

The million-article library is built by ``bench.synth.bulk_insert`` because
building and importing a million articles of bundles would take hours. This
proves, for the same editions, that the bulk path and ``edicola import`` of
bundles made by the real builder give the same rows and the same index.
"""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from bench.synth import bulk_insert, editions, write_source
from edicola.core.bundle.edition_source import build_edition
from edicola.store.library import Library

_TABLES = {
    "publications": "id, title, language, homepage",
    "editions": "id, publication_id, date, title, number, revision, cover",
    "sections": "edition_id, id, title, position",
    "articles": "*",
    "search_docs": "*",
    "search_terms": "*",
    "search_facets": "*",
}


def _snapshot(db: Database) -> dict[str, list[tuple[object, ...]]]:
    db.execute("CREATE VIRTUAL TABLE temp.postings USING fts5vocab(main, search_fts, instance)")
    found = {
        table: db.execute(f"SELECT {columns} FROM {table} ORDER BY 1, 2").fetchall()
        for table, columns in _TABLES.items()
    }
    db.execute("CREATE VIRTUAL TABLE temp.titles USING fts5vocab(main, search_titles, instance)")
    for name in ("postings", "titles"):
        found[name] = db.execute(
            f"SELECT term, doc, col, offset FROM temp.{name} ORDER BY 1, 2, 3, 4"
        ).fetchall()
    return found


def test_bulk_rows_and_index_equal_a_real_import(tmp_path: Path) -> None:
    made = list(editions(24, words=60, per_edition=6))
    assert len(made) == 4 and {e.language for e in made} == {"it", "en"}
    real = Library.open(tmp_path / "real")
    bulk = Library.open(tmp_path / "bulk")
    try:
        for edition in made:
            bundle = build_edition(write_source(edition, tmp_path / "sources"), tmp_path).path
            real.editions.import_bundle(bundle)
            bulk_insert(bulk.db, edition, bulk.search)
        expected, got = _snapshot(real.db), _snapshot(bulk.db)
        assert len(expected["articles"]) == 24 and len(expected["postings"]) > 1000
        assert len(expected["titles"]) > 24
        authors = [p for p in expected["postings"] if p[2] == "authors"]
        assert len(authors) >= 24 * 2  # two author words per article
        for table in expected:
            assert got[table] == expected[table], table
        assert bulk.editions.article(made[0].edition_id + "/a0000") == real.editions.article(
            made[0].edition_id + "/a0000"
        )
    finally:
        real.close()
        bulk.close()
