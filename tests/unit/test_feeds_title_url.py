"""A page's title and canonical URL, read without trafilatura's date search, are the
ones ``trafilatura.extract_metadata`` gives (issue 21: the build read every date to
keep two fields)."""

from __future__ import annotations

import pytest
import trafilatura

from edicola.core.feeds.extract import title_and_url

URL = "https://news.example/2026/12/07/story.html"
PAGES = {
    "plain title": (
        "<html><head><title>Harbour reopens</title></head><body><p>Text.</p></body></html>"
    ),
    "open graph": (
        '<html><head><meta property="og:title" content="The ferry &amp; the tide">'
        '<meta property="og:url" content="https://news.example/ferry"></head>'
        "<body><h1>Other</h1></body></html>"
    ),
    "canonical link": (
        '<html><head><title>  Council\n meets </title><link rel="canonical"'
        ' href="https://news.example/council"></head><body></body></html>'
    ),
    "json-ld": (
        '<html><head><script type="application/ld+json">{"@context": "https://schema.org",'
        ' "@type": "NewsArticle", "headline": "Bridge closed", "url":'
        ' "https://news.example/bridge"}</script></head><body><p>x</p></body></html>'
    ),
    "only a heading": "<html><body><h1>Market day</h1><p>Stalls.</p></body></html>",
    "broken json-ld": (
        '<html><head><script type="application/ld+json">{"headline": </script>'
        "<title>Still here</title></head><body></body></html>"
    ),
}


@pytest.mark.parametrize("name", PAGES)
def test_title_and_url_are_extract_metadatas(name: str) -> None:
    html = PAGES[name]
    metadata = trafilatura.extract_metadata(html, default_url=URL)
    assert title_and_url(html, URL) == (metadata.title or "", metadata.url or "")


def test_a_page_without_a_tree_has_neither() -> None:
    assert title_and_url("", URL) == ("", "")
