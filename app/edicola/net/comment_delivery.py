"""Delivering the outbox: at least once on the wire, exactly once on the server.

Isso has no idempotency key, so a POST whose answer was lost may or may not
have created the comment. The rule here: an attempt is recorded durably
*before* it starts (state ``sending``); any attempt without a definite answer
leaves the comment ``unknown``; and before an ``unknown`` comment is sent
again, the thread is read (``plain=1``) looking for a comment with the same
author, parent and exact text created since the first doubtful attempt began
(server clock, via the ``Date`` header). Found: adopt its id. Not found: send.

One comment at a time per server, in the order the user pressed Send; one
deliverer per library at a time (an OS file lock, released if the process
dies, so an attempt left ``sending`` is known to be dead, not in flight).
Synchronous and Qt-free: the CLI calls it directly, the app from a worker.

A server a catalog or bundle named (not the reader) may not be on the reader's
own machine or network (:func:`server_guard`): its publication's comments
stay queued, with one line saying why, and the server gets no request.
"""

from __future__ import annotations

import random
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from edicola.core.backoff import RetryPolicy
from edicola.core.comments.outbox import (
    IN_DOUBT,
    HttpOutcome,
    Kind,
    RemoteComment,
    State,
    classify,
    find_delivered,
    sending_problem,
)
from edicola.net.address_guard import AddressGuard, Resolver, system_resolver
from edicola.net.isso_client import (
    IssoClient,
    IssoUnavailable,
    refusal,
    server_address_problem,
)
from edicola.store.comment_records import Comment
from edicola.store.comment_settings import CommentSettings
from edicola.store.comments import CommentStore

#: Without a ``Date`` header the server clock is unknown: look back this far.
CLOCK_TOLERANCE = 300.0
#: ``Date`` has one-second resolution, plus request latency.
DATE_MARGIN = 2.0
#: Attempts recorded per durable commit (see ``_begin_batch``).
BATCH = 16

ChangeListener = Callable[[str, State], None]
Progress = Callable[[int, int], None]
ClientFactory = Callable[[str, AddressGuard | None], IssoClient]


def server_guard(
    settings: CommentSettings, server: str, resolver: Resolver = system_resolver
) -> AddressGuard | None:
    """None when ``server`` is the reader's (typed or accepted, or the publication is
    their own import); otherwise the guard that keeps it off the reader's machine and
    network, except on the origin of the catalog that owns the publication."""
    if settings.local or (settings.reader_set and server == settings.server):
        return None
    return AddressGuard(trusted=settings.catalog_urls, resolver=resolver)


