"""A real WebDAV server on 127.0.0.1 for the sync tests: wsgidav on cheroot.

In front of it sits a small TCP relay, so a test can take the server *down*
(connection refused), *cut* the next upload part-way (the client sees the
connection drop, the server keeps whatever arrived), or make the next requests
of a method answer a status (401, 403, 404, 409, 412, 507) without reaching
wsgidav. Everything runs in daemon threads owned by :class:`WebDav`;
:meth:`WebDav.close` stops them all.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections import defaultdict, deque
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from cheroot import wsgi
from wsgidav.wsgidav_app import WsgiDAVApp

from edicola.servers.isso_server import free_port

_REASONS = {
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    409: "Conflict",
    412: "Precondition Failed",
    507: "Insufficient Storage",
}


class _Faults:
    """Scripted answers: the next requests of a method get these statuses."""

    def __init__(self, inner: Callable[..., Any]) -> None:
        self.inner = inner
        self.script: dict[str, deque[int]] = defaultdict(deque)
        self.seen: list[str] = []
        self.lock = threading.Lock()

    def __call__(
        self, environ: dict[str, Any], start_response: Callable[..., Any]
    ) -> Iterable[bytes]:
        method = environ["REQUEST_METHOD"]
        with self.lock:
            self.seen.append(f"{method} {environ.get('PATH_INFO', '')}")
            queue = self.script.get(method) or self.script.get("*")
            status = queue.popleft() if queue else None
        if status is None:
            return self.inner(environ, start_response)  # type: ignore[no-any-return]
        length = int(environ.get("CONTENT_LENGTH") or 0)
        if length:
            environ["wsgi.input"].read(length)
        body = f"{status} {_REASONS.get(status, '')}".encode()
        start_response(
            f"{status} {_REASONS.get(status, 'Error')}",
            [("Content-Type", "text/plain"), ("Content-Length", str(len(body)))],
        )
        return [body]


class _Relay:
    """Forwards TCP to the server; can refuse connections or cut the next PUT."""

    def __init__(self, upstream: int) -> None:
        self.upstream = upstream
        self.port = free_port()
        self.cut_after: int | None = None
        self._listener: socket.socket | None = None
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()

    def up(self) -> None:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(16)
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def down(self) -> None:
        with self._lock:
            listener, self._listener = self._listener, None
            sockets, self._sockets = self._sockets, []
        if listener is not None:
            _close(listener)  # shutdown() wakes the thread blocked in accept()
        for sock in sockets:
            _close(sock)

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            server = socket.create_connection(("127.0.0.1", self.upstream))
            with self._lock:
                self._sockets += [client, server]
            threading.Thread(target=self._pump, args=(client, server, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, False), daemon=True).start()

    def _pump(self, source: socket.socket, target: socket.socket, upstream: bool) -> None:
        budget: int | None = None
        try:
            while data := source.recv(65536):
                if upstream and budget is None and data.startswith(b"PUT ") and self.cut_after:
                    budget, self.cut_after = self.cut_after, None
                if budget is not None:
                    target.sendall(data[:budget])
                    budget -= len(data[:budget])
                    if budget <= 0:
                        break
                    continue
                target.sendall(data)
        except OSError:
            pass
        _close(source)
        _close(target)
        with self._lock:  # keep only open connections (the list grew with every pass)
            self._sockets = [s for s in self._sockets if s not in (source, target)]


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()


class WebDav:
    """wsgidav serving ``root`` to ``user``/``password`` (Basic auth, UTF-8)."""

    def __init__(self, root: Path, user: str, password: str) -> None:
        self.root = root
        self.user, self.password = user, password
        port = free_port()
        config = {
            "host": "127.0.0.1",
            "port": port,
            "provider_mapping": {"/": str(root)},
            "http_authenticator": {
                "domain_controller": None,
                "accept_basic": True,
                "accept_digest": False,
                "default_to_digest": False,
            },
            "simple_dc": {"user_mapping": {"*": {user: {"password": password}}}},
            "verbose": 0,
            "logging": {"enable": False},
            "property_manager": True,
            "lock_storage": True,
        }
        self.faults = _Faults(WsgiDAVApp(config))
        self._server = wsgi.Server(("127.0.0.1", port), self.faults, numthreads=4)
        self._server.prepare()
        self._thread = threading.Thread(target=self._server.serve, daemon=True)
        self._thread.start()
        self.relay = _Relay(port)
        self.relay.up()

    def url(self, folder: str = "sync") -> str:
        return f"http://127.0.0.1:{self.relay.port}/{folder}/"

    def answer(self, method: str, *statuses: int) -> None:
        """The next requests of ``method`` (``*``: any) get these statuses."""
        with self.faults.lock:
            self.faults.script[method].extend(statuses)

    def connections(self) -> int:
        """Sockets the relay holds open (both ends of each connection)."""
        with self.relay._lock:
            return len(self.relay._sockets)

    def cut_next_put(self, after_bytes: int) -> None:
        self.relay.cut_after = after_bytes

    def files(self, folder: str = "sync") -> dict[str, bytes]:
        base = self.root / folder
        return {p.name: p.read_bytes() for p in sorted(base.iterdir()) if p.is_file()}

    def close(self) -> None:
        self.relay.down()
        self._server.stop()
        self._thread.join(10)  # timing-ok: a hang guard, cheroot stops in well under a second
