"""Search benchmark: latency, index size, and import cost on a big library.

Usage::

    python -m bench.bench_search --library DIR [--out bench/results/search.json]

``DIR`` is a library made by ``edicola dev synth --articles N --to DIR``.
It measures p50/p95 over 200 varied queries (common words, 3-letter
prefixes, phrases, filters, stemmed forms, exclusions) through the app's
search path (20 results with snippets) and, for comparison, the bare FTS5
bm25 query over the same words; the index size against the article text; and
importing one more 150-article edition through the listener code path.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from bench.synth import PUBLICATIONS, TextMaker
from edicola.core.snippet import clear_cache as clear_snippet_cache
from edicola.core.text_fold import words
from edicola.store.database import open_library
from edicola.store.search_index import SearchIndex

BASE_QUERIES = (
    "anche",
    "the",
    "di",
    "and",
    "anche il",
    "the of",
    "veicolo",
    "veicoli elettrici",
    "elettrica",
    "citta",
    "città",
    "driving",
    "drive",
    "vehicle",
    "ele",
    "sta",
    "con",
    "the*",
    "pre",
    "cit",
    "dri",
    "veh",
    "elettr",
    "governo OR sindaco",
    "tram -sciopero",
    '"piazza del"',
    '"of the"',
    '"la città"',
    "section:sport",
    "section:sport anche",
    "publication:faro veicolo",
    "author:a",
    "after:2023-06-01 ospedale",
    "before:2023-03-01 the",
    "after:2024-01-01 before:2024-02-01 scuola",
    "ospedale section:cronaca",
    "market prices",
    "strike OR strikes",
    "-the report",
    "energia rinnovabile",
    "batterie",
    "mayor council",
    "treno stazione",
    "festival musica",
)


def queries(count: int, seed: int = 7) -> list[str]:
    """The fixed hard cases plus random words and prefixes from the synthetic text."""
    rng = random.Random(seed)
    maker = TextMaker(seed)
    out = list(BASE_QUERIES)
    while len(out) < count:
        lang = rng.choice(("it", "en"))
        picked = maker.words(lang, rng.randint(1, 3))
        kind = rng.random()
        if kind < 0.25:
            out.append(picked[0][:3])
        elif kind < 0.4:
            out.append('"' + " ".join(picked) + '"')
        else:
            out.append(" ".join(picked))
    return out[:count]


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))
    return ordered[index]


def time_app(index: SearchIndex, texts: list[str]) -> list[float]:
    times = []
    for text in texts:
        start = time.perf_counter()
        index.search(text, limit=20)
        times.append((time.perf_counter() - start) * 1000)
    return times


def time_bare(index: SearchIndex, texts: list[str]) -> list[float]:
    """Plain FTS5: all words ANDed, bm25 over every match, top 20 (no snippets)."""
    times = []
    conn = index.db.conn
    for text in texts:
        found = [w for w in words(text) if w not in ("or",)]
        if not found:
            continue
        expr = " AND ".join(f'"{w}"' for w in found)
        start = time.perf_counter()
        conn.execute(
            "SELECT rowid FROM search_fts WHERE search_fts MATCH ? "
            "ORDER BY bm25(search_fts, 1.0, 10.0, 4.0) LIMIT 20",
            [expr],
        ).fetchall()
        times.append((time.perf_counter() - start) * 1000)
    return times


def issued_sql(index: SearchIndex, text: str) -> list[str]:
    """The statements ``index.search(text)`` sends to SQLite, values inlined."""
    statements: list[str] = []
    conn = index.db.conn
    conn.set_trace_callback(statements.append)
    try:
        index.search(text, limit=20)
    finally:
        conn.set_trace_callback(None)
    # FTS5 reads its own shadow tables ('main'.'search_fts_…') inside MATCH: not issued by us.
    return [
        s
        for s in statements
        if s.lstrip().upper().startswith(("SELECT", "WITH")) and "'main'." not in s
    ]


def app_vs_issued_sql(
    index: SearchIndex, texts: list[str], repeat: int = 3, *, cold_snippets: bool = False
) -> dict[str, Any]:
    """The app's search path against executing the very SQL it issues, side by side.

    For each query: capture the statements ``search()`` runs, then time
    ``search()`` and, right after, the same statements executed directly
    (fetching every row), alternating, ``repeat`` times each; the fastest of
    each is kept (the machine is shared, so noise only ever adds time). The
    difference is the app's own work: parsing, folding, stemming, building
    expressions, results and snippets. With ``cold_snippets`` the snippet
    cache is emptied before every app run: each article is seen for the first
    time (the worst case; typing a query re-finds the same articles).
    """
    conn = index.db.conn
    app_ms: list[float] = []
    sql_ms: list[float] = []
    for text in texts:
        statements = issued_sql(index, text)  # also warms the pages both will read
        best_app = best_sql = float("inf")
        for _ in range(repeat):
            if cold_snippets:
                clear_snippet_cache()
            start = time.perf_counter()
            index.search(text, limit=20)
            best_app = min(best_app, time.perf_counter() - start)
            start = time.perf_counter()
            for statement in statements:
                conn.execute(statement).fetchall()
            best_sql = min(best_sql, time.perf_counter() - start)
        app_ms.append(best_app * 1000)
        sql_ms.append(best_sql * 1000)
    ratios = [a / b for a, b in zip(app_ms, sql_ms, strict=True) if b > 0]
    return {
        "queries": len(texts),
        "app_total_ms": round(sum(app_ms), 1),
        "issued_sql_total_ms": round(sum(sql_ms), 1),
        "ratio_total": round(sum(app_ms) / sum(sql_ms), 3),
        "ratio_p50": round(percentile(ratios, 50), 3),
        "app_p50_ms": round(percentile(app_ms, 50), 2),
        "issued_sql_p50_ms": round(percentile(sql_ms, 50), 2),
        "goal_ratio": 1.3,
    }


def time_import(index: SearchIndex, articles: int = 150) -> float:
    """Insert one 150-article edition and index it, in one transaction (ms)."""
    db = index.db
    last = db.execute("SELECT max(date) FROM editions").fetchone()[0]
    day = (date.fromisoformat(last) + timedelta(days=1)).isoformat()
    pub_id, title, lang, sections = PUBLICATIONS[0]
    edition_id = f"{pub_id}-{day}"
    maker = TextMaker(99)
    start = time.perf_counter()
    with db.atomic():
        db.execute(
            "INSERT INTO editions (id, publication_id, date, title, revision, bundle_sha256, "
            "imported_at) VALUES (?, ?, ?, ?, 1, ?, ?)",
            [edition_id, pub_id, day, title, "0" * 64, day],
        )
        db.conn.executemany(
            "INSERT INTO sections (edition_id, id, title, position) VALUES (?, ?, ?, ?)",
            [(edition_id, s, s.title(), i) for i, s in enumerate(sections)],
        )
        for n in range(articles):
            body = maker.body(lang, 600)
            db.execute(
                "INSERT INTO articles (id, edition_id, section_id, position, title, standfirst, "
                "authors, published, url, language, word_count, markdown, html) "
                "VALUES (?, ?, ?, ?, ?, ?, '[]', ?, ?, ?, 600, ?, '')",
                [
                    f"{edition_id}/b{n}",
                    edition_id,
                    sections[n % len(sections)],
                    n,
                    maker.sentence(lang, 8),
                    maker.sentence(lang, 20),
                    day,
                    "https://x/",
                    lang,
                    body,
                ],
            )
        index.edition_added(db, edition_id)
    elapsed = (time.perf_counter() - start) * 1000
    with db.atomic():  # leave the library as it was
        index.edition_removing(db, edition_id)
        for table in ("articles", "sections"):
            db.execute(f"DELETE FROM {table} WHERE edition_id = ?", [edition_id])
        db.execute("DELETE FROM editions WHERE id = ?", [edition_id])
    return elapsed


def run(library: Path, out: Path, count: int = 200) -> dict[str, Any]:
    db = open_library(library)
    index = SearchIndex(db)
    texts = queries(count)
    index.search("città anche", limit=20)  # warm caches (fold tables, pages)
    time_app(index, texts)
    app_times = time_app(index, texts)
    bare_times = time_bare(index, texts)
    index_bytes, text_bytes = index.sizes()
    slow = sorted(zip(app_times, texts, strict=True), reverse=True)[:10]
    result = {
        "articles": db.execute("SELECT count(*) FROM articles").fetchone()[0],
        "editions": db.execute("SELECT count(*) FROM editions").fetchone()[0],
        "queries": len(texts),
        "app_ms": {
            "p50": percentile(app_times, 50),
            "p95": percentile(app_times, 95),
            "max": max(app_times),
            "mean": statistics.fmean(app_times),
        },
        "bare_fts5_ms": {
            "p50": percentile(bare_times, 50),
            "p95": percentile(bare_times, 95),
            "max": max(bare_times),
        },
        "slowest": [{"query": q, "ms": round(t, 2)} for t, q in slow],
        "app_vs_issued_sql": app_vs_issued_sql(index, texts),
        "app_vs_issued_sql_cold_snippets": app_vs_issued_sql(index, texts, cold_snippets=True),
        "index_bytes": index_bytes,
        "text_bytes": text_bytes,
        "index_ratio": round(index_bytes / text_bytes, 3) if text_bytes else None,
        "import_150_articles_ms": round(time_import(index), 1),
    }
    db.close()
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=Path("bench/results/search.json"))
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    print(json.dumps(run(args.library, args.out, args.queries), indent=2))


if __name__ == "__main__":
    main()
