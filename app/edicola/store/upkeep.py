"""Keeping the library compact by bounded steps (issue 21).

Imports leave the search index as several FTS5 segments (a b-tree each): every
word is stored once per segment, and a merge leaves free pages behind. Merging
them saves a few per cent of the index; giving free pages back shrinks the file
(a new 10,000-article library: 1.40 → 1.30 times its text). Both are done
here in *steps*: each step is one short write transaction doing a bounded
amount of work (:data:`MERGE_PAGES` index pages merged, or :data:`VACUUM_PAGES`
database pages given back), so an import or the reader's own write never waits
for more than one step. The app runs a step at a time through its one import
queue after each change (``tasks/upkeep_runner.py``); ``edicola compact`` runs
them all.

When to merge. Merging every segment into one after every import would rewrite
the whole index each time: about 2.5 s of CPU at 100,000 articles and ten times
that at a million, for every edition. So a full merge starts only when the
segments beside the largest hold at least :data:`FULL_MERGE_SHARE` of its
pages: the largest is then rewritten once for every quarter of its size added,
five pages written per page imported however big the library. A merge under
way (FTS5 keeps its state in the index) is carried on by ordinary merge steps,
which never restart it from the beginning when an import comes in between.

Bodies written before their language had a compression dictionary (a library's
first thousand articles of each language, or every article of a library older
than migration 0017) are re-packed with it first, :data:`REPACK_BATCH` articles a
step (``BodyCodec.repack``): 0.49 → 0.41 times their text.

An index that outgrew its eras (a library indexed before migration 0019 holds
all of it in era 0) is cut after that, :data:`~edicola.store.era_cut.CUT_DOCS`
documents a step (``store/era_cut.py``), before any merge.

Giving space back needs ``auto_vacuum=INCREMENTAL``, which SQLite allows only
in a library created with it (new libraries are, :mod:`edicola.store.database`)
or after a full ``VACUUM`` (``edicola compact --vacuum``). In an older library
the freed pages stay in the file and the next imports reuse them.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from edicola.core.search.text_fold import Stemmers
from edicola.store.body_codec import REPACK_BATCH, BodyCodec
from edicola.store.era_cut import CUT_DOCS, cut_step, needs_cut
from edicola.store.search_eras import ERA_DOCS, fts_tables

MERGE_PAGES = 64
"""FTS5 leaf pages (about 4 KB each) merged per step: a few ms at 10,000 articles."""
VACUUM_PAGES = 64
"""Database pages given back per step (1 MiB at 16 KiB pages)."""
FULL_MERGE_SHARE = 0.25
"""Merge everything once the smaller segments hold this share of the largest's pages."""

_STRUCTURE_ROWID = 10  # FTS5_STRUCTURE_ROWID in fts5_index.c
_STRUCTURE_V2 = b"\xff\x00\x00\x01"
_INCREMENTAL = 2  # PRAGMA auto_vacuum


@dataclass(frozen=True)
class Level:
    """One level of an FTS5 index: its segments' sizes in leaf pages, and how many
    of them are the inputs of a merge under way (0: none)."""

    merging: int
    segments: tuple[int, ...]


@dataclass(frozen=True)
class Step:
    """What one step did: ``kind`` ``"repack"`` (``table``: the language,
    ``changes``: bodies re-packed), ``"cut"`` (``changes``: documents moved out of
    the oldest era, :mod:`~edicola.store.era_cut`), ``"merge"`` (``changes``: rows
    FTS5 wrote or deleted) or ``"vacuum"`` (``changes``: pages given back), on
    ``table``."""

    kind: str
    table: str
    changes: int


def _varint(data: bytes, at: int) -> tuple[int, int]:
    """SQLite's varint (as FTS5 writes it) at ``at``: (value, next offset)."""
    value = 0
    for i in range(8):
        byte = data[at + i]
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            return value, at + i + 1
    return (value << 8) | data[at + 8], at + 9


def fts_levels(conn: sqlite3.Connection, table: str) -> list[Level]:
    """The levels of an FTS5 table's index, read from its structure record
    (format: ``fts5StructureDecode`` in SQLite's ``fts5_index.c``)."""
    row = conn.execute(
        f"SELECT block FROM {table}_data WHERE id = ?", [_STRUCTURE_ROWID]
    ).fetchone()
    if row is None or len(row[0]) < 4:
        return []
    data: bytes = row[0]
    at = 4  # the cookie
    v2 = data[at : at + 4] == _STRUCTURE_V2
    if v2:
        at += 4
    levels, at = _varint(data, at)
    _, at = _varint(data, at)  # segment count
    _, at = _varint(data, at)  # write counter
    out = []
    for _ in range(levels):
        merging, at = _varint(data, at)
        count, at = _varint(data, at)
        sizes = []
        for _ in range(count):
            _, at = _varint(data, at)  # segment id
            first, at = _varint(data, at)
            last, at = _varint(data, at)
            for _ in range(5 if v2 else 0):  # origins, tombstones, entries
                _, at = _varint(data, at)
            sizes.append(last - first + 1)
        out.append(Level(merging, tuple(sizes)))
    return out


