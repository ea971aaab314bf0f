"""Latest-only: a newer request supersedes older ones; stale results never arrive."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from edicola.tasks.latest import LatestOnly
from edicola.tasks.outcome import Done, Failed, Outcome


class Recorder:
    """The work and the callbacks of one runner, recording what happened."""

    def __init__(self) -> None:
        self.started: list[str] = []
        self.delivered: list[tuple[int, str, Outcome[str]]] = []
        self.interrupts = 0
        self.exited_on: list[threading.Thread] = []
        self.gates: dict[str, threading.Event] = {}
        self.returned = threading.Event()

    def work(self, request: str) -> str:
        self.started.append(request)
        gate = self.gates.get(request)
        if gate is not None:
            gate.wait(10)  # timing-ok: a hang guard; the test opens the gate itself
        if request == "boom":
            raise RuntimeError("no such column: x")
        self.returned.set()
        return request.upper()

    def done(self, generation: int, request: str, outcome: Outcome[str]) -> None:
        assert threading.current_thread() is threading.main_thread()
        self.delivered.append((generation, request, outcome))

    def interrupt(self) -> None:
        self.interrupts += 1
        for gate in self.gates.values():
            gate.set()

    def exit(self) -> None:
        self.exited_on.append(threading.current_thread())


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def runner(qapp: object, recorder: Recorder) -> Iterator[LatestOnly[str, str]]:
    runner: LatestOnly[str, str] = LatestOnly(
        recorder.work,
        recorder.done,
        name="test-latest",
        interrupt=recorder.interrupt,
        on_exit=recorder.exit,
    )
    yield runner
    runner.shutdown()


def test_only_the_newest_request_is_delivered(
    qtbot: QtBot, runner: LatestOnly[str, str], recorder: Recorder
) -> None:
    recorder.gates["a"] = threading.Event()
    runner.submit("a")
    qtbot.waitUntil(lambda: recorder.started == ["a"])
    runner.submit("b")  # interrupts "a" (its gate opens), then waits...
    newest = runner.submit("c")  # ...and is replaced before it could start
    qtbot.waitUntil(lambda: bool(recorder.delivered))
    assert recorder.delivered == [(newest, "c", Done("C"))]
    assert recorder.started == ["a", "c"]  # "b" never ran; "a" ran but was dropped
    assert recorder.interrupts >= 1
    assert runner.is_current(newest) and not runner.is_current(newest - 1)


def test_a_result_that_went_stale_on_its_way_is_dropped(
    qtbot: QtBot, runner: LatestOnly[str, str], recorder: Recorder
) -> None:
    recorder.gates["a"] = gate = threading.Event()
    runner.submit("a")
    qtbot.waitUntil(lambda: recorder.started == ["a"])
    gate.set()
    assert recorder.returned.wait(10)  # timing-ok: a hang guard
    # "a" is done, its result on its way (or about to be) to this thread, which has
    # not returned to its event loop since: cancelling now must drop it.
    runner.cancel()
    newest = runner.submit("z")
    qtbot.waitUntil(lambda: bool(recorder.delivered))
    assert recorder.delivered == [(newest, "z", Done("Z"))]


def test_a_failure_becomes_failed(
    qtbot: QtBot, runner: LatestOnly[str, str], recorder: Recorder
) -> None:
    generation = runner.submit("boom")
    qtbot.waitUntil(lambda: bool(recorder.delivered))
    ((got, request, outcome),) = recorder.delivered
    assert (got, request) == (generation, "boom")
    assert isinstance(outcome, Failed) and outcome.message == "no such column: x"


def test_shutdown_ends_the_thread_on_exit_and_refuses_more(
    qtbot: QtBot, runner: LatestOnly[str, str], recorder: Recorder
) -> None:
    runner.submit("a")
    qtbot.waitUntil(lambda: bool(recorder.delivered))
    assert runner.shutdown()
    (exited,) = recorder.exited_on
    assert exited.name == "test-latest" and not exited.is_alive()
    runner.submit("late")
    qtbot.wait(0)  # one turn of the event loop: nothing is delivered
    assert recorder.started == ["a"] and len(recorder.delivered) == 1
