"""A local Isso comment server for the demo newsstand, started and stopped with it.

``make run`` gives working comments: the demo catalog declares
``http://127.0.0.1:8766/`` as its comments server, and ``edicola dev
run-demo`` starts Isso there with this module (``isso`` comes from the same
virtualenv, installed by the ``dev`` extra). The configuration is written into
the demo folder (its database too), with moderation and the spam guard off so
a demo comment shows at once. The reader keeps working when Isso is not
running: comments wait in the outbox.

Qt-free and synchronous: a subprocess, a bounded wait until it answers, and
a stop by PID (SIGTERM, then SIGKILL after a grace period).

Isso dies with the process that started it however that one ends (Ctrl+C,
SIGTERM, SIGKILL, a Qt abort): on Linux the child asks the kernel for
``PR_SET_PDEATHSIG``. Where that is not available, or for an Isso left by an
older Edicola, ``isso.pid`` in the folder lets the next start recognise a
stale server of this demo (its command line names our ``isso.cfg``) and
replace it instead of reporting the port taken.
"""

from __future__ import annotations

import contextlib
import errno
import http.client
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

DEMO_HOST = "127.0.0.1"
DEMO_PORT = 8766
#: Each poll waits at most this long (connect timeout or process wait).
POLL_SECONDS = 0.1
STARTUP_POLLS = 200  # ≈ 20 s at most
STOP_GRACE_SECONDS = 5.0


_PR_SET_PDEATHSIG = 1


def die_with_parent() -> None:
    """In the child before exec (``preexec_fn``): get SIGTERM when the parent dies.

    Linux only; a no-op elsewhere. If the parent is already gone by the time
    this runs, the child exits at once instead of outliving it.
    """
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    parent = os.getppid()
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:
        os._exit(1)


def _alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie waiting to be reaped does not)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        state = Path(f"/proc/{pid}/stat").read_text(encoding="ascii").rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return True
    return state != "Z"


class IssoServiceError(Exception):
    """Isso cannot be started (message is one user-facing line)."""


def find_isso() -> Path | None:
    """The ``isso`` executable of this virtualenv (else on PATH), or None."""
    beside = Path(sys.executable).with_name("isso")
    if beside.exists():
        return beside
    found = shutil.which("isso")
    return Path(found) if found else None


def port_in_use(host: str, port: int) -> bool:
    """Whether a server listens on ``host:port``. Bound as servers bind (with
    SO_REUSEADDR), so connections of a server that just stopped, still in
    TIME_WAIT, don't count as a server."""
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError as exc:
            return exc.errno in (errno.EADDRINUSE, errno.EACCES)
    return False


def answers(host: str, port: int, timeout: float = POLL_SECONDS) -> bool:
    """Whether an Isso answers a thread listing on ``host:port``."""
    try:
        conn = http.client.HTTPConnection(host, port, timeout=timeout)
        try:
            conn.request("GET", "/?uri=/edicola-probe")
            status = conn.getresponse().status
        finally:
            conn.close()
    except (OSError, http.client.HTTPException):
        return False
    return status in (200, 404)


def config_text(dbpath: Path, host: str, port: int) -> str:
    return f"""# Written by Edicola for the demo newsstand (app/edicola/servers/isso_service.py).
[general]
dbpath = {dbpath}
host = http://{host}:{port}/
notify = stdout
[server]
listen = http://{host}:{port}/
[moderation]
enabled = false
[guard]
enabled = false
require-author = false
require-email = false
"""


