"""``edicola feeds check``: what each feed of a recipe offers, without building anything."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from edicola.core.feeds.build import Fetcher, fetch_feeds
from edicola.core.feeds.extract import looks_like_summary
from edicola.core.feeds.recipe import Recipe
from edicola.core.feeds.state import FeedState


@dataclass
class FeedCheck:
    url: str
    section: str
    error: str = ""
    items: list[str] = field(default_factory=list)
    """One line per item: ``[full]`` or ``[page]``/``[summary]``, date, title."""
    full_text: int = 0
    from_page: int = 0


def check_recipe(recipe: Recipe, fetcher: Fetcher, now: datetime) -> list[FeedCheck]:
    """One :class:`FeedCheck` per feed, in recipe order (no conditional requests)."""
    from pathlib import Path

    blank = FeedState(Path("."))  # never saved: check must see every item
    modes = {s.id: s.full_text for s in recipe.sections}
    checks = []
    for report in fetch_feeds(recipe, fetcher, blank, now, lambda _p: None):
        check = FeedCheck(report.url, report.section, report.error)
        for item in report.items:
            full = not looks_like_summary(item.content_html or item.summary_html)
            mode = modes[report.section]
            if full and mode != "always":
                tag = "full"
                check.full_text += 1
            elif item.link and mode != "never":
                tag = "page"
                check.from_page += 1
            else:
                tag = "summary"
            when = item.published.date().isoformat() if item.dated else "no date"
            check.items.append(f"[{tag}] {when}  {item.title or item.link}")
        checks.append(check)
    return checks
