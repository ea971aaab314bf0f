"""``section:`` and ``publication:`` answered inside the index (migration 0012)."""

from __future__ import annotations

from sqlite_utils import Database

from edicola.store.search_index import SearchIndex
from tests.helpers.search_library import Doc, add_edition, remove_edition


def ids(index: SearchIndex, text: str) -> set[str]:
    return {r.article_id.split("/")[1] for r in index.search(text, limit=20)}


def _postings(db: Database) -> list[tuple[object, ...]]:
    db.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.fv USING fts5vocab(main, search_fts, instance)"
    )
    return db.execute("SELECT term, doc, col, offset FROM temp.fv ORDER BY 1, 2, 3, 4").fetchall()


def test_filters_keep_their_contains_meaning(memory_db: Database) -> None:
    index = SearchIndex(memory_db)
    add_edition(
        memory_db,
        index,
        [
            Doc("derby", "Derby", "Pioggia allo stadio.", section="sport"),
            Doc("museo", "Museo", "Pioggia sul museo.", section="culture"),
            Doc("giunta", "Giunta", "Sole in giunta.", section="news"),
        ],
    )
    add_edition(
        memory_db,
        index,
        [Doc("sea", "Sea", "Pioggia on the sea.", section="news")],
        publication_id="the-courier",
        publication_title="The Courier",
        language="en",
    )
    assert ids(index, "section:sport pioggia") == {"derby"}
    assert ids(index, "section:port pioggia") == {"derby"}  # contains, as before
    assert ids(index, "section:cultura") == {"museo"}  # by title, filters alone
    assert ids(index, "section:world pioggia") == set()  # no such section
    assert ids(index, "-section:sport pioggia") == {"museo", "sea"}
    assert ids(index, "publication:courier pioggia") == {"sea"}
    assert ids(index, "publication:faro -section:news") == {"derby", "museo"}
    assert ids(index, "-publication:faro pioggia") == {"sea"}
    # Section and publication words are never searched words.
    assert ids(index, '"notizie"') == set()
    assert ids(index, '"courier"') == set()


def test_a_renamed_publication_still_removes_its_old_editions_cleanly(
    memory_db: Database,
) -> None:
    index = SearchIndex(memory_db)
    old = add_edition(memory_db, index, [Doc("a", "Vento", "Vento forte.")], date="2026-01-10")
    memory_db.execute("UPDATE publications SET title = 'Il Faro Nuovo' WHERE id = 'il-faro'")
    add_edition(memory_db, index, [Doc("b", "Neve", "Neve e vento.")], date="2026-01-11")
    assert ids(index, "publication:nuovo vento") == {"b"}
    assert ids(index, "publication:faro vento") == {"a", "b"}
    remove_edition(memory_db, index, old)
    assert ids(index, "publication:faro vento") == {"b"}
    after = _postings(memory_db)
    assert {doc for _t, doc, _c, _o in after} == {
        memory_db.execute("SELECT doc FROM search_docs").fetchone()[0]
    }
    assert index.reindex() == 1
    assert _postings(memory_db) == after
