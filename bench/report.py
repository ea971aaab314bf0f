"""Turn bench/results/*.json into docs/benchmarks.md: figures next to their goals."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

Row = tuple[str, str, str]


def _get(data: dict[str, Any], path: str) -> Any:
    value: Any = data
    for part in path.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def _fmt(value: Any, unit: str = "") -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        value = f"{value:.3g}" if value < 10 else f"{value:.1f}"
    return f"{value}{unit}"


def _search(d: dict[str, Any]) -> list[Row]:
    return [
        (
            "search p50 (app path, 20 results + snippets)",
            _fmt(_get(d, "app_ms.p50"), " ms"),
            "≤ 10 ms",
        ),
        ("search p95", _fmt(_get(d, "app_ms.p95"), " ms"), "≤ 50 ms"),
        (
            "bare bm25 FTS5 p50 / p95 (for contrast)",
            f"{_fmt(_get(d, 'bare_fts5_ms.p50'))} / {_fmt(_get(d, 'bare_fts5_ms.p95'))} ms",
            "—",
        ),
        (
            "app path ÷ the FTS5 SQL it issues (as you type: snippet cache warm)",
            _fmt(_get(d, "app_vs_issued_sql.ratio_total"), "×"),
            "≤ 1.3×",
        ),
        (
            "… every article seen for the first time (snippet cache cold)",
            _fmt(_get(d, "app_vs_issued_sql_cold_snippets.ratio_total"), "×"),
            "≤ 1.3×",
        ),
        ("index size ÷ article text", _fmt(_get(d, "index_ratio"), "×"), "≤ 1.0×"),
        (
            "import a 150-article edition",
            _fmt(_get(d, "import_150_articles_ms"), " ms"),
            "≤ 2000 ms",
        ),
    ]


def _startup(d: dict[str, Any]) -> list[Row]:
    return [
        ("cold start to an interactive window", _fmt(_get(d, "first_paint_s"), " s"), "≤ 1.5 s"),
        ("memory at that point", _fmt(_get(d, "rss_mb"), " MB RSS"), "≤ 250 MB"),
    ]


def _reader(d: dict[str, Any]) -> list[Row]:
    return [
        (
            "open a sample article, p95",
            _fmt(_get(d, "open_sample_article.p95_ms"), " ms"),
            "≤ 30 ms",
        ),
        (
            "open a 5,000-word article with 20 images, p95",
            _fmt(_get(d, "open_5000_words_20_images.p95_ms"), " ms"),
            "≤ 30 ms",
        ),
        (
            "switch theme, p95",
            _fmt(_get(d, "theme_switch_with_big_article.p95_ms"), " ms"),
            "≤ 100 ms",
        ),
    ]


def _download(d: dict[str, Any]) -> list[Row]:
    return [
        (
            "download + verify + import of a 50 MB bundle",
            _fmt(_get(d, "edicola_seconds"), " s"),
            "—",
        ),
        ("… ÷ curl copying the same bytes", _fmt(_get(d, "ratio"), "×"), "≤ 1.5×"),
        (
            "peak RSS growth from a 10 MB to a 50 MB bundle",
            _fmt(
                (_get(d, "rss_growth_kib") or 0) / 1024
                if _get(d, "rss_growth_kib") is not None
                else None,
                " MiB",
            ),
            "flat",
        ),
    ]


def _comments(d: dict[str, Any]) -> list[Row]:
    return [
        ("deliver 1,000 queued comments to Isso", _fmt(_get(d, "outbox.per_second"), " /s"), "—"),
        ("… ÷ a bare HTTP loop of the same POSTs", _fmt(_get(d, "ratio"), "×"), "≥ 0.8×"),
        ("duplicates in Isso", _fmt(_get(d, "outbox.duplicates")), "0"),
    ]


SECTIONS = [
    ("search.json", "Search (synthetic library)", _search),
    ("startup.json", "Start-up (synthetic library)", _startup),
    ("reader.json", "Reading", _reader),
    ("download.json", "Downloads", _download),
    ("comments.json", "Comment delivery", _comments),
]


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
        if name in ("search.json", "startup.json") and data.get("articles"):
            lines += [f"{data['articles']:,} articles in {data.get('editions', '?')} editions.", ""]
        lines += ["| measure | result | goal |", "|---|---|---|"]
        lines += [f"| {m} | {r} | {g} |" for m, r, g in rows(data)]
        lines.append("")
    target.write_text("\n".join(lines), "utf-8")


if __name__ == "__main__":
    root = Path(__file__).resolve().parent.parent
    write_report(root / "bench" / "results", root / "docs" / "benchmarks.md")
