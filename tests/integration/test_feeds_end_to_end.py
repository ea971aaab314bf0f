"""Recipe → edition → signed catalog → the reader downloads it → search finds the page text.

Every step is the real one: ``edicola feeds build --key --publish``, the
catalog served over HTTP on 127.0.0.1, ``edicola catalog`` and ``edicola
download`` (the reader's CatalogClient and Downloader), ``edicola search``.
The sentence searched for exists only in the article page that trafilatura
extracted, not in the feed.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from edicola.cli import cli
from edicola.servers.static_server import StaticServer
from tests.helpers.feed_site import ATOM, FeedSite, page, serve_site

SENTENCE = "Quarantadue aironi cenerini nidificano sul frangiflutti."


@pytest.fixture
def site() -> Iterator[FeedSite]:
    site = FeedSite()
    yield from serve_site(site)


def invoke(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output + result.stderr
    return result.stdout


def test_feed_to_reader_search(
    tmp_path: Path, site: FeedSite, server: StaticServer, qapp: object
) -> None:
    u = site.url
    site.add(
        "/lago.atom",
        f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Lago</title><id>tag:lago</id><updated>2026-11-29T10:00:00Z</updated>
<entry><title>Aironi sul lago</title><link href="{u}/aironi.html"/><id>tag:lago,1</id>
<updated>2026-11-29T09:00:00Z</updated><summary>Gli uccelli tornano.</summary></entry></feed>""",
        ATOM,
    )
    body = "".join(
        f"<p>Paragrafo {i}: il censimento degli uccelli lungo la riva ha contato nuove coppie "
        f"nella zona {i}, e gli ornitologi chiedono di proteggere il canneto numero {i}.</p>"
        for i in range(4)
    )
    site.add("/aironi.html", page("Aironi sul lago", body + f"<p>{SENTENCE}</p>"))
    recipe = tmp_path / "lago.toml"
    recipe.write_text(
        f'[publication]\nid = "rassegna-lago"\ntitle = "Rassegna del lago"\nlanguage = "it"\n\n'
        f'[[sections]]\nid = "lago"\ntitle = "Lago"\nfeeds = ["{u}/lago.atom"]\n'
    )
    pub, sec = tmp_path / "k.pub", tmp_path / "k.key"
    invoke("keygen", "-p", str(pub), "-s", str(sec))
    catalog = server.root
    out = invoke(
        "feeds",
        "build",
        str(recipe),
        "-o",
        str(tmp_path / "out"),
        "--key",
        str(sec),
        "--publish",
        str(catalog),
        "--base-url",
        server.url,
        "--date",
        "2026-11-29",
    )
    assert out.strip().endswith("rassegna-lago-2026-11-29-r1.edicola")
    root = json.loads((catalog / "catalog.json").read_text("utf-8"))
    assert root["links"][0]["href"] == server.url + "catalog.json"  # absolute self link

    library = str(tmp_path / "reader")
    listing = invoke("--library", library, "catalog", server.url + "catalog.json")
    assert "rassegna-lago-2026-11-29" in listing and "signed" in listing
    invoke("--library", library, "download", "rassegna-lago-2026-11-29")
    found = json.loads(invoke("--library", library, "search", "aironi frangiflutti", "--json"))
    assert found and found[0]["title"] == "Aironi sul lago", found
