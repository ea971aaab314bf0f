"""A real Isso comment server for tests, on 127.0.0.1 and a free port.

Writes an ``isso.cfg`` into a temporary folder, starts ``isso -c cfg run`` as a
subprocess, polls (a bounded number of times) until it answers, and kills it
at teardown. Helpers read Isso's own SQLite database so tests can assert what
the server really stored, and approve comments held for moderation.
"""

from __future__ import annotations

import contextlib
import http.client
import shutil
import socket
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

STARTUP_POLLS = 300  # × 0.05 s connect timeout / poll wait ≈ 15 s at most


def isso_command() -> str:
    """The ``isso`` next to this Python (a venv), else the one on PATH."""
    beside = Path(sys.executable).with_name("isso")
    if beside.exists():
        return str(beside)
    found = shutil.which("isso")
    if found is None:
        raise RuntimeError("Isso is not installed: pip install 'edicola[testing]' (or isso)")
    return found


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class IssoServer:
    folder: Path
    port: int
    process: subprocess.Popen[bytes]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    @property
    def dbpath(self) -> Path:
        return self.folder / "comments.db"

    def _query(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
        conn = sqlite3.connect(self.dbpath, timeout=10)
        try:
            with conn:
                return list(conn.execute(sql, params).fetchall())
        finally:
            conn.close()

    def count(self, text: str | None = None) -> int:
        """Comments stored by Isso (all modes), optionally with exactly ``text``."""
        if text is None:
            rows = self._query("SELECT COUNT(*) FROM comments")
        else:
            rows = self._query("SELECT COUNT(*) FROM comments WHERE text = ?", (text,))
        value = rows[0][0]
        assert isinstance(value, int)
        return value

    def texts(self) -> list[str]:
        return [str(r[0]) for r in self._query("SELECT text FROM comments ORDER BY id")]

    def activate(self, comment_id: int) -> None:
        """Approve a comment held for moderation (what the admin would do)."""
        self._query("UPDATE comments SET mode = 1 WHERE id = ? AND mode = 2", (comment_id,))

    def modes(self) -> dict[int, int]:
        return {int(r[0]): int(r[1]) for r in self._query("SELECT id, mode FROM comments")}  # type: ignore[call-overload]

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=10)


def _answers(port: int) -> bool:
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=0.5)
        conn.request("GET", "/?uri=/startup-probe")
        status = conn.getresponse().status
        conn.close()
    except OSError:
        return False
    return status == 200


def start_isso(
    folder: Path, *, moderation: bool = False, guard: bool = False, ratelimit: int = 2
) -> IssoServer:
    folder.mkdir(parents=True, exist_ok=True)
    port = free_port()
    cfg = folder / "isso.cfg"
    cfg.write_text(
        f"""[general]
dbpath = {folder / "comments.db"}
host = http://127.0.0.1:{port}/
notify = stdout
[server]
listen = http://127.0.0.1:{port}/
[moderation]
enabled = {str(moderation).lower()}
[guard]
enabled = {str(guard).lower()}
ratelimit = {ratelimit}
direct-reply = 10000
require-author = false
require-email = false
""",
        encoding="utf-8",
    )
    log = (folder / "isso.log").open("wb")
    process = subprocess.Popen(
        [isso_command(), "-c", str(cfg), "run"],
        stdout=log,
        stderr=subprocess.STDOUT,
        cwd=folder,
    )
    log.close()
    server = IssoServer(folder, port, process)
    for _ in range(STARTUP_POLLS):
        if process.poll() is not None:
            break
        if _answers(port):
            return server
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=0.05)
    server.stop()
    log_text = (folder / "isso.log").read_text(errors="replace")[-2000:]
    raise RuntimeError(f"Isso did not start on port {port}:\n{log_text}")


@contextlib.contextmanager
def running_isso(folder: Path, **options: object) -> Iterator[IssoServer]:
    server = start_isso(folder, **options)  # type: ignore[arg-type]
    try:
        yield server
    finally:
        server.stop()
