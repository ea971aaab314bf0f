"""Running comment delivery in the app: when to deliver, and off the GUI thread.

The delivery itself is synchronous and Qt-free
(:mod:`edicola.net.comment_delivery`, shared with the CLI); this QObject runs
one pass at a time as a pool job (:class:`edicola.tasks.pool.PoolJobs`) that
opens its own connection to the library, and decides *when* to run one:

- right away when the user sends or edits (``sync_now``);
- when the network comes back (``QNetworkInformation`` reachability, if the
  platform has a backend);
- when the head of the line's backoff expires (a single-shot timer);
- every ``probe_interval_ms`` anyway, since reachability can lie.

Widgets connect to ``comment_state_changed(local_id, state)`` and
``outbox_count_changed(n)``; ``state`` is an :class:`edicola.core.comments.outbox.State`
value, labelled by the UI. :meth:`CommentSync.stop` is its one shutdown: the
comment being sent finishes, no pass starts after it.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal, Slot
from PySide6.QtNetwork import QNetworkInformation

from edicola.core.comments.outbox import State
from edicola.net.comment_delivery import CommentDelivery, SyncSummary
from edicola.store.comments import CommentStore
from edicola.store.database import open_library
from edicola.tasks.outcome import Done, Outcome
from edicola.tasks.pool import PoolJobs

LOCK_NAME = "comments-delivery.lock"
MAX_TIMER_MS = 24 * 3600 * 1000


class CommentSync(QObject):
    comment_state_changed = Signal(str, str)
    outbox_count_changed = Signal(int)
    sync_finished = Signal(object)  # SyncSummary

    def __init__(
        self,
        folder: Path,
        store: CommentStore,
        *,
        probe_interval_ms: int = 5 * 60 * 1000,
        pool: QThreadPool | None = None,
        delivery_options: dict[str, Any] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._folder = folder
        self._store = store
        self._jobs = PoolJobs(pool, self)
        self._options = dict(delivery_options or {})
        self._running = False
        self._again = False
        self._probe = QTimer(self)
        self._probe.setInterval(probe_interval_ms)
        self._probe.timeout.connect(self.sync_now)
        self._wake = QTimer(self)
        self._wake.setSingleShot(True)
        self._wake.timeout.connect(self.sync_now)
        self._network: QNetworkInformation | None = None

    @property
    def running(self) -> bool:
        return self._running

    def start(self, *, watch_network: bool = True) -> None:
        """Begin scheduling, and deliver whatever is already due."""
        self._probe.start()
        if watch_network:
            self._watch_network()
        self.outbox_count_changed.emit(self._store.pending_count())
        self.sync_now()

    def stop(self, wait_ms: int = 15_000) -> None:
        """Stop scheduling; let a running pass end its current comment."""
        self._probe.stop()
        self._wake.stop()
        self._jobs.shutdown(wait_ms / 1000)

    @Slot()
    def outbox_changed(self) -> None:
        """The UI queued, edited or deleted a comment: update the count, try now."""
        self.outbox_count_changed.emit(self._store.pending_count())
        self.sync_now()

    @Slot()
    def sync_now(self, force: bool = False) -> None:
        if self._jobs.stopping.is_set():
            return
        if self._running:
            self._again = True
            return
        self._running = True
        self._again = False
        self._jobs.start(lambda: self._deliver(force), self._on_finished)

    # ------------------------------------------------------------------ internals

    def _deliver(self, force: bool) -> SyncSummary:
        """On a pool thread: one pass over the outbox, on a connection of its own."""
        db = open_library(self._folder)
        try:
            delivery = CommentDelivery(
                CommentStore(db),
                lock_path=self._folder / LOCK_NAME,
                on_change=lambda local_id, state: self._jobs.post(
                    lambda: self._on_state_changed(local_id, state.value)
                ),
                **self._options,
            )
            return delivery.run_pass(force=force, should_stop=self._jobs.stopping.is_set)
        finally:
            db.close()

    def _watch_network(self) -> None:
        if self._network is not None:
            return
        if not QNetworkInformation.instance() and not QNetworkInformation.loadBackendByFeatures(
            QNetworkInformation.Feature.Reachability
        ):
            return  # no backend here: the periodic probe covers it
        network = QNetworkInformation.instance()
        if network is None:
            return
        self._network = network
        network.reachabilityChanged.connect(self._on_reachability)

    @Slot(QNetworkInformation.Reachability)
    def _on_reachability(self, reachability: QNetworkInformation.Reachability) -> None:
        if reachability in (
            QNetworkInformation.Reachability.Online,
            QNetworkInformation.Reachability.Site,
        ):
            self.sync_now()

    def _on_state_changed(self, local_id: str, state: str) -> None:
        self.comment_state_changed.emit(local_id, state)
        if state in (State.PUBLISHED, State.MODERATION, State.REFUSED):
            self.outbox_count_changed.emit(self._store.pending_count())

    def _on_finished(self, outcome: Outcome[SyncSummary]) -> None:
        if isinstance(outcome, Done):
            summary = outcome.value
        else:  # a pass must always report back
            summary = SyncSummary()
            summary.problems.append(f"comment delivery failed: {outcome.error}")
        self._running = False
        self.outbox_count_changed.emit(self._store.pending_count())
        self.sync_finished.emit(summary)
        if self._again:
            self.sync_now()
            return
        due = self._store.next_attempt_at()
        if due is not None:
            delay_ms = int(max(0.0, due - time.time()) * 1000) + 50
            self._wake.start(min(delay_ms, MAX_TIMER_MS))
