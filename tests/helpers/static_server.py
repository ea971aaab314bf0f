"""A real static HTTP server on 127.0.0.1 for newsstand tests, with faults on demand.

It serves a folder like nginx would: ``ETag``, ``Last-Modified``, ``Range``
(single ranges), ``If-Range`` and ``416`` for an unsatisfiable range. Faults
are scripted per path and consumed one per request:

    drop          send headers and ``after`` bytes of the body, then close the connection
    stall         send ``after`` bytes, then hold the connection until released/stopped
    status        answer ``status`` (404, 416, 500, 503 …) with a short body
    short_length  claim ``Content-Length`` ``after`` bytes short of the body, send that much
    tamper        flip the byte at offset ``after`` in the body as it is sent

Every request is logged (method, path, headers) so tests can check that a
resume really sent ``Range`` and ``If-Range``.
"""

from __future__ import annotations

import contextlib
import email.utils
import hashlib
import os
import re
import socket
import threading
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

_RANGE = re.compile(r"^bytes=(\d+)-(\d*)$")
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class Fault:
    kind: str
    after: int = 0
    status: int = 0


@dataclass(frozen=True)
class LoggedRequest:
    method: str
    path: str
    headers: dict[str, str]


@dataclass
class StaticServer:
    root: Path
    host: str = "127.0.0.1"
    requests: list[LoggedRequest] = field(default_factory=list)
    _faults: dict[str, deque[Fault]] = field(default_factory=dict)
    _release: threading.Event = field(default_factory=threading.Event)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _httpd: ThreadingHTTPServer | None = None
    _thread: threading.Thread | None = None
    _etags: dict[tuple[str, int, int], str] = field(default_factory=dict)
    _connections: set[socket.socket] = field(default_factory=set)

    @property
    def port(self) -> int:
        assert self._httpd is not None
        return int(self._httpd.server_address[1])

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/"

    def fault(self, path: str, *faults: Fault) -> None:
        """Script faults for the next requests of ``path`` (one per request)."""
        with self._lock:
            self._faults.setdefault("/" + path.lstrip("/"), deque()).extend(faults)

    def next_fault(self, path: str) -> Fault | None:
        with self._lock:
            queue = self._faults.get(path)
            return queue.popleft() if queue else None

    def release(self) -> None:
        """Let stalled responses go on (they then close the connection)."""
        self._release.set()

    def log(self, method: str, path: str, headers: dict[str, str]) -> None:
        with self._lock:
            self.requests.append(LoggedRequest(method, path, headers))

    def requests_for(self, path: str) -> list[LoggedRequest]:
        with self._lock:
            return [r for r in self.requests if r.path == "/" + path.lstrip("/")]

    def etag(self, file: Path) -> str:
        stat = file.stat()
        key = (str(file), stat.st_size, stat.st_mtime_ns)
        with self._lock:
            if key not in self._etags:
                digest = hashlib.sha256()
                with file.open("rb") as handle:
                    while chunk := handle.read(1 << 20):
                        digest.update(chunk)
                self._etags[key] = f'"{digest.hexdigest()[:20]}"'
            return self._etags[key]

    def start(self) -> StaticServer:
        server = self

        class Handler(_Handler):
            owner = server

        self._httpd = ThreadingHTTPServer((self.host, 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop listening and cut open keep-alive connections (the host goes offline)."""
        self._release.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        with self._lock:
            for connection in self._connections:
                with contextlib.suppress(OSError):
                    connection.shutdown(socket.SHUT_RDWR)
        if self._thread is not None:
            self._thread.join(timeout=10)


class _Handler(BaseHTTPRequestHandler):
    owner: StaticServer
    protocol_version = "HTTP/1.1"

    def setup(self) -> None:
        super().setup()
        with self.owner._lock:
            self.owner._connections.add(self.connection)

    def finish(self) -> None:
        with self.owner._lock:
            self.owner._connections.discard(self.connection)
        with contextlib.suppress(OSError):
            super().finish()

    def log_message(self, format: str, *args: object) -> None:
        pass  # keep test output clean

    def do_HEAD(self) -> None:
        self._serve(head=True)

    def do_GET(self) -> None:
        self._serve(head=False)

    def _plain(self, status: int, text: str, extra: dict[str, str] | None = None) -> None:
        body = text.encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def _serve(self, head: bool) -> None:
        path = unquote(urlsplit(self.path).path)
        owner = self.owner
        owner.log(self.command, path, {k: v for k, v in self.headers.items()})
        fault = owner.next_fault(path)
        if fault is not None and fault.kind == "status":
            self._plain(fault.status, f"fault {fault.status}\n")
            return
        file = (owner.root / path.lstrip("/")).resolve()
        if not file.is_relative_to(owner.root.resolve()) or not file.is_file():
            self._plain(404, "not found\n")
            return
        data_size = file.stat().st_size
        etag = owner.etag(file)
        modified = email.utils.formatdate(file.stat().st_mtime, usegmt=True)
        start, end, status = 0, data_size - 1, 200
        wanted = self.headers.get("Range")
        if_range = self.headers.get("If-Range")
        if wanted and (if_range is None or if_range in (etag, modified)):
            match = _RANGE.match(wanted.strip())
            if match:
                first = int(match[1])
                last = int(match[2]) if match[2] else data_size - 1
                if first >= data_size:
                    self._plain(
                        416, "range not satisfiable\n", {"Content-Range": f"bytes */{data_size}"}
                    )
                    return
                start, end, status = first, min(last, data_size - 1), 206
        length = end - start + 1
        claimed = length
        if fault is not None and fault.kind == "short_length":
            claimed = max(0, length - fault.after)
        self.send_response(status)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(claimed))
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", modified)
        self.send_header("Accept-Ranges", "bytes")
        if status == 206:
            self.send_header("Content-Range", f"bytes {start}-{end}/{data_size}")
        if fault is not None:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if head:
            return
        limit = claimed
        if fault is not None and fault.kind in ("drop", "stall"):
            limit = min(claimed, fault.after)
        sent = 0
        with file.open("rb") as handle:
            handle.seek(start)
            while sent < limit:
                chunk = handle.read(min(_CHUNK, limit - sent))
                if not chunk:
                    break
                if (
                    fault is not None
                    and fault.kind == "tamper"
                    and sent <= fault.after < sent + len(chunk)
                ):
                    at = fault.after - sent
                    chunk = chunk[:at] + bytes([chunk[at] ^ 0xFF]) + chunk[at + 1 :]
                try:
                    self.wfile.write(chunk)
                except OSError:
                    return
                sent += len(chunk)
        if fault is not None and fault.kind == "stall":
            self.wfile.flush()
            owner._release.wait(timeout=60)
        if fault is not None and fault.kind in ("drop", "stall"):
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)
            self.close_connection = True


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
