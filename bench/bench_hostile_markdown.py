"""Worst-shape Markdown: the most each shape can make the renderer do, in CPU time and memory.

Usage::

    python -m bench.bench_hostile_markdown [--out bench/results/hostile_markdown.json]

For every shape of :mod:`bench.markdown_shapes` (many small blocks, a huge
table, deep nesting, every markup character…) the largest article the budget
(``edicola.core.markdown_budget``) accepts is rendered in a fresh process
(``render_markdown_here``, the jail's side of rendering), after a warm-up
render, measuring its CPU time and the growth of the process's peak RSS. The
same shape at 1 MB must be refused by the check; its CPU time is measured
too. Goal (issue 19): at most 1 s of CPU for every shape.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from bench.markdown_shapes import SHAPES, at_budget, at_megabyte
from bench.report import write_results
from edicola.core.markdown_budget import markdown_work

GOAL_CPU_S = 1.0

_MEASURE = """
import json, resource, sys, time
from edicola.core.render import render_markdown_here
from edicola.core.markdown_budget import markdown_problem
source = open(sys.argv[1], encoding="utf-8").read()
big = open(sys.argv[2], encoding="utf-8").read()
render_markdown_here("# Warm\\n\\nA *warm* [up](https://x.example/).", "x", "it")
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.process_time()
render_markdown_here(source, "x", "it")
cpu = time.process_time() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base
start = time.process_time()
refused = markdown_problem(big) is not None
check = time.process_time() - start
print(json.dumps({"cpu_s": cpu, "peak_mib": peak / 1024, "check_1mb_ms": check * 1000,
                  "refused_1mb": refused, "bytes_1mb": len(big)}))
"""


def measure(name: str, folder: Path) -> dict[str, object]:
    make = SHAPES[name]
    source, big = at_budget(make), at_megabyte(make)
    (folder / "source.md").write_text(source, "utf-8")
    (folder / "big.md").write_text(big, "utf-8")
    out = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(folder / "source.md"), str(folder / "big.md")],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, object] = json.loads(out.stdout)
    result.update(bytes=len(source), work=markdown_work(source))
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("bench/results/hostile_markdown.json"))
    args = parser.parse_args(argv)
    import tempfile

    shapes: dict[str, dict[str, object]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in SHAPES:
            shapes[name] = measure(name, Path(tmp))
            print(f"{name:40} {shapes[name]['cpu_s']:.2f} s", flush=True)
    worst = max(shapes, key=lambda n: float(shapes[n]["cpu_s"]))  # type: ignore[arg-type]
    results = {
        "shapes": shapes,
        "worst": worst,
        "worst_cpu_s": shapes[worst]["cpu_s"],
        "worst_peak_mib": max(float(s["peak_mib"]) for s in shapes.values()),  # type: ignore[arg-type]
        "all_refused_at_1mb": all(s["refused_1mb"] for s in shapes.values()),
        "goal_cpu_s": GOAL_CPU_S,
        "load_average": os.getloadavg()[0],
    }
    write_results(args.out, results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
