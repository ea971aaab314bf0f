"""The search index cut by date into eras of about 25,000 articles (issue 21).

Why: before FTS5's ``bm25()`` scores a single row it counts every article that
matches each phrase of the query (the phrase's IDF), so a common word cost more
as the library grew although only the ``WINDOW`` newest matches are ranked
(``della`` at 25,000 → 100,000 articles: 1.6 → 2.7 ms, where the window alone
takes 0.02 ms). Each era has its own pair of FTS5 tables; a query ranks in the
newest era first and reads an older one only while its window is not full, so
any word common enough to cost is counted in one era, whatever the library's size.

An era holds the documents whose numbers lie from its ``start`` up to the next
era's start. Numbers fall as dates rise (:func:`~edicola.store.search_docs.day_base`),
so the era with the smallest start (always 0) is the newest. Era 0 is the pair
of tables migration 0012 made (``search_fts``, ``search_titles``); era *n* is
``search_fts_e<n>`` and ``search_titles_e<n>``. An edition newer than every
document of the newest era opens a new era when that era holds :data:`ERA_DOCS`
(imports mostly bring the latest paper); one older than every document of the
oldest, full era opens an older era (a re-index goes newest first; an old paper
may be brought in). An edition in between joins the era that covers its day,
which may then grow past the size. An edition never straddles two eras (its
articles share a day), so an era's bm25 statistics are whole editions'.
"""

from __future__ import annotations

import sqlite3
from bisect import bisect_right

from edicola.store.search_docs import DAY_SIZE

ERA_DOCS = 25_000
"""Documents an era holds before the next one is opened: the most a common word's
bm25 counting reads when the newest era fills its window (100,000 ÷ 25,000 articles
then cost alike), against one more statement per era for words that fill no window."""

_FTS_SQL = (
    "CREATE VIRTUAL TABLE {fts} USING fts5(body, title, standfirst, authors, facets, "
    "content='', tokenize='ascii', detail=full)",
    "CREATE VIRTUAL TABLE {titles} USING fts5(title, authors, facets, "
    "content='', tokenize='ascii', detail=full)",
    "INSERT INTO {fts} ({fts}, rank) VALUES ('automerge', 2)",
    "INSERT INTO {titles} ({titles}, rank) VALUES ('automerge', 2)",
)
"""An era's two tables, as migration 0012 made era 0's (``store/search_schema.py``)."""

SCHEMA = (
    "CREATE TABLE search_eras (id INTEGER PRIMARY KEY, start INTEGER NOT NULL UNIQUE)",
    "INSERT INTO search_eras (id, start) VALUES (0, 0)",
)
"""Migration 0019: the eras' register, with era 0 (the existing tables) holding
every document. Never edit once shipped."""


class Era:
    """One era: its id, its first document number and its two FTS5 tables."""

    __slots__ = ("fts", "id", "start", "titles")

    def __init__(self, era_id: int, start: int) -> None:
        self.id, self.start = era_id, start
        suffix = f"_e{era_id}" if era_id else ""
        self.fts, self.titles = f"search_fts{suffix}", f"search_titles{suffix}"

    def __repr__(self) -> str:
        return f"Era({self.id}, {self.start})"


class EraList:
    """The eras as read once, newest first, with the range each covers.
    ``registered``: the library has the register (a migration older than 0019,
    indexing with today's code, sees era 0 alone and opens none)."""

    __slots__ = ("_starts", "eras", "registered")

    def __init__(self, eras: list[Era], registered: bool = True) -> None:
        self.eras, self.registered = eras, registered
        self._starts = [era.start for era in eras]

    def of(self, doc: int) -> Era:
        """The era holding document number ``doc``."""
        return self.eras[max(0, bisect_right(self._starts, doc) - 1)]

    def end(self, index: int) -> int | None:
        """The first number past era ``index`` (``None`` for the oldest)."""
        return self._starts[index + 1] if index + 1 < len(self._starts) else None

    def within(self, low: int | None, high: int | None) -> list[Era]:
        """The eras, newest first, that may hold numbers ``low <= doc < high``."""
        out = []
        for i, era in enumerate(self.eras):
            end = self.end(i)
            if (high is None or era.start < high) and (low is None or end is None or end > low):
                out.append(era)
        return out

    def tables(self) -> list[str]:
        """Every era's FTS5 tables."""
        return [table for era in self.eras for table in (era.fts, era.titles)]