class IssoService:
    """``start()`` Isso for a folder on ``host:port``; ``stop()`` it."""

    def __init__(
        self,
        folder: Path,
        host: str = DEMO_HOST,
        port: int = DEMO_PORT,
        executable: Path | None = None,
    ) -> None:
        self.folder = folder.resolve()  # Isso runs with this folder as its working directory
        self.host = host
        self.port = port
        self.executable = executable
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/"

    @property
    def config_path(self) -> Path:
        return self.folder / "isso.cfg"

    @property
    def dbpath(self) -> Path:
        return self.folder / "comments.db"

    @property
    def log_path(self) -> Path:
        return self.folder / "isso.log"

    @property
    def pid_path(self) -> Path:
        return self.folder / "isso.pid"

    @property
    def pid(self) -> int | None:
        return self.process.pid if self.process is not None else None

    def write_config(self) -> Path:
        self.folder.mkdir(parents=True, exist_ok=True)
        self.config_path.write_text(
            config_text(self.dbpath, self.host, self.port), encoding="utf-8"
        )
        return self.config_path

    def start(self) -> str:
        """Start Isso and wait until it answers; returns a line for the terminal."""
        executable = self.executable or find_isso()
        if executable is None or not executable.exists():
            raise IssoServiceError(
                "isso is not installed in this virtualenv (pip install -e '.[dev]'); "
                "comments will wait in the outbox"
            )
        if port_in_use(self.host, self.port) and not self._replace_stale():
            raise IssoServiceError(
                f"port {self.port} on {self.host} is taken (another Isso or demo still "
                "running?); not starting the demo comments server"
            )
        cfg = self.write_config()
        with self.log_path.open("wb") as log:
            self.process = subprocess.Popen(
                [str(executable), "-c", str(cfg), "run"],
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                cwd=self.folder,
                preexec_fn=die_with_parent if os.name == "posix" else None,
            )
        # Isso's PID, then ours: an Isso whose starter is gone is stale.
        self.pid_path.write_text(f"{self.process.pid} {os.getpid()}\n", encoding="ascii")
        for _ in range(STARTUP_POLLS):
            if self.process.poll() is not None:
                break
            if answers(self.host, self.port):
                return f"demo comments server (Isso) at {self.url}, pid {self.process.pid}"
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=POLL_SECONDS)
        code = self.process.poll()
        self.stop()
        tail = self._log_tail()
        how = f"exited with status {code}" if code is not None else "did not answer in time"
        raise IssoServiceError(f"Isso {how} (log: {self.log_path}){tail}")

    def stop(self) -> None:
        """Stop the process we started, by its PID: SIGTERM, then SIGKILL."""
        process, self.process = self.process, None
        if process is None:
            return
        with contextlib.suppress(OSError):
            self.pid_path.unlink()
        if process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=STOP_GRACE_SECONDS)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(process.pid, signal.SIGKILL)
                process.wait(timeout=STOP_GRACE_SECONDS)
        else:
            process.wait()

    def stale_pid(self) -> int | None:
        """The PID of a live Isso started for this folder by an earlier run that has
        ended, if any (one whose starter still runs belongs to a running demo)."""
        try:
            pids = [int(word) for word in self.pid_path.read_text(encoding="ascii").split()]
        except (OSError, ValueError):
            return None
        if not pids or pids[0] <= 0 or not _alive(pids[0]):
            return None
        pid = pids[0]
        if len(pids) > 1 and pids[1] > 0 and pids[1] != os.getpid() and _alive(pids[1]):
            return None
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        except OSError:  # no /proc: trust the PID file if an Isso answers on our port
            return pid if answers(self.host, self.port) else None
        return pid if os.fsencode(str(self.config_path)) in cmdline else None

    def _replace_stale(self) -> bool:
        """Stop a stale Isso of this folder holding our port; True once the port is free."""
        pid = self.stale_pid()
        if pid is None:
            return False
        for sig in (signal.SIGTERM, signal.SIGKILL):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, sig)
            deadline = time.monotonic() + STOP_GRACE_SECONDS
            while time.monotonic() < deadline:
                if not _alive(pid) and not port_in_use(self.host, self.port):
                    with contextlib.suppress(OSError):
                        self.pid_path.unlink()
                    return True
                time.sleep(POLL_SECONDS)  # polling a process we cannot wait() for
        return False

    def _log_tail(self) -> str:
        try:
            lines = self.log_path.read_text(errors="replace").strip().splitlines()
        except OSError:
            return ""
        return f": {lines[-1]}" if lines else ""


class DemoCommentsServer:
    """``run-demo``'s comments server: Isso in ``<demo>/isso``, never blocking the demo.

    The demo catalog declares it as the publications' comment server, so
    comments written in the demo are delivered. When Isso cannot start, the
    line says why and the reader opens anyway: comments wait in the outbox.
    """

    def __init__(self, folder: Path, port: int = DEMO_PORT) -> None:
        self.service = IssoService(folder, DEMO_HOST, port)

    def start(self) -> str:
        try:
            line = self.service.start()
        except IssoServiceError as exc:
            line = f"demo comments server not started: {exc}"
        return line

    def stop(self) -> None:
        self.service.stop()
