"""The report's sections on what comes over the network: downloads, comment
delivery, feeds from a loopback site and from the real web.
"""

from __future__ import annotations

from typing import Any

from bench.report_cells import Row, field, fmt, met, zero


def download_rows(d: dict[str, Any]) -> list[Row]:
    throttled = field(d, "throttled_100mbit.ratio")
    growth = field(d, "rss_growth_kib")
    return [
        (
            "through a link throttled to 100 Mbit/s: download + verify + import ÷ curl",
            f"{fmt(throttled, '×')}{met(throttled, 1.1)}"
            f" ({fmt(field(d, 'throttled_100mbit.edicola_seconds'))} s against"
            f" {fmt(field(d, 'throttled_100mbit.curl_seconds'))} s)",
            "≤ 1.1×",
        ),
        (
            "loopback: from the last byte to a readable edition, per MB",
            fmt(
                (field(d, "last_byte_to_readable_s_per_mb") or 0) * 1000
                if field(d, "last_byte_to_readable_s_per_mb") is not None
                else None,
                " ms/MB",
            ),
            "—",
        ),
        (
            "loopback: download + verify + import of the bundle ÷ curl (for contrast)",
            f"{fmt(field(d, 'ratio'), '×')} ({fmt(field(d, 'edicola_seconds'), ' s')})",
            "—",
        ),
        (
            "peak RSS growth from a 10 MB to a 50 MB bundle",
            fmt(growth / 1024 if growth is not None else None, " MiB"),
            "flat",
        ),
    ]


def comments_rows(d: dict[str, Any]) -> list[Row]:
    return [
        ("deliver 1,000 queued comments to Isso", fmt(field(d, "outbox.per_second"), " /s"), "—"),
        ("… ÷ a bare HTTP loop of the same POSTs", fmt(field(d, "ratio"), "×"), "≥ 0.8×"),
        ("duplicates in Isso", fmt(field(d, "outbox.duplicates")), "0"),
    ]


def feeds_rows(d: dict[str, Any]) -> list[Row]:
    build, rerun = d.get("build_s"), d.get("rerun_s")
    return [
        (
            f"{d.get('feeds')} feeds × {d.get('items_per_feed')} items, full text on:"
            f" edition ready ({fmt(d.get('bundle_mb'))} MB, {d.get('requests')} requests)",
            f"{fmt(build, ' s')}{met(build, d.get('goal_build_s', 30.0))}"
            + (f" (CPU {fmt(d['build_cpu_s'], ' s')})" if "build_cpu_s" in d else ""),
            f"≤ {d.get('goal_build_s', 30.0):g} s",
        ),
        (
            "rerun with nothing new",
            f"{fmt(rerun, ' s')}{met(rerun, d.get('goal_rerun_s', 2.0))}"
            + (f" (CPU {fmt(d['rerun_cpu_s'], ' s')})" if "rerun_cpu_s" in d else ""),
            f"≤ {d.get('goal_rerun_s', 2.0):g} s",
        ),
    ]


