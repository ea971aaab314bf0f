"""Downloads imported on a worker thread (issue 11 §2): the GUI thread never waits.

A real static server on 127.0.0.1 serves signed bundles; the downloader hands
them to an :class:`ImportQueue`. To catch an import in the act, the test
holds the library's write lock on its own connection: the import then waits
on the worker while the event loop must keep running.
"""

from __future__ import annotations

import shutil
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtNetwork import QNetworkAccessManager
from pytestqt.qtbot import QtBot

from edicola.core.bundle.edition_source import build_edition
from edicola.core.catalog.minisign import SecretKey, sign_file
from edicola.net.download_job import DownloadRequest, DownloadState
from edicola.net.downloader import Downloader
from edicola.servers.static_server import StaticServer
from edicola.store.database import DATABASE_NAME
from edicola.store.library import Library
from edicola.tasks.import_queue import ImportAbandoned, ImportQueue
from edicola.testing.editions import make_edition_source


@pytest.fixture
def nam(qapp: object) -> Iterator[QNetworkAccessManager]:
    manager = QNetworkAccessManager()
    yield manager
    for downloader in manager.findChildren(Downloader):
        downloader.shutdown()
    for queue in manager.findChildren(ImportQueue):
        queue.shutdown()
    manager.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def write_lock(library: Library) -> Iterator[sqlite3.Connection]:
    """The library's write lock, held by another connection until the test commits."""
    conn = sqlite3.connect(library.folder / DATABASE_NAME, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    yield conn
    if conn.in_transaction:
        conn.execute("ROLLBACK")
    conn.close()


def publish(tmp_path: Path, server: StaticServer, key: SecretKey, date: str) -> DownloadRequest:
    built = build_edition(
        make_edition_source(tmp_path / f"src-{date}", date=date), tmp_path / f"built-{date}"
    )
    target = server.root / "bundles" / built.path.name
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(built.path, target)
    sign_file(target, key)
    return DownloadRequest(
        edition_id=built.edition_id,
        url=server.url + f"bundles/{target.name}",
        size=target.stat().st_size,
        sha256=built.sha256,
        signature_url=server.url + f"bundles/{target.name}.minisig",
        public_key=key.public_key.to_base64(),
    )


def make_downloader(nam: QNetworkAccessManager, library: Library) -> Downloader:
    # The app's one import queue outlives its downloaders: the app shuts it down.
    queue = ImportQueue(library.folder, parent=nam)
    return Downloader(nam, library.folder / "downloads", queue, parent=nam)


def downloads(library: Library) -> list[str]:
    folder = library.folder / "downloads"
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_import_runs_on_a_worker_and_the_loop_keeps_turning(  # type: ignore[no-untyped-def]
    qtbot: QtBot, tmp_path, server, key, nam, library, write_lock
) -> None:
    request = publish(tmp_path, server, key, "2026-05-04")
    downloader = make_downloader(nam, library)
    finished_on: list[threading.Thread] = []
    downloader.finished.connect(lambda _e: finished_on.append(threading.current_thread()))
    downloader.enqueue(request)
    qtbot.waitUntil(
        lambda: downloader.state(request.edition_id) == DownloadState.IMPORTING, timeout=10_000
    )
    # The import waits for the lock on its worker; the GUI thread goes on turning
    # its event loop and reading the library (WAL).
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(0)
    qtbot.waitUntil(lambda: len(ticks) >= 20, timeout=5_000)
    timer.stop()
    assert downloader.state(request.edition_id) == DownloadState.IMPORTING
    assert library.editions.edition(request.edition_id) is None
    downloader.pause(request.edition_id)  # an import is never cut
    downloader.cancel(request.edition_id)
    assert downloader.state(request.edition_id) == DownloadState.IMPORTING
    write_lock.execute("COMMIT")
    qtbot.waitUntil(lambda: bool(finished_on), timeout=10_000)
    assert finished_on == [threading.main_thread()]
    assert library.editions.edition(request.edition_id) is not None
    assert downloader.state(request.edition_id) == DownloadState.DONE
    assert downloads(library) == []


def test_shutdown_waits_for_the_import_and_keeps_the_next_for_later(  # type: ignore[no-untyped-def]
    qtbot: QtBot, tmp_path, server, key, nam, library, write_lock
) -> None:
    first = publish(tmp_path, server, key, "2026-05-04")
    second = publish(tmp_path, server, key, "2026-05-05")
    downloader = make_downloader(nam, library)
    signals: list[str] = []
    downloader.finished.connect(signals.append)
    downloader.failed.connect(lambda e, _m, _r: signals.append(e))
    downloader.enqueue(first)
    downloader.enqueue(second)
    both = (first.edition_id, second.edition_id)
    qtbot.waitUntil(
        lambda: all(downloader.state(e) == DownloadState.IMPORTING for e in both),
        timeout=10_000,
    )
    # Closing now: the running import (one transaction) completes, the waiting one
    # goes back to a complete .part for the next run; no signal arrives any more.
    write_lock.execute("COMMIT")
    downloader.shutdown()
    for queue in nam.findChildren(ImportQueue):
        queue.shutdown()
    assert signals == []
    revisions = library.catalogs.library_revisions()
    (imported,) = revisions  # whichever finished downloading first, whole
    assert revisions == {imported: 1} and imported in both
    assert library.editions.edition(imported) is not None
    (later,) = (r for r in (first, second) if r.edition_id != imported)
    assert downloads(library) == [
        f"{later.edition_id}.edicola.part",
        f"{later.edition_id}.edicola.part.json",
    ]
    # The next run takes it up from the .part: verified and imported, nothing fetched twice.
    again = make_downloader(nam, library)
    assert again.interrupted() == [later.edition_id]
    bundle = later.url[len(server.url) :]
    fetched = len(server.requests_for(bundle))
    with qtbot.waitSignal(again.finished, timeout=10_000):
        again.enqueue(later)
    assert len(server.requests_for(bundle)) == fetched
    assert library.catalogs.library_revisions() == {first.edition_id: 1, second.edition_id: 1}
    assert downloads(library) == []


def test_after_shutdown_imports_are_abandoned_not_run(qtbot: QtBot, tmp_path, library) -> None:  # type: ignore[no-untyped-def]
    importer = ImportQueue(library.folder)
    importer.shutdown()
    outcomes: list[object] = []
    importer.submit(tmp_path / "x.edicola", outcomes.append)
    assert len(outcomes) == 1 and isinstance(outcomes[0], ImportAbandoned)
    assert "x.edicola" in str(outcomes[0])
