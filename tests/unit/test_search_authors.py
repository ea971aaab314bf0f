"""``author:`` answered by the authors' own index (``search_authors``, migration 0010)."""

from __future__ import annotations

import pytest
from sqlite_utils import Database

from edicola.store import search_index
from edicola.store.migrations import migrations
from edicola.store.search_index import SearchIndex
from tests.helpers.search_library import Doc, add_edition, remove_edition


@pytest.fixture
def index(memory_db: Database) -> SearchIndex:
    idx = SearchIndex(memory_db)
    add_edition(
        memory_db,
        idx,
        [
            Doc("derby", "Derby sotto la pioggia", "Pioggia e fango.", authors=["Maria Rossi"]),
            Doc("ponte", "Il ponte riapre", "Pioggia sul ponte.", authors=["Niccolò Àlfieri"]),
            Doc(
                "duo",
                "Due firme",
                "Pioggia di firme.",
                authors=["Anna Maria", "Rossi Luca"],
            ),
            Doc("rossini", "Rossini in piazza", "Musica e sole.", authors=["Gioachino Rossini"]),
            Doc("anonimo", "Senza firma", "Pioggia anonima.", authors=[]),
        ],
        date="2026-01-10",
    )
    return idx


def ids(index: SearchIndex, text: str) -> set[str]:
    return {r.article_id.split("/")[1] for r in index.search(text, limit=20)}


CASES = {
    "author:rossi": {"derby", "duo", "rossini"},  # word starts: Rossi, Rossini
    "author:ross pioggia": {"derby", "duo"},  # rossini's body has no "pioggia"
    "author:ssi": set(),  # no longer "contains"
    'author:"maria rossi"': {"derby"},  # not across two names (Anna Maria, Rossi Luca)
    'author:"rossi maria"': set(),
    "author:ALFIERI": {"ponte"},  # case- and accent-free
    "author:niccolo pioggia": {"ponte"},
    "author:maria author:rossi": {"derby", "duo"},
    "pioggia -author:rossi": {"ponte", "anonimo"},
    "author:!!! pioggia": set(),  # no words: no author is called that
    "pioggia -author:!!!": {"derby", "ponte", "duo", "anonimo"},
}


@pytest.mark.parametrize("probe_limit", [1000, 0], ids=["author-drives", "words-drive"])
def test_author_filter_means_word_starts_in_one_name(
    index: SearchIndex, monkeypatch: pytest.MonkeyPatch, probe_limit: int
) -> None:
    # Both plans (the author's articles checked one by one, or every match of the
    # words checked against the author's set) give the same articles.
    monkeypatch.setattr(search_index, "AUTHOR_PROBE_LIMIT", probe_limit)
    for text, expected in CASES.items():
        assert ids(index, text) == expected, text


def test_titles_first_and_recency_when_the_author_drives(memory_db: Database) -> None:
    idx = SearchIndex(memory_db)
    for day, title in (("2026-01-10", "Pioggia in arrivo"), ("2026-01-12", "Sole")):
        add_edition(
            memory_db,
            idx,
            [Doc(f"a{day[-2:]}", title, "Domani pioggia.", authors=["Ada Neri"])],
            date=day,
        )
    assert [r.article_id[-3:] for r in idx.search("author:neri pioggia")] == ["a10", "a12"]
    assert [r.article_id[-3:] for r in idx.search("author:neri domani")] == ["a12", "a10"]


def _author_postings(db: Database) -> list[tuple[object, ...]]:
    db.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.authors "
        "USING fts5vocab(main, search_authors, instance)"
    )
    return db.execute("SELECT term, doc, offset FROM temp.authors ORDER BY 1, 2, 3").fetchall()


def test_removal_and_reindex_keep_the_authors_index_in_step(
    memory_db: Database, index: SearchIndex
) -> None:
    before = _author_postings(memory_db)
    assert ("rossi", 1) in {(t, o) for t, _d, o in before}
    assert index.reindex() == 5
    assert _author_postings(memory_db) == before
    remove_edition(memory_db, index, "il-faro-2026-01-10")
    assert _author_postings(memory_db) == []
    assert ids(index, "author:rossi") == set()


def test_migration_builds_the_authors_index_of_an_existing_library(
    memory_db: Database, index: SearchIndex
) -> None:
    expected = _author_postings(memory_db)
    memory_db.execute("DROP TABLE temp.authors")
    with memory_db.atomic():  # the library as 0009 left it
        memory_db.execute("DROP TABLE search_authors")
        memory_db.execute("DELETE FROM _sqlite_migrations WHERE name = '0010_search_authors'")
    migrations.apply(memory_db)
    assert _author_postings(memory_db) == expected
    assert ids(index, 'author:"maria rossi"') == {"derby"}