def feeds_pipeline_rows(d: dict[str, Any]) -> list[Row]:
    edicola, plain = d.get("edicola", {}), d.get("plain", {})
    ratio, with_import = d.get("cpu_ratio"), d.get("cpu_ratio_with_import")
    spread = d.get("cpu_ratios") or []
    calls, at_import = d.get("calls", {}), d.get("import_calls", {})
    renders = calls.get("jailed render_markdown_here", 0)
    in_process = calls.get("Markdown.convert in the build's process", 0)
    import_renders = at_import.get("jailed render_markdown_here", 0) + at_import.get(
        "Markdown.convert in the build's process", 0
    )
    articles = d.get("articles")
    once = renders == articles and not in_process and d.get("calls_same_every_run")
    return [
        (
            f"{articles} articles: the whole build (`run_recipe`), CPU (wall)",
            f"{fmt(edicola.get('cpu_s'), ' s')} ({fmt(edicola.get('wall_s'), ' s')})",
            "—",
        ),
        (
            "the plain pipeline (feedparser, trafilatura, Pillow, text files), CPU (wall)",
            f"{fmt(plain.get('cpu_s'), ' s')} ({fmt(plain.get('wall_s'), ' s')})",
            "—",
        ),
        (
            f"build ÷ plain, CPU: median of {d.get('runs')} interleaved pairs (each pair)",
            f"{fmt(ratio, '×')}{met(ratio, d.get('goal_ratio', 1.3))}"
            f" ({', '.join(fmt(r, '×') for r in spread)})",
            f"≤ {d.get('goal_ratio', 1.3)}×",
        ),
        ("… wall", fmt(d.get("wall_ratio"), "×"), "—"),
        (
            "… with the import the reader runs after a build (CPU)",
            f"{fmt(with_import, '×')}{met(with_import, d.get('goal_ratio', 1.3))}"
            f" (import {fmt(edicola.get('import_cpu_s'), ' s')})",
            f"≤ {d.get('goal_ratio', 1.3)}×",
        ),
        (
            "whole processes (start, imports, work), CPU: build / plain",
            f"{fmt(edicola.get('process_cpu_s'), ' s')} / {fmt(plain.get('process_cpu_s'), ' s')}",
            "—",
        ),
        (
            "renders per article: in the build (jailed / in its own process); at import",
            f"{fmt(renders / articles if renders and articles else renders)} /"
            f" {in_process}; {import_renders}"
            f"{' ✓' if once else ' ✗'}",
            "1",
        ),
        (
            "load average while measured (min–max)",
            f"{fmt(d.get('load_average'))} ({'–'.join(fmt(v) for v in d.get('load_range', []))})",
            "—",
        ),
    ]


def feeds_real_web_rows(d: dict[str, Any]) -> list[Row]:
    rows: list[Row] = [
        (
            f"{d.get('feed_files')} real feed files: built / refused in one line / nothing"
            " written (said why)",
            f"{d.get('feeds_built')} / {d.get('feeds_refused')} / {d.get('feeds_nothing_written')}",
            "none crashes",
        ),
        (
            "items dropped without a line"
            f" ({d.get('items_left_out_with_a_line')} left out with one)",
            f"{d.get('items_dropped_silently')}{zero(d.get('items_dropped_silently'))}",
            "0",
        ),
    ]
    if not d.get("pages"):
        return [*rows, ("real pages", "skipped (no mirror)", "")]
    share = d.get("pages_90pct_share")
    return [
        *rows,
        (
            f"pages keeping ≥ 90 % of the article's words ({d.get('pages')} real pages)",
            f"{d.get('pages_90pct')} ({fmt(100 * share if share is not None else None, ' %')})"
            f"{'' if share is None else (' ✓' if share >= 0.95 else ' ✗')}",
            "≥ 95 %",
        ),
        (
            "pages showing raw Markdown (`![`, `](`, `[[`)",
            f"{d.get('pages_with_leaks')}{zero(d.get('pages_with_leaks'))}",
            "0",
        ),
        (
            "navigation lines shown",
            f"{d.get('navigation_lines')}{zero(d.get('navigation_lines'))}",
            "0",
        ),
        (
            "eval boilerplate snippets still shown / eval article snippets kept",
            f"{d.get('boilerplate_kept')} of {d.get('boilerplate_snippets')} /"
            f" {d.get('article_snippets_kept')} of {d.get('article_snippets')}",
            "",
        ),
        (
            "reading a real page, CPU: the build's (`page_to_markdown`) ÷ the plain pipeline's"
            " one `trafilatura.extract`; pages read twice",
            f"{fmt(d.get('reading_ratio'), '×')} ({fmt(d.get('reading_build_ms'), ' ms')} against"
            f" {fmt(d.get('reading_plain_ms'), ' ms')} a page); {d.get('pages_read_twice')}"
            f" of {d.get('pages')}",
            "—",
        ),
    ]


