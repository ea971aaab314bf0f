"""Sync benchmark: the first sync of 10,000 items, a sync with nothing new, memory.

Usage::

    python -m bench.bench_sync [--out bench/results/sync.json] [--items 10000] [--repeats 20]

Against a real WebDAV server (wsgidav on cheroot, the one the tests start) on
127.0.0.1, with the real scrypt cost for the vault:

- **first sync, sending**: a library with 2,000 synthetic articles, 2,000
  bookmarks with notes, 2,000 highlights and 4,000 reading positions (10,000
  items) set up and synced for the first time (collect, seal, one snapshot up);
- **first sync, receiving**: a second, empty library's first sync of all of it
  (download, open, merge, write 10,000 rows back);
- **nothing new**: p50/p95 of a pass when nothing changed anywhere, and the
  requests it sent (goal: one PROPFIND);
- **memory**: Python heap (tracemalloc) after each of the no-op passes: the
  growth from the first to the last (goal: flat).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
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


def _client_heap() -> int:
    """Bytes the client side holds (the in-process server's own allocations left out)."""
    snapshot = tracemalloc.take_snapshot().filter_traces(
        [
            tracemalloc.Filter(False, "*wsgidav*"),
            tracemalloc.Filter(False, "*cheroot*"),
            tracemalloc.Filter(False, "*webdav_server.py"),
            tracemalloc.Filter(False, tracemalloc.__file__),
        ]
    )
    return sum(stat.size for stat in snapshot.statistics("filename"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "sync.json")
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=20)
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
            walls: list[float] = []
            cpus: list[float] = []
            requests: list[int] = []
            heap: list[int] = []
            tracemalloc.start()
            for _ in range(args.repeats):
                before = len(dav.faults.seen)
                _, wall, cpu = _timed(lambda: Session.open(b.db, b.folder).run())
                walls.append(wall * 1000)
                cpus.append(cpu * 1000)
                requests.append(len(dav.faults.seen) - before)
                asked = dav.faults.seen[before:]
                heap.append(_client_heap())
            tracemalloc.stop()
            walls.sort()
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
                    "heap_first_kib": heap[0] / 1024,
                    "heap_last_kib": heap[-1] / 1024,
                    "growth_kib": (heap[-1] - heap[0]) / 1024,
                },
                "server_bytes": sum(len(d) for d in dav.files().values()),
            }
        finally:
            a.close()
            b.close()
            dav.close()
    write_results(args.out, results)
    print(results)


if __name__ == "__main__":
    main()
