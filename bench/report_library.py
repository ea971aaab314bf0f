"""The report's sections on the big synthetic library: search, imports, opening
articles at random, start-up.
"""

from __future__ import annotations

from typing import Any

from bench.report_cells import Row, field, fmt, met

CLASS_NAMES = {
    "rare": "rare word",
    "common": "common word",
    "phrase_of_two_common_words": "two common words as a phrase",
    "prefix_3_letters_as_typed": "3-letter prefix, as typed",
    "filters": "filters (section, publication, author, dates)",
    "accent_free": "accented word typed without accents",
    "inflected": "inflected form",
}


def search_rows(d: dict[str, Any]) -> list[Row]:
    rows: list[Row] = []
    for key, label in CLASS_NAMES.items():
        p50, p95 = field(d, f"classes.{key}.p50_ms"), field(d, f"classes.{key}.p95_ms")
        if p50 is None:
            continue
        rows.append(
            (
                f"search p50 / p95: {label}",
                f"{fmt(p50)}{met(p50, 10)} / {fmt(p95)}{met(p95, 50)} ms",
                "≤ 10 / ≤ 50 ms",
            )
        )
    rerun = field(d, "filters_load_average")
    if rerun is not None:  # the rows migration 0010 (the authors' index) changed
        rows.append(
            (
                "load average when the filters and size rows were re-measured (after 0010)",
                f"{rerun:.1f}",
                "—",
            )
        )
    cold = field(d, "app_vs_issued_sql_cold_snippets.ratio_total")
    library = field(d, "library_ratio")
    cli = field(d, "cli_vs_bare.ratio_total")
    rows += [
        (
            "all 200 mixed queries p50 / p95 (snippets warm, as typed)",
            f"{fmt(field(d, 'app_ms.p50'))} / {fmt(field(d, 'app_ms.p95'))} ms",
            "—",
        ),
        (
            "app search path ÷ the FTS5 SQL it issues, snippet cache cold",
            f"{fmt(cold, '×')}{met(cold, 1.3)}",
            "≤ 1.3×",
        ),
        (
            "… the same, snippet cache warm (as you type)",
            fmt(field(d, "app_vs_issued_sql.ratio_total"), "×"),
            "—",
        ),
        (
            "`edicola search Q --json`, whole process ÷ bare Python running its SQL",
            f"{fmt(cli, '×')}{met(cli, 1.5)}",
            "≤ 1.5×",
        ),
        ("search index ÷ article text", fmt(field(d, "index_ratio"), "×"), "—"),
        (
            "FTS5 segments, all eras together (automerge 2, then upkeep)",
            fmt(field(d, "fts_segments")),
            "—",
        ),
        (
            "whole library on disk ÷ article text",
            f"{fmt(library, '×')}{met(library, 1.3)}",
            "≤ 1.3×",
        ),
    ]
    return rows


def search_small_rows(d: dict[str, Any]) -> list[Row]:
    library = field(d, "library_ratio")
    slowest = max((v.get("p95_ms", 0) for v in (d.get("classes") or {}).values()), default=None)
    return [
        (
            "whole library on disk ÷ article text",
            f"{fmt(library, '×')}{met(library, 1.3)}",
            "≤ 1.3×",
        ),
        ("search index ÷ article text", fmt(field(d, "index_ratio"), "×"), "—"),
        (
            "search p95, slowest query class",
            f"{fmt(slowest, ' ms')}{met(slowest, 50)}",
            "≤ 50 ms",
        ),
    ]


def _phases(d: dict[str, Any]) -> str:
    """The 150-article import's CPU by phase (``bench_import.phase_split``), in ms."""
    phases = d.get("phases_150_cpu_ms") or {}
    if not phases or "error" in phases:
        return str(phases.get("error", "—"))
    parts = {label: ms for label, ms in phases.items() if label != "total"}
    inner = "; ".join(f"{k.lstrip('… ')} {fmt(v)}" for k, v in parts.items() if k[0] == "…")
    return "; ".join(
        f"{label} {fmt(ms)}" + (f" ({inner})" if label.startswith("indexing") else "")
        for label, ms in parts.items()
        if label[0] != "…"
    )


def _count(value: Any) -> str:
    return f"{value:,}" if isinstance(value, int) else "—"


