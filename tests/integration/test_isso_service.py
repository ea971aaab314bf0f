"""The demo's Isso: started from this virtualenv on 127.0.0.1, answering, stopped by PID."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from edicola.net.isso_client import IssoClient
from edicola.servers.isso_server import free_port
from edicola.servers.isso_service import (
    DemoCommentsServer,
    IssoService,
    IssoServiceError,
    answers,
    port_in_use,
)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_start_answers_stores_and_stop_frees_the_port(tmp_path: Path) -> None:
    port = free_port()
    service = IssoService(tmp_path / "isso", port=port)
    line = service.start()
    try:
        assert f"http://127.0.0.1:{port}/" in line
        assert service.pid is not None and _alive(service.pid)
        assert answers("127.0.0.1", port)
        cfg = service.config_path.read_text(encoding="utf-8")
        assert f"dbpath = {tmp_path / 'isso' / 'comments.db'}" in cfg
        assert "[moderation]\nenabled = false" in cfg
        assert "[guard]\nenabled = false" in cfg
        outcome = IssoClient(service.url, timeout=5).post_comment(
            "/demo/article",
            {"text": "Funziona.", "author": "Demo", "parent": None, "title": "Demo article"},
        )
        assert outcome.status == 201  # published at once: no moderation
        assert service.dbpath.exists()
    finally:
        pid = service.pid
        service.stop()
    assert pid is not None and not _alive(pid)
    assert not port_in_use("127.0.0.1", port)
    service.stop()  # twice is harmless


def test_a_taken_port_is_reported_not_fought_over(tmp_path: Path) -> None:
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        with pytest.raises(IssoServiceError, match=f"port {port} on 127.0.0.1 is taken"):
            IssoService(tmp_path, port=port).start()


def test_missing_isso_is_reported(tmp_path: Path) -> None:
    service = IssoService(tmp_path, port=free_port(), executable=tmp_path / "no-isso")
    with pytest.raises(IssoServiceError, match="isso is not installed"):
        service.start()


def test_demo_server_never_blocks_the_demo(tmp_path: Path) -> None:
    with socket.socket() as holder:  # port taken: the demo still starts
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        demo = DemoCommentsServer(tmp_path / "isso", port=port)
        assert "not started" in demo.start()
        demo.stop()

    demo = DemoCommentsServer(tmp_path / "isso", port=free_port())
    try:
        assert "demo comments server (Isso)" in demo.start()
        assert answers("127.0.0.1", demo.service.port)
    finally:
        demo.stop()


def test_a_relative_folder_works(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``make run`` passes var/demo, relative to the checkout."""
    monkeypatch.chdir(tmp_path)
    demo = DemoCommentsServer(Path("var/demo/isso"), port=free_port())
    try:
        assert "demo comments server (Isso)" in demo.start()
    finally:
        demo.stop()
