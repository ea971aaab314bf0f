"""Feeds and pages nobody here wrote: what an edition keeps of the real web.

Feeds: every file of feedparser's own test suite vendored in
``tests/data/feeds/feedparser`` goes through ``run_recipe`` (the code behind
``edicola feeds build``; the fetcher hands over the file with the Content-Type
its header comment names). An entry feedparser yields with words is *dropped*
when it is neither an article nor named in a "left out" line.

Pages: the article pages of trafilatura's test suite (``tests/cache``, with
the eval snippets of ``tests/evaldata.json``), read from the search mirror
``/work/.mirror/adbar+trafilatura`` at bench time because their licences are
the sites' own (skipped when absent). For each page: the words the reader is
shown (Markdown → the one render road → text) against the words trafilatura
itself finds in its default and recall modes (comments excluded, as
Edicola excludes them), raw Markdown syntax in the shown text, navigation
lines, and the eval's "without" snippets (boilerplate) still shown.

Writes ``bench/results/feeds_real_web.json``.
"""

from __future__ import annotations

import html
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import nh3
import trafilatura

from bench.bench_feeds_pipeline import plain_reading
from bench.report import write_results
from edicola.core.feeds.boilerplate import is_navigation
from edicola.core.feeds.build import FetchError, FetchRequest, FetchResult, run_recipe
from edicola.core.feeds.extract import decode_page, page_to_markdown
from edicola.core.feeds.recipe import load_recipe
from edicola.core.render import render_markdown

ROOT = Path(__file__).resolve().parent.parent
FEEDS = ROOT / "tests" / "data" / "feeds" / "feedparser"
MIRROR = Path(os.environ.get("EDICOLA_PAGES_MIRROR", "/work/.mirror/adbar+trafilatura/repo"))
HEADER = re.compile(rb"^Header:\s*Content-type:\s*(.+?)\s*$", re.MULTILINE | re.IGNORECASE)
GOAL_PAGES = 0.95
GOAL_WORDS = 0.90


