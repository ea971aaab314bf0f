"""The Qt wrapper: delivery on a worker thread, signals, backoff wake-ups."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from edicola.core.backoff import RetryPolicy
from edicola.core.comments.outbox import State
from edicola.servers.fault_proxy import FaultProxy
from edicola.servers.isso_server import IssoServer
from edicola.store.comments import CommentStore
from edicola.testing.plugin import IssoFactory
from edicola.ui.comments.delivery_runner import CommentSync
from tests.helpers.comment_library import ARTICLE, seed_library


@pytest.fixture
def isso(edicola_isso: IssoFactory) -> IssoServer:
    """A real Isso from the plugin testers get (started and stopped by it)."""
    return edicola_isso.servers[edicola_isso()]


@pytest.fixture
def pool() -> Iterator[QThreadPool]:
    pool = QThreadPool()
    yield pool
    pool.waitForDone(15_000)


def test_sync_delivers_on_a_worker_and_reports(
    qtbot: QtBot, tmp_path: Path, isso: IssoServer, pool: QThreadPool
) -> None:
    folder = tmp_path / "lib"
    store = CommentStore(seed_library(folder, server=isso.url))
    sync = CommentSync(folder, store, pool=pool)
    states: list[tuple[str, str]] = []
    counts: list[int] = []
    sync.comment_state_changed.connect(lambda i, s: states.append((i, s)))
    sync.outbox_count_changed.connect(counts.append)
    ids = [store.queue(store.save_draft(ARTICLE, f"from the app {n}")).local_id for n in range(3)]
    with qtbot.waitSignal(sync.sync_finished, timeout=15_000):
        sync.start()  # with reachability, if this platform has a backend
    assert counts[0] == 3 and counts[-1] == 0
    assert [s for i, s in states if i == ids[0]] == [State.SENDING, State.PUBLISHED]
    assert isso.count() == 3
    sync.stop()


def test_backoff_wakes_the_sync_without_the_user(
    qtbot: QtBot, tmp_path: Path, isso: IssoServer, pool: QThreadPool
) -> None:
    proxy = FaultProxy(isso.port)
    proxy.up()
    try:
        folder = tmp_path / "lib"
        store = CommentStore(seed_library(folder, server=proxy.url))
        sync = CommentSync(
            folder,
            store,
            pool=pool,
            delivery_options={"policy": RetryPolicy(base=0.05, cap=0.2), "timeout": 2.0},
        )
        proxy.script("drop_after", "500")
        local_id = store.queue(store.save_draft(ARTICLE, "eventually once")).local_id
        sync.start(watch_network=False)
        qtbot.waitUntil(lambda: store.get(local_id).state is State.PUBLISHED, timeout=15_000)
        sync.stop()
        assert isso.count() == 1
    finally:
        proxy.close()
