"""The comment store: drafts as typed, the outbox line, settings, cached threads."""

from __future__ import annotations

from pathlib import Path

import pytest

from edicola.core.comments.outbox import IllegalTransition, State
from edicola.store.comment_records import CommentError, thread_uri_for
from edicola.store.comments import CommentStore
from tests.helpers.comment_library import ARTICLE, PUBLICATION, THREAD_URI, seed_library


class Clock:
    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(tmp_path: Path, clock: Clock) -> CommentStore:
    db = seed_library(tmp_path / "lib")
    return CommentStore(db, clock)


def test_thread_uri_is_the_path_of_the_canonical_url() -> None:
    assert thread_uri_for("https://x.example/a/b?q=1#c") == "/a/b"
    assert thread_uri_for("https://x.example") == "/"


def test_store_runs_with_synchronous_full(store: CommentStore) -> None:
    assert store._db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_save_draft_inserts_then_updates_in_place(store: CommentStore, clock: Clock) -> None:
    local_id = store.save_draft(ARTICLE, "Bel", author="Ann")
    clock.now += 1
    assert store.save_draft(ARTICLE, "Bello!", local_id=local_id, author="Ann") == local_id
    comment = store.get(local_id)
    assert (comment.text, comment.state, comment.thread_uri) == ("Bello!", State.DRAFT, THREAD_URI)
    assert comment.publication_id == PUBLICATION and comment.thread_title == "Tram notturni"
    assert comment.updated_at == comment.created_at + 1
    assert [c.local_id for c in store.for_article(ARTICLE)] == [local_id]


def test_save_draft_with_a_chosen_id_and_unknown_article(store: CommentStore) -> None:
    assert store.save_draft(ARTICLE, "x", local_id="my-id") == "my-id"
    with pytest.raises(CommentError, match="no article with id nope"):
        store.save_draft("nope", "x")


def test_comments_survive_the_article_disappearing(store: CommentStore) -> None:
    local_id = store.save_draft(ARTICLE, "first")
    store._db.execute("PRAGMA foreign_keys=OFF")
    with store._db.conn:
        store._db.execute("DELETE FROM articles")
    assert store.get(local_id).text == "first"
    # a new draft on the same (now missing) article still knows its thread
    other = store.save_draft(ARTICLE, "second")
    assert store.get(other).thread_uri == THREAD_URI


def test_queue_assigns_send_order(store: CommentStore) -> None:
    a = store.save_draft(ARTICLE, "first comment")
    b = store.save_draft(ARTICLE, "second comment")
    store.queue(b)
    store.queue(a)
    assert store.get(b).seq < store.get(a).seq
    assert store.pending_count() == 2
    head = store.next_in_line([PUBLICATION], now=0.0)
    assert head is not None and head.local_id == b


def test_overlong_text_is_refused_locally_with_a_clear_reason(store: CommentStore) -> None:
    local_id = store.save_draft(ARTICLE, "x" * 10_000)
    comment = store.queue(local_id)
    assert comment.state is State.REFUSED
    assert comment.server_reason == (
        "the comment is 10000 characters long; this publication accepts at most 400"
    )
    assert comment.text == "x" * 10_000
    store.edit(local_id, "shorter")
    assert store.queue(local_id).state is State.QUEUED


def test_max_length_comes_from_the_publication(tmp_path: Path) -> None:
    store = CommentStore(seed_library(tmp_path, max_length=5))
    assert store.settings(PUBLICATION).max_length == 5
    assert store.queue(store.save_draft(ARTICLE, "123456")).state is State.REFUSED


def test_server_override_per_publication(tmp_path: Path) -> None:
    store = CommentStore(seed_library(tmp_path, server="https://bundle.example/"))
    assert store.settings(PUBLICATION).server == "https://bundle.example/"
    store.set_server(PUBLICATION, "http://mine.example/")
    assert store.settings(PUBLICATION).server == "http://mine.example/"
    store.set_server(PUBLICATION, "")
    assert store.settings(PUBLICATION).server is None
    store.set_server(PUBLICATION, None)
    assert store.settings(PUBLICATION).server == "https://bundle.example/"
    assert store.settings("unknown-publication").server is None


