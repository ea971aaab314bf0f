"""An edition for export, read from a bundle file (``edicola publish --epub``).

Every member is read through the bundle's own checks (checksums, image
headers, the Markdown budget), so what a bundle that passes ``edicola
validate`` holds is what gets exported, rendered exactly as the reader would.
"""

from __future__ import annotations

from pathlib import Path

from edicola.core.bundle.format import BundleError, Problem
from edicola.core.bundle.reader import open_bundle
from edicola.core.bundle.safezip import Limits
from edicola.core.epub.content import (
    EpubArticle,
    EpubEdition,
    EpubImage,
    EpubPage,
    EpubSection,
)
from edicola.core.print.pages import manifest_pages
from edicola.core.render import RenderError, render_markdown


def edition_from_bundle(path: Path, limits: Limits | None = None) -> EpubEdition:
    """Read and render a bundle; raises :class:`~edicola.core.bundle.format.BundleError`."""
    with open_bundle(path, limits) as reader:
        manifest = reader.manifest
        edition = manifest.edition
        available = frozenset(manifest.image_files)
        order = {sid: i for i, (sid, _) in enumerate(manifest.sections)}
        entries = sorted(
            enumerate(manifest.articles), key=lambda item: (order[item[1].section], item[0])
        )
        articles = []
        for _, entry in entries:
            try:
                html = render_markdown(
                    reader.read_article(entry),
                    edition_id=manifest.edition_id,
                    language=manifest.language,
                    images=available,
                ).html
            except RenderError as exc:  # the jail stopped it (issue 19): one line, no file
                raise BundleError(path, [Problem(entry.file, str(exc))]) from None
            articles.append(
                EpubArticle(
                    slug=entry.id,
                    section_id=entry.section,
                    title=entry.title,
                    standfirst=entry.standfirst,
                    authors=entry.authors,
                    published=entry.published,
                    url=entry.url,
                    html=html,
                    word_count=entry.word_count,
                )
            )
        images = {}
        for name in sorted(available):
            data, media_type = reader.read_image(name)
            images[name] = EpubImage(name, media_type, data)
        pages = tuple(
            EpubPage(page.label, tuple(region.article for region in page.regions))
            for page in manifest_pages(manifest.raw)
        )
        publication = manifest.publication
        return EpubEdition(
            edition_id=manifest.edition_id,
            publication_id=str(publication["id"]),
            publication_title=str(publication["title"]),
            title=str(edition["title"]),
            date=str(edition["date"]),
            language=manifest.language,
            number=edition.get("number"),
            revision=manifest.revision,
            cover=edition.get("cover") or None,
            sections=tuple(EpubSection(sid, title) for sid, title in manifest.sections),
            articles=tuple(articles),
            images=images,
            pages=pages,
        )