class FileFetcher:
    """One feed file as an HTTP answer (nothing else is fetched: full text and images off)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fetch(self, request: FetchRequest) -> FetchResult:
        if request.kind != "feed":
            raise FetchError(f"{request.url}: not fetched in this benchmark")
        data = self.path.read_bytes()
        header = HEADER.search(data[:2048])
        kind = header.group(1).decode("latin-1") if header else "application/xml"
        return FetchResult(request.url, 200, data, kind)


RECIPE = """[publication]
id = "corpus"
title = "Corpus"
[edition]
max_age_days = 365
images_per_article = 0
[[sections]]
id = "feed"
title = "Feed"
feeds = ["https://feeds.example/{name}"]
full_text = "never"
max_articles = 500
"""


def _has_words(entry: Any) -> bool:
    bodies = [str(c.get("value", "")) for c in entry.get("content", []) or []]
    text = " ".join([str(entry.get("title", "")), str(entry.get("summary", "")), *bodies])
    return bool(nh3.clean(text, tags=set()).strip())


def bench_feeds() -> dict[str, Any]:
    import feedparser

    built = refused = nothing = dropped = left_out = entries = 0
    now = datetime.now(UTC)
    with tempfile.TemporaryDirectory() as tmp:
        for number, path in enumerate(sorted(FEEDS.rglob("*.xml"))):
            folder = Path(tmp) / str(number)
            folder.mkdir()
            (folder / "r.toml").write_text(RECIPE.format(name=path.name), "utf-8")
            recipe = load_recipe(folder / "r.toml")
            parsed = feedparser.parse(path.read_bytes())
            wordy = sum(
                1 for e in parsed.entries if e.get("title") or e.get("summary") or e.get("content")
            )
            entries += wordy
            result = run_recipe(
                recipe,
                FileFetcher(path),
                out_dir=folder / "out",
                state_dir=folder / "state",
                day=date.today(),
                now=now,
            )
            left_out += len(result.left_out)
            if result.all_failed:
                refused += 1
                continue
            built += 1 if result.bundle else 0
            nothing += 0 if result.bundle else 1
            items = [i for r in result.reports for i in r.items]
            seen: set[str] = set()
            duplicates = 0
            for item in items:
                duplicates += 1 if seen.intersection(item.keys) else 0
                seen.update(item.keys)
            # Entries feedparser found with words that became neither an item nor a line ...
            dropped += max(0, wordy - len(items) - len(result.left_out))
            # ... and items that are neither an article, too old, a duplicate nor named.
            dropped += max(0, len(items) - result.new_articles - result.too_old - duplicates)
    return {
        "feed_files": built + refused + nothing,
        "feeds_built": built,
        "feeds_refused": refused,
        "feeds_nothing_written": nothing,
        "entries_with_words": entries,
        "items_left_out_with_a_line": left_out,
        "items_dropped_silently": dropped,
    }


def _git(*args: str) -> bytes:
    return subprocess.run(
        ["git", f"--git-dir={MIRROR}", *args], capture_output=True, check=True
    ).stdout


def _words(text: str | None) -> int:
    return len(re.findall(r"\w+", text or ""))


def _shown(markdown: str) -> str:
    rendered = render_markdown(markdown, edition_id="x", language="en").html
    rendered = re.sub(r"<code>.*?</code>|<pre>.*?</pre>", " ", rendered, flags=re.DOTALL)
    return html.unescape(nh3.clean(rendered, tags={"p", "li", "td", "h2", "h3", "h4"}))


def page_corpus() -> list[tuple[str, str, bytes, dict[str, Any]]]:
    """(name, url, bytes, eval entry) of each cached page with an eval entry; [] without mirror."""
    if not (MIRROR / "HEAD").exists():
        return []
    evaldata = json.loads(_git("show", "HEAD:tests/evaldata.json"))
    by_file = {v["file"]: (url, v) for url, v in evaldata.items()}
    names = _git("ls-tree", "--name-only", "-z", "HEAD", "tests/cache/").decode().split("\0")
    pages = []
    for path in filter(None, names):
        name = path.rsplit("/", 1)[-1]
        if name in by_file:
            url, entry = by_file[name]
            pages.append((name, url, _git("show", f"HEAD:{path}"), entry))
    return pages


def measure_page(url: str, data: bytes, entry: dict[str, Any]) -> dict[str, Any]:
    page_html = decode_page(data, "")
    reference = max(
        _words(trafilatura.extract(page_html, url=url, include_comments=False)),
        _words(trafilatura.extract(page_html, url=url, include_comments=False, favor_recall=True)),
    )
    page = page_to_markdown(page_html, url)
    shown = _shown(page.markdown) if page else ""
    kept = _words(shown)
    lines = [" ".join(line.split()) for line in shown.splitlines() if line.strip()]
    return {
        "reference_words": reference,
        "shown_words": kept,
        "kept": kept / reference if reference else 1.0,
        "leaks": sum(shown.count(s) for s in ("![", "](", "[[")),
        "navigation_lines": sum(1 for line in lines if is_navigation(line)),
        "boilerplate_kept": sum(1 for s in entry.get("without", []) if s in shown),
        "boilerplate_snippets": len(entry.get("without", [])),
        "article_snippets_kept": sum(1 for s in entry.get("with", []) if s in shown),
        "article_snippets": len(entry.get("with", [])),
    }


def reading_cpu(corpus: list[tuple[str, str, bytes, dict[str, Any]]]) -> dict[str, Any]:
    """CPU a page of the corpus costs the build's reading (``page_to_markdown``, the
    function the jail's worker runs, here in this process) against the plain
    pipeline's (:func:`bench.bench_feeds_pipeline.plain_reading`), alternated, least
    of three a page; and how many pages the build reads twice (its calls to
    ``trafilatura.extract``)."""
    pages = [(url, decode_page(data, "")) for _name, url, data, _entry in corpus]
    real, calls = trafilatura.extract, [0]

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        return real(*args, **kwargs)

    def build(page_html: str, url: str) -> None:
        trafilatura.extract = counted  # the build's readings only
        try:
            page_to_markdown(page_html, url)
        finally:
            trafilatura.extract = real

    best = {"build": 0.0, "plain": 0.0}
    for url, page_html in pages:
        times: dict[str, list[float]] = {"build": [], "plain": []}
        for _ in range(3):
            for side, run in (("build", build), ("plain", plain_reading)):
                start = time.process_time()
                run(page_html, url)
                times[side].append(time.process_time() - start)
        for side, values in times.items():
            best[side] += min(values)
    count = len(pages)
    return {
        "reading_build_ms": round(best["build"] * 1000 / count, 2),
        "reading_plain_ms": round(best["plain"] * 1000 / count, 2),
        "reading_ratio": round(best["build"] / best["plain"], 3),
        "pages_read_twice": calls[0] // 3 - count,
    }


def bench_pages() -> dict[str, Any]:
    corpus = page_corpus()
    if not corpus:
        return {"pages": 0, "pages_skipped": "no mirror of trafilatura's tests at " + str(MIRROR)}
    rows = {name: measure_page(url, data, entry) for name, url, data, entry in corpus}
    good = [n for n, r in rows.items() if r["kept"] >= GOAL_WORDS]
    return {
        "pages": len(rows),
        "pages_90pct": len(good),
        "pages_90pct_share": len(good) / len(rows),
        "goal_pages_share": GOAL_PAGES,
        "pages_with_leaks": sum(1 for r in rows.values() if r["leaks"]),
        "navigation_lines": sum(r["navigation_lines"] for r in rows.values()),
        "boilerplate_kept": sum(r["boilerplate_kept"] for r in rows.values()),
        "boilerplate_snippets": sum(r["boilerplate_snippets"] for r in rows.values()),
        "article_snippets_kept": sum(r["article_snippets_kept"] for r in rows.values()),
        "article_snippets": sum(r["article_snippets"] for r in rows.values()),
        "short_pages": {n: round(r["kept"], 3) for n, r in rows.items() if r["kept"] < GOAL_WORDS},
        **reading_cpu(corpus),
        "per_page": rows,
    }


def main() -> int:
    started, cpu = time.perf_counter(), time.process_time()
    results = {**bench_feeds(), **bench_pages()}
    results["wall_s"] = round(time.perf_counter() - started, 2)
    results["cpu_s"] = round(time.process_time() - cpu, 2)
    results["load_average"] = os.getloadavg()[0]
    write_results(ROOT / "bench" / "results" / "feeds_real_web.json", results)
    summary = {k: v for k, v in results.items() if k != "per_page"}
    print(json.dumps(summary, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
