"""Bookmarks are bounded and plain (issue 19): no import file, note or field without a size
limit, and no control character stored or shown (a BEL rang terminals; ids held NUL and
U+202E)."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from click.testing import CliRunner
from sqlite_utils import Database

from edicola.cli import cli
from edicola.store import bookmarks as bookmarks_module
from edicola.store.bookmarks import MAX_ENTRIES, MAX_NOTE, BookmarkError, BookmarkStore
from edicola.store.library import Library
from edicola.store.search_index import SearchIndex
from tests.helpers.search_library import Doc, add_edition

ARTICLE = "il-faro-2026-01-10/ponte"
HEADER = "<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p>\n"


@pytest.fixture
def store(memory_db: Database) -> Iterator[BookmarkStore]:
    add_edition(memory_db, SearchIndex(memory_db), [Doc("ponte", "Il ponte nuovo", "Testo.")])
    yield BookmarkStore(memory_db)


def _export(*entries: dict[str, object]) -> str:
    base = {"title": "T", "url": "https://x.example/", "note": "", "position": 0.0}
    full = [{**base, "created_at": "2026-01-10T08:00:00+00:00", **e} for e in entries]
    return json.dumps({"format": "edicola-bookmarks", "version": 1, "bookmarks": full})


def test_a_huge_note_is_refused_whole(store: BookmarkStore) -> None:
    text = _export({"article_id": ARTICLE, "note": "x" * (MAX_NOTE + 1)})
    with pytest.raises(BookmarkError, match=r"bookmarks\[0\]\.note: 10,001 characters"):
        store.import_json(text, source="b.json")
    assert store.list() == []
    with pytest.raises(BookmarkError, match="at most 10,000"):
        store.add(ARTICLE, note="y" * (MAX_NOTE + 1))
    store.add(ARTICLE)
    with pytest.raises(BookmarkError):
        store.set_note(ARTICLE, "z" * (MAX_NOTE + 1))
    assert store.list()[0].note == ""


def test_a_huge_file_is_refused_before_it_is_parsed(store: BookmarkStore) -> None:
    huge = " " * (bookmarks_module.MAX_FILE_CHARS + 1)
    with pytest.raises(BookmarkError, match="more than a bookmarks file may have"):
        store.import_json(huge)
    with pytest.raises(BookmarkError, match="more than a bookmarks file may have"):
        store.import_html(huge)


def test_too_many_entries_are_refused(store: BookmarkStore) -> None:
    entries = [{"article_id": f"x/{i}"} for i in range(MAX_ENTRIES + 1)]
    with pytest.raises(BookmarkError, match="10,001 entries, at most 10,000"):
        store.import_json(_export(*entries))
    links = "".join(f'<DT><A HREF="https://x.example/{i}">a</A>\n' for i in range(MAX_ENTRIES + 1))
    with pytest.raises(BookmarkError, match="10,001 links"):
        store.import_html(HEADER + links)
    assert store.list() == []


@pytest.mark.parametrize("field", ["title", "url", "publication", "article_id"])
def test_every_field_has_a_length_limit(store: BookmarkStore, field: str) -> None:
    entry = {"article_id": ARTICLE, field: "a" * 5000}
    with pytest.raises(BookmarkError, match=rf"\.{field}: 5,000 characters, at most"):
        store.import_json(_export(entry))


def test_control_characters_are_stripped_from_text_and_ids(store: BookmarkStore) -> None:
    entry = {
        "article_id": "il-faro-2026-01-10/\u202eponte\x00",
        "title": "Ring\x07 the \x1b[31mbell",
        "note": "line one\nline\x07 two\u202e",
        "url": "https://x.example/\x00a",
    }
    assert store.import_json(_export(entry)).added == 1
    (found,) = store.list()
    assert found.article_id == ARTICLE
    assert found.note == "line one\nline two"
    assert "\x07" not in found.title and "\x1b" not in found.title
    stored = store.db.execute("SELECT article_id, url, title FROM bookmarks").fetchall()
    assert stored == [(ARTICLE, "https://x.example/a", "Ring the [31mbell")]
    html = HEADER + '<DT><A HREF="https://y.example/" DATA-ARTICLE-ID="x/\x00b">Bell\x07</A>\n'
    store.import_html(html + "<DD>note\x07 with bell\n")
    titles = {b.article_id: (b.title, b.note) for b in store.list()}
    assert titles["x/b"] == ("Bell", "note with bell")


def test_a_note_in_a_million_pieces_is_read_in_linear_time(store: BookmarkStore) -> None:
    """The note's pieces are joined once (joined as they came, the cost was quadratic);
    past its limit it is refused."""
    note = "x<i>y</i>" * 200_000
    html = HEADER + f'<DT><A HREF="https://x.example/" DATA-ARTICLE-ID="{ARTICLE}">A</A>\n'
    with pytest.raises(BookmarkError, match="note: 400,000 characters"):
        store.import_html(html + f"<DD>{note}\n")


def test_bookmarks_list_rings_no_bell(library: Library) -> None:
    """Rows stored before the stripping was added are cleaned on the way out too."""
    library.db.execute(
        "INSERT INTO bookmarks (article_id, note, position, created_at, title, "
        "publication_title, edition_date, url) VALUES (?, ?, 0, ?, ?, '', '', '')",
        ["x/\x07old", "ding\x07", "2026-01-10T08:00:00+00:00", "Old\x07 title"],
    )
    library.db.conn.commit()
    result = CliRunner().invoke(cli, ["--library", str(library.folder), "bookmarks", "list"])
    assert result.exit_code == 0, result.output
    assert "Old title" in result.output and "\x07" not in result.output
