"""Naming a reader-made paper's sections after their feeds' own titles.

A paper made in the reader has one section per feed, first titled after the
feed's site (:func:`edicola.core.feeds.papers.site_title`), because nothing
is fetched while the reader types. Before the paper's first build each such
section's feed is fetched once and the section takes the feed's title
("Il Post", "BBC News - World"); a section the reader renamed, a feed that
fails or has no title, keep what they have.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from edicola.core.feeds.build import Fetcher, FetchError, FetchRequest
from edicola.core.feeds.papers import site_title
from edicola.core.feeds.parse import FeedParseError, parse_feed
from edicola.core.feeds.recipe import Recipe, Section

MAX_TITLE = 80


def feed_title(fetcher: Fetcher, url: str, now: datetime) -> str:
    """The feed's own title, one line, or "" when it cannot be had."""
    try:
        result = fetcher.fetch(FetchRequest(url, "feed"))
        if result.not_modified or not result.data:
            return ""
        parsed = parse_feed(result.data, result.url, result.content_type, now)
    except (FetchError, FeedParseError):
        return ""
    title = " ".join(parsed.title.split())
    return title[: MAX_TITLE - 1] + "…" if len(title) > MAX_TITLE else title


def unnamed(section: Section) -> bool:
    """One feed, and still titled after its site."""
    return len(section.feeds) == 1 and section.title == site_title(section.feeds[0])


def named_sections(recipe: Recipe, fetcher: Fetcher, now: datetime) -> Recipe:
    """``recipe`` with each :func:`unnamed` section titled after its feed (the same
    recipe when none is, or no title could be had)."""
    sections = []
    for section in recipe.sections:
        title = feed_title(fetcher, section.feeds[0], now) if unnamed(section) else ""
        sections.append(replace(section, title=title) if title else section)
    return replace(recipe, sections=tuple(sections))
