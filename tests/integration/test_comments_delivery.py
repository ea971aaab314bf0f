"""Delivering comments to a real Isso, directly and through a fault-injecting proxy.

Every fault test ends by asserting on Isso's own database: each comment
stored exactly once, whatever broke on the way.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from edicola.core.backoff import RetryPolicy
from edicola.core.comments.outbox import State
from edicola.net.comment_delivery import CommentDelivery, DeliveryLock
from edicola.servers.fault_proxy import FaultProxy
from edicola.servers.isso_server import IssoServer, running_isso
from edicola.store.comments import CommentStore
from edicola.testing.plugin import FaultProxyFactory, IssoFactory
from tests.helpers.comment_library import ARTICLE, PUBLICATION, THREAD_URI, seed_library

TIMEOUT = 0.5


class Clock:
    def __init__(self) -> None:
        self.now = 2_000_000_000.0  # later than the real clock: Date offsets stay sane

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def isso(edicola_isso: IssoFactory) -> IssoServer:
    """A real Isso from the plugin testers get (started and stopped by it)."""
    return edicola_isso.servers[edicola_isso()]


@pytest.fixture
def proxy(isso: IssoServer, edicola_fault_proxy: FaultProxyFactory) -> FaultProxy:
    return edicola_fault_proxy.proxies[edicola_fault_proxy(isso.url, stall_seconds=TIMEOUT * 4)]


def make(tmp_path: Path, server: str | None, **kw: object) -> tuple[CommentStore, CommentDelivery]:
    db = seed_library(tmp_path / "lib", server=server)
    store = CommentStore(db)
    delivery = CommentDelivery(
        store,
        lock_path=tmp_path / "lib" / "delivery.lock",
        timeout=TIMEOUT,
        rng=random.Random(0),
        **kw,  # type: ignore[arg-type]
    )
    return store, delivery


def send(store: CommentStore, text: str, author: str = "Ann") -> str:
    local_id = store.save_draft(ARTICLE, text, author=author)
    store.queue(local_id)
    return local_id


def test_draft_send_published_and_visible_after_refresh(tmp_path: Path, isso: IssoServer) -> None:
    changes: list[tuple[str, State]] = []
    store, delivery = make(tmp_path, isso.url, on_change=lambda i, s: changes.append((i, s)))
    local_id = store.save_draft(ARTICLE, "Finalmente i tram di notte!", author="Ann")
    assert delivery.run_pass().published == 0  # a draft is not sent
    store.queue(local_id)
    summary = delivery.run_pass()
    assert (summary.published, summary.waiting) == (1, 0)
    comment = store.get(local_id)
    assert comment.state is State.PUBLISHED and comment.remote_id is not None
    assert changes == [(local_id, State.SENDING), (local_id, State.PUBLISHED)]
    thread = delivery.refresh_thread(isso.url, THREAD_URI)
    assert [r["text"] for r in thread["replies"]] == ["Finalmente i tram di notte!"]
    cached = store.cached_thread(isso.url, THREAD_URI)
    assert cached is not None and cached[0] == thread
    assert isso.count() == 1


def test_reply_to_a_remote_comment(tmp_path: Path, isso: IssoServer) -> None:
    store, delivery = make(tmp_path, isso.url)
    parent = send(store, "top-level comment")
    delivery.run_pass()
    parent_id = store.get(parent).remote_id
    reply = store.save_draft(ARTICLE, "a reply here", author="Bob", parent_remote_id=parent_id)
    store.queue(reply)
    delivery.run_pass()
    thread = delivery.refresh_thread(isso.url, THREAD_URI)
    assert thread["replies"][0]["replies"][0]["text"] == "a reply here"


def test_moderation_then_activation(tmp_path: Path) -> None:
    with running_isso(tmp_path / "isso", moderation=True) as isso:
        store, delivery = make(tmp_path, isso.url)
        local_id = send(store, "Please approve me")
        summary = delivery.run_pass()
        assert summary.moderation == 1
        comment = store.get(local_id)
        assert comment.state is State.MODERATION and comment.remote_id is not None
        assert delivery.refresh_moderation() == 0  # still hidden
        isso.activate(comment.remote_id)
        assert delivery.refresh_moderation() == 1
        assert store.get(local_id).state is State.PUBLISHED


def test_no_server_keeps_comments_local_until_one_is_configured(
    tmp_path: Path, isso: IssoServer
) -> None:
    store, delivery = make(tmp_path, None)
    local_id = send(store, "waiting for a server")
    summary = delivery.run_pass()
    assert (summary.published, summary.without_server) == (0, 1)
    assert store.get(local_id).state is State.QUEUED
    store.set_server(PUBLICATION, isso.url)
    assert delivery.run_pass().published == 1
    assert isso.count("waiting for a server") == 1


def test_server_override_for_every_publication(tmp_path: Path, isso: IssoServer) -> None:
    store, delivery = make(tmp_path, "http://127.0.0.1:9/")
    send(store, "overridden server")
    assert delivery.run_pass(server_override=isso.url).published == 1
    assert isso.count() == 1


def test_overlong_comment_refused_before_sending(tmp_path: Path, isso: IssoServer) -> None:
    store, delivery = make(tmp_path, isso.url)
    local_id = store.save_draft(ARTICLE, "x" * 10_000)
    assert store.queue(local_id).state is State.REFUSED
    delivery.run_pass()
    assert isso.count() == 0
    assert "at most 400" in store.get(local_id).server_reason


def test_server_refusal_keeps_the_text_and_can_be_resent(tmp_path: Path, isso: IssoServer) -> None:
    store, delivery = make(tmp_path, isso.url)
    short = send(store, "ab")  # Isso wants at least 3 characters
    after = send(store, "the next one still goes")
    summary = delivery.run_pass()
    assert (summary.refused, summary.published) == (1, 1)
    comment = store.get(short)
    assert comment.state is State.REFUSED and comment.text == "ab"
    assert comment.server_reason == "text is too short (minimum length: 3)"
    store.edit(short, "abc, longer")
    store.queue(short)
    delivery.run_pass()
    assert store.get(short).state is State.PUBLISHED
    assert store.get(after).state is State.PUBLISHED
    assert isso.count() == 2


def test_one_deliverer_per_library(tmp_path: Path, isso: IssoServer) -> None:
    store, delivery = make(tmp_path, isso.url)
    send(store, "locked out")
    with DeliveryLock(tmp_path / "lib" / "delivery.lock") as held:
        assert held
        summary = delivery.run_pass()
    assert summary.busy and summary.published == 0
    assert delivery.run_pass().published == 1


def test_guard_rate_limit_means_later_not_refused(tmp_path: Path) -> None:
    clock = Clock()
    with running_isso(tmp_path / "isso", guard=True, ratelimit=2) as isso:
        store, delivery = make(tmp_path, isso.url, clock=clock)
        ids = [send(store, f"rate limited comment {n}") for n in range(3)]
        summary = delivery.run_pass(force=True)
        assert summary.published == 2 and summary.waiting == 1
        third = store.get(ids[2])
        assert third.state is State.QUEUED and "ratelimit" in third.server_reason
        assert third.next_attempt_at is not None and third.next_attempt_at > clock.now
        assert isso.count() == 2


FAULT_SCRIPTS = {
    "server down": None,
    "500 before storing": ("500", "500"),
    "500 after storing": ("500_after",),
    "rate limited": ("ratelimit", "ratelimit"),
    "retry-after": ("retry_after",),
    "connection dropped": ("drop",),
    "answer lost after storing": ("drop_after",),
    "stall past the timeout": ("stall",),
    "stall after storing": ("stall_after",),
    "everything at once": (
        "drop_after",
        "500",
        "stall_after",
        "ratelimit",
        "500_after",
        "drop",
        "stall",
    ),
}


@pytest.mark.parametrize("name", list(FAULT_SCRIPTS))
def test_every_fault_ends_with_each_comment_stored_once(
    name: str, tmp_path: Path, isso: IssoServer, proxy: FaultProxy
) -> None:
    clock = Clock()
    store, delivery = make(tmp_path, proxy.url, clock=clock, policy=RetryPolicy(base=1.0, cap=8.0))
    texts = [f"{name}: comment {n}" for n in range(5)]
    ids = [send(store, text) for text in texts]
    script = FAULT_SCRIPTS[name]
    if script is None:
        proxy.down()
        delivery.run_pass()
        assert store.pending_count() == 5
        assert store.get(ids[0]).state is State.QUEUED  # never connected: surely not stored
        proxy.up()
    else:
        proxy.script(*script)
    for _ in range(40):
        if store.pending_count() == 0:
            break
        clock.now += 60.0  # past any backoff
        delivery.run_pass()
    assert store.pending_count() == 0, [store.get(i) for i in ids]
    assert not proxy.post_faults  # every scripted fault really happened
    assert [store.get(i).state for i in ids] == [State.PUBLISHED] * 5
    for text in texts:
        assert isso.count(text) == 1, text
    assert isso.count() == 5
    remote_ids = [store.get(i).remote_id for i in ids]
    assert len(set(remote_ids)) == 5
    assert remote_ids == sorted(remote_ids)  # delivered in the order sent


def test_lost_answer_is_adopted_not_resent(
    tmp_path: Path, isso: IssoServer, proxy: FaultProxy
) -> None:
    clock = Clock()
    store, delivery = make(tmp_path, proxy.url, clock=clock)
    local_id = send(store, "stored but unanswered")
    proxy.script("drop_after")
    delivery.run_pass()
    comment = store.get(local_id)
    assert comment.state is State.UNKNOWN and isso.count() == 1
    posts_before = sum(1 for method, _ in proxy.seen if method == "POST")
    clock.now += 60
    delivery.run_pass()
    assert store.get(local_id).state is State.PUBLISHED
    assert sum(1 for method, _ in proxy.seen if method == "POST") == posts_before
    assert isso.count() == 1


def test_identical_comments_each_get_their_own_remote_copy(
    tmp_path: Path, isso: IssoServer, proxy: FaultProxy
) -> None:
    """Two local "+1"s with lost answers must not both adopt the same remote one."""
    clock = Clock()
    store, delivery = make(tmp_path, proxy.url, clock=clock)
    first, second = send(store, "+1 !!"), send(store, "+1 !!")
    proxy.script("drop_after")
    delivery.run_pass()  # first stored, answer lost; the line stops
    clock.now += 60
    delivery.run_pass()
    assert store.get(first).remote_id != store.get(second).remote_id
    assert isso.count("+1 !!") == 2


def test_unknown_outcome_waits_while_the_thread_cannot_be_read(
    tmp_path: Path, isso: IssoServer, proxy: FaultProxy
) -> None:
    clock = Clock()
    store, delivery = make(tmp_path, proxy.url, clock=clock)
    local_id = send(store, "checked before resending")
    proxy.script("500_after")
    delivery.run_pass()
    proxy.down()
    clock.now += 60
    delivery.run_pass()
    assert store.get(local_id).state is State.UNKNOWN  # never resent blindly
    proxy.up()
    clock.now += 600
    delivery.run_pass()
    assert store.get(local_id).state is State.PUBLISHED
    assert isso.count() == 1
