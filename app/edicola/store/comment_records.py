"""A comment as the store keeps it, and the errors the reader is shown.

Apart from :mod:`edicola.store.comments` so the record, its columns and the
thread key can be read by the delivery code without the store's transitions.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from edicola.core.comments.outbox import State


class CommentError(Exception):
    """A comment operation that cannot be done (message is user-facing)."""


@dataclass(frozen=True)
class Comment:
    local_id: str
    seq: int
    article_id: str
    publication_id: str
    thread_uri: str
    thread_title: str
    parent_remote_id: int | None
    author: str
    email: str
    text: str
    state: State
    server: str | None
    remote_id: int | None
    remote_created: float | None
    server_reason: str
    attempts: int
    next_attempt_at: float | None
    attempt_started_at: float | None
    created_at: float
    updated_at: float


COMMENT_COLUMNS = ", ".join(Comment.__dataclass_fields__)


def thread_uri_for(url: str) -> str:
    """The Isso thread key of an article: the path of its canonical URL."""
    path = urlsplit(url).path
    return path or "/"


def row_to_comment(row: tuple[Any, ...]) -> Comment:
    values = dict(zip(Comment.__dataclass_fields__, row, strict=True))
    values["state"] = State(values["state"])
    return Comment(**values)
