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
    theme_cpu = field(d, "theme_switch_with_big_article_cpu.p95_ms")
    theme_load = d.get("theme_switch_load_average")
    cpu = field(d, "open_sample_article_cpu.p95_ms")
    cpu_big = field(d, "open_5000_words_20_images_cpu.p95_ms")
    return [
        *_open_rows(d),
        (
            "open an article, p95 CPU of the process: sample / 5,000 words and 20 images",
            f"{fmt(cpu, ' ms')} / {fmt(cpu_big, ' ms')}",
            "—",
        ),
        ("open a sample article, p95", f"{fmt(sample, ' ms')}{met(sample, 30)}", "≤ 30 ms"),
        (
            "open a 5,000-word article with 20 images, p95",
            f"{fmt(big, ' ms')}{met(big, 30)}",
            "≤ 30 ms",
        ),
        (
            "switch theme with the big article open, p95: wall (CPU"
            + (f"; load {theme_load:.1f} during the switches)" if theme_load else ")"),
            f"{fmt(theme, ' ms')}{met(theme, 100)} ({fmt(theme_cpu, ' ms')})",
            "≤ 100 ms",
        ),
    ]


def _open_rows(d: dict[str, Any]) -> list[Row]:
    """Issue 21's frame: the GUI thread's CPU and the jail's render it waits for
    (pictures decode on worker threads, after the frame)."""
    if "open_sample_article_first_gui_cpu" not in d:  # results from before issue 21's split
        return []

    def cell(key: str, goal: float | None = 16) -> str:
        p95 = field(d, f"{key}_gui_cpu.p95_ms")
        mark = met(p95, goal) if goal else ""
        return f"{fmt(field(d, key + '_gui_cpu.p50_ms'))} / {fmt(p95, ' ms')}{mark}"

    return [
        (
            "open a sample article, p50 / p95 CPU of the GUI thread and of the jail's render"
            " it waits for (the frame; issue 21): first open (rendered, pictures decoded on"
            " workers)",
            cell("open_sample_article_first"),
            "≤ 16 ms CPU p95",
        ),
        (
            "… the next article after reading one (its neighbours prepared ahead)",
            cell("open_next_article_prepared"),
            "≤ 16 ms CPU p95",
        ),
        ("… the same article again", cell("open_sample_article_again"), "—"),
        (
            "open the 5,000-word article with 20 images, p50 / p95 CPU of the GUI thread and"
            " the jail's render: "
            "whole page laid out / first screen only (Qt lays out the rest in idle turns)",
            f"{cell('open_5000_words_20_images')} / "
            f"{cell('open_5000_words_20_images_first_screen')}",
            "≤ 16 ms CPU p95",
        ),
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
    return [files, *_in_reader_rows(d.get("in_reader") or {}), *_no_daemon_rows(d)]


def _no_daemon_rows(d: dict[str, Any]) -> list[Row]:
    """A new reader's first press with no speech-dispatcher running: read aloud starts
    it (then the quick voice), against Qt's engine doing so (as before)."""
    r = d.get("no_daemon")
    if not r:
        return []
    p95, before = field(r, "first_press_ms.p95"), field(r, "first_press_before_ms.median")
    return [
        (
            f"Ctrl+Shift+R to first sound, a new reader's first press, no daemon running "
            f"({r.get('runs')} fresh sessions, load {fmt(r.get('load_average'))}; read aloud "
            "starts speech-dispatcher, then the quick voice): median / p95; "
            "CPU median: this process / speech-dispatcher",
            f"{fmt(field(r, 'first_press_ms.median'), ' ms')} / {fmt(p95, ' ms')}{met(p95, 300)}; "
            f"CPU {fmt(field(r, 'first_press_cpu_ms.median'), ' ms')} / "
            f"{fmt(field(r, 'first_press_daemon_cpu_ms.median'), ' ms')}",
            "≤ 300 ms",
        ),
        (
            "… the same press as before (Qt's engine starts the daemon and lists every "
            "voice; interleaved): median; CPU median: this process / speech-dispatcher",
            f"{fmt(before, ' ms')}{met(before, 300)}; "
            f"CPU {fmt(field(r, 'first_press_before_cpu_ms.median'), ' ms')} / "
            f"{fmt(field(r, 'first_press_before_daemon_cpu_ms.median'), ' ms')}",
            "—",
        ),
    ]


def _first_press_rows(r: dict[str, Any]) -> list[Row]:
    """A new reader's first press (the quick voice) against how it was, and what
    starting Qt's engine costs (for a reader who listened: at start-up, in its thread)."""
    if "first_press_ms" not in r:  # results written before the quick voice
        cold = r.get("key_to_sound_cold_ms")
        return [("Ctrl+Shift+R to first sound, first press of a session", fmt(cold, " ms"), "—")]
    p95, before = field(r, "first_press_ms.p95"), field(r, "first_press_before_ms.median")
    start = r.get("engine_start") or {}
    return [
        (
            f"Ctrl+Shift+R to first sound, a new reader's first press ({r.get('first_press_runs')} "
            f"fresh readers, said by {', '.join(r.get('first_press_by') or [])}): median / p95; "
            "CPU median: this process / speech-dispatcher",
            f"{fmt(field(r, 'first_press_ms.median'), ' ms')} / {fmt(p95, ' ms')}{met(p95, 300)}; "
            f"CPU {fmt(field(r, 'first_press_cpu_ms.median'), ' ms')} / "
            f"{fmt(field(r, 'first_press_daemon_cpu_ms.median'), ' ms')}",
            "≤ 300 ms",
        ),
        (
            "… the same press as before the quick voice (Qt's engine starts and lists every "
            "voice; interleaved): median; CPU median: this process / speech-dispatcher",
            f"{fmt(before, ' ms')}{met(before, 300)}; "
            f"CPU {fmt(field(r, 'first_press_before_cpu_ms.median'), ' ms')} / "
            f"{fmt(field(r, 'first_press_before_daemon_cpu_ms.median'), ' ms')}",
            "—",
        ),
        (
            "starting Qt's engine (a reader who listened: at start-up, in its thread): "
            "wall / CPU / speech-dispatcher CPU / memory added",
            f"{fmt(start.get('wall_s'), ' s')} / {fmt(start.get('cpu_s'), ' s')} / "
            f"{fmt(start.get('daemon_cpu_s'), ' s')} / {fmt(start.get('rss_mb'), ' MB')}",
            "—",
        ),
    ]


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
            f"Ctrl+Shift+R to first sound, a reader who listened before, engine ready "
            f"({r.get('presses')} presses, {r.get('engine')}): median / p95",
            f"{fmt(warm, ' ms')} / {fmt(p95, ' ms')}{met(p95, 300)}",
            "≤ 300 ms",
        ),
        *_first_press_rows(r),
        (
            f"sentence's first sound to its highlight ({r.get('sentences')} sentences, "
            f"CPU {fmt(r.get('cpu_s'), ' s')}): p95 delay (highlight drawn first, by "
            f"a median {fmt(lead, ' ms')})",
            f"{fmt(delay, ' ms')}{met(delay, 100)}",
            "≤ 100 ms",
        ),
    ]
