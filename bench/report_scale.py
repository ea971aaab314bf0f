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


def _sql_rows(label: str, d: dict[str, Any]) -> list[Row]:
    cold = field(d, "app_vs_issued_sql_cold_snippets.ratio_total")
    warm = field(d, "app_vs_issued_sql.ratio_total")
    cli, cli_cpu = field(d, "cli_vs_bare.ratio_total"), field(d, "cli_vs_bare.cpu_ratio_total")
    size = field(d, "library_ratio")
    goal = 1.0 if d.get("articles", 0) >= 100_000 else 1.3
    return [
        (
            f"{label}: app search ÷ the SQL it issues, snippets cold / warm",
            f"{fmt(cold, '×')}{met(cold, 1.2)} / {fmt(warm, '×')}{met(warm, 1.2)}",
            "≤ 1.2×",
        ),
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
    if small and big:
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
                "open a random article, p50 / p95 CPU (wall)",
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
    startup = _load(results, "startup.json")
    if startup and startup.get("cpu_to_first_paint_s") is not None:
        cpu = startup["cpu_to_first_paint_s"]
        rows.append(
            (
                "cold start to first paint, CPU (wall)",
                f"{fmt(cpu, ' s')}{met(cpu, 0.5)} ({fmt(startup.get('first_paint_s'), ' s')})"
                f", load {fmt(startup.get('load_average'))}",
                "≤ 0.5 s CPU",
            )
        )
    return rows


NOTES: list[str] = [
    "What changed (issue 21) and what the figures include:",
    "",
    "- **Filters inside the index** (migration 0012). `search_fts` and `search_titles` hold"
    " two more columns that only filters read (bm25 weight 0): the folded author words"
    " (each marked `¦`, so `author:ross` expands over names only) and one token per"
    " section and publication value (`§s12`; `search_facets` lists the few hundred"
    " distinct values, so `section:` still means *contains*). FTS5 intersects them with"
    " the words itself, skipping through both doclists: no filter reads every match, and"
    " searched words need no column filter (no folded word is ever a marked token), and"
    " there is no author threshold any more (`search_authors` and the rowid probes are"
    " gone). `search_docs` keeps only what maps a number to an article, packed by the"
    " rebuild. The migration re-indexes every edition: 12 s CPU (55 s wall at load 6)"
    " for 10,000 articles, so about 20 minutes of CPU at 1,000,000.",
    "- **Reading state without a flush.** Opening an article and scrolling commit with"
    " WAL's `synchronous=NORMAL` (`store/reading_state.py: unsynced`): atomic, no fsync."
    " A power cut can lose the positions and opened-times written since the last synced"
    " commit or checkpoint (the last seconds of reading); never a bookmark, highlight or"
    " comment, which commit with `FULL` and so sync every earlier write too.",
    "- **Import without a render.** Image references are read from the inline Markdown"
    " syntax (`core/bundle/image_refs.py`); only a body that read cannot vouch for"
    " (reference-style images, raw `<img>`, escapes, a missing path) is rendered. The"
    " benchmark editions now carry figures (the sample papers' pictures), tables and"
    " footnotes in the sample papers' shares (31, 10 and 6 of 42 articles).",
    "- **`edicola search Q --json` without click** (`edicola/quick_search.py`): the"
    " entry point answers the plain form `[--library DIR] search Q --json [--limit N]` on"
    " a library whose schema is current with a few lines of argument reading, printing"
    " exactly what the click command prints (a test compares them); anything else goes"
    " through click as before. The search path's value classes are `__slots__` classes"
    " (`core/search/value.py`) instead of dataclasses, and it imports neither `typing`"
    " nor `dataclasses` (with `inspect`, about 15 ms of a 40 ms process). At 10k, in"
    " the same sitting: 56 → 37–43 ms CPU for the command against 28–31 ms bare; the"
    " click path, compiled, 66 ms. The benchmark now byte-compiles the package first:"
    " a checkout run with `PYTHONDONTWRITEBYTECODE` recompiled every changed module in"
    " every process, which an installed wheel never does (part of the earlier 2.7×).",
    "- **Start-up.** The feeds build (trafilatura, courlan, htmldate, feedparser) and"
    " jsonschema are imported when first used, not at start-up (about 0.3 s CPU, 25 MB).",
    "- **Measured** on a 2-core machine shared with seven other sessions (load 5–8):"
    " wall times there are mostly waiting, so each figure has its CPU time"
    " (`process_time`, or the child's `getrusage` for processes) beside it. The search"
    " figures at 10k, 25k and 100k and the start-up are from a later sitting (load 2–4),"
    " after the click-free search; the start-up and the `edicola search` benchmarks now"
    " byte-compile the package first, as an installed wheel is.",
    "- **Libraries**: `python -m bench.synth --articles N --to /work/bench-cache/lib-N`"
    " (25,000 in 2 min, 100,000 in about 10 min of wall at this load); the same seed"
    " gives the same library. The 1,000,000-article library takes about 2 hours to build"
    " at this load and was not rebuilt for this change: the 1M figures above predate it."
    " These libraries were built just before `search_docs` gained its `facets` column"
    " (about 10 bytes an article, +0.003× of the text).",
    "",
    "Misses, as measured:",
    "",
    "- **Growth 25k → 100k above 1.3×**: p95 of 30 queries a class, CPU. In the first"
    " sitting (p95 of 60, load 5–6) four classes missed, none by more than 1.65×, every"
    " class under 7 ms CPU at 100k. The later sitting (`bench.bench_search` as it"
    " stands, 30 queries, load 2–4, two runs) misses most classes: the filters at 100k"
    " reach 7–21 ms CPU p95 (`section:` without the word 11.6–15.8, an author with over"
    " 1,000 articles 18.1–20.7), medians 3–5 ms. The search code of the first sitting,"
    " run side by side with today's on the same library, issues the very same SQL and"
    " times the same (author class p95 17–19 ms CPU both), so the change is in the"
    " queries drawn or the machine, not in the code: the author classes now draw"
    " different words from the committed run (`author:the questo` against"
    " `author:non solaro`). Not investigated further; every class stays under the 50 ms"
    " goal. The 1M goal is unmeasured: the library was not rebuilt.",
    "- **App ÷ SQL** (1.5–2.0× cold, 1.4–1.6× warm): the SQL got cheaper (filters inside"
    " FTS5, no column filter), the Python around it did not: snippets (decompressing,"
    " plain text, folding, the highlight regex) are about a third of a cold search."
    " Meeting 1.2× needs snippet text kept ready to match (a stored, folded lead),"
    " which costs the size goal."
    " Profiled at 10k (600 cold searches, load 3): 2.2 s in all, 1.0 s of it SQLite"
    " (the FTS5 tiers and the results' rows), 0.94 s building about 8,000 snippets"
    " (117 µs each: 15 decompressing, the rest plain text, folding, matching, cutting)."
    " 1.2× leaves about 16 µs a snippet: no rewrite of the Python reaches it while"
    " snippets are cut from compressed Markdown at query time.",
    "- **Library ÷ text** (1.29× at 100k, 1.57× at 10k): zlib bodies are 0.59× of the"
    " text, the index 0.66×. zstd with a dictionary trained on 1,000 bodies gives 0.44× at"
    " level 3 (0.38× at 19) against zlib's 0.51× on these synthetic bodies (random word"
    " sequences: little for a dictionary to learn), about 1.2× in all: not 1.0×, and not"
    " done (every reader of a body, snippets, index, reader, EPUB, would need the"
    " dictionaries passed in). At 10k (`dbstat`, 56.5 MB for 36.1 MB of text): FTS5"
    " 21.5 MB, bodies 21.4 MB, the vocabulary and its stem index 2.9 MB, `search_docs`"
    " 1.25 MB (0.59 MB of it unused); 66 small tables and indexes take 4.6 MB (0.13× of"
    " the text) because every one holds at least one 64 KiB page, and 2 MB are free"
    " pages. A copy vacuumed with 64 KiB pages is 1.46×, with 16 KiB 1.39×, with 4 KiB"
    " 1.59× (FTS5 segments spill into overflow pages). So 1.3× at 10k needs 16 KiB pages"
    " (a `VACUUM`, outside any transaction, so not in a migration as they run now) and"
    " dictionary-compressed bodies together; 1.0× at 100k is out of reach while the"
    " index alone is 0.66× of the text and phrases need its positions (`detail=full`).",
    "- **Opening an article** (18 / 26 ms CPU p50 / p95 at load 5.7): the store's part is"
    " about 1 ms (the render runs in the jail process, 1–2 ms not counted here), the"
    " reading state's commit 0.4 ms now that it does not flush. The rest is Qt and the"
    " window: `setHtml` and layout about 5 ms (the font and style sheet are no longer set"
    " again when unchanged, which laid out the previous article once more), the first"
    " paint 4.5 ms, the library panel's reveal 2 ms, loading the edition's order 1.3 ms,"
    " other features' `articleOpened` slots 1.4 ms.",
    "- **Import** (0.26–0.30 s CPU): the render check was half of it (0.58 s in the same"
    " sitting with it). What remains: indexing (folding, counting and stemming the"
    " vocabulary, the FTS5 inserts) about 45 %, the manifest's JSON Schema 35 ms, reading"
    " and checking the members, compressing.",
    "- **Cold start**: missed by about 0.15–0.25 s (30–50 %). Every feature is still"
    " built by `ui/app.py`; what they import only to be used later is now imported"
    " where first used: `ssl`/`http.client` (the comments client, WebDAV sync, and"
    " `xml.sax.saxutils` in the OPML writer, which pulls in `urllib.request`), PDFium"
    " (the print pages' text layer and the jail's PDF jobs), the EPUB writer, Qt's print"
    " support. The library opens its `sqlite_utils.Database` without plugins (looking"
    " for them read every installed package's entry points, about 40 ms), and titles"
    " get smart quotes from `SmartyExtension` itself, not its name (the name made"
    " Markdown read the entry points too, about 20 ms). Interleaved runs of the code"
    " before and after, same sitting (6 each, load 1.4–2.7): CPU to first paint"
    " median 0.84 → 0.75 s (min 0.74 → 0.65 s); wall 0.98 → 0.88 s; RSS 153 → 143 MB."
    " Single runs at this load spread by ±0.1 s. What remains, by profile: PySide6 and"
    " Qt's start (a bare Qt window 0.16 s; every Qt enum a module touches becomes a"
    " Python enum when first used), sqlite-utils itself (about 50 ms with click,"
    " dateutil and pluggy, which it imports whatever it is asked), regular expressions"
    " compiled at import (Markdown, sqlite-utils, the snippet code), click for the"
    " command line, the jail's `multiprocessing`, then opening the library, building"
    " every view and restoring the last article. Reaching 0.5 s means building views"
    " and their controllers' widgets on first show, or an entry point without click"
    " and sqlite-utils, not more lazy imports.",
    "- **`edicola search`**: met by the click-free path above (the plain-text form, for"
    " a person, still goes through click and its `echo`).",
    "- **Feeds**: the build's image check uses the same plain read, so each article is"
    " rendered once in a build (by the edition builder); against the plain pipeline"
    " (≤ 1.3×) not measured here.",
]


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
