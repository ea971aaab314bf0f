"""Module-level functions for the jail's tests: a worker imports them by name."""

from __future__ import annotations

import ctypes
import os
import signal


def add(a: int, b: int) -> int:
    return a + b


def pid() -> int:
    return os.getpid()


def eat_memory(megabytes: int) -> int:
    """Hold ``megabytes`` of memory at once (Python raises MemoryError past the limit)."""
    block = bytearray(megabytes * 1024 * 1024)
    return len(block)


def eat_native_memory(megabytes: int) -> int:
    """Ask the C allocator for ``megabytes`` and abort as a native library does when it fails."""
    libc = ctypes.CDLL(None)
    libc.malloc.restype = ctypes.c_void_p
    libc.malloc.argtypes = [ctypes.c_size_t]
    if not libc.malloc(megabytes * 1024 * 1024):
        libc.abort()
    return megabytes


def spin(iterations: int) -> int:
    """Burn CPU: ``iterations`` rounds of arithmetic, returned as a count of work done."""
    total = 0
    for i in range(iterations):
        total += i * i % 7
    return total


def spin_cpu(iterations: int) -> float:
    """:func:`spin`, returning the CPU seconds this worker's thread spent on it."""
    import time

    start = time.thread_time()
    spin(iterations)
    return time.thread_time() - start


def crash() -> None:
    os.kill(os.getpid(), signal.SIGSEGV)


def fail(message: str) -> None:
    raise ValueError(message)


def unpicklable_result() -> object:
    return lambda: None


def nested(a: int, b: int) -> int:
    """A jailed call asking for the jail again: it runs inline, in the same worker."""
    from edicola.core.jail import run_jailed

    return run_jailed(add, a, b)
