"""Hostile text: every Big List of Naughty Strings entry, through the outbox and Isso.

Each string must come back unchanged from the local store, and from Isso's
raw (``plain=1``) listing whenever Isso accepts it; the ones refused (locally
or by Isso) end ``refused`` with a reason, their text intact.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from edicola.core.comments.outbox import State
from edicola.net.comment_delivery import CommentDelivery
from edicola.servers.isso_server import running_isso
from edicola.store.comments import CommentStore
from tests.helpers.comment_library import ARTICLE, THREAD_URI, seed_library

BLNS = Path(__file__).resolve().parents[1] / "data" / "blns" / "blns.json"
pytestmark = pytest.mark.slow


def naughty_strings() -> list[str]:
    strings = json.loads(BLNS.read_text(encoding="utf-8"))
    assert len(strings) > 500
    return [s for s in strings if isinstance(s, str)]


def test_blns_round_trips_through_the_outbox_and_isso(tmp_path: Path) -> None:
    strings = naughty_strings()
    with running_isso(tmp_path / "isso") as isso:
        store = CommentStore(seed_library(tmp_path / "lib", server=isso.url))
        ids = []
        for text in strings:
            local_id = store.save_draft(ARTICLE, text, author="Naughty <b>&amp;</b>")
            assert store.get(local_id).text == text
            store.queue(local_id)
            ids.append(local_id)
        delivery = CommentDelivery(store, timeout=10.0)
        summary = delivery.run_pass(force=True)
        assert summary.waiting == 0, summary.problems[:5]

        thread = delivery.refresh_thread(isso.url, THREAD_URI)
        remote_text = {r["id"]: r["text"] for r in thread["replies"]}
        published = refused = 0
        for local_id, text in zip(ids, strings, strict=True):
            comment = store.get(local_id)
            assert comment.text == text
            if comment.state is State.PUBLISHED:
                assert remote_text[comment.remote_id] == text
                published += 1
            else:
                assert comment.state is State.REFUSED, (text, comment)
                assert comment.server_reason
                refused += 1
        assert published == isso.count() == len(remote_text)
        assert published > 450 and published + refused == len(strings)
