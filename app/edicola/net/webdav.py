"""A small WebDAV client for the sync folder: PROPFIND, GET, PUT-then-MOVE, MKCOL, DELETE.

Qt-free (``http.client``) so the CLI, the reader's worker thread and the tests
share it. Uploads go to a temporary name and are then moved into place
(``MOVE`` with ``Overwrite: T``), so a cut upload never leaves a half-written
file under a real name. Basic auth is sent as UTF-8 (RFC 7617), so passwords
with accents work with Nextcloud, Apache and wsgidav. Every failure is a
:class:`~edicola.core.sync.engine.RemoteError` with one line that says what to
do; the status code is kept for callers that need it.
"""

from __future__ import annotations

import base64
import contextlib
import http.client
import secrets
import socket
import ssl
from urllib.parse import quote, unquote, urlsplit
from xml.parsers import expat

from edicola.core.sync.engine import RemoteError, RemoteFile, RemoteMissing

TIMEOUT = 30.0
MAX_LISTING = 32 * 1024 * 1024
MAX_FILE = 512 * 1024 * 1024
_NS = "DAV: "
"""How expat names a DAV element (namespace, a space, the name)."""
_PROPFIND = (
    b'<?xml version="1.0" encoding="utf-8"?>\n'
    b'<d:propfind xmlns:d="DAV:"><d:prop><d:getetag/><d:getcontentlength/>'
    b"<d:getlastmodified/><d:resourcetype/></d:prop></d:propfind>"
)
_WHY = {
    401: "the sync server refused the user name or password (401)",
    403: "the sync server does not allow this account to use {url} (403 Forbidden)",
    404: "there is no sync folder at {url} (404)",
    405: "the sync server does not allow {method} at {url} (405): is it a WebDAV folder?",
    409: "the sync server reports a conflict (409) at {url}: does its parent folder exist?",
    412: "the sync server refused to write at {url} (412 Precondition Failed)",
    423: "the sync folder at {url} is locked (423)",
    507: "the sync server is out of space (507 Insufficient Storage)",
}


class WebDavClient:
    """One WebDAV folder (``url`` ends with ``/``), reached as ``user``."""

    def __init__(self, url: str, user: str, password: str, *, timeout: float = TIMEOUT) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise RemoteError(f"{url}: not an http(s) address of a WebDAV folder")
        self.url = url if url.endswith("/") else url + "/"
        self._parts = urlsplit(self.url)
        token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
        self._auth = f"Basic {token}"
        self._timeout = timeout
        self._conn: http.client.HTTPConnection | None = None

    # -- the folder --------------------------------------------------------------

    def list(self) -> list[RemoteFile]:
        """The files in the folder (one PROPFIND, depth 1), folders left out."""
        body = self._request(
            "PROPFIND",
            self._parts.path,
            _PROPFIND,
            {"Depth": "1", "Content-Type": 'application/xml; charset="utf-8"'},
            ok=(207,),
            limit=MAX_LISTING,
        )[2]
        return _parse_listing(body, self._parts.path, self.url)

    def make_folder(self) -> None:
        self._request("MKCOL", self._parts.path, ok=(201,))

    def delete_folder(self) -> None:
        self._request("DELETE", self._parts.path, ok=(200, 204), missing_ok=True)

    # -- files -------------------------------------------------------------------

    def get(self, name: str) -> bytes:
        return self._request("GET", self._path(name), ok=(200,), limit=MAX_FILE)[2]

    def put(self, name: str, data: bytes) -> None:
        """Upload to a temporary name, then move it over ``name`` in one step."""
        temporary = f"tmp-{secrets.token_hex(8)}"
        headers = {"Content-Type": "application/octet-stream"}
        self._request("PUT", self._path(temporary), data, headers, ok=(200, 201, 204))
        try:
            self._request(
                "MOVE",
                self._path(temporary),
                headers={"Destination": self.url + quote(name), "Overwrite": "T"},
                ok=(201, 204),
            )
        except RemoteError:
            self._forget(temporary)
            raise

    def delete(self, name: str) -> None:
        self._request("DELETE", self._path(name), ok=(200, 204))

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    # -- the wire ----------------------------------------------------------------

    def _forget(self, temporary: str) -> None:
        # The server is failing anyway; a stray tmp- file is ignored by readers.
        with contextlib.suppress(RemoteError):
            self._request("DELETE", self._path(temporary), ok=(200, 204), missing_ok=True)

    def _path(self, name: str) -> str:
        return self._parts.path + quote(name)

    def _connection(self) -> http.client.HTTPConnection:
        if self._conn is None:
            host, port = self._parts.hostname or "", self._parts.port
            if self._parts.scheme == "https":
                context = ssl.create_default_context()
                self._conn = http.client.HTTPSConnection(
                    host, port, timeout=self._timeout, context=context
                )
            else:
                self._conn = http.client.HTTPConnection(host, port, timeout=self._timeout)
        return self._conn

    def _request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
        *,
        ok: tuple[int, ...],
        limit: int = 1024 * 1024,
        missing_ok: bool = False,
    ) -> tuple[int, http.client.HTTPMessage, bytes]:
        sent = {"Authorization": self._auth, "User-Agent": "Edicola-sync/1", **(headers or {})}
        if body is not None:
            sent["Content-Length"] = str(len(body))
        for attempt in (1, 2):  # a kept-alive connection the server closed: once more
            conn = self._connection()
            try:
                conn.request(method, path, body=body, headers=sent)
                response = conn.getresponse()
                data = response.read(limit + 1)
                if not response.isclosed() and response.length:
                    self.close()  # a body beyond the limit: drop the connection
                break
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError) as exc:
                self.close()
                if attempt == 2 or method not in ("PROPFIND", "GET", "DELETE", "MKCOL"):
                    raise RemoteError(self._unreachable(exc)) from exc
            except (OSError, http.client.HTTPException) as exc:
                self.close()
                raise RemoteError(self._unreachable(exc)) from exc
        if response.status in ok or (missing_ok and response.status == 404):
            if len(data) > limit:
                raise RemoteError(f"{self.url}: the server sent more than {limit} bytes")
            return response.status, response.headers, data
        raise _refusal(response.status, response.reason, method, self.url + path.rsplit("/", 1)[-1])

    def _unreachable(self, exc: BaseException) -> str:
        if isinstance(exc, socket.timeout | TimeoutError):
            why = f"no answer in {self._timeout:g} s"
        elif isinstance(exc, ssl.SSLError):
            why = f"TLS failed ({exc.reason or exc})"
        else:
            why = str(exc) or type(exc).__name__
        return f"cannot reach the sync server at {self.url}: {why}"


