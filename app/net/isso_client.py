"""A minimal, synchronous, Qt-free client for an Isso comment server.

Synchronous ``http.client`` with timeouts so that the CLI, the tests and the
app (through a background worker) share one implementation. It separates
"never connected" (surely nothing stored) from "connected, then no usable
answer" (maybe stored): the outbox treats the two very differently.
"""

from __future__ import annotations

import email.utils
import http.client
import json
import socket
import ssl
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlsplit

from edicola.core.outbox import HttpOutcome

USER_AGENT = "Edicola comments"


class IssoUnavailable(Exception):
    """The thread could not be read (message is user-facing)."""


@dataclass(frozen=True)
class ThreadListing:
    """A thread as listed by the server, and how far its clock is from ours."""

    data: dict[str, Any]
    #: server clock minus local clock, from the ``Date`` header (None if absent).
    clock_offset: float | None


class IssoClient:
    def __init__(self, base_url: str, *, timeout: float = 10.0) -> None:
        parts = urlsplit(base_url.strip())
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"not an http(s) comments server address: {base_url!r}")
        self.base_url = base_url
        self.timeout = timeout
        self._https = parts.scheme == "https"
        self._host = parts.hostname
        self._port = parts.port
        self._prefix = parts.path.rstrip("/")

    def post_comment(self, uri: str, payload: Mapping[str, Any]) -> HttpOutcome:
        """``POST /new?uri=…``; never raises for network trouble."""
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        headers = {"Content-Type": "application/json", "User-Agent": USER_AGENT}
        return self._request("POST", f"/new?uri={quote(uri, safe='/')}", body, headers)

    def fetch_thread(self, uri: str, *, plain: bool = True) -> ThreadListing:
        """``GET /?uri=…`` (``plain=1``: raw text as the authors typed it)."""
        path = f"/?uri={quote(uri, safe='/')}" + ("&plain=1" if plain else "")
        before = time.time()
        outcome = self._request("GET", path, None, {"User-Agent": USER_AGENT})
        after = time.time()
        if outcome.status == 404:
            return ThreadListing({"id": None, "total_replies": 0, "replies": []}, None)
        if outcome.status != 200:
            reason = outcome.error or f"HTTP {outcome.status}"
            raise IssoUnavailable(f"cannot read comments from {self.base_url}: {reason}")
        try:
            data = json.loads(outcome.body)
        except ValueError as exc:
            raise IssoUnavailable(f"{self.base_url} did not answer with a thread") from exc
        if not isinstance(data, dict):
            raise IssoUnavailable(f"{self.base_url} did not answer with a thread")
        return ThreadListing(data, _clock_offset(outcome.headers, (before + after) / 2))

    def _request(
        self, method: str, path: str, body: bytes | None, headers: dict[str, str]
    ) -> HttpOutcome:
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
        try:
            try:
                conn.connect()
            except (OSError, ssl.SSLError) as exc:
                return HttpOutcome(None, sent=False, error=f"cannot connect: {_describe(exc)}")
            try:
                conn.request(method, self._prefix + path, body=body, headers=headers)
                response = conn.getresponse()
                data = response.read()
            except (OSError, http.client.HTTPException) as exc:
                return HttpOutcome(None, sent=True, error=f"no answer: {_describe(exc)}")
            return HttpOutcome(
                response.status, data, {k: v for k, v in response.getheaders()}, sent=True
            )
        finally:
            conn.close()


def _clock_offset(headers: Mapping[str, str] | None, local_now: float) -> float | None:
    for key, value in (headers or {}).items():
        if key.lower() == "date":
            try:
                return email.utils.parsedate_to_datetime(value).timestamp() - local_now
            except (TypeError, ValueError, IndexError):
                return None
    return None


def _describe(exc: BaseException) -> str:
    if isinstance(exc, socket.timeout | TimeoutError):
        return "timed out"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, ConnectionResetError | http.client.RemoteDisconnected):
        return "connection closed by the server"
    return str(exc) or type(exc).__name__
