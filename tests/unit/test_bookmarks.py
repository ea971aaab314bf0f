"""Bookmarks: survive edition updates, list and filter, export and import."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlite_utils import Database

from edicola.store.bookmarks import BookmarkError, BookmarkStore
from edicola.store.search_index import SearchIndex
from tests.helpers.search_library import Doc, add_edition, remove_edition


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 1, 10, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


@pytest.fixture
def store(memory_db: Database) -> Iterator[BookmarkStore]:
    index = SearchIndex(memory_db)
    add_edition(
        memory_db,
        index,
        [Doc("ponte", "Il ponte nuovo", "Testo."), Doc("derby", "Derby in città", "Testo.")],
    )
    yield BookmarkStore(memory_db, clock=Clock())


def test_add_list_newest_first_and_filter(store: BookmarkStore) -> None:
    store.add("il-faro-2026-01-10/ponte", note="da rileggere")
    store.add("il-faro-2026-01-10/derby", position=0.4)
    listed = store.list()
    assert [b.article_id for b in listed] == [
        "il-faro-2026-01-10/derby",
        "il-faro-2026-01-10/ponte",
    ]
    assert listed[0].position == 0.4 and listed[0].publication_title == "Il Faro"
    assert listed[1].url == "https://il-faro.example/2026-01-10/ponte"
    assert [b.title for b in store.list("CITTA")] == ["Derby in città"]
    assert [b.title for b in store.list("rileggere")] == ["Il ponte nuovo"]


def test_unknown_article_and_bad_position_are_refused(store: BookmarkStore) -> None:
    with pytest.raises(BookmarkError, match="no article"):
        store.add("nope/nothing")
    with pytest.raises(ValueError, match="finite"):
        store.add("il-faro-2026-01-10/ponte", position=float("nan"))
    assert store.list() == []


def test_bookmark_survives_update_and_shows_unavailable(
    store: BookmarkStore, memory_db: Database
) -> None:
    store.add("il-faro-2026-01-10/ponte", note="n")
    index = SearchIndex(memory_db)
    remove_edition(memory_db, index, "il-faro-2026-01-10")
    [gone] = store.list()
    assert not gone.available
    assert gone.title == "Il ponte nuovo" and gone.note == "n"
    add_edition(memory_db, index, [Doc("ponte", "Il ponte riaperto", "Testo.")])
    [back] = store.list()
    assert back.available and back.title == "Il ponte riaperto"


def test_json_export_import_round_trip_is_idempotent(
    store: BookmarkStore, memory_db: Database
) -> None:
    store.add("il-faro-2026-01-10/ponte", note="nota", position=0.5)
    exported = store.export_json()
    assert json.loads(exported)["format"] == "edicola-bookmarks"
    other = BookmarkStore(memory_db)
    store.remove("il-faro-2026-01-10/ponte")
    assert other.import_json(exported).added == 1
    assert other.import_json(exported).unchanged == 1
    [bookmark] = other.list()
    assert (bookmark.note, bookmark.position) == ("nota", 0.5)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("nope", "not JSON"),
        ("[]", "not an Edicola bookmarks file"),
        ('{"format": "edicola-bookmarks", "bookmarks": 3}', "bookmarks: must be a list"),
        (
            '{"format": "edicola-bookmarks", "bookmarks": [{"article_id": ""}]}',
            r"bookmarks\[0\].article_id",
        ),
        (
            '{"format": "edicola-bookmarks", "bookmarks": [{"article_id": "a", '
            '"created_at": "2026-01-01T00:00:00+00:00", "position": "x"}]}',
            r"bookmarks\[0\].position",
        ),
    ],
)
def test_bad_json_changes_nothing(store: BookmarkStore, text: str, message: str) -> None:
    with pytest.raises(BookmarkError, match=message):
        store.import_json(text, source="f.json")
    assert store.list() == []


def test_html_export_import(store: BookmarkStore, memory_db: Database) -> None:
    store.add("il-faro-2026-01-10/ponte", note="nota <b>")
    html = store.export_html()
    assert html.startswith("<!DOCTYPE NETSCAPE-Bookmark-file-1>")
    assert 'HREF="https://il-faro.example/2026-01-10/ponte"' in html
    assert "nota &lt;b&gt;" in html
    store.remove("il-faro-2026-01-10/ponte")
    result = store.import_html(html)
    assert result.added == 1
    assert store.import_html(html).unchanged == 1
    [bookmark] = store.list()
    assert bookmark.note == "nota <b>"
    browser = (
        "<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p>\n"
        '<DT><A HREF="https://il-faro.example/2026-01-10/derby" ADD_DATE="1767225600">Derby</A>\n'
        '<DT><A HREF="https://elsewhere.example/">Other</A>\n</DL>'
    )
    outcome = store.import_html(browser)
    assert (outcome.added, outcome.skipped) == (1, 1)
    with pytest.raises(BookmarkError, match="Netscape"):
        store.import_html("<html></html>")
