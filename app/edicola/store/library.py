"""The library: one database and the stores that share it.

This is the composition root for the storage layer: the CLI and the app open
a :class:`Library` and hand its stores to whoever needs them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from edicola.store.bookmarks import BookmarkStore
from edicola.store.catalogs import CatalogStore
from edicola.store.comments import CommentStore
from edicola.store.database import open_library
from edicola.store.editions import EditionStore
from edicola.store.highlights import HighlightStore
from edicola.store.marks import MarkList
from edicola.store.reading_state import ReadingStateStore
from edicola.store.search_index import SearchIndex


@dataclass
class Library:
    folder: Path
    db: Database
    editions: EditionStore
    comments: CommentStore
    catalogs: CatalogStore
    search: SearchIndex
    bookmarks: BookmarkStore
    reading: ReadingStateStore
    highlights: HighlightStore
    marks: MarkList
    """Highlights and bookmarks listed together (the view, search, exports)."""

    @classmethod
    def open(
        cls,
        folder: Path,
        *,
        write: bool = True,
        create: bool = True,
        on_wait: Callable[[], None] | None = None,
    ) -> Library:
        """Open the library in ``folder`` (see :func:`open_library` for the flags)."""
        db = open_library(folder, write=write, create=create, on_wait=on_wait)
        return cls.from_db(folder, db)

    @classmethod
    def from_db(cls, folder: Path, db: Database) -> Library:
        search = SearchIndex(db)
        editions = EditionStore(db, listeners=[search])
        bookmarks = BookmarkStore(db)
        highlights = HighlightStore(db, editions.article, bookmarks)
        editions.listeners.append(highlights)  # re-anchors on a new revision
        return cls(
            folder=folder,
            db=db,
            editions=editions,
            comments=CommentStore(db),
            catalogs=CatalogStore(db),
            search=search,
            bookmarks=bookmarks,
            reading=ReadingStateStore(db),
            highlights=highlights,
            marks=MarkList(db),
        )

    def close(self) -> None:
        self.db.close()
