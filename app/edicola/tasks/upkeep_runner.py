"""Upkeep in the reader: bounded steps through the one import queue, after changes.

After each change the queue committed (an import, a removal) the library may
want upkeep (:mod:`edicola.store.upkeep`): its search index merged, free pages
given back. :class:`UpkeepRunner` hands the queue one step at a time, each a job
of its own behind whatever is waiting (the queue runs jobs in order), and the
next only when that one is done. So an import or removal that comes meanwhile
waits for at most one step (a few ms), never for the whole upkeep; and the
reader's own writes (its reading position, on the window's connection) wait
at most one step's transaction. It stops when a step finds nothing to do, at
:meth:`UpkeepRunner.stop`, or when the queue shuts down (the step under way is
one transaction: it finishes or never began).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from edicola.store.library import Library
from edicola.store.upkeep import Step, Upkeep
from edicola.tasks.import_queue import ImportQueue
from edicola.tasks.outcome import Abandoned, Done, Outcome

_log = logging.getLogger(__name__)


class UpkeepRunner(QObject):
    """Runs :class:`Upkeep` steps on ``imports``, one job per step."""

    stepped = Signal(object)  # Step: after each step that did some work
    settled = Signal()  # a run ended with nothing left to do

    def __init__(
        self,
        imports: ImportQueue,
        parent: QObject | None = None,
        make: Callable[[], Upkeep] = Upkeep,
    ) -> None:
        """``make``: a fresh :class:`Upkeep` for each run (tests give smaller steps)."""
        super().__init__(parent)
        self._imports = imports
        self._make = make
        self._upkeep: Upkeep | None = None
        self._running = False  # a step is in the queue
        self._stopped = False

    @property
    def running(self) -> bool:
        """A step is queued or under way."""
        return self._running

    def library_changed(self, _change: object = None) -> None:
        """The library changed: look again (from the first table) at what it needs."""
        if self._stopped:
            return
        self._upkeep = None  # a fresh look: a settled table may want work again
        if not self._running:
            self._submit()

    def stop(self) -> None:
        """No step after the one under way (call at shutdown, before the queue's)."""
        self._stopped = True

    def _submit(self) -> None:
        if self._upkeep is None:
            self._upkeep = self._make()
        upkeep = self._upkeep
        self._running = True

        def work(library: Library) -> Step | None:
            return upkeep.step(library.db.conn, library.search.codec)

        self._imports.submit_write(work, self._on_step_done)

    def _on_step_done(self, outcome: Outcome[Step | None]) -> None:
        self._running = False
        if self._stopped:
            return
        if not isinstance(outcome, Done):
            if not isinstance(outcome.error, Abandoned):
                # Upkeep is never worth an error in the reader's face: the next
                # change tries again.
                _log.warning("library upkeep stopped: %s", outcome.error)
            return
        if outcome.value is None and self._upkeep is not None:
            self._upkeep = None
            self.settled.emit()
            return
        if outcome.value is not None:
            self.stepped.emit(outcome.value)
        self._submit()
