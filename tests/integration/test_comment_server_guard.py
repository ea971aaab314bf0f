"""A comment server a catalog named may not reach the reader's own machine (issue 19).

A small HTTP server on 127.0.0.1 counts every connection it accepts: the
refused server must get none, while the same server is reached once the reader
takes it as their own, or when it shares the owning catalog's origin.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from edicola.core.comments.outbox import State
from edicola.net.comment_delivery import CommentDelivery, server_guard
from edicola.net.isso_client import IssoClient, IssoUnavailable
from edicola.store.comments import CommentStore
from tests.helpers.comment_library import ARTICLE, PUBLICATION, seed_library

OTHER_CATALOG = "https://news.example/catalog.json"


class Counting:
    """An Isso-like server that counts the connections it accepts."""

    def __init__(self) -> None:
        self.connections = 0
        counting = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                self._answer(200, b'{"id": null, "total_replies": 0, "replies": []}')

            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length", 0)))
                self._answer(201, b'{"id": 7, "mode": 1, "created": 1.0}')

            def _answer(self, status: int, body: bytes) -> None:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def verify_request(self, request: Any, client_address: Any) -> bool:
                counting.connections += 1
                return True

        self.httpd = Server(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    @property
    def port(self) -> int:
        return int(self.httpd.server_address[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=10)


@pytest.fixture
def counting() -> Iterator[Counting]:
    server = Counting()
    yield server
    server.stop()


@pytest.fixture
def control() -> Iterator[Counting]:
    """A second local server, the one the reader chose for the control publication."""
    server = Counting()
    yield server
    server.stop()


def queued(store: CommentStore, text: str = "Bel tram") -> str:
    local_id = store.save_draft(ARTICLE, text, author="Ann")
    store.queue(local_id)
    return local_id


def line(server: str) -> str:
    return (
        f"the comment server {server} is on a private address and came from the catalog, "
        "not from you; not contacted"
    )


def test_a_catalogs_server_on_this_machine_gets_no_request(
    tmp_path: Path, counting: Counting, control: Counting
) -> None:
    db = seed_library(tmp_path / "lib", server=counting.url, owner=f"catalog:{OTHER_CATALOG}")
    store = CommentStore(db)
    local_id = queued(store)
    summary = CommentDelivery(store, timeout=5).run_pass(force=True)
    assert summary.problems == [line(counting.url)]
    assert summary.published == 0 and summary.waiting == 1
    comment = store.get(local_id)
    assert comment.state is State.QUEUED and comment.attempts == 0
    assert comment.server_reason == line(counting.url)
    # Reading the thread is refused the same way.
    guard = server_guard(store.settings(PUBLICATION), counting.url)
    assert guard is not None
    with pytest.raises(IssoUnavailable, match="private address and came from the catalog"):
        IssoClient(counting.url, timeout=5, guard=guard).fetch_thread("/t")
    assert counting.connections == 0
    # The control: the same library, the reader's own server on 127.0.0.1, is reached.
    store.set_server(PUBLICATION, control.url)
    summary = CommentDelivery(store, timeout=5).run_pass(force=True)
    assert summary.published == 1 and summary.problems == []
    assert control.connections > 0 and counting.connections == 0
    db.close()


def test_the_reader_taking_the_server_lets_it_through(tmp_path: Path, counting: Counting) -> None:
    db = seed_library(tmp_path / "lib", owner=f"catalog:{OTHER_CATALOG}")
    db.execute(
        "UPDATE publications SET comments_server = 'https://old.example/', "
        "comments_server_pending = ? WHERE id = ?",
        [counting.url, PUBLICATION],
    )
    store = CommentStore(db)
    assert store.accept_pending_server(PUBLICATION) == counting.url
    settings = store.settings(PUBLICATION)
    assert settings.server == counting.url and settings.reader_set
    queued(store)
    summary = CommentDelivery(store, timeout=5).run_pass(force=True)
    assert summary.published == 1 and counting.connections > 0
    db.close()


def test_the_owning_catalogs_own_origin_is_allowed(tmp_path: Path, counting: Counting) -> None:
    # A signed catalog served by the same host and port as its comment server.
    db = seed_library(tmp_path / "lib", server=counting.url + "isso/", owner="key:PUB")
    db.execute(
        "INSERT INTO catalogs (url, public_key, added_at) VALUES (?, 'PUB', '')",
        [counting.url + "catalog.json"],
    )
    store = CommentStore(db)
    settings = store.settings(PUBLICATION)
    assert settings.catalog_urls == (counting.url + "catalog.json",) and not settings.reader_set
    queued(store)
    summary = CommentDelivery(store, timeout=5).run_pass(force=True)
    assert summary.published == 1 and counting.connections > 0
    db.close()


@pytest.mark.parametrize(
    "answers",
    [
        [["10.1.2.3"]],  # a name on the reader's network
        [["93.184.216.34", "127.0.0.1"]],  # a mixed answer
        [["93.184.216.34"], ["::ffff:127.0.0.1"]],  # public when checked, then rebound
    ],
)
def test_names_are_checked_after_resolution_and_pinned(
    tmp_path: Path, counting: Counting, answers: list[list[str]]
) -> None:
    server = f"http://comments.example:{counting.port}/"
    db = seed_library(tmp_path / "lib", server=server, owner=f"catalog:{OTHER_CATALOG}")
    store = CommentStore(db)
    local_id = queued(store)
    calls: list[str] = []

    def resolver(host: str, port: int) -> list[str]:
        calls.append(host)
        return answers[min(len(calls), len(answers)) - 1]

    summary = CommentDelivery(store, timeout=5, resolver=resolver).run_pass(force=True)
    assert calls and set(calls) == {"comments.example"}
    assert summary.published == 0 and any(line(server) in p for p in summary.problems)
    comment = store.get(local_id)
    assert comment.state is State.QUEUED and comment.server_reason == line(server)
    assert counting.connections == 0
    db.close()
