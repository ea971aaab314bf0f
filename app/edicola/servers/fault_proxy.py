"""A small HTTP proxy that breaks things on purpose, between a client and a server.

Two ways to break things. Random faults (``drop``, ``status503``, ``stall``:
probabilities per request, from a seeded generator so a failing run can be
replayed) are what the ``edicola_fault_proxy`` fixture offers testers.
Scripted faults are consumed one per POST (GETs pass through unless
``get_faults`` is scripted too), so a test can say "the next POST gets a 500,
the one after is stored but its answer is lost" and then check what Isso
really stored. ``down()``/``up()`` stop and restart listening on the same
port (connection refused in between).

Faults:
    pass         forward normally
    500          answer 500 without forwarding (nothing stored)
    503          answer 503 without forwarding
    500_after    forward (stored), then answer 500
    ratelimit    answer 403 like Isso's guard, without forwarding
    retry_after  answer 503 with ``Retry-After: 7``, without forwarding
    drop         close the connection without forwarding
    drop_after   forward (stored), then close without answering
    stall        hold the request past the client's timeout, never forward
    stall_after  forward (stored), then hold the answer past the timeout
"""

from __future__ import annotations

import http.client
import random
import threading
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from edicola.servers.isso_server import free_port

FAULTS = (
    "pass",
    "500",
    "503",
    "500_after",
    "ratelimit",
    "retry_after",
    "drop",
    "drop_after",
    "stall",
    "stall_after",
)
_HOP_BY_HOP = {"connection", "transfer-encoding", "content-length", "keep-alive"}


class _Handler(BaseHTTPRequestHandler):
    server: _ProxyServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self._handle(self.server.proxy.next_fault("GET"))

    def do_POST(self) -> None:
        self._handle(self.server.proxy.next_fault("POST"))

    def _handle(self, fault: str) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        proxy = self.server.proxy
        self.close_connection = True
        if fault in ("drop",):
            return
        if fault == "stall":
            proxy.release.wait(proxy.stall_seconds)
            return
        if fault == "500":
            self._answer(500, b"<p>proxy says: internal error</p>", {})
            return
        if fault == "503":
            self._answer(503, b"<p>proxy says: unavailable</p>", {})
            return
        if fault == "ratelimit":
            self._answer(403, b"<p>127.0.0.0: ratelimit exceeded (1, 2)</p>", {})
            return
        if fault == "retry_after":
            self._answer(503, b"<p>busy</p>", {"Retry-After": "7"})
            return
        status, headers, data = self._forward(body)
        if fault == "drop_after":
            return
        if fault == "stall_after":
            proxy.release.wait(proxy.stall_seconds)
            return
        if fault == "500_after":
            self._answer(500, b"<p>proxy says: internal error</p>", {})
            return
        self._answer(status, data, headers)

    def _forward(self, body: bytes) -> tuple[int, dict[str, str], bytes]:
        proxy = self.server.proxy
        upstream = http.client.HTTPConnection(proxy.upstream_host, proxy.upstream_port, timeout=30)
        try:
            headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
            upstream.request(self.command, self.path, body=body or None, headers=headers)
            response = upstream.getresponse()
            data = response.read()
            out = {k: v for k, v in response.getheaders() if k.lower() not in _HOP_BY_HOP}
            return response.status, out, data
        finally:
            upstream.close()

    def _answer(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        self.send_response_only(status)
        for key, value in headers.items():
            if key.lower() not in ("server",):
                self.send_header(key, value)
        if not any(k.lower() == "date" for k in headers):
            self.send_header("Date", self.date_time_string())
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)


class _ProxyServer(ThreadingHTTPServer):
    daemon_threads = True
    proxy: FaultProxy


class FaultProxy:
    """Forward to ``upstream_host:upstream_port``, breaking requests as told.

    ``drop``, ``status503`` and ``stall`` are the chances (0.0–1.0) that a
    request without a scripted fault is dropped, answered 503 or held for
    ``stall_seconds``; ``seed`` makes the sequence repeatable.
    """

    def __init__(
        self,
        upstream_port: int,
        *,
        stall_seconds: float = 3.0,
        upstream_host: str = "127.0.0.1",
        drop: float = 0.0,
        status503: float = 0.0,
        stall: float = 0.0,
        seed: int | None = 0,
    ) -> None:
        for name, chance in (("drop", drop), ("status503", status503), ("stall", stall)):
            if not 0.0 <= chance <= 1.0:
                raise ValueError(f"{name} must be a probability between 0 and 1, not {chance}")
        if drop + status503 + stall > 1.0:
            raise ValueError("drop + status503 + stall must not exceed 1")
        self.upstream_host = upstream_host
        self.upstream_port = upstream_port
        self.chances = (("drop", drop), ("503", status503), ("stall", stall))
        self._random = random.Random(seed)
        self.port = free_port()
        self.stall_seconds = stall_seconds
        self.release = threading.Event()
        self.post_faults: deque[str] = deque()
        self.get_faults: deque[str] = deque()
        self.seen: list[tuple[str, str]] = []
        self._lock = threading.Lock()
        self._server: _ProxyServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def script(self, *faults: str, method: str = "POST") -> None:
        for fault in faults:
            if fault not in FAULTS:
                raise ValueError(f"unknown fault {fault!r}")
        with self._lock:
            (self.post_faults if method == "POST" else self.get_faults).extend(faults)

    def next_fault(self, method: str) -> str:
        with self._lock:
            queue = self.post_faults if method == "POST" else self.get_faults
            fault = queue.popleft() if queue else self._roll()
            self.seen.append((method, fault))
            return fault

    def _roll(self) -> str:
        roll = self._random.random()
        for fault, chance in self.chances:
            if roll < chance:
                return fault
            roll -= chance
        return "pass"

    def up(self) -> None:
        if self._server is not None:
            return
        server = _ProxyServer(("127.0.0.1", self.port), _Handler)
        server.proxy = self
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, daemon=True)
        self._thread.start()

    def down(self) -> None:
        """Stop listening: clients now get "connection refused"."""
        if self._server is None:
            return
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=10)
        self._server = None
        self._thread = None

    def close(self) -> None:
        self.release.set()
        self.down()
