"""Publishing editions into a static catalog folder (``edicola publish`` / ``retire``).

The folder is the whole truth: the feeds already there are read back, the new
bundles merged in, and every feed rewritten deterministically. Publishing the
same bundle again changes nothing (same bytes, same version), so a cron job
can run ``publish`` blindly. Files are replaced atomically and the root feed
goes last, so a reader fetching mid-publish sees the old or the new catalog.

Every edition gets a cover (a drawn one when its bundle has none: OPDS clients
browse by ``images``), and the catalog's public address, once given, is kept in
the root feed's own ``self`` link, so later runs need not repeat it.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path, PurePosixPath

from edicola.core.bundle.format import BundleError, file_sha256
from edicola.core.bundle.reader import open_bundle
from edicola.core.catalog.build import (
    build_catalog,
    catalog_base,
    relative_entry,
    remembered_base,
)
from edicola.core.catalog.cover import (
    COVER_TYPE,
    cover_from_bundle,
    cover_from_entry,
    drawn_cover_href,
)
from edicola.core.catalog.minisign import SIGNATURE_SUFFIX, SecretKey, sign_bytes, sign_file
from edicola.core.catalog.opds import (
    ROOT_FILE,
    CatalogError,
    EditionEntry,
    PublicationInfo,
    decode_json,
)
from edicola.core.catalog.parse import parse_publication_feed, parse_root
from edicola.core.epub.publish import epub_href, export_bundle
from edicola.core.epub.writer import ExportError

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
    base_url: str | None = None
    """The public address the ``self`` links carry; None: they are relative."""


@dataclass
class CatalogFolder:
    """What a catalog folder currently publishes."""

    title: str
    version: int
    publications: dict[str, PublicationInfo]
    editions: dict[str, EditionEntry]
    expires: datetime | None = None
    modified: datetime | None = None
    base_url: str | None = None
    """The catalog's public address, read back from the root feed's ``self`` link."""


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
        raw_root = decode_json(_read(folder, ROOT_FILE), ROOT_FILE)
        root = parse_root(raw_root, _LOCAL_BASE)
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
    public = remembered_base(raw_root)
    return CatalogFolder(root.title, root.version, pubs, entries, root.expires, modified, public)


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
    epub: Path | None = None
    """The EPUB made beside the bundle (``--epub``), waiting to be copied in."""


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
    bundle_href = f"bundles/{stem}.edicola"
    # No cover in the bundle: one is drawn when the files are written.
    cover_href, cover_type = drawn_cover_href(bundle_href), COVER_TYPE
    if cover is not None:
        cover_type = cover[0]
        cover_href = f"covers/{stem}.{cover_type.split('/')[-1].replace('jpeg', 'jpg')}"
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


def _with_epub(
    item: _Staged, old: EditionEntry | None, folder: Path, scratch: Path | None
) -> _Staged:
    """The edition with its EPUB link: the published one while the bundle is the same,
    else (with ``--epub``) a new EPUB made in ``scratch``."""
    entry = item.entry
    if (
        old is not None
        and old.epub_href
        and old.sha256 == entry.sha256
        and (folder / old.epub_href).exists()
    ):
        kept = replace(entry, epub_href=old.epub_href, epub_size=old.epub_size)
        return replace(item, entry=replace(kept, epub_sha256=old.epub_sha256))
    if scratch is None:
        return item
    href = epub_href(entry.bundle_href)
    target = scratch / PurePosixPath(href).name
    try:
        size, sha = export_bundle(item.source, target)
    except (BundleError, ExportError) as exc:
        raise PublishError(f"{item.source.name}: cannot make its EPUB: {exc}") from exc
    entry = replace(entry, epub_href=href, epub_size=size, epub_sha256=sha)
    return replace(item, entry=entry, epub=target)


def _drawn(bundle: Path) -> bytes:
    try:
        return cover_from_bundle(bundle)
    except (BundleError, OSError) as exc:
        raise PublishError(f"{bundle.name}: cannot draw its cover ({exc})") from exc


def _entry_files(entry: EditionEntry) -> list[str]:
    hrefs = (entry.bundle_href, entry.signature_href, entry.cover_href, entry.epub_href)
    return [h for h in hrefs if h]


def _give_covers(state: CatalogFolder) -> dict[str, EditionEntry]:
    """Give a drawn cover to every edition published without one (by an older
    Edicola); returns those entries, whose cover files :func:`_draw_covers` writes."""
    pending = {}
    for edition_id, entry in list(state.editions.items()):
        if entry.cover_href is None:
            href = drawn_cover_href(entry.bundle_href)
            entry = replace(entry, cover_href=href, cover_type=COVER_TYPE)
            state.editions[edition_id] = pending[edition_id] = entry
    return pending


def _draw_covers(folder: Path, state: CatalogFolder, pending: dict[str, EditionEntry]) -> None:
    for edition_id, entry in pending.items():
        if state.editions.get(edition_id) != entry or entry.cover_href is None:
            continue  # replaced by a new revision meanwhile
        info = state.publications.get(entry.publication_id)
        try:
            data = cover_from_bundle(folder / entry.bundle_href)
        except (BundleError, OSError):  # the bundle is not here: draw from the entry alone
            data = cover_from_entry(entry, info.title if info else entry.publication_id)
        _write_atomic(folder / entry.cover_href, data)


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
            base_url=state.base_url,
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
    epub: bool = False,
    base_url: str | None = None,
) -> PublishResult:
    """Add or update editions in the catalog at ``folder``; with ``epub``, each with its
    EPUB beside the bundle and a second acquisition link to it. ``base_url`` is the
    folder's public address (kept for later runs): the ``self`` links become absolute."""
    with tempfile.TemporaryDirectory(prefix="edicola-publish-") as scratch:
        return _publish(
            folder,
            bundles,
            key=key,
            now=now,
            title=title,
            comments_server=comments_server,
            expires_days=expires_days,
            refresh=refresh,
            scratch=Path(scratch) if epub else None,
            base_url=base_url,
        )


def _publish(
    folder: Path,
    bundles: Iterable[Path],
    *,
    key: SecretKey | None,
    now: datetime,
    title: str | None,
    comments_server: str | None,
    expires_days: int,
    refresh: bool,
    scratch: Path | None,
    base_url: str | None,
) -> PublishResult:
    state = load_folder(folder, title or "Edicola catalog")
    if title:
        state.title = title
    if base_url is not None:
        try:
            state.base_url = catalog_base(base_url)
        except ValueError as exc:
            raise PublishError(f"base URL {exc}") from exc
    pending_covers = _give_covers(state)
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
        staged.append(_with_epub(item, state.editions.get(item.entry.edition_id), folder, scratch))
    result = PublishResult(version=state.version, changed=False, base_url=state.base_url)
    _refuse_older_revisions(state, staged)
    _draw_covers(folder, state, pending_covers)
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
        if entry.cover_href:
            cover = item.cover[1] if item.cover else _drawn(item.source)
            _write_atomic(folder / entry.cover_href, cover)
        if item.epub is not None and entry.epub_href:
            _copy_atomic(item.epub, folder / entry.epub_href)
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


def _refuse_older_revisions(state: CatalogFolder, staged: list[_Staged]) -> None:
    """Nothing is written when one bundle would go back in revision, or change a
    published revision's bytes."""
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
    _draw_covers(folder, state, _give_covers(state))
    version, changed = _write_feeds(folder, state, key, now, expires_days, force=True)
    for rel in _entry_files(entry):
        (folder / rel).unlink(missing_ok=True)
    return PublishResult(
        version=version, changed=changed, removed=[edition_id], base_url=state.base_url
    )
