"""The demo's static host (``edicola.servers.static_host``) with faults on demand, for tests.

It serves a folder like nginx would (ETag, Last-Modified, Range, If-Range,
416) because it *is* the production server; this subclass only adds a
request log and scripted faults, consumed one per request of a path:

    drop          send headers and ``after`` bytes of the body, then close the connection
    stall         send ``after`` bytes, then hold the connection until released/stopped
    status        answer ``status`` (404, 416, 500, 503 …) with a short body
    short_length  claim ``Content-Length`` ``after`` bytes short of the body, send that much
    tamper        flip the byte at offset ``after`` in the body as it is sent

Every request is logged (method, path, headers) so tests can check that a
resume really sent ``Range`` and ``If-Range``.
"""

from __future__ import annotations

import os
import socket
import threading
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from edicola.servers.static_host import StaticHandler, StaticHost


@dataclass(frozen=True)
class Fault:
    kind: str
    after: int = 0
    status: int = 0
    location: str = ""
    """Where a ``redirect`` fault sends the client (a 302)."""


@dataclass(frozen=True)
class LoggedRequest:
    method: str
    path: str
    headers: dict[str, str]


class _FaultyHandler(StaticHandler):
    owner: StaticServer
    fault: Fault | None = None

    def intercept(self, path: str) -> bool:
        owner = self.owner
        owner.log(self.command, path, dict(self.headers.items()))
        self.fault = owner.next_fault(path)
        if self.fault is not None and self.fault.kind == "status":
            self.close_connection = True
            self.plain(self.fault.status, f"fault {self.fault.status}\n", {"Connection": "close"})
            return True
        if self.fault is not None and self.fault.kind == "redirect":
            self.close_connection = True
            headers = {"Location": self.fault.location, "Connection": "close"}
            self.plain(302, "moved\n", headers)
            return True
        return False

    def claimed_length(self, length: int) -> int:
        if self.fault is not None and self.fault.kind == "short_length":
            return max(0, length - self.fault.after)
        return length

    def send_limit(self, claimed: int) -> int:
        if self.fault is not None and self.fault.kind in ("drop", "stall"):
            return min(claimed, self.fault.after)
        return claimed

    def transform(self, chunk: bytes, offset: int) -> bytes:
        fault = self.fault
        if (
            fault is not None
            and fault.kind == "tamper"
            and offset <= fault.after < offset + len(chunk)
        ):
            at = fault.after - offset
            return chunk[:at] + bytes([chunk[at] ^ 0xFF]) + chunk[at + 1 :]
        return chunk

    def must_close(self) -> bool:
        return self.fault is not None

    def after_body(self) -> None:
        fault = self.fault
        if fault is None or fault.kind not in ("drop", "stall"):
            return
        self.wfile.flush()
        if fault.kind == "stall":
            self.owner.released.wait(timeout=60)
        self.connection.shutdown(socket.SHUT_RDWR)
        self.close_connection = True


class StaticServer(StaticHost):
    handler = _FaultyHandler

    def __init__(self, root: Path, host: str = "127.0.0.1", port: int = 0) -> None:
        super().__init__(root, host, port)
        self.requests: list[LoggedRequest] = []
        self.released = threading.Event()
        self._faults: dict[str, deque[Fault]] = {}

    def start(self) -> StaticServer:
        super().start()
        return self

    def fault(self, path: str, *faults: Fault) -> None:
        """Script faults for the next requests of ``path`` (one per request)."""
        with self.lock:
            self._faults.setdefault("/" + path.lstrip("/"), deque()).extend(faults)

    def next_fault(self, path: str) -> Fault | None:
        with self.lock:
            queue = self._faults.get(path)
            return queue.popleft() if queue else None

    def release(self) -> None:
        """Let stalled responses go on (they then close the connection)."""
        self.released.set()

    def log(self, method: str, path: str, headers: dict[str, str]) -> None:
        with self.lock:
            self.requests.append(LoggedRequest(method, path, headers))

    def requests_for(self, path: str) -> list[LoggedRequest]:
        with self.lock:
            return [r for r in self.requests if r.path == "/" + path.lstrip("/")]

    def stop(self) -> None:
        """Stop listening and cut open connections (the host goes offline)."""
        self.released.set()
        super().stop()


def serve(root: Path) -> Iterator[StaticServer]:
    """Fixture body: ``yield from serve(tmp_path / "www")`` in a test module's fixture."""
    root.mkdir(parents=True, exist_ok=True)
    server = StaticServer(root).start()
    try:
        yield server
    finally:
        server.stop()


def change_file(path: Path, data: bytes) -> None:
    """Replace a served file so that its ETag and Last-Modified both change."""
    path.write_bytes(data)
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))