class DeliveryLock:
    """An exclusive, non-blocking lock on a file; the OS drops it if we die."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file: IO[bytes] | None = None

    def acquire(self) -> bool:
        handle = open(self.path, "a+b")  # noqa: SIM115 - held until release()
        try:
            if sys.platform == "win32":
                import msvcrt

                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            return False
        self._file = handle
        return True

    def release(self) -> None:
        if self._file is not None:
            self._file.close()  # closing drops the lock
            self._file = None

    def __enter__(self) -> bool:
        return self.acquire()

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()


@dataclass
class SyncSummary:
    published: int = 0
    moderation: int = 0
    refused: int = 0
    waiting: int = 0
    without_server: int = 0
    busy: bool = False
    problems: list[str] = field(default_factory=list)

    def line(self) -> str:
        parts = [
            f"{self.published} published",
            f"{self.moderation} waiting for moderation",
            f"{self.refused} refused",
            f"{self.waiting} still waiting",
        ]
        if self.without_server:
            parts.append(f"{self.without_server} without a comments server")
        return ", ".join(parts)


class CommentDelivery:
    def __init__(
        self,
        store: CommentStore,
        *,
        lock_path: Path | None = None,
        client_factory: ClientFactory | None = None,
        timeout: float = 10.0,
        policy: RetryPolicy | None = None,
        rng: random.Random | None = None,
        clock: Callable[[], float] = time.time,
        on_change: ChangeListener | None = None,
        resolver: Resolver = system_resolver,
    ) -> None:
        self._store = store
        self._lock_path = lock_path
        self._client_factory = client_factory or (
            lambda url, guard: IssoClient(url, timeout=timeout, guard=guard)
        )
        self._resolver = resolver
        self._policy = policy or RetryPolicy()
        self._rng = rng or random.Random()
        self._clock = clock
        self._on_change = on_change or (lambda _id, _state: None)
        self._clients: dict[tuple[str, bool], IssoClient] = {}
        #: Per publication, the guard of its server in this pass (None: the reader's).
        self._guards: dict[str, AddressGuard | None] = {}

    # ------------------------------------------------------------------ passes

    def run_pass(
        self,
        *,
        server_override: str | None = None,
        force: bool = False,
        progress: Progress | None = None,
        should_stop: Callable[[], bool] = lambda: False,
    ) -> SyncSummary:
        """Deliver what is due (everything waiting if ``force``), server by server."""
        summary = SyncSummary()
        lock = DeliveryLock(self._lock_path) if self._lock_path is not None else None
        if lock is not None and not lock.acquire():
            summary.busy = True
            summary.problems.append("another Edicola is already delivering comments")
            return summary
        try:
            for local_id in self._store.recover_interrupted():
                self._on_change(local_id, State.UNKNOWN)
            targets, summary.without_server = self._targets(server_override)
            held = self._hold_refused(targets, summary)
            total = self._store.pending_count() - summary.without_server - held
            done = [0]

            def tick() -> None:
                done[0] += 1
                if progress is not None:
                    progress(done[0], total)

            for server, publications in targets.items():
                problem = server_address_problem(server)
                if problem is not None:
                    # Nothing can be sent: the comments stay queued, not "unknown".
                    summary.problems.append(problem)
                    continue
                try:
                    self._deliver_line(server, publications, force, summary, should_stop, tick)
                except Exception as exc:  # one bad server must not block the others
                    # An attempt cut short here is left ``sending``: the next pass finds
                    # it in doubt and checks the thread before sending it again.
                    summary.problems.append(f"{server}: {type(exc).__name__}: {exc}")
            summary.waiting = self._store.pending_count() - summary.without_server
            self.refresh_moderation(server_override)
        finally:
            if lock is not None:
                lock.release()
        return summary

    def refresh_moderation(self, server_override: str | None = None) -> int:
        """Comments approved by a moderator since: ``moderation`` -> ``published``."""
        groups: dict[tuple[str, str], list[Comment]] = defaultdict(list)
        for comment in self._store.awaiting_moderation():
            server = comment.server or server_override
            if server:
                groups[(server, comment.thread_uri)].append(comment)
        promoted = 0
        for (server, uri), comments in groups.items():
            if server_address_problem(server) is not None:
                continue
            guard = None
            if server != server_override:
                settings = self._store.settings(comments[0].publication_id)
                guard = server_guard(settings, server, self._resolver)
            try:
                listing = self.refresh_thread(server, uri, guard)
            except IssoUnavailable:
                continue
            visible = {c.get("id") for c in _flatten(listing)}
            for comment in comments:
                if comment.remote_id in visible:
                    self._store.mark_delivered(
                        comment.local_id,
                        State.PUBLISHED,
                        comment.remote_id or 0,
                        comment.remote_created,
                    )
                    self._on_change(comment.local_id, State.PUBLISHED)
                    promoted += 1
        return promoted

    def refresh_thread(
        self, server: str, uri: str, guard: AddressGuard | None = None
    ) -> dict[str, Any]:
        """Fetch a thread (raw text) and keep it for offline reading."""
        listing = self._client(server, guard).fetch_thread(uri, plain=True)
        self._store.cache_thread(server, uri, listing.data)
        return listing.data

    # ------------------------------------------------------------------ one comment

    def _deliver_line(
        self,
        server: str,
        publications: list[str],
        force: bool,
        summary: SyncSummary,
        should_stop: Callable[[], bool],
        tick: Callable[[], None],
    ) -> None:
        """One server's line, in order, until it is empty, stopped or in trouble."""
        while not should_stop():
            head = self._store.next_in_line(publications, self._clock(), force=force)
            if head is None:
                return
            if head.state in IN_DOUBT:
                try:
                    found = self._reconcile(head, server)
                except IssoUnavailable:
                    return  # could not check: wait, never resend blindly
                if found is not None:
                    self._store.mark_delivered(
                        head.local_id, State.PUBLISHED, found.id, found.created
                    )
                    self._on_change(head.local_id, State.PUBLISHED)
                    summary.published += 1
                    tick()
                    continue
                batch = [self._store.begin_attempt(head, server)]
            else:
                batch = self._begin_batch(publications, server, summary, tick)
            for index, attempt in enumerate(batch):
                if should_stop():
                    self._store.release_attempts(batch[index:])
                    return
                if self._send(attempt, server, summary) in (Kind.RETRY, Kind.UNKNOWN):
                    # The server is in trouble: the rest of its line waits.
                    self._store.release_attempts(batch[index + 1 :])
                    return
                tick()

    def _begin_batch(
        self, publications: list[str], server: str, summary: SyncSummary, tick: Callable[[], None]
    ) -> list[Comment]:
        """Record the next queued comments as attempts, in one durable commit.

        Up to :data:`BATCH` at a time: one fsync instead of one per comment.
        Marking a comment ``sending`` early is safe (after a crash it is only
        checked in the thread before being sent); those not reached are
        released back to ``queued``.
        """
        ready: list[Comment] = []
        for comment in self._store.queued_run(publications, BATCH):
            max_length = self._store.settings(comment.publication_id).max_length
            problem = sending_problem(comment.text, max_length)
            if problem is None:
                ready.append(comment)
                continue
            self._store.mark_refused(comment.local_id, problem)
            self._on_change(comment.local_id, State.REFUSED)
            summary.refused += 1
            tick()
        return self._store.begin_attempts(ready, server)

    def _send(self, attempt: Comment, server: str, summary: SyncSummary) -> Kind:
        """POST one recorded attempt and record what came of it."""
        local_id = attempt.local_id
        self._on_change(local_id, State.SENDING)
        outcome = self._post(attempt, server)
        verdict = classify(outcome, self._clock())
        if verdict.kind in (Kind.PUBLISHED, Kind.MODERATION):
            state = State(verdict.kind.value)
            self._store.mark_delivered(
                local_id, state, verdict.remote_id or 0, verdict.remote_created
            )
            if state is State.PUBLISHED:
                summary.published += 1
            else:
                summary.moderation += 1
            self._on_change(local_id, state)
        elif verdict.kind is Kind.REFUSED:
            self._store.mark_refused(local_id, verdict.reason)
            summary.refused += 1
            self._on_change(local_id, State.REFUSED)
        else:
            state = State.QUEUED if verdict.kind is Kind.RETRY else State.UNKNOWN
            wait = self._policy.delay(attempt.attempts, verdict.retry_after, self._rng)
            self._store.mark_waiting(local_id, state, self._clock() + wait, verdict.reason)
            summary.problems.append(f"{server}: {verdict.reason}")
            self._on_change(local_id, state)
        return verdict.kind

    def _post(self, comment: Comment, server: str) -> HttpOutcome:
        payload = {
            "text": comment.text,
            "author": comment.author or None,
            "email": comment.email or None,
            "website": None,
            "parent": comment.parent_remote_id,
            "title": comment.thread_title or comment.thread_uri,
        }
        guard = self._guards.get(comment.publication_id)
        return self._client(server, guard).post_comment(comment.thread_uri, payload)

    def _reconcile(self, comment: Comment, server: str) -> RemoteComment | None:
        """The comment an in-doubt attempt created, None if it did not land.

        Raises :class:`IssoUnavailable` (after backing off) if the thread
        cannot be read: then nobody knows, and nothing is resent.
        """
        try:
            guard = self._guards.get(comment.publication_id)
            listing = self._client(server, guard).fetch_thread(comment.thread_uri, plain=True)
        except IssoUnavailable as exc:
            wait = self._policy.delay(comment.attempts + 1, None, self._rng)
            self._store.postpone(comment, self._clock() + wait, str(exc))
            raise
        self._store.cache_thread(server, comment.thread_uri, listing.data)
        started = comment.attempt_started_at or comment.created_at
        if listing.clock_offset is None:
            not_before = started - CLOCK_TOLERANCE
        else:
            not_before = started + listing.clock_offset - DATE_MARGIN
        match = find_delivered(
            listing.data,
            author=comment.author,
            text=comment.text,
            parent=comment.parent_remote_id,
            not_before=not_before,
            exclude_ids=self._store.claimed_remote_ids(server, comment.thread_uri),
        )
        return match

    # ------------------------------------------------------------------ helpers

    def _client(self, server: str, guard: AddressGuard | None) -> IssoClient:
        """The client for ``server`` (guarded, or the reader's)."""
        key = (server, guard is None)
        if key not in self._clients:
            self._clients[key] = self._client_factory(server, guard)
        return self._clients[key]

    def _hold_refused(self, targets: dict[str, list[str]], summary: SyncSummary) -> int:
        """Take the publications whose server the guard refuses out of ``targets``
        (their comments stay queued, saying why; the server gets no request from
        them); how many comments are held."""
        held = 0
        for server, publications in list(targets.items()):
            if server_address_problem(server) is not None:
                continue
            for publication_id in list(publications):
                refused = refusal(server, self._guards[publication_id])
                if refused is None:
                    continue
                if refused not in summary.problems:
                    summary.problems.append(refused)
                publications.remove(publication_id)
                held += self._store.hold_queued(publication_id, refused)
            if not publications:
                del targets[server]
        return held

    def _targets(self, server_override: str | None) -> tuple[dict[str, list[str]], int]:
        """Publications with waiting comments, grouped by server; and the count without one.

        Each publication's guard (:func:`server_guard`) is kept for :meth:`_hold_refused`."""
        targets: dict[str, list[str]] = defaultdict(list)
        publications = self._store.pending_publications()
        self._guards = {}
        for publication_id in publications:
            settings = self._store.settings(publication_id)
            server = server_override or settings.server
            if server:
                targets[server].append(publication_id)
                self._guards[publication_id] = (
                    None
                    if server == server_override
                    else server_guard(settings, server, self._resolver)
                )
        unserved = [p for p in publications if not any(p in ps for ps in targets.values())]
        return dict(targets), self._store.pending_count(unserved)


def _flatten(thread: dict[str, Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    stack = list(thread.get("replies") or [])
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            out.append(item)
            stack.extend(item.get("replies") or [])
    return out
