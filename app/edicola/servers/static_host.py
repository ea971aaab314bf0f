"""A small static file server for catalogs: what ``edicola dev run-demo`` serves.

A newsstand catalog is plain files, and the reader needs from its host only
what nginx gives by default: ``ETag`` and ``Last-Modified``, single-range
``Range`` requests (``206``, ``416``), ``If-Range`` so a resumed download
never splices two versions of a file, and ``If-None-Match`` (``304``). This
module provides exactly that on top of ``http.server`` so the demo needs no
other software. It binds to 127.0.0.1 by default; it is not meant to face the
internet (use nginx or any static host for that, see docs/newsstand.md).

Tests subclass :class:`StaticHandler` (``servers/static_server.py``)
to inject faults through the hook methods, so there is one implementation.
Qt-free on purpose: it runs in a thread next to the reader.
"""

from __future__ import annotations

import contextlib
import email.utils
import re
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

_RANGE = re.compile(r"^bytes=(\d+)-(\d*)$")
_CHUNK = 256 * 1024
DEFAULT_HOST = "127.0.0.1"

MEDIA_TYPES = {
    ".json": "application/opds+json",
    ".edicola": "application/vnd.edicola.bundle+zip",
    ".minisig": "application/vnd.minisign.signature",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".webp": "image/webp",
    ".svg": "image/svg+xml",
    ".html": "text/html; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
}


def file_etag(file: Path) -> str:
    """A strong validator that changes whenever the file is replaced (like nginx's)."""
    stat = file.stat()
    return f'"{stat.st_mtime_ns:x}-{stat.st_size:x}"'


class StaticHandler(BaseHTTPRequestHandler):
    """Serves files under ``owner.root``; the hook methods are for fault injection."""

    owner: StaticHost
    protocol_version = "HTTP/1.1"
    server_version = "EdicolaStatic/1"

    def setup(self) -> None:
        super().setup()
        self.owner.track(self.connection, True)

    def finish(self) -> None:
        self.owner.track(self.connection, False)
        with contextlib.suppress(OSError):
            super().finish()

    def log_message(self, format: str, *args: object) -> None:
        if self.owner.verbose:
            super().log_message(format, *args)

    def do_HEAD(self) -> None:
        self.serve(head=True)

    def do_GET(self) -> None:
        self.serve(head=False)

    # -- hooks (overridden by the test server) --------------------------------------------

    def intercept(self, path: str) -> bool:
        """Answer the request some other way; True if it was answered."""
        return False

    def claimed_length(self, length: int) -> int:
        return length

    def send_limit(self, claimed: int) -> int:
        return claimed

    def transform(self, chunk: bytes, offset: int) -> bytes:
        return chunk

    def must_close(self) -> bool:
        return False

    def after_body(self) -> None:
        """Called once the body (or as much as ``send_limit`` allowed) was sent."""

    # -- serving --------------------------------------------------------------------------

    def plain(self, status: int, text: str, extra: dict[str, str] | None = None) -> None:
        body = text.encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def serve(self, head: bool) -> None:
        path = unquote(urlsplit(self.path).path)
        if self.intercept(path):
            return
        file = self.owner.file_for(path)
        if file is None:
            self.plain(404, "not found\n")
            return
        size = file.stat().st_size
        etag = self.owner.etag(file)
        modified = email.utils.formatdate(file.stat().st_mtime, usegmt=True)
        if self.headers.get("If-None-Match") == etag and not self.headers.get("Range"):
            self.send_response(304)
            self.send_header("ETag", etag)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        start, end, status = 0, size - 1, 200
        wanted = self.headers.get("Range")
        if_range = self.headers.get("If-Range")
        if wanted and (if_range is None or if_range in (etag, modified)):
            match = _RANGE.match(wanted.strip())
            if match:
                first = int(match[1])
                last = int(match[2]) if match[2] else size - 1
                if first >= size or last < first:
                    self.plain(416, "range not satisfiable\n", {"Content-Range": f"bytes */{size}"})
                    return
                start, end, status = first, min(last, size - 1), 206
        length = end - start + 1
        claimed = self.claimed_length(length)
        self.send_response(status)
        self.send_header("Content-Type", self.owner.media_type(file))
        self.send_header("Content-Length", str(claimed))
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", modified)
        self.send_header("Accept-Ranges", "bytes")
        self.send_header("Cache-Control", "no-cache")
        if status == 206:
            self.send_header("Content-Range", f"bytes {start}-{end}/{size}")
        if self.must_close():
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if head:
            return
        limit = self.send_limit(claimed)
        sent = 0
        with file.open("rb") as handle:
            handle.seek(start)
            while sent < limit:
                chunk = handle.read(min(_CHUNK, limit - sent))
                if not chunk:
                    break
                try:
                    self.wfile.write(self.transform(chunk, sent))
                except OSError:
                    return
                sent += len(chunk)
        self.after_body()


class StaticHost:
    """A threaded static server on ``host:port`` (``port=0``: any free port)."""

    handler: type[StaticHandler] = StaticHandler

    def __init__(
        self, root: Path, host: str = DEFAULT_HOST, port: int = 0, verbose: bool = False
    ) -> None:
        self.root = root
        self.host = host
        self.requested_port = port
        self.verbose = verbose
        self.lock = threading.Lock()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._connections: set[socket.socket] = set()
        self._port: int | None = None  # kept after stop(), so the URL stays known

    @property
    def port(self) -> int:
        assert self._port is not None, "not started"
        return self._port

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/"

    def file_for(self, path: str) -> Path | None:
        """The file a URL path names, or None (missing, a folder, or outside the root)."""
        root = self.root.resolve()
        file = (root / path.lstrip("/")).resolve()
        if not file.is_relative_to(root) or not file.is_file():
            return None
        return file

    def etag(self, file: Path) -> str:
        return file_etag(file)

    @staticmethod
    def media_type(file: Path) -> str:
        return MEDIA_TYPES.get(file.suffix.lower(), "application/octet-stream")

    def track(self, connection: socket.socket, open_: bool) -> None:
        with self.lock:
            if open_:
                self._connections.add(connection)
            else:
                self._connections.discard(connection)

    def start(self) -> StaticHost:
        """Bind and serve in a daemon thread; raises OSError if the port is taken."""
        this = self

        class Handler(self.handler):  # type: ignore[name-defined,misc]
            owner = this

        self._httpd = ThreadingHTTPServer((self.host, self.requested_port), Handler)
        self._httpd.daemon_threads = True
        self._port = int(self._httpd.server_address[1])
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, name="static-host", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop listening and cut open keep-alive connections."""
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        with self.lock:
            for connection in self._connections:
                with contextlib.suppress(OSError):
                    connection.shutdown(socket.SHUT_RDWR)
        if self._thread is not None:
            self._thread.join(timeout=10)
        self._httpd = None
        self._thread = None
