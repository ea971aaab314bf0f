"""A feed build never reaches the reader's own machine or network (issue 19).

Two real servers on 127.0.0.1: the news site the reader typed the feed of, and
an "admin" service on another port holding a secret. The feed points at the
admin service every way it can (item links, images, enclosures, a redirect
from the news site) and in every notation of loopback. The admin service
must see no request and the edition no secret, unless the recipe says
``allow_private_networks = true``.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from edicola.cli import cli
from edicola.core.feeds.build import FetchError, FetchRequest
from edicola.core.feeds.recipe import FetchLimits
from edicola.net.feed_fetch import FeedFetcher
from tests.helpers.feed_site import FeedSite, Route, page, png, serve_site

SECRET = "TOKEN-7f3a-admin-secret"
DAY = "2026-11-29"


@pytest.fixture
def news() -> Iterator[FeedSite]:
    yield from serve_site(FeedSite())


@pytest.fixture
def admin() -> Iterator[FeedSite]:
    site = FeedSite()
    body = f"<p>{SECRET} " + "The admin console lists every account and its token. " * 40 + "</p>"
    site.add("/admin", page("Admin console", body))
    site.add("/admin.png", png(), "image/png")
    yield from serve_site(site)


def _notations(admin: FeedSite) -> list[str]:
    """The admin service's base URL in every notation of 127.0.0.1."""
    port = admin.url.rsplit(":", 1)[1]
    hosts = ["127.0.0.1", "2130706433", "0x7f000001", "0177.0.0.1", "127.1", "localhost"]
    hosts += ["[::ffff:127.0.0.1]", "[::ffff:7f00:1]", "0.0.0.0"]
    return [f"http://{host}:{port}" for host in hosts]


def _feed(news: FeedSite, admin: FeedSite) -> str:
    items = []
    for n, base in enumerate(_notations(admin)):
        items.append(
            f"""<item><title>Item {n}</title><link>{base}/admin</link><guid>n{n}</guid>
<pubDate>Sun, 29 Nov 2026 0{n % 10}:00:00 +0000</pubDate>
<description><![CDATA[<p>Teaser {n} <img src="{base}/admin.png" alt="x"></p>]]></description>
<enclosure url="{base}/admin.png" type="image/png" length="100"/></item>"""
        )
    items.append(
        f"""<item><title>Redirected</title><link>{news.url}/moved</link><guid>moved</guid>
<pubDate>Sun, 29 Nov 2026 11:00:00 +0000</pubDate><description>Teaser</description></item>"""
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>'
        f"<link>{news.url}/</link>{''.join(items)}</channel></rss>"
    )


def _recipe(tmp_path: Path, news: FeedSite, allow: bool = False) -> Path:
    recipe = tmp_path / "news.toml"
    recipe.write_text(
        f"""[publication]
id = "news"
title = "News"
language = "en"

[fetch]
timeout = 5
deadline = 5
{"allow_private_networks = true" if allow else ""}

[[sections]]
id = "all"
title = "All"
feeds = ["{news.url}/feed.xml"]
full_text = "always"
""",
        "utf-8",
    )
    return recipe


def _build(recipe: Path, out: Path) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["feeds", "build", str(recipe), "-o", str(out), "--date", DAY])
    assert "Traceback" not in result.output + result.stderr, result.stderr
    return result.exit_code, result.stderr


def _bundle_text(out: Path) -> str:
    bundles = list(out.glob("*.edicola"))
    if not bundles:
        return ""
    with zipfile.ZipFile(bundles[0]) as archive:
        return "".join(archive.read(name).decode("utf-8", "replace") for name in archive.namelist())


def test_what_a_feed_points_at_never_reaches_this_machine(
    tmp_path: Path, news: FeedSite, admin: FeedSite
) -> None:
    news.add("/feed.xml", _feed(news, admin), "application/rss+xml")
    news.routes["/moved"] = Route(kind="redirect", target=f"{admin.url}/admin")
    code, err = _build(_recipe(tmp_path, news), tmp_path / "out")
    assert code == 0, err
    assert admin.log == []  # not one request, in any notation or through the redirect
    assert SECRET not in _bundle_text(tmp_path / "out")
    assert "refused" in err and "loopback" in err
    assert news.hits("/feed.xml") and news.hits("/moved")  # the feed's own origin is fine


def test_a_recipe_may_allow_private_networks(
    tmp_path: Path, news: FeedSite, admin: FeedSite
) -> None:
    news.add("/feed.xml", _feed(news, admin), "application/rss+xml")
    news.routes["/moved"] = Route(kind="redirect", target=f"{admin.url}/admin")
    code, err = _build(_recipe(tmp_path, news, allow=True), tmp_path / "out")
    assert code == 0, err
    assert admin.hits("/admin")
    assert SECRET in _bundle_text(tmp_path / "out")


@pytest.mark.parametrize("kind", ["page", "image"])
def test_each_request_kind_and_notation_is_refused_before_connecting(
    news: FeedSite, admin: FeedSite, kind: str
) -> None:
    news.add("/feed.xml", "<rss/>", "application/rss+xml")
    fetcher = FeedFetcher(FetchLimits(timeout=5, deadline=5))
    fetcher.fetch(FetchRequest(f"{news.url}/feed.xml", "feed"))
    for base in _notations(admin):
        with pytest.raises(FetchError, match=r"refused: .*(loopback|unspecified) address"):
            fetcher.fetch(FetchRequest(f"{base}/admin", kind))
    assert admin.log == []
