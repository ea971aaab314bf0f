"""Where the reader is in each article, what they read, and what to continue.

Keyed by article id with no foreign key: an edition update deletes and
re-inserts its articles, and the reader's place must survive that. History
entries whose article has vanished are listed as unavailable, not dropped.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlite_utils import Database

READ_AT = 0.98
"""Scrolling this far marks an article read."""


def utc_now() -> datetime:
    return datetime.now(UTC)


def check_position(position: float) -> float:
    """A scroll position as a fraction 0..1 (clamped); NaN/infinite is an error."""
    value = float(position)
    if not math.isfinite(value):
        raise ValueError(f"scroll position must be a finite number, not {position!r}")
    return min(1.0, max(0.0, value))


@dataclass(frozen=True)
class ReadingState:
    article_id: str
    position: float
    read: bool
    last_opened: str | None


@dataclass(frozen=True)
class HistoryEntry:
    article_id: str
    title: str
    publication_title: str
    edition_date: str
    position: float
    read: bool
    last_opened: str
    available: bool


@contextmanager
def unsynced(db: Database) -> Iterator[None]:
    """A transaction committed without a flush to disk (WAL, ``synchronous=NORMAL``).

    Opening an article and scrolling write here many times a minute; a ``fsync``
    each (``synchronous=FULL``) cost about 10 ms per open. The commit is atomic
    either way. What a power cut can cost: the positions and "opened" times
    written since the library's last synced commit or checkpoint, i.e. the last
    seconds of reading (read marks too). Never a bookmark, highlight or comment:
    those commit with ``FULL``, which syncs the whole write-ahead log, the writes
    before them too.
    """
    if db.conn.in_transaction:
        # Part of a larger write (SQLite refuses to change the safety level inside a
        # transaction): the outer commit decides how it reaches the disk.
        with db.atomic():
            yield
        return
    before = db.execute("PRAGMA synchronous").fetchone()[0]
    db.execute("PRAGMA synchronous=NORMAL")
    try:
        with db.atomic():
            yield
    finally:
        db.execute(f"PRAGMA synchronous={int(before)}")


class ReadingStateStore:
    def __init__(self, db: Database, clock: Callable[[], datetime] = utc_now) -> None:
        self.db = db
        self.clock = clock

    def _now(self) -> str:
        return self.clock().astimezone(UTC).isoformat(timespec="microseconds")

    def opened(self, article_id: str) -> None:
        """The reader opened an article: it goes to the top of the history (no fsync)."""
        with unsynced(self.db):
            self.db.execute(
                "INSERT INTO reading_state (article_id, last_opened) VALUES (?, ?) "
                "ON CONFLICT (article_id) DO UPDATE SET last_opened = excluded.last_opened",
                [article_id, self._now()],
            )

    def set_position(self, article_id: str, position: float) -> None:
        """Remember the scroll position; reaching the end marks the article read."""
        value = check_position(position)
        with unsynced(self.db):
            self.db.execute(
                "INSERT INTO reading_state (article_id, position, read) VALUES (?, ?, ?) "
                "ON CONFLICT (article_id) DO UPDATE SET position = excluded.position, "
                "read = max(read, excluded.read)",
                [article_id, value, int(value >= READ_AT)],
            )

    def mark_read(self, article_id: str, read: bool = True) -> None:
        """Mark an article read (or not). No fsync: an article that fits the window is
        marked as it opens, and a flush there cost about 10 ms of the open."""
        with unsynced(self.db):
            self.db.execute(
                "INSERT INTO reading_state (article_id, read) VALUES (?, ?) "
                "ON CONFLICT (article_id) DO UPDATE SET read = excluded.read",
                [article_id, int(read)],
            )

    def state(self, article_id: str) -> ReadingState | None:
        row = self.db.execute(
            "SELECT article_id, position, read, last_opened FROM reading_state "
            "WHERE article_id = ?",
            [article_id],
        ).fetchone()
        return ReadingState(row[0], float(row[1]), bool(row[2]), row[3]) if row else None

    def read_ids(self, article_ids: list[str]) -> set[str]:
        """Which of ``article_ids`` are read (for marking lists)."""
        found: set[str] = set()
        for i in range(0, len(article_ids), 500):
            chunk = article_ids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            found.update(
                row[0]
                for row in self.db.execute(
                    f"SELECT article_id FROM reading_state WHERE read = 1 "
                    f"AND article_id IN ({marks})",
                    chunk,
                )
            )
        return found

    def history(self, limit: int = 50) -> list[HistoryEntry]:
        """Recently opened articles, most recent first."""
        rows = self.db.execute(
            "SELECT r.article_id, a.title, p.title, e.date, r.position, r.read, r.last_opened, "
            "a.id IS NOT NULL FROM reading_state r LEFT JOIN articles a ON a.id = r.article_id "
            "LEFT JOIN editions e ON e.id = a.edition_id "
            "LEFT JOIN publications p ON p.id = e.publication_id "
            "WHERE r.last_opened IS NOT NULL ORDER BY r.last_opened DESC LIMIT ?",
            [int(limit)],
        ).fetchall()
        return [
            HistoryEntry(
                article_id=row[0],
                title=row[1] or row[0],
                publication_title=row[2] or "",
                edition_date=row[3] or "",
                position=float(row[4]),
                read=bool(row[5]),
                last_opened=row[6],
                available=bool(row[7]),
            )
            for row in rows
        ]

    def continue_reading(self) -> HistoryEntry | None:
        """The last opened article that is still in the library, if any."""
        return next((entry for entry in self.history(20) if entry.available), None)

    def clear_history(self) -> None:
        """Forget when articles were opened (read flags and positions stay)."""
        with self.db.atomic():
            self.db.execute("UPDATE reading_state SET last_opened = NULL")
