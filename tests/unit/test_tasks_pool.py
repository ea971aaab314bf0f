"""Pool jobs: one-off work side by side, outcomes on the owner's thread, keys, shutdown."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from edicola.tasks.mailbox import Mailbox
from edicola.tasks.outcome import Done, Failed, Outcome
from edicola.tasks.pool import DaemonThreads, PoolJobs


@pytest.fixture
def pool(qapp: object) -> Iterator[QThreadPool]:
    pool = QThreadPool()
    yield pool
    pool.waitForDone(10_000)


@pytest.fixture
def jobs(pool: QThreadPool) -> Iterator[PoolJobs]:
    jobs = PoolJobs(pool)
    yield jobs
    jobs.shutdown(10)


def test_outcomes_arrive_on_the_owners_thread(qtbot: QtBot, jobs: PoolJobs) -> None:
    outcomes: dict[str, Outcome[int]] = {}
    threads: set[threading.Thread] = set()

    def keep(name: str, outcome: Outcome[int]) -> None:
        threads.add(threading.current_thread())
        outcomes[name] = outcome

    def broken() -> int:
        raise OSError("cover.jpg: connection refused")

    assert jobs.start(lambda: 6 * 7, lambda o: keep("fine", o))
    assert jobs.start(broken, lambda o: keep("broken", o))
    assert jobs.pending() == 2
    qtbot.waitUntil(lambda: len(outcomes) == 2)
    assert outcomes["fine"] == Done(42)
    failed = outcomes["broken"]
    assert isinstance(failed, Failed) and failed.message == "cover.jpg: connection refused"
    assert threads == {threading.main_thread()} and jobs.pending() == 0


def test_a_key_is_busy_until_its_outcome_is_delivered(qtbot: QtBot, jobs: PoolJobs) -> None:
    gate = threading.Event()
    outcomes: list[Outcome[str]] = []

    def slow() -> str:
        gate.wait(10)  # timing-ok: a hang guard; the test opens the gate itself
        return "thread"

    assert jobs.start(slow, outcomes.append, key=("server", "/uri"))
    assert jobs.busy(("server", "/uri"))
    assert not jobs.start(slow, outcomes.append, key=("server", "/uri"))  # refused
    assert jobs.start(lambda: "other", outcomes.append, key=("server", "/other"))
    gate.set()
    qtbot.waitUntil(lambda: len(outcomes) == 2)
    assert sorted(o.value for o in outcomes if isinstance(o, Done)) == ["other", "thread"]
    assert not jobs.busy(("server", "/uri"))


def test_shutdown_sets_stopping_joins_and_drops_the_outcomes(qtbot: QtBot, jobs: PoolJobs) -> None:
    entered = threading.Event()
    steps: list[int] = []
    outcomes: list[Outcome[int]] = []

    def long_work() -> int:
        entered.set()
        while not jobs.stopping.wait(10):  # timing-ok: a hang guard; shutdown sets it
            steps.append(1)
        return len(steps)

    jobs.start(long_work, outcomes.append)
    assert entered.wait(10)  # timing-ok: a hang guard
    assert jobs.shutdown(10)  # returns only once the work has ended
    assert jobs.stopping.is_set() and jobs.pending() == 0
    qtbot.wait(0)  # a turn of the event loop: the outcome was dropped, not delivered
    assert outcomes == []
    assert not jobs.start(lambda: 1, outcomes.append)  # refused once shut down


def test_daemon_threads_run_jobs_that_do_not_hold_the_process(qtbot: QtBot, qapp: object) -> None:
    jobs = PoolJobs(DaemonThreads("test-daemon"))
    ran_on: list[threading.Thread] = []
    outcomes: list[Outcome[None]] = []
    jobs.start(lambda: ran_on.append(threading.current_thread()), outcomes.append)
    qtbot.waitUntil(lambda: bool(outcomes))
    (thread,) = ran_on
    assert thread.daemon and thread.name == "test-daemon"
    assert jobs.wait(10)
    thread.join(10)
    jobs.shutdown()


def test_the_mailbox_runs_letters_in_order_and_drops_them_once_closed(
    qtbot: QtBot, qapp: object
) -> None:
    mailbox = Mailbox()
    got: list[int] = []
    workers = [
        threading.Thread(target=lambda n=n: mailbox.post(lambda: got.append(n))) for n in range(3)
    ]
    for worker in workers:
        worker.start()
        worker.join()
    assert got == []  # nothing runs in the worker, nor before the event loop turns
    qtbot.waitUntil(lambda: got == [0, 1, 2])
    mailbox.post(lambda: got.append(3))
    mailbox.close()
    mailbox.post(lambda: got.append(4))
    qtbot.wait(0)
    assert got == [0, 1, 2]
