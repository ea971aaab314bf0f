"""Writing one bundle's rows, inside the import transaction the edition store opens,
and the checks of a bundle the store makes before it writes.

The edition, its sections, its images (streamed into blobs), its printed pages
and its articles (compressed Markdown) are written as they are read from the
zip, each checked on the way; the first problem raises ``BundleError`` and the
transaction rolls everything back.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from edicola.core.bundle.format import MANIFEST, ArticleEntry, BundleError, Manifest, Problem
from edicola.core.bundle.image_refs import quick_missing_images
from edicola.core.bundle.reader import BundleReader
from edicola.core.catalog.provenance import Announcement
from edicola.core.message import Message
from edicola.core.model import article_id
from edicola.core.render import RenderError, render_markdown
from edicola.store.article_body import may_show_images
from edicola.store.body_codec import BodyCodec
from edicola.store.pages import PageStore

Progress = Callable[[int, int], None]
"""Told ``(done, total)`` after each image and article."""

_INSERT_ARTICLE = (
    "INSERT INTO articles (id, edition_id, section_id, position, title, standfirst, authors, "
    "published, url, language, word_count, markdown, html) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '')"
)


def write_edition(
    db: Database,
    reader: BundleReader,
    bundle_sha: str,
    progress: Progress | None,
    codec: BodyCodec,
) -> None:
    """Insert every row of the bundle open in ``reader`` (its publication is already in).

    Bodies are packed by ``codec`` with their language's dictionary; the import that
    leaves a language with enough articles and none trains one (``body_codec``)."""
    manifest = reader.manifest
    edition = manifest.edition
    total = len(manifest.articles) + len(manifest.image_files)
    done = 0
    db.table("editions").insert(
        {
            "id": manifest.edition_id,
            "publication_id": manifest.publication["id"],
            "date": edition["date"],
            "title": edition["title"],
            "number": edition.get("number"),
            "revision": manifest.revision,
            "cover": edition.get("cover"),
            "bundle_sha256": bundle_sha,
            "imported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }
    )
    db.table("sections").insert_all(
        {"edition_id": manifest.edition_id, "id": sid, "title": title, "position": i}
        for i, (sid, title) in enumerate(manifest.sections)
    )
    for name in sorted(manifest.image_files):
        _insert_image(db, reader, manifest.edition_id, name)
        done += 1
        if progress:
            progress(done, total)
    PageStore(db).import_pages(reader, manifest.edition_id)  # print replica
    pack = codec.packer(manifest.language)
    for position, entry in enumerate(manifest.articles):
        _insert_article(db, reader, entry, position, pack)
        done += 1
        if progress:
            progress(done, total)
    codec.bodies_added(manifest.language, len(manifest.articles))


def _insert_article(
    db: Database,
    reader: BundleReader,
    entry: ArticleEntry,
    position: int,
    pack: Callable[[str], bytes],
) -> None:
    manifest = reader.manifest
    source = reader.read_article(entry)
    # The library keeps compressed Markdown and renders on open
    # (article_body); a render here would only check image references: a plain
    # read settles nearly every body, the renderer the rest (image_refs).
    images = frozenset(entry.images)
    if may_show_images(source) and quick_missing_images(source, images) is not False:
        try:
            rendered = render_markdown(
                source,
                edition_id=manifest.edition_id,
                language=manifest.language,
                images=images,
            )
        except RenderError as exc:  # the jail stopped it (issue 19)
            raise BundleError(reader.path, [Problem(entry.file, str(exc))]) from None
        if rendered.missing_images:
            missing = rendered.missing_images[0]
            raise BundleError(
                reader.path,
                [
                    Problem(
                        entry.file, Message("references a missing image {image!r}", image=missing)
                    )
                ],
            )
    db.conn.execute(
        _INSERT_ARTICLE,
        [
            article_id(manifest.edition_id, entry.id),
            manifest.edition_id,
            entry.section,
            position,
            entry.title,
            entry.standfirst,
            json.dumps(list(entry.authors), ensure_ascii=False),
            entry.published,
            entry.url,
            manifest.language,
            entry.word_count,
            pack(source),
        ],
    )


def _insert_image(db: Database, reader: BundleReader, edition_id: str, name: str) -> None:
    """Stream one image into its row through SQLite's incremental blob I/O.

    Memory stays flat however large the image; the checksum is verified
    after the last chunk and a mismatch raises inside the transaction.
    """
    media_type, size, chunks = reader.stream_image(name)
    cursor = db.execute(
        "INSERT INTO images (edition_id, path, media_type, sha256, data) "
        "VALUES (?, ?, ?, ?, zeroblob(?))",
        [edition_id, name, media_type, reader.manifest.files[name]["sha256"], size],
    )
    rowid = cursor.lastrowid
    assert rowid is not None
    with db.conn.blobopen("images", "data", rowid) as blob:
        for chunk in chunks:
            if blob.tell() + len(chunk) > size:
                problem = Problem(
                    name, Message("larger than the {size} bytes the manifest says", size=size)
                )
                raise BundleError(reader.path, [problem])
            blob.write(chunk)


def check_announced(path: Path, manifest: Manifest, expect: Announcement) -> None:
    """A downloaded bundle must be exactly the edition its catalog entry announced."""
    carried = Announcement(manifest.publication["id"], manifest.edition_id, manifest.revision)
    if carried != expect:
        raise BundleError(
            path,
            [
                Problem(
                    MANIFEST,
                    Message(
                        "carries {carried}, but the catalog announced {expected}: refused",
                        carried=carried.describe(),
                        expected=expect.describe(),
                    ),
                    "edition",
                )
            ],
        )


def check_members(reader: BundleReader) -> None:
    """Every member's size and sha256 against the manifest (:class:`BundleError` if not):
    an import that changes nothing still says when the file is damaged (issue 19)."""
    for name in reader.manifest.files:
        for _chunk in reader.stream_member(name):
            pass
