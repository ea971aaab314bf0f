"""Writing a catalog: every feed file of a publisher's catalog, as deterministic bytes.

The newest month of each publication goes in its feed, older months in one page
each, and each parent lists its children's sha256 and size, so that signing the
root alone covers the tree (see ``opds``). Every other href is relative, so the
folder can move; only ``self`` links name the catalog's public address when the
publisher gave it, as the Readium Web Publication Manifest wants them absolute.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

from edicola.core.catalog.opds import (
    ACQUISITION_REL,
    ARCHIVES_REL,
    BUNDLE_TYPE,
    COMMENTS_REL,
    EPUB_TYPE,
    OPDS_TYPE,
    ROOT_FILE,
    SIGNATURE_REL,
    SIGNATURE_TYPE,
    EditionEntry,
    PublicationInfo,
    dump_json,
    format_time,
    sha256_hex,
)


def publication_feed_path(publication_id: str) -> str:
    return f"publications/{publication_id}.json"


def archive_path(publication_id: str, month: str) -> str:
    return f"publications/{publication_id}/{month}.json"


def catalog_base(url: str) -> str:
    """The catalog folder's public address, as the base of its ``self`` links:
    ``https://news.example/`` (``…/catalog.json`` is taken as its folder too).

    Raises ValueError with a one-line reason."""
    text = url.strip()
    parts = urlsplit(text)
    if parts.scheme not in ("https", "http") or not parts.hostname or " " in text:
        raise ValueError(f"{url!r} is not an http(s) address such as https://news.example/")
    if parts.username or parts.password or parts.query or parts.fragment:
        raise ValueError(f"{url!r}: a public address has no user name, password, ?query or #part")
    path = (
        parts.path.removesuffix(ROOT_FILE) if parts.path.endswith("/" + ROOT_FILE) else parts.path
    )
    path = quote(path if path.endswith("/") else path + "/", safe="/%:@!$&'()*+,;=-._~")
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def remembered_base(root: Any) -> str | None:
    """The base an earlier ``publish`` wrote into the root feed's ``self`` link, if any."""
    links = root.get("links") if isinstance(root, dict) else None
    for link in links if isinstance(links, list) else []:
        if not isinstance(link, dict) or link.get("rel") != "self":
            continue
        href = link.get("href")
        if isinstance(href, str) and href.endswith("/" + ROOT_FILE):
            try:
                return catalog_base(href)
            except ValueError:
                return None
    return None


def _self_link(base_url: str | None, path: str, relative: str) -> dict[str, Any]:
    """The ``self`` link of the feed at ``path``: absolute under ``base_url``, else
    ``relative`` (the schema allows it; Readium asks for absolute)."""
    href = base_url + path if base_url else relative
    return {"rel": "self", "href": href, "type": OPDS_TYPE}


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
    if entry.epub_href:  # after the bundle's: readers take the first acquisition link
        links.append(
            {
                "rel": ACQUISITION_REL,
                "href": _prefixed(prefix, entry.epub_href),
                "type": EPUB_TYPE,
                "properties": {"size": entry.epub_size, "sha256": entry.epub_sha256},
            }
        )
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
            # OPDS wants a number or no position at all (the schema refuses null).
            "belongsTo": {"series": {"name": series, "position": entry.number}}
            if entry.number is not None
            else {"series": {"name": series}},
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
    base_url: str | None = None,
) -> dict[str, bytes]:
    """Every feed file of a catalog, by path relative to the catalog root.

    Entry hrefs in ``editions`` are relative to the root; feeds in
    subfolders get them rewritten relative to themselves. ``base_url`` (from
    :func:`catalog_base`) makes the ``self`` links absolute.
    """
    by_pub: dict[str, list[EditionEntry]] = {}
    for entry in editions:
        by_pub.setdefault(entry.publication_id, []).append(entry)
    files: dict[str, bytes] = {}
    navigation = []
    for info in sorted(publications, key=lambda p: p.id):
        entries = sorted(by_pub.get(info.id, []), key=lambda e: e.date, reverse=True)
        if entries:  # a feed must list something (OPDS 2.0)
            navigation.append(_publication_files(info, entries, files, base_url))
    root = {
        "metadata": {
            "title": title,
            "version": version,
            "expires": format_time(expires),
            "modified": format_time(modified),
            "publisher_key": publisher_key,
        },
        "links": [_self_link(base_url, ROOT_FILE, ROOT_FILE)],
        "navigation": navigation,
    }
    if not navigation:
        # OPDS 2.0 wants something listed (an empty navigation is refused): an empty
        # catalog says so in a group leading back to itself. Edicola reads navigation.
        del root["navigation"]
        back = {"href": ROOT_FILE, "title": title, "type": OPDS_TYPE}
        root["groups"] = [{"metadata": {"title": "No editions"}, "navigation": [back]}]
    files[ROOT_FILE] = dump_json(root)
    return files


def _publication_files(
    info: PublicationInfo,
    entries: list[EditionEntry],
    files: dict[str, bytes],
    base_url: str | None,
) -> dict[str, Any]:
    """Write a publication's feed and its older months into ``files``; returns the
    navigation entry the root lists for it (newest first in ``entries``)."""
    months = sorted({e.month for e in entries}, reverse=True)
    current = [e for e in entries if months and e.month == months[0]]
    archive_links = [_archive_page(info, entries, month, files, base_url) for month in months[1:]]
    path = publication_feed_path(info.id)
    feed = {
        "metadata": _publication_meta(info, len(entries)),
        "links": [
            _self_link(base_url, path, f"{info.id}.json"),
            {"rel": "start", "href": f"../{ROOT_FILE}", "type": OPDS_TYPE},
            *archive_links,
        ],
        "publications": [_edition_json(e, _up(path), info.title) for e in current],
    }
    files[path] = dump_json(feed)
    return {
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


def _archive_page(
    info: PublicationInfo,
    entries: list[EditionEntry],
    month: str,
    files: dict[str, bytes],
    base_url: str | None,
) -> dict[str, Any]:
    """Write one older month's page into ``files``; returns the link its publication's
    feed lists, pinned by the page's hash."""
    path = archive_path(info.id, month)
    prefix = _up(path)
    page_entries = [e for e in entries if e.month == month]
    page = {
        "metadata": _publication_meta(info, len(page_entries)),
        "links": [
            _self_link(base_url, path, f"{month}.json"),
            {"rel": "up", "href": f"../{info.id}.json", "type": OPDS_TYPE},
        ],
        "publications": [_edition_json(e, prefix, info.title) for e in page_entries],
    }
    files[path] = dump_json(page)
    return {
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
        epub_href=None if entry.epub_href is None else _strip(prefix, entry.epub_href),
    )
