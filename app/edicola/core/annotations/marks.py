"""Marks: highlights (a passage) and bookmarks (a place), as one kind of record.

The *Highlights and bookmarks* view, the search and the exports list both
together, so the store hands both out as :class:`Mark`; only a highlight has a
colour, a state and an anchor, only a bookmark a reading position.
"""

from __future__ import annotations

import hashlib
from typing import Any, NamedTuple

from edicola.core.annotations.selectors import Anchor

HIGHLIGHT = "highlight"
BOOKMARK = "bookmark"

COLORS = ("yellow", "green", "blue", "pink")
DEFAULT_COLOR = COLORS[0]

ANCHORED = "anchored"
ORPHANED = "orphaned"
"""The passage was not found in the article's current revision; the highlight
is kept with its quote, never deleted."""


def bookmark_id(article_id: str) -> str:
    """A bookmark's id: stable, short, and never equal to a highlight's (``h-…``)."""
    return "b-" + hashlib.sha256(article_id.encode("utf-8")).hexdigest()[:10]


def edition_of(article_id: str) -> str:
    """The edition id in an article id (``edition/slug``)."""
    return article_id.partition("/")[0]


class Mark(NamedTuple):
    """One highlight or bookmark (a tuple: the view and exports make thousands at once)."""

    kind: str
    id: str
    article_id: str
    """Empty for a highlight made on a printed page outside any article."""
    edition_id: str
    title: str
    publication_title: str
    edition_date: str
    url: str
    note: str
    created: str
    modified: str
    available: bool
    """The article is in the library (a removed edition's marks are kept)."""
    authors: tuple[str, ...] = ()
    color: str = ""
    state: str = ""
    anchor: Anchor | None = None
    page: int | None = None
    """The printed page a highlight was made on, when it was made there."""
    position: float = 0.0
    """A bookmark's place in its article, 0 to 1."""

    @property
    def quote(self) -> str:
        return self.anchor.exact if self.anchor else ""

    def to_json(self) -> dict[str, Any]:
        entry: dict[str, Any] = {
            "id": self.id,
            "kind": self.kind,
            "article_id": self.article_id,
            "edition_id": self.edition_id,
            "quote": self.quote,
            "note": self.note,
            "color": self.color,
            "state": self.state,
            "created": self.created,
            "modified": self.modified,
            "title": self.title,
            "publication": self.publication_title,
            "date": self.edition_date,
            "url": self.url,
            "available": self.available,
        }
        if self.anchor:
            entry |= {
                "prefix": self.anchor.prefix,
                "suffix": self.anchor.suffix,
                "start": self.anchor.start,
                "end": self.anchor.end,
            }
        if self.page is not None:
            entry["page"] = self.page
        if self.kind == BOOKMARK:
            entry["position"] = self.position
        return entry
