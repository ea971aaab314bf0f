"""The jail's cost, and what it stops: untrusted work in warm worker processes (issue 19).

Usage::

    python -m bench.bench_jail [--out bench/results/jail.json]

Measured:

* a worker's cold start (spawn, imports, first call) and a warm round trip;
* an article open (the longest sample article rendered to HTML) in this
  process and through the jail, p50 wall and CPU;
* a page turn (the tiles of a 1440 px sample page, as the Pages view asks for
  them) drawn in this process and through the jail, p50 / p95;
* the hostile PDFs of :mod:`bench.hostile_pdfs` (nested Form XObjects, 1,000
  transparent fills, a 1 GB inflated content stream): the one line each gets,
  the wall time until it, and this process's peak memory meanwhile.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import hostile_pdfs
from bench.report import write_results
from edicola.core import jail
from edicola.core.jail import worker as jail_worker
from edicola.core.print import pdfium_jobs
from edicola.core.print.pdf import PdfDocument, PdfError, PdfLimits
from edicola.core.render import render_markdown, render_markdown_here

EDITIONS = Path(__file__).resolve().parents[1] / "editions"
SAMPLE_PDF = EDITIONS / "il-faro" / "2026-11-24" / "pages" / "il-faro-2026-11-24.pdf"
WIDTH = 1440
TILE = 2048


def _peak_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _p(values: list[float], q: float) -> float:
    return sorted(values)[max(0, round(q * len(values)) - 1)]


def _timed(work: Callable[[], object], runs: int) -> tuple[list[float], list[float]]:
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        work()
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return walls, cpus


def bench_calls() -> dict[str, float]:
    starts = []
    for _ in range(5):
        jail.shutdown()
        started = time.perf_counter()
        jail.run_jailed(os.getpid)
        starts.append((time.perf_counter() - started) * 1000)
    trips, _ = _timed(lambda: jail.run_jailed(os.getpid), 2000)
    return {"cold_start_ms": statistics.median(starts), "round_trip_us": _p(trips, 0.5) * 1000}


def bench_article() -> dict[str, float]:
    longest = max(EDITIONS.glob("*/*/articles/*.md"), key=lambda p: p.stat().st_size)
    body = longest.read_text("utf-8").split("---", 2)[-1]
    render_markdown(body, edition_id="x", language="it")  # a warm worker
    here, here_cpu, jailed, jailed_cpu = [], [], [], []
    for _ in range(100):  # interleaved: a shared machine's load falls on both alike
        wall, cpu = _timed(lambda: render_markdown_here(body, "x", "it"), 1)
        here += wall
        here_cpu += cpu
        wall, cpu = _timed(lambda: render_markdown(body, edition_id="x", language="it"), 1)
        jailed += wall
        jailed_cpu += cpu
    return {
        "article_bytes": len(body.encode()),
        "in_process_p50_ms": _p(here, 0.5),
        "jailed_p50_ms": _p(jailed, 0.5),
        "jailed_caller_cpu_p50_ms": _p(jailed_cpu, 0.5),
        "in_process_cpu_p50_ms": _p(here_cpu, 0.5),
    }


def _tiles(width: float, height: float) -> list[tuple[int, int, int, int]]:
    height_px = round(WIDTH * height / width)
    return [(0, y, WIDTH, min(TILE, height_px - y)) for y in range(0, height_px, TILE)]


def bench_pages() -> dict[str, float]:
    data = SAMPLE_PDF.read_bytes()
    key, limits = hashlib.sha256(data).hexdigest(), PdfLimits()
    here: list[float] = []
    jailed: list[float] = []
    with PdfDocument(data, "sample.pdf") as document:
        sizes = [document.page_size(i) for i in range(len(document))]
        pdfium_jobs.open_document(key, data, limits)  # this process, for the comparison
        for _ in range(10):
            for index, (width, height) in enumerate(sizes):
                full = (WIDTH, round(WIDTH * height / width))
                started = time.perf_counter()
                for clip in _tiles(width, height):
                    _, h, stride, _ = pdfium_jobs.render_page(
                        key, None, limits, index, full, clip, 3.0
                    )
                    bytes(jail_worker._Scratch.local[: stride * h])  # the one copy out
                here.append((time.perf_counter() - started) * 1000)
                started = time.perf_counter()
                for clip in _tiles(width, height):
                    document.render(index, WIDTH, clip)
                jailed.append((time.perf_counter() - started) * 1000)
    return {
        "in_process_p50_ms": _p(here, 0.5),
        "in_process_p95_ms": _p(here, 0.95),
        "jailed_p50_ms": _p(jailed, 0.5),
        "jailed_p95_ms": _p(jailed, 0.95),
    }


def bench_hostile() -> dict[str, Any]:
    cases = {
        "nested Form XObjects, 40 deep (8 KB)": hostile_pdfs.nested_forms(40),
        "1,000 transparent fills": hostile_pdfs.transparent_fills(1000),
        "a content stream inflating to 1 GB": hostile_pdfs.inflated_stream(1024),
    }
    found: dict[str, Any] = {}
    before = _peak_mib()
    for name, data in cases.items():
        started = time.perf_counter()
        try:
            with PdfDocument(data, "hostile.pdf") as document:
                document.render(0, WIDTH)
            outcome = "drawn"
        except PdfError as exc:
            outcome = str(exc)
        found[name] = {"outcome": outcome, "seconds": time.perf_counter() - started}
        print(f"{name}: {outcome}", flush=True)
    return {"cases": found, "reader_peak_growth_mib": _peak_mib() - before}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("bench/results/jail.json"))
    args = parser.parse_args(argv)
    results = {
        "calls": bench_calls(),
        "article": bench_article(),
        "pages": bench_pages(),
        "hostile_pdfs": bench_hostile(),
        "load_average": os.getloadavg()[0],
    }
    jail.shutdown()
    write_results(args.out, results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
