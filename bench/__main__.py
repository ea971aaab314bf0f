"""Run every benchmark, one after the other, then write docs/benchmarks.md.

Speed and memory targets live here, never in timed unit tests. The machine is
shared and has two cores, so each benchmark runs alone in its own process.

The synthetic libraries (``var/bench/synth-N``: 100,000 and 1,000,000
articles, built once by ``python -m bench.synth``, the bulk path proven equal
to real imports by ``tests/unit/test_bench_synth.py``) are reused by later
runs. ``EDICOLA_BENCH_ARTICLES`` sets the big library's size for a quick run.

Every ``bench/bench_*.py`` is run: those in :data:`WITH_LIBRARY` get
``--library`` (the big library), ``bench_growth`` the 25,000, 100,000 and big
libraries, the others no arguments; each writes its
``bench/results/*.json`` and ``bench/report.py`` turns the files it knows
into tables (a new benchmark adds its rows to the ``bench/report_*.py`` of its
area and its line to ``SECTIONS`` in ``bench/report.py``).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bench.report import write_report

ROOT = Path(__file__).resolve().parent.parent
SYNTH = ROOT / "var" / "bench"
SMALL = 100_000
GROWTH = 25_000
"""The smallest library of ``bench_growth``, which times the same queries at each size."""

WITH_LIBRARY = {"bench_search", "bench_startup", "bench_import", "bench_library"}
"""Benchmarks measured on the big synthetic library (they take ``--library DIR``)."""

FIRST = ("bench_import", "bench_search", "bench_library", "bench_startup")
"""Run before the rest, in this order (the rest run alphabetically)."""


def _run(*args: str) -> None:
    print("==>", " ".join(args), flush=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, *args], cwd=ROOT, env=env, check=True)


def _library(articles: int) -> Path:
    """The synthetic library of ``articles``, built as imports build it and then kept
    by upkeep as the reader keeps it after its imports (``edicola compact`` without
    ``--vacuum``: bodies re-packed, index merged, free pages given back)."""
    library = SYNTH / f"synth-{articles}"
    if not (library / "library.db").exists():
        _run("-m", "bench.synth", "--articles", str(articles), "--to", str(library))
        _run("-m", "edicola", "--library", str(library), "compact")
    return library


def _benchmarks() -> list[str]:
    found = {p.stem for p in (ROOT / "bench").glob("bench_*.py")}
    return [name for name in FIRST if name in found] + sorted(found - set(FIRST))


def main() -> int:
    articles = int(os.environ.get("EDICOLA_BENCH_ARTICLES", "1000000"))
    library = _library(articles)
    if articles != SMALL:  # the size figure at 100k too
        small = _library(SMALL)
        _run(
            "-m",
            "bench.bench_search",
            "--library",
            str(small),
            "--out",
            f"bench/results/search-{SMALL}.json",
        )
    for name in _benchmarks():
        extra: tuple[str, ...] = ("--library", str(library)) if name in WITH_LIBRARY else ()
        if name == "bench_growth":
            sizes = sorted({GROWTH, SMALL, articles})
            extra = tuple(arg for n in sizes for arg in ("--library", str(_library(n))))
        _run("-m", f"bench.{name}", *extra)
    write_report(ROOT / "bench" / "results", ROOT / "docs" / "benchmarks.md")
    print("results in bench/results/ and docs/benchmarks.md")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
