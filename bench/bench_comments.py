"""Comment delivery benchmark: the outbox against a bare HTTP loop, same Isso.

Usage::

    python -m bench.bench_comments [--count 1000] [--out bench/results/comments.json]

Starts a local Isso (guard off) and delivers ``count`` comments through the
outbox (durable state writes before and after every POST, ``synchronous=FULL``)
and ``count`` more through a plain ``http.client`` loop, to two threads of the
same server. The two sides alternate in blocks of ``--block`` comments (taking
turns at going first) so that load from other processes hits both alike. Goal: the outbox
reaches at least 0.8× the bare loop's comments/second, with 0 duplicates in
Isso's database.
"""

from __future__ import annotations

import argparse
import http.client
import json
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.report import write_results
from edicola.net.comment_delivery import CommentDelivery
from edicola.servers.isso_server import IssoServer, running_isso
from edicola.store.comments import CommentStore
from tests.helpers.comment_library import ARTICLE, seed_library

GOAL = 0.8
WARM_UP = 30
BARE_URI = "/bare-loop"


def text_for(n: int, side: str) -> str:
    return f"{side} {n}: i tram notturni servono davvero. ✓"


def bare_posts(isso: IssoServer, numbers: range, side: str, uri: str) -> float:
    start = time.perf_counter()
    for n in numbers:
        payload = {
            "text": text_for(n, side),
            "author": "Bench",
            "email": None,
            "website": None,
            "parent": None,
            "title": "Bare loop",
        }
        conn = http.client.HTTPConnection("127.0.0.1", isso.port, timeout=10)
        conn.request(
            "POST",
            f"/new?uri={uri}",
            body=json.dumps(payload, ensure_ascii=False).encode(),
            headers={"Content-Type": "application/json"},
        )
        response = conn.getresponse()
        response.read()
        conn.close()
        if response.status != 201:
            raise RuntimeError(f"bare POST {n} failed: HTTP {response.status}")
    return time.perf_counter() - start


def duplicates(isso: IssoServer, count: int, side: str) -> int:
    return sum(max(0, isso.count(text_for(n, side)) - 1) for n in range(count))


def run(count: int, block: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp, running_isso(Path(tmp) / "isso") as isso:
        bare_posts(isso, range(WARM_UP), "warm-up", "/warm-up")
        folder = Path(tmp) / "lib"
        db = seed_library(folder, server=isso.url)
        store = CommentStore(db)
        drafts = [
            store.save_draft(ARTICLE, text_for(n, "outbox"), author="Bench") for n in range(count)
        ]
        delivery = CommentDelivery(store, lock_path=folder / "delivery.lock", timeout=10.0)
        outbox_seconds = bare_seconds = 0.0
        published = 0
        for first in range(0, count, block):
            numbers = range(first, min(count, first + block))
            for n in numbers:
                store.queue(drafts[n])  # the user pressed Send: not timed
            bare_first = (first // block) % 2 == 1  # alternate who goes first
            if bare_first:
                bare_seconds += bare_posts(isso, numbers, "bare", BARE_URI)
            start = time.perf_counter()
            published += delivery.run_pass().published
            outbox_seconds += time.perf_counter() - start
            if not bare_first:
                bare_seconds += bare_posts(isso, numbers, "bare", BARE_URI)
        waiting = store.pending_count()
        db.close()
        outbox_dupes = duplicates(isso, count, "outbox")
        bare_dupes = duplicates(isso, count, "bare")
        stored = isso.count() - WARM_UP - count
    bare_rate = count / bare_seconds
    outbox_rate = count / outbox_seconds
    ratio = outbox_rate / bare_rate
    return {
        "comments": count,
        "block": block,
        "bare_loop": {
            "seconds": round(bare_seconds, 3),
            "per_second": round(bare_rate, 1),
            "duplicates": bare_dupes,
        },
        "outbox": {
            "seconds": round(outbox_seconds, 3),
            "per_second": round(outbox_rate, 1),
            "published": published,
            "waiting": waiting,
            "stored_in_isso": stored,
            "duplicates": outbox_dupes,
        },
        "ratio": round(ratio, 3),
        "goal_ratio": GOAL,
        "goal_met": ratio >= GOAL and outbox_dupes == 0 and stored == count,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description="Comment delivery benchmark.")
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--block", type=int, default=10)
    parser.add_argument("--out", type=Path, default=Path("bench/results/comments.json"))
    args = parser.parse_args()
    result = run(args.count, args.block)
    write_results(args.out, result)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
