"""Reading OPDS feeds from the network: untrusted JSON in, checked records out.

Every refusal names the file and the field (``publications[3].links: no acquisition
link``), so a publisher can fix their catalog from the one line a reader shows.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from edicola.core.catalog.opds import (
    ACQUISITION_REL,
    ARCHIVES_REL,
    BUNDLE_TYPE,
    COMMENTS_REL,
    EPUB_TYPE,
    MAX_INTEGER,
    ROOT_FILE,
    SIGNATURE_REL,
    CatalogError,
    EditionEntry,
    FeedLink,
    PublicationFeed,
    PublicationInfo,
    RootFeed,
    parse_time,
    resolve,
)

_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,127}$")
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class _Reader:
    """Typed access to untrusted JSON with error messages naming file and field."""

    def __init__(self, name: str) -> None:
        self.name = name

    def fail(self, where: str, why: str) -> CatalogError:
        return CatalogError(f"{self.name}: {where}: {why}")

    def obj(self, value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, "must be an object")
        return value

    def items(self, value: Any, where: str) -> list[Any]:
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(where, "must be a list")
        return value

    def text(
        self, obj: Mapping[str, Any], key: str, where: str, pattern: re.Pattern[str] | None = None
    ) -> str:
        value = obj.get(key)
        if not isinstance(value, str) or not value or len(value) > 2000:
            raise self.fail(f"{where}.{key}", "missing or not a string")
        if pattern is not None and not pattern.match(value):
            raise self.fail(f"{where}.{key}", f"invalid value {value[:60]!r}")
        return value

    def optional_text(self, obj: Mapping[str, Any], key: str, where: str) -> str | None:
        return None if obj.get(key) in (None, "") else self.text(obj, key, where)

    def integer(self, obj: Mapping[str, Any], key: str, where: str, minimum: int = 0) -> int:
        value = obj.get(key)
        if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
            raise self.fail(f"{where}.{key}", f"must be an integer >= {minimum}")
        if value > MAX_INTEGER:
            raise self.fail(f"{where}.{key}", f"must be at most {MAX_INTEGER}")
        return value

    def link(self, links: list[Any], rel: str, where: str) -> dict[str, Any] | None:
        for i, item in enumerate(links):
            link = self.obj(item, f"{where}[{i}]")
            rels = link.get("rel")
            if rel == rels or (isinstance(rels, list) and rel in rels):
                return link
        return None

    def feed_link(self, link: dict[str, Any], where: str, base: str) -> FeedLink:
        props = self.obj(link.get("properties"), f"{where}.properties")
        href = self.text(link, "href", where)
        resolve(href, base, f"{self.name}: {where}")
        return FeedLink(
            href=href,
            sha256=self.text(props, "sha256", f"{where}.properties", _SHA256),
            size=self.integer(props, "size", f"{where}.properties"),
            title=str(link.get("title", "")),
            count=self.integer(props, "numberOfItems", f"{where}.properties")
            if "numberOfItems" in props
            else 0,
        )


def parse_root(data: Any, base: str, name: str = ROOT_FILE) -> RootFeed:
    r = _Reader(name)
    root = r.obj(data, "feed")
    meta = r.obj(root.get("metadata"), "metadata")
    try:
        expires = parse_time(r.text(meta, "expires", "metadata"))
    except ValueError as exc:
        raise r.fail("metadata.expires", "not an ISO date-time with a time zone") from exc
    publications = []
    seen: set[str] = set()
    for i, item in enumerate(r.items(root.get("navigation"), "navigation")):
        where = f"navigation[{i}]"
        nav = r.obj(item, where)
        props = r.obj(nav.get("properties"), f"{where}.properties")
        pub_id = r.text(props, "identifier", f"{where}.properties", _SLUG)
        if pub_id in seen:
            raise r.fail(where, f"publication {pub_id!r} listed twice")
        seen.add(pub_id)
        info = PublicationInfo(
            id=pub_id,
            title=r.text(nav, "title", where),
            language=r.text(props, "language", f"{where}.properties"),
            homepage=str(props.get("homepage", "")),
            comments_server=r.optional_text(props, "comments_server", f"{where}.properties"),
        )
        publications.append((info, r.feed_link(nav, where, base)))
    return RootFeed(
        title=r.text(meta, "title", "metadata"),
        version=r.integer(meta, "version", "metadata"),
        expires=expires,
        modified=str(meta.get("modified", "")),
        publisher_key=r.optional_text(meta, "publisher_key", "metadata"),
        publications=tuple(publications),
    )


def _parse_edition(
    r: _Reader, item: Any, where: str, info: PublicationInfo, base: str
) -> EditionEntry:
    pub = r.obj(item, where)
    meta = r.obj(pub.get("metadata"), f"{where}.metadata")
    ext = r.obj(meta.get("edicola"), f"{where}.metadata.edicola")
    links = r.items(pub.get("links"), f"{where}.links")
    acquisition = r.link(links, ACQUISITION_REL, f"{where}.links")
    if acquisition is None:
        raise r.fail(f"{where}.links", "no acquisition link")
    if acquisition.get("type") != BUNDLE_TYPE:
        raise r.fail(f"{where}.links", f"acquisition link type must be {BUNDLE_TYPE}")
    props = r.obj(acquisition.get("properties"), f"{where}.links.properties")
    bundle_href = r.text(acquisition, "href", f"{where}.links")
    edition_id = r.text(ext, "edition", f"{where}.metadata.edicola", _SLUG)
    resolve(bundle_href, base, f"{r.name}: edition {edition_id}")
    signature = r.link(links, SIGNATURE_REL, f"{where}.links")
    signature_href = None if signature is None else r.text(signature, "href", f"{where}.links")
    if signature_href:
        resolve(signature_href, base, f"{r.name}: edition {edition_id} signature")
    cover_href = cover_type = None
    images = r.items(pub.get("images"), f"{where}.images")
    if images:
        cover = r.obj(images[0], f"{where}.images[0]")
        cover_href = r.text(cover, "href", f"{where}.images[0]")
        cover_type = r.optional_text(cover, "type", f"{where}.images[0]")
        resolve(cover_href, base, f"{r.name}: edition {edition_id} cover")
    comments = r.link(links, COMMENTS_REL, f"{where}.links")
    publication_id = r.text(ext, "publication", f"{where}.metadata.edicola", _SLUG)
    if publication_id != info.id:
        raise r.fail(f"{where}.metadata.edicola.publication", f"not {info.id!r}")
    number = ext.get("number")
    return EditionEntry(
        edition_id=edition_id,
        publication_id=publication_id,
        date=r.text(meta, "published", f"{where}.metadata", _DATE),
        title=r.text(meta, "title", f"{where}.metadata"),
        revision=r.integer(ext, "revision", f"{where}.metadata.edicola", 1),
        language=r.text(meta, "language", f"{where}.metadata"),
        bundle_href=bundle_href,
        size=r.integer(props, "size", f"{where}.links.properties"),
        sha256=r.text(props, "sha256", f"{where}.links.properties", _SHA256),
        number=number if isinstance(number, int) and not isinstance(number, bool) else None,
        signature_href=signature_href,
        cover_href=cover_href,
        cover_type=cover_type,
        comments_server=None if comments is None else r.optional_text(comments, "href", where),
        **_epub_link(links, base),
    )


def _epub_link(links: list[Any], base: str) -> dict[str, Any]:
    """The EPUB acquisition link's fields (``edicola publish --epub``), when there is a
    well-formed one. The reader never downloads it, so a bad one is ignored, not refused."""
    for link in links:
        if not isinstance(link, dict) or link.get("type") != EPUB_TYPE:
            continue
        props = link.get("properties")
        props = props if isinstance(props, dict) else {}
        href, size, sha = link.get("href"), props.get("size"), props.get("sha256")
        if not (isinstance(href, str) and isinstance(sha, str) and _SHA256.match(sha)):
            continue
        if not isinstance(size, int) or isinstance(size, bool) or not 0 < size <= MAX_INTEGER:
            continue
        try:
            resolve(href, base, "EPUB link")
        except CatalogError:
            continue
        return {"epub_href": href, "epub_size": size, "epub_sha256": sha}
    return {}


def parse_publication_feed(data: Any, base: str, name: str) -> PublicationFeed:
    r = _Reader(name)
    feed = r.obj(data, "feed")
    meta = r.obj(feed.get("metadata"), "metadata")
    ext = r.obj(meta.get("edicola"), "metadata.edicola")
    info = PublicationInfo(
        id=r.text(ext, "publication", "metadata.edicola", _SLUG),
        title=r.text(meta, "title", "metadata"),
        language=r.text(ext, "language", "metadata.edicola"),
        homepage=str(ext.get("homepage", "")),
        comments_server=r.optional_text(ext, "comments_server", "metadata.edicola"),
    )
    editions = []
    seen: set[str] = set()
    for i, item in enumerate(r.items(feed.get("publications"), "publications")):
        entry = _parse_edition(r, item, f"publications[{i}]", info, base)
        if entry.edition_id in seen:
            raise r.fail(f"publications[{i}]", f"edition {entry.edition_id!r} listed twice")
        seen.add(entry.edition_id)
        editions.append(entry)
    archives = []
    for i, item in enumerate(r.items(feed.get("links"), "links")):
        link = r.obj(item, f"links[{i}]")
        if link.get("rel") == ARCHIVES_REL:
            archives.append(r.feed_link(link, f"links[{i}]", base))
    return PublicationFeed(info, tuple(editions), tuple(archives))
