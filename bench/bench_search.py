"""Search benchmark: latency, index size, and import cost on a big library.

Usage::

    python -m bench.bench_search --library DIR [--out bench/results/search.json]

``DIR`` is a library made by ``edicola dev synth --articles N --to DIR``. It measures
p50/p95 of 200 varied queries through the app's search path (20 results with snippets)
and of the bare FTS5 bm25 query; p50/p95 per query class (``query_classes``); the app
against the SQL it issues, in all and per class; the index and the whole library against
the article text; ``edicola search Q --json`` against a bare Python process running the
same SQL. Imports are measured by ``bench_import`` (real bundles).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from bench.report import write_results
from bench.synth import TextMaker
from edicola.core.search.snippet import clear_cache as clear_snippet_cache
from edicola.core.search.text_fold import words
from edicola.store.database import open_library
from edicola.store.search_docs import AUTHOR_BREAK
from edicola.store.search_eras import read_eras
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


IT_ACCENTED = ("città", "università", "attività", "società", "perché", "più", "già", "però",
               "qualità", "libertà")  # fmt: skip


def query_classes(db: Any, per_class: int = 30, seed: int = 11) -> dict[str, list[str]]:
    """Queries of each class the goals name, drawn from the library's own vocabulary.

    rare: the 200 words in fewest articles (at least 3); common: the content words in the most
    articles; phrase: two of the most common words, quoted; prefix: the
    first three letters of a common word, as typed (the last word completes);
    filters: a common word with a section, publication, author or date
    filter; accent-free: accented Italian words typed without accents;
    inflected: another form of a word than the one the articles mostly use.
    """
    rng = random.Random(seed)
    articles = db.execute("SELECT count(*) FROM search_docs").fetchone()[0] or 1

    def terms(sql: str, *params: Any) -> list[str]:
        return [row[0] for row in db.execute(sql, params).fetchall()]

    rare = terms(
        "SELECT term FROM search_terms WHERE length(term) > 3 GROUP BY term "
        "HAVING sum(docs) >= 3 ORDER BY sum(docs), term LIMIT 200"
    )
    common = terms(
        "SELECT term FROM search_terms WHERE length(term) > 4 GROUP BY term "
        "ORDER BY sum(docs) DESC LIMIT 60"
    )
    top = terms(
        "SELECT term FROM search_terms WHERE lang = ? ORDER BY docs DESC LIMIT 12", "it"
    ) + terms("SELECT term FROM search_terms WHERE lang = ? ORDER BY docs DESC LIMIT 12", "en")
    inflected = [
        form
        for stem, lang in db.execute(
            "SELECT stem, lang FROM search_terms GROUP BY stem, lang HAVING count(*) >= 3 "
            "ORDER BY sum(docs) DESC LIMIT 200"
        ).fetchall()
        for form in terms(
            "SELECT term FROM search_terms WHERE stem = ? AND lang = ? ORDER BY docs LIMIT 1",
            stem,
            lang,
        )
    ]
    dates = db.execute("SELECT min(date), max(date) FROM editions").fetchone()
    first = date.fromisoformat(dates[0]) if dates[0] else date(2023, 1, 1)
    span = max(1, (date.fromisoformat(dates[1]) - first).days) if dates[1] else 1
    authors = terms(
        "SELECT json_extract(authors, '$[0]') FROM articles WHERE authors != '[]' LIMIT 50"
    )
    authors = [a.split()[0] for a in authors if a and a.split()] or ["a"]
    sections = terms("SELECT DISTINCT section_id FROM articles LIMIT 20") or ["news"]

    def pick(values: list[str]) -> str:
        if not values:
            raise RuntimeError("the library has no words for this query class")
        return rng.choice(values)

    def filtered() -> str:
        word = pick(common)
        day = first + timedelta(days=rng.randrange(span))
        return rng.choice(
            (
                f"section:{pick(sections)} {word}",
                f"publication:faro {word}",
                f"author:{pick(authors)} {word}",
                f"after:{day.isoformat()} {word}",
                f"after:{day.isoformat()} before:{(day + timedelta(days=30)).isoformat()} {word}",
            )
        )

    it_common = terms(
        "SELECT term FROM search_terms WHERE lang = 'it' AND length(term) > 4 "
        "ORDER BY docs DESC LIMIT 30"
    )
    few, many = _authors_by_size(  # the most frequent words first: names are drawn like text
        db, terms("SELECT term FROM search_terms GROUP BY term ORDER BY sum(docs) DESC LIMIT 3000")
    )

    def phrase() -> str:
        half = rng.choice((top[:12], top[12:])) or top
        return f'"{rng.choice(half)} {rng.choice(half)}"'

    def accent_free() -> str:
        from edicola.core.search.text_fold import fold

        return fold(pick(list(IT_ACCENTED)))

    makers = {
        "rare": lambda: pick(rare),
        "common": lambda: pick(common),
        "phrase_of_two_common_words": phrase,
        "prefix_3_letters_as_typed": lambda: pick(common)[:3],
        "filters": filtered,
        # issue 21: a section that never holds the word (English section, Italian
        # word), a publication, and authors on both sides of the old probe threshold
        "filter_section_without_the_word": lambda: f"section:world {pick(it_common)}",
        "filter_publication": lambda: f"publication:faro {pick(common)}",
        "filter_author_up_to_1000_articles": lambda: f"author:{pick(few)} {pick(common)}",
        "filter_author_over_1000_articles": lambda: f"author:{pick(many)} {pick(common)}",
        "accent_free": accent_free,
        "inflected": lambda: pick(inflected),
    }
    del articles
    if not few:
        del makers["filter_author_up_to_1000_articles"]
    if not many:
        del makers["filter_author_over_1000_articles"]
    return {name: [make() for _ in range(per_class)] for name, make in makers.items()}


def _authors_by_size(db: Any, candidates: list[str]) -> tuple[list[str], list[str]]:
    """Author name words with 100–1,000 articles and with more than 1,000 (the old
    ``author:`` probe threshold), from a sample of the vocabulary."""
    few: list[str] = []
    many: list[str] = []
    for word in candidates:
        if len(few) >= 20 and len(many) >= 20:
            break
        count = sum(  # every era's articles
            db.execute(
                f"SELECT count(*) FROM (SELECT 1 FROM {era.fts} WHERE {era.fts} MATCH ? "
                "LIMIT 5001)",
                [f'authors : "{AUTHOR_BREAK}{word}"'],  # author words are indexed marked
            ).fetchone()[0]
            for era in read_eras(db.conn).eras
        )
        if 100 <= count <= 1000 and len(few) < 20:
            few.append(word)
        elif count > 1000 and len(many) < 20:
            many.append(word)
    if not few and not many:
        raise RuntimeError("no author words with over 100 articles in this library")
    return few, many  # a small library may have no author above 1,000: that class is left out


def time_classes(index: SearchIndex, classes: dict[str, list[str]]) -> dict[str, Any]:
    """p50/p95 per class through the app path, each query's snippets cold."""
    out: dict[str, Any] = {}
    for name, texts in classes.items():
        for text in texts:  # warm the pages these queries read (the OS cache)
            index.search(text, limit=20)
        times = []
        cpu = []
        for text in texts:
            clear_snippet_cache()
            start, start_cpu = time.perf_counter(), time.process_time()
            index.search(text, limit=20)
            cpu.append((time.process_time() - start_cpu) * 1000)
            times.append((time.perf_counter() - start) * 1000)
        slowest = max(zip(times, texts, strict=True))
        out[name] = {
            "queries": len(texts),
            "p50_ms": round(percentile(times, 50), 2),
            "p95_ms": round(percentile(times, 95), 2),
            "cpu_p50_ms": round(percentile(cpu, 50), 2),
            "cpu_p95_ms": round(percentile(cpu, 95), 2),
            "max_ms": round(slowest[0], 2),
            "slowest": slowest[1],
            "examples": texts[:3],
        }
    return out


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
    """Plain FTS5: all words ANDed, bm25 over every match of every era, top 20 of
    each (no snippets)."""
    times = []
    conn = index.db.conn
    tables = [era.fts for era in read_eras(conn).eras]
    for text in texts:
        found = [w for w in words(text) if w not in ("or",)]
        if not found:
            continue
        expr = " AND ".join(f'"{w}"' for w in found)
        start = time.perf_counter()
        for table in tables:
            conn.execute(
                f"SELECT rowid FROM {table} WHERE {table} MATCH ? "
                f"ORDER BY bm25({table}, 1.0, 10.0, 4.0) LIMIT 20",
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

    For each query: capture the statements ``search()`` runs, then time ``search()``
    and, right after, the same statements executed directly (fetching every row),
    alternating, ``repeat`` times each, wall and CPU; the fastest of each is kept.
    The difference is the app's own work: parsing, folding, stemming, building
    expressions, results and snippets. ``cold_snippets``: the snippet cache is
    emptied before every app run (each article seen for the first time).
    """
    conn = index.db.conn
    best: dict[str, list[float]] = {"app": [], "sql": [], "app_cpu": [], "sql_cpu": []}
    for text in texts:
        statements = issued_sql(index, text)  # also warms the pages both will read
        runs: dict[str, list[float]] = {key: [] for key in best}  # seconds
        for _ in range(repeat):
            if cold_snippets:
                clear_snippet_cache()
            for side in ("app", "sql"):
                start, start_cpu = time.perf_counter(), time.process_time()
                if side == "app":
                    index.search(text, limit=20)
                else:
                    for statement in statements:
                        conn.execute(statement).fetchall()
                runs[side].append(time.perf_counter() - start)
                runs[side + "_cpu"].append(time.process_time() - start_cpu)
        for key, values in runs.items():
            best[key].append(min(values) * 1000)  # the fastest: noise only ever adds time
    app_ms, sql_ms, app_cpu, sql_cpu = best["app"], best["sql"], best["app_cpu"], best["sql_cpu"]
    ratios = [a / b for a, b in zip(app_ms, sql_ms, strict=True) if b > 0]
    return {
        "queries": len(texts),
        "app_total_ms": round(sum(app_ms), 1),
        "issued_sql_total_ms": round(sum(sql_ms), 1),
        "ratio_total": round(sum(app_ms) / sum(sql_ms), 3),
        "ratio_p50": round(percentile(ratios, 50), 3),
        "app_p50_ms": round(percentile(app_ms, 50), 2),
        "issued_sql_p50_ms": round(percentile(sql_ms, 50), 2),
        "app_cpu_total_ms": round(sum(app_cpu), 1),
        "issued_sql_cpu_total_ms": round(sum(sql_cpu), 1),
        "cpu_ratio_total": round(sum(app_cpu) / max(sum(sql_cpu), 1e-9), 3),
        "load_average": os.getloadavg()[0],
        "goal_ratio": 1.2,
    }


def app_vs_sql_by_class(index: SearchIndex, classes: dict[str, list[str]]) -> dict[str, Any]:
    """:func:`app_vs_issued_sql` per query class, cold and warm (the goal is per class)."""
    keep = ("ratio_total", "cpu_ratio_total", "app_cpu_total_ms", "issued_sql_cpu_total_ms")
    out: dict[str, Any] = {}
    for name, texts in classes.items():
        for mode, cold in (("cold", True), ("warm", False)):
            figures = app_vs_issued_sql(index, texts, cold_snippets=cold)
            out.setdefault(name, {})[mode] = {k: figures[k] for k in keep}
    return out


def library_size(folder: Path) -> int:
    """Bytes of the library on disk: the database and its write-ahead log."""
    return sum(p.stat().st_size for p in folder.glob("library.db*") if p.is_file())


def fts_segments(db: Any) -> int:
    """Segments in the FTS5 index of every era (1 an era after ``optimize``; each import
    adds one, merged as ``automerge`` says)."""
    return sum(
        int(db.execute(f"SELECT count(DISTINCT segid) FROM {era.fts}_idx").fetchone()[0])
        for era in read_eras(db.conn).eras
    )


BARE = """import sqlite3, sys
conn = sqlite3.connect("file:" + sys.argv[1] + "?mode=ro", uri=True)
for statement in sys.argv[2:]:
    conn.execute(statement).fetchall()
"""


def cli_vs_bare(
    index: SearchIndex, library: Path, texts: list[str], runs: int = 5
) -> dict[str, Any]:
    """``edicola search Q --json`` as a whole process against a bare Python process
    running the SQL statements that search issues, best of ``runs`` each, alternating."""
    import compileall
    import subprocess
    import sys

    import edicola

    # An installed wheel has its bytecode (pip compiles it); a checkout run with
    # PYTHONDONTWRITEBYTECODE would compile every changed module in every process.
    compileall.compile_dir(Path(edicola.__file__).parent, quiet=1)
    db_path = str(library / "library.db")
    cli_ms: list[float] = []
    bare_ms: list[float] = []

    def timed(args: list[str]) -> tuple[float, float]:
        """(wall, CPU) seconds of one child process (CPU: user + system, its own)."""
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(args, check=True, capture_output=True)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        return wall, cpu

    cli_cpu: list[float] = []
    bare_cpu: list[float] = []
    for text in texts:
        statements = issued_sql(index, text)
        best_cli = best_bare = (float("inf"), float("inf"))
        for _ in range(runs):
            cli = [sys.executable, "-m", "edicola", "--library", str(library), "search", text]
            best_cli = min(best_cli, timed([*cli, "--json"]))
            best_bare = min(best_bare, timed([sys.executable, "-c", BARE, db_path, *statements]))
        cli_ms.append(best_cli[0] * 1000)
        bare_ms.append(best_bare[0] * 1000)
        cli_cpu.append(best_cli[1] * 1000)
        bare_cpu.append(best_bare[1] * 1000)
    return {
        "queries": texts,
        "cli_ms": [round(t, 1) for t in cli_ms],
        "bare_ms": [round(t, 1) for t in bare_ms],
        "cli_cpu_ms": [round(t, 1) for t in cli_cpu],
        "bare_cpu_ms": [round(t, 1) for t in bare_cpu],
        "ratio_total": round(sum(cli_ms) / sum(bare_ms), 3),
        "cpu_ratio_total": round(sum(cli_cpu) / max(sum(bare_cpu), 1e-9), 3),
        "goal_ratio": 1.5,
    }


def run(library: Path, out: Path, count: int = 200) -> dict[str, Any]:
    db = open_library(library)
    index = SearchIndex(db)
    texts = queries(count)
    index.search("città anche", limit=20)  # warm caches (fold tables, pages)
    time_app(index, texts)
    app_times = time_app(index, texts)
    bare_times = time_bare(index, texts)
    classes = query_classes(db)
    index_bytes, text_bytes = index.sizes()
    slow = sorted(zip(app_times, texts, strict=True), reverse=True)[:10]
    result = {
        "articles": db.execute("SELECT count(*) FROM articles").fetchone()[0],
        "load_average": os.getloadavg()[0],
        "editions": db.execute("SELECT count(*) FROM editions").fetchone()[0],
        "queries": len(texts),
        "classes": time_classes(index, classes),
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
        "app_vs_issued_sql_by_class": app_vs_sql_by_class(index, classes),
        "index_bytes": index_bytes,
        "text_bytes": text_bytes,
        "index_ratio": round(index_bytes / text_bytes, 3) if text_bytes else None,
        "fts_segments": fts_segments(db),
        "library_bytes": library_size(library),
        "library_ratio": round(library_size(library) / text_bytes, 3) if text_bytes else None,
        "cli_vs_bare": cli_vs_bare(
            index, library, [classes["common"][0], classes["rare"][0], "anche", '"of the"']
        ),
    }
    db.close()
    write_results(out, result)
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
