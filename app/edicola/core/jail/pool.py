"""The parent's side of the jail: a few warm worker processes and the calls sent to them.

A worker is ``python -c <boot>`` started with ``subprocess`` (fork and exec,
never a bare fork of a process that may run Qt), talking over a socket pair
with length-prefixed pickles (``multiprocessing.connection``). A call takes an
idle worker (the most recently used first, so its caches are warm) or starts
one, up to :data:`MAX_WORKERS`; others wait for one to come back. A worker that
died, hung or grew too large is reaped and forgotten; the next call starts a
fresh one. No thread is started here: the calling thread waits on the socket.
"""

from __future__ import annotations

import atexit
import contextlib
import mmap
import os
import pickle
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:  # imported when the first worker starts, after the reader's first paint
    from multiprocessing.connection import Connection

T = TypeVar("T")

DEFAULT_MEMORY_MB = 300
"""Address space a call may add to its worker (the promise: about 300 MB per article)."""
DEFAULT_CPU_SECONDS = 2.0
"""CPU time a call may use (the promise: about 2 s per article)."""
MAX_WORKERS = max(2, min(4, os.cpu_count() or 2))
IDLE_SECONDS = 300.0
"""A worker nobody called for this long is stopped (at the next call: no timer thread)."""
RETIRE_MB = 1024
"""A worker whose address space grew past this (caches, fragmentation) is replaced."""
KEEP_SCRATCH_MB = 16
"""A worker's shared buffer larger than this is given back after the call that grew it."""
LARGE_ARGUMENT = 1024 * 1024
"""Bytes arguments from this size on go through the shared buffer, not the socket."""
HANG_FLOOR = 60.0
"""Wall-clock seconds before a silent worker counts as hung (a guard, never a budget:
a call's budget is its CPU time, which a busy machine does not inflate)."""

INSIDE_WORKER = False
"""True in a worker process: a jailed call that asks for the jail again runs inline."""

_BOOT = (
    "import sys\n"
    "from multiprocessing.connection import Connection\n"
    "conn = Connection(int(sys.argv[1]))\n"
    "sys.path[:], preload, scratch = conn.recv()\n"
    "from edicola.core.jail.worker import serve\n"
    "serve(conn, preload, scratch)\n"
)
_MEMORY_SIGNALS = {signal.SIGABRT, signal.SIGTRAP, signal.SIGILL}
"""How a native library dies when an allocation fails under ``RLIMIT_AS``
(PDFium aborts; PartitionAlloc traps)."""


class JailError(Exception):
    """A jailed call that was stopped; ``str()`` is the one-line reason, e.g.
    'needs more than 300 MB'. ``kind`` is memory, cpu, crash, hang, stopped or start."""

    def __init__(self, reason: str, kind: str = "crash") -> None:
        super().__init__(reason)
        self.kind = kind

    def __reduce__(self) -> tuple[type[JailError], tuple[str, str]]:
        return JailError, (str(self), self.kind)


@dataclass(frozen=True)
class Shared:
    """Bulk bytes in a worker's shared buffer, ``size`` of them from ``offset``.

    A job returns ``Shared(size)`` for what it wrote into
    :func:`edicola.core.jail.worker.scratch`, and the caller gets ``bytes`` in its
    place, copied once, neither pickled nor sent through the socket (a 12 MB page
    bitmap through the socket cost more than drawing it). Large ``bytes`` arguments
    travel the same way the other way (a 30 MB replica PDF: 160 ms by socket)."""

    size: int
    offset: int = 0


def _large(value: Any) -> bool:
    return isinstance(value, bytes) and len(value) >= LARGE_ARGUMENT


def _scratch_file() -> int:
    """A memory file the worker and this process both map (-1 where there is none)."""
    try:
        return os.memfd_create("edicola-jail", os.MFD_CLOEXEC)
    except (AttributeError, OSError):
        return -1


