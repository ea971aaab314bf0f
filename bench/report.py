"""Turn bench/results/*.json into docs/benchmarks.md: figures next to their goals.

The rows of each section are made in the module of its area (``report_library``,
``report_reading``, ``report_network``, ``report_hostile``, ``report_print``, with
the cells of ``report_cells``); the prose under the tables is in ``report_notes``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from bench.report_hostile import hostile_markdown_rows, hostile_rows, jail_rows
from bench.report_library import (
    import_rows,
    library_rows,
    search_rows,
    search_small_rows,
    startup_rows,
)
from bench.report_network import (
    comments_rows,
    download_rows,
    feeds_pipeline_rows,
    feeds_real_web_rows,
    feeds_rows,
    sync_rows,
)
from bench.report_notes import MISSED, NOTES
from bench.report_print import pages_rows, print_rows
from bench.report_reading import epub_rows, highlights_rows, reader_rows, speech_rows
from bench.report_scale import scale_section

# Each benchmark's results file, its heading and its rows; a new benchmark adds its
# rows to the report_* module of its area and its line here (bench/__main__.py runs
# every bench/bench_*.py it finds).
SECTIONS = [
    ("search.json", "Search (synthetic library)", search_rows),
    (
        "search-100000.json",
        "Search, 100,000 articles (size at a tenth of the scale)",
        search_small_rows,
    ),
    ("import.json", "Importing real bundles", import_rows),
    ("library.json", "Reading in the synthetic library", library_rows),
    ("startup.json", "Start-up (synthetic library)", startup_rows),
    ("reader.json", "Reading", reader_rows),
    ("download.json", "Downloads", download_rows),
    ("comments.json", "Comment delivery", comments_rows),
    ("hostile.json", "Hostile editions (the worst a bundle may hold)", hostile_rows),
    (
        "hostile_markdown.json",
        "Worst-shape Markdown at the budget (issue 19)",
        hostile_markdown_rows,
    ),
    ("jail.json", "The jail: its cost, and the hostile PDFs it stops (issue 19)", jail_rows),
    ("feeds.json", "Feeds into an edition (loopback)", feeds_rows),
    (
        "feeds_pipeline.json",
        "Feeds: the build against a plain pipeline (loopback, issue 21)",
        feeds_pipeline_rows,
    ),
    ("feeds_real_web.json", "Feeds and pages from the real web", feeds_real_web_rows),
    ("pages.json", "The print replica (1440 px pages)", pages_rows),
    ("epub.json", "Exporting an edition as EPUB", epub_rows),
    ("highlights.json", "Highlights and notes", highlights_rows),
    ("speech.json", "Read aloud", speech_rows),
    ("print.json", "Reading the print PDF (regions from the text, `from-pdf`)", print_rows),
    ("sync.json", "Sync through a WebDAV server (loopback, issue 23)", sync_rows),
]


def write_results(path: Path, results: dict[str, Any]) -> None:
    """One benchmark's results file (``bench/results/NAME.json``), as the report reads it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


def write_report(results: Path, target: Path) -> None:
    lines = [
        "# Benchmarks",
        "",
        "Written by `make bench` (`python -m bench`) from `bench/results/*.json`; the raw",
        "figures, including percentiles not shown here, are in those files. Measured on",
        "the project's reference machine: 2 cores, 24 GiB, Qt offscreen. Numbers from a",
        "shared machine are noisy; each benchmark runs alone in its own process.",
        "",
    ]
    for name, title, rows in SECTIONS:
        path = results / name
        if not path.exists():
            continue
        data = json.loads(path.read_text("utf-8"))
        lines += [f"## {title}", ""]
        if data.get("articles") and data.get("editions"):
            lines += [f"{data['articles']:,} articles in {data.get('editions', '?')} editions.", ""]
        if data.get("load_average") is not None:
            lines += [
                f"Load average when it ran: {data['load_average']:.1f} on 2 cores "
                "(other jobs shared the machine).",
                "",
            ]
        lines += ["| measure | result | goal |", "|---|---|---|"]
        lines += [f"| {m} | {r} | {g} |" for m, r, g in rows(data)]
        lines.append("")
        if name in NOTES:
            lines += [NOTES[name], ""]
    lines += scale_section(results)
    lines += ["## Goals missed, and why", "", *MISSED, ""]
    target.write_text("\n".join(lines), "utf-8")


if __name__ == "__main__":
    root = Path(__file__).resolve().parent.parent
    write_report(root / "bench" / "results", root / "docs" / "benchmarks.md")
