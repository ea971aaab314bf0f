"""Upkeep through the reader's one import queue: a step at a time, between imports.

A real library of synthetic editions whose index wants merging, the real queue,
a real bundle imported meanwhile. Small steps (4 index pages) so there are many.
The steps and the import record when they enter and leave the library.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from bench.synth import bulk_insert, editions
from edicola.core.bundle.edition_source import build_edition
from edicola.store.database import DATABASE_NAME
from edicola.store.editions import EditionStore, ImportResult
from edicola.store.library import Library
from edicola.store.search_eras import fts_tables
from edicola.store.upkeep import Step, Upkeep, fts_levels, wants_merge
from edicola.tasks.import_queue import ImportQueue
from edicola.tasks.upkeep_runner import UpkeepRunner
from edicola.testing.editions import make_edition_source
from tests.helpers.journal import Journal


@pytest.fixture
def journal(monkeypatch: pytest.MonkeyPatch) -> Journal:
    journal = Journal()
    step, import_bundle = Upkeep.step, EditionStore.import_bundle

    def recorded_step(self: Upkeep, conn: sqlite3.Connection, codec: Any = None) -> Step | None:
        journal.add("enter step")
        try:
            return step(self, conn, codec)
        finally:
            journal.add("exit step")

    def recorded_import(self: EditionStore, *args: Any, **kwargs: Any) -> ImportResult:
        journal.add("enter import")
        try:
            return import_bundle(self, *args, **kwargs)
        finally:
            journal.add("exit import")

    monkeypatch.setattr(Upkeep, "step", recorded_step)
    monkeypatch.setattr(EditionStore, "import_bundle", recorded_import)
    return journal


@pytest.fixture
def queue(qapp: object, library: Library) -> Iterator[ImportQueue]:
    for edition in editions(240, words=120, per_edition=8):
        bulk_insert(library.db, edition, library.search)
    assert wants_merge(fts_levels(library.db.conn, "search_fts"))
    queue = ImportQueue(library.folder)
    yield queue
    queue.shutdown()


@pytest.fixture
def runner(queue: ImportQueue) -> UpkeepRunner:
    runner = UpkeepRunner(queue, make=lambda: Upkeep(merge_pages=4))
    queue.libraryChanged.connect(runner.library_changed)
    return runner


def consistent(folder: Path) -> None:
    conn = sqlite3.connect(folder / DATABASE_NAME, isolation_level=None)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        for table in fts_tables(conn):
            conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 0)")
    finally:
        conn.close()


def test_an_import_waits_for_one_step_at_most(
    qtbot: QtBot, tmp_path: Path, library: Library, runner: UpkeepRunner, journal: Journal
) -> None:
    source = make_edition_source(tmp_path / "src", date="2026-05-04")
    bundle = build_edition(source, tmp_path / "built").path
    imported: list[object] = []

    def submit_import(_step: object) -> None:
        if not imported and journal.count("submit import") == 0:
            journal.add("submit import")
            runner._imports.submit(bundle, imported.append)

    # Queued: it runs after the runner has handed the queue its next step.
    runner.stepped.connect(submit_import, Qt.ConnectionType.QueuedConnection)
    with qtbot.waitSignal(runner.settled, timeout=60_000):
        runner.library_changed()
    entries = journal.entries
    asked, began = entries.index("submit import"), entries.index("enter import")
    assert entries[asked:began].count("enter step") <= 1  # the step in hand, no more
    assert entries[began + 1] == "exit import"
    assert entries[began + 2 :].count("enter step") >= 2  # upkeep went on after it
    assert isinstance(imported[0], ImportResult) and imported[0].status == "imported"
    for table in fts_tables(library.db.conn):
        levels = fts_levels(library.db.conn, table)
        assert not wants_merge(levels) and not any(level.merging for level in levels)
    consistent(library.folder)


def test_shutdown_between_steps_leaves_a_consistent_library(
    qtbot: QtBot, library: Library, queue: ImportQueue, runner: UpkeepRunner, journal: Journal
) -> None:
    with qtbot.waitSignal(runner.stepped, timeout=60_000):
        runner.library_changed()
    assert runner.running  # the next step is queued
    queue.shutdown()  # the step in hand finishes; the queued one is abandoned
    assert not runner.running
    taken = journal.count("enter step")
    assert journal.count("exit step") == taken
    runner.library_changed()  # after shutdown: nothing more is queued
    assert journal.count("enter step") == taken and not runner.running
    assert any(level.merging for level in fts_levels(library.db.conn, "search_fts"))
    consistent(library.folder)
