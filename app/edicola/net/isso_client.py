"""A minimal, synchronous, Qt-free client for an Isso comment server.

Synchronous ``http.client`` with timeouts so that the CLI, the tests and the
app (through a background worker) share one implementation. It separates
"never connected" (surely nothing stored) from "connected, then no usable
answer" (maybe stored): the outbox treats the two very differently.

The server is not trusted: an answer is read up to :data:`MAX_REPLY_BYTES`
and within one deadline per request (a watchdog closes a connection that
trickles), and a thread listing is parsed with :mod:`edicola.core.safejson`
and reduced by :func:`edicola.core.comments.isso_reply.clean_thread`.

Nor is its address, when a catalog or bundle gave it rather than the reader:
given an :class:`~edicola.net.address_guard.AddressGuard`, the client refuses
a server on the reader's own machine or network before sending a byte, and
connects to the very address it checked (issue 19).
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlsplit

from edicola.core import safejson
from edicola.core.comments.isso_reply import clean_thread
from edicola.core.comments.outbox import HttpOutcome
from edicola.core.message import Message
from edicola.net.address_guard import AddressGuard, AddressRefused, origin

if TYPE_CHECKING:
    import http.client

USER_AGENT = "Edicola comments"
#: An answer larger than this is cut off (a thread of thousands of comments fits).
MAX_REPLY_BYTES = 8 * 1024 * 1024
_READ = 64 * 1024


class IssoUnavailable(Exception):
    """The thread could not be read (message is user-facing)."""


@dataclass(frozen=True)
class ThreadListing:
    """A thread as listed by the server, and how far its clock is from ours."""

    data: dict[str, Any]
    #: server clock minus local clock, from the ``Date`` header (None if absent).
    clock_offset: float | None


def server_address_problem(base_url: str) -> str | None:
    """Why ``base_url`` cannot be a comment server's address (None if it can)."""
    try:
        parts = urlsplit(base_url.strip())
        port = parts.port
    except ValueError as exc:
        return f"not a valid comments server address: {base_url!r} ({exc})"
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return f"not an http(s) comments server address: {base_url!r}"
    if port == 0:
        return f"not a valid comments server address: {base_url!r} (port 0)"
    return None


NOT_CONTACTED = "; not contacted"
"""How a refused server's line ends (the outbox shows that line as the comment's state)."""


def refused_line(server: str) -> str:
    """The one line a reader sees for a server the guard refused."""
    return Message(
        "the comment server {server} is on a private address and came from the catalog, "
        "not from you; not contacted",
        server=server,
    )


def refusal(server: str, guard: AddressGuard | None) -> str | None:
    """Why ``guard`` will not let ``server`` be contacted (one line), else None.

    A name that does not resolve is not refused here: connecting says so."""
    target = origin(server)
    if guard is None or target is None:
        return None
    try:
        guard.addresses(*target)
    except AddressRefused:
        return refused_line(server)
    except OSError:
        return None
    return None


