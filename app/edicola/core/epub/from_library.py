"""An edition for export, read from the library (``edicola export``, the reader).

The library's stores are handed in; this module only names what it needs from
them (the protocols below), so the core stays free of the store's SQL. Bodies
come from :meth:`EditionStore.article`, the same sanitised HTML the reader
shows.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from edicola.core.epub.content import (
    EpubArticle,
    EpubEdition,
    EpubImage,
    EpubPage,
    EpubSection,
    shown_images,
)
from edicola.core.model import Article, ArticleSummary, Edition, Section, body_html


class EditionReads(Protocol):
    """What the export reads from :class:`edicola.store.editions.EditionStore`."""

    def edition(self, edition_id: str) -> Edition | None: ...

    def sections(self, edition_id: str) -> list[Section]: ...

    def articles(self, edition_id: str) -> list[ArticleSummary]: ...

    def article(self, article_id: str) -> Article | None: ...

    def image(self, edition_id: str, path: str) -> tuple[bytes, str] | None: ...


class PageRegionLike(Protocol):
    @property
    def article_id(self) -> str: ...


class PageLike(Protocol):
    @property
    def label(self) -> str: ...

    @property
    def regions(self) -> Sequence[PageRegionLike]: ...


class PageReads(Protocol):
    """What the export reads from :class:`edicola.store.pages.PageStore`."""

    def pages(self, edition_id: str) -> Sequence[PageLike]: ...


class UnknownEdition(LookupError):
    """No such edition in the library (``str()`` is a one-line user message)."""


def edition_from_library(editions: EditionReads, pages: PageReads, edition_id: str) -> EpubEdition:
    """The library's edition ``edition_id``; raises :class:`UnknownEdition`."""
    edition = editions.edition(edition_id)
    if edition is None:
        raise UnknownEdition(f"no edition {edition_id!r} in the library")
    publication_id = edition.publication_id
    articles = []
    for summary in editions.articles(edition_id):
        article = editions.article(summary.id)
        if article is None:  # removed while we read: export what is left
            continue
        articles.append(
            EpubArticle(
                slug=article.id.removeprefix(edition_id + "/"),
                section_id=article.section_id,
                title=article.title,
                standfirst=article.standfirst,
                authors=article.authors,
                published=article.published,
                url=article.url,
                html=body_html(article),
                word_count=article.word_count,
            )
        )
    images = {}
    for path in shown_images(edition_id, edition.cover, articles):
        found = editions.image(edition_id, path)
        if found is not None:
            images[path] = EpubImage(path, found[1], found[0])
    prefix = edition_id + "/"
    printed = tuple(
        EpubPage(
            page.label,
            tuple(r.article_id.removeprefix(prefix) for r in page.regions),
        )
        for page in pages.pages(edition_id)
    )
    return EpubEdition(
        edition_id=edition_id,
        publication_id=publication_id,
        publication_title=edition.publication_title,
        title=edition.title,
        date=edition.date,
        language=edition.language,
        number=edition.number,
        revision=edition.revision,
        cover=edition.cover,
        sections=tuple(EpubSection(s.id, s.title) for s in editions.sections(edition_id)),
        articles=tuple(articles),
        images=images,
        pages=printed,
    )
