"""Plain records the library hands out: what a publication, edition or article is.

Frozen dataclasses with no behaviour, so the UI, the CLI and the tests share
one vocabulary without touching SQL rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape as html_escape


@dataclass(frozen=True)
class Publication:
    id: str
    title: str
    language: str
    homepage: str = ""
    comments_server: str | None = None
    comments_max_length: int | None = None


@dataclass(frozen=True)
class Edition:
    id: str
    publication_id: str
    publication_title: str
    date: str
    title: str
    number: int | None
    revision: int
    cover: str | None
    language: str
    article_count: int = 0


@dataclass(frozen=True)
class Section:
    edition_id: str
    id: str
    title: str
    position: int


@dataclass(frozen=True)
class ArticleSummary:
    id: str
    edition_id: str
    section_id: str
    position: int
    title: str
    standfirst: str
    authors: tuple[str, ...]
    published: str
    word_count: int


@dataclass(frozen=True)
class Article:
    id: str
    edition_id: str
    section_id: str
    section_title: str
    position: int
    title: str
    standfirst: str
    authors: tuple[str, ...]
    published: str
    url: str
    language: str
    word_count: int
    markdown: str
    html: str
    publication_id: str = ""
    publication_title: str = ""
    edition_date: str = ""
    problem: str = ""
    """Why the body cannot be shown (damaged in the library, stopped by the render
    jail), ``html`` then empty; the reader says so in its own language."""


def body_html(article: Article) -> str:
    """An article's body outside the reader (the command line, an EPUB export): its
    HTML, or an English sentence saying why it cannot be shown."""
    if not article.problem:
        return article.html
    return f"<p><em>This article cannot be shown: {html_escape(article.problem)}.</em></p>"


def article_id(edition_id: str, slug: str) -> str:
    """The library-wide article id: stable across revisions of an edition."""
    return f"{edition_id}/{slug}"


def edition_id(publication_id: str, date: str) -> str:
    """An edition is one publication on one day; revisions share the id."""
    return f"{publication_id}-{date}"


IMAGE_SCHEME = "edicola"


def image_url(edition_id: str, path: str) -> str:
    """How rendered HTML points at an image stored in the library."""
    return f"{IMAGE_SCHEME}:image/{edition_id}/{path}"