def test_edit_and_delete_only_before_delivery(store: CommentStore) -> None:
    local_id = store.save_draft(ARTICLE, "typo")
    comment = store.queue(local_id)
    store.edit(local_id, "fixed")  # still queued: editable
    attempt = store.begin_attempt(store.get(local_id), "http://s/")
    assert attempt.state is State.SENDING and attempt.attempts == 1
    with pytest.raises(CommentError, match="may already have reached the server"):
        store.edit(local_id, "again")
    with pytest.raises(CommentError, match="may already have reached"):
        store.delete(local_id)
    store.mark_delivered(local_id, State.PUBLISHED, 5, 2.0)
    with pytest.raises(CommentError, match="is published and can no longer be changed"):
        store.delete(local_id)
    assert comment.local_id == local_id
    draft = store.save_draft(ARTICLE, "bye")
    store.delete(draft)
    with pytest.raises(CommentError, match="no comment with id"):
        store.get(draft)


def test_head_of_line_waits_for_its_backoff(store: CommentStore, clock: Clock) -> None:
    a = store.queue(store.save_draft(ARTICLE, "first comment"))
    store.queue(store.save_draft(ARTICLE, "second comment"))
    store.begin_attempt(a, "http://s/")
    store.mark_waiting(a.local_id, State.QUEUED, clock.now + 30, "busy")
    assert store.next_in_line([PUBLICATION], clock.now) is None  # the line waits
    forced = store.next_in_line([PUBLICATION], clock.now, force=True)
    assert forced is not None and forced.local_id == a.local_id
    assert store.next_attempt_at() == clock.now + 30


def test_doubt_keeps_the_first_attempt_start(store: CommentStore, clock: Clock) -> None:
    a = store.queue(store.save_draft(ARTICLE, "in doubt"))
    first = store.begin_attempt(a, "http://s/")
    store.mark_waiting(a.local_id, State.UNKNOWN, clock.now, "timeout")
    clock.now += 100
    second = store.begin_attempt(store.get(a.local_id), "http://s/")
    assert second.attempt_started_at == first.attempt_started_at
    assert second.attempts == 2


def test_interrupted_attempts_become_unknown(store: CommentStore) -> None:
    a = store.queue(store.save_draft(ARTICLE, "interrupted"))
    store.begin_attempt(a, "http://s/")
    assert store.recover_interrupted() == [a.local_id]
    assert store.get(a.local_id).state is State.UNKNOWN


def test_illegal_transitions_are_rejected(store: CommentStore) -> None:
    local_id = store.save_draft(ARTICLE, "draft")
    with pytest.raises(IllegalTransition):
        store.mark_delivered(local_id, State.PUBLISHED, 1, None)
    with pytest.raises(CommentError, match="already queued"):
        store.queue(store.queue(local_id).local_id)


def test_thread_cache_reads_offline(store: CommentStore, clock: Clock) -> None:
    assert store.cached_thread("http://s/", THREAD_URI) is None
    store.cache_thread("http://s/", THREAD_URI, {"replies": [{"id": 1, "text": "è"}]})
    assert store.cached_thread("http://s/", THREAD_URI) == (
        {"replies": [{"id": 1, "text": "è"}]},
        clock.now,
    )


def test_claimed_remote_ids(store: CommentStore) -> None:
    a = store.queue(store.save_draft(ARTICLE, "one"))
    store.begin_attempt(a, "http://s/")
    store.mark_delivered(a.local_id, State.MODERATION, 9, 1.0)
    assert store.claimed_remote_ids("http://s/", THREAD_URI) == {9}
    assert [c.local_id for c in store.awaiting_moderation()] == [a.local_id]


def test_batched_attempts_and_release(store: CommentStore) -> None:
    ids = [store.queue(store.save_draft(ARTICLE, f"batch {n}")).local_id for n in range(4)]
    store.delete(ids[3])
    run = store.queued_run([PUBLICATION], 10)
    assert [c.local_id for c in run] == ids[:3]
    begun = store.begin_attempts(run, "http://s/")
    assert {c.state for c in begun} == {State.SENDING}
    assert {c.attempts for c in begun} == {1}
    assert store.queued_run([PUBLICATION], 10) == []  # the head is in flight
    store.release_attempts(begun[1:])
    released = store.get(ids[1])
    assert (released.state, released.attempts, released.attempt_started_at) == (
        State.QUEUED,
        0,
        None,
    )
    assert store.get(ids[0]).state is State.SENDING


def test_published_is_recorded_without_its_own_fsync_then_full_again(
    store: CommentStore,
) -> None:
    a = store.queue(store.save_draft(ARTICLE, "fast path"))
    store.begin_attempt(a, "http://s/")
    store.mark_delivered(a.local_id, State.PUBLISHED, 1, None)
    assert store._db.execute("PRAGMA synchronous").fetchone()[0] == 2
