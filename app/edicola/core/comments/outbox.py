"""The comment outbox as a pure state machine: states, transitions, retries, verdicts.

A comment written offline must reach the server exactly once even though the
network, the server and the app itself may fail at any moment. Everything that
decides *what happens next* lives here, free of SQL, sockets and Qt, so it can
be tested exhaustively; the store persists the decisions and the delivery code
performs them. See ``docs/comments.md`` for the diagram.

States (stable names; the UI translates the labels):

- ``draft``      saved as typed, never sent;
- ``queued``     the user pressed Send; waiting for the network or a retry;
- ``sending``    an attempt is in flight (found at start-up: outcome unknown);
- ``unknown``    an attempt may or may not have reached the server: the thread
                 is checked before sending again;
- ``published``  the server stored it and shows it;
- ``moderation`` the server stored it, a moderator has to approve it;
- ``refused``    the server (or the local length limit) rejected it; the text
                 is kept, can be edited and sent again.
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from edicola.core import safejson
from edicola.core.backoff import parse_retry_after
from edicola.core.comments.isso_reply import valid_id


class State(StrEnum):
    DRAFT = "draft"
    QUEUED = "queued"
    SENDING = "sending"
    UNKNOWN = "unknown"
    PUBLISHED = "published"
    MODERATION = "moderation"
    REFUSED = "refused"


#: Plain-words labels (English source strings; the UI passes them through
#: ``QCoreApplication.translate("CommentState", …)``).
LABELS: Mapping[State, str] = {
    State.DRAFT: "Draft",
    State.QUEUED: "Waiting for network",
    State.SENDING: "Sending…",
    State.UNKNOWN: "Checking whether it arrived",
    State.PUBLISHED: "Published",
    State.MODERATION: "Waiting for moderation",
    State.REFUSED: "Not accepted",
}
#: Label for a queued comment whose publication has no comments server.
NO_SERVER_LABEL = "Saved here until the publication has a comments server"
#: Label for a queued comment whose last attempt reached the network but not the server.
SERVER_SILENT_LABEL = "The comment server does not answer"
#: Label for a queued comment not tried yet.
NOT_TRIED_LABEL = "Waiting to be sent"
#: What a failed connection says when this machine has no network (not the server's fault).
_NETWORK_DOWN = (
    "temporary failure in name resolution",
    "network is unreachable",
    "no route to host",
    "network is down",
    "offline",
)


def queued_label(reason: str) -> str:
    """A queued comment's label from why its last attempt failed: "Waiting for network"
    only when the network is down, the server's silence when only it failed."""
    if not reason:
        return NOT_TRIED_LABEL
    low = reason.lower()
    if any(words in low for words in _NETWORK_DOWN):
        return LABELS[State.QUEUED]
    return SERVER_SILENT_LABEL


TRANSITIONS: Mapping[State, frozenset[State]] = {
    # draft/queued -> refused: the local checks (empty, too long) refuse before sending.
    State.DRAFT: frozenset({State.QUEUED, State.REFUSED}),
    State.QUEUED: frozenset({State.SENDING, State.REFUSED, State.DRAFT}),
    State.SENDING: frozenset(
        {State.PUBLISHED, State.MODERATION, State.REFUSED, State.QUEUED, State.UNKNOWN}
    ),
    # Before resending, an unknown outcome is resolved by reading the thread:
    # found -> published/moderation; not found -> a new attempt (sending).
    State.UNKNOWN: frozenset({State.SENDING, State.PUBLISHED, State.MODERATION}),
    State.MODERATION: frozenset({State.PUBLISHED}),
    State.PUBLISHED: frozenset(),
    State.REFUSED: frozenset({State.QUEUED, State.DRAFT}),
}

#: The user may change or delete the text: it has certainly not been delivered.
EDITABLE: frozenset[State] = frozenset({State.DRAFT, State.QUEUED, State.REFUSED})
#: Waiting in the outbox (counted in the "n comments waiting" badge).
PENDING: frozenset[State] = frozenset({State.QUEUED, State.SENDING, State.UNKNOWN})
#: Known to be on the server.
DELIVERED: frozenset[State] = frozenset({State.PUBLISHED, State.MODERATION})
#: An attempt may have reached the server: check the thread before resending.
IN_DOUBT: frozenset[State] = frozenset({State.SENDING, State.UNKNOWN})

DEFAULT_MAX_LENGTH = 400


class IllegalTransition(ValueError):
    """A state change the outbox does not allow (a bug, or a race lost)."""


def can_transition(current: State, target: State) -> bool:
    return target in TRANSITIONS[current]


def check_transition(current: State, target: State) -> None:
    if not can_transition(current, target):
        raise IllegalTransition(f"a comment cannot go from {current} to {target}")


def sending_problem(text: str, max_length: int) -> str | None:
    """Why ``text`` cannot be sent as it is (one plain sentence), or None."""
    if not text.strip():
        return "the comment is empty"
    if len(text) > max_length:
        return (
            f"the comment is {len(text)} characters long; "
            f"this publication accepts at most {max_length}"
        )
    return None


# --------------------------------------------------------------------------- verdicts