def read_eras(conn: sqlite3.Connection) -> EraList:
    """The library's eras, newest first (one short read of a handful of rows)."""
    try:
        rows = conn.execute("SELECT id, start FROM search_eras ORDER BY start").fetchall()
    except sqlite3.OperationalError:
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_eras'").fetchone():
            raise
        return EraList([Era(0, 0)], registered=False)
    return EraList([Era(era_id, start) for era_id, start in rows])


def fts_tables(conn: sqlite3.Connection) -> list[str]:
    """Every FTS5 table of the search index (upkeep merges each)."""
    return read_eras(conn).tables()


class EraPlacer:
    """Chooses the era of each edition indexed and opens new eras (inside the
    importing transaction). ``size``: documents an era holds before the next
    opens (:data:`ERA_DOCS`; tests pass a small one)."""

    def __init__(self, size: int = ERA_DOCS) -> None:
        self.size = size

    def place(self, conn: sqlite3.Connection, base: int) -> EraList:
        """The eras once a new era is opened if an edition of day ``base`` needs one."""
        eras = read_eras(conn)
        if not eras.registered:
            return eras
        newest, oldest = eras.eras[0], eras.eras[-1]
        newest_end = eras.end(0)
        if newest_end is None or base < newest_end:
            low = conn.execute(
                "SELECT min(doc) FROM search_docs WHERE doc < ?", [newest_end or 1 << 62]
            ).fetchone()[0]
            if low is not None and base + DAY_SIZE <= low and self._full(conn, 0, newest_end):
                conn.execute("UPDATE search_eras SET start = ? WHERE id = ?", [low, newest.id])
                return self._open(conn, 0)
        if base >= oldest.start:
            high = conn.execute(
                "SELECT max(doc) FROM search_docs WHERE doc >= ?", [oldest.start]
            ).fetchone()[0]
            if high is not None and base > high and self._full(conn, oldest.start, None):
                return self._open(conn, base)
        return eras

    def _full(self, conn: sqlite3.Connection, start: int, end: int | None) -> bool:
        return count_docs(conn, start, end, self.size) >= self.size

    def _open(self, conn: sqlite3.Connection, start: int) -> EraList:
        open_era(conn, Era(new_era_id(conn), start))
        return read_eras(conn)


def count_docs(conn: sqlite3.Connection, start: int, end: int | None, most: int) -> int:
    """The documents numbered from ``start`` to ``end`` (``None``: on), counted up to
    ``most`` (about 3 ms at 50,000)."""
    return int(
        conn.execute(
            "SELECT count(*) FROM (SELECT 1 FROM search_docs WHERE doc >= ? AND doc < ? LIMIT ?)",
            [start, end if end is not None else 1 << 62, most],
        ).fetchone()[0]
    )


def new_era_id(conn: sqlite3.Connection) -> int:
    """An id no era has had (era tables are dropped only with their register row)."""
    return int(conn.execute("SELECT coalesce(max(id), 0) + 1 FROM search_eras").fetchone()[0])


def open_era(conn: sqlite3.Connection, era: Era) -> None:
    """Register ``era`` and create its two FTS5 tables (inside the caller's transaction)."""
    conn.execute("INSERT INTO search_eras (id, start) VALUES (?, ?)", [era.id, era.start])
    for sql in _FTS_SQL:
        conn.execute(sql.format(fts=era.fts, titles=era.titles))


def drop_eras(conn: sqlite3.Connection) -> None:
    """Back to era 0 alone, holding every number (a re-index starts from here); its
    tables are emptied by the caller."""
    eras = read_eras(conn)
    if not eras.registered:
        return
    for era in eras.eras:
        if era.id:
            conn.execute(f"DROP TABLE {era.fts}")
            conn.execute(f"DROP TABLE {era.titles}")
    conn.execute("DELETE FROM search_eras WHERE id != 0")
    conn.execute("UPDATE search_eras SET start = 0 WHERE id = 0")
