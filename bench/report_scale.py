"""The issue-21 goals in docs/benchmarks.md: nothing grows with the library.

Reads the results files the benchmarks write (``search-25000.json``,
``search-100000.json``, ``search.json`` for 1,000,000 articles when it was measured
with CPU times, ``import.json``, ``library.json``, ``startup.json``) and lays each
goal out with its wall and CPU figures, the load it ran under, and ✓/✗.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from bench.report_cells import field, fmt, met
from bench.report_scale_notes import NOTES

Row = tuple[str, str, str]

CLASSES = {
    "rare": "rare word",
    "common": "common word",
    "phrase_of_two_common_words": "two common words as a phrase",
    "prefix_3_letters_as_typed": "3-letter prefix, as typed",
    "filters": "filters, mixed (section, publication, author, dates)",
    "filter_section_without_the_word": "`section:` that never holds the word",
    "filter_publication": "`publication:`",
    "filter_author_up_to_1000_articles": "`author:` with 100–1,000 articles",
    "filter_author_over_1000_articles": "`author:` with over 1,000 articles",
    "accent_free": "accented word typed without accents",
    "inflected": "inflected form",
}


def _load(results: Path, name: str) -> dict[str, Any] | None:
    path = results / name
    if not path.exists():
        return None
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return data


def _class_rows(small: dict[str, Any], big: dict[str, Any]) -> list[Row]:
    rows: list[Row] = []
    for key, label in CLASSES.items():
        a, b = field(small, f"classes.{key}"), field(big, f"classes.{key}")
        if not a or not b or "cpu_p95_ms" not in b:
            continue
        growth = b["cpu_p95_ms"] / a["cpu_p95_ms"] if a["cpu_p95_ms"] else None
        rows.append(
            (
                f"{label}: p95 CPU (wall) at 25k → 100k; 100k ÷ 25k (CPU)",
                f"{fmt(a['cpu_p95_ms'])} ({fmt(a['p95_ms'])}) → {fmt(b['cpu_p95_ms'])}"
                f"{met(b['cpu_p95_ms'], 50)} ({fmt(b['p95_ms'])}) ms; "
                f"{fmt(growth, '×')}{met(growth, 1.3)}",
                "≤ 50 ms; ≤ 1.3×",
            )
        )
    return rows


def _growth_rows(growth: dict[str, Any]) -> list[Row]:
    """The same queries at every size (``bench_growth``): p95 CPU each (≤ 50 ms), and the
    goal's growth, 100k ÷ 25k (≤ 1.3×)."""
    articles: list[int] = growth["articles"]
    sizes = [f"{n // 1000:,}k" for n in articles]
    at = articles.index(100_000) if 100_000 in articles else len(articles) - 1
    rows: list[Row] = []
    for key, label in CLASSES.items():
        d = field(growth, f"classes.{key}")
        if not d:
            continue
        cpu, wall = d["cpu_p95_ms"], d["p95_ms"]
        ratio = cpu[at] / cpu[0] if cpu[0] else None
        rows.append(
            (
                f"{label}: the same {len(d['queries'])} queries, p95 CPU (wall) at "
                f"{' → '.join(sizes)}; {sizes[at]} ÷ {sizes[0]} (CPU)",
                " → ".join(
                    f"{fmt(c)}{met(c, 50)} ({fmt(w)})" for c, w in zip(cpu, wall, strict=True)
                )
                + f" ms; {fmt(ratio, '×')}{met(ratio, 1.3)}",
                "≤ 50 ms; ≤ 1.3×",
            )
        )
    rows.append(
        ("load average while the same queries were timed", fmt(growth["load_average"]), "—")
    )
    return rows


def _class_sql_rows(label: str, d: dict[str, Any]) -> list[Row]:
    """App ÷ SQL per query class (the goal holds for each): the best and the worst."""
    by_class = d.get("app_vs_issued_sql_by_class") or {}
    if not by_class:
        return []

    def ratio(name: str, mode: str) -> float:
        return float(by_class[name][mode]["cpu_ratio_total"])

    worst = {
        mode: max(by_class, key=lambda name, m=mode: ratio(name, m)) for mode in ("cold", "warm")
    }
    best_cold = min(ratio(name, "cold") for name in by_class)
    cells = " / ".join(
        f"{fmt(ratio(worst[m], m), '×')}{met(ratio(worst[m], m), 1.2)} ({worst[m]})"
        for m in ("cold", "warm")
    )
    return [
        (
            f"{label}: app ÷ SQL per class, CPU: best cold; worst cold / warm (class)",
            f"{fmt(best_cold, '×')}{met(best_cold, 1.2)}; {cells}",
            "≤ 1.2× each",
        )
    ]


