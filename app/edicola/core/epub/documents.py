"""The XHTML documents of an exported edition: cover, front page, articles, navigation.

Each article is a document of its own (e-readers paginate and remember the
place per document, and a link between articles lands at the top of one).
The layout follows the reader's article page: kicker, headline, standfirst,
byline and dateline, then the body.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from edicola.core.epub.content import EpubArticle, EpubEdition
from edicola.core.epub.labels import Labels, byline, long_date, reading_time
from edicola.core.epub.markup import start_tag, xml_attr, xml_text
from edicola.core.render import smart_text

XHTML_NS = "http://www.w3.org/1999/xhtml"
OPS_NS = "http://www.idpf.org/2007/ops"
STYLESHEET = "style/edition.css"
COVER_DOC = "text/cover.xhtml"
FRONT_DOC = "text/front.xhtml"
NAV_DOC = "nav.xhtml"


def article_doc(slug: str) -> str:
    """The article's document, relative to the package folder (slugs are ``[a-z0-9-]``)."""
    return f"text/a-{slug}.xhtml"


@dataclass(frozen=True)
class PageMark:
    """A printed page starting at the top of a document."""

    number: int
    label: str

    @property
    def anchor(self) -> str:
        return f"page-{self.number}"

    def xhtml(self) -> str:
        attrs = {
            "id": self.anchor,
            "epub:type": "pagebreak",
            "role": "doc-pagebreak",
            "aria-label": self.label,
        }
        return start_tag("span", attrs) + "</span>"


def _document(language: str, title: str, body: str, *, up: str = "../", body_type: str = "") -> str:
    lang = xml_attr(language)
    kind = f' epub:type="{body_type}"' if body_type else ""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n'
        f'<html xmlns="{XHTML_NS}" xmlns:epub="{OPS_NS}" lang="{lang}" xml:lang="{lang}">\n'
        f'<head>\n<meta charset="UTF-8" />\n<title>{xml_text(title)}</title>\n'
        f'<link rel="stylesheet" type="text/css" href="{up}{STYLESHEET}" />\n</head>\n'
        f"<body{kind}>\n{body}\n</body>\n</html>\n"
    )


def cover_xhtml(edition: EpubEdition, labels: Labels, cover_href: str) -> str:
    alt = f"{labels.cover}: {edition.title}"
    body = (
        '<section class="cover" epub:type="cover">\n'
        f'<img src="{xml_attr(cover_href)}" alt="{xml_attr(alt)}" />\n</section>'
    )
    return _document(edition.language, labels.cover, body)


def _edition_line(edition: EpubEdition, labels: Labels) -> str:
    line = long_date(labels, edition.date)
    if edition.number:
        line += " · " + labels.number.format(n=edition.number)
    return line


def front_xhtml(
    edition: EpubEdition,
    labels: Labels,
    sections: Sequence[tuple[str, Sequence[EpubArticle]]],
    marks: Sequence[PageMark] = (),
) -> str:
    """The edition's front page: masthead, date, and every section's headlines and standfirsts."""
    language = edition.language
    parts = [
        *(mark.xhtml() for mark in marks),
        f'<h1 class="masthead">{xml_text(edition.publication_title)}</h1>',
        f'<p class="edition-date">{xml_text(_edition_line(edition, labels))}</p>',
        f'<p class="edition-title">{xml_text(smart_text(edition.title, language))}</p>',
    ]
    for title, articles in sections:
        parts.append(f'<section class="toc-section">\n<h2>{xml_text(title)}</h2>')
        for article in articles:
            href = "../" + article_doc(article.slug)
            headline = xml_text(smart_text(article.title, language))
            parts.append(f'<p class="toc-title"><a href="{xml_attr(href)}">{headline}</a></p>')
            if article.standfirst:
                standfirst = xml_text(smart_text(article.standfirst, language))
                parts.append(f'<p class="toc-standfirst">{standfirst}</p>')
        parts.append("</section>")
    body = '<section class="front" epub:type="toc">\n' + "\n".join(parts) + "\n</section>"
    return _document(language, labels.front_page, body)


def article_xhtml(
    edition: EpubEdition,
    labels: Labels,
    article: EpubArticle,
    section_title: str,
    body: str,
    marks: Sequence[PageMark] = (),
) -> str:
    """One article's document; ``body`` is its XHTML (:func:`edicola.core.epub.body.body_xhtml`)."""
    language = edition.language
    head = [mark.xhtml() for mark in marks]
    if section_title:
        head.append(f'<p class="kicker">{xml_text(section_title)}</p>')
    title = smart_text(article.title, language)
    head.append(f'<h1 class="headline">{xml_text(title)}</h1>')
    if article.standfirst:
        standfirst = smart_text(article.standfirst, language)
        head.append(f'<p class="standfirst">{xml_text(standfirst)}</p>')
    by = byline(labels, article.authors)
    if by:
        head.append(f'<p class="byline">{xml_text(by)}</p>')
    dateline = [edition.publication_title]
    if article.published:
        dateline.append(long_date(labels, article.published))
    if article.word_count:
        dateline.append(reading_time(labels, article.word_count))
    head.append(f'<p class="dateline">{xml_text(" · ".join(dateline))}</p>')
    text = (
        '<article class="article">\n<header>\n'
        + "\n".join(head)
        + f'\n</header>\n<div class="body">\n{body}\n</div>\n</article>'
    )
    return _document(language, title, text)


@dataclass(frozen=True)
class NavEntry:
    title: str
    href: str
    children: tuple[NavEntry, ...] = ()


def _nav_list(entries: Sequence[NavEntry]) -> str:
    items = []
    for entry in entries:
        link = f'<a href="{xml_attr(entry.href)}">{xml_text(entry.title)}</a>'
        inner = _nav_list(entry.children) if entry.children else ""
        items.append(f"<li>{link}{inner}</li>")
    return "<ol>" + "".join(items) + "</ol>"


def nav_xhtml(
    edition: EpubEdition,
    labels: Labels,
    toc: Sequence[NavEntry],
    landmarks: Sequence[tuple[str, str, str]],
    page_list: Sequence[tuple[str, str]],
) -> str:
    """The navigation document: the table of contents (sections, then their articles),
    the landmarks (``(epub:type, title, href)``) and the printed pages (``(label, href)``)."""
    parts = [
        '<nav epub:type="toc" id="toc" role="doc-toc">',
        f"<h1>{xml_text(labels.contents)}</h1>",
        _nav_list(toc),
        "</nav>",
        '<nav epub:type="landmarks" id="landmarks" hidden="hidden">',
        f"<h2>{xml_text(labels.contents)}</h2>",
        "<ol>",
        *(
            f'<li><a epub:type="{kind}" href="{xml_attr(href)}">{xml_text(title)}</a></li>'
            for kind, title, href in landmarks
        ),
        "</ol>",
        "</nav>",
    ]
    if page_list:
        parts += [
            '<nav epub:type="page-list" id="page-list" hidden="hidden">',
            f"<h2>{xml_text(labels.pages)}</h2>",
            _nav_list([NavEntry(label, href) for label, href in page_list]),
            "</nav>",
        ]
    return _document(edition.language, labels.contents, "\n".join(parts), up="")
