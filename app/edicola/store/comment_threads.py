"""Comment threads as last fetched from the server, shown while offline.

A copy is checked again when read (:func:`~edicola.core.comments.isso_reply.clean_thread`):
one cached by an older version, before replies were checked, is dropped.
A base of :class:`~edicola.store.comments.CommentStore`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from sqlite_utils import Database

from edicola.core.comments.isso_reply import clean_thread


class CommentThreadCache:
    """The cached threads, by server and thread URI."""

    _db: Database
    _clock: Callable[[], float]

    def cache_thread(self, server: str, thread_uri: str, thread: Mapping[str, Any]) -> None:
        with self._db.conn:
            self._db.execute(
                "INSERT OR REPLACE INTO comment_threads VALUES (?, ?, ?, ?)",
                [server, thread_uri, json.dumps(thread, ensure_ascii=False), self._clock()],
            )

    def cached_thread(self, server: str, thread_uri: str) -> tuple[dict[str, Any], float] | None:
        row = self._db.execute(
            "SELECT thread_json, fetched_at FROM comment_threads WHERE server = ? "
            "AND thread_uri = ?",
            [server, thread_uri],
        ).fetchone()
        if row is None:
            return None
        try:
            thread = clean_thread(json.loads(row[0]))
        except ValueError:  # a copy cached before replies were checked
            thread = None
        return (thread, float(row[1])) if thread is not None else None