def _sql_rows(label: str, d: dict[str, Any]) -> list[Row]:
    cold = field(d, "app_vs_issued_sql_cold_snippets.ratio_total")
    warm = field(d, "app_vs_issued_sql.ratio_total")
    cli, cli_cpu = field(d, "cli_vs_bare.ratio_total"), field(d, "cli_vs_bare.cpu_ratio_total")
    size = field(d, "library_ratio")
    goal = 1.0 if d.get("articles", 0) >= 100_000 else 1.3
    cold_cpu = field(d, "app_vs_issued_sql_cold_snippets.cpu_ratio_total")
    warm_cpu = field(d, "app_vs_issued_sql.cpu_ratio_total")
    sql_load = field(d, "app_vs_issued_sql_cold_snippets.load_average")  # may be a later sitting
    rows = [
        (
            f"{label}: app search ÷ the SQL it issues, snippets cold / warm, CPU (wall)",
            f"{fmt(cold_cpu, '×')}{met(cold_cpu, 1.2)} ({fmt(cold, '×')}) / "
            f"{fmt(warm_cpu, '×')}{met(warm_cpu, 1.2)} ({fmt(warm, '×')})"
            + (f", load {fmt(sql_load)}" if sql_load is not None else ""),
            "≤ 1.2×",
        ),
    ]
    rows += _class_sql_rows(label, d)
    return [
        *rows,
        (
            f"{label}: `edicola search Q --json` ÷ bare Python, wall / CPU",
            f"{fmt(cli, '×')}{met(cli, 1.5)} / {fmt(cli_cpu, '×')}{met(cli_cpu, 1.5)}",
            "≤ 1.5×",
        ),
        (
            f"{label}: whole library on disk ÷ article text",
            f"{fmt(size, '×')}{met(size, goal)}",
            f"≤ {goal}×",
        ),
        (f"{label}: load average while measured", fmt(d.get("load_average")), "—"),
    ]


def scale_rows(results: Path) -> list[Row]:
    """Every issue-21 goal that has figures in ``results``."""
    rows: list[Row] = []
    small, big = _load(results, "search-25000.json"), _load(results, "search-100000.json")
    growth = _load(results, "growth.json")
    if growth:
        rows += _growth_rows(growth)
    elif small and big:
        rows += _class_rows(small, big)
    for name, label in (
        ("search-10000.json", "10k"),
        ("search-25000.json", "25k"),
        ("search-100000.json", "100k"),
    ):
        d = _load(results, name)
        if d:
            rows += _sql_rows(label, d)
    library = _load(results, "library.json")
    if library:
        cpu = field(library, "open_random_article_cpu.p95_ms")
        rows.append(
            (
                "open a random article, p50 / p95 CPU: the reader's and the jail's render"
                " it waits for (wall)",
                f"{fmt(field(library, 'open_random_article_cpu.p50_ms'))} / {fmt(cpu)}"
                f"{met(cpu, 16)} ({fmt(field(library, 'open_random_article.p50_ms'))} / "
                f"{fmt(field(library, 'open_random_article.p95_ms'))}) ms, "
                f"load {fmt(library.get('load_average'))}",
                "≤ 16 ms CPU p95",
            )
        )
    imported = _load(results, "import.json")
    if imported:
        cpu = field(imported, "sizes.150.empty_library.best_cpu_s")
        rows.append(
            (
                "import a 150-article edition with figures, CPU (wall)",
                f"{fmt(cpu, ' s')}{met(cpu, 0.15)} "
                f"({fmt(field(imported, 'sizes.150.empty_library.best_s'), ' s')}), "
                f"load {fmt(imported.get('load_average'))}",
                "≤ 0.15 s CPU",
            )
        )
    feeds = _load(results, "feeds_pipeline.json")
    if feeds and feeds.get("cpu_ratio") is not None:
        ratio, renders = feeds["cpu_ratio"], field(feeds, "calls.jailed render_markdown_here")
        rows.append(
            (
                "feeds, 10 × 30 items: renders per article; build ÷ plain pipeline, CPU (wall)",
                f"{fmt(renders / feeds['articles'] if renders else renders)}"
                f"{met(renders / feeds['articles'] if renders else None, 1)}; "
                f"{fmt(ratio, '×')}{met(ratio, 1.3)} ({fmt(feeds.get('wall_ratio'), '×')}), "
                f"load {fmt(feeds.get('load_average'))}",
                "1; ≤ 1.3× CPU",
            )
        )
    startup = _load(results, "startup.json")
    if startup and startup.get("cpu_to_first_paint_s") is not None:
        cpu = startup["cpu_to_first_paint_s"]
        rows.append(
            (
                "cold start to first paint, CPU (the process's and its jail workers') median,"
                " least (wall); every feature built, CPU",
                f"{fmt(cpu, ' s')}{met(cpu, 0.5)}, "
                f"{fmt(startup.get('cpu_to_first_paint_min_s'), ' s')} "
                f"({fmt(startup.get('first_paint_s'), ' s')}); "
                f"{fmt(startup.get('cpu_to_ready_s'), ' s')}"
                f", load {fmt(startup.get('load_average'))}",
                "≤ 0.5 s CPU",
            )
        )
    return rows


def scale_section(results: Path) -> list[str]:
    """The section's Markdown lines (empty when no figures exist)."""
    rows = scale_rows(results)
    if not rows:
        return []
    lines = [
        "## Issue 21: nothing grows with the library",
        "",
        "| measure | result | goal |",
        "|---|---|---|",
    ]
    lines += [f"| {m} | {r} | {g} |" for m, r, g in rows]
    return [*lines, "", *NOTES, ""]
