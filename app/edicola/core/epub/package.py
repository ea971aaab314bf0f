"""The EPUB's package document (metadata, manifest, spine), its NCX and container.

Metadata carries what identifies an edition on a shelf: title, publication (as
publisher and as the series the edition belongs to, numbered), date, language
and revision, and the schema.org accessibility properties (EPUB Accessibility
1.1). The identifier is derived from the edition id alone, so a corrected
revision replaces the old book on a device instead of sitting beside it.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from edicola.core.epub.content import EpubEdition
from edicola.core.epub.documents import NavEntry
from edicola.core.epub.labels import Labels
from edicola.core.epub.markup import start_tag, xml_attr, xml_text

PACKAGE = "EPUB/package.opf"
NCX = "toc.ncx"
CONTAINER = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">\n'
    "<rootfiles>\n"
    f'<rootfile full-path="{PACKAGE}" media-type="application/oebps-package+xml" />\n'
    "</rootfiles>\n</container>\n"
)
_NAMESPACE = uuid.UUID("5c2f4a3e-1d7b-4e0a-9b56-1f0e2d3c4b5a")


@dataclass(frozen=True)
class Item:
    """One file of the manifest: ``href`` relative to the package folder."""

    id: str
    href: str
    media_type: str
    properties: str = ""
    spine: bool = False


def identifier(edition_id: str) -> str:
    """The book's identifier: the same for every revision of an edition."""
    return f"urn:uuid:{uuid.uuid5(_NAMESPACE, 'edicola:edition:' + edition_id)}"


def modified(edition: EpubEdition) -> str:
    """``dcterms:modified``, from the edition itself (never the clock: exports are
    deterministic): the latest article time, else the edition's date."""
    latest = datetime.fromisoformat(edition.date).replace(tzinfo=UTC)
    for article in edition.articles:
        try:
            moment = datetime.fromisoformat(article.published.replace("Z", "+00:00"))
        except ValueError:
            continue
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        try:
            latest = max(latest, moment.astimezone(UTC))
        except OverflowError:
            continue
    return latest.strftime("%Y-%m-%dT%H:%M:%SZ")


def _meta(prop: str, value: str, refines: str = "", ident: str = "") -> str:
    attrs = {"property": prop}
    if refines:
        attrs["refines"] = refines
    if ident:
        attrs["id"] = ident
    return start_tag("meta", attrs) + xml_text(value) + "</meta>"


def _accessibility(labels: Labels, has_images: bool, has_pages: bool) -> list[str]:
    features = ["structuralNavigation", "tableOfContents", "readingOrder"]
    if has_images:
        features.append("alternativeText")
    if has_pages:
        features += ["pageBreakMarkers", "pageNavigation", "printPageNumbers"]
    summary = labels.summary.format(pages=labels.summary_pages if has_pages else "")
    return [
        _meta("schema:accessMode", "textual"),
        *([_meta("schema:accessMode", "visual")] if has_images else []),
        _meta("schema:accessModeSufficient", "textual"),
        *(_meta("schema:accessibilityFeature", feature) for feature in features),
        _meta("schema:accessibilityHazard", "none"),
        _meta("schema:accessibilitySummary", summary),
    ]


def package_opf(
    edition: EpubEdition,
    labels: Labels,
    items: Sequence[Item],
    *,
    has_images: bool,
    cover_id: str | None,
) -> str:
    lang = xml_attr(edition.language)
    metadata = [
        f'<dc:identifier id="uid">{identifier(edition.edition_id)}</dc:identifier>',
        f"<dc:title>{xml_text(edition.title)}</dc:title>",
        f"<dc:language>{xml_text(edition.language)}</dc:language>",
        f"<dc:date>{xml_text(edition.date)}</dc:date>",
        f"<dc:publisher>{xml_text(edition.publication_title)}</dc:publisher>",
        _meta("dcterms:modified", modified(edition)),
        _meta("belongs-to-collection", edition.publication_title, ident="series"),
        _meta("collection-type", "series", refines="#series"),
    ]
    if edition.number is not None:
        metadata += [
            _meta("group-position", str(edition.number), refines="#series"),
            _meta("schema:issueNumber", str(edition.number)),
        ]
    metadata.append(_meta("schema:version", str(edition.revision)))
    if edition.pages:
        source = f"urn:edicola:print:{edition.edition_id}"
        metadata.append(f"<dc:source>{xml_text(source)}</dc:source>")
    metadata += _accessibility(labels, has_images, bool(edition.pages))
    if cover_id:
        metadata.append(f'<meta name="cover" content="{cover_id}" />')
    manifest = []
    for item in items:
        attrs = {"id": item.id, "href": item.href, "media-type": item.media_type}
        if item.properties:
            attrs["properties"] = item.properties
        manifest.append(start_tag("item", attrs, empty=True))
    spine = [f'<itemref idref="{item.id}" />' for item in items if item.spine]
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<package xmlns="http://www.idpf.org/2007/opf" version="3.0" '
        f'unique-identifier="uid" xml:lang="{lang}">\n'
        '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
        + "\n".join(metadata)
        + "\n</metadata>\n<manifest>\n"
        + "\n".join(manifest)
        + '\n</manifest>\n<spine toc="ncx">\n'
        + "\n".join(spine)
        + "\n</spine>\n</package>\n"
    )


def toc_ncx(edition: EpubEdition, toc: Sequence[NavEntry]) -> str:
    """The EPUB 2 table of contents, for e-readers that do not read the navigation document."""
    order: dict[str, int] = {}
    counter = 0

    def points(entries: Sequence[NavEntry]) -> str:
        nonlocal counter
        out = []
        for entry in entries:
            counter += 1
            play = order.setdefault(entry.href, len(order) + 1)
            out.append(
                f'<navPoint id="np-{counter}" playOrder="{play}">'
                f"<navLabel><text>{xml_text(entry.title)}</text></navLabel>"
                f'<content src="{xml_attr(entry.href)}" />{points(entry.children)}</navPoint>'
            )
        return "".join(out)

    nav_map = points(toc)
    depth = 2 if any(entry.children for entry in toc) else 1
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1" '
        f'xml:lang="{xml_attr(edition.language)}">\n<head>\n'
        f'<meta name="dtb:uid" content="{identifier(edition.edition_id)}" />\n'
        f'<meta name="dtb:depth" content="{depth}" />\n'
        '<meta name="dtb:totalPageCount" content="0" />\n'
        '<meta name="dtb:maxPageNumber" content="0" />\n</head>\n'
        f"<docTitle><text>{xml_text(edition.title)}</text></docTitle>\n"
        f"<navMap>{nav_map}</navMap>\n</ncx>\n"
    )
