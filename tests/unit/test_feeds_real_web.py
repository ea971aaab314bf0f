"""What the real web does to feed texts: teasers, CMS signatures, brackets, links, identities."""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime

import nh3
import pytest

from edicola.core.feeds.boilerplate import is_navigation, strip_markdown, strip_teaser
from edicola.core.feeds.extract import fragment_to_markdown, tidy_markdown
from edicola.core.feeds.parse import parse_feed
from edicola.core.render import render_markdown

NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)


def shown(markdown: str) -> str:
    """The text a reader sees for ``markdown`` (after the one render road)."""
    rendered = render_markdown(markdown, edition_id="x", language="en").html
    return html.unescape(nh3.clean(rendered, tags=set()))


@pytest.mark.parametrize(
    ("teaser", "kept"),
    [
        ("The plan passed [&#8230;]", "The plan passed"),
        ("The plan passed [...]", "The plan passed"),
        ("Il piano è passato. Continua a leggere", "Il piano è passato."),
        ("Il piano è passato. Leggi tutto »", "Il piano è passato."),
        ("Great day. Read more »", "Great day."),
        ("Text. Continue reading Harbour plan →", "Text."),
        ("Text. The post Harbour plan appeared first on Lake News.", "Text."),
        ("Testo. L'articolo Piano approvato proviene da Cronache del lago.", "Testo."),
        ("Il voto (continua)", "Il voto"),
        # Never a word inside a sentence.
        ("He said to read more books.", "He said to read more books."),
        ("A sentence about more things", "A sentence about more things"),
        ("La ricerca continua", "La ricerca continua"),
    ],
)
def test_teasers_leave_standfirsts(teaser: str, kept: str) -> None:
    assert strip_teaser(teaser) == kept


def test_cms_furniture_leaves_bodies_from_the_feed() -> None:
    body = (
        "<p>The council met on Tuesday and approved the harbour plan after a long debate.</p>"
        "<p>Share this:</p>"
        '<p>Residents asked about noise. <a href="https://x.example/p">Continue reading →</a></p>'
        '<p>The post <a href="https://x.example/p">Harbour</a> appeared first on '
        '<a href="https://x.example/">Lake News</a>.</p>'
    )
    text = shown(fragment_to_markdown(body, "https://x.example/p").markdown)
    assert "approved the harbour plan" in text and "Residents asked about noise." in text
    for noise in ("Continue reading", "appeared first", "Lake News"):
        assert noise not in text
    assert strip_markdown("Real text.\n\nJump to navigation") == "Real text."
    assert strip_markdown("Real text.\n\nShare this:\n\nMore text.") == "Real text.\n\nMore text."
    assert is_navigation("[Jump to search](https://w.example/#p-search)")
    assert not is_navigation("The jump to search was hard for the team to make.")


@pytest.mark.parametrize(
    "markdown",
    [
        "Look: ![TOP 5 Fashion Must Haves 2018 \\[Werbung\\]](https://x.example/a.png) here.",
        "Hinton.[[1](https://w.example/#cite-1)] It is nonlinear.",
        "A tool, [`venv`](https://docs.example/venv), and `code [a]` and [x] alone.",
        "[![alt [x]](https://x.example/i.png)](https://x.example/l) linked picture",
        "      [Indented link](https://x.example/i) in a table cell's leftovers",
        "[a link](/relative/path) and [another](./x.md) and [proto](//host/x)",
        "[js](javascript:x) and [data](data:text/html,x)",
        "***nested* emphasis** and [brackets [inside] text](https://x.example/b)",
    ],
)
def test_markdown_syntax_never_reaches_the_reader(markdown: str) -> None:
    tidy = tidy_markdown(markdown, "https://x.example/page")
    text = shown(tidy.markdown)
    for syntax in ("![", "](", "[["):
        assert syntax not in text, (syntax, tidy.markdown, text)


def test_relative_links_are_resolved_against_the_page() -> None:
    tidy = tidy_markdown("[a](/uri) [b](./x.md) [c](//host/x)", "https://site.example/news/p")
    assert "(https://site.example/uri)" in tidy.markdown
    assert "(https://site.example/news/x.md)" in tidy.markdown
    assert "(https://host/x)" in tidy.markdown


def test_the_sanitiser_unlinks_what_goes_nowhere_and_keeps_the_text() -> None:
    rendered = render_markdown(
        "[rel](/uri) [dot](./x.md) [proto](//host/x) [ok](https://ok.example/) "
        "[mail](mailto:a@b.example) [art](edicola:article/e/a) note[^1]\n\n[^1]: A note.",
        edition_id="e",
        language="en",
    ).html
    hrefs = re.findall(r'href="([^"]*)"', rendered)
    assert "https://ok.example/" in hrefs and "mailto:a@b.example" in hrefs
    assert "edicola:article/e/a" in hrefs and any(h.startswith("#") for h in hrefs)
    assert not [h for h in hrefs if h.startswith(("/", ".", "//"))], hrefs
    text = html.unescape(nh3.clean(rendered, tags=set()))
    assert "rel" in text and "dot" in text and "proto" in text


def _rss(items: str) -> bytes:
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        f"<link>https://news.example/</link>{items}</channel></rss>"
    ).encode()


def test_items_with_only_a_description_get_an_identity_and_a_title() -> None:
    feed = parse_feed(
        _rss(
            "<item><description>The ferry will not run on Sunday. Buses replace it.</description>"
            "</item><item><description>Another story entirely, about the market.</description>"
            "</item><item><title>&amp;</title></item><item><description> </description></item>"
        ),
        "https://news.example/rss",
        "application/rss+xml",
        NOW,
    )
    assert [i.title for i in feed.items] == [
        "The ferry will not run on Sunday",
        "Another story entirely, about the market",
        "&",
    ]
    keys = [i.key for i in feed.items]
    assert all(keys) and len(set(keys)) == 3
    again = parse_feed(
        _rss(
            "<item><description>The  ferry will NOT run on Sunday. Buses replace it."
            "</description></item>"
        ),
        "https://news.example/rss",
        "application/rss+xml",
        NOW,
    )
    assert again.items[0].key == keys[0]  # the same words, re-serialised: the same story
    assert feed.left_out == ["entry 4: no title and no text"]


def test_a_stub_never_leads_and_the_cover_story_is_the_best_illustrated_full_one() -> None:
    from edicola.core.feeds.assemble import ArticleRecord, cover_story, rank

    def record(slug: str, published: str, stub: bool = False, images: int = 0) -> ArticleRecord:
        pictures = [f"images/{slug}-{n}.jpg" for n in range(images)]
        return ArticleRecord(
            [slug],
            "news",
            slug,
            slug.title(),
            "",
            [],
            published,
            "https://x.example/",
            "Text.\n",
            pictures,
            stub=stub,
        )

    stub = record("stub", "2026-11-29T12:00:00+00:00", stub=True)
    plain = record("plain", "2026-11-29T11:00:00+00:00")
    pictured = record("pictured", "2026-11-29T10:00:00+00:00", images=2)
    ranked = rank([stub, plain, pictured], ["news"])
    assert ranked[0] is plain and ranked[-1] is stub
    assert cover_story(ranked) is pictured
    assert ArticleRecord.from_json({k: v for k, v in plain.to_json().items() if k != "stub"})
