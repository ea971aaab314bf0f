"""The newsstand catalog: OPDS 2.0 feeds, built by publishers and checked by readers.

A catalog is a static folder any web server can host. Its layout keeps years of
daily editions cheap to fetch:

* ``catalog.json`` (signed, ``catalog.json.minisig``): metadata with the
  publisher key, an increasing ``version`` and an ``expires`` time, and one
  navigation entry per publication whose ``properties`` carry the sha256 and
  size of that publication's feed;
* ``publications/<id>.json``: the newest month of editions (one OPDS
  publication per edition) plus ``archives`` links, with sha256, to
* ``publications/<id>/<YYYY-MM>.json``: the older months, one page each.

Only the root is signed; every other file is pinned by the hash its parent
lists, so the root's signature, version and expiry (TUF-style freshness)
cover the whole tree. A reader fetches the root and the feeds of the
publications it shows; old months only on request.

This module is pure: bytes and dicts in, dataclasses out; no network, no Qt.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any
from urllib.parse import urljoin, urlsplit

from edicola.core import safejson

ROOT_FILE = "catalog.json"
OPDS_TYPE = "application/opds+json"
BUNDLE_TYPE = "application/vnd.edicola.bundle+zip"
SIGNATURE_TYPE = "application/vnd.minisign.signature"
ACQUISITION_REL = "http://opds-spec.org/acquisition/open-access"
COMMENTS_REL = "https://edicola.example/rel/comments"
SIGNATURE_REL = "https://edicola.example/rel/signature"
ARCHIVES_REL = "archives"
MAX_FEED_BYTES = 8 * 1024 * 1024
#: Versions, revisions and sizes are SQLite integers: anything larger is refused.
MAX_INTEGER = 2**53 - 1

_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,127}$")
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_MONTH = re.compile(r"^[0-9]{4}-[0-9]{2}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class CatalogError(Exception):
    """A catalog that must not be used. ``str()`` is a one-line user message."""


class EditionState(StrEnum):
    AVAILABLE = "available"
    DOWNLOADED = "downloaded"
    UPDATE = "update available"


@dataclass(frozen=True)
class EditionEntry:
    """One edition as the catalog offers it."""

    edition_id: str
    publication_id: str
    date: str
    title: str
    revision: int
    language: str
    bundle_href: str
    size: int
    sha256: str
    number: int | None = None
    signature_href: str | None = None
    cover_href: str | None = None
    cover_type: str | None = None
    comments_server: str | None = None

    @property
    def month(self) -> str:
        return self.date[:7]


@dataclass(frozen=True)
class PublicationInfo:
    id: str
    title: str
    language: str
    homepage: str = ""
    comments_server: str | None = None


@dataclass(frozen=True)
class FeedLink:
    """A link to another feed of the catalog, pinned by its hash."""

    href: str
    sha256: str
    size: int
    title: str = ""
    count: int = 0


@dataclass(frozen=True)
class RootFeed:
    title: str
    version: int
    expires: datetime
    modified: str
    publisher_key: str | None
    publications: tuple[tuple[PublicationInfo, FeedLink], ...]


@dataclass(frozen=True)
class PublicationFeed:
    publication: PublicationInfo
    editions: tuple[EditionEntry, ...]
    archives: tuple[FeedLink, ...]


# -- helpers ------------------------------------------------------------------------------


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def dump_json(obj: Any) -> bytes:
    """Deterministic serialisation: the same catalog gives the same bytes (idempotence)."""
    return (json.dumps(obj, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def decode_json(data: bytes, name: str) -> Any:
    if len(data) > MAX_FEED_BYTES:
        raise CatalogError(f"{name}: larger than {MAX_FEED_BYTES // (1024 * 1024)} MiB, refused")
    try:
        return safejson.loads(data)
    except UnicodeDecodeError as exc:
        raise CatalogError(f"{name}: invalid UTF-8 at byte {exc.start}") from exc
    except json.JSONDecodeError as exc:
        raise CatalogError(f"{name}: malformed JSON at line {exc.lineno}: {exc.msg}") from exc
    except safejson.JsonRefused as exc:
        raise CatalogError(f"{name}: refused: {exc}") from exc


def parse_time(text: str) -> datetime:
    """An aware date-time in UTC; ``ValueError`` for anything else, even one that
    only overflows once converted (``0001-01-01T00:00:00+23:59``)."""
    value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if value.tzinfo is None:
        raise ValueError("no time zone")
    try:
        return value.astimezone(UTC)
    except OverflowError as exc:
        raise ValueError("out of range") from exc


def format_time(value: datetime) -> str:
    return value.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def same_origin(url: str, base: str) -> bool:
    """Same scheme, host and port; False for a URL that does not parse (a bad port or
    IPv6 literal makes ``urlsplit`` raise)."""
    try:
        a, b = urlsplit(url), urlsplit(base)
        return (a.scheme, a.hostname, a.port) == (b.scheme, b.hostname, b.port)
    except ValueError:
        return False


def resolve(href: str, base: str, where: str) -> str:
    """Absolute URL of ``href``; refuses one that leaves the catalog's host."""
    try:
        url = urljoin(base, href)
    except ValueError as exc:
        raise CatalogError(f"{where}: not a valid URL ({exc}), refused") from exc
    if not same_origin(url, base):
        try:
            _ = urlsplit(url).port
        except ValueError as exc:
            raise CatalogError(f"{where}: not a valid URL ({exc}), refused") from exc
        host = urlsplit(url).hostname or url
        raise CatalogError(f"{where}: points to another host ({host}), refused")
    return url


