"""The jail: untrusted work in a warm worker process, stopped at its memory and CPU limits.

Every bound here is the jail's own (a call that would run for ever is stopped
by its CPU limit, one that would eat the machine by its memory limit); no test
reads a clock.
"""

from __future__ import annotations

import os
import pickle
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from edicola.core import jail
from edicola.core.jail import JailError, run_jailed
from tests.helpers import jail_jobs


@pytest.fixture(autouse=True)
def _no_worker_left() -> Iterator[None]:
    """Each test starts without workers (earlier tests of the suite, in any order,
    keep theirs warm) and leaves none behind."""
    jail.shutdown()
    yield
    pids = jail.live_workers()
    jail.shutdown()
    assert jail.live_workers() == []
    for pid in pids:  # reaped, not merely forgotten: no zombie, no orphan
        assert not Path(f"/proc/{pid}").exists()


def test_a_call_runs_in_another_process_and_returns() -> None:
    assert run_jailed(jail_jobs.add, 2, 3) == 5
    assert run_jailed(jail_jobs.pid) != os.getpid()


def test_the_worker_stays_warm_between_calls() -> None:
    first = run_jailed(jail_jobs.pid)
    assert run_jailed(jail_jobs.pid) == first
    assert jail.live_workers() == [first]


def test_the_workers_cpu_is_counted_for_those_waiting_on_them() -> None:
    assert jail.workers_cpu_seconds() == 0.0  # no worker
    run_jailed(jail_jobs.add, 1, 1)
    before = jail.workers_cpu_seconds()
    used = run_jailed(jail_jobs.spin_cpu, 300_000)
    assert used > 0
    assert jail.workers_cpu_seconds() - before >= used - 0.001  # ns counts, one thread


def test_an_exception_comes_back_as_itself() -> None:
    with pytest.raises(ValueError, match="bad input"):
        run_jailed(jail_jobs.fail, "bad input")
    assert run_jailed(jail_jobs.add, 1, 1) == 2


def test_memory_past_the_limit_stops_the_call_and_the_next_one_works() -> None:
    with pytest.raises(JailError, match="needs more than 64 MB") as caught:
        run_jailed(jail_jobs.eat_memory, 2048, memory_mb=64)
    assert caught.value.kind == "memory"
    assert run_jailed(jail_jobs.eat_memory, 16, memory_mb=64) == 16 * 1024 * 1024


def test_native_code_that_aborts_for_want_of_memory_is_reported_as_memory() -> None:
    before = run_jailed(jail_jobs.pid)
    with pytest.raises(JailError, match="needs more than 64 MB") as caught:
        run_jailed(jail_jobs.eat_native_memory, 4096, memory_mb=64)
    assert caught.value.kind == "memory"
    assert run_jailed(jail_jobs.pid) != before  # the dead worker was replaced


def test_cpu_time_past_the_limit_stops_the_call() -> None:
    # Without the jail this loop runs for hours.
    with pytest.raises(JailError, match=r"needs more than 0\.3 s of CPU time") as caught:
        run_jailed(jail_jobs.spin, 10**12, cpu_seconds=0.3)
    assert caught.value.kind == "cpu"
    assert run_jailed(jail_jobs.spin, 1000, cpu_seconds=0.3) == jail_jobs.spin(1000)


def test_a_crash_is_one_line() -> None:
    with pytest.raises(JailError, match=r"crashed \(SIGSEGV\)") as caught:
        run_jailed(jail_jobs.crash)
    assert caught.value.kind == "crash"
    assert "\n" not in str(caught.value)


def test_a_result_that_cannot_be_sent_back_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="cannot be sent back"):
        run_jailed(jail_jobs.unpicklable_result)


def test_a_function_that_cannot_be_sent_is_refused_here() -> None:
    with pytest.raises((pickle.PicklingError, AttributeError, TypeError)):
        run_jailed(lambda: 1)
    assert jail.live_workers() == []  # nothing was started for it


def test_a_jailed_call_asking_for_the_jail_runs_inline() -> None:
    assert run_jailed(jail_jobs.nested, 4, 5) == 9
    assert len(jail.live_workers()) == 1


def test_jail_errors_survive_pickling() -> None:
    error = pickle.loads(pickle.dumps(JailError("needs more than 1 MB", "memory")))
    assert (str(error), error.kind) == ("needs more than 1 MB", "memory")


def test_calls_from_many_threads_share_a_few_workers() -> None:
    results: list[int] = []
    lock = threading.Lock()

    def work(n: int) -> None:
        for i in range(20):
            value = run_jailed(jail_jobs.add, n, i)
            with lock:
                results.append(value)

    threads = [threading.Thread(target=work, args=(n * 100,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == sorted(n * 100 + i for n in range(6) for i in range(20))
    assert 1 <= len(jail.live_workers()) <= jail.pool.MAX_WORKERS


def test_warm_up_starts_workers_without_waiting() -> None:
    jail.warm_up(2, preload=("tests.helpers.jail_jobs",))
    assert len(jail.live_workers()) == 2
    assert run_jailed(jail_jobs.add, 1, 2) == 3
    assert len(jail.live_workers()) == 2


def test_shutdown_leaves_no_process_and_the_jail_starts_again() -> None:
    pids = {run_jailed(jail_jobs.pid)}
    jail.shutdown()
    assert jail.live_workers() == []
    for pid in pids:
        assert not Path(f"/proc/{pid}").exists()
    assert run_jailed(jail_jobs.add, 1, 1) == 2
