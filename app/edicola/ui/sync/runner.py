"""One sync pass in the reader, in three steps, never on the GUI thread.

The server's part (list, read, send: :meth:`Session.exchange`) runs as a pool
job on a daemon thread, so a server that does not answer never holds up
reading or closing. The merge writes the library, so it goes through the
app's one writer, the :class:`~edicola.tasks.import_queue.ImportQueue`
(``submit_write``), between imports; the queue then announces
``libraryChanged`` with ``LibraryChange(synced=True)`` when something came in.
Last, if the pass wrote a snapshot, the files it replaced are deleted on the
server (best effort, on the pool again). At most one pass runs at a time; a
pass asked for meanwhile runs right after.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from sqlite_utils import Database

from edicola.core.sync.engine import Pass, PassphraseChanged, RemoteError
from edicola.core.sync.payload import SNAPSHOT
from edicola.net.sync_session import Session, merge
from edicola.store.changes import LibraryChange
from edicola.store.database import open_library
from edicola.store.library import Library
from edicola.store.sync_credentials import KeyringLike
from edicola.tasks.import_queue import ImportQueue
from edicola.tasks.outcome import Abandoned, Done, Outcome
from edicola.tasks.pool import DaemonThreads, PoolJobs
from edicola.ui.common.messages import error_text


@dataclass(frozen=True)
class PassReport:
    """How a pass ended, for the status bar and Settings → Sync."""

    ok: bool
    message: str = ""
    unreachable: bool = False
    """The server could not be reached at all (no answer, refused, no network)."""
    passphrase: bool = False
    """The passphrase was changed on another device: ask for the new one."""
    done: Pass | None = None


def report_of(error: BaseException) -> PassReport:
    cause: BaseException | None = error
    while cause is not None and not isinstance(cause, RemoteError):
        cause = cause.__cause__  # SyncFailed wraps the client's RemoteError
    unreachable = isinstance(cause, RemoteError) and cause.status is None
    return PassReport(
        False,
        error_text(error).splitlines()[0] if str(error) else type(error).__name__,
        unreachable=unreachable,
        passphrase=isinstance(error, PassphraseChanged),
    )


class SyncRunner(QObject):
    """``run_pass()``: one pass at a time; ``passStarted`` then ``passFinished(report)``."""

    passStarted = Signal()
    passFinished = Signal(object)  # PassReport

    def __init__(
        self,
        folder: Path,
        imports: ImportQueue,
        *,
        keyring: KeyringLike | bool | None = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._folder = folder
        self._imports = imports
        self._keyring = keyring
        self._jobs = PoolJobs(DaemonThreads("edicola-sync"), self)
        self._running = False
        self._again = False

    @property
    def running(self) -> bool:
        return self._running

    def run_pass(self) -> None:
        if self._jobs.stopping.is_set():
            return
        if self._running:
            self._again = True
            return
        self._running, self._again = True, False
        self.passStarted.emit()
        self._jobs.start(self._exchange, self._on_exchanged)

    def stop(self, wait_s: float = 2.0) -> None:
        """No pass starts; one talking to the server is left to end on its own (its
        merge, if it gets that far, is abandoned by the stopped queue)."""
        self._jobs.shutdown(wait_s)

    def _session(self) -> tuple[Session, Database]:
        db = open_library(self._folder)
        try:
            return Session.open(db, self._folder, keyring=self._keyring), db
        except BaseException:
            db.close()
            raise

    def _exchange(self) -> Pass:
        """On the pool: the server's part, on a connection of its own."""
        session, db = self._session()
        try:
            return session.exchange()
        finally:
            db.close()

    def _clean_up(self) -> None:
        session, db = self._session()
        try:
            session.clean_up()
        finally:
            db.close()

    def _on_exchanged(self, outcome: Outcome[Pass]) -> None:
        if not isinstance(outcome, Done):
            self._finish(report_of(outcome.error))
            return
        done = outcome.value

        def work(library: Library) -> Pass:
            merge(library.db, self._folder, done)
            return done

        self._imports.submit_write(
            work, self._on_merged, change=lambda d: LibraryChange(synced=d.merged > 0)
        )

    def _on_merged(self, outcome: Outcome[Pass]) -> None:
        if not isinstance(outcome, Done):
            if isinstance(outcome.error, Abandoned):
                self._running = False  # closing: nobody is listening
                return
            self._finish(report_of(outcome.error))
            return
        done = outcome.value
        report = PassReport(True, done=done)
        if done.uploaded is not None and done.uploaded.type == SNAPSHOT:
            started = self._jobs.start(self._clean_up, lambda _o: self._finish(report))
            if started:
                return
        self._finish(report)

    def _finish(self, report: PassReport) -> None:
        self._running = False
        if self._jobs.stopping.is_set():
            return
        self.passFinished.emit(report)
        if self._again:
            self.run_pass()
