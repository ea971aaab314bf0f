"""The import queue: the one writer of the library, and what it announces.

Real bundles, a real library. To catch two writers at once, the import and
removal code is wrapped to record when each job enters and leaves it, and the
first import is held on the library's write lock (another connection's open
transaction) while the others are queued behind it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from edicola.core.bundle.edition_source import build_edition
from edicola.store.changes import LibraryChange
from edicola.store.database import DATABASE_NAME
from edicola.store.editions import EditionStore, ImportResult
from edicola.store.library import Library
from edicola.tasks.import_queue import ImportAbandoned, ImportQueue, RemovalAbandoned
from edicola.testing.editions import make_edition_source
from tests.helpers.journal import Journal


@pytest.fixture
def queue(qapp: object, library: Library) -> Iterator[ImportQueue]:
    queue = ImportQueue(library.folder)
    yield queue
    queue.shutdown()


def bundle(tmp_path: Path, date: str, revision: int = 1) -> Path:
    source = make_edition_source(tmp_path / f"src-{date}-{revision}", date=date, revision=revision)
    return build_edition(source, tmp_path / f"built-{date}-{revision}").path


@pytest.fixture
def journal(monkeypatch: pytest.MonkeyPatch) -> Journal:
    """Records each write entering and leaving the library (on the worker)."""
    journal = Journal()

    def recorded(name: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(store: EditionStore, first: Any, *args: Any, **kwargs: Any) -> Any:
            label = first.name if isinstance(first, Path) else first
            journal.add(f"enter {name} {label}")
            try:
                return real(store, first, *args, **kwargs)
            finally:
                journal.add(f"exit {name} {label}")

        return wrapper

    monkeypatch.setattr(
        EditionStore, "import_bundle", recorded("import", EditionStore.import_bundle)
    )
    monkeypatch.setattr(
        EditionStore, "delete_edition", recorded("delete", EditionStore.delete_edition)
    )
    return journal


def test_one_write_at_a_time_each_announced_before_its_callback(
    qtbot: QtBot, tmp_path: Path, library: Library, queue: ImportQueue, journal: Journal
) -> None:
    bundles = [bundle(tmp_path, f"2026-05-0{day}") for day in (4, 5, 6)]
    queue.libraryChanged.connect(lambda change: journal.add(f"changed {change}"))
    results: list[object] = []

    def done(name: str) -> Callable[[object], None]:
        return lambda outcome: (results.append(outcome), journal.add(f"done {name}"))

    lock = sqlite3.connect(library.folder / DATABASE_NAME, isolation_level=None)
    lock.execute("BEGIN IMMEDIATE")  # the first import waits for this on the worker
    try:
        for path in bundles:
            queue.submit(path, done(path.name))
        queue.submit_removal(["gazzetta-2026-05-04", "not-there"], done("removal"))
        qtbot.waitUntil(lambda: f"enter import {bundles[0].name}" in journal)
        assert queue.busy
    finally:
        lock.execute("COMMIT")
        lock.close()
    qtbot.waitUntil(lambda: "done removal" in journal, timeout=20_000)

    entries = journal.entries
    writes = [e for e in entries if e.startswith(("enter", "exit"))]
    # Never two at once: every enter is followed by its own exit.
    assert all(
        enter.startswith("enter") and exit_ == "exit" + enter[len("enter") :]
        for enter, exit_ in zip(writes[::2], writes[1::2], strict=True)
    )
    imported = [r.edition_id for r in results[:3] if isinstance(r, ImportResult)]
    assert imported == ["gazzetta-2026-05-04", "gazzetta-2026-05-05", "gazzetta-2026-05-06"]
    assert results[3] == ("gazzetta-2026-05-04",)  # the one that was there
    # One announcement per committed change, just before the caller hears of it.
    for path, edition_id in zip(bundles, imported, strict=True):
        announced = entries.index(f"changed {LibraryChange(added=(edition_id,))}")
        assert entries[announced + 1] == f"done {path.name}"
    removed = entries.index(f"changed {LibraryChange(removed=('gazzetta-2026-05-04',))}")
    assert entries[removed + 1] == "done removal"
    assert sum(e.startswith("changed") for e in entries) == 4
    assert library.editions.edition("gazzetta-2026-05-04") is None
    assert library.editions.edition("gazzetta-2026-05-06") is not None


def test_a_new_revision_is_revised_and_the_same_one_changes_nothing(
    qtbot: QtBot, tmp_path: Path, library: Library, queue: ImportQueue
) -> None:
    first, second = bundle(tmp_path, "2026-05-04"), bundle(tmp_path, "2026-05-04", revision=2)
    changes: list[LibraryChange] = []
    queue.libraryChanged.connect(changes.append)
    outcomes: list[object] = []
    for path in (first, second, second):
        queue.submit(path, outcomes.append)
    queue.submit_removal(["never-imported"], outcomes.append)
    qtbot.waitUntil(lambda: len(outcomes) == 4, timeout=20_000)
    assert [getattr(o, "status", o) for o in outcomes] == ["imported", "updated", "unchanged", ()]
    assert changes == [
        LibraryChange(added=("gazzetta-2026-05-04",)),
        LibraryChange(revised=("gazzetta-2026-05-04",)),
    ]  # nothing committed, nothing announced


def test_a_failed_import_announces_nothing(
    qtbot: QtBot, tmp_path: Path, library: Library, queue: ImportQueue
) -> None:
    broken = tmp_path / "broken.edicola"
    broken.write_bytes(b"not a zip")
    changes: list[LibraryChange] = []
    queue.libraryChanged.connect(changes.append)
    outcomes: list[object] = []
    queue.submit(broken, outcomes.append)
    qtbot.waitUntil(lambda: bool(outcomes))
    (error,) = outcomes
    assert isinstance(error, Exception) and "broken.edicola" in str(error)
    assert changes == [] and library.editions.editions() == []


def test_after_shutdown_removals_are_abandoned_and_nothing_is_removed(
    qtbot: QtBot, tmp_path: Path, library: Library, queue: ImportQueue
) -> None:
    library.editions.import_bundle(bundle(tmp_path, "2026-05-04"))
    queue.shutdown()
    outcomes: list[object] = []
    queue.submit_removal(["gazzetta-2026-05-04"], outcomes.append)
    queue.submit(tmp_path / "x.edicola", outcomes.append)
    removal, imported = outcomes
    assert isinstance(removal, RemovalAbandoned) and "gazzetta-2026-05-04" in str(removal)
    assert isinstance(imported, ImportAbandoned)
    assert library.editions.edition("gazzetta-2026-05-04") is not None