def _refusal(status: int, reason: str, method: str, url: str) -> RemoteError:
    template = _WHY.get(status)
    if template is None:
        message = f"the sync server answered {status} {reason} to {method} {unquote(url)}"
    else:
        message = template.format(url=unquote(url), method=method)
    error = RemoteMissing if status == 404 else RemoteError
    return error(message, status)


class _Listing:
    """The files of a PROPFIND answer, read with expat as it streams.

    Not ``ElementTree``: building a tree per listing left about 35 bytes on the heap
    at every pass (its C parser's glue; the sync benchmark's heap grew with each
    pass that had nothing new), and the listing needs no tree.
    """

    def __init__(self) -> None:
        self.found: list[tuple[str, dict[str, str], bool]] = []
        self._open: list[str] = []
        self._text: list[str] = []
        self._href, self._status = "", ""
        self._props: dict[str, str] = {}
        self._stat_props: dict[str, str] = {}
        self._folder = self._stat_folder = False

    def start(self, name: str, _attributes: dict[str, str]) -> None:
        parent = self._open[-1] if self._open else ""
        self._open.append(name)
        self._text = []
        if name == _NS + "response":
            self._href, self._props, self._folder = "", {}, False
        elif name == _NS + "propstat":
            self._status, self._stat_props, self._stat_folder = "", {}, False
        elif name == _NS + "collection" and parent == _NS + "resourcetype":
            self._stat_folder = True

    def end(self, name: str) -> None:
        self._open.pop()
        parent = self._open[-1] if self._open else ""
        value = "".join(self._text).strip()
        self._text = []
        if name == _NS + "href" and parent == _NS + "response":
            self._href = value
        elif name == _NS + "status" and parent == _NS + "propstat":
            self._status = value
        elif parent == _NS + "prop" and name != _NS + "resourcetype":
            self._stat_props[name.removeprefix(_NS)] = value
        elif name == _NS + "propstat" and " 200" in self._status:
            self._props.update(self._stat_props)
            self._folder = self._folder or self._stat_folder
        elif name == _NS + "response":
            self.found.append((self._href, self._props, self._folder))

    def text(self, data: str) -> None:
        self._text.append(data)


def _parse_listing(body: bytes, folder_path: str, url: str) -> list[RemoteFile]:
    if b"<!DOCTYPE" in body or b"<!ENTITY" in body:
        raise RemoteError(f"{url}: the server's folder listing declares entities (refused)")
    listing = _Listing()
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.StartElementHandler = listing.start
    parser.EndElementHandler = listing.end
    parser.CharacterDataHandler = listing.text
    try:
        parser.Parse(body, True)
    except expat.ExpatError as exc:
        raise RemoteError(f"{url}: the server's folder listing is not XML ({exc})") from exc
    found: list[RemoteFile] = []
    folder = unquote(folder_path).rstrip("/")
    for href, props, is_folder in listing.found:
        path = unquote(urlsplit(href).path).rstrip("/")
        if path == folder or not path or is_folder:
            continue
        tag = props.get("getetag") or (
            f"{props.get('getcontentlength', '')}@{props.get('getlastmodified', '')}"
        )
        found.append(RemoteFile(path.rsplit("/", 1)[-1], tag))
    return found
