"""Real feed files (feedparser's own test suite, tests/data/feeds/feedparser) built end to end.

Each file is served on 127.0.0.1 with the Content-Type its header comment names
and built with ``edicola feeds build``. The expectation comes from feedparser
itself, not from Edicola's code: every entry it yields with a title or any text
(and a date within ``max_age_days``) becomes an article, or a warning line says
it was left out; a feed with none writes nothing and says why in one line.
Nothing may crash, and a first run never speaks of "the last run".
"""

from __future__ import annotations

import calendar
import html
import re
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import feedparser
import nh3
import pytest
from click.testing import CliRunner

from edicola.cli import cli
from edicola.core.bundle.reader import read_manifest
from tests.helpers.feed_site import FeedSite, serve_site

CORPUS = Path(__file__).resolve().parents[1] / "data" / "feeds" / "feedparser"
FILES = sorted(p for p in CORPUS.rglob("*.xml"))
MAX_AGE = 365
HEADER = re.compile(rb"^Header:\s*Content-type:\s*(.+?)\s*$", re.MULTILINE | re.IGNORECASE)


@pytest.fixture(scope="module")
def site() -> Iterator[FeedSite]:
    site = FeedSite()
    for path in FILES:
        data = path.read_bytes()
        header = HEADER.search(data[:2048])
        content_type = header.group(1).decode("latin-1") if header else "application/xml"
        site.add("/" + path.relative_to(CORPUS).as_posix(), data, content_type)
    yield from serve_site(site)


def _plain(text: str) -> str:
    return " ".join(html.unescape(nh3.clean(text, tags=set())).split())


def usable_entries(data: bytes, content_type: str, now: datetime) -> list[dict[str, str]]:
    """feedparser's entries that carry words and are recent enough, as feedparser sees them."""
    parsed = feedparser.parse(data, response_headers={"content-type": content_type})
    oldest = now - timedelta(days=MAX_AGE)
    found = []
    for entry in parsed.entries:
        title = _plain(str(entry.get("title", "")))
        bodies = [c.get("value", "") for c in entry.get("content", []) or []]
        # The body is the content when there is one, else the summary (as feeds are read).
        text = _plain(max(bodies, key=len) if any(bodies) else str(entry.get("summary", "")))
        if not title and not text:
            continue
        stamp = next(
            (
                dict.get(entry, k)
                for k in ("published_parsed", "updated_parsed")
                if dict.get(entry, k)
            ),
            None,
        )
        if stamp is not None:
            try:
                when = datetime.fromtimestamp(calendar.timegm(stamp), UTC)
            except (OverflowError, ValueError, OSError):
                when = now
            if when < oldest:
                continue
        found.append(
            {
                "title": title,
                "text": text,
                "id": str(entry.get("id", "")),
                "link": str(entry.get("link", "")),
            }
        )
    return found


def _recipe(tmp_path: Path, url: str) -> Path:
    recipe = tmp_path / "corpus.toml"
    recipe.write_text(
        f"""[publication]
id = "corpus"
title = "Corpus"

[edition]
max_age_days = {MAX_AGE}
images_per_article = 0

[[sections]]
id = "feed"
title = "Feed"
feeds = ["{url}"]
full_text = "never"
max_articles = 500
""",
        "utf-8",
    )
    return recipe


def _titles(bundle: Path) -> list[str]:
    manifest = read_manifest(bundle).raw
    with zipfile.ZipFile(bundle):
        return [a["title"] for a in manifest["articles"]]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.relative_to(CORPUS).as_posix())
def test_each_real_feed_builds_or_is_refused_in_one_line(
    tmp_path: Path, site: FeedSite, path: Path
) -> None:
    route = "/" + path.relative_to(CORPUS).as_posix()
    now = datetime.now(UTC)
    expected = usable_entries(path.read_bytes(), site.routes[route].content_type, now)
    result = CliRunner().invoke(
        cli,
        ["feeds", "build", str(_recipe(tmp_path, site.url + route)), "-o", str(tmp_path / "out")],
    )
    output = result.stdout + result.stderr
    assert "Traceback" not in output and "last run" not in output, output
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    left_out = [line for line in result.stderr.splitlines() if " left out " in line]
    if result.exit_code == 1:
        # Refused: one error line for the feed, one for the build; nothing written.
        assert not expected or "not an RSS or Atom feed" in result.stderr, output
        assert (
            len([x for x in result.stderr.splitlines() if x.startswith(("error:", "Error:"))]) == 2
        )
        assert not (tmp_path / "out").exists() or not list((tmp_path / "out").glob("*.edicola"))
        return
    assert result.exit_code == 0, output
    if not result.stdout.strip():
        assert not expected, (expected, output)
        assert result.stderr.strip().splitlines()[-1].endswith("nothing written"), output
        return
    titles = _titles(Path(result.stdout.strip()))
    assert len(titles) <= len(expected)
    shown = " ".join(titles).casefold()
    for entry in expected:
        same = [
            e
            for e in expected
            if e is not entry
            and (
                (entry["id"] and e["id"] == entry["id"])
                or (entry["link"] and e["link"] == entry["link"])
                or (entry["title"] and e["title"] == entry["title"])
            )
        ]
        named = entry["title"] and any(entry["title"][:40] in line for line in left_out)
        first_words = " ".join((entry["title"] or entry["text"]).split()[:3]).casefold()
        assert first_words.rstrip(".…") in shown or same or named, (entry, titles, output)


def test_a_first_run_says_why_nothing_was_written(tmp_path: Path, site: FeedSite) -> None:
    items = "".join(
        f"<item><title>Old story {n}</title><link>{site.url}/old/{n}</link>"
        f"<pubDate>Mon, 0{n} Jan 2024 08:00:00 +0000</pubDate><description>Words.</description>"
        "</item>"
        for n in (1, 2, 3)
    )
    site.add("/old.xml", f'<rss version="2.0"><channel><title>Old</title>{items}</channel></rss>')
    recipe = _recipe(tmp_path, site.url + "/old.xml")
    recipe.write_text(recipe.read_text("utf-8").replace(f"= {MAX_AGE}", "= 3"), "utf-8")
    out = tmp_path / "out"
    args = ["feeds", "build", str(recipe), "-o", str(out), "--date", "2026-11-29"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0 and result.stdout == ""
    last = result.stderr.strip().splitlines()[-1]
    assert last == "3 items, all older than 3 days (max_age_days); nothing written"
