"""Small capped GETs into memory (catalog feeds, signatures) over QNetworkAccessManager.

Everything the newsstand fetches into memory is capped while it streams in,
so a hostile or broken server cannot make the reader buffer gigabytes.
Redirects are only followed on the same origin (scheme, host and port: so an
address a catalog gives can never reach another service of this machine or its
network, issue 19); another one is refused, not retried. Failures are classified as
retryable (network, 5xx, 429) or not (4xx), which is what decides whether the
UI shows a quiet "offline" state or an error.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, QUrl
from PySide6.QtNetwork import QNetworkAccessManager, QNetworkReply, QNetworkRequest

#: Status codes worth trying again later.
RETRYABLE_STATUS = frozenset({408, 425, 429, 500, 502, 503, 504})


@dataclass(frozen=True)
class FetchResult:
    url: str
    data: bytes | None
    status: int
    error: str | None
    retryable: bool

    @property
    def ok(self) -> bool:
        return self.error is None and self.data is not None


def make_request(url: str) -> QNetworkRequest:
    request = QNetworkRequest(QUrl(url))
    # Bytes as served: Qt's transparent gzip would break sizes, hashes and Ranges.
    request.setRawHeader(b"Accept-Encoding", b"identity")
    request.setAttribute(
        QNetworkRequest.Attribute.RedirectPolicyAttribute,
        QNetworkRequest.RedirectPolicy.SameOriginRedirectPolicy,
    )
    return request


def status_of(reply: QNetworkReply) -> int:
    value = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
    return int(value) if value is not None else 0


def describe_error(reply: QNetworkReply, status: int) -> tuple[str, bool]:
    """A short reason and whether trying again later may help."""
    if status >= 400:
        reason = reply.attribute(QNetworkRequest.Attribute.HttpReasonPhraseAttribute)
        text = f"HTTP {status}" + (f" {reason}" if reason else "")
        return text, status in RETRYABLE_STATUS
    error = reply.error()
    if error == QNetworkReply.NetworkError.InsecureRedirectError:
        # Only same-origin redirects are followed: a catalog's answer may not send the
        # reader to another host or port, such as a service of this machine (issue 19).
        location = bytes(reply.rawHeader("Location").data()).decode("latin-1")
        where = reply.url().resolved(QUrl(location)).toString() if location else "?"
        return f"redirected to another host or port ({where}), refused", False
    # Told apart for the reader: a mistyped host, a server not answering, no network.
    if error == QNetworkReply.NetworkError.HostNotFoundError:
        host = reply.url().host()
        return f"host not found: {host} (check the address; or you are offline)", True
    if error == QNetworkReply.NetworkError.ConnectionRefusedError:
        return f"the server refused the connection ({reply.url().host()}: not running?)", True
    offline = {
        QNetworkReply.NetworkError.TemporaryNetworkFailureError,
        QNetworkReply.NetworkError.NetworkSessionFailedError,
        QNetworkReply.NetworkError.UnknownNetworkError,
    }
    if error in offline:
        return f"offline ({reply.errorString()})", True
    return f"network error ({reply.errorString()})", True


class CappedFetch(QObject):
    """One GET; calls ``done(FetchResult)`` exactly once."""

    def __init__(
        self,
        nam: QNetworkAccessManager,
        url: str,
        max_bytes: int,
        done: Callable[[FetchResult], None],
        timeout_ms: int = 30_000,
    ) -> None:
        super().__init__(nam)
        self._url = url
        self._max = max_bytes
        self._done = done
        self._chunks: list[bytes] = []
        self._size = 0
        self._failure: str | None = None
        self._reply = nam.get(make_request(url))
        self._reply.readyRead.connect(self._on_ready_read)
        self._reply.finished.connect(self._on_finished)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self._on_timeout)
        self._timer.start()

    def abort(self) -> None:
        self._failure = self._failure or "cancelled"
        self._reply.abort()

    def _on_timeout(self) -> None:
        self._failure = "timed out"
        self._reply.abort()

    def _on_ready_read(self) -> None:
        if not self._reply.isOpen():
            return
        if status_of(self._reply) >= 400:
            self._reply.readAll()
            return
        length = self._reply.header(QNetworkRequest.KnownHeaders.ContentLengthHeader)
        if length is not None and int(length) > self._max:
            self._too_large()
            return
        data = bytes(self._reply.readAll().data())
        self._size += len(data)
        if self._size > self._max:
            self._too_large()
            return
        self._chunks.append(data)

    def _too_large(self) -> None:
        self._failure = f"larger than {self._max // 1024} KiB"
        self._reply.abort()

    def _on_finished(self) -> None:
        self._timer.stop()
        reply = self._reply
        status = status_of(reply)
        if self._failure is not None:
            retryable = self._failure == "timed out"
            result = FetchResult(self._url, None, status, self._failure, retryable)
        elif reply.error() != QNetworkReply.NetworkError.NoError or status >= 400:
            text, retryable = describe_error(reply, status)
            result = FetchResult(self._url, None, status, text, retryable)
        else:
            self._on_ready_read()
            if self._failure is not None:
                result = FetchResult(self._url, None, status, self._failure, False)
            else:
                result = FetchResult(self._url, b"".join(self._chunks), status, None, False)
        reply.deleteLater()
        self.deleteLater()
        self._done(result)