def edition_state(catalog_revision: int, library_revision: int | None) -> EditionState:
    if library_revision is None:
        return EditionState.AVAILABLE
    if catalog_revision > library_revision:
        return EditionState.UPDATE
    return EditionState.DOWNLOADED


def check_freshness(root: RootFeed, highest_seen: int, now: datetime, name: str) -> None:
    """TUF-style checks: no rollback to an older version, no expired catalog."""
    if root.version < highest_seen:
        raise CatalogError(
            f"{name}: version {root.version} is older than version {highest_seen} already seen "
            "(a replayed or rolled-back catalog), refused"
        )
    if root.expires <= now:
        raise CatalogError(
            f"{name}: expired on {format_time(root.expires)} (the publisher has not refreshed "
            "it), refused"
        )


def verify_pinned(data: bytes, link: FeedLink, name: str) -> None:
    if len(data) != link.size or sha256_hex(data) != link.sha256:
        raise CatalogError(f"{name}: does not match the hash the catalog lists, refused")


# -- parsing ------------------------------------------------------------------------------


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
    )


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


# -- building -----------------------------------------------------------------------------


def publication_feed_path(publication_id: str) -> str:
    return f"publications/{publication_id}.json"


def archive_path(publication_id: str, month: str) -> str:
    return f"publications/{publication_id}/{month}.json"


def _up(path: str) -> str:
    """Relative prefix from a feed file back to the catalog root."""
    return "../" * path.count("/")


def _prefixed(prefix: str, href: str) -> str:
    """``href`` (relative to the root) as seen from a feed ``prefix`` deep; URLs stay."""
    return href if urlsplit(href).scheme or href.startswith("/") else prefix + href


def _edition_json(entry: EditionEntry, prefix: str, series: str) -> dict[str, Any]:
    links: list[dict[str, Any]] = [
        {
            "rel": ACQUISITION_REL,
            "href": _prefixed(prefix, entry.bundle_href),
            "type": BUNDLE_TYPE,
            "properties": {"size": entry.size, "sha256": entry.sha256},
        }
    ]
    if entry.signature_href:
        links.append(
            {
                "rel": SIGNATURE_REL,
                "href": _prefixed(prefix, entry.signature_href),
                "type": SIGNATURE_TYPE,
            }
        )
    if entry.comments_server:
        links.append({"rel": COMMENTS_REL, "href": entry.comments_server})
    pub: dict[str, Any] = {
        "metadata": {
            "@type": "http://schema.org/PublicationIssue",
            "identifier": f"urn:edicola:{entry.edition_id}:r{entry.revision}",
            "title": entry.title,
            "language": entry.language,
            "published": entry.date,
            "belongsTo": {"series": {"name": series, "position": entry.number}},
            "edicola": {
                "edition": entry.edition_id,
                "publication": entry.publication_id,
                "revision": entry.revision,
                "number": entry.number,
            },
        },
        "links": links,
    }
    if entry.cover_href:
        pub["images"] = [
            {"href": _prefixed(prefix, entry.cover_href), "type": entry.cover_type or "image/png"}
        ]
    return pub