class IssoClient:
    """``guard``: None for a server the reader chose; otherwise every connection is
    checked, and made to the checked address."""

    def __init__(
        self,
        base_url: str,
        *,
        timeout: float = 10.0,
        deadline: float | None = None,
        guard: AddressGuard | None = None,
    ) -> None:
        problem = server_address_problem(base_url)
        if problem is not None:
            raise ValueError(problem)
        parts = urlsplit(base_url.strip())
        self.base_url = base_url
        self.timeout = timeout
        #: Seconds one whole request may take, however the bytes trickle in.
        self.deadline = deadline if deadline is not None else 3 * timeout
        self._https = parts.scheme == "https"
        self._host = parts.hostname or ""
        self._port = parts.port
        self._prefix = parts.path.rstrip("/")
        self._guard = guard

    def refusal(self) -> str | None:
        """Why the guard will not let this server be contacted (one line), else None."""
        return refusal(self.base_url, self._guard)

    def post_comment(self, uri: str, payload: Mapping[str, Any]) -> HttpOutcome:
        """``POST /new?uri=…``; never raises for network trouble."""
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        headers = {"Content-Type": "application/json", "User-Agent": USER_AGENT}
        return self._request("POST", f"/new?uri={quote(uri, safe='/')}", body, headers)

    def fetch_thread(self, uri: str, *, plain: bool = True) -> ThreadListing:
        """``GET /?uri=…`` (``plain=1``: raw text as the authors typed it)."""
        path = f"/?uri={quote(uri, safe='/')}" + ("&plain=1" if plain else "")
        refused = self.refusal()
        if refused is not None:
            raise IssoUnavailable(refused)
        before = time.time()
        outcome = self._request("GET", path, None, {"User-Agent": USER_AGENT})
        after = time.time()
        if outcome.status == 404:
            return ThreadListing({"id": None, "total_replies": 0, "replies": []}, None)
        if outcome.status != 200:
            reason = outcome.error or f"HTTP {outcome.status}"
            raise IssoUnavailable(f"cannot read comments from {self.base_url}: {reason}")
        try:
            data = clean_thread(safejson.loads(outcome.body))
        except ValueError as exc:
            raise IssoUnavailable(f"{self.base_url} did not answer with a thread") from exc
        if data is None:
            raise IssoUnavailable(f"{self.base_url} did not answer with a thread")
        return ThreadListing(data, _clock_offset(outcome.headers, (before + after) / 2))

    def _request(
        self, method: str, path: str, body: bytes | None, headers: dict[str, str]
    ) -> HttpOutcome:
        # Here, not at the top: ssl and http.client cost the reader's cold start ~30 ms.
        import http.client
        import ssl

        conn: http.client.HTTPConnection
        if self._https:
            conn = http.client.HTTPSConnection(
                self._host,
                self._port,
                timeout=self.timeout,
                context=ssl.create_default_context(),
            )
        else:
            conn = http.client.HTTPConnection(self._host, self._port, timeout=self.timeout)
        if self._guard is not None:  # connect to the address checked (DNS rebinding)
            pinned: Any = partial(_guarded, self._guard, "https" if self._https else "http")
            conn._create_connection = pinned  # type: ignore[attr-defined]
        expired, finished = threading.Event(), threading.Event()

        def watchdog() -> None:
            if not finished.wait(self.deadline):
                expired.set()
                _shut(sockets[0] if sockets else conn.sock)

        sockets: list[socket.socket] = []  # the response keeps it after conn.sock is cleared

        # Not threading.Timer: it would register the caller (often a Qt worker
        # thread) as a dummy Python thread. ``daemon`` is given up front for the
        # same reason.
        timer = threading.Thread(target=watchdog, name="isso-deadline", daemon=True)
        timer.start()
        try:
            try:
                conn.connect()
            except AddressRefused:
                return HttpOutcome(None, sent=False, error=refused_line(self.base_url))
            except (OSError, ssl.SSLError) as exc:
                why = "timed out" if expired.is_set() else _describe(exc)
                return HttpOutcome(None, sent=False, error=f"cannot connect: {why}")
            if conn.sock is not None:
                sockets.append(conn.sock)
            try:
                conn.request(method, self._prefix + path, body=body, headers=headers)
                response = conn.getresponse()
                data = _read_capped(response)
                if expired.is_set():
                    raise TimeoutError("deadline")
            except (OSError, http.client.HTTPException, ValueError) as exc:
                why = (
                    f"no complete answer within {self.deadline:g} s"
                    if expired.is_set()
                    else (_describe(exc))
                )
                return HttpOutcome(None, sent=True, error=f"no answer: {why}")
            return HttpOutcome(
                response.status, data, {k: v for k, v in response.getheaders()}, sent=True
            )
        finally:
            finished.set()
            conn.close()


def _guarded(
    guard: AddressGuard,
    scheme: str,
    address: tuple[str, int],
    timeout: Any,
    source_address: tuple[str, int] | None = None,
) -> socket.socket:
    """``socket.create_connection`` through the guard (what ``http.client`` calls)."""
    return guard.connect(scheme, address[0], address[1], timeout, source_address)


def _read_capped(response: http.client.HTTPResponse) -> bytes:
    """The body, refusing (``ValueError``) one over :data:`MAX_REPLY_BYTES`."""
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read(_READ):
        size += len(chunk)
        if size > MAX_REPLY_BYTES:
            raise ValueError(f"the answer is larger than {MAX_REPLY_BYTES // (1024 * 1024)} MiB")
        chunks.append(chunk)
    return b"".join(chunks)


def _shut(sock: socket.socket | None) -> None:
    """Unblock a read stuck on a trickling server (from the watchdog thread)."""
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)


def _clock_offset(headers: Mapping[str, str] | None, local_now: float) -> float | None:
    import email.utils

    for key, value in (headers or {}).items():
        if key.lower() == "date":
            try:
                return email.utils.parsedate_to_datetime(value).timestamp() - local_now
            except (TypeError, ValueError, IndexError):
                return None
    return None


def _describe(exc: BaseException) -> str:
    import http.client

    if isinstance(exc, socket.timeout | TimeoutError):
        return "timed out"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, ConnectionResetError | http.client.RemoteDisconnected):
        return "connection closed by the server"
    return str(exc) or type(exc).__name__
