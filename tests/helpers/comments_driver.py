"""A separate process for the kill -9 tests: saves drafts or delivers the outbox.

Run as ``python -m tests.helpers.comments_driver drafts LIBRARY`` (saves drafts
as if typed, printing ``ok LOCAL_ID LENGTH`` after each save has committed) or
``python -m tests.helpers.comments_driver deliver LIBRARY`` (one delivery pass,
printing ``attempt`` as each comment starts). The test kills it at any moment.
"""

from __future__ import annotations

import sys
from pathlib import Path

from edicola.core.comments.outbox import State
from edicola.net.comment_delivery import CommentDelivery
from edicola.store.comments import CommentStore
from edicola.store.database import open_library
from tests.helpers.comment_library import ARTICLE

LOCK_NAME = "comments-delivery.lock"


def save_drafts(store: CommentStore) -> None:
    for n in range(100_000):
        local_id = store.save_draft(ARTICLE, "", author="Typist")
        text = ""
        for char in f"bozza {n}: è così, 日本 ✓":
            text += char
            store.save_draft(ARTICLE, text, local_id=local_id, author="Typist")
            print(f"ok {local_id} {len(text)}", flush=True)


def deliver(store: CommentStore, folder: Path) -> None:
    def changed(local_id: str, state: State) -> None:
        if state is State.SENDING:
            print(f"attempt {local_id}", flush=True)

    delivery = CommentDelivery(store, lock_path=folder / LOCK_NAME, timeout=5.0, on_change=changed)
    summary = delivery.run_pass(force=True)
    print(f"done {summary.published} {summary.waiting}", flush=True)


def main(argv: list[str]) -> int:
    mode, folder = argv[0], Path(argv[1])
    store = CommentStore(open_library(folder))
    if mode == "drafts":
        save_drafts(store)
    else:
        deliver(store, folder)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