def _strip(prefix: str, href: str) -> str:
    return href[len(prefix) :] if prefix and href.startswith(prefix) else href


def _publication_meta(info: PublicationInfo, count: int) -> dict[str, Any]:
    return {
        "title": info.title,
        "numberOfItems": count,
        "edicola": {
            "publication": info.id,
            "language": info.language,
            "homepage": info.homepage,
            "comments_server": info.comments_server,
        },
    }


def build_catalog(
    *,
    title: str,
    publications: Iterable[PublicationInfo],
    editions: Iterable[EditionEntry],
    version: int,
    expires: datetime,
    modified: datetime,
    publisher_key: str | None,
) -> dict[str, bytes]:
    """Every feed file of a catalog, by path relative to the catalog root.

    Entry hrefs in ``editions`` are relative to the root; feeds in
    subfolders get them rewritten relative to themselves.
    """
    by_pub: dict[str, list[EditionEntry]] = {}
    for entry in editions:
        by_pub.setdefault(entry.publication_id, []).append(entry)
    files: dict[str, bytes] = {}
    navigation = []
    for info in sorted(publications, key=lambda p: p.id):
        entries = sorted(by_pub.get(info.id, []), key=lambda e: e.date, reverse=True)
        months = sorted({e.month for e in entries}, reverse=True)
        current = [e for e in entries if months and e.month == months[0]]
        archive_links = []
        for month in months[1:]:
            path = archive_path(info.id, month)
            prefix = _up(path)
            page_entries = [e for e in entries if e.month == month]
            page = {
                "metadata": _publication_meta(info, len(page_entries)),
                "links": [
                    {"rel": "self", "href": f"{month}.json", "type": OPDS_TYPE},
                    {"rel": "up", "href": f"../{info.id}.json", "type": OPDS_TYPE},
                ],
                "publications": [_edition_json(e, prefix, info.title) for e in page_entries],
            }
            files[path] = dump_json(page)
            archive_links.append(
                {
                    "rel": ARCHIVES_REL,
                    "href": f"{info.id}/{month}.json",
                    "type": OPDS_TYPE,
                    "title": month,
                    "properties": {
                        "sha256": sha256_hex(files[path]),
                        "size": len(files[path]),
                        "numberOfItems": len(page_entries),
                    },
                }
            )
        path = publication_feed_path(info.id)
        feed = {
            "metadata": _publication_meta(info, len(entries)),
            "links": [
                {"rel": "self", "href": f"{info.id}.json", "type": OPDS_TYPE},
                {"rel": "start", "href": f"../{ROOT_FILE}", "type": OPDS_TYPE},
                *archive_links,
            ],
            "publications": [_edition_json(e, _up(path), info.title) for e in current],
        }
        files[path] = dump_json(feed)
        navigation.append(
            {
                "href": path,
                "title": info.title,
                "type": OPDS_TYPE,
                "rel": "subsection",
                "properties": {
                    "identifier": info.id,
                    "language": info.language,
                    "homepage": info.homepage,
                    "comments_server": info.comments_server,
                    "numberOfItems": len(entries),
                    "sha256": sha256_hex(files[path]),
                    "size": len(files[path]),
                },
            }
        )
    root = {
        "metadata": {
            "title": title,
            "version": version,
            "expires": format_time(expires),
            "modified": format_time(modified),
            "publisher_key": publisher_key,
        },
        "links": [{"rel": "self", "href": ROOT_FILE, "type": OPDS_TYPE}],
        "navigation": navigation,
    }
    files[ROOT_FILE] = dump_json(root)
    return files


