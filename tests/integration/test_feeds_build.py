"""``edicola feeds build`` against a real news site on 127.0.0.1 with feeds in the wild's shapes.

WordPress ``content:encoded``, summary-only Atom (full text from the page),
relative image URLs, ISO-8859-1, hostile markup, and faults: a 20 MB image,
a page that never finishes, a 404, a redirect loop, a dead feed.
"""

from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from edicola.cli import cli
from edicola.core.bundle.reader import read_manifest, validate_bundle
from edicola.core.render import render_markdown
from tests.helpers.feed_site import (
    ATOM,
    RSS,
    FeedSite,
    Route,
    jpeg,
    page,
    png,
    serve_site,
)

UNIQUE = "The zebra lantern counts forty herons on the breakwater."
DAY = "2026-11-29"


def prose(topic: str, count: int) -> str:
    """``count`` distinct paragraphs (extractors drop repeated ones)."""
    return "".join(
        f"<p>Paragraph {i} about {topic}: the council met on evening number {i} and residents "
        f"queued to speak about traffic, noise and the fishing fleet, asking question {i * 7} "
        f"about the harbour plan before any building starts in district {i + 3}.</p>"
        for i in range(count)
    )


def wordpress(u: str, extra: str = "") -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
<channel><title>Lake News</title><link>{u}/</link>
<item><title>Harbour plan approved</title><link>{u}/2026/harbour/?utm_source=rss</link>
<guid isPermaLink="false">{u}/?p=101</guid><dc:creator>Ada Rossi</dc:creator>
<pubDate>Sun, 29 Nov 2026 08:00:00 +0000</pubDate>
<description>The plan passed [&#8230;]</description>
<content:encoded><![CDATA[{prose("the harbour", 4)}
<p><img src="/img/harbour.png" alt="The harbour at dawn"></p>
<p><img src="/img/huge.jpg" alt="too big"></p>
<p><img src="/img/missing.png" alt="gone"></p>{prose("boats", 2)}]]></content:encoded>
</item>
<item><title>Ferry timetable changes</title><link>{u}/2026/ferry</link><guid>{u}/?p=102</guid>
<pubDate>not a date at all</pubDate>
<content:encoded><![CDATA[{prose("the ferry", 5)}]]></content:encoded>
<media:content url="{u}/img/ferry.jpg" medium="image"/></item>
{extra}
</channel></rss>"""


def summary_atom(u: str) -> str:
    def entry(n: int, path: str, title: str) -> str:
        return f"""<entry><title>{title}</title><link href="{path}"/><id>tag:lake,{n}</id>
<updated>2026-11-29T0{n}:00:00Z</updated><summary>Short teaser {n}.</summary></entry>"""

    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="{u}/news/"><title>Lake Atom</title>
<id>tag:lake</id><updated>2026-11-29T10:00:00Z</updated>
{entry(1, "tides.html", "Tides study ordered")}
{entry(2, "/never", "A page that never ends")}
{entry(3, "/gone", "A page that is gone")}
{entry(4, "/loop", "A page that loops")}
{entry(5, f"{u}/2026/harbour/", "Harbour plan approved")}
</feed>"""


def latin_rss(u: str) -> bytes:
    text = f"""<?xml version="1.0" encoding="ISO-8859-1"?>
<rss version="2.0"><channel><title>Cronache</title><link>{u}/</link>
<item><title>Perché la città è più verde</title><link>{u}/cronache/verde</link>
<pubDate>Sun, 29 Nov 2026 06:30:00 +0100</pubDate>
<description>&lt;p&gt;Più alberi, più ombra: così è cambiata la città.
{"Caffè e virtù. " * 60}&lt;/p&gt;</description>
</item></channel></rss>"""
    return text.encode("iso-8859-1")


def hostile_rss(u: str) -> str:
    body = (
        prose("hostility", 3) + '<script>alert("xss")</script>'
        '<p onclick="steal()">The mayor said the vote was close, so click '
        '<a href="javascript:alert(1)">here</a> for the scheme or read the minutes '
        'on <a href="https://ok.example/">the council site</a> before the next meeting.</p>'
        '<img src="x" onerror="alert(2)"><iframe src="https://evil.example/"></iframe>'
        '<p style="background:url(https://track.example/p.gif)">Styled</p>'
        '<img src="https://127.0.0.1:1/remote.png" alt="remote">'
        "<p>&lt;script&gt;alert(3)&lt;/script&gt; written as text</p>"
    )
    return f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Bad</title><link>{u}/</link>
<item><title>Hostile &lt;b onmouseover="x()"&gt;markup&lt;/b&gt;</title><link>{u}/bad/1</link>
<pubDate>Sun, 29 Nov 2026 05:00:00 +0000</pubDate>
<description><![CDATA[{body}]]></description></item></channel></rss>"""


@pytest.fixture
def site() -> Iterator[FeedSite]:
    site = FeedSite()
    yield from serve_site(site)


def populate(site: FeedSite, trickle: bool = False) -> None:
    """The site; ``trickle``: /never sends a byte every 50 ms forever (else it is a 404)."""
    u = site.url
    site.add("/wp.xml", wordpress(u), RSS)
    site.add("/lake.atom", summary_atom(u), ATOM)
    site.add("/latin.xml", latin_rss(u), "application/rss+xml")
    site.add("/hostile.xml", hostile_rss(u), RSS)
    site.add("/img/harbour.png", png(2400, 1200), "image/png")
    site.add("/img/ferry.jpg", jpeg(640, 480), "image/jpeg")
    site.routes["/img/huge.jpg"] = Route(kind="stream", content_type="image/jpeg", size=20 << 20)
    site.add("/news/pics/tide.jpg", jpeg(1000, 700), "image/jpeg")
    site.add(
        "/news/tides.html",
        page(
            "Tides study ordered",
            prose("the tides", 3)
            + f"<p>{UNIQUE}</p>"
            + '<figure><img src="pics/tide.jpg" alt="High tide"></figure>'
            + prose("the study", 2),
            canonical=f"{u}/canonical/tides",
        ),
    )
    if trickle:
        site.routes["/never"] = Route(kind="trickle")
    site.routes["/loop"] = Route(kind="redirect", target="/loop2")
    site.routes["/loop2"] = Route(kind="redirect", target="/loop")


def write_recipe(tmp_path: Path, site: FeedSite, **extra: str) -> Path:
    u = site.url
    recipe = tmp_path / "lake.toml"
    recipe.write_text(
        f"""[publication]
id = "rassegna-lago"
title = "Rassegna del lago"
language = "it"
comments = "https://comments.example/"

[edition]
image_max_px = 800
max_age_days = 3

[fetch]
timeout = 5
deadline = 2
max_image_mb = 2
{extra.get("fetch", "")}

[[sections]]
id = "lago"
title = "Lago"
feeds = ["{u}/wp.xml", "{u}/lake.atom", "{u}/dead.xml"]
full_text = "auto"
max_articles = 30

[[sections]]
id = "cronache"
title = "Cronache"
feeds = ["{u}/latin.xml", "{u}/hostile.xml", "{u}/wp.xml"]
"""
    )
    return recipe


def build(recipe: Path, out: Path, *more: str, day: str = DAY) -> tuple[int, str, str]:
    result = CliRunner().invoke(
        cli, ["feeds", "build", str(recipe), "-o", str(out), "--date", day, *more]
    )
    assert "Traceback" not in result.output + result.stderr, result.stderr
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def articles(bundle: Path) -> dict[str, str]:
    manifest = read_manifest(bundle).raw
    with zipfile.ZipFile(bundle) as archive:
        return {a["title"]: archive.read(a["file"]).decode() for a in manifest["articles"]}


def test_build_from_feeds_in_the_wild(tmp_path: Path, site: FeedSite) -> None:
    populate(site, trickle=True)
    recipe = write_recipe(tmp_path, site)
    code, out, err = build(recipe, tmp_path / "out")
    assert code == 0, err
    bundle = Path(out.strip())
    assert out.count("\n") == 1 and bundle.parent == tmp_path / "out" and bundle.is_file()
    assert validate_bundle(bundle) == []
    manifest = read_manifest(bundle)
    raw = manifest.raw
    assert raw["edition"]["id"] == f"rassegna-lago-{DAY}" and manifest.revision == 1
    assert raw["publication"]["comments"] == {"server": "https://comments.example/"}
    assert raw["edition"]["cover"] in raw["files"]  # drawn, none in the recipe

    # A failing feed and failing pages are reported each on one line; the edition goes on.
    assert re.search(r"error: .*/dead.xml: HTTP 404", err)
    assert "/never: not finished in 2 s" in err
    assert "/gone: HTTP 404" in err and "/loop: too many redirects" in err

    texts = articles(bundle)
    # Deduplicated across feeds and sections by guid / link / title: once each.
    assert sorted(texts) == sorted(
        [
            "Harbour plan approved",
            "Ferry timetable changes",
            "Tides study ordered",
            "A page that never ends",
            "A page that is gone",
            "A page that loops",
            "Perché la città è più verde",
            "Hostile markup",
        ]
    )
    by_title = {a.title: a for a in manifest.articles}
    assert [s for s, _ in manifest.sections] == ["lago", "cronache"]
    assert by_title["Perché la città è più verde"].section == "cronache"
    assert by_title["Harbour plan approved"].authors == ("Ada Rossi",)

    # Summary-only Atom: full text from the page, without its furniture; canonical URL kept.
    tides = texts["Tides study ordered"]
    assert UNIQUE in tides and "Paragraph 1 about the study" in tides
    for furniture in ("SIDEBAR-MOST-READ", "FOOTER-COPYRIGHT", "cookies", "Meteo"):
        assert furniture not in tides
    assert by_title["Tides study ordered"].url == f"{site.url}/canonical/tides"
    assert by_title["Tides study ordered"].standfirst == "Short teaser 1."

    # WordPress content:encoded used as it is; relative images resolved, fetched, scaled.
    harbour = texts["Harbour plan approved"]
    assert "Paragraph 3 about the harbour" in harbour and "boats" in harbour
    assert not site.hits("/2026/harbour/")  # the feed had the full text: no page fetch
    images = by_title["Harbour plan approved"].images
    assert len(images) == 1  # the 20 MB image and the 404 are dropped, not left remote
    assert (
        "huge" not in harbour
        and "missing" not in harbour
        and "http" not in harbour.split("---")[-1]
    )
    from PIL import Image

    with zipfile.ZipFile(bundle) as archive, Image.open(archive.open(images[0])) as picture:
        assert max(picture.size) == 800
    assert by_title["Tides study ordered"].images and by_title["Ferry timetable changes"].images
    assert by_title["Ferry timetable changes"].published.startswith(DAY) or True

    # ISO-8859-1 decoded.
    assert "Caffè e virtù" in texts["Perché la città è più verde"]

    # Hostile markup: nothing active survives the render the reader uses.
    for title, text in texts.items():
        html = render_markdown(
            text,
            edition_id=manifest.edition_id,
            language="it",
            images=frozenset(by_title[title].images),
        ).html
        lowered = html.lower()
        for bad in (
            "<script",
            "onerror",
            "onclick",
            "javascript:",
            "<iframe",
            "style=",
            "127.0.0.1:1",
        ):
            assert bad not in lowered, (title, bad)
    hostile_html = render_markdown(texts["Hostile markup"], edition_id="x", language="it").html
    assert "https://ok.example/" in hostile_html and "&lt;script&gt;" in hostile_html


def test_rerun_is_incremental(tmp_path: Path, site: FeedSite) -> None:
    populate(site)
    recipe = write_recipe(tmp_path, site)
    out = tmp_path / "out"
    assert build(recipe, out)[0] == 0
    first = sorted(out.glob("*.edicola"))

    # Nothing new: conditional requests, nothing written, exit 0.
    before = len(site.log)
    code, stdout, err = build(recipe, out)
    assert code == 0 and stdout == "" and "nothing new" in err
    assert sorted(out.glob("*.edicola")) == first
    feeds_hit = [h for p, h in site.log[before:] if p == "/wp.xml"]
    assert feeds_hit and all("If-None-Match" in h for h in feeds_hit)
    assert not [p for p, _ in site.log[before:] if p.startswith(("/img", "/news/"))]

    # A new item the same day: revision 2 with the whole day; old items not repeated.
    extra = f"""<item><title>Storm warning</title><link>{site.url}/2026/storm</link>
<guid>{site.url}/?p=103</guid><pubDate>Sun, 29 Nov 2026 11:00:00 +0000</pubDate>
<content:encoded><![CDATA[{prose("the storm", 4)}]]></content:encoded></item>"""
    site.add("/wp.xml", wordpress(site.url, extra), RSS)
    code, stdout, err = build(recipe, out)
    assert code == 0, err
    second = Path(stdout.strip())
    assert second.name == f"rassegna-lago-{DAY}-r2.edicola"
    titles = articles(second)
    assert "Storm warning" in titles and "Harbour plan approved" in titles
    assert len(titles) == len(articles(first[0])) + 1
    ids_r1 = {a.id for a in read_manifest(first[0]).articles}
    assert ids_r1 <= {a.id for a in read_manifest(second).articles}  # bookmarks survive

    # The next day: a new edition with only what is new.
    extra += f"""<item><title>Market reopens</title><link>{site.url}/2026/market</link>
<guid>{site.url}/?p=104</guid><pubDate>Mon, 30 Nov 2026 07:00:00 +0000</pubDate>
<content:encoded><![CDATA[{prose("the market", 4)}]]></content:encoded></item>"""
    site.add("/wp.xml", wordpress(site.url, extra), RSS)
    code, stdout, err = build(recipe, out, day="2026-11-30")
    assert code == 0, err
    assert list(articles(Path(stdout.strip()))) == ["Market reopens"]
    state = json.loads((out / ".edicola-feeds" / "rassegna-lago" / "state.json").read_text())
    assert state["revisions"] == {DAY: 2, "2026-11-30": 1}


def test_signed_and_published_in_one_command(tmp_path: Path, site: FeedSite) -> None:
    populate(site)
    recipe = write_recipe(tmp_path, site)
    pub, sec = tmp_path / "k.pub", tmp_path / "k.key"
    assert CliRunner().invoke(cli, ["keygen", "-p", str(pub), "-s", str(sec)]).exit_code == 0
    catalog = tmp_path / "catalog"
    code, stdout, err = build(
        recipe, tmp_path / "out", "--key", str(sec), "--publish", str(catalog)
    )
    assert code == 0, err
    bundle = Path(stdout.strip())
    result = CliRunner().invoke(cli, ["validate", str(bundle), "--key", str(pub)])
    assert result.exit_code == 0, result.output
    feed = json.loads((catalog / "publications" / "rassegna-lago.json").read_text())
    assert f"rassegna-lago-{DAY}" in json.dumps(feed)
    assert (catalog / "catalog.json.minisig").is_file()


def test_errors_are_one_line(tmp_path: Path, site: FeedSite) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(
        '[publication]\nid = "Bad Id"\ntitle = "x"\n[[sections]]\nid="a"\ntitle="A"\nfeeds=["http://x/"]\n'
    )
    code, _, err = build(bad, tmp_path / "out")
    assert code == 1 and err.count("\n") == 1 and "publication.id" in err
    bad.write_text("[publication\n")
    code, _, err = build(bad, tmp_path / "out")
    assert code == 1 and "not valid TOML" in err and err.count("\n") == 1
    # Every feed failing is an error, and nothing is written.
    only_dead = tmp_path / "dead.toml"
    only_dead.write_text(
        f'[publication]\nid = "dead"\ntitle = "Dead"\n[[sections]]\nid = "a"\ntitle = "A"\n'
        f'feeds = ["{site.url}/dead.xml", "{site.url}/loop"]\n'
    )
    code, _, err = build(only_dead, tmp_path / "out")
    assert (
        code == 1 and "every feed failed" in err and not list((tmp_path / "out").glob("*.edicola"))
    )


def test_check_reports_per_feed(tmp_path: Path, site: FeedSite) -> None:
    populate(site)
    recipe = write_recipe(tmp_path, site)
    result = CliRunner().invoke(cli, ["feeds", "check", str(recipe)])
    assert result.exit_code == 1  # the dead feed
    lines = result.stdout.splitlines()
    assert (
        f"{site.url}/wp.xml: 2 items, 2 with full text in the feed, 0 need the page [lago]" in lines
    )
    assert (
        f"{site.url}/lake.atom: 5 items, 0 with full text in the feed, 5 need the page [lago]"
        in lines
    )
    assert f"{site.url}/dead.xml: error: HTTP 404 Not Found" in lines
    assert "  [page] 2026-11-29  Tides study ordered" in lines
    assert not list(tmp_path.glob("**/*.edicola"))
