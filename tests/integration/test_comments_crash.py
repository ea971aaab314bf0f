"""kill -9 while drafts are saved and while the outbox is delivered.

The driver is a real separate process (``python -m tests.helpers.comments_driver``)
killed with SIGKILL; on restart nothing acknowledged is lost and nothing is
delivered twice (checked in Isso's own database).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from edicola.core.comments.outbox import State
from edicola.servers.fault_proxy import FaultProxy
from edicola.servers.isso_server import IssoServer
from edicola.store.comments import CommentStore
from edicola.store.database import open_library
from edicola.testing.plugin import IssoFactory
from tests.helpers.comment_library import ARTICLE, seed_library

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(os.name != "posix", reason="needs SIGKILL")


def driver(mode: str, folder: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.comments_driver", mode, str(folder)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def kill_after(process: subprocess.Popen[str], prefix: str, count: int) -> list[str]:
    """Read the driver's lines until ``count`` start with ``prefix``, then SIGKILL it."""
    assert process.stdout is not None
    lines: list[str] = []
    seen = 0
    while seen < count:
        line = process.stdout.readline()
        if not line:
            break
        lines.append(line.strip())
        seen += line.startswith(prefix)
    os.kill(process.pid, signal.SIGKILL)
    process.communicate(timeout=30)  # reaps it and closes the pipes
    return lines


def finish(process: subprocess.Popen[str]) -> str:
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    return out


@pytest.fixture
def isso(edicola_isso: IssoFactory) -> IssoServer:
    """A real Isso from the plugin testers get (started and stopped by it)."""
    return edicola_isso.servers[edicola_isso()]


def test_kill_while_saving_drafts_loses_nothing_acknowledged(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    seed_library(folder).close()
    acked: dict[str, int] = {}
    for _round in range(2):  # kill, restart, kill again
        for line in kill_after(driver("drafts", folder), "ok ", 400):
            if line.startswith("ok "):
                _, local_id, length = line.split()
                acked[local_id] = max(acked.get(local_id, 0), int(length))
    store = CommentStore(open_library(folder))
    stored = {c.local_id: c for c in store.all()}
    assert len(acked) >= 10
    for local_id, length in acked.items():
        comment = stored[local_id]
        assert comment.state is State.DRAFT
        assert len(comment.text) >= length  # the last acknowledged save (or a later one)
        assert comment.text.startswith("bozza ")


def _seed_queue(folder: Path, server: str, count: int) -> list[str]:
    store = CommentStore(seed_library(folder, server=server))
    texts = [f"crash-test comment number {n}" for n in range(count)]
    for text in texts:
        store.queue(store.save_draft(ARTICLE, text, author="Ann"))
    return texts


def _assert_each_once(folder: Path, isso: IssoServer, texts: list[str]) -> None:
    store = CommentStore(open_library(folder))
    assert store.pending_count() == 0
    assert {c.state for c in store.all()} == {State.PUBLISHED}
    assert isso.count() == len(texts)
    assert sorted(isso.texts()) == sorted(texts)
    remote = [c.remote_id for c in store.all()]
    assert len(set(remote)) == len(texts)


def test_kill_while_delivering_then_restart_delivers_each_once(
    tmp_path: Path, isso: IssoServer
) -> None:
    folder = tmp_path / "lib"
    texts = _seed_queue(folder, isso.url, 120)
    kill_after(driver("deliver", folder), "attempt", 40)
    kill_after(driver("deliver", folder), "attempt", 40)
    assert 0 < isso.count() < len(texts)
    out = finish(driver("deliver", folder))
    assert out.strip().endswith("0")  # nothing left waiting
    _assert_each_once(folder, isso, texts)


def test_kill_after_the_server_stored_but_before_the_answer(
    tmp_path: Path, isso: IssoServer
) -> None:
    """The worst moment: stored remotely, not yet recorded locally."""
    proxy = FaultProxy(isso.port, stall_seconds=60)
    proxy.up()
    try:
        folder = tmp_path / "lib"
        texts = _seed_queue(folder, proxy.url, 5)
        proxy.script("pass", "pass", "stall_after")
        process = driver("deliver", folder)
        for _ in range(2000):  # bounded: until Isso has stored the stalled third one
            if isso.count() == 3:
                break
            try:
                process.wait(timeout=0.01)
            except subprocess.TimeoutExpired:
                continue
            break
        assert isso.count() == 3 and process.poll() is None
        os.kill(process.pid, signal.SIGKILL)
        process.communicate(timeout=30)
        store = CommentStore(open_library(folder))
        assert [c.state for c in store.all()][:3] == [
            State.PUBLISHED,
            State.PUBLISHED,
            State.SENDING,
        ]
        finish(driver("deliver", folder))
        _assert_each_once(folder, isso, texts)
        assert sum(1 for method, _ in proxy.seen if method == "POST") == 5  # none resent
    finally:
        proxy.close()
