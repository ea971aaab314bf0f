"""The serial queue: one job at a time, in order, outcomes on the owner's thread."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from edicola.tasks.outcome import Abandoned, Done, Failed, Outcome
from edicola.tasks.serial import SerialQueue


@pytest.fixture
def queue(qapp: object) -> SerialQueue:
    queue = SerialQueue("test-serial")
    yield queue
    queue.shutdown()


def test_jobs_never_overlap_and_each_outcome_comes_before_the_next_job(
    qtbot: QtBot, queue: SerialQueue
) -> None:
    log: list[str] = []
    lock = threading.Lock()
    gate = threading.Event()
    done_on: set[threading.Thread] = set()

    def work(n: int) -> int:
        with lock:
            log.append(f"enter {n}")
        if n == 0:
            gate.wait(10)  # timing-ok: a hang guard; the test opens the gate itself
        with lock:
            log.append(f"exit {n}")
        return n * 10

    def done(n: int, outcome: Outcome[int]) -> None:
        done_on.add(threading.current_thread())
        assert outcome == Done(n * 10)
        with lock:
            log.append(f"done {n}")

    for n in range(3):
        queue.submit(lambda n=n: work(n), lambda o, n=n: done(n, o))
    qtbot.waitUntil(lambda: "enter 0" in log)
    assert queue.busy
    # The first job is held inside its work: had the queue let another start, it
    # would have entered by now (the others were queued before the gate opened).
    gate.set()
    qtbot.waitUntil(lambda: "done 2" in log, timeout=10_000)
    assert log == [f"{step} {n}" for n in range(3) for step in ("enter", "exit", "done")]
    assert done_on == {threading.main_thread()}
    assert not queue.busy


def test_a_failure_becomes_failed_and_the_queue_goes_on(qtbot: QtBot, queue: SerialQueue) -> None:
    outcomes: list[Outcome[str]] = []

    def broken() -> str:
        raise ValueError("bundle.zip: not a zip file\nTraceback-like detail")

    queue.submit(broken, outcomes.append)
    queue.submit(lambda: "fine", outcomes.append)
    qtbot.waitUntil(lambda: len(outcomes) == 2)
    failed, done = outcomes
    assert isinstance(failed, Failed) and isinstance(failed.error, ValueError)
    assert failed.message == "bundle.zip: not a zip file"
    assert done == Done("fine")


def test_shutdown_finishes_the_job_in_hand_and_abandons_the_rest(
    qtbot: QtBot, queue: SerialQueue
) -> None:
    gate = threading.Event()
    entered: list[int] = []
    outcomes: dict[int, Outcome[int]] = {}

    def work(n: int) -> int:
        entered.append(n)
        if n == 0:
            gate.wait(10)  # timing-ok: a hang guard; the test opens the gate itself
        return n

    for n in range(3):
        queue.submit(lambda n=n: work(n), lambda o, n=n: outcomes.__setitem__(n, o))
    qtbot.waitUntil(lambda: entered == [0])
    gate.set()
    queue.shutdown()  # joins the job in hand and hands out every outcome, now
    assert outcomes[0] == Done(0)
    for n in (1, 2):
        outcome = outcomes[n]
        assert isinstance(outcome, Failed) and isinstance(outcome.error, Abandoned)
    assert entered == [0]
    assert not any(t.name == "test-serial" for t in threading.enumerate())
    late: list[Outcome[int]] = []
    queue.submit(lambda: 1, late.append)  # refused at once, never run
    assert len(late) == 1 and isinstance(late[0], Failed)
    assert isinstance(late[0].error, Abandoned)
    queue.shutdown()  # twice is fine