class Kind(StrEnum):
    PUBLISHED = "published"
    MODERATION = "moderation"
    REFUSED = "refused"
    #: Certainly not stored (never connected, rate limited): try again later.
    RETRY = "retry"
    #: May have been stored (timeout, reset, 5xx): check the thread first.
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class HttpOutcome:
    """What one POST produced, as seen by the client.

    ``status`` is None when no response arrived; ``sent`` tells whether the
    request may have reached the server (False only if the connection was
    never established).
    """

    status: int | None
    body: bytes = b""
    headers: Mapping[str, str] | None = None
    sent: bool = True
    error: str = ""


@dataclass(frozen=True)
class Verdict:
    kind: Kind
    reason: str = ""
    remote_id: int | None = None
    remote_created: float | None = None
    retry_after: float | None = None


#: 403 reasons from Isso's guard that go away with time, not with editing.
_TRANSIENT_403 = ("ratelimit", "direct responses", "edit time frame")


def server_reason(body: bytes) -> str:
    """The human sentence in an error body (Werkzeug wraps it in ``<p>``)."""
    text = body[:16384].decode("utf-8", "replace")  # bounded work on a hostile body
    match = re.search(r"<p>(.*?)</p>", text, re.S)
    if match:
        text = match.group(1)
    text = html.unescape(re.sub(r"<[^>]+>", "", text)).strip()
    return " ".join(text.split())[:300]


def _header(headers: Mapping[str, str] | None, name: str) -> str | None:
    for key, value in (headers or {}).items():
        if key.lower() == name.lower():
            return value
    return None


def classify(outcome: HttpOutcome, now: float) -> Verdict:
    """Turn one POST's outcome into what the outbox does next."""
    status = outcome.status
    if status is None:
        if not outcome.sent:
            return Verdict(Kind.RETRY, outcome.error or "server unreachable")
        return Verdict(Kind.UNKNOWN, outcome.error or "no answer from the server")
    retry_after = parse_retry_after(_header(outcome.headers, "Retry-After"), now)
    if status in (200, 201, 202):
        # Isso answers 201 (202: held for moderation); a 200 from a proxy or another
        # version carries the same body. An answer that does not name a valid id
        # is "unknown": the thread is checked before anything is sent again.
        try:
            data = safejson.loads(outcome.body)
            remote_id = valid_id(data["id"])
            mode = int(data.get("mode", 1))
            created = float(data["created"]) if data.get("created") is not None else None
            if remote_id is None or (created is not None and not math.isfinite(created)):
                raise ValueError("no valid id")
        except (ValueError, KeyError, TypeError, AttributeError, OverflowError):
            return Verdict(Kind.UNKNOWN, "the server's answer could not be read")
        kind = Kind.MODERATION if mode == 2 or status == 202 else Kind.PUBLISHED
        return Verdict(kind, remote_id=remote_id, remote_created=created)
    reason = server_reason(outcome.body) or f"HTTP {status}"
    if status == 400:
        return Verdict(Kind.REFUSED, reason)
    if status == 403:
        if any(word in reason.lower() for word in _TRANSIENT_403):
            return Verdict(Kind.RETRY, reason, retry_after=retry_after)
        return Verdict(Kind.REFUSED, reason)
    if status == 413:
        return Verdict(Kind.REFUSED, reason)
    if status in (408, 429):
        return Verdict(Kind.RETRY, reason, retry_after=retry_after)
    if status >= 500:
        # A 5xx may come after the comment was stored (or from a proxy that
        # forwarded it): only the thread can tell.
        return Verdict(Kind.UNKNOWN, reason, retry_after=retry_after)
    # 404, 405, 3xx …: the server address is probably wrong; nothing was
    # stored, and the text is not at fault.
    return Verdict(Kind.RETRY, reason, retry_after=retry_after)


# --------------------------------------------------------------------------- reconciliation


@dataclass(frozen=True)
class RemoteComment:
    id: int
    parent: int | None
    author: str
    text: str
    created: float
    mode: int


def walk_thread(thread: Mapping[str, Any]) -> Iterator[RemoteComment]:
    """Every comment of an Isso thread listing (``GET /?uri=…``), nested ones too.

    Isso stores the author HTML-escaped; it is unescaped here so callers
    compare it with what the user typed.
    """
    stack: list[Any] = list(reversed(thread.get("replies") or []))
    while stack:
        item = stack.pop()
        if not isinstance(item, Mapping):
            continue
        try:
            yield RemoteComment(
                id=int(item["id"]),
                parent=int(item["parent"]) if item.get("parent") is not None else None,
                author=html.unescape(item.get("author") or ""),
                text=str(item.get("text") or ""),
                created=float(item.get("created") or 0.0),
                mode=int(item.get("mode") or 1),
            )
        except (KeyError, TypeError, ValueError):
            continue
        stack.extend(reversed(item.get("replies") or []))


def find_delivered(
    thread: Mapping[str, Any],
    *,
    author: str,
    text: str,
    parent: int | None,
    not_before: float,
    exclude_ids: Iterable[int] = (),
) -> RemoteComment | None:
    """The comment an in-doubt attempt created, if the thread shows it.

    Match: same author, exactly the same raw text (``plain=1`` listing), same
    parent, created (server clock) at or after ``not_before``, and not already
    claimed by another local comment. The oldest match wins.
    """
    excluded = set(exclude_ids)
    matches = [
        c
        for c in walk_thread(thread)
        if c.text == text
        and c.author == author
        and c.parent == parent
        and c.created >= not_before
        and c.id not in excluded
    ]
    return min(matches, key=lambda c: (c.created, c.id)) if matches else None
