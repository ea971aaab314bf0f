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

This module holds the catalog's vocabulary (its records and constants) and the
trust rules every reader applies (freshness, pinned hashes, same-host links);
``parse`` reads feeds, ``build`` writes them, ``snapshot`` is the reader's view.
All of it is pure: bytes and dicts in, dataclasses out; no network, no Qt.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any
from urllib.parse import urljoin, urlsplit

from edicola.core import safejson
from edicola.core.message import Message

ROOT_FILE = "catalog.json"
OPDS_TYPE = "application/opds+json"
BUNDLE_TYPE = "application/vnd.edicola.bundle+zip"
EPUB_TYPE = "application/epub+zip"
SIGNATURE_TYPE = "application/vnd.minisign.signature"
ACQUISITION_REL = "http://opds-spec.org/acquisition/open-access"
COMMENTS_REL = "https://edicola.example/rel/comments"
SIGNATURE_REL = "https://edicola.example/rel/signature"
ARCHIVES_REL = "archives"
MAX_FEED_BYTES = 8 * 1024 * 1024
#: Versions, revisions and sizes are SQLite integers: anything larger is refused.
MAX_INTEGER = 2**53 - 1


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
    epub_href: str | None = None
    """The edition as EPUB (``edicola publish --epub``): a second acquisition link."""
    epub_size: int = 0
    epub_sha256: str = ""

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
        limit = MAX_FEED_BYTES // (1024 * 1024)
        raise CatalogError(
            Message("{name}: larger than {limit} MiB, refused", name=name, limit=limit)
        )
    try:
        return safejson.loads(data)
    except UnicodeDecodeError as exc:
        why = Message("invalid UTF-8 at byte {at}", at=exc.start)
        raise CatalogError(Message("{name}: {why}", name=name, why=why)) from exc
    except json.JSONDecodeError as exc:
        why = Message("malformed JSON at line {line}: {why}", line=exc.lineno, why=exc.msg)
        raise CatalogError(Message("{name}: {why}", name=name, why=why)) from exc
    except safejson.JsonRefused as exc:
        why = Message("refused: {why}", why=exc)
        raise CatalogError(Message("{name}: {why}", name=name, why=why)) from exc


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
        raise CatalogError(_invalid_url(where, exc)) from exc
    if not same_origin(url, base):
        try:
            _ = urlsplit(url).port
        except ValueError as exc:
            raise CatalogError(_invalid_url(where, exc)) from exc
        parts = urlsplit(url)  # the port too: another port is another service
        host = (parts.hostname or url) + (f":{parts.port}" if parts.port else "")
        message = Message(
            "{where}: points to another host ({host}), refused", where=where, host=host
        )
        raise CatalogError(message)
    return url


def _invalid_url(where: str, exc: ValueError) -> Message:
    return Message("{where}: not a valid URL ({why}), refused", where=where, why=exc)


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
            Message(
                "{name}: version {version} is older than version {seen} already seen "
                "(a replayed or rolled-back catalog), refused",
                name=name,
                version=root.version,
                seen=highest_seen,
            )
        )
    if root.expires <= now:
        raise CatalogError(
            Message(
                "{name}: expired on {when} (the publisher has not refreshed it), refused",
                name=name,
                when=format_time(root.expires),
            )
        )


def verify_pinned(data: bytes, link: FeedLink, name: str) -> None:
    if len(data) != link.size or sha256_hex(data) != link.sha256:
        raise CatalogError(
            Message("{name}: does not match the hash the catalog lists, refused", name=name)
        )
