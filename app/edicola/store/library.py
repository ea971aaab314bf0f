"""The library: one database and the stores that share it.

This is the composition root for the storage layer: the CLI and the app open
a :class:`Library` and hand its stores to whoever needs them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlite_utils import Database

from edicola.store.body_codec import BodyCodec
from edicola.store.bookmarks import BookmarkStore
from edicola.store.comments import CommentStore
from edicola.store.database import open_library
from edicola.store.editions import EditionStore
from edicola.store.highlights import HighlightStore
from edicola.store.marks import MarkList
from edicola.store.reading_state import ReadingStateStore
from edicola.store.search_index import SearchIndex

if TYPE_CHECKING:
    from edicola.store.catalogs import CatalogStore


@dataclass
class Library:
    folder: Path
    db: Database
    editions: EditionStore
    comments: CommentStore
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
    def from_db(cls, folder: Path, db: Database, codec: BodyCodec | None = None) -> Library:
        """The stores of ``db``; ``codec`` (tests: a small training threshold) is shared
        by every store that reads or writes article bodies, so each dictionary loads once."""
        codec = codec or BodyCodec(db)
        search = SearchIndex(db, codec=codec)
        editions = EditionStore(db, listeners=[search], codec=codec)
        bookmarks = BookmarkStore(db)
        highlights = HighlightStore(db, editions.article, bookmarks)
        editions.listeners.append(highlights)  # re-anchors on a new revision
        return cls(
            folder=folder,
            db=db,
            editions=editions,
            comments=CommentStore(db),
            search=search,
            bookmarks=bookmarks,
            reading=ReadingStateStore(db),
            highlights=highlights,
            marks=MarkList(db),
        )

    @cached_property
    def catalogs(self) -> CatalogStore:
        """The Newsstand's catalogs, made on first use: the reader's first paint needs
        none (their module and the OPDS model cost about 10 ms of it, issue 21)."""
        from edicola.store.catalogs import CatalogStore

        return CatalogStore(self.db)

    def close(self) -> None:
        self.db.close()
