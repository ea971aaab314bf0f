"""Does a query cost more as the library grows? The same queries on each size.

Usage::

    python -m bench.bench_growth --library DIR_25k --library DIR_100k [--library DIR_1M]
        [--per-class 60] [--rounds 3] [--out bench/results/growth.json]

The libraries are made by ``python -m bench.synth`` with the same seed, so the
smaller is the first part of the bigger (the same editions from the same first
day). The query classes of ``bench_search.query_classes`` are drawn once, from
the first library's vocabulary, and every query is then timed on every library,
the libraries taking turns query by query (so a burst of load on the shared
machine falls on all of them alike). Each query runs ``rounds`` times per library
through the app's search path (``SearchIndex.search(q, limit=20)``, snippets
cold); its least CPU time (``process_time``) and least wall time count. Drawing
each library's queries from its own vocabulary (as ``bench_search`` does) changes
the words as well as the size; this keeps the words and changes only the size.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path
from typing import Any

from bench.bench_search import percentile, query_classes
from bench.report import write_results
from edicola.core.search.snippet import clear_cache as clear_snippet_cache
from edicola.store.database import open_library
from edicola.store.search_index import SearchIndex


def _timed(index: SearchIndex, text: str) -> tuple[float, float]:
    clear_snippet_cache()
    start, start_cpu = time.perf_counter(), time.process_time()
    index.search(text, limit=20)
    return (time.process_time() - start_cpu) * 1000, (time.perf_counter() - start) * 1000


def run(libraries: list[Path], out: Path, per_class: int, rounds: int) -> dict[str, Any]:
    dbs = [open_library(folder) for folder in libraries]
    indexes = [SearchIndex(db) for db in dbs]
    sizes = [db.execute("SELECT count(*) FROM articles").fetchone()[0] for db in dbs]
    classes = query_classes(dbs[0], per_class=per_class)
    loads = [os.getloadavg()[0]]
    result: dict[str, Any] = {"articles": sizes, "per_class": per_class, "rounds": rounds}
    by_class: dict[str, Any] = {}
    for name, texts in classes.items():
        for index in indexes:  # the pages these queries read, into the OS cache
            for text in texts:
                index.search(text, limit=20)
        cpu = [[float("inf")] * len(texts) for _ in indexes]
        wall = [[float("inf")] * len(texts) for _ in indexes]
        for _ in range(rounds):
            for q, text in enumerate(texts):
                for i, index in enumerate(indexes):
                    c, w = _timed(index, text)
                    cpu[i][q] = min(cpu[i][q], c)
                    wall[i][q] = min(wall[i][q], w)
        loads.append(os.getloadavg()[0])
        by_class[name] = {
            "queries": texts,
            "cpu_p50_ms": [round(percentile(c, 50), 2) for c in cpu],
            "cpu_p95_ms": [round(percentile(c, 95), 2) for c in cpu],
            "p50_ms": [round(percentile(w, 50), 2) for w in wall],
            "p95_ms": [round(percentile(w, 95), 2) for w in wall],
            # the largest ratio of one query's CPU, biggest library / smallest
            "worst_query_growth": round(
                max(b / a for a, b in zip(cpu[0], cpu[-1], strict=True) if a > 0), 2
            ),
        }
        print(name, by_class[name]["cpu_p95_ms"], flush=True)
    for db in dbs:
        db.close()
    result["classes"] = by_class
    result["load_average"] = round(max(loads), 2)
    result["load_averages"] = [round(x, 2) for x in loads]
    write_results(out, result)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", type=Path, action="append", required=True)
    parser.add_argument("--out", type=Path, default=Path("bench/results/growth.json"))
    parser.add_argument("--per-class", type=int, default=60)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    print(json.dumps(run(args.library, args.out, args.per_class, args.rounds)["articles"]))


if __name__ == "__main__":
    main()
