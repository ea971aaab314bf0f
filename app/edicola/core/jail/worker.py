"""The jail's worker process: one call at a time, each under the limits it came with.

Before a call the worker caps its address space at its current size plus the
call's ``memory_mb`` (``RLIMIT_AS``) and arms a CPU-time timer for the call's
``cpu_seconds`` (``ITIMER_PROF``: its ``SIGPROF``, left at the default action,
kills the worker; ``RLIMIT_CPU`` a second later is the backstop, ``SIGXCPU``);
after the call both go back to unlimited, so the result is sent back outside
the limits. Limits are soft limits only: the hard ones stay
where they were, so the next call can raise them again. A call that runs out
of memory in Python ends the worker after its answer (its heap may be in
pieces); one that runs out inside native code dies, and the parent tells why
from the signal. Core dumps are off: a killed worker leaves nothing on disk.
"""

from __future__ import annotations

import contextlib
import importlib
import math
import mmap
import os
import pickle
import resource
import signal
from collections.abc import Iterator
from multiprocessing.connection import Connection
from typing import Any

from edicola.core.jail import pool

_MB = 1024 * 1024


class _Scratch:
    """This worker's shared buffer: a memory file the parent maps too (or, where there is
    none, a private ``bytearray`` whose bytes go back through the socket)."""

    fd = -1
    mapping: mmap.mmap | None = None
    local = bytearray()


def scratch(size: int) -> memoryview:
    """A writable buffer of ``size`` bytes that a job returns as
    :class:`~edicola.core.jail.pool.Shared` (``Shared(size)``): the caller gets those
    bytes without a pickle or the socket in between. Release the view before returning."""
    if size == 0:
        return memoryview(bytearray())
    if _Scratch.fd < 0:
        if len(_Scratch.local) < size:
            _Scratch.local = bytearray(size)
        return memoryview(_Scratch.local)[:size]
    if os.fstat(_Scratch.fd).st_size < size:
        os.ftruncate(_Scratch.fd, size)
    return memoryview(_mapping())[:size]


def _mapping() -> mmap.mmap:
    """The shared buffer mapped whole, as large as it is now (the parent resizes it)."""
    length = os.fstat(_Scratch.fd).st_size
    if _Scratch.mapping is None or len(_Scratch.mapping) != length:
        if _Scratch.mapping is not None:
            _Scratch.mapping.close()
        _Scratch.mapping = mmap.mmap(_Scratch.fd, length)
    return _Scratch.mapping


def _received(value: Any) -> Any:
    """A large argument the parent left in the shared buffer, as the bytes it was."""
    if isinstance(value, pool.Shared):
        return _mapping()[value.offset : value.offset + value.size]
    return value


def _local_bytes(value: Any) -> Any:
    """Without a shared memory file, :class:`Shared` travels as the bytes themselves."""
    if isinstance(value, pool.Shared):
        return bytes(_Scratch.local[: value.size])
    if isinstance(value, tuple):
        return tuple(_local_bytes(v) for v in value)
    return value


def serve(conn: Connection, preload: tuple[str, ...], scratch_fd: int = -1) -> None:
    """Answer calls until the parent closes its end (or goes away)."""
    pool.INSIDE_WORKER = True
    _Scratch.fd = scratch_fd
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the parent's to handle
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    for name in preload:
        with contextlib.suppress(Exception):
            importlib.import_module(name)
    while True:
        try:
            data = conn.recv_bytes()
        except (EOFError, OSError):
            return
        reply, fatal = _answer(data)
        try:
            conn.send_bytes(reply)
        except OSError:
            return
        if fatal:
            return


def _answer(data: bytes) -> tuple[bytes, bool]:
    """The pickled outcome of one call, and whether this worker must end after it."""
    try:
        func, args, memory_mb, cpu_seconds = pickle.loads(data)
        args = tuple(_received(arg) for arg in args)
    except Exception as exc:  # e.g. the function's module does not import here
        return _pack("raised", exc), False
    try:
        with _limits(int(memory_mb), float(cpu_seconds)):
            value = func(*args)
    except MemoryError:
        return _pack("memory", None), True
    except Exception as exc:
        return _pack("raised", exc), False
    return _pack("ok", value if _Scratch.fd >= 0 else _local_bytes(value)), False


def _pack(status: str, value: Any) -> bytes:
    size = _address_space() // _MB
    try:
        return pickle.dumps((status, value, size), protocol=pickle.HIGHEST_PROTOCOL)
    except Exception as exc:
        problem = TypeError(f"{type(value).__name__} cannot be sent back ({exc})")
        return pickle.dumps(("raised", problem, size), protocol=pickle.HIGHEST_PROTOCOL)


@contextlib.contextmanager
def _limits(memory_mb: int, cpu_seconds: float) -> Iterator[None]:
    as_hard = resource.getrlimit(resource.RLIMIT_AS)[1]
    cpu_hard = resource.getrlimit(resource.RLIMIT_CPU)[1]
    current = _address_space()
    if current:
        resource.setrlimit(
            resource.RLIMIT_AS, (_within(current + memory_mb * _MB, as_hard), as_hard)
        )
    usage = resource.getrusage(resource.RUSAGE_SELF)
    used = usage.ru_utime + usage.ru_stime
    resource.setrlimit(
        resource.RLIMIT_CPU, (_within(math.ceil(used + cpu_seconds) + 1, cpu_hard), cpu_hard)
    )
    signal.setitimer(signal.ITIMER_PROF, cpu_seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        resource.setrlimit(resource.RLIMIT_AS, (as_hard, as_hard))
        resource.setrlimit(resource.RLIMIT_CPU, (cpu_hard, cpu_hard))


def _within(value: int, hard: int) -> int:
    return value if hard == resource.RLIM_INFINITY else min(value, hard)


def _address_space() -> int:
    """This process's address space in bytes (0 where ``/proc`` is missing: no cap)."""
    try:
        with open("/proc/self/statm", "rb") as statm:
            return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0
