"""The Qt-free parts of feeds: recipes, feed parsing and dedup, images, OPML, covers."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image

from edicola.core.bundle.format import sniff_image
from edicola.core.feeds.cover import draw_cover
from edicola.core.feeds.extract import decode_page, fragment_to_markdown, looks_like_summary
from edicola.core.feeds.images import ImageRejected, prepare_image
from edicola.core.feeds.opml import OpmlError, OpmlFeed, read_opml, write_opml
from edicola.core.feeds.parse import Deduplicator, FeedParseError, parse_feed
from edicola.core.feeds.recipe import RecipeError, dump_recipe, load_recipe, parse_recipe

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
MINIMAL = {
    "publication": {"id": "rassegna-lago", "title": "Rassegna del lago", "language": "it"},
    "sections": [{"id": "lago", "title": "Lago", "feeds": ["https://example.org/a.xml"]}],
}


def test_minimal_recipe_has_defaults_and_round_trips(tmp_path: Path) -> None:
    recipe = parse_recipe(MINIMAL, "r.toml")
    section = recipe.sections[0]
    assert (section.full_text, section.max_articles, recipe.max_age_days) == ("auto", 30, 3)
    path = tmp_path / "r.toml"
    path.write_text(dump_recipe(recipe))
    again = load_recipe(path)
    assert again.sections == recipe.sections and again.title == recipe.title


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"publication": {"id": "Bad", "title": "x"}}, "publication.id"),
        ({"publication": {"id": "a", "title": "x", "colour": 1}}, "publication.colour: unknown"),
        ({"sections": []}, "sections: give at least one"),
        ({"sections": [{"id": "a", "title": "A", "feeds": ["file:///etc/passwd"]}]}, "http(s)"),
        (
            {"sections": [{"id": "a", "title": "A", "feeds": ["https://x/"], "full_text": "yes"}]},
            "full_text",
        ),
        ({"fetch": {"per_host": 0}}, "fetch.per_host: must be between"),
        ({"edition": {"cover": "nope.png"}}, "edition.cover"),
    ],
)
def test_recipe_mistakes_name_the_key(change: dict[str, object], message: str) -> None:
    with pytest.raises(RecipeError) as caught:
        parse_recipe({**MINIMAL, **change}, "r.toml", Path("/nonexistent"))
    assert message in str(caught.value) and str(caught.value).startswith("r.toml: ")


RSS = b"""<?xml version="1.0" encoding="windows-1252"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>T</title>
<link>https://news.example/</link>
<item><title>Caf\xe9 \x93quoted\x94</title><link>/a?utm_source=x</link><guid>g1</guid>
<pubDate>Sun, 29 Nov 2026 08:00:00 +0000</pubDate><description>x</description>
<enclosure url="/pics/e.jpg" type="image/jpeg" length="1"/></item>
<item><title>No date</title><link>https://news.example/b</link><description>y</description></item>
<item><title>Future</title><link>https://news.example/c</link>
<pubDate>Mon, 01 Jan 2035 00:00:00 +0000</pubDate><description>z</description></item>
</channel></rss>"""


def test_feed_encodings_dates_and_urls() -> None:
    items = parse_feed(RSS, "https://news.example/feed.xml", "", NOW).items
    first, undated, future = items
    assert first.title == "Café \u201cquoted\u201d"
    assert first.link == "https://news.example/a?utm_source=x"
    assert first.image_urls == ("https://news.example/pics/e.jpg",)
    assert first.dated and first.published == datetime(2026, 11, 29, 8, tzinfo=UTC)
    assert not undated.dated and undated.published == NOW
    assert future.published == NOW


def test_dedup_by_guid_link_or_title() -> None:
    items = parse_feed(RSS, "https://news.example/feed.xml", "", NOW).items
    again = parse_feed(
        RSS.replace(b"<guid>g1</guid>", b"<guid>other</guid>"), "https://x/f", "", NOW
    ).items
    dedup = Deduplicator()
    assert [dedup.is_new(i) for i in items] == [True, True, True]
    # Same link without the tracking parameter, different guid: the same story.
    assert [dedup.is_new(i) for i in again] == [False, False, False]


def test_not_a_feed() -> None:
    with pytest.raises(FeedParseError, match="not an RSS or Atom feed"):
        parse_feed(b"<html><body>hello</body></html>", "https://x/", "text/html", NOW)


def test_summary_detection_and_fragment_markdown() -> None:
    assert looks_like_summary("<p>Short teaser.</p>")
    assert looks_like_summary("<p>" + "word " * 300 + "[&#8230;]</p>")
    assert not looks_like_summary("<p>" + "word " * 300 + "</p>")
    body = fragment_to_markdown(
        '<p>Hello <a href="javascript:x()">bad</a> <a href="/rel">good</a> '
        + "words " * 30
        + '</p><p><img src="https://x.example/i.png" alt="pic"></p>',
        "https://x.example/post/",
    )
    assert "javascript" not in body.markdown and "(https://x.example/rel)" in body.markdown
    assert body.images == ["https://x.example/i.png"]
    assert decode_page("caff\xe8".encode("cp1252"), "text/html; charset=ISO-8859-1") == "caffè"


def _image(fmt: str, size: tuple[int, int], mode: str = "RGB") -> bytes:
    out = io.BytesIO()
    Image.new(mode, size, (10, 20, 30, 40)[: len(mode)]).save(out, fmt)
    return out.getvalue()


def test_images_checked_and_scaled() -> None:
    scaled = prepare_image(_image("PNG", (3000, 1000)), 800)
    assert (scaled.width, scaled.height, scaled.extension) == (800, 267, "jpg")
    assert sniff_image(scaled.data) == "image/jpeg"
    with Image.open(io.BytesIO(scaled.data)) as written:  # baseline: cheaper to decode
        assert "progressive" not in written.info and "progression" not in written.info
    assert prepare_image(_image("PNG", (50, 50), "RGBA"), 800).extension == "png"
    small = prepare_image(_image("GIF", (40, 30), "P"), 800)
    assert (small.width, small.height) == (40, 30)
    with pytest.raises(ImageRejected, match="not a PNG"):
        prepare_image(b"<svg onload='x()'/>", 800)
    with pytest.raises(ImageRejected, match="cannot be decoded"):
        prepare_image(b"\x89PNG\r\n\x1a\n" + b"\0" * 100, 800)
    # A decompression bomb: a small file of 49 million pixels is refused before decoding.
    with pytest.raises(ImageRejected, match="too large"):
        prepare_image(_image("PNG", (7000, 7000), "1"), 800)


def test_opml_both_ways() -> None:
    feeds = [
        OpmlFeed("https://a.example/feed", "A & B", "News"),
        OpmlFeed("https://b.example/atom", "B", ""),
    ]
    data = write_opml("Mine <3", feeds)
    assert read_opml(data) == feeds
    nested = b"""<opml version="1.0"><body><outline text="Tech"><outline text="X"
    XMLURL="https://x.example/rss"/><outline text="bad" xmlUrl="javascript:1"/></outline>
    </body></opml>"""
    assert read_opml(nested) == [OpmlFeed("https://x.example/rss", "X", "Tech")]
    bomb = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><opml><body/></opml>'
    with pytest.raises(OpmlError, match="DTD"):
        read_opml(bomb)
    with pytest.raises(OpmlError, match="no http"):
        read_opml(b"<opml><body/></opml>")


def test_cover_is_a_deterministic_png() -> None:
    first = draw_cover("Rassegna del lago", "29 novembre 2026", ["Uno", "Due", "Tre"])
    assert first == draw_cover("Rassegna del lago", "29 novembre 2026", ["Uno", "Due", "Tre"])
    with Image.open(io.BytesIO(first)) as image:
        assert image.size == (600, 800)


def test_feeds_core_and_fetcher_load_no_qt() -> None:
    """``edicola feeds build`` runs without a display: no Qt below the CLI (the
    suite's layering test looks at core/*.py only, not this subpackage)."""
    import subprocess
    import sys

    import edicola.core.feeds

    folder = Path(edicola.core.feeds.__file__).parent
    modules = [f"edicola.core.feeds.{p.stem}" for p in sorted(folder.glob("*.py"))]
    modules += ["edicola.net.feed_fetch", "edicola.cli.feeds"]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "print([n for n in sys.modules if n.startswith(('PySide6', 'shiboken6'))])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_source_images_are_linked_or_copied(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from edicola.core.feeds import assemble

    image = tmp_path / "day.jpg"
    image.write_bytes(b"\xff\xd8picture")
    assemble._place(image, tmp_path / "linked.jpg")
    assert (tmp_path / "linked.jpg").read_bytes() == image.read_bytes()
    assert (tmp_path / "linked.jpg").stat().st_ino == image.stat().st_ino

    def no_links(source: object, destination: object) -> None:
        raise OSError(1, "Operation not permitted")  # as on FAT or some network disks

    monkeypatch.setattr(assemble.os, "link", no_links)
    assemble._place(image, tmp_path / "copied.jpg")
    assert (tmp_path / "copied.jpg").read_bytes() == image.read_bytes()
    assert (tmp_path / "copied.jpg").stat().st_ino != image.stat().st_ino


def test_pictures_prepared_on_many_threads_leave_the_warning_filters_alone() -> None:
    """The feeds build prepares pictures on eight threads; the bomb check's "error"
    filter is set and taken away one decode at a time (two at once left it installed
    for the whole process: 5 filters became 6 in the first round of 300)."""
    import warnings
    from concurrent.futures import ThreadPoolExecutor

    pictures = [_image("PNG", (400 + n % 7, 300)) for n in range(32)]
    before = list(warnings.filters)
    with ThreadPoolExecutor(8) as pool:
        prepared = list(pool.map(lambda data: prepare_image(data, 100), pictures * 16))
    assert warnings.filters == before
    assert all(p.width == 100 for p in prepared)
