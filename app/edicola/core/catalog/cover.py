"""A cover for a catalog entry whose edition has none.

OPDS clients show ``images`` while browsing, and some refuse a publication
without one, so ``publish`` gives every edition a cover: the bundle's own, or
this one, drawn like a feeds edition's front page (masthead, date, headlines,
the lead's picture) by :func:`edicola.core.feeds.cover.draw_cover`. The same
edition always gives the same bytes, so publishing again changes nothing.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from edicola.core.bundle.format import ArticleEntry, BundleError
from edicola.core.bundle.reader import open_bundle
from edicola.core.catalog.opds import EditionEntry
from edicola.core.feeds.assemble import long_date
from edicola.core.feeds.cover import draw_cover

COVER_TYPE = "image/png"


def _date_line(day: str, language: str) -> str:
    try:
        return long_date(date.fromisoformat(day), language)
    except ValueError:
        return day


def drawn_cover_href(bundle_href: str) -> str:
    """``covers/<edition>.r<rev>.png`` beside the real covers, named after the bundle."""
    stem = bundle_href.rsplit("/", 1)[-1].removesuffix(".edicola")
    return f"covers/{stem}.png"


def cover_from_bundle(bundle: Path) -> bytes:
    """The edition's front page as a PNG: its masthead, date, three headlines and the
    first picture of the first illustrated article. Raises BundleError, OSError."""
    with open_bundle(bundle) as reader:
        manifest = reader.manifest
        articles = manifest.articles
        lead: ArticleEntry | None = next(
            (a for a in articles if a.images), articles[0] if articles else None
        )
        picture = None
        if lead is not None and lead.images:
            try:
                picture = reader.read_image(lead.images[0])[0]
            except BundleError:
                picture = None  # the bands stand in, as for an article without a picture
        others = [a.title for a in articles if a is not lead]
        headlines = ([lead.title] if lead else []) + others
        return draw_cover(
            str(manifest.publication["title"]),
            _date_line(str(manifest.edition["date"]), manifest.language),
            headlines[:3],
            picture,
        )


def cover_from_entry(entry: EditionEntry, masthead: str) -> bytes:
    """A cover from the catalog entry alone, when its bundle is not in the folder."""
    return draw_cover(masthead, _date_line(entry.date, entry.language), [entry.title])