def relative_entry(entry: EditionEntry, feed_path: str) -> EditionEntry:
    """An entry parsed from a feed file, with hrefs made relative to the catalog root again."""
    prefix = _up(feed_path)
    return replace(
        entry,
        bundle_href=_strip(prefix, entry.bundle_href),
        signature_href=None
        if entry.signature_href is None
        else _strip(prefix, entry.signature_href),
        cover_href=None if entry.cover_href is None else _strip(prefix, entry.cover_href),
    )


# -- the reader's view --------------------------------------------------------------------


@dataclass(frozen=True)
class CatalogSnapshot:
    """A verified catalog as the reader keeps it: root plus each publication's feed.

    Entry hrefs are absolute URLs here (resolved against the feed they came from).
    """

    url: str
    root: RootFeed
    feeds: dict[str, PublicationFeed]
    signed: bool

    def editions(self) -> list[EditionEntry]:
        found = [e for feed in self.feeds.values() for e in feed.editions]
        return sorted(found, key=lambda e: (e.publication_id, e.date), reverse=True)

    def find(self, edition_id_or_url: str) -> EditionEntry | None:
        for entry in self.editions():
            if edition_id_or_url in (entry.edition_id, entry.bundle_href):
                return entry
        return None

    def feed_url(self, publication_id: str) -> str | None:
        """Absolute URL of a publication's (newest-month) feed."""
        for info, link in self.root.publications:
            if info.id == publication_id:
                return urljoin(self.url, link.href)
        return None


def absolute_entry(entry: EditionEntry, base: str) -> EditionEntry:
    def absolute(href: str | None) -> str | None:
        return None if href is None else urljoin(base, href)

    return replace(
        entry,
        bundle_href=urljoin(base, entry.bundle_href),
        signature_href=absolute(entry.signature_href),
        cover_href=absolute(entry.cover_href),
    )


def parse_feed_for_reader(data: Any, catalog_url: str, href: str) -> PublicationFeed:
    """Parse a publication feed fetched from ``href`` (relative to the catalog)."""
    base = resolve(href, catalog_url, ROOT_FILE)
    feed = parse_publication_feed(data, base, href)
    editions = tuple(absolute_entry(e, base) for e in feed.editions)
    return replace(feed, editions=editions)


def archive_url(link: FeedLink, feed_url: str) -> str:
    """Absolute URL of an older month's page linked from the feed at ``feed_url``."""
    return resolve(link.href, feed_url, f"{feed_url}: archive {link.title or link.href}")


def load_archive(
    data: bytes, link: FeedLink, feed_url: str, publication_id: str
) -> PublicationFeed:
    """An older month's page, checked against the hash its (signed) parent feed lists.

    Months before the newest are only fetched when the reader asks ("Show older
    editions"); the hash chain from the signed root makes them as trusted as the
    root itself. Entry hrefs come back absolute.
    """
    url = archive_url(link, feed_url)
    verify_pinned(data, link, url)
    feed = parse_publication_feed(decode_json(data, url), url, url)
    if feed.publication.id != publication_id:
        raise CatalogError(f"{url}: an archive of {feed.publication.id!r}, not {publication_id!r}")
    editions = tuple(absolute_entry(e, url) for e in feed.editions)
    return replace(feed, editions=editions, archives=())


def snapshot_from_cache(url: str, cached: Mapping[str, Any]) -> CatalogSnapshot:
    """Rebuild the snapshot from what the store cached (it was verified when fetched)."""
    root = parse_root(cached.get("root"), url)
    feeds_raw = cached.get("feeds")
    if not isinstance(feeds_raw, dict):
        raise CatalogError(f"{url}: cached catalog is damaged")
    feeds = {}
    for info, link in root.publications:
        if link.href in feeds_raw:
            feeds[info.id] = parse_feed_for_reader(feeds_raw[link.href], url, link.href)
    return CatalogSnapshot(url, root, feeds, bool(cached.get("signed")))
