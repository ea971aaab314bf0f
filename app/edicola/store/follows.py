"""What the reader follows: the Newsstand's subscriptions and the feed papers.

One rule for everything that acts on "the followed publications" (the EPUB
export folder in the reader, ``edicola export --to`` without a publication),
so the two cannot drift apart.
"""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from edicola.core.feeds.papers import list_papers
from edicola.store.catalogs import CatalogStore


def followed_publications(db: Database, library_folder: Path) -> set[str]:
    """Publication ids of the subscriptions in ``db`` and of the feed papers kept in
    ``library_folder`` (a paper whose recipe cannot be read is not followed)."""
    followed = {s.publication_id for s in CatalogStore(db).subscriptions()}
    followed |= {paper.id for paper in list_papers(library_folder)[0]}
    return followed
