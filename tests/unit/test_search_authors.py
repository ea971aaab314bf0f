"""``author:`` answered inside the full-text index (its ``authors`` column, migration 0012)."""

from __future__ import annotations

import pytest
from sqlite_utils import Database

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
            Doc("li", "Tè e neve", "Neve sul tè.", authors=["Li Wei", "J. Lisi"]),
            Doc("lisa", "Neve", "Neve.", authors=["Lisa Jones"]),
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
    # A word of one or two letters is a whole word (an initial, a short name), not
    # the start of every name beginning so: ``author:l`` finds no Lisa.
    "author:li": {"li"},
    "author:l": set(),
    "author:lis": {"li", "lisa"},
    "author:j": {"li"},
    'author:"j lis"': {"li"},
    "author:wei": {"li"},
    'author:"li we"': set(),
    'author:"li wei"': {"li"},
}


@pytest.mark.parametrize("text", list(CASES))
def test_author_filter_means_word_starts_in_one_name(index: SearchIndex, text: str) -> None:
    assert ids(index, text) == CASES[text]


def test_author_words_are_not_searched_words(index: SearchIndex) -> None:
    # The names live in a column only filters read: "rossini" is found by its
    # title, not as the author of the other articles.
    assert ids(index, '"rossi"') == set()
    assert ids(index, "gioachino") == set()
    assert ids(index, "rossini") == {"rossini"}


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
        "USING fts5vocab(main, search_fts, instance)"
    )
    return db.execute(
        "SELECT term, doc, offset FROM temp.authors WHERE col = 'authors' ORDER BY 1, 2, 3"
    ).fetchall()


def test_removal_and_reindex_keep_the_authors_index_in_step(
    memory_db: Database, index: SearchIndex
) -> None:
    before = _author_postings(memory_db)
    assert ("\u00a6rossi", 1) in {(t, o) for t, _d, o in before}
    assert index.reindex() == 7
    assert _author_postings(memory_db) == before
    remove_edition(memory_db, index, "il-faro-2026-01-10")
    assert _author_postings(memory_db) == []
    assert ids(index, "author:rossi") == set()


def test_migration_moves_the_filters_into_the_index(
    memory_db: Database, index: SearchIndex
) -> None:
    expected = _author_postings(memory_db)
    memory_db.execute("DROP TABLE temp.authors")
    with memory_db.atomic():  # the index as 0010 left it: the authors' own table
        memory_db.execute("DROP TABLE search_fts")
        memory_db.execute(
            "CREATE VIRTUAL TABLE search_fts USING fts5("
            "body, title, standfirst, content='', tokenize='ascii', detail=full)"
        )
        memory_db.execute(
            "CREATE VIRTUAL TABLE search_authors USING fts5(authors, content='', "
            "columnsize=0, tokenize='ascii', detail=full)"
        )
        memory_db.execute("DROP TABLE search_facets")
        memory_db.execute("DELETE FROM _sqlite_migrations WHERE name = '0012_search_filters'")
    migrations.apply(memory_db)
    assert _author_postings(memory_db) == expected
    assert ids(index, 'author:"maria rossi"') == {"derby"}
    assert ids(index, "section:notizie pioggia") == {"derby", "ponte", "duo", "anonimo"}