def _heap_row(d: dict[str, Any], growth: Any) -> Row:
    per_pass = field(d, "memory.heap_kib_per_pass")
    blocks = field(d, "memory.blocks_per_pass")
    if not isinstance(per_pass, list) or len(per_pass) < 2 or not isinstance(blocks, list):
        return (
            "Python heap over 20 passes with nothing new: first → last",
            f"{fmt(field(d, 'memory.heap_first_kib'), ' KiB')} →"
            f" {fmt(field(d, 'memory.heap_last_kib'), ' KiB')} ({fmt(growth, ' KiB')})",
            "flat",
        )
    window = max(1, len(per_pass) // 5)
    peaks = [max(per_pass[i : i + window]) for i in range(0, len(per_pass), window)]
    objects = field(d, "memory.objects_per_pass")
    if not isinstance(objects, list) or not objects:
        objects = [0]
    flat = max(objects[len(objects) // 2 :]) <= max(objects[: len(objects) // 2])
    return (
        f"{len(per_pass)} passes with nothing new: objects alive, first → last;"
        f" Python heap, highest in each {window} passes",
        f"{objects[0]:,} → {objects[-1]:,}{' ✓' if flat else ' ✗'};"
        f" {' → '.join(fmt(p) for p in peaks)} KiB",
        "flat",
    )


def _tombstone_rows(d: dict[str, Any]) -> list[Row]:
    kept = field(d, "tombstones.kept_after_each_round")
    if not isinstance(kept, list) or not kept:
        return []
    removed = field(d, "tombstones.deletions")
    before, after = field(d, "tombstones.fields_before"), field(d, "tombstones.fields_after")
    return [
        (
            f"removals kept after {removed:,} bookmarks removed on one of two devices,"
            " after each round of passes (one on each device): A / B",
            " → ".join(f"{a}/{b}" for a, b in kept) + (" ✓" if kept[-1] == [0, 0] else " ✗"),
            "none once both have seen them (were kept for ever)",
        ),
        (
            "… synced fields each device keeps, before → after",
            f"{before[0]:,} → {after[0]:,} / {before[1]:,} → {after[1]:,}"
            if isinstance(before, list) and isinstance(after, list)
            else "—",
            "—",
        ),
    ]


def sync_rows(d: dict[str, Any]) -> list[Row]:
    items = d.get("items")
    send, get = field(d, "first_sync_send.wall_s"), field(d, "first_sync_receive.wall_s")
    p50, p95 = field(d, "nothing_new.p50_ms"), field(d, "nothing_new.p95_ms")
    asked = d.get("nothing_new_asked") or []
    requests = field(d, "nothing_new.requests")
    growth = field(d, "memory.growth_kib")
    size = d.get("server_bytes")
    return [
        (
            f"first sync of {items:,} items, sending (collect, seal, one snapshot up)"
            if isinstance(items, int)
            else "first sync, sending",
            f"{fmt(send, ' s')}{met(send, 10.0)} (CPU {fmt(field(d, 'first_sync_send.cpu_s'))} s)",
            "≤ 10 s",
        ),
        (
            "first sync on a second, empty device, receiving (download, open, merge, write)",
            f"{fmt(get, ' s')}{met(get, 10.0)} (CPU {fmt(field(d, 'first_sync_receive.cpu_s'))} s)",
            "≤ 10 s",
        ),
        (
            "a sync with nothing new: p50 / p95",
            f"{fmt(p50, ' ms')} / {fmt(p95, ' ms')}{met(p95, 200.0)}"
            f" (CPU p50 {fmt(field(d, 'nothing_new.cpu_p50_ms'), ' ms')})",
            "≤ 200 ms",
        ),
        (
            "… requests it sends",
            f"{fmt(requests)} ({', '.join(f'`{a}`' for a in asked) or '—'})"
            f"{'' if requests is None else (' ✓' if requests == 1 else ' ✗')}",
            "one listing",
        ),
        _heap_row(d, growth),
        *_tombstone_rows(d),
        (
            "the server's folder after the first sync",
            fmt(size / 1e6 if isinstance(size, int) else None, " MB"),
            "—",
        ),
    ]
