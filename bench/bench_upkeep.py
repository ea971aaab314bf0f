"""Upkeep: what merging the index and giving pages back saves, and what a step costs.

Usage::

    python -m bench.bench_upkeep [--library DIR ...] [--out bench/results/upkeep.json]

Each ``DIR`` (default: the 100,000-article synthetic library of ``make bench``)
is copied to a temporary folder (never changed), twice. On the first copy: the
whole library on disk ÷ its article text; the upkeep of ``edicola compact`` step
by step (``store/upkeep.py``), each step timed (wall and CPU); the ratio again;
then a full ``VACUUM`` (what ``--vacuum`` adds) and the ratio once more. On the
second, when its schema is current: the same upkeep with a synthetic 150-article
edition imported after the tenth step (FTS5's own merging during the import
carries the merge under way on, so the import is timed), then one more import
once upkeep has settled. A step's cost is what an import or the reader's own
write can wait for in the app.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sqlite3
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from bench.report import write_results
from bench.synth import bulk_insert, editions
from edicola.store.library import Library
from edicola.store.migrations import migrations
from edicola.store.upkeep import Upkeep

DEFAULT = Path(__file__).resolve().parent.parent / "var" / "bench" / "synth-100000"


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _on_disk(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.glob("library.db*") if p.is_file())


def _checkpoint(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def _import_one(folder: Path, seed: int) -> dict[str, float] | None:
    """A new 150-article edition the day after the newest, timed (its own
    connection, as the app's queue has); None when the library's schema is older
    than the code (opening it would migrate it, which is not what is measured)."""
    conn = sqlite3.connect(folder / "library.db")
    try:
        if migrations.pending(Database(conn)):
            return None
    finally:
        conn.close()
    library = Library.open(folder)
    try:
        newest = library.db.execute("SELECT max(date) FROM editions").fetchone()[0]
        start = date.fromisoformat(newest[:10]) + timedelta(days=1)
        edition = next(iter(editions(150, seed=seed, start=start, per_edition=150)))
        wall, cpu = time.perf_counter(), _cpu()
        bulk_insert(library.db, edition, library.search)
        return {"wall_s": time.perf_counter() - wall, "cpu_s": _cpu() - cpu}
    finally:
        library.close()


def _text_bytes(conn: sqlite3.Connection) -> int:
    """Article text as ``SearchIndex.sizes`` counts it: title, standfirst, Markdown."""
    from edicola.store.search_index import SearchIndex

    return SearchIndex(Database(conn)).sizes()[1]


def _percentiles(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    if not ordered:
        return {}
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    return {
        "p50_ms": round(1000 * statistics.median(ordered), 2),
        "p95_ms": round(1000 * p95, 2),
        "max_ms": round(1000 * ordered[-1], 2),
    }


def _steps(
    upkeep: Upkeep, conn: sqlite3.Connection, at: int = 0, folder: Path | None = None
) -> tuple[dict[str, Any], dict[str, float] | None]:
    """Every step, each timed; at step ``at`` (if any) an edition is imported."""
    walls: list[float] = []
    cpus: list[float] = []
    kinds: dict[str, int] = {}
    imported: dict[str, float] | None = None
    started, cpu0 = time.perf_counter(), _cpu()
    while True:
        wall, cpu = time.perf_counter(), time.thread_time()
        step = upkeep.step(conn)
        if step is None:
            break
        walls.append(time.perf_counter() - wall)
        cpus.append(time.thread_time() - cpu)
        kinds[step.kind] = kinds.get(step.kind, 0) + 1
        if folder is not None and len(walls) == at:
            imported = _import_one(folder, 11)
            upkeep = Upkeep()  # as the app does after a change
    summary = {
        "steps": kinds,
        "wall_s": round(time.perf_counter() - started, 2),
        "cpu_s": round(_cpu() - cpu0, 2),
        "step_wall": _percentiles(walls),
        "step_cpu": _percentiles(cpus),
    }
    return summary, imported


def _sizes(folder: Path, found: dict[str, Any]) -> None:
    """Before, after upkeep, after VACUUM: nothing imported meanwhile."""
    # A plain connection: upkeep needs nothing else, and opening the library would
    # migrate an older one.
    conn = sqlite3.connect(folder / "library.db", isolation_level=None)
    try:
        _checkpoint(conn)
        text = _text_bytes(conn)
        found["text_bytes"] = text
        found["articles"] = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        found["auto_vacuum"] = conn.execute("PRAGMA auto_vacuum").fetchone()[0]
        for when in ("before", "after_upkeep", "after_vacuum"):
            if when == "after_upkeep":
                found["upkeep"], _ = _steps(Upkeep(), conn)
            elif when == "after_vacuum":
                wall, cpu = time.perf_counter(), _cpu()
                conn.execute("PRAGMA auto_vacuum=INCREMENTAL")
                conn.execute("VACUUM")
                found["vacuum"] = {
                    "wall_s": round(time.perf_counter() - wall, 2),
                    "cpu_s": round(_cpu() - cpu, 2),
                }
            _checkpoint(conn)
            found[f"bytes_{when}"] = _on_disk(folder)
            found[f"ratio_{when}"] = round(_on_disk(folder) / text, 3)
    finally:
        conn.close()


def _interleaved(folder: Path, found: dict[str, Any]) -> None:
    """Upkeep with an edition imported between two steps, then one more import."""
    conn = sqlite3.connect(folder / "library.db", isolation_level=None)
    try:
        found["with_import"], found["import_mid_merge"] = _steps(Upkeep(), conn, 10, folder)
        found["import_after"] = _import_one(folder, 12)
    finally:
        conn.close()


def measure(source: Path, work: Path) -> dict[str, Any]:
    found: dict[str, Any] = {"library": str(source)}
    for phase in (_sizes, _interleaved):
        folder = work / source.name
        shutil.copytree(source, folder)
        try:
            phase(folder, found)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    found["load_average"] = os.getloadavg()
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", type=Path, action="append")
    parser.add_argument("--out", type=Path, default=Path("bench/results/upkeep.json"))
    parser.add_argument("--tmp", type=Path, default=None, help="where the copies go")
    args = parser.parse_args()
    libraries = args.library or [DEFAULT]
    found: list[dict[str, Any]] = []
    results: dict[str, Any] = {"load_average_start": os.getloadavg(), "libraries": found}
    with tempfile.TemporaryDirectory(prefix="upkeep-", dir=args.tmp) as work:
        for source in libraries:
            found.append(measure(source, Path(work)))
            print(found[-1], flush=True)
    results["load_average"] = os.getloadavg()
    write_results(args.out, results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
