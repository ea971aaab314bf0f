"""Polite, bounded HTTP for the feeds pipeline: the real ``edicola.core.feeds.build.Fetcher``.

Blocking ``urllib`` on the build's worker threads rather than
QNetworkAccessManager: ``edicola feeds build`` runs without a Qt event loop
and the reader runs builds off the GUI thread anyway. Every request is
bounded: a connect/read ``timeout``, a whole-request ``deadline`` (a page
that trickles bytes forever is cut), a size cap per kind (checked against
``Content-Length`` and again while reading), at most ``per_host`` requests
to one host at a time, redirects only to http(s) and at most
:data:`MAX_REDIRECTS`. Feeds are fetched with ``If-None-Match`` /
``If-Modified-Since`` so an unchanged feed costs one 304.

Every connection goes through an :class:`~edicola.net.address_guard.AddressGuard`
(issue 19): what a feed points at may not reach the reader's own machine or
network, checked after name resolution and on the very address connected to.
The feeds the recipe names (requests of kind ``feed``: what the reader typed)
make their origins trusted; ``allow_private_networks`` in ``[fetch]`` trusts all.
"""

from __future__ import annotations

import http.client
import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from typing import IO, Any
from urllib.parse import urlsplit

from edicola.core.feeds.build import FetchError, FetchRequest, FetchResult
from edicola.core.feeds.recipe import FetchLimits
from edicola.net.address_guard import AddressGuard, Resolver, origin, system_resolver

MAX_REDIRECTS = 5
_CHUNK = 64 * 1024
_ACCEPT = {
    "feed": "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5",
    "page": "text/html, application/xhtml+xml;q=0.9, */*;q=0.5",
    "image": "image/png, image/jpeg, image/webp, image/gif;q=0.9",
}


class _Redirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS
    max_repeats = 2

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: Any,
        newurl: str,
    ) -> urllib.request.Request | None:
        if not newurl.startswith(("http://", "https://")):
            raise urllib.error.HTTPError(newurl, code, "redirect to a non-http(s) URL", headers, fp)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class _GuardedConnection(http.client.HTTPConnection):
    """An HTTP connection made by the guard, to the address it checked."""

    scheme = "http"

    def __init__(self, host: str, *, guard: AddressGuard | None, **kwargs: Any) -> None:
        super().__init__(host, **kwargs)
        if guard is not None:
            self._create_connection = partial(_connect, guard, self.scheme)


class _GuardedHTTPSConnection(http.client.HTTPSConnection):
    """HTTPS the same way; TLS still checks the certificate against the host name."""

    scheme = "https"

    def __init__(self, host: str, *, guard: AddressGuard | None, **kwargs: Any) -> None:
        super().__init__(host, **kwargs)
        if guard is not None:
            self._create_connection = partial(_connect, guard, self.scheme)


def _connect(
    guard: AddressGuard,
    scheme: str,
    address: tuple[str, int],
    timeout: Any = socket._GLOBAL_DEFAULT_TIMEOUT,  # type: ignore[attr-defined]
    source_address: tuple[str, int] | None = None,
) -> socket.socket:
    host, port = address
    return guard.connect(scheme, host, port, timeout, source_address)


def _direct_guard(guard: AddressGuard, req: urllib.request.Request) -> AddressGuard | None:
    """The guard for a direct connection; through a proxy (the reader's own setting) the
    target is checked by name only, and the connection goes to the proxy."""
    if not (req.has_proxy() or getattr(req, "_tunnel_host", None)):
        return guard
    target = origin(req.full_url)
    if target is not None:
        guard.addresses(*target)
    return None


class _GuardedHTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, guard: AddressGuard) -> None:
        super().__init__()
        self.guard = guard

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        connection: Any = _GuardedConnection  # typeshed's protocol has no room for the guard
        return self.do_open(connection, req, guard=_direct_guard(self.guard, req))


class _GuardedHTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, guard: AddressGuard) -> None:
        super().__init__()
        self.guard = guard

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        connection: Any = _GuardedHTTPSConnection
        return self.do_open(connection, req, guard=_direct_guard(self.guard, req))


