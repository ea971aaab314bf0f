"""The report's sections on reading and what a reader does with an edition: the
sample articles, EPUB export, highlights and notes, read aloud.
"""

from __future__ import annotations

from typing import Any

from bench.report_cells import Row, field, fmt, met


def reader_rows(d: dict[str, Any]) -> list[Row]:
    sample = field(d, "open_sample_article.p95_ms")
    big = field(d, "open_5000_words_20_images.p95_ms")
    theme = field(d, "theme_switch_with_big_article.p95_ms")
    cpu = field(d, "open_sample_article_cpu.p95_ms")
    cpu_big = field(d, "open_5000_words_20_images_cpu.p95_ms")
    return [
        (
            "open an article, p95 CPU: sample / 5,000 words and 20 images (issue 21)",
            f"{fmt(cpu, ' ms')}{met(cpu, 16)} / {fmt(cpu_big, ' ms')}{met(cpu_big, 16)}",
            "≤ 16 ms CPU",
        ),
        ("open a sample article, p95", f"{fmt(sample, ' ms')}{met(sample, 30)}", "≤ 30 ms"),
        (
            "open a 5,000-word article with 20 images, p95",
            f"{fmt(big, ' ms')}{met(big, 30)}",
            "≤ 30 ms",
        ),
        ("switch theme, p95", f"{fmt(theme, ' ms')}{met(theme, 100)}", "≤ 100 ms"),
    ]


def epub_rows(d: dict[str, Any]) -> list[Row]:
    goal = d.get("goal_cpu_s", 1.0)
    rows: list[Row] = []
    for key, label in (("library", "`edicola export ID --epub`"), ("bundle", "`publish --epub`")):
        cpu, wall = d.get(f"{key}_cpu_s"), d.get(f"{key}_wall_s")
        rows.append(
            (
                f"{d.get('articles')} articles with figures to EPUB, {label}: CPU (wall)",
                f"{fmt(cpu, ' s')}{met(cpu, goal)} ({fmt(wall, ' s')})",
                f"≤ {goal:g} s CPU",
            )
        )
    rows.append(
        ("bundle / EPUB size", f"{fmt(d.get('bundle_mb'))} / {fmt(d.get('epub_mb'))} MB", "—")
    )
    return rows


def highlights_rows(d: dict[str, Any]) -> list[Row]:
    view, article, again = d.get("view", {}), d.get("article", {}), d.get("reanchor", {})
    opened = field(view, "open_newest_first.p50_ms")
    visible = article.get("ratio_visible_p50")
    per = again.get("per_highlight_ms")
    return [
        (
            f"the view opens on {view.get('marks', '?'):,} marks (count, first 200 rows),"
            " p50 / p95 (CPU p50)",
            f"{fmt(opened)}{met(opened, 100)} / {fmt(field(view, 'open_newest_first.p95_ms'))}"
            f" ms ({fmt(field(view, 'open_newest_first.cpu_p50_ms'))} ms)",
            "≤ 100 ms",
        ),
        (
            "… by edition / filtered by a word, p50",
            f"{fmt(field(view, 'open_by_edition.p50_ms'))} / "
            f"{fmt(field(view, 'open_filtered_by_word.p50_ms'))} ms",
            "—",
        ),
        (
            "all rows at once / whole records for an export, p50",
            f"{fmt(field(view, 'whole_list.p50_ms'))} / "
            f"{fmt(field(view, 'whole_records_for_export.p50_ms'))} ms",
            "—",
        ),
        (
            f"{article.get('words', '?')}-word article with 200 highlights ÷ without, p50 (CPU)",
            f"{fmt(visible, '×')}{met(visible, 1.2)} "
            f"({fmt(article.get('cpu_ratio_visible_p50'), '×')})",
            "≤ 1.2×",
        ),
        (
            "… all 200 drawn at once ÷ without, p50 (CPU)",
            f"{fmt(article.get('ratio_all_p50'), '×')} "
            f"({fmt(article.get('cpu_ratio_all_p50'), '×')})",
            "—",
        ),
        (
            f"re-anchoring {again.get('highlights', '?')} highlights on a new revision, per"
            " highlight (CPU)",
            f"{fmt(per, ' ms')}{met(per, 5)} ({fmt(again.get('per_highlight_cpu_ms'), ' ms')})",
            "≤ 5 ms",
        ),
        (
            "… kept / orphaned (the sentences removed)",
            f"{again.get('anchored', '—')} / {again.get('orphaned', '—')} "
            f"({field(again, 'changes.removed') or '—'})",
            "—",
        ),
    ]


def speech_rows(d: dict[str, Any]) -> list[Row]:
    x = field(d, "files.times_real_time")
    wall, cpu = field(d, "files.wall_s"), field(d, "files.cpu_s")
    audio = field(d, "files.audio_s")
    files: Row = (
        f"speak an edition to WAV files ({field(d, 'files.articles')} articles, "
        f"{fmt(audio)} s of speech): wall / CPU",
        f"{fmt(wall, ' s')} / {fmt(cpu, ' s')}, {fmt(x)}× real time{met(x, 5, at_least=True)}",
        "≥ 5× real time",
    )
    return [files, *_in_reader_rows(d.get("in_reader") or {})]


def _in_reader_rows(r: dict[str, Any]) -> list[Row]:
    """Key to first sound and the highlight's delay, on the real engine in the reader."""
    if not r or "skipped" in r:
        why = r.get("skipped", "not measured")
        return [("read aloud in the reader (real engine)", f"skipped: {why}", "—")]
    warm = field(r, "key_to_sound_ms.median")
    p95 = field(r, "key_to_sound_ms.p95")
    delay = field(r, "highlight_delay_ms.p95")
    lead = field(r, "highlight_lead_ms.median")
    return [
        (
            f"Ctrl+Shift+R to first sound, engine ready ({r.get('presses')} presses, "
            f"{r.get('engine')}): median / p95",
            f"{fmt(warm, ' ms')} / {fmt(p95, ' ms')}{met(p95, 300)}",
            "≤ 300 ms",
        ),
        (
            "Ctrl+Shift+R to first sound, first press of a session (the engine starts "
            "and lists its voices)",
            f"{fmt(r.get('key_to_sound_cold_ms'), ' ms')}{met(r.get('key_to_sound_cold_ms'), 300)}",
            "≤ 300 ms",
        ),
        (
            f"sentence's first sound to its highlight ({r.get('sentences')} sentences, "
            f"CPU {fmt(r.get('cpu_s'), ' s')}): p95 delay (highlight drawn first, by "
            f"a median {fmt(lead, ' ms')})",
            f"{fmt(delay, ' ms')}{met(delay, 100)}",
            "≤ 100 ms",
        ),
    ]
