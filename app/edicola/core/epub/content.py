"""What an EPUB is made from: one edition as plain records, whatever it was read from.

An edition reaches the writer from a bundle (``edicola publish --epub``) or
from the library (``edicola export``, the reader); both give these records,
with each article's body as the sanitised HTML the reader shows
(:func:`edicola.core.render.render_markdown`), so the export can never carry
more than the reader would display.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass

from edicola.core.model import image_url


@dataclass(frozen=True)
class EpubImage:
    path: str
    """The image's path in the bundle (``images/tram.png``)."""
    media_type: str
    data: bytes


@dataclass(frozen=True)
class EpubArticle:
    slug: str
    """The edition-local article id (the manifest's ``articles[].id``)."""
    section_id: str
    title: str
    standfirst: str
    authors: tuple[str, ...]
    published: str
    url: str
    html: str
    """Sanitised HTML; images as ``edicola:image/…``, links to articles as ``edicola:article/…``."""
    word_count: int = 0


@dataclass(frozen=True)
class EpubSection:
    id: str
    title: str


@dataclass(frozen=True)
class EpubPage:
    """One printed page of the replica: its label and the articles on it, in region order."""

    label: str
    articles: tuple[str, ...]


@dataclass(frozen=True)
class EpubEdition:
    edition_id: str
    publication_id: str
    publication_title: str
    title: str
    date: str
    language: str
    number: int | None
    revision: int
    cover: str | None
    """The cover's image path, or None."""
    sections: tuple[EpubSection, ...]
    articles: tuple[EpubArticle, ...]
    """In reading order: sections in order, articles in their order within a section."""
    images: dict[str, EpubImage]
    """Every image the edition holds, by path (article images and the cover)."""
    pages: tuple[EpubPage, ...] = ()
    """The printed pages in order; empty without a replica."""


_SRC = re.compile(r'''\bsrc="([^"]*)"''')


def shown_images(edition_id: str, cover: str | None, articles: Iterable[EpubArticle]) -> set[str]:
    """The paths of the cover and of every image the bodies show."""
    prefix = image_url(edition_id, "")
    paths = {cover} if cover else set()
    for article in articles:
        for src in _SRC.findall(article.html):
            src = html.unescape(src)
            if src.startswith(prefix):
                paths.add(src[len(prefix) :])
    return paths
