"""Untrusted work in a jail: a warm worker process with hard limits on memory and CPU.

Parsing and drawing what came from outside (a replica PDF, an article's
Markdown, a feed's web page) can cost far more than its size suggests: a
7.5 KB PDF of nested Form XObjects grew PDFium to 22 GB, a 450 KB table took a
minute to render (issue 19). Such work runs through :func:`run_jailed` in a
separate process whose address space (``RLIMIT_AS``) and CPU time
(``RLIMIT_CPU``) are capped for each call; a worker that exceeds them is
killed and replaced, and the caller gets a :class:`JailError` whose ``str()``
is one line ("needs more than 300 MB") and goes on.

Workers stay warm between calls (a page turn or an article open costs a
round trip of well under a millisecond, not a new interpreter), are started
with ``subprocess`` (fork *and exec*: safe from a Qt application) and are
stopped at exit. The module is Qt-free and uses no threads of its own, so it
serves the reader's worker threads, the CLI and the benchmarks alike.
docs/library.md ("Limits") lists the limits its callers use.
"""

from __future__ import annotations

from edicola.core.jail.pool import (
    DEFAULT_CPU_SECONDS,
    DEFAULT_MEMORY_MB,
    JailError,
    cpu_seconds_with_workers,
    live_workers,
    run_jailed,
    shutdown,
    warm_up,
    workers_cpu_seconds,
)

__all__ = [
    "DEFAULT_CPU_SECONDS",
    "DEFAULT_MEMORY_MB",
    "JailError",
    "cpu_seconds_with_workers",
    "live_workers",
    "run_jailed",
    "shutdown",
    "warm_up",
    "workers_cpu_seconds",
]
