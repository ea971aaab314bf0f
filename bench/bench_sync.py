"""Sync benchmark: the first sync of 10,000 items, a sync with nothing new, memory.

Usage::

    python -m bench.bench_sync [--out bench/results/sync.json] [--items 10000] [--repeats 20]
                               [--deletions 500] [--heap-passes 100]

Against a real WebDAV server (wsgidav on cheroot, the one the tests start) on
127.0.0.1, with the real scrypt cost for the vault:

- **first sync, sending**: a library with 2,000 synthetic articles, 2,000
  bookmarks with notes, 2,000 highlights and 4,000 reading positions (10,000
  items) set up and synced for the first time (collect, seal, one snapshot up);
- **first sync, receiving**: a second, empty library's first sync of all of it
  (download, open, merge, write 10,000 rows back);
- **nothing new**: p50/p95 of a pass when nothing changed anywhere, and the
  requests it sent (goal: one PROPFIND);
- **memory**: Python heap (tracemalloc) and the objects the collector tracks
  after each of ``--heap-passes`` more no-op passes (so that tracing does not
  slow the timed ones), the server's threads left out of the heap: per pass
  (goal: flat);
- **tombstones**: the first device removes ``--deletions`` bookmarks, then both
  devices sync in turn: the removals each device still keeps after every round
  (before issue 21 they were kept for ever), and the server's folder before and
  after.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import tempfile
import threading
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # tests.helpers.webdav_server: the tests' real server

from bench.report import write_results  # noqa: E402
from bench.synth import synthesize  # noqa: E402
from edicola.net.sync_session import Session, setup  # noqa: E402
from edicola.store.library import Library  # noqa: E402
from edicola.store.sync_peers import tombstones  # noqa: E402
from tests.helpers.webdav_server import WebDav  # noqa: E402

USER, PASSWORD, PASSPHRASE = "bench", "pàss", "una frase lunga per il banco"


def _timed(action: Callable[[], Any]) -> tuple[Any, float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = action()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def _fill(library: Library, items: int) -> int:
    articles = items // 5
    synthesize(library.db, articles, words=120)
    ids = [str(r[0]) for r in library.db.execute("SELECT id FROM articles ORDER BY id")]
    with library.db.atomic():
        for article_id in ids[:articles]:
            library.bookmarks.add(article_id, note=f"da rileggere {article_id}", position=0.25)
            library.highlights.add(article_id, span=(0, 30), note="nota")
        library.db.conn.executemany(
            "INSERT INTO reading_state (article_id, position, read) VALUES (?, ?, 0)",
            [(f"altrove/{n}", (n % 90) / 100) for n in range(items - 2 * len(ids[:articles]))],
        )
    return int(
        library.db.execute(
            "SELECT (SELECT count(*) FROM bookmarks) + (SELECT count(*) FROM highlights) "
            "+ (SELECT count(*) FROM reading_state)"
        ).fetchone()[0]
    )


def _client_heap() -> tuple[int, int]:
    """Bytes and blocks the client side holds: the in-process server runs on threads,
    so whatever a thread's bootstrap is anywhere in the traceback is left out."""
    snapshot = tracemalloc.take_snapshot().filter_traces(
        [
            tracemalloc.Filter(False, threading.__file__, all_frames=True),
            tracemalloc.Filter(False, tracemalloc.__file__, all_frames=True),
        ]
    )
    stats = snapshot.statistics("filename")
    return sum(stat.size for stat in stats), sum(stat.count for stat in stats)


def _heap_per_pass(run: Callable[[], Any], passes: int) -> list[tuple[int, int, int]]:
    """(bytes, blocks, objects the collector tracks) after each pass."""
    tracemalloc.start(32)
    try:
        heap = []
        for _ in range(passes):
            run()
            gc.collect()
            heap.append((*_client_heap(), len(gc.get_objects())))
        return heap
    finally:
        tracemalloc.stop()


def _fields(*libraries: Library) -> list[int]:
    return [
        int(lib.db.execute("SELECT count(*) FROM sync_fields").fetchone()[0]) for lib in libraries
    ]