def import_rows(d: dict[str, Any]) -> list[Row]:
    small = field(d, "sizes.150.empty_library.best_s")
    big = field(d, "sizes.150.big_library.best_s")
    small_cpu = field(d, "sizes.150.empty_library.best_cpu_s")
    big_cpu = field(d, "sizes.150.big_library.best_cpu_s")
    ratio = field(d, "per_article_ratio_1000_vs_150")
    growth = field(d, "memory_2000.growth_mb")
    largest = field(d, "sizes.2000.empty_library.best_s")
    return [
        (
            "import a 150-article edition (real bundle, `import_bundle`), empty library:"
            " wall (CPU)",
            f"{fmt(small, ' s')}{met(small, 0.35)} ({fmt(small_cpu, ' s')})",
            "≤ 0.35 s",
        ),
        (
            f"… into a synthetic library of {_count(field(d, 'library_articles'))} articles:"
            " wall (CPU)",
            f"{fmt(big, ' s')}{met(big, 0.35)} ({fmt(big_cpu, ' s')})",
            "≤ 0.35 s",
        ),
        ("… its CPU by phase, ms (least of five)", _phases(d), "—"),
        (
            "… the whole `edicola import` process (interpreter start included)",
            fmt(field(d, "cli_import_150_s"), " s"),
            "—",
        ),
        (
            "per-article import cost, 1,000-article ÷ 150-article edition",
            f"{fmt(ratio, '×')}{met(ratio, 1.1)}",
            "≤ 1.1×",
        ),
        (
            "an edition at the schema's maximum (2,000 articles)",
            fmt(largest, " s") if largest is not None else str(field(d, "sizes.2000.error")),
            "imports",
        ),
        (
            "memory growth while importing it (peak RSS − RSS before)",
            f"{fmt(growth, ' MB')}{met(growth, 150)}",
            "≤ 150 MB",
        ),
    ]


def library_rows(d: dict[str, Any]) -> list[Row]:
    p95 = field(d, "open_random_article.p95_ms")
    growth = field(d, "growth_p50_last_vs_first")
    growth95 = field(d, "growth_p95_last_vs_first")
    rss, early = field(d, "memory_after_all.rss_mb"), field(d, "memory_after_100.rss_mb")
    rss_growth = rss / early if isinstance(rss, float) and isinstance(early, float) else None
    return [
        (
            f"open a random article of any edition, p50 / p95 wall "
            f"({fmt(field(d, 'open_random_article.count'))} opens)",
            f"{fmt(field(d, 'open_random_article.p50_ms'))} / {fmt(p95)}{met(p95, 25)} ms",
            "≤ 25 ms p95",
        ),
        (
            "last 100 opens ÷ first 100: p50 / p95 (5 slowest of 100: noisy)",
            f"{fmt(growth, '×')}{met(growth, 1.1)} / {fmt(growth95, '×')}",
            "not growing (p50 ≤ 1.1×)",
        ),
        (
            "library panel after the opens: section and article items / editions listed",
            f"{fmt(field(d, 'tree_items_after'))} / {fmt(field(d, 'tree_editions_shown_after'))}",
            "—",
        ),
        (
            "memory the session holds after 100 opens → after all: resident / Python objects",
            f"{fmt(field(d, 'memory_after_100.rss_mb'))} → {fmt(rss)}{met(rss_growth, 1.1)} MB"
            f" / {fmt(field(d, 'memory_after_100.python_objects'))}"
            f" → {fmt(field(d, 'memory_after_all.python_objects'))}",
            "not growing (≤ 1.1×)",
        ),
    ]


def startup_rows(d: dict[str, Any]) -> list[Row]:
    paint, rss = field(d, "first_paint_s"), field(d, "rss_mb")
    cpu, ready = field(d, "cpu_to_first_paint_s"), field(d, "cpu_to_ready_s")
    return [
        (
            "cold start to an interactive window",
            f"{fmt(paint, ' s')}{met(paint, 1.0)}",
            "≤ 1.0 s",
        ),
        ("memory at that point", f"{fmt(rss, ' MB RSS')}{met(rss, 200)}", "≤ 200 MB"),
        (
            "CPU to first paint (least of the runs) / until every feature is built",
            f"{fmt(cpu, ' s')} ({fmt(field(d, 'cpu_to_first_paint_min_s'), ' s')})"
            f" / {fmt(ready, ' s')}",
            "—",
        ),
    ]
