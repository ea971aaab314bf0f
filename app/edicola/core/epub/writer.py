"""An edition as the bytes of an EPUB 3 file that passes epubcheck.

Deterministic: entries in a fixed order, a fixed timestamp (the edition's
date), fixed permissions and compression, and nothing from the clock or the
machine, so the same edition always gives the same bytes (a catalog can list
the EPUB's hash, a sync folder sees no change). Pictures and fonts are stored
as they are (already compressed); text is deflated.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from edicola.core.epub.body import Targets, body_xhtml
from edicola.core.epub.content import EpubArticle, EpubEdition, shown_images
from edicola.core.epub.documents import (
    COVER_DOC,
    FRONT_DOC,
    NAV_DOC,
    STYLESHEET,
    NavEntry,
    PageMark,
    article_doc,
    article_xhtml,
    cover_xhtml,
    front_xhtml,
    nav_xhtml,
)
from edicola.core.epub.labels import Labels, labels_for
from edicola.core.epub.media import MediaFile, media_file
from edicola.core.epub.package import CONTAINER, NCX, PACKAGE, Item, package_opf, toc_ncx
from edicola.core.render import smart_text
from edicola.paths import resource

MEDIA_TYPE = "application/epub+zip"
EXTENSION = ".epub"
FONTS = (
    "SourceSerif4-Regular.ttf",
    "SourceSerif4-Bold.ttf",
    "SourceSerif4-It.ttf",
    "SourceSerif4-BoldIt.ttf",
)
"""Adobe's static faces of the reader's serif: e-readers seldom vary a variable font."""
_XHTML = "application/xhtml+xml"
_ROOT = "EPUB/"
_SRC = re.compile(r'\bsrc="\.\./(media/[^"]+)"')
#: Ids the article documents use themselves (page anchors are ``page-N``).
_RESERVED = frozenset({"toc", "landmarks", "page-list"})


class ExportError(Exception):
    """An edition that cannot be exported (``str()`` is a one-line user message)."""


@dataclass(frozen=True)
class Document:
    href: str
    text: str


def build_epub(edition: EpubEdition, *, embed_font: bool = True) -> bytes:
    """The EPUB of ``edition``, as bytes."""
    files = _files(edition, embed_font)
    return _zip(files, edition.date)


def write_epub(edition: EpubEdition, target: Path, *, embed_font: bool = True) -> int:
    """Write the EPUB of ``edition`` to ``target`` atomically; returns its size in bytes.

    Raises :class:`ExportError` naming the file when it cannot be written.
    """
    data = build_epub(edition, embed_font=embed_font)
    tmp = target.with_name(target.name + ".part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(data)
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise ExportError(f"{target}: cannot write ({exc.strerror or exc})") from exc
    return len(data)


def _sections(edition: EpubEdition) -> list[tuple[str, list[EpubArticle]]]:
    """(section title, its articles) in reading order; sections without articles left out."""
    titles = {section.id: section.title for section in edition.sections}
    grouped: dict[str, list[EpubArticle]] = {section.id: [] for section in edition.sections}
    for article in edition.articles:
        grouped.setdefault(article.section_id, []).append(article)
    return [(titles.get(sid, sid), articles) for sid, articles in grouped.items() if articles]


def page_marks(edition: EpubEdition, reading: Sequence[str]) -> dict[str, list[PageMark]]:
    """Where each printed page begins: at the top of the first article, in reading order,
    that the page shows (a page without articles follows the page before it). The key
    is an article slug, or "" for the front page."""
    order = {slug: i for i, slug in enumerate(reading)}
    marks: dict[str, list[PageMark]] = {}
    target = ""
    for number, page in enumerate(edition.pages, start=1):
        shown = [slug for slug in page.articles if slug in order]
        if shown:
            target = min(shown, key=order.__getitem__)
        marks.setdefault(target, []).append(PageMark(number, page.label))
    return marks


def _files(edition: EpubEdition, embed_font: bool) -> list[tuple[Item, bytes]]:
    labels = labels_for(edition.language)
    sections = _sections(edition)
    reading = [article for _, articles in sections for article in articles]
    wanted = shown_images(edition.edition_id, edition.cover, reading) & set(edition.images)
    media = {path: media_file(edition.images[path]) for path in sorted(wanted)}
    targets = Targets(
        edition_id=edition.edition_id,
        articles={a.slug: "../" + article_doc(a.slug) for a in reading},
        images={path: "../" + m.href for path, m in media.items() if m is not None},
        reserved_ids=_RESERVED | {f"page-{n}" for n in range(1, len(edition.pages) + 1)},
    )
    marks = page_marks(edition, [a.slug for a in reading])
    documents: list[Document] = []
    cover = media.get(edition.cover) if edition.cover else None
    if cover is not None:
        documents.append(Document(COVER_DOC, cover_xhtml(edition, labels, "../" + cover.href)))
    documents.append(Document(FRONT_DOC, front_xhtml(edition, labels, sections, marks.get("", ()))))
    for title, articles in sections:
        for article in articles:
            body = body_xhtml(article.html, targets)
            text = article_xhtml(edition, labels, article, title, body, marks.get(article.slug, ()))
            documents.append(Document(article_doc(article.slug), text))
    shown = {src for doc in documents for src in _SRC.findall(doc.text)}
    pictures = [m for m in media.values() if m is not None and (m.href in shown)]
    return _package(edition, labels, sections, documents, pictures, cover, marks, embed_font)


def _package(
    edition: EpubEdition,
    labels: Labels,
    sections: list[tuple[str, list[EpubArticle]]],
    documents: list[Document],
    pictures: list[MediaFile],
    cover: MediaFile | None,
    marks: dict[str, list[PageMark]],
    embed_font: bool,
) -> list[tuple[Item, bytes]]:
    toc = [
        NavEntry(
            title,
            article_doc(articles[0].slug),
            tuple(
                NavEntry(smart_text(a.title, edition.language), article_doc(a.slug))
                for a in articles
            ),
        )
        for title, articles in sections
    ]
    landmarks = [("toc", labels.front_page, FRONT_DOC)]
    if cover is not None:
        landmarks.insert(0, ("cover", labels.cover, COVER_DOC))
    if sections:
        landmarks.append(("bodymatter", labels.start, article_doc(sections[0][1][0].slug)))
    # The page list follows the reading order (epubcheck NAV-011): a page whose first
    # article comes earlier in the spine than the previous page's (a story jumping
    # back, sections not in page order) is listed where it is read.
    spine = {doc.href: index for index, doc in enumerate(documents)}
    page_list = sorted(
        (
            (spine.get(doc, len(spine)), mark.number, mark.label, f"{doc}#{mark.anchor}")
            for slug, found in marks.items()
            for mark in found
            for doc in [article_doc(slug) if slug else FRONT_DOC]
        ),
    )
    nav = nav_xhtml(edition, labels, toc, landmarks, [(lbl, href) for *_, lbl, href in page_list])
    files: list[tuple[Item, bytes]] = [
        (Item("nav", NAV_DOC, _XHTML, "nav"), nav.encode()),
        (Item("ncx", NCX, "application/x-dtbncx+xml"), toc_ncx(edition, toc).encode()),
        (Item("css", STYLESHEET, "text/css"), _stylesheet(embed_font)),
    ]
    if embed_font:
        for n, name in enumerate(FONTS, start=1):
            files.append((Item(f"font-{n}", f"fonts/{name}", "font/ttf"), _font(name)))
    for doc in documents:
        ident = {COVER_DOC: "cover", FRONT_DOC: "front"}.get(doc.href) or doc.href[5:-6]
        files.append((Item(ident, doc.href, _XHTML, spine=True), doc.text.encode()))
    for n, picture in enumerate(sorted(pictures, key=lambda m: m.href), start=1):
        is_cover = cover is not None and picture.href == cover.href
        item = Item(
            "cover-image" if is_cover else f"img-{n}",
            picture.href,
            picture.media_type,
            "cover-image" if is_cover else "",
        )
        files.append((item, picture.data))
    if cover is not None and all(m.href != cover.href for m in pictures):
        item = Item("cover-image", cover.href, cover.media_type, "cover-image")
        files.append((item, cover.data))
    opf = package_opf(
        edition,
        labels,
        [item for item, _ in files],
        has_images=bool(pictures),
        cover_id="cover-image" if cover is not None else None,
    )
    return [(Item("opf", PACKAGE[len(_ROOT) :], ""), opf.encode()), *files]


def _stylesheet(embed_font: bool) -> bytes:
    css = resource("epub", "edition.css").read_text("utf-8")
    if not embed_font:
        css = re.sub(r"@font-face\s*\{[^}]*\}\s*", "", css)
    return css.encode()


def _font(name: str) -> bytes:
    return resource("fonts", name).read_bytes()


_STORED_TYPES = ("image/",)


def _zip(files: list[tuple[Item, bytes]], date: str) -> bytes:
    year, month, day = (int(part) for part in date.split("-"))
    stamp = (max(1980, min(year, 2107)), month, day, 0, 0, 0)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        _add(archive, "mimetype", MEDIA_TYPE.encode("ascii"), stamp, stored=True)
        _add(archive, "META-INF/container.xml", CONTAINER.encode(), stamp, stored=False)
        for item, data in files:
            stored = item.media_type.startswith(_STORED_TYPES)
            _add(archive, _ROOT + item.href, data, stamp, stored=stored)
    return buffer.getvalue()


def _add(
    archive: zipfile.ZipFile,
    name: str,
    data: bytes,
    stamp: tuple[int, int, int, int, int, int],
    *,
    stored: bool,
) -> None:
    info = zipfile.ZipInfo(name, date_time=stamp)
    info.create_system = 3  # the same bytes on every platform
    info.external_attr = 0o644 << 16
    info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    archive.writestr(info, data, compresslevel=None if stored else 6)
