"""Publishing editions into a static catalog folder (``edicola publish`` / ``retire``).

The folder is the whole truth: the feeds already there are read back, the new
bundles merged in, and every feed rewritten deterministically. Publishing the
same bundle again changes nothing (same bytes, same version), so a cron job
can run ``publish`` blindly. Files are replaced atomically and the root feed
goes last, so a reader fetching mid-publish sees the old or the new catalog.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path, PurePosixPath

from edicola.core.bundle.format import BundleError, file_sha256, open_bundle
from edicola.core.catalog.minisign import SIGNATURE_SUFFIX, SecretKey, sign_bytes, sign_file
from edicola.core.catalog.opds import (
    ROOT_FILE,
    CatalogError,
    EditionEntry,
    PublicationInfo,
    build_catalog,
    decode_json,
    parse_publication_feed,
    parse_root,
    relative_entry,
)

_LOCAL_BASE = "https://catalog.invalid/"
DEFAULT_EXPIRES_DAYS = 30


class PublishError(Exception):
    """Publishing cannot go on (message is user-facing); the folder is unchanged."""


@dataclass
class PublishResult:
    version: int
    changed: bool
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


@dataclass
class CatalogFolder:
    """What a catalog folder currently publishes."""

    title: str
    version: int
    publications: dict[str, PublicationInfo]
    editions: dict[str, EditionEntry]
    expires: datetime | None = None
    modified: datetime | None = None


def _read(folder: Path, rel: str) -> bytes:
    try:
        return (folder / rel).read_bytes()
    except OSError as exc:
        raise PublishError(f"{folder / rel}: cannot read the existing catalog ({exc})") from exc


def load_folder(folder: Path, default_title: str) -> CatalogFolder:
    """Read back a catalog folder written by :func:`publish` (empty if there is none)."""
    if not (folder / ROOT_FILE).exists():
        return CatalogFolder(default_title, 0, {}, {})
    try:
        root = parse_root(decode_json(_read(folder, ROOT_FILE), ROOT_FILE), _LOCAL_BASE)
        pubs: dict[str, PublicationInfo] = {}
        entries: dict[str, EditionEntry] = {}
        for info, link in root.publications:
            pubs[info.id] = info
            pages = [link.href]
            while pages:
                rel = pages.pop()
                base = _LOCAL_BASE + rel
                feed = parse_publication_feed(decode_json(_read(folder, rel), rel), base, rel)
                for entry in feed.editions:
                    entries[entry.edition_id] = relative_entry(entry, rel)
                parent = str(PurePosixPath(rel).parent)
                pages.extend(f"{parent}/{a.href}" for a in feed.archives)
    except CatalogError as exc:
        raise PublishError(f"{folder}: the existing catalog is damaged: {exc}") from exc
    modified = None
    if root.modified:
        try:
            modified = datetime.fromisoformat(root.modified.replace("Z", "+00:00"))
        except ValueError:
            modified = None
    return CatalogFolder(root.title, root.version, pubs, entries, root.expires, modified)


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _copy_atomic(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    shutil.copyfile(source, tmp)
    os.replace(tmp, target)


@dataclass(frozen=True)
class _Staged:
    entry: EditionEntry
    info: PublicationInfo
    source: Path
    cover: tuple[str, bytes] | None


def _stage(bundle: Path, comments_server: str | None, signed: bool) -> _Staged:
    try:
        with open_bundle(bundle) as reader:
            manifest = reader.manifest
            pub, edition = manifest.publication, manifest.edition
            cover = None
            if edition.get("cover"):
                data, media_type = reader.read_image(edition["cover"])
                cover = (media_type, data)
    except BundleError as exc:
        raise PublishError(str(exc)) from exc
    except OSError as exc:
        raise PublishError(f"{bundle}: cannot read ({exc})") from exc
    server = comments_server or (pub.get("comments") or {}).get("server")
    info = PublicationInfo(
        id=pub["id"],
        title=pub["title"],
        language=pub["language"],
        homepage=pub.get("homepage", ""),
        comments_server=server,
    )
    stem = f"{manifest.edition_id}.r{manifest.revision}"
    cover_href = cover_type = None
    if cover is not None:
        cover_type = cover[0]
        cover_href = f"covers/{stem}.{cover_type.split('/')[-1].replace('jpeg', 'jpg')}"
    bundle_href = f"bundles/{stem}.edicola"
    entry = EditionEntry(
        edition_id=manifest.edition_id,
        publication_id=info.id,
        date=edition["date"],
        title=edition["title"],
        revision=manifest.revision,
        language=manifest.language,
        bundle_href=bundle_href,
        size=bundle.stat().st_size,
        sha256=file_sha256(bundle),
        number=edition.get("number"),
        signature_href=bundle_href + SIGNATURE_SUFFIX if signed else None,
        cover_href=cover_href,
        cover_type=cover_type,
        comments_server=server,
    )
    return _Staged(entry, info, bundle, cover)


def _entry_files(entry: EditionEntry) -> list[str]:
    return [h for h in (entry.bundle_href, entry.signature_href, entry.cover_href) if h]


def _write_feeds(
    folder: Path,
    state: CatalogFolder,
    key: SecretKey | None,
    now: datetime,
    expires_days: int,
    force: bool,
) -> tuple[int, bool]:
    publisher_key = None if key is None else key.public_key.to_base64()
    used = {e.publication_id for e in state.editions.values()}
    pubs = [p for p in state.publications.values() if p.id in used]

    def build(version: int, expires: datetime, modified: datetime) -> dict[str, bytes]:
        return build_catalog(
            title=state.title,
            publications=pubs,
            editions=state.editions.values(),
            version=version,
            expires=expires,
            modified=modified,
            publisher_key=publisher_key,
        )

    if not force and state.expires is not None and state.modified is not None:
        same = build(state.version, state.expires, state.modified)
        if all((folder / p).exists() and (folder / p).read_bytes() == b for p, b in same.items()):
            return state.version, False
    version = state.version + 1
    files = build(version, now + timedelta(days=expires_days), now)
    root = files.pop(ROOT_FILE)
    for rel, data in files.items():
        _write_atomic(folder / rel, data)
    root_sig = folder / (ROOT_FILE + SIGNATURE_SUFFIX)
    if key is not None:
        comment = f"timestamp:{int(now.timestamp())}\tfile:{ROOT_FILE}\tversion:{version}"
        _write_atomic(
            folder / (ROOT_FILE + ".minisig.next"),
            sign_bytes(root, key, comment).to_text().encode(),
        )
    _write_atomic(folder / ROOT_FILE, root)
    if key is not None:
        os.replace(folder / (ROOT_FILE + ".minisig.next"), root_sig)
    else:
        root_sig.unlink(missing_ok=True)
    pub_dir = folder / "publications"
    if pub_dir.is_dir():
        for stale in pub_dir.rglob("*.json"):
            if stale.relative_to(folder).as_posix() not in files:
                stale.unlink()
    return version, True


def publish(
    folder: Path,
    bundles: Iterable[Path],
    *,
    key: SecretKey | None,
    now: datetime,
    title: str | None = None,
    comments_server: str | None = None,
    expires_days: int = DEFAULT_EXPIRES_DAYS,
    refresh: bool = False,
) -> PublishResult:
    """Add or update editions in the catalog at ``folder``."""
    state = load_folder(folder, title or "Edicola catalog")
    if title:
        state.title = title
    staged = []
    for bundle in bundles:
        item = _stage(bundle, comments_server, key is not None)
        known = state.publications.get(item.info.id)
        if item.info.comments_server is None and known and known.comments_server:
            # A comments server set once stays until another one is given.
            server = known.comments_server
            item = _Staged(
                replace(item.entry, comments_server=server),
                replace(item.info, comments_server=server),
                item.source,
                item.cover,
            )
        staged.append(item)
    result = PublishResult(version=state.version, changed=False)
    for item in staged:
        entry = item.entry
        old = state.editions.get(entry.edition_id)
        if old is not None and old.revision > entry.revision:
            raise PublishError(
                f"{item.source.name}: {entry.edition_id} revision {entry.revision} is older than "
                f"the published revision {old.revision}"
            )
        if old is not None and old.revision == entry.revision and old.sha256 != entry.sha256:
            raise PublishError(
                f"{item.source.name}: {entry.edition_id} revision {entry.revision} is already "
                "published with different content; bump the edition's revision"
            )
    for item in staged:
        entry = item.entry
        old = state.editions.get(entry.edition_id)
        state.publications[item.info.id] = item.info
        if old == entry and all((folder / h).exists() for h in _entry_files(entry)):
            result.unchanged.append(entry.edition_id)
            continue
        _copy_atomic(item.source, folder / entry.bundle_href)
        if key is not None:
            sign_file(
                folder / entry.bundle_href,
                key,
                f"timestamp:{int(now.timestamp())}\tfile:{PurePosixPath(entry.bundle_href).name}"
                f"\tedition:{entry.edition_id}\trevision:{entry.revision}",
            )
        if item.cover is not None and entry.cover_href:
            _write_atomic(folder / entry.cover_href, item.cover[1])
        state.editions[entry.edition_id] = entry
        (result.updated if old is not None else result.added).append(entry.edition_id)
        if old is not None:
            stale = set(_entry_files(old)) - set(_entry_files(entry))
            for rel in stale:
                (folder / rel).unlink(missing_ok=True)
    result.version, result.changed = _write_feeds(
        folder, state, key, now, expires_days, force=refresh
    )
    return result


def retire(
    folder: Path,
    edition_id: str,
    *,
    key: SecretKey | None,
    now: datetime,
    expires_days: int = DEFAULT_EXPIRES_DAYS,
) -> PublishResult:
    """Remove one edition (its bundle, signature and cover) from the catalog."""
    if not (folder / ROOT_FILE).exists():
        raise PublishError(f"{folder}: no catalog here ({ROOT_FILE} is missing)")
    state = load_folder(folder, "Edicola catalog")
    entry = state.editions.pop(edition_id, None)
    if entry is None:
        raise PublishError(f"{folder}: edition {edition_id!r} is not in the catalog")
    version, changed = _write_feeds(folder, state, key, now, expires_days, force=True)
    for rel in _entry_files(entry):
        (folder / rel).unlink(missing_ok=True)
    return PublishResult(version=version, changed=changed, removed=[edition_id])
