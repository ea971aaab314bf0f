"""Startup benchmark: cold start of the reader to an interactive window, and its memory.

Usage::

    python -m bench.bench_startup --library DIR [--runs 5] [--out bench/results/startup.json]

``DIR`` is a big library (``edicola dev synth --articles 100000 --to DIR``).
The app runs as a subprocess (``python -m app --library DIR``, offscreen,
throw-away settings) with ``EDICOLA_STARTUP_PROBE=keep``: on the first paint of
the main window, with the library loaded and the last article restored, it
prints a wall-clock timestamp, its resident memory and its CPU time; once the
features left for after the first frame are built (issue 21) it prints
``edicola-ready`` with its CPU time then, and this benchmark ends it with
SIGTERM (the reader closes its window the normal way). Time is measured from
just before the process is started, so interpreter start-up, imports, opening
the library and building the window all count. Each figure is the median of
``--runs`` starts (the minimum beside it). Goals: ≤ 1.0 s and ≤ 200 MB RSS;
issue 21: ≤ 0.5 s CPU to first paint.

(The search path against the SQL it issues is measured by ``bench_search``.)
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from bench.report import write_results
from edicola.ui.shell.application import READY_PREFIX
from edicola.ui.shell.startup_probe import KEEP_RUNNING, PREFIX, STARTUP_PROBE_ENV

GOAL_SECONDS = 1.0
GOAL_RSS_MB = 200


def start_once(library: Path, timeout: float = 60.0) -> dict[str, float]:
    """One cold start; returns seconds and CPU to first paint, CPU until every
    feature is built, and memory at first paint."""
    with tempfile.TemporaryDirectory() as home:
        env = {
            **os.environ,
            STARTUP_PROBE_ENV: KEEP_RUNNING,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "XDG_CONFIG_HOME": home,  # fresh QSettings: first-run window state
            "XDG_DATA_HOME": home,
        }
        started = time.time()
        child = subprocess.Popen(
            [sys.executable, "-m", "edicola", "--library", str(library)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        guard = threading.Timer(timeout, child.kill)  # a hang guard only (timing-ok)
        guard.start()
        try:
            lines = _probe_lines(child)
            child.send_signal(signal.SIGTERM)  # closes the window the normal way
            child.wait()
        finally:
            guard.cancel()
            if child.poll() is None:
                child.kill()
                child.wait()
    paint, ready = lines.get(PREFIX), lines.get(READY_PREFIX)
    if paint is None or ready is None:
        raise RuntimeError(f"no first-paint or ready line (exit {child.returncode})")
    stamp, rss, peak, cpu = paint
    return {
        "first_paint_s": round(float(stamp) - started, 3),
        "cpu_to_first_paint_s": round(float(cpu), 3),
        "cpu_to_ready_s": round(float(ready[1]), 3),
        "ready_s": round(float(ready[0]) - started, 3),
        "rss_mb": round(int(rss) / 2**20, 1),
        "peak_rss_mb": round(int(peak) / 2**20, 1),
    }


def _probe_lines(child: subprocess.Popen[str]) -> dict[str, list[str]]:
    """The probe's first-paint line and the ready line, read as they come."""
    found: dict[str, list[str]] = {}
    assert child.stdout is not None
    for line in child.stdout:
        prefix, *values = line.split()
        if prefix in (PREFIX, READY_PREFIX):
            found[prefix] = values
        if READY_PREFIX in found:
            break
    return found


def _median_runs(library: Path, runs: int) -> dict[str, Any]:
    """Each figure's median over ``runs`` starts, the CPU's minimum beside it."""
    starts = [start_once(library) for _ in range(runs)]
    result: dict[str, Any] = {
        key: round(statistics.median(s[key] for s in starts), 3) for key in starts[0]
    }
    result["cpu_to_first_paint_min_s"] = min(s["cpu_to_first_paint_s"] for s in starts)
    result["cpu_to_first_paint_runs_s"] = [s["cpu_to_first_paint_s"] for s in starts]
    return result


def import_only(timeout: float = 60.0) -> float:
    """Seconds for a bare interpreter to import the reader's modules (for context)."""
    started = time.time()
    subprocess.run(
        [sys.executable, "-c", "import edicola.ui.shell.application"],
        check=True,
        timeout=timeout,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    return round(time.time() - started, 3)


def run(library: Path, out: Path, runs: int = 5) -> dict[str, Any]:
    import compileall
    import sqlite3

    import edicola

    # An installed wheel has its bytecode (pip compiles it); a checkout run with
    # PYTHONDONTWRITEBYTECODE would compile every changed module at every start.
    compileall.compile_dir(Path(edicola.__file__).parent, quiet=1)
    conn = sqlite3.connect(f"file:{library / 'library.db'}?mode=ro", uri=True)
    articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    editions = conn.execute("SELECT count(*) FROM editions").fetchone()[0]
    conn.close()
    load_before = os.getloadavg()[0]
    measured = _median_runs(library, runs)
    result: dict[str, Any] = {
        "articles": articles,
        "editions": editions,
        **measured,
        "imports_only_s": import_only(),
        "load_average": round(max(load_before, os.getloadavg()[0]), 2),
        "goal_first_paint_s": GOAL_SECONDS,
        "goal_rss_mb": GOAL_RSS_MB,
        "meets_goals": measured["first_paint_s"] <= GOAL_SECONDS
        and measured["rss_mb"] <= GOAL_RSS_MB,
        "platform": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "runs": runs,
    }
    write_results(out, result)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=Path("bench/results/startup.json"))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(json.dumps(run(args.library, args.out, args.runs), indent=2))


if __name__ == "__main__":
    main()