def wants_merge(levels: list[Level]) -> bool:
    """A merge is under way, or the smaller segments have grown enough to merge all."""
    if any(level.merging for level in levels):
        return True
    sizes = sorted(size for level in levels for size in level.segments)
    return len(sizes) > 1 and sum(sizes[:-1]) >= FULL_MERGE_SHARE * sizes[-1]


class Upkeep:
    """Bounded steps of upkeep on one library, run one after another on one thread.

    Each :meth:`step` opens and commits its own transaction on the connection it
    is given (each may be a new one: the app opens one per job); the object only
    remembers the tables whose merge did nothing, so that a step never repeats
    work FTS5 refuses.
    """

    def __init__(
        self,
        merge_pages: int = MERGE_PAGES,
        vacuum_pages: int = VACUUM_PAGES,
        repack_rows: int = REPACK_BATCH,
        era_size: int = ERA_DOCS,
        cut_docs: int = CUT_DOCS,
    ) -> None:
        self.merge_pages = merge_pages
        self.vacuum_pages = vacuum_pages
        self.repack_rows = repack_rows
        self.era_size, self.cut_docs = era_size, cut_docs
        self._repacked = False
        self._cut = False
        self._stemmers: Stemmers | None = None
        self._settled: set[str] = set()

    def step(self, conn: sqlite3.Connection, codec: BodyCodec | None = None) -> Step | None:
        """Do one bounded step; None when there is nothing left to do. ``codec``: the
        library's (its dictionaries loaded once); one on ``conn`` when not given."""
        if not self._repacked:
            repacked = self._repack(conn, codec)
            if repacked is not None:
                return repacked
            self._repacked = True
        if not self._cut:
            cut = self._cut_era(conn, codec)
            if cut is not None:
                return cut
            self._cut = True
        for table in fts_tables(conn):
            if table in self._settled:
                continue
            levels = fts_levels(conn, table)
            if not wants_merge(levels):
                self._settled.add(table)
                continue
            changes = self._merge(conn, table, levels)
            if changes >= 2:  # FTS5: fewer than two changed rows means no work was done
                return Step("merge", table, changes)
            self._settled.add(table)
        return self._vacuum(conn)

    def run(self, conn: sqlite3.Connection, codec: BodyCodec | None = None) -> list[Step]:
        """Every step, to the end (``edicola compact``)."""
        steps = []
        while (done := self.step(conn, codec)) is not None:
            steps.append(done)
        return steps

    def _repack(self, conn: sqlite3.Connection, codec: BodyCodec | None) -> Step | None:
        if codec is None:
            from sqlite_utils import Database

            codec = BodyCodec(Database(conn))
        with _write(conn):
            done = codec.repack(self.repack_rows)
        return None if done is None else Step("repack", done[0], done[1])

    def _cut_era(self, conn: sqlite3.Connection, codec: BodyCodec | None) -> Step | None:
        if self._stemmers is None:  # the first look of this run
            if not needs_cut(conn, self.era_size):  # the usual case: no write, no transaction
                return None
            self._stemmers = Stemmers()  # cutting: each step's own count says when to stop
        from sqlite_utils import Database

        db = Database(conn)
        with _write(conn):
            codec = codec or BodyCodec(db)
            done = cut_step(db, self._stemmers, codec, self.era_size, self.cut_docs)
        return None if done is None else Step("cut", done[0], done[1])

    def _merge(self, conn: sqlite3.Connection, table: str, levels: list[Level]) -> int:
        # Negative: start merging every segment; positive: carry on the merge
        # under way without starting it again (``fts5IndexMerge``).
        pages = self.merge_pages
        if not any(level.merging for level in levels):
            pages = -pages
        with _write(conn):
            before = conn.total_changes
            conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('merge', ?)", [pages])
            return conn.total_changes - before

    def _vacuum(self, conn: sqlite3.Connection) -> Step | None:
        if conn.execute("PRAGMA auto_vacuum").fetchone()[0] != _INCREMENTAL:
            return None
        free = int(conn.execute("PRAGMA freelist_count").fetchone()[0])
        if free == 0:
            return None
        with _write(conn):
            # One page per statement: Python's sqlite3 steps a statement that returns
            # no rows once, and SQLite gives one page back per step.
            for _ in range(min(free, self.vacuum_pages)):
                conn.execute("PRAGMA incremental_vacuum(1)")
            freed = free - int(conn.execute("PRAGMA freelist_count").fetchone()[0])
        return Step("vacuum", "", freed) if freed > 0 else None


class _write:
    """``BEGIN IMMEDIATE`` … ``COMMIT`` (``ROLLBACK`` on an error): one step."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        self.conn.execute("COMMIT" if kind is None else "ROLLBACK")


def file_bytes(conn: sqlite3.Connection) -> tuple[int, int]:
    """The database's size and the part of it that is free pages, in bytes."""
    page = int(conn.execute("PRAGMA page_size").fetchone()[0])
    count = int(conn.execute("PRAGMA page_count").fetchone()[0])
    free = int(conn.execute("PRAGMA freelist_count").fetchone()[0])
    return count * page, free * page