class _Worker:
    """One worker process, its end of the socket pair and its shared buffer."""

    def __init__(self, preload: tuple[str, ...]) -> None:
        import socket
        from multiprocessing.connection import Connection  # 10-20 ms: not at import

        mine, theirs = socket.socketpair()
        stderr = None if os.environ.get("EDICOLA_JAIL_STDERR") else subprocess.DEVNULL
        self.scratch = _scratch_file()
        passed = (theirs.fileno(), self.scratch) if self.scratch >= 0 else (theirs.fileno(),)
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-c", _BOOT, str(theirs.fileno())],
                pass_fds=passed,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=stderr,
            )
        except OSError as exc:
            mine.close()
            self._close_scratch()
            raise JailError(f"cannot start a worker ({exc.strerror or exc})", "start") from exc
        finally:
            theirs.close()
        self.conn: Connection = Connection(mine.detach())
        self.last_used = time.monotonic()
        self.conn.send((list(sys.path), preload, self.scratch))

    def pack(
        self, func: Callable[..., Any], args: tuple[Any, ...], memory: int, cpu: float
    ) -> bytes:
        """The pickled call, its large ``bytes`` arguments written to the shared buffer."""
        if self.scratch >= 0 and any(_large(a) for a in args):
            moved: list[Any] = []
            offset = 0
            for arg in args:
                if _large(arg):
                    os.ftruncate(self.scratch, offset + len(arg))
                    view, at = memoryview(arg), 0
                    while at < len(arg):  # a write may take only part of it
                        at += os.pwrite(self.scratch, view[at:], offset + at)
                    moved.append(Shared(len(arg), offset))
                    offset += len(arg)
                else:
                    moved.append(arg)
            args = tuple(moved)
        return pickle.dumps((func, args, memory, cpu), protocol=pickle.HIGHEST_PROTOCOL)

    def call(self, payload: bytes, memory_mb: int, cpu_seconds: float) -> tuple[str, Any, int]:
        """Send one call and wait for its outcome: (status, value, worker size in MB)."""
        self.conn.send_bytes(payload)
        hang = max(HANG_FLOOR, 20.0 * cpu_seconds)
        if not self.conn.poll(hang):  # timing-ok: a hang guard, 20x the CPU budget
            self.stop(kill=True)
            raise JailError(f"did not finish in {hang:g} s", "hang")
        try:
            data = self.conn.recv_bytes()
        except (EOFError, OSError):
            raise self._death(memory_mb, cpu_seconds) from None
        try:
            status, value, size = pickle.loads(data)
        except Exception as exc:
            raise JailError(f"sent back what cannot be read ({exc})", "crash") from exc
        return str(status), value, int(size)

    def unshare(self, value: Any) -> Any:
        """``value`` with :class:`Shared` (alone or in a tuple) read from the buffer."""
        if isinstance(value, Shared):
            return self._read_scratch(value.size)
        if isinstance(value, tuple) and any(isinstance(v, Shared) for v in value):
            return tuple(self.unshare(v) for v in value)
        return value

    def _read_scratch(self, size: int) -> bytes:
        if size == 0:
            return b""
        with mmap.mmap(self.scratch, size, prot=mmap.PROT_READ) as view:
            return view[:size]

    def trim(self) -> None:
        """Give a grown shared buffer back (the worker maps it afresh on its next use)."""
        if self.scratch >= 0 and os.fstat(self.scratch).st_size > KEEP_SCRATCH_MB * 1024 * 1024:
            os.ftruncate(self.scratch, 0)

    def _close_scratch(self) -> None:
        if self.scratch >= 0:
            os.close(self.scratch)
            self.scratch = -1

    def _death(self, memory_mb: int, cpu_seconds: float) -> JailError:
        """Why the worker died mid-call, from how it ended."""
        code = self._reap()
        if code is not None and -code in (signal.SIGPROF, signal.SIGXCPU):
            return JailError(f"needs more than {cpu_seconds:g} s of CPU time", "cpu")
        if code is not None and -code in _MEMORY_SIGNALS:
            return JailError(f"needs more than {memory_mb} MB", "memory")
        if code is not None and code < 0:
            name = signal.Signals(-code).name if -code in signal.valid_signals() else str(-code)
            return JailError(f"crashed ({name})", "crash")
        return JailError(f"stopped (exit status {code})", "stopped")

    def _reap(self) -> int | None:
        try:
            return self.process.wait(timeout=10)  # timing-ok: the process is already gone
        except subprocess.TimeoutExpired:
            self.process.kill()
            return self.process.wait()

    def stop(self, kill: bool = False) -> None:
        """End the worker: closing the socket ends its loop; a busy or stuck one is killed."""
        with contextlib.suppress(OSError):
            self.conn.close()
        self._close_scratch()
        if kill:
            with contextlib.suppress(OSError):
                self.process.kill()
        try:
            self.process.wait(timeout=5)  # timing-ok: a guard on an idle worker's exit
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    @property
    def alive(self) -> bool:
        return self.process.poll() is None