def _tombstones(a: Library, b: Library, deletions: int) -> dict[str, Any]:
    """Remove ``deletions`` bookmarks on ``a``, then sync a and b in turn."""
    ids = [str(r[0]) for r in a.db.execute("SELECT article_id FROM bookmarks LIMIT ?", [deletions])]
    with a.db.atomic():
        for article_id in ids:
            a.bookmarks.remove(article_id)
    fields_before = _fields(a, b)
    kept: list[list[int]] = []
    cpu = time.process_time()
    for _ in range(6):
        for library in (a, b):
            Session.open(library.db, library.folder).run()
        kept.append([tombstones(a.db), tombstones(b.db)])
    return {
        "deletions": len(ids),
        "kept_after_each_round": kept,
        "cpu_s": time.process_time() - cpu,
        "fields_before": fields_before,
        "fields_after": _fields(a, b),
        "bookmarks_left": [
            int(lib.db.execute("SELECT count(*) FROM bookmarks").fetchone()[0]) for lib in (a, b)
        ],
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "sync.json")
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument("--deletions", type=int, default=500)
    parser.add_argument("--heap-passes", type=int, default=100)
    args = parser.parse_args()
    os.environ["EDICOLA_SYNC_KEYRING"] = "file"
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "dav").mkdir()
        dav = WebDav(root / "dav", USER, PASSWORD)
        a = Library.open(root / "a")
        b = Library.open(root / "b")
        try:
            items = _fill(a, args.items)
            setup(a.db, a.folder, dav.url(), USER, PASSWORD, PASSPHRASE)
            setup(b.db, b.folder, dav.url(), USER, PASSWORD, PASSPHRASE)
            sent, send_s, send_cpu = _timed(lambda: Session.open(a.db, a.folder).run())
            got, get_s, get_cpu = _timed(lambda: Session.open(b.db, b.folder).run())
            first_bytes = sum(len(d) for d in dav.files().values())
            walls: list[float] = []
            cpus: list[float] = []
            requests: list[int] = []
            for _ in range(args.repeats):
                before = len(dav.faults.seen)
                _, wall, cpu = _timed(lambda: Session.open(b.db, b.folder).run())
                walls.append(wall * 1000)
                cpus.append(cpu * 1000)
                requests.append(len(dav.faults.seen) - before)
                asked = dav.faults.seen[before:]
            walls.sort()
            heap = _heap_per_pass(lambda: Session.open(b.db, b.folder).run(), args.heap_passes)
            half = len(heap) // 2
            removed = _tombstones(a, b, args.deletions)
            results = {
                "items": items,
                "load_average": os.getloadavg()[0],
                "first_sync_send": {"wall_s": send_s, "cpu_s": send_cpu, "fields": sent.sent},
                "first_sync_receive": {
                    "wall_s": get_s,
                    "cpu_s": get_cpu,
                    "fields": got.merged,
                },
                "nothing_new_asked": asked,
                "nothing_new": {
                    "p50_ms": statistics.median(walls),
                    "p95_ms": walls[min(len(walls) - 1, round(0.95 * (len(walls) - 1)))],
                    "cpu_p50_ms": statistics.median(cpus),
                    "requests": requests[-1],
                    "requests_first_pass": requests[0],
                },
                "memory": {
                    "heap_kib_per_pass": [round(size / 1024, 1) for size, _, _ in heap],
                    "blocks_per_pass": [blocks for _, blocks, _ in heap],
                    "objects_per_pass": [objects for _, _, objects in heap],
                    "heap_first_kib": heap[0][0] / 1024,
                    "heap_last_kib": heap[-1][0] / 1024,
                    "growth_kib": (heap[-1][0] - heap[0][0]) / 1024,
                    "growth_second_half_kib": (heap[-1][0] - heap[half][0]) / 1024,
                },
                "tombstones": removed,
                "server_bytes": first_bytes,
            }
        finally:
            a.close()
            b.close()
            dav.close()
    write_results(args.out, results)
    print(results)


if __name__ == "__main__":
    main()
