"""Startup benchmark: cold start of the reader to an interactive window, and its memory.

Usage::

    python -m bench.bench_startup --library DIR [--out bench/results/startup.json]

``DIR`` is a big library (``edicola dev synth --articles 100000 --to DIR``).
The app runs as a subprocess (``python -m app --library DIR``, offscreen,
throw-away settings) with ``EDICOLA_STARTUP_PROBE=1``: on the first paint of
the main window, with the library loaded and the newest edition's front page
restored, it prints a wall-clock timestamp and its resident memory and quits.
Time is measured from just before the process is started, so interpreter
start-up, imports, opening the library and building the window all count.
Goals: ≤ 1.0 s and ≤ 200 MB RSS.

(The search path against the SQL it issues is measured by ``bench_search``.)
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.report import write_results
from edicola.ui.shell.startup_probe import PREFIX, STARTUP_PROBE_ENV

GOAL_SECONDS = 1.0
GOAL_RSS_MB = 200


def start_once(library: Path, timeout: float = 60.0) -> dict[str, float]:
    """One cold start; returns seconds to first paint and memory at that moment."""
    with tempfile.TemporaryDirectory() as home:
        env = {
            **os.environ,
            STARTUP_PROBE_ENV: "1",
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "XDG_CONFIG_HOME": home,  # fresh QSettings: first-run window state
            "XDG_DATA_HOME": home,
        }
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.time()
        done = subprocess.run(
            [sys.executable, "-m", "edicola", "--library", str(library)],
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        ended = time.time()
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    line = next((x for x in done.stdout.splitlines() if x.startswith(PREFIX)), None)
    if line is None:
        raise RuntimeError(f"no first-paint line (exit {done.returncode}): {done.stderr[-500:]}")
    _prefix, stamp, rss, peak, *cpu = line.split()
    return {
        "first_paint_s": round(float(stamp) - started, 3),
        "process_total_s": round(ended - started, 3),
        # CPU of the whole process (user + system): start, first paint, then the
        # probe's immediate quit; an upper bound on the CPU to first paint.
        "process_cpu_s": round(
            after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime, 3
        ),
        "cpu_to_first_paint_s": round(float(cpu[0]), 3) if cpu else None,
        "rss_mb": round(int(rss) / 2**20, 1),
        "peak_rss_mb": round(int(peak) / 2**20, 1),
    }


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


def run(library: Path, out: Path) -> dict[str, Any]:
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
    measured = start_once(library)
    result: dict[str, Any] = {
        "articles": articles,
        "editions": editions,
        **measured,
        "imports_only_s": import_only(),
        "load_average": os.getloadavg()[0],
        "goal_first_paint_s": GOAL_SECONDS,
        "goal_rss_mb": GOAL_RSS_MB,
        "meets_goals": measured["first_paint_s"] <= GOAL_SECONDS
        and measured["rss_mb"] <= GOAL_RSS_MB,
        "platform": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "runs": 1,
    }
    write_results(out, result)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=Path("bench/results/startup.json"))
    args = parser.parse_args()
    print(json.dumps(run(args.library, args.out), indent=2))


if __name__ == "__main__":
    main()
