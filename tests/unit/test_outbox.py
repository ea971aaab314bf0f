"""The pure outbox rules: transitions, retry timing, verdicts, reconciliation."""

from __future__ import annotations

import json
import random

import pytest

from edicola.core.backoff import RetryPolicy, parse_retry_after
from edicola.core.comments.outbox import (
    EDITABLE,
    IN_DOUBT,
    LABELS,
    TRANSITIONS,
    HttpOutcome,
    IllegalTransition,
    Kind,
    State,
    check_transition,
    classify,
    find_delivered,
    sending_problem,
    server_reason,
)


def test_every_state_has_a_label_and_transitions() -> None:
    assert set(LABELS) == set(State) == set(TRANSITIONS)
    assert all(LABELS[s] for s in State)


def test_delivered_states_are_final_or_only_get_published() -> None:
    assert TRANSITIONS[State.PUBLISHED] == frozenset()
    assert TRANSITIONS[State.MODERATION] == {State.PUBLISHED}
    with pytest.raises(IllegalTransition):
        check_transition(State.PUBLISHED, State.QUEUED)


def test_in_doubt_comments_are_never_editable_nor_sent_without_a_check() -> None:
    assert not (EDITABLE & IN_DOUBT)
    # unknown can only be resolved (found) or retried through a new attempt
    assert TRANSITIONS[State.UNKNOWN] == {State.SENDING, State.PUBLISHED, State.MODERATION}
    with pytest.raises(IllegalTransition):
        check_transition(State.UNKNOWN, State.DRAFT)


def test_backoff_is_full_jitter_within_the_capped_window() -> None:
    policy = RetryPolicy(base=2.0, cap=60.0)
    rng = random.Random(1)
    for failures, window in [(1, 2.0), (2, 4.0), (3, 8.0), (6, 60.0), (500, 60.0)]:
        delays = [policy.delay(failures, rng=rng) for _ in range(200)]
        assert all(0.0 <= d <= window for d in delays)
        assert max(delays) > window * 0.8  # the whole window is used
        assert min(delays) < window * 0.2


def test_retry_after_is_a_floor() -> None:
    policy = RetryPolicy(base=1.0, cap=10.0)
    assert all(policy.delay(1, 30.0, random.Random(i)) == 30.0 for i in range(20))
    assert policy.delay(1, 10_000_000.0) == policy.max_retry_after


def test_parse_retry_after_seconds_and_dates() -> None:
    assert parse_retry_after("120", 0.0) == 120.0
    assert parse_retry_after("Thu, 01 Jan 1970 00:01:40 GMT", 40.0) == 60.0
    assert parse_retry_after("soon", 0.0) is None
    assert parse_retry_after(None, 0.0) is None


def _json(status: int, **data: object) -> HttpOutcome:
    return HttpOutcome(status, json.dumps(data).encode())


@pytest.mark.parametrize(
    ("outcome", "kind"),
    [
        (_json(201, id=7, mode=1, created=1.5), Kind.PUBLISHED),
        (_json(202, id=7, mode=2, created=1.5), Kind.MODERATION),
        (_json(201, id=7, mode=2, created=1.5), Kind.MODERATION),
        (HttpOutcome(201, b"not json"), Kind.UNKNOWN),
        (HttpOutcome(400, b"<p>text is too short (minimum length: 3)</p>"), Kind.REFUSED),
        (HttpOutcome(403, b"<p>127.0.0.0: ratelimit exceeded (1, 2)</p>"), Kind.RETRY),
        (HttpOutcome(403, b"<p>3 direct responses to /x</p>"), Kind.RETRY),
        (HttpOutcome(403, b"<p>email address required but not provided</p>"), Kind.REFUSED),
        (HttpOutcome(429, b""), Kind.RETRY),
        (HttpOutcome(500, b"boom"), Kind.UNKNOWN),
        (HttpOutcome(503, b"", {"Retry-After": "9"}), Kind.UNKNOWN),
        (HttpOutcome(404, b"nope"), Kind.RETRY),
        (HttpOutcome(None, sent=False, error="refused"), Kind.RETRY),
        (HttpOutcome(None, sent=True, error="timed out"), Kind.UNKNOWN),
    ],
)
def test_classify(outcome: HttpOutcome, kind: Kind) -> None:
    assert classify(outcome, now=0.0).kind is kind


def test_classify_keeps_the_details() -> None:
    verdict = classify(_json(201, id=42, mode=1, created=99.5), 0.0)
    assert (verdict.remote_id, verdict.remote_created) == (42, 99.5)
    refused = classify(HttpOutcome(400, b"<h1>x</h1><p>text is &lt;too&gt; short</p>"), 0.0)
    assert refused.reason == "text is <too> short"
    later = classify(HttpOutcome(503, b"", {"retry-after": "9"}), 0.0)
    assert later.retry_after == 9.0


def test_server_reason_is_one_short_line() -> None:
    assert server_reason(b"plain\n  text") == "plain text"
    assert len(server_reason(b"x" * 5000)) == 300


def test_sending_problem() -> None:
    assert sending_problem("   \n", 400) == "the comment is empty"
    message = sending_problem("x" * 10_000, 400)
    assert message is not None and "10000" in message and "400" in message
    assert sending_problem("fine", 400) is None


THREAD = {
    "replies": [
        {
            "id": 1,
            "parent": None,
            "author": "Ann &amp; Bob",
            "text": "hello",
            "created": 100.0,
            "mode": 1,
            "replies": [
                {
                    "id": 3,
                    "parent": 1,
                    "author": "Ann &amp; Bob",
                    "text": "hello",
                    "created": 300.0,
                    "mode": 1,
                    "replies": [],
                },
            ],
        },
        {
            "id": 2,
            "parent": None,
            "author": "Ann &amp; Bob",
            "text": "hello",
            "created": 200.0,
            "mode": 1,
            "replies": [],
        },
        {
            "id": 4,
            "parent": None,
            "author": "Ann &amp; Bob",
            "text": "hello",
            "created": 250.0,
            "mode": 1,
            "replies": [],
        },
    ]
}


def test_find_delivered_matches_author_text_parent_and_time() -> None:
    def find(**kw: object) -> int | None:
        args: dict[str, object] = {
            "author": "Ann & Bob",
            "text": "hello",
            "parent": None,
            "not_before": 150.0,
        }
        args.update(kw)
        match = find_delivered(THREAD, **args)  # type: ignore[arg-type]
        return None if match is None else match.id

    assert find() == 2  # the oldest match at or after the attempt
    assert find(exclude_ids={2}) == 4  # already adopted by another local comment
    assert find(parent=1) == 3
    assert find(not_before=400.0) is None
    assert find(text="hello ") is None  # exactly the same text only
    assert find(author="Ann") is None
