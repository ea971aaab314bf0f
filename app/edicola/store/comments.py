"""Comments written here: drafts, the outbox, cached threads, comment settings.

The store persists what :mod:`edicola.core.comments.outbox` decides. Every state change is
one conditional ``UPDATE … WHERE state IN (…)``, so the UI editing a comment
and the delivery worker claiming it (each on its own connection) can never
both win.

Durability: the library opens every connection with ``synchronous=FULL``
(``store/database.py``). In WAL mode ``NORMAL`` already survives the
process being killed (kill -9), but not a power cut; with ``FULL`` the WAL is
fsynced at every commit, so a draft saved or an attempt recorded is on disk
before we act on it. That is one fsync per commit: cheap for comment writes
(a debounced keystroke, two per delivery) and negligible for the library's
few large import transactions. The one exception is recording ``published``
(see :meth:`CommentStore.mark_delivered`), done on the delivery worker's own
connection.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterable
from typing import Any

from sqlite_utils import Database

from edicola.core.comments.outbox import (
    EDITABLE,
    IN_DOUBT,
    PENDING,
    TRANSITIONS,
    IllegalTransition,
    State,
    sending_problem,
)
from edicola.core.message import Message
from edicola.store.comment_records import (
    COMMENT_COLUMNS,
    Comment,
    CommentError,
    row_to_comment,
    thread_uri_for,
)
from edicola.store.comment_settings import CommentSettingsStore
from edicola.store.comment_threads import CommentThreadCache


class CommentStore(CommentSettingsStore, CommentThreadCache):
    """Drafts and the outbox; with the comment settings and cached threads of its bases,
    on the same connection."""

    def __init__(self, db: Database, clock: Callable[[], float] = time.time) -> None:
        self._db = db
        self._clock = clock

    # ------------------------------------------------------------------ reads

    def get(self, local_id: str) -> Comment:
        rows = self._select("WHERE local_id = ?", [local_id])
        if not rows:
            raise CommentError(Message("no comment with id {id}", id=local_id))
        return rows[0]

    def all(self) -> list[Comment]:
        return self._select("ORDER BY created_at, seq", [])

    def for_article(self, article_id: str) -> list[Comment]:
        return self._select("WHERE article_id = ? ORDER BY created_at, seq", [article_id])

    def pending_count(self, publication_ids: Iterable[str] | None = None) -> int:
        """Comments waiting in the outbox (of these publications only, if given)."""
        where, params = f"state IN ({_marks(PENDING)})", list[Any](PENDING)
        if publication_ids is not None:
            pubs = list(publication_ids)
            where += f" AND publication_id IN ({_marks(pubs)})"
            params += pubs
        row = self._db.execute(f"SELECT COUNT(*) FROM comments WHERE {where}", params).fetchone()
        return int(row[0])

    def pending_publications(self) -> list[str]:
        marks = ", ".join("?" for _ in PENDING)
        rows = self._db.execute(
            f"SELECT DISTINCT publication_id FROM comments WHERE state IN ({marks})",
            list(PENDING),
        ).fetchall()
        return sorted(str(r[0]) for r in rows)

    def next_attempt_at(self) -> float | None:
        """When the head of some publication's line becomes due (None: nothing waits).

        Comments behind a head wait for it, so only heads count (a server
        shared by publications may make this a little early: harmless).
        """
        marks = ", ".join("?" for _ in PENDING)
        row = self._db.execute(
            f"""SELECT MIN(COALESCE(c.next_attempt_at, 0)) FROM comments AS c
                JOIN (SELECT publication_id, MIN(seq) AS seq FROM comments
                      WHERE state IN ({marks}) GROUP BY publication_id) AS heads
                ON heads.seq = c.seq""",
            list(PENDING),
        ).fetchone()
        return None if row[0] is None else float(row[0])

    # ------------------------------------------------------------------ writing

    def save_draft(
        self,
        article_id: str,
        text: str,
        *,
        local_id: str | None = None,
        author: str = "",
        email: str = "",
        parent_remote_id: int | None = None,
    ) -> str:
        """Create or update a comment as typed; returns its local id.

        Cheap enough for every debounced keystroke: an existing comment is
        one conditional UPDATE. Only comments not yet (possibly) delivered
        can change; the state is kept (a queued comment stays queued).
        """
        now = self._clock()
        if local_id is not None:
            with self._db.conn:
                cursor = self._db.execute(
                    f"""UPDATE comments SET text = ?, author = ?, email = ?,
                        parent_remote_id = ?, updated_at = ?
                        WHERE local_id = ? AND state IN ({_marks(EDITABLE)})""",
                    [text, author, email, parent_remote_id, now, local_id, *EDITABLE],
                )
            if cursor.rowcount == 1:
                return local_id
            if self._exists(local_id):
                raise CommentError(self._not_editable(local_id))
        publication_id, uri, title = self._article_target(article_id)
        new_id = local_id or str(uuid.uuid4())
        with self._db.conn:
            self._db.execute(
                """INSERT INTO comments (local_id, seq, article_id, publication_id, thread_uri,
                       thread_title, parent_remote_id, author, email, text, state,
                       created_at, updated_at)
                   VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM comments),
                       ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                [
                    new_id,
                    article_id,
                    publication_id,
                    uri,
                    title,
                    parent_remote_id,
                    author,
                    email,
                    text,
                    State.DRAFT.value,
                    now,
                    now,
                ],
            )
        return new_id

    def edit(self, local_id: str, text: str) -> Comment:
        comment = self.get(local_id)
        self.save_draft(
            comment.article_id,
            text,
            local_id=local_id,
            author=comment.author,
            email=comment.email,
            parent_remote_id=comment.parent_remote_id,
        )
        return self.get(local_id)

    def delete(self, local_id: str) -> None:
        with self._db.conn:
            cursor = self._db.execute(
                f"DELETE FROM comments WHERE local_id = ? AND state IN ({_marks(EDITABLE)})",
                [local_id, *EDITABLE],
            )
        if cursor.rowcount != 1:
            raise CommentError(self._not_editable(local_id))

    def queue(self, local_id: str) -> Comment:
        """The user pressed Send: queue it (at the end of the line) or refuse it here.

        A text that cannot be sent (empty, longer than the publication
        accepts) goes straight to ``refused`` with the reason, before any
        network traffic; the text is kept for editing.
        """
        comment = self.get(local_id)
        if comment.state not in (State.DRAFT, State.REFUSED):
            raise CommentError(f"comment {local_id} is already {comment.state}")
        problem = sending_problem(comment.text, self.settings(comment.publication_id).max_length)
        if problem is not None:
            self._move(local_id, State.REFUSED, server_reason=problem)
        else:
            self._move(
                local_id,
                State.QUEUED,
                server_reason="",
                attempts=0,
                next_attempt_at=None,
                attempt_started_at=None,
                seq=None,
            )
        return self.get(local_id)

    def unqueue(self, local_id: str) -> Comment:
        """Take a queued comment back to draft (it has not been sent)."""
        self._move(local_id, State.DRAFT, sources=(State.QUEUED,))
        return self.get(local_id)

    # ------------------------------------------------------------------ delivery

    def recover_interrupted(self) -> list[str]:
        """Attempts left ``sending`` by a process that died become ``unknown``.

        Only the holder of the delivery lock may call this (see
        :mod:`edicola.net.comment_delivery`): then no attempt is really in flight.
        """
        ids = [
            str(r[0])
            for r in self._db.execute(
                "SELECT local_id FROM comments WHERE state = ?", [State.SENDING.value]
            ).fetchall()
        ]
        for local_id in ids:
            self._move(
                local_id,
                State.UNKNOWN,
                sources=(State.SENDING,),
                server_reason="interrupted while sending",
            )
        return ids

    def next_in_line(
        self, publication_ids: Iterable[str], now: float, *, force: bool = False
    ) -> Comment | None:
        """The oldest waiting comment of these publications, if it is due.

        One server delivers in the order the user pressed Send: when the head
        of the line is backing off, the comments behind it wait too.
        """
        pubs = list(publication_ids)
        if not pubs:
            return None
        rows = self._select(
            f"WHERE state IN ({_marks(PENDING)}) AND publication_id IN ({_marks(pubs)}) "
            "ORDER BY seq LIMIT 1",
            [*PENDING, *pubs],
        )
        if not rows:
            return None
        head = rows[0]
        if not force and head.next_attempt_at is not None and head.next_attempt_at > now:
            return None
        return head

    def begin_attempt(self, comment: Comment, server: str) -> Comment:
        """Record (durably) that a POST is about to start, before it starts.

        If earlier attempts are still in doubt, their start time is kept:
        the reconciliation must look back to the first of them.
        """
        now = self._clock()
        started = comment.attempt_started_at if comment.state in IN_DOUBT else None
        self._move(
            comment.local_id,
            State.SENDING,
            sources=(comment.state,),
            server=server,
            attempts=comment.attempts + 1,
            attempt_started_at=started if started is not None else now,
            next_attempt_at=None,
        )
        return self.get(comment.local_id)

    def queued_run(self, publication_ids: Iterable[str], limit: int) -> list[Comment]:
        """The head of the line and the ``queued`` comments right behind it."""
        pubs = list(publication_ids)
        line = self._select(
            f"WHERE state IN ({_marks(PENDING)}) AND publication_id IN ({_marks(pubs)}) "
            "ORDER BY seq LIMIT ?",
            [*PENDING, *pubs, limit],
        )
        run: list[Comment] = []
        for comment in line:
            if comment.state is not State.QUEUED:
                break
            run.append(comment)
        return run

    def begin_attempts(self, comments: list[Comment], server: str) -> list[Comment]:
        """:meth:`begin_attempt` for several queued comments, in one durable commit.

        A comment changed meanwhile (deleted, taken back to draft) is skipped.
        """
        now = self._clock()
        begun: list[str] = []
        with self._db.conn:
            for comment in comments:
                cursor = self._db.execute(
                    "UPDATE comments SET state = ?, server = ?, attempts = attempts + 1, "
                    "attempt_started_at = ?, next_attempt_at = NULL, updated_at = ? "
                    "WHERE local_id = ? AND state = ?",
                    [State.SENDING.value, server, now, now, comment.local_id, State.QUEUED.value],
                )
                if cursor.rowcount == 1:
                    begun.append(comment.local_id)
        return [self.get(local_id) for local_id in begun]

    def release_attempts(self, comments: list[Comment]) -> None:
        """Attempts recorded but never started go back to ``queued``, as they were."""
        if not comments:
            return
        with self._db.conn:
            for comment in comments:
                self._db.execute(
                    "UPDATE comments SET state = ?, attempts = MAX(0, attempts - 1), "
                    "attempt_started_at = NULL, updated_at = ? WHERE local_id = ? AND state = ?",
                    [State.QUEUED.value, self._clock(), comment.local_id, State.SENDING.value],
                )

    def mark_delivered(
        self, local_id: str, state: State, remote_id: int, remote_created: float | None
    ) -> None:
        """Record the server's id.

        ``published`` is committed without its own fsync (``synchronous=NORMAL``,
        still safe against kill -9; the next comment's attempt record fsyncs it
        too): if a power cut loses it, the comment is back to ``sending``, is
        found in the thread and adopted, never resent. This halves the fsyncs
        per delivered comment. ``moderation`` keeps the fsync: a held comment
        is invisible in the thread, so it could not be found again.
        """
        self._move(
            local_id,
            state,
            durable=state is not State.PUBLISHED,
            remote_id=remote_id,
            remote_created=remote_created,
            server_reason="",
            next_attempt_at=None,
        )

    def mark_refused(self, local_id: str, reason: str) -> None:
        self._move(local_id, State.REFUSED, server_reason=reason, next_attempt_at=None)

    def mark_waiting(
        self, local_id: str, state: State, next_attempt_at: float, reason: str
    ) -> None:
        """Back off: ``queued`` (surely not stored) or ``unknown`` (maybe stored)."""
        self._move(local_id, state, next_attempt_at=next_attempt_at, server_reason=reason)

    def postpone(self, comment: Comment, next_attempt_at: float, reason: str) -> None:
        """Stay in the same waiting state (the check itself failed) and back off."""
        if comment.state not in (State.QUEUED, State.UNKNOWN):
            raise IllegalTransition(f"comment {comment.local_id} is {comment.state}, not waiting")
        with self._db.conn:
            self._db.execute(
                "UPDATE comments SET next_attempt_at = ?, server_reason = ?, "
                "attempts = attempts + 1, updated_at = ? WHERE local_id = ? AND state = ?",
                [next_attempt_at, reason, self._clock(), comment.local_id, comment.state.value],
            )

    def hold_queued(self, publication_id: str, reason: str) -> int:
        """The publication's waiting comments stay as they are, saying ``reason`` (its
        server was not contacted); returns how many wait."""
        with self._db.conn:
            self._db.execute(
                "UPDATE comments SET server_reason = ? WHERE publication_id = ? "
                "AND state IN (?, ?)",
                [reason, publication_id, State.QUEUED.value, State.UNKNOWN.value],
            )
        return self.pending_count([publication_id])

    def claimed_remote_ids(self, server: str, thread_uri: str) -> set[int]:
        rows = self._db.execute(
            "SELECT remote_id FROM comments WHERE server = ? AND thread_uri = ? "
            "AND remote_id IS NOT NULL",
            [server, thread_uri],
        ).fetchall()
        return {int(r[0]) for r in rows}

    def awaiting_moderation(self) -> list[Comment]:
        return self._select("WHERE state = ? ORDER BY seq", [State.MODERATION.value])

    # ------------------------------------------------------------------ internals

    def _select(self, where: str, params: list[Any]) -> list[Comment]:
        sql = f"SELECT {COMMENT_COLUMNS} FROM comments {where}"
        rows = self._db.execute(sql, params).fetchall()
        return [row_to_comment(r) for r in rows]

    def _exists(self, local_id: str) -> bool:
        row = self._db.execute("SELECT 1 FROM comments WHERE local_id = ?", [local_id]).fetchone()
        return row is not None

    def _not_editable(self, local_id: str) -> str:
        if not self._exists(local_id):
            return Message("no comment with id {id}", id=local_id)
        state = self.get(local_id).state
        if state in IN_DOUBT:
            return Message(
                "comment {id} may already have reached the server; "
                "it can be changed only once that has been checked",
                id=local_id,
            )
        return f"comment {local_id} is {state} and can no longer be changed"

    def _move(
        self,
        local_id: str,
        target: State,
        *,
        sources: Iterable[State] | None = None,
        durable: bool = True,
        **fields: Any,
    ) -> None:
        """One legal transition as one conditional UPDATE (with extra columns)."""
        allowed = [s for s in State if target in TRANSITIONS[s]]
        if sources is not None:
            allowed = [s for s in allowed if s in set(sources)]
        assignments = ["state = ?", "updated_at = ?"]
        values: list[Any] = [target.value, self._clock()]
        for column, value in fields.items():
            if column == "seq":
                assignments.append("seq = (SELECT MAX(seq) + 1 FROM comments)")
                continue
            assignments.append(f"{column} = ?")
            values.append(value)
        if target is State.REFUSED:
            # Refusing again (still too long) just updates the reason.
            allowed.append(State.REFUSED)
        if not durable:
            self._db.execute("PRAGMA synchronous=NORMAL")
        try:
            with self._db.conn:
                cursor = self._db.execute(
                    f"UPDATE comments SET {', '.join(assignments)} "
                    f"WHERE local_id = ? AND state IN ({_marks(allowed)})",
                    [*values, local_id, *allowed],
                )
        finally:
            if not durable:
                self._db.execute("PRAGMA synchronous=FULL")
        if cursor.rowcount != 1:
            if not self._exists(local_id):
                raise CommentError(f"no comment with id {local_id}")
            current = self.get(local_id).state
            raise IllegalTransition(f"comment {local_id} cannot go from {current} to {target}")

    def _article_target(self, article_id: str) -> tuple[str, str, str]:
        row = self._db.execute(
            "SELECT e.publication_id, a.url, a.title FROM articles AS a "
            "JOIN editions AS e ON e.id = a.edition_id WHERE a.id = ?",
            [article_id],
        ).fetchone()
        if row is None:
            existing = self._db.execute(
                "SELECT publication_id, thread_uri, thread_title FROM comments "
                "WHERE article_id = ? LIMIT 1",
                [article_id],
            ).fetchone()
            if existing is None:
                raise CommentError(f"no article with id {article_id} in the library")
            return str(existing[0]), str(existing[1]), str(existing[2])
        return str(row[0]), thread_uri_for(str(row[1])), str(row[2])


def _marks(values: Iterable[object]) -> str:
    return ", ".join("?" for _ in values)
