"""The report's sections on hostile input: the worst edition a bundle may hold,
worst-shape Markdown at the budget, the jail and the PDFs it stops.
"""

from __future__ import annotations

from typing import Any

from bench.report_cells import Row, field, fmt, met


def hostile_rows(d: dict[str, Any]) -> list[Row]:
    """Wall time against the bound, with the CPU time (this process and the jail's
    workers) beside it: the CPU figure is what a busy machine does not inflate."""
    bounds = d.get("bounds", {})
    step, growth = d.get("slowest_step_s"), d.get("growth_mib")
    rows: list[Row] = [
        (
            f"import the worst allowed edition ({fmt(d.get('bundle_mb'))} MB): wall (CPU)",
            f"{fmt(d.get('import_s'), ' s')} ({fmt(d.get('import_cpu_s'), ' s')})",
            "—",
        ),
        (
            f"slowest single step ({d.get('slowest_step', '?')}): wall (CPU)",
            f"{fmt(step, ' s')}{met(step, bounds.get('step_s', 2.0))}"
            f" ({fmt(d.get('slowest_step_cpu_s'), ' s')})",
            f"≤ {bounds.get('step_s', 2.0)} s",
        ),
    ]
    cpu = d.get("steps_cpu_s") or {}
    for name, wall in (d.get("steps_s") or {}).items():
        if name.startswith("open ") and name in cpu:
            timing = f"{fmt(wall, ' s')} ({fmt(cpu[name], ' s')})"
            rows.append((f"{name} (the first open renders it): wall (CPU)", timing, "—"))
    rows.append(
        (
            "memory growth while reading it",
            f"{fmt(growth, ' MiB')}{met(growth, bounds.get('growth_mib', 300))}",
            f"≤ {bounds.get('growth_mib', 300)} MB",
        )
    )
    return rows


def hostile_markdown_rows(d: dict[str, Any]) -> list[Row]:
    """Issue 19: the worst shape of each kind the Markdown budget accepts, CPU and memory."""
    goal = d.get("goal_cpu_s", 1.0)
    rows: list[Row] = []
    for name, shape in d.get("shapes", {}).items():
        cpu = shape.get("cpu_s")
        rows.append(
            (
                f"{name} ({shape.get('bytes', 0) / 1000:.0f} KB at the budget)",
                f"{fmt(cpu, ' s')}{met(cpu, goal)} CPU, peak +{fmt(shape.get('peak_mib'))} MiB",
                f"≤ {goal:g} s",
            )
        )
    checks = [s.get("check_1mb_ms", 0) for s in d.get("shapes", {}).values()]
    refused = "yes" if d.get("all_refused_at_1mb") else "NO"
    rows.append(
        (
            "every shape at 1 MB refused by the check (its worst CPU time)",
            f"{refused} ({fmt(max(checks, default=None), ' ms')})",
            "yes",
        )
    )
    return rows


def jail_rows(d: dict[str, Any]) -> list[Row]:
    """Issue 19: what the jail costs, and the one line each hostile PDF gets."""
    calls, article, pages = d.get("calls", {}), d.get("article", {}), d.get("pages", {})
    rows: list[Row] = [
        (
            "a worker's cold start (spawn, imports, first call)",
            fmt(calls.get("cold_start_ms"), " ms"),
            "—",
        ),
        ("a warm round trip", fmt(calls.get("round_trip_us"), " µs"), "—"),
        (
            f"open an article ({article.get('article_bytes', '?')} bytes): in this process /"
            " jailed, p50",
            f"{fmt(article.get('in_process_p50_ms'))} / {fmt(article.get('jailed_p50_ms'))} ms",
            "—",
        ),
        (
            "turn a 1440 px page: in this process / jailed, p50 (p95)",
            f"{fmt(pages.get('in_process_p50_ms'))} ({fmt(pages.get('in_process_p95_ms'))}) / "
            f"{fmt(pages.get('jailed_p50_ms'))} ({fmt(pages.get('jailed_p95_ms'))}) ms",
            "jailed not slower",
        ),
    ]
    for name, case in (field(d, "hostile_pdfs.cases") or {}).items():
        outcome = f"“{case.get('outcome')}” after {fmt(case.get('seconds'), ' s')}"
        rows.append((name, outcome, "one line"))
    growth = field(d, "hostile_pdfs.reader_peak_growth_mib")
    rows.append(("the reader's own peak memory meanwhile", f"+{fmt(growth, ' MiB')}", "—"))
    return rows
