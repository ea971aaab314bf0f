"""A small news site on 127.0.0.1 for the feeds tests: feeds and pages in the shapes
found in the wild, and the faults a polite fetcher must survive.

Routes are plain data (:class:`Route`); ``kind`` picks the behaviour:
``static`` (with ETag/Last-Modified and 304s), ``trickle`` (headers, then a
byte now and then until the server stops: a page that never finishes),
``redirect`` (to ``target``), ``stream`` (``size`` bytes with no
Content-Length). Every request is logged with its headers.
"""

from __future__ import annotations

import hashlib
import io
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from PIL import Image


@dataclass
class Route:
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    kind: str = "static"
    status: int = 200
    target: str = ""
    size: int = 0


@dataclass
class FeedSite:
    routes: dict[str, Route] = field(default_factory=dict)
    log: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    stopping: threading.Event = field(default_factory=threading.Event)
    url: str = ""

    def add(
        self, path: str, body: bytes | str, content_type: str = "text/html; charset=utf-8"
    ) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Route(data, content_type)

    def hits(self, path: str) -> list[dict[str, str]]:
        return [headers for p, headers in self.log if p == path]


class _Handler(BaseHTTPRequestHandler):
    site: FeedSite
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        site = self.site
        site.log.append((self.path, dict(self.headers.items())))
        route = site.routes.get(self.path)
        if route is None:
            self._send(404, b"not found", "text/plain")
            return
        if route.kind == "redirect":
            self.send_response(302)
            self.send_header("Location", route.target)
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif route.kind == "trickle":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(b"<html><body><p>")
            while not site.stopping.wait(0.05):
                try:
                    self.wfile.write(b"a ")
                    self.wfile.flush()
                except OSError:
                    break
            self.close_connection = True
        elif route.kind == "stream":
            self.send_response(200)
            self.send_header("Content-Type", route.content_type)
            self.send_header("Connection", "close")
            self.end_headers()
            self.close_connection = True
            block = b"\xff\xd8\xff" + bytes(64 * 1024 - 3)
            try:
                for _ in range(route.size // len(block)):
                    self.wfile.write(block)
            except OSError:
                pass
        else:
            etag = '"' + hashlib.sha1(route.body).hexdigest()[:16] + '"'
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self._send(route.status, route.body, route.content_type, {"ETag": etag})

    def _send(
        self, status: int, body: bytes, content_type: str, extra: dict[str, str] | None = None
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)


def serve_site(site: FeedSite) -> Iterator[FeedSite]:
    """Run ``site`` on a free loopback port for the duration of a fixture."""
    handler = type("Handler", (_Handler,), {"site": site})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    site.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield site
    finally:
        site.stopping.set()
        server.shutdown()
        server.server_close()
        thread.join(5)


def png(width: int = 64, height: int = 48, colour: tuple[int, int, int] = (200, 40, 40)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, "PNG")
    return out.getvalue()


def jpeg(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (30, 90, 160)).save(out, "JPEG", quality=70)
    return out.getvalue()


RSS = "application/rss+xml; charset=utf-8"
ATOM = "application/atom+xml"


def page(title: str, body: str, canonical: str = "") -> str:
    """An article page with the furniture trafilatura must leave out."""
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>{title}</title>{link}</head>
<body><nav><a href="/">Home</a> · <a href="/sport">Sport</a> · <a href="/meteo">Meteo</a></nav>
<div id="cookie-notice" class="cookie-banner">We use cookies to improve your experience.
Accept cookies</div>
<main><article><h1>{title}</h1>{body}</article></main>
<aside class="sidebar"><h3>Most read</h3>
<ul><li><a href="/x">SIDEBAR-MOST-READ item</a></li></ul></aside>
<footer>FOOTER-COPYRIGHT 2026 Example News. All rights reserved.</footer></body></html>"""


LOREM = (
    "The council met on Tuesday evening to discuss the harbour plan, and the debate ran late "
    "into the night as residents queued to speak about traffic, noise and the fishing fleet. "
    "Several speakers asked for a new study of the tides before any building starts. "
)


def paragraphs(count: int, marker: str = "") -> str:
    parts = [f"<p>{LOREM}{marker if i == 1 else ''}</p>" for i in range(count)]
    return "".join(parts)
