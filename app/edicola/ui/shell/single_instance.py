"""One reader per library: a second ``edicola`` hands its work to the first and exits.

The first reader on a library takes ``reader.lock`` in the library folder
(:class:`QLockFile`, which notices a holder that died) and listens on a
:class:`QLocalServer` named from the library's path. A later ``edicola`` on
the same library finds the lock taken, connects, sends one JSON line
(``{"open": PATH}`` for a bundle, ``{"raise": true}`` otherwise) and exits 0
once the first reader answers ``ok``. Double-clicking bundles therefore never
opens two readers writing one library.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

LOCK_NAME = "reader.lock"
HAND_OVER_TIMEOUT_MS = 10_000


def server_name(library_dir: Path) -> str:
    """The local socket name for ``library_dir``: per user, per library, short enough for
    a Unix socket path."""
    key = os.fsencode(str(library_dir.expanduser().resolve()))
    user = os.getuid() if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    return f"edicola-{user}-{hashlib.sha256(key).hexdigest()[:24]}"


class SingleInstance(QObject):
    """The first reader's side: hold the lock, answer later readers."""

    openRequested = Signal(str)
    raiseRequested = Signal()

    def __init__(self, library_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library_dir = library_dir
        self.name = server_name(library_dir)
        self._lock: QLockFile | None = None
        self._server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytes] = {}

    def acquire(self) -> bool:
        """Become the library's reader; False if another live process already is.

        A folder that cannot hold a lock file (read-only) is not guarded.
        """
        try:
            self.library_dir.mkdir(parents=True, exist_ok=True)
        except OSError:
            return True
        lock = QLockFile(str(self.library_dir / LOCK_NAME))
        lock.setStaleLockTime(0)  # never stale by age: only when its process is gone
        if not lock.tryLock(0):
            if lock.error() == QLockFile.LockError.LockFailedError:
                self._lock = lock
                return False
            return True  # no permission: run unguarded rather than not at all
        self._lock = lock
        QLocalServer.removeServer(self.name)  # a socket left by a reader that died
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if server.listen(self.name):
            server.newConnection.connect(self._on_server_new_connection)
            self._server = server
        return True

    def holder_pid(self) -> int | None:
        """The PID of the process holding the library, when another one does."""
        if self._lock is None:
            return None
        info = self._lock.getLockInfo()  # PySide6: (pid, hostname, appname), or a bool
        return int(info[0]) if isinstance(info, tuple) and info and int(info[0]) > 0 else None

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock is not None and self._lock.isLocked():
            self._lock.unlock()
        self._lock = None

    def _on_server_new_connection(self) -> None:
        assert self._server is not None
        while (sock := self._server.nextPendingConnection()) is not None:
            self._buffers[sock] = b""
            sock.readyRead.connect(lambda s=sock: self._on_socket_ready_read(s))
            sock.disconnected.connect(lambda s=sock: self._forget(s))
            if sock.bytesAvailable():
                self._on_socket_ready_read(sock)

    def _forget(self, sock: QLocalSocket) -> None:
        self._buffers.pop(sock, None)
        sock.deleteLater()

    def _on_socket_ready_read(self, sock: QLocalSocket) -> None:
        data = self._buffers.get(sock, b"") + bytes(sock.readAll().data())
        if b"\n" not in data:
            self._buffers[sock] = data
            return
        line = data.split(b"\n", 1)[0]
        try:
            message = json.loads(line)
        except ValueError:
            message = None
        if isinstance(message, dict) and isinstance(message.get("open"), str):
            self.openRequested.emit(message["open"])
            sock.write(b"ok\n")
        elif isinstance(message, dict) and message.get("raise"):
            self.raiseRequested.emit()
            sock.write(b"ok\n")
        else:
            sock.write(b"error\n")
        sock.flush()
        sock.disconnectFromServer()


def running_reader(library_dir: Path) -> int | None:
    """The PID of a live reader holding ``library_dir`` (0 if unknown), or None.

    Asked before anything heavy is loaded: a second ``edicola`` hands over at
    once, and ``run-demo`` starts no server a handed-over run would not need.
    """
    lock = QLockFile(str(library_dir / LOCK_NAME))
    lock.setStaleLockTime(0)
    if lock.tryLock(0):
        lock.unlock()
        return None
    if lock.error() != QLockFile.LockError.LockFailedError:
        return None
    info = lock.getLockInfo()  # PySide6: (pid, hostname, appname), or a bool
    return int(info[0]) if isinstance(info, tuple) and info and int(info[0]) > 0 else 0


def hand_over_to_reader(library_dir: Path, open_bundle: Path | None, pid: int | None) -> int:
    """Give the work to the reader running on ``library_dir``; the exit status."""
    who = f"the Edicola already running on {library_dir}" + (f" (pid {pid})" if pid else "")
    message: dict[str, object] = (
        {"open": str(open_bundle.resolve())} if open_bundle is not None else {"raise": True}
    )
    if hand_over(library_dir, message):
        say(f"opened {open_bundle.name} in {who}" if open_bundle else f"raised {who}")
        return 0
    held = f" (pid {pid})" if pid else ""
    say(f"the library at {library_dir} is held by another Edicola{held}, which does not answer")
    return 1


def hand_over(library_dir: Path, message: dict[str, object]) -> bool:
    """The later reader's side: send ``message`` to the library's reader; True once it
    answered ``ok``. Blocking (no event loop runs yet), bounded by a timeout."""
    sock = QLocalSocket()
    sock.connectToServer(server_name(library_dir))
    if not sock.waitForConnected(HAND_OVER_TIMEOUT_MS):
        return False
    sock.write(json.dumps(message).encode("utf-8") + b"\n")
    sock.flush()
    reply = b""
    while b"\n" not in reply:
        if not sock.waitForReadyRead(HAND_OVER_TIMEOUT_MS):
            break
        reply += bytes(sock.readAll().data())
    sock.abort()
    return reply.split(b"\n", 1)[0] == b"ok"


def say(line: str) -> None:
    """One line for the terminal that started the second reader."""
    print(f"edicola: {line}", file=sys.stderr)
