"""The report's sections on print: the replica's pages, and reading the print PDF
(regions from the text, `from-pdf`).
"""

from __future__ import annotations

from typing import Any

from bench.report_cells import Row, fmt, met, zero


def pages_rows(d: dict[str, Any]) -> list[Row]:
    goals = d.get("goals", {})
    rows: list[Row] = []
    for key, label in (
        ("uncached_p95_ms", "turn to an uncached page, p95"),
        ("cached_p95_ms", "turn to a cached page, p95"),
        ("ui_block_ms", "longest UI stall while thumbnails render"),
    ):
        value, goal = d.get(key), goals.get(key)
        rows.append((label, f"{fmt(value, ' ms')}{met(value, goal)}", f"≤ {goal} ms"))
    thumbs = d.get("thumbnails_s")
    rows += [
        (
            "… the same loop with nothing rendering (what this machine shows anyway)",
            fmt(d.get("ui_block_idle_ms"), " ms"),
            "—",
        ),
        (
            f"thumbnails of a {d.get('pages')}-page edition, in the background",
            f"{fmt(thumbs, ' s')}{met(thumbs, goals.get('thumbnails_s', 2.0))}",
            "≤ 2 s",
        ),
        (
            "memory growth paging through every page twice (first / second pass)",
            f"{fmt(d.get('memory_growth_first_pass_mb'))} /"
            f" {fmt(d.get('memory_growth_second_pass_mb'))} MB",
            "≤ 150 MB, then flat",
        ),
    ]
    with_pages, budget = d.get("import_with_pages_s"), d.get("import_budget_s")
    rows.append(
        (
            f"import with the {fmt(d.get('replica_mb'))} MB replica"
            " ÷ budget (1.5 × without pages + copying the bytes)",
            f"{fmt(with_pages, ' s')} / {fmt(budget, ' s')}{met(with_pages, budget or 0)}",
            "within the budget",
        )
    )
    return rows


def print_rows(d: dict[str, Any]) -> list[Row]:
    goals, regions, made = d.get("goals", {}), d.get("regions", {}), d.get("from_pdf", {})
    per_page = goals.get("seconds_per_page", 1.0)
    stray = len(regions.get("stray_regions", []))

    def share(value: Any, goal_key: str) -> str:
        if not isinstance(value, int | float):
            return "—"
        return f"{value * 100:.2f} %{met(value, goals.get(goal_key, 0.95), at_least=True)}"

    rows: list[Row] = [
        (
            f"regions: printed article blocks found with IoU ≥ 0.8 ({d.get('papers')} papers,"
            f" {d.get('pages')} pages)",
            f"{regions.get('found')} of {regions.get('blocks')}:"
            f" {share(regions.get('placed_share'), 'placed_share')}",
            "≥ 95 %",
        ),
        (
            "regions for what is not an article (or where the article is not)",
            f"{stray}{zero(stray)}",
            "0",
        ),
        (
            f"`from-pdf` headlines read exactly ({made.get('articles')} articles)",
            share(made.get("headlines_exact_share"), "headlines_exact_share"),
            "≥ 95 %",
        ),
        (
            "`from-pdf` body words: precision / recall",
            f"{share(made.get('precision'), 'precision')} / {share(made.get('recall'), 'recall')}",
            "≥ 98 % / ≥ 95 %",
        ),
        ("… printed word pairs that come out in order", share(made.get("order"), "order"), "—"),
    ]
    for key, label in (("regions", "regions found at build"), ("from_pdf", "`from-pdf`")):
        part = d.get(key, {})
        wall, cpu = part.get("wall_s_per_page"), part.get("cpu_s_per_page")
        rows.append(
            (
                f"{label}, seconds a page: wall (CPU, jail workers included)",
                f"{fmt(wall, ' s')}{met(wall, per_page)} ({fmt(cpu, ' s')})",
                f"< {per_page:g} s",
            )
        )
    for entry in d.get("real_world", []):
        took = f", {fmt(entry.get('wall_s'), ' s')}" if "wall_s" in entry else ""
        rows.append(
            (
                f"real-world: {entry.get('file')} ({entry.get('kind')})",
                f"{entry.get('result')}{took}",
                "no crash, no hang",
            )
        )
    return rows
