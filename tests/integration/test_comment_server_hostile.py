"""Hostile or broken comment servers: no crash, no hang, no resend, no blocked neighbours.

A small scripted HTTP server on 127.0.0.1 plays the hostile server (issue 11 §3).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import sqlite_utils

from edicola.core.comments.outbox import State
from edicola.net.comment_delivery import CommentDelivery
from edicola.net.isso_client import MAX_REPLY_BYTES, IssoClient, IssoUnavailable
from edicola.store.comments import CommentStore
from tests.helpers.comment_library import ARTICLE, PUBLICATION, seed_library

Reply = Callable[[BaseHTTPRequestHandler], None]


class Hostile:
    """An HTTP server whose GET and POST answers the test scripts."""

    def __init__(self) -> None:
        self.get: Reply = lambda h: _send(h, 200, b'{"replies": []}')
        self.post: Reply = lambda h: _send(h, 201, b'{"id": 1, "mode": 1}')
        self.posts = 0
        self.stopping = threading.Event()
        hostile = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                hostile.get(self)

            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length", 0)))
                hostile.posts += 1
                hostile.post(self)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/"

    def stop(self) -> None:
        self.stopping.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=10)


def _send(handler: BaseHTTPRequestHandler, status: int, body: bytes) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


@pytest.fixture
def hostile() -> Iterator[Hostile]:
    server = Hostile()
    yield server
    server.stop()


@pytest.fixture
def db(tmp_path: Path) -> Iterator[sqlite_utils.Database]:
    database = seed_library(tmp_path / "lib")
    yield database
    database.close()


def _queued(store: CommentStore, text: str = "ciao", article: str = ARTICLE) -> str:
    local_id = store.save_draft(article, text, author="Alice", email="alice@example.org")
    store.queue(local_id)
    return local_id


THREADS = {
    "infinite id": b'{"replies": [{"id": 1e999, "text": "x"}, {"id": 2, "text": "ok"}]}',
    "deep json": b'{"replies": ' + b"[" * 5000 + b"]" * 5000 + b"}",
    "replies not a list": b'{"replies": 5}',
    "nested replies not a list": b'{"replies": [{"id": 3, "replies": 5}]}',
    "not an object": b"[1, 2, 3]",
    "huge integer": b'{"replies": [{"id": ' + b"9" * 5000 + b"}]}",
}


@pytest.mark.parametrize("name", list(THREADS))
def test_bad_thread_listings_never_crash_a_sync(
    name: str, hostile: Hostile, db: sqlite_utils.Database
) -> None:
    hostile.get = lambda h: _send(h, 200, THREADS[name])
    store = CommentStore(db)
    store.set_server(PUBLICATION, hostile.url)
    local_id = _queued(store)
    # The comment is in doubt, so the sync must read the thread before resending.
    comment = store.begin_attempt(store.get(local_id), hostile.url)
    store.mark_waiting(comment.local_id, State.UNKNOWN, 0, "test")
    summary = CommentDelivery(store, timeout=5).run_pass(force=True)
    assert store.get(local_id).state in (State.PUBLISHED, State.UNKNOWN)
    assert isinstance(summary.line(), str)
    cached = store.cached_thread(hostile.url, "/2026/11/24/tram-notturni")
    assert cached is None or isinstance(cached[0]["replies"], list)


def test_a_200_answer_to_post_is_delivered_not_resent(
    hostile: Hostile, db: sqlite_utils.Database
) -> None:
    hostile.post = lambda h: _send(h, 200, b'{"id": 42, "mode": 1, "created": 1.0}')
    store = CommentStore(db)
    store.set_server(PUBLICATION, hostile.url)
    local_id = _queued(store)
    CommentDelivery(store, timeout=5).run_pass(force=True)
    assert store.get(local_id).state is State.PUBLISHED and store.get(local_id).remote_id == 42
    CommentDelivery(store, timeout=5).run_pass(force=True)
    assert hostile.posts == 1


def test_an_unreadable_post_answer_is_unknown_not_a_crash(
    hostile: Hostile, db: sqlite_utils.Database
) -> None:
    hostile.post = lambda h: _send(h, 201, b'{"id": 1e999}')
    store = CommentStore(db)
    store.set_server(PUBLICATION, hostile.url)
    local_id = _queued(store)
    CommentDelivery(store, timeout=5).run_pass(force=True)
    assert store.get(local_id).state is State.UNKNOWN


@pytest.mark.parametrize("bad", ["http://", "http://x:99999/", "ftp://x/", "http://[::1/"])
def test_an_invalid_server_address_sends_nothing_and_blocks_no_one(
    bad: str, hostile: Hostile, db: sqlite_utils.Database
) -> None:
    store = CommentStore(db)
    store.set_server(PUBLICATION, bad)
    stuck = _queued(store)
    # A second publication with a healthy server.
    db.execute("INSERT INTO publications (id, title, language) VALUES ('altro', 'Altro', 'it')")
    db.execute(
        "INSERT INTO editions (id, publication_id, date, title, revision, bundle_sha256, "
        "imported_at) VALUES ('altro-2026-11-24', 'altro', '2026-11-24', 'A', 1, '', '')"
    )
    db.execute("INSERT INTO sections VALUES ('altro-2026-11-24', 's', 'S', 0)")
    db.execute(
        "INSERT INTO articles (id, edition_id, section_id, position, title, published, url, "
        "language, word_count, markdown, html) VALUES ('altro-2026-11-24/a', "
        "'altro-2026-11-24', 's', 0, 'A', '2026-11-24T05:00:00Z', 'https://altro.example/a', "
        "'it', 1, 'x', 'x')"
    )
    store.set_server("altro", hostile.url)
    healthy = _queued(store, "altrove", "altro-2026-11-24/a")
    summary = CommentDelivery(store, timeout=5).run_pass(force=True)
    assert store.get(stuck).state is State.QUEUED and store.get(stuck).attempts == 0
    assert store.get(healthy).state is State.PUBLISHED
    assert any("not" in p and "address" in p for p in summary.problems), summary.problems


def test_a_huge_answer_is_cut_off(hostile: Hostile) -> None:
    def flood(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.end_headers()
        chunk = b"[" * 65536
        try:
            for _ in range(MAX_REPLY_BYTES // len(chunk) + 64):
                handler.wfile.write(chunk)
        except OSError:
            pass  # the client hung up, as it should

    hostile.get = flood
    with pytest.raises(IssoUnavailable, match="larger than"):
        IssoClient(hostile.url, timeout=5).fetch_thread("/x")


def test_a_trickling_answer_hits_the_request_deadline(hostile: Hostile) -> None:
    def trickle(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Length", "100000")
        handler.end_headers()
        try:
            while not hostile.stopping.wait(0.2):
                handler.wfile.write(b" ")
                handler.wfile.flush()
        except OSError:
            pass

    hostile.get = trickle
    started = time.monotonic()
    with pytest.raises(IssoUnavailable, match="within 1 s"):
        IssoClient(hostile.url, timeout=0.5, deadline=1.0).fetch_thread("/x")
    assert time.monotonic() - started < 10  # timing-ok: hang guard, 10x the deadline
