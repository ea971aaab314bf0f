"""Reading in a big library: open a random article of any edition, a thousand times.

Usage::

    python -m bench.bench_library --library DIR [--out bench/results/library.json]

``DIR`` is a big synthetic library (``python -m bench.synth``). The reader
window runs offscreen on it (throw-away settings) and opens 1,000 articles
chosen at random over the whole library with ``MainWindow.open_article``
(what a click in the library panel, a search result or a link does),
timed until the document is laid out and its first screen painted. Each open
reads the article, renders its Markdown (the library keeps it compressed,
``store/article_body.py``), loads the edition's order when it changes,
and reveals the article in the library panel. Reported: p50/p95 over all
opens and over the first and the last 100 (growth would show there), the
items the library panel holds at the end, and the memory the session holds
after the first 100 opens and at the end (resident, and Python objects alive).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from bench.report import write_results
from edicola.core.jail import workers_cpu_seconds
from edicola.store.library import Library
from edicola.ui.app import EdicolaApp
from edicola.ui.reader.controller import ReaderController
from edicola.ui.shell.startup_probe import rss_bytes

GOAL_P95_MS = 25.0


def _random_articles(library: Path, count: int, seed: int = 5) -> list[str]:
    conn = sqlite3.connect(f"file:{library / 'library.db'}?mode=ro", uri=True)
    try:
        top = conn.execute("SELECT max(rowid) FROM articles").fetchone()[0] or 0
        rng = random.Random(seed)
        found: list[str] = []
        while len(found) < count:
            row = conn.execute(
                "SELECT id FROM articles WHERE rowid >= ? ORDER BY rowid LIMIT 1",
                [rng.randint(1, top)],
            ).fetchone()
            if row:
                found.append(row[0])
    finally:
        conn.close()
    return found


CPU_MS: list[float] = []
"""CPU time of each :func:`_open`, beside its wall time: this process's
(``process_time``) and the jail worker's that rendered the article meanwhile."""
GUI_CPU_MS: list[float] = []
"""The frame's CPU time of each :func:`_open`: the GUI thread's own (``thread_time``)
and the jail's render it waited for, without the pictures decoded on worker threads."""
JAIL_CPU_MS: list[float] = []
"""The jail's part of each :func:`_open` (the render of an article opened first)."""


def _open(app: QApplication, reader: ReaderController, article_id: str) -> float:
    jail = workers_cpu_seconds()
    start, cpu, gui = time.perf_counter(), time.process_time(), time.thread_time()
    reader.open_article(article_id, position=0.0)
    reader.article_view.document().documentLayout().documentSize()
    reader.article_view.viewport().repaint()
    app.processEvents()
    wall = (time.perf_counter() - start) * 1000
    cpu, gui = time.process_time() - cpu, time.thread_time() - gui
    jail = workers_cpu_seconds() - jail
    CPU_MS.append((cpu + jail) * 1000)
    GUI_CPU_MS.append((gui + jail) * 1000)
    JAIL_CPU_MS.append(jail * 1000)
    return wall


def _stats(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)

    def pct(p: float) -> float:
        return round(ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))], 2)

    return {"count": len(samples), "p50_ms": pct(50), "p95_ms": pct(95), "max_ms": ordered[-1]}


def run(library_dir: Path, opens: int) -> dict[str, Any]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    articles = _random_articles(library_dir, opens + 1)
    with tempfile.TemporaryDirectory() as tmp:
        library = Library.open(library_dir)
        settings = QSettings(str(Path(tmp) / "bench.ini"), QSettings.Format.IniFormat)
        started = time.perf_counter()
        edicola = EdicolaApp(library, settings)
        window, reader = edicola.window, edicola.reader
        window.resize(1280, 860)
        window.show()
        app.processEvents()
        window_s = time.perf_counter() - started
        if hasattr(reader, "prepare_delay_ms"):
            reader.prepare_delay_ms = None  # random opens: nothing is prepared ahead
        _open(app, reader, articles[0])  # fonts and caches
        CPU_MS.clear()
        GUI_CPU_MS.clear()
        JAIL_CPU_MS.clear()
        times = [_open(app, reader, a) for a in articles[1:101]]
        early = _memory()
        times += [_open(app, reader, a) for a in articles[101:]]
        late = _memory()
        cpu, gui, jail = list(CPU_MS), list(GUI_CPU_MS), list(JAIL_CPU_MS)
        tree = reader.library_tree
        items = tree.loaded_item_count()
        shown = tree.shown_edition_count()
        window.close()
        window.deleteLater()
        app.processEvents()
        library.close()
    first, last = times[:100], times[-100:]
    return {
        "library": str(library_dir),
        "load_average": os.getloadavg()[0],
        "articles": _count(library_dir),
        "window_ready_s": round(window_s, 3),
        "open_random_article": _stats(times),
        "open_random_article_cpu": _stats(cpu),
        "open_random_article_gui_cpu": _stats(gui),
        "open_random_article_jail_cpu": _stats(jail),
        "first_100": _stats(first),
        "last_100": _stats(last),
        "p50_by_hundred_ms": [
            _stats(times[i : i + 100])["p50_ms"] for i in range(0, len(times), 100)
        ],
        "growth_p50_last_vs_first": round(_stats(last)["p50_ms"] / _stats(first)["p50_ms"], 3),
        "growth_p95_last_vs_first": round(_stats(last)["p95_ms"] / _stats(first)["p95_ms"], 3),
        "tree_items_after": items,
        "tree_editions_shown_after": shown,
        "memory_after_100": early,
        "memory_after_all": late,
        "goal_p95_ms": GOAL_P95_MS,
    }


def _memory() -> dict[str, float]:
    """What the session holds (not timed): resident memory, and the Python objects the
    collector tracks (a Qt object whose wrapper stays alive shows in both)."""
    gc.collect()
    return {"rss_mb": round(rss_bytes() / 1e6, 1), "python_objects": len(gc.get_objects())}


def _count(library: Path) -> int:
    conn = sqlite3.connect(f"file:{library / 'library.db'}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    finally:
        conn.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=Path("bench/results/library.json"))
    parser.add_argument("--opens", type=int, default=1000)
    args = parser.parse_args(argv)
    results = run(args.library, args.opens)
    write_results(args.out, results)
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