class FeedFetcher:
    """Thread-safe: the build calls :meth:`fetch` from its pool."""

    def __init__(self, limits: FetchLimits, resolver: Resolver = system_resolver) -> None:
        self.limits = limits
        self.guard = AddressGuard(allow_private=limits.allow_private_networks, resolver=resolver)
        self._opener = urllib.request.build_opener(
            _Redirects(), _GuardedHTTPHandler(self.guard), _GuardedHTTPSHandler(self.guard)
        )
        self._hosts: dict[str, threading.BoundedSemaphore] = {}
        self._lock = threading.Lock()
        self.requests = 0

    @contextmanager
    def _host_slot(self, url: str) -> Iterator[None]:
        host = urlsplit(url).netloc.lower()
        with self._lock:
            slot = self._hosts.setdefault(host, threading.BoundedSemaphore(self.limits.per_host))
            self.requests += 1
        with slot:
            yield

    def _cap(self, kind: str) -> int:
        limits = self.limits
        return {"feed": limits.max_feed_bytes, "image": limits.max_image_bytes}.get(
            kind, limits.max_page_bytes
        )

    def fetch(self, request: FetchRequest) -> FetchResult:
        url = request.url
        if not url.startswith(("http://", "https://")):
            raise FetchError(f"{url}: only http(s) URLs are fetched")
        if request.kind == "feed":
            self.guard.trust(url)  # a feed of the recipe: what the reader typed
        headers = {
            "User-Agent": self.limits.user_agent,
            "Accept": _ACCEPT.get(request.kind, "*/*"),
            "Accept-Encoding": "identity",
        }
        if request.etag:
            headers["If-None-Match"] = request.etag
        if request.last_modified:
            headers["If-Modified-Since"] = request.last_modified
        with self._host_slot(url):
            return self._get(urllib.request.Request(url, headers=headers), request.kind)

    def _get(self, req: urllib.request.Request, kind: str) -> FetchResult:
        url = req.full_url
        deadline = time.monotonic() + self.limits.deadline
        try:
            response = self._opener.open(req, timeout=self.limits.timeout)
        except urllib.error.HTTPError as exc:
            exc.close()
            if exc.code == 304:
                return FetchResult(url, 304)
            if exc.code in (301, 302, 303, 307, 308):
                raise FetchError(f"{url}: too many redirects") from exc
            raise FetchError(f"{url}: HTTP {exc.code} {exc.reason}".rstrip()) from exc
        except urllib.error.URLError as exc:
            raise FetchError(f"{url}: {_reason(exc.reason)}") from exc
        except TimeoutError as exc:
            raise FetchError(f"{url}: no answer in {self.limits.timeout:g} s") from exc
        except (OSError, http.client.HTTPException, ValueError) as exc:
            raise FetchError(f"{url}: {_reason(exc)}") from exc
        with response:
            cap = self._cap(kind)
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > cap:
                raise FetchError(
                    f"{url}: {int(length) // 1024} KiB is over the {cap // 1024} KiB limit"
                )
            data = self._read(response, url, cap, deadline)
            return FetchResult(
                url=response.geturl(),
                status=response.status,
                data=data,
                content_type=response.headers.get("Content-Type", ""),
                etag=response.headers.get("ETag", ""),
                last_modified=response.headers.get("Last-Modified", ""),
            )

    def _read(self, response: Any, url: str, cap: int, deadline: float) -> bytes:
        chunks: list[bytes] = []
        size = 0
        try:
            while True:
                if time.monotonic() > deadline:
                    raise FetchError(f"{url}: not finished in {self.limits.deadline:g} s")
                chunk = (
                    response.read1(_CHUNK) if hasattr(response, "read1") else response.read(_CHUNK)
                )
                if not chunk:
                    break
                size += len(chunk)
                if size > cap:
                    raise FetchError(f"{url}: over the {cap // 1024} KiB limit")
                chunks.append(chunk)
        except TimeoutError as exc:
            raise FetchError(f"{url}: stalled for {self.limits.timeout:g} s") from exc
        except (OSError, http.client.HTTPException) as exc:
            raise FetchError(f"{url}: {_reason(exc)}") from exc
        return b"".join(chunks)


def _reason(reason: object) -> str:
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return "timed out"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    text = str(reason).strip() or type(reason).__name__
    return text.splitlines()[0][:160]
