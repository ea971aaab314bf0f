"""Run every benchmark, one after the other, then write docs/benchmarks.md.

Speed and memory targets live here, never in timed unit tests. The machine is
shared and has two cores, so each benchmark runs alone in its own process.
``EDICOLA_BENCH_ARTICLES`` shrinks the synthetic library for a quick run.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bench.report import write_report

ROOT = Path(__file__).resolve().parent.parent
SYNTH = ROOT / "var" / "bench"


def _run(*args: str) -> None:
    print("==>", " ".join(args), flush=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, *args], cwd=ROOT, env=env, check=True)


def main() -> int:
    articles = int(os.environ.get("EDICOLA_BENCH_ARTICLES", "100000"))
    library = SYNTH / f"synth-{articles}"
    if not (library / "library.db").exists():
        _run("-m", "edicola", "dev", "synth", "--articles", str(articles), "--to", str(library))
    _run("-m", "bench.bench_search", "--library", str(library))
    if (ROOT / "bench" / "bench_startup.py").exists():
        _run("-m", "bench.bench_startup", "--library", str(library))
    _run("-m", "bench.bench_reader")
    _run("-m", "bench.bench_download")
    _run("-m", "bench.bench_comments")
    write_report(ROOT / "bench" / "results", ROOT / "docs" / "benchmarks.md")
    print("results in bench/results/ and docs/benchmarks.md")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