class _Pool:
    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._idle: list[_Worker] = []
        self._busy: set[_Worker] = set()
        self._starting = 0
        self._preload: tuple[str, ...] = ()
        self._generation = 0

    def _take(self) -> tuple[_Worker, int]:
        with self._cond:
            while True:
                self._retire_idle()
                if self._idle:
                    worker = self._idle.pop()
                    self._busy.add(worker)
                    return worker, self._generation
                if len(self._busy) + self._starting < MAX_WORKERS:
                    self._starting += 1
                    preload, generation = self._preload, self._generation
                    break
                self._cond.wait()
        try:
            worker = _Worker(preload)
        finally:
            with self._cond:
                self._starting -= 1
                self._cond.notify()
        with self._cond:
            self._busy.add(worker)
        return worker, generation

    def _give_back(self, worker: _Worker, generation: int, healthy: bool) -> None:
        with self._cond:
            self._busy.discard(worker)
            keep = healthy and generation == self._generation and worker.alive
            if keep:
                worker.last_used = time.monotonic()
                self._idle.append(worker)
            self._cond.notify()
        if not keep:
            worker.stop(kill=True)

    def _retire_idle(self) -> None:
        """Stop idle workers past :data:`IDLE_SECONDS` (hold ``_cond``); keep one warm."""
        now = time.monotonic()
        stale = [w for w in self._idle[:-1] if now - w.last_used > IDLE_SECONDS]
        for worker in stale:
            self._idle.remove(worker)
            worker.stop()

    def run(self, func: Callable[..., T], args: tuple[Any, ...], memory_mb: int, cpu: float) -> T:
        pickle.dumps(func, protocol=pickle.HIGHEST_PROTOCOL)  # fails here, before a worker
        for attempt in range(2):
            worker, generation = self._take()
            healthy = False
            try:
                try:
                    payload = worker.pack(func, args, memory_mb, cpu)
                    status, value, size = worker.call(payload, memory_mb, cpu)
                    if status == "ok":
                        value = worker.unshare(value)
                    worker.trim()
                except (BrokenPipeError, ConnectionResetError) as exc:
                    if attempt == 0:
                        continue  # it died while idle: once more with a fresh worker
                    raise JailError("stopped before it could start", "stopped") from exc
                healthy = status != "memory" and size < RETIRE_MB
            finally:
                self._give_back(worker, generation, healthy)
            if status == "ok":
                return value  # type: ignore[no-any-return]
            if status == "memory":
                raise JailError(f"needs more than {memory_mb} MB", "memory")
            if isinstance(value, BaseException):
                raise value
            raise JailError(f"answered {status!r}", "crash")
        raise AssertionError("unreachable")

    def warm_up(self, count: int, preload: tuple[str, ...]) -> None:
        with self._cond:
            self._preload = tuple(dict.fromkeys((*self._preload, *preload)))
            missing = min(count, MAX_WORKERS) - len(self._idle) - len(self._busy)
            for _ in range(max(0, missing)):
                self._idle.insert(0, _Worker(self._preload))

    def shutdown(self) -> None:
        with self._cond:
            self._generation += 1
            idle, self._idle = self._idle, []
            busy = list(self._busy)
        for worker in idle:
            worker.stop()
        for worker in busy:
            with contextlib.suppress(OSError):
                worker.process.kill()  # its caller gets "stopped" and reaps it

    def pids(self) -> list[int]:
        with self._cond:
            workers = [*self._idle, *self._busy]
        return [w.process.pid for w in workers if w.alive]


_POOL = _Pool()
atexit.register(_POOL.shutdown)


def run_jailed(
    func: Callable[..., T],
    *args: Any,
    memory_mb: int = DEFAULT_MEMORY_MB,
    cpu_seconds: float = DEFAULT_CPU_SECONDS,
) -> T:
    """``func(*args)`` in a worker process limited to ``memory_mb`` more address space
    and ``cpu_seconds`` of CPU time.

    ``func`` is a module-level function; ``args`` and the result are pickled.
    An exception ``func`` raises is raised here; a call that exceeds a limit,
    crashes or hangs raises :class:`JailError` (the worker is replaced).
    """
    if INSIDE_WORKER:
        return func(*args)
    return _POOL.run(func, args, memory_mb, cpu_seconds)


def warm_up(count: int = 1, preload: tuple[str, ...] = ()) -> None:
    """Start up to ``count`` workers now, without waiting for them, importing
    ``preload`` modules first; later workers import them too."""
    _POOL.warm_up(count, preload)


def shutdown() -> None:
    """Stop every worker (at exit, and in tests); the next call starts new ones."""
    _POOL.shutdown()


def live_workers() -> list[int]:
    """Process ids of the workers alive now."""
    return _POOL.pids()


def workers_cpu_seconds() -> float:
    """CPU seconds the live workers have used so far (0 without Linux's ``/proc``).

    Work a caller waits for in a worker (an article's render when it opens) is part
    of what it costs, but neither the caller's ``process_time`` nor ``getrusage``
    (which counts children once reaped, in 10 ms ticks) sees it: benchmarks and the
    start-up probe read the kernel's nanosecond count of each worker thread's time
    on a CPU (``/proc/<pid>/task/<tid>/schedstat``) before and after.
    """
    total = 0
    for pid in live_workers():
        try:
            threads = os.listdir(f"/proc/{pid}/task")
        except OSError:
            continue
        for tid in threads:
            try:
                with open(f"/proc/{pid}/task/{tid}/schedstat", "rb") as stat:
                    total += int(stat.read().split()[0])
            except (OSError, ValueError, IndexError):
                continue
    return total / 1e9


def cpu_seconds_with_workers() -> float:
    """CPU seconds this process and its live workers have used: what a caller that
    waits on the jail spends (``time.process_time`` and :func:`workers_cpu_seconds`)."""
    return time.process_time() + workers_cpu_seconds()
