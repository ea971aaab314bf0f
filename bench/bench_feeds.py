"""Feeds benchmark: 10 feeds × 30 items, full text from every page, served on loopback.

Usage::

    python -m bench.bench_feeds [--feeds 10] [--items 30] [--out bench/results/feeds.json]

Writes a small news site (RSS feeds with summaries only, an article page
with navigation, sidebar and footer per item, a 1200×800 JPEG per article)
into a temporary folder, serves it with the demo's static host
(``edicola.servers.static_host``: ETag, Last-Modified) on 127.0.0.1, and times
``run_recipe`` — the code behind ``edicola feeds build`` — with
``full_text = "always"``:

* ``build_s``: the first run (300 pages fetched and extracted, 300 images
  checked and scaled, the edition assembled, rendered and packed);
* ``rerun_s``: the same run again with nothing new (conditional requests);
* ``build_cpu_s`` / ``rerun_cpu_s``: their CPU time, the jail's workers included.

The comparison with a plain pipeline on the same site is ``bench_feeds_pipeline``.

Goals (issue 13): the edition is ready in ≤ 30 s on 2 cores; a rerun with
nothing new takes ≤ 2 s.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PIL import Image

from bench.report import write_results
from edicola.core.feeds.build import run_recipe
from edicola.core.feeds.recipe import Recipe, Section
from edicola.core.jail import shutdown
from edicola.net.feed_fetch import FeedFetcher
from edicola.servers.static_host import StaticHost

GOAL_BUILD_S = 30.0
GOAL_RERUN_S = 2.0
ROOT = Path(__file__).resolve().parent.parent
WORDS = [
    *("harbour", "council", "tide", "ferry", "market", "school", "bridge", "river"),
    *("festival", "library", "station", "museum", "theatre", "hospital", "square"),
    *("garden", "tram", "lake", "mountain", "village"),
]


def _paragraph(feed: int, item: int, n: int) -> str:
    words = [WORDS[(feed * 7 + item * 3 + n * 5 + k) % len(WORDS)] for k in range(60)]
    return f"<p>Feed {feed} story {item} paragraph {n}: " + " ".join(words) + ".</p>"


def _page(feed: int, item: int) -> str:
    body = "".join(_paragraph(feed, item, n) for n in range(8))
    return f"""<!doctype html><html><head><meta charset="utf-8">
<title>Story {feed}-{item}</title></head><body>
<nav><a href="/">Home</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav>
<div class="cookie-banner">We use cookies. Accept all</div>
<main><article><h1>Story {feed}-{item}</h1>{body[:2000]}
<figure><img src="img/{item}.jpg" alt="Picture {item}"><figcaption>Picture</figcaption></figure>
{body[2000:]}</article></main>
<aside><h3>Most read</h3><ul>{"".join(f"<li><a href='/x{i}'>Link {i}</a></li>" for i in range(10))}
</ul></aside><footer>Copyright Example News 2026</footer></body></html>"""


def _feed(feed: int, items: int, now: datetime) -> str:
    def when(i: int) -> str:
        return (now - timedelta(minutes=10 * i + feed)).strftime("%a, %d %b %Y %H:%M:%S +0000")

    entries = "".join(
        f"""<item><title>Story {feed}-{i}</title><link>/f{feed}/{i}.html</link>
<guid>urn:bench:{feed}:{i}</guid><pubDate>{when(i)}</pubDate>
<description>Summary of story {feed}-{i}.</description></item>"""
        for i in range(items)
    )
    return f"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>
<title>Feed {feed}</title><link>/f{feed}/</link>{entries}</channel></rss>"""


def jpeg_bytes() -> bytes:
    """Every article's picture: 1200×800, quality 85."""
    out = io.BytesIO()
    picture = Image.new("RGB", (1200, 800), (40, 90, 140))
    for x in range(0, 1200, 40):  # some detail, so JPEG work is realistic
        picture.paste((200, 120 + x % 100, 60), (x, (x * 7) % 700, x + 20, (x * 7) % 700 + 90))
    picture.save(out, "JPEG", quality=85)
    return out.getvalue()


def _cpu() -> float:
    """CPU seconds of this process (its threads) and of its reaped children (the jail)."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def write_site(root: Path, feeds: int, items: int, now: datetime) -> None:
    jpeg = jpeg_bytes()
    for feed in range(feeds):
        folder = root / f"f{feed}"
        (folder / "img").mkdir(parents=True)
        (folder / "feed.html").write_text(_feed(feed, items, now), "utf-8")
        for item in range(items):
            (folder / f"{item}.html").write_text(_page(feed, item), "utf-8")
            (folder / "img" / f"{item}.jpg").write_bytes(jpeg)


def recipe(url: str, feeds: int) -> Recipe:
    return Recipe(
        id="bench-feeds",
        title="Bench feeds",
        language="en",
        sections=tuple(
            Section(
                id=f"s{feed}",
                title=f"Section {feed}",
                feeds=(f"{url}f{feed}/feed.html",),
                full_text="always",
                max_articles=500,
            )
            for feed in range(feeds)
        ),
    )


def measure(feeds: int, items: int) -> dict[str, object]:
    now = datetime.now(UTC)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        write_site(work / "www", feeds, items, now)
        host = StaticHost(work / "www").start()
        try:
            paper = recipe(host.url, feeds)
            fetcher = FeedFetcher(paper.fetch)
            args = {"out_dir": work / "out", "state_dir": work / "state", "day": date.today()}
            load = os.getloadavg()[0]
            cpu, started = _cpu(), time.perf_counter()
            first = run_recipe(paper, fetcher, now=datetime.now(UTC), **args)
            build_s = time.perf_counter() - started
            shutdown()  # the jail's workers reaped: their CPU is in RUSAGE_CHILDREN
            build_cpu_s = _cpu() - cpu
            requests = fetcher.requests
            cpu, started = _cpu(), time.perf_counter()
            again = run_recipe(paper, FeedFetcher(paper.fetch), now=datetime.now(UTC), **args)
            rerun_s = time.perf_counter() - started
            rerun_cpu_s = _cpu() - cpu
        finally:
            host.stop()
        assert first.bundle is not None and again.bundle is None
        return {
            "feeds": feeds,
            "items_per_feed": items,
            "articles": first.new_articles,
            "requests": requests,
            "failed_pages": first.failed_pages,
            "failed_images": first.failed_images,
            "bundle_mb": round(first.bundle.path.stat().st_size / 1e6, 2),
            "build_s": round(build_s, 2),
            "build_cpu_s": round(build_cpu_s, 2),
            "rerun_s": round(rerun_s, 3),
            "rerun_cpu_s": round(rerun_cpu_s, 3),
            "load_average": round(load, 2),
            "goal_build_s": GOAL_BUILD_S,
            "goal_rerun_s": GOAL_RERUN_S,
            "cpus": os.cpu_count(),
        }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=10)
    parser.add_argument("--items", type=int, default=30)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "feeds.json")
    args = parser.parse_args(argv)
    result = measure(args.feeds, args.items)
    write_results(args.out, result)
    print(json.dumps(result, indent=2))
    ok = result["build_s"] <= GOAL_BUILD_S and result["rerun_s"] <= GOAL_RERUN_S  # type: ignore[operator]
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
