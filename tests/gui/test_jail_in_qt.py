"""The jail serves a Qt application: from its GUI thread and from a QThread, while the event
loop runs, and it leaves no process behind (issue 19)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThread, Signal
from pytestqt.qtbot import QtBot

from edicola.core import jail
from edicola.core.jail import JailError, run_jailed
from tests.helpers import jail_jobs


@pytest.fixture(autouse=True)
def _no_worker_left() -> Iterator[None]:
    yield
    pids = jail.live_workers()
    jail.shutdown()
    for pid in pids:
        assert not Path(f"/proc/{pid}").exists()


class _Caller(QThread):
    answered = Signal(object)

    def run(self) -> None:
        try:
            self.answered.emit(run_jailed(jail_jobs.add, 20, 22))
        except JailError as exc:  # pragma: no cover - reported to the test
            self.answered.emit(exc)


def test_from_the_gui_thread(qapp: object) -> None:
    assert run_jailed(jail_jobs.add, 2, 2) == 4
    with pytest.raises(JailError, match="needs more than 48 MB"):
        run_jailed(jail_jobs.eat_memory, 1024, memory_mb=48)


def test_from_a_qthread_while_the_event_loop_runs(qtbot: QtBot) -> None:
    caller = _Caller()
    with qtbot.waitSignal(caller.answered, timeout=60_000) as answer:  # timing-ok: a guard
        caller.start()
    caller.wait()
    assert answer.args == [42]
