"""Reading state: positions, read flags, history and continue reading."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlite_utils import Database

from edicola.store.reading_state import ReadingStateStore
from edicola.store.search_index import SearchIndex
from tests.helpers.search_library import Doc, add_edition, remove_edition


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 1, 10, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


@pytest.fixture
def reading(memory_db: Database) -> ReadingStateStore:
    add_edition(memory_db, SearchIndex(memory_db), [Doc("a", "Primo"), Doc("b", "Secondo")])
    return ReadingStateStore(memory_db, clock=Clock())


A, B = "il-faro-2026-01-10/a", "il-faro-2026-01-10/b"


def test_position_and_read_flag(reading: ReadingStateStore) -> None:
    assert reading.state(A) is None
    reading.set_position(A, 0.3)
    state = reading.state(A)
    assert state is not None and state.position == 0.3 and not state.read
    reading.set_position(A, 1.5)  # clamped, and the end marks it read
    state = reading.state(A)
    assert state is not None and state.position == 1.0 and state.read
    reading.set_position(A, 0.1)  # scrolling back does not unread
    assert reading.read_ids([A, B]) == {A}
    reading.mark_read(A, False)
    assert reading.read_ids([A, B]) == set()
    with pytest.raises(ValueError):
        reading.set_position(A, float("inf"))


def test_history_and_continue_reading(reading: ReadingStateStore, memory_db: Database) -> None:
    assert reading.continue_reading() is None
    reading.opened(A)
    reading.opened(B)
    reading.set_position(B, 0.5)
    assert [h.article_id for h in reading.history()] == [B, A]
    entry = reading.continue_reading()
    assert entry is not None and entry.article_id == B and entry.position == 0.5
    assert entry.title == "Secondo" and entry.publication_title == "Il Faro"
    reading.opened(A)
    assert [h.article_id for h in reading.history()] == [A, B]
    remove_edition(memory_db, SearchIndex(memory_db), "il-faro-2026-01-10")
    history = reading.history()
    assert [h.available for h in history] == [False, False]
    assert reading.continue_reading() is None
    reading.clear_history()
    assert reading.history() == []


def test_reading_position_commits_without_a_flush_then_full_sync_returns(
    reading: ReadingStateStore, memory_db: Database
) -> None:
    # Opening and scrolling commit with WAL's NORMAL sync (no fsync); the next
    # commit of anything else (a bookmark, a highlight) is FULL again.
    sent: list[str] = []
    memory_db.conn.set_trace_callback(sent.append)
    try:
        reading.opened(A)
        reading.mark_read(B)
        reading.set_position(A, 0.5)
    finally:
        memory_db.conn.set_trace_callback(None)
    for write in ("excluded.last_opened", "excluded.read", "excluded.position"):
        at = next(i for i, s in enumerate(sent) if write in s and s.startswith("INSERT"))
        assert "PRAGMA synchronous=NORMAL" in sent[:at]
        assert sent[at - 2 : at] == ["PRAGMA synchronous=NORMAL", "BEGIN"]
    assert sent[-1] == "PRAGMA synchronous=2"
    assert memory_db.execute("PRAGMA synchronous").fetchone()[0] == 2
    assert reading.state(A) is not None and reading.state(A).position == 0.5  # type: ignore[union-attr]


def test_a_position_written_inside_a_larger_transaction_joins_it(
    reading: ReadingStateStore, memory_db: Database
) -> None:
    """SQLite refuses to change the safety level inside a transaction ("Safety level
    may not be changed inside a transaction"): a position saved as part of a larger
    write (a sync merge) joins that write and leaves the level alone."""
    with memory_db.atomic():
        reading.opened(A)
        reading.set_position(A, 0.25)
    assert memory_db.execute("PRAGMA synchronous").fetchone()[0] == 2
    state = reading.state(A)
    assert state is not None and state.position == 0.25
