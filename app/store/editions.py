"""Editions in the library: importing bundles atomically and reading them back.

Importing a bundle is one transaction. Members are streamed from the zip
straight into it, each checked as it is read; the first problem rolls the
whole import back, so the library is exactly as it was. Listeners (the search
index) update inside the same transaction.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from sqlite_utils import Database

from edicola.core.bundle import BundleError, BundleReader, Problem, file_sha256, open_bundle
from edicola.core.model import Article, ArticleSummary, Edition, Publication, Section, article_id
from edicola.core.render import render_markdown
from edicola.core.safezip import Limits


class EditionListener(Protocol):
    """Told about edition changes inside the transaction that makes them."""

    def edition_added(self, db: Database, edition_id: str) -> None: ...

    def edition_removing(self, db: Database, edition_id: str) -> None: ...


@dataclass(frozen=True)
class ImportResult:
    edition_id: str
    revision: int
    status: str
    """``imported``, ``updated`` (a newer revision replaced an older one) or ``unchanged``."""
    articles: int
    previous_revision: int | None = None

    def describe(self) -> str:
        if self.status == "unchanged":
            return f"{self.edition_id} revision {self.revision} is already in the library"
        if self.status == "updated":
            return (
                f"{self.edition_id} updated from revision {self.previous_revision} "
                f"to {self.revision} ({self.articles} articles)"
            )
        return f"{self.edition_id} imported ({self.articles} articles)"


Progress = Callable[[int, int], None]


class EditionStore:
    def __init__(
        self,
        db: Database,
        listeners: Sequence[EditionListener] = (),
        limits: Limits | None = None,
    ) -> None:
        self.db = db
        self.listeners = list(listeners)
        self.limits = limits or Limits()

    # -- writing -------------------------------------------------------------

    def import_bundle(
        self, path: Path, progress: Progress | None = None, *, bundle_sha256: str | None = None
    ) -> ImportResult:
        """Import one bundle in one transaction; raises BundleError and changes nothing.

        ``bundle_sha256`` is the file's digest when the caller already computed it
        (the downloader hashes in flight), sparing a second pass over the file.
        """
        with open_bundle(path, self.limits) as reader:
            manifest = reader.manifest
            edition = manifest.edition
            current = self._current_revision(manifest.edition_id)
            if current is not None and current >= manifest.revision:
                status = "unchanged" if current == manifest.revision else "older"
                if status == "older":
                    raise BundleError(
                        path,
                        [
                            Problem(
                                "manifest.json",
                                f"revision {manifest.revision} is older than the library's "
                                f"revision {current}",
                                "edition.revision",
                            )
                        ],
                    )
                return ImportResult(manifest.edition_id, current, "unchanged", 0, current)
            bundle_sha = bundle_sha256 or file_sha256(path)
            articles = manifest.articles
            total = len(articles) + len(manifest.image_files)
            done = 0
            with self.db.atomic():
                if current is not None:
                    self._delete_rows(manifest.edition_id)
                self._upsert_publication(manifest.publication)
                self.db.table("editions").insert(
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
                self.db.table("sections").insert_all(
                    {"edition_id": manifest.edition_id, "id": sid, "title": title, "position": i}
                    for i, (sid, title) in enumerate(manifest.sections)
                )
                for name in sorted(manifest.image_files):
                    self._insert_image(reader, manifest.edition_id, name)
                    done += 1
                    if progress:
                        progress(done, total)
                for position, entry in enumerate(articles):
                    source = reader.read_article(entry)
                    rendered = render_markdown(
                        source,
                        edition_id=manifest.edition_id,
                        language=manifest.language,
                        images=frozenset(entry.images),
                    )
                    if rendered.missing_images:
                        missing = rendered.missing_images[0]
                        raise BundleError(
                            path, [Problem(entry.file, f"references a missing image {missing!r}")]
                        )
                    self.db.table("articles").insert(
                        {
                            "id": article_id(manifest.edition_id, entry.id),
                            "edition_id": manifest.edition_id,
                            "section_id": entry.section,
                            "position": position,
                            "title": entry.title,
                            "standfirst": entry.standfirst,
                            "authors": json.dumps(list(entry.authors), ensure_ascii=False),
                            "published": entry.published,
                            "url": entry.url,
                            "language": manifest.language,
                            "word_count": entry.word_count,
                            "markdown": source,
                            "html": rendered.html,
                        }
                    )
                    done += 1
                    if progress:
                        progress(done, total)
                for listener in self.listeners:
                    listener.edition_added(self.db, manifest.edition_id)
            status = "updated" if current is not None else "imported"
            return ImportResult(
                manifest.edition_id, manifest.revision, status, len(articles), current
            )

    def _insert_image(self, reader: BundleReader, edition_id: str, name: str) -> None:
        """Stream one image into its row through SQLite's incremental blob I/O.

        Memory stays flat however large the image; the checksum is verified
        after the last chunk and a mismatch raises inside the transaction.
        """
        media_type, size, chunks = reader.stream_image(name)
        cursor = self.db.execute(
            "INSERT INTO images (edition_id, path, media_type, sha256, data) "
            "VALUES (?, ?, ?, ?, zeroblob(?))",
            [edition_id, name, media_type, reader.manifest.files[name]["sha256"], size],
        )
        rowid = cursor.lastrowid
        assert rowid is not None
        with self.db.conn.blobopen("images", "data", rowid) as blob:
            for chunk in chunks:
                if blob.tell() + len(chunk) > size:
                    problem = Problem(name, f"larger than the {size} bytes the manifest says")
                    raise BundleError(reader.path, [problem])
                blob.write(chunk)

    def _current_revision(self, edition_id: str) -> int | None:
        row = self.db.execute("SELECT revision FROM editions WHERE id = ?", [edition_id]).fetchone()
        return None if row is None else int(row[0])

    def _upsert_publication(self, publication: dict[str, Any]) -> None:
        """Insert or refresh a publication; a comment server learnt elsewhere survives
        a bundle that declares none."""
        comments = publication.get("comments") or {}
        self.db.execute(
            "INSERT INTO publications (id, title, language, homepage, comments_server, "
            "comments_max_length) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
            "title = excluded.title, language = excluded.language, "
            "homepage = excluded.homepage, "
            "comments_server = coalesce(excluded.comments_server, comments_server), "
            "comments_max_length = coalesce(excluded.comments_max_length, comments_max_length)",
            [
                publication["id"],
                publication["title"],
                publication["language"],
                publication.get("homepage", ""),
                comments.get("server"),
                comments.get("max_length"),
            ],
        )

    def adopt_comment_servers(self, servers: dict[str, str]) -> int:
        """Give publications whose bundles declare no comment server the one their
        catalog names; returns how many changed."""
        changed = 0
        with self.db.atomic():
            for publication_id, server in servers.items():
                cursor = self.db.execute(
                    "UPDATE publications SET comments_server = ? "
                    "WHERE id = ? AND comments_server IS NULL",
                    [server, publication_id],
                )
                changed += cursor.rowcount
        return changed

    def _delete_rows(self, edition_id: str) -> None:
        for listener in self.listeners:
            listener.edition_removing(self.db, edition_id)
        for table in ("articles", "images", "sections"):
            self.db.execute(f"DELETE FROM {table} WHERE edition_id = ?", [edition_id])
        self.db.execute("DELETE FROM editions WHERE id = ?", [edition_id])

    def delete_edition(self, edition_id: str) -> bool:
        """Remove an edition and everything in it; False when it was not there."""
        if self._current_revision(edition_id) is None:
            return False
        with self.db.atomic():
            self._delete_rows(edition_id)
        return True

    # -- reading -------------------------------------------------------------

    _PUBLICATION_SQL = (
        "SELECT id, title, language, homepage, comments_server, comments_max_length "
        "FROM publications "
    )

    def publications(self) -> list[Publication]:
        rows = self.db.execute(self._PUBLICATION_SQL + "ORDER BY title COLLATE NOCASE").fetchall()
        return [Publication(*row) for row in rows]

    def publication(self, publication_id: str) -> Publication | None:
        row = self.db.execute(self._PUBLICATION_SQL + "WHERE id = ?", [publication_id]).fetchone()
        return Publication(*row) if row else None

    _EDITION_SQL = (
        "SELECT e.id, e.publication_id, p.title, e.date, e.title, e.number, e.revision, e.cover, "
        "p.language, (SELECT count(*) FROM articles a WHERE a.edition_id = e.id) "
        "FROM editions e JOIN publications p ON p.id = e.publication_id "
    )

    def editions(self, publication_id: str | None = None) -> list[Edition]:
        """Editions, newest first (then by publication title)."""
        where, params = (
            ("WHERE e.publication_id = ? ", [publication_id]) if publication_id else ("", [])
        )
        rows = self.db.execute(
            self._EDITION_SQL + where + "ORDER BY e.date DESC, p.title COLLATE NOCASE", params
        ).fetchall()
        return [Edition(*row) for row in rows]

    def edition(self, edition_id: str) -> Edition | None:
        row = self.db.execute(self._EDITION_SQL + "WHERE e.id = ?", [edition_id]).fetchone()
        return Edition(*row) if row else None

    def sections(self, edition_id: str) -> list[Section]:
        rows = self.db.execute(
            "SELECT edition_id, id, title, position FROM sections WHERE edition_id = ? "
            "ORDER BY position",
            [edition_id],
        ).fetchall()
        return [Section(*row) for row in rows]

    def articles(self, edition_id: str) -> list[ArticleSummary]:
        """The edition's articles in reading order (sections in order, then position)."""
        rows = self.db.execute(
            "SELECT a.id, a.edition_id, a.section_id, a.position, a.title, a.standfirst, "
            "a.authors, a.published, a.word_count FROM articles a "
            "JOIN sections s ON s.edition_id = a.edition_id AND s.id = a.section_id "
            "WHERE a.edition_id = ? ORDER BY s.position, a.position",
            [edition_id],
        ).fetchall()
        return [_summary(row) for row in rows]

    def article(self, article_id: str) -> Article | None:
        row = self.db.execute(
            "SELECT a.id, a.edition_id, a.section_id, s.title, a.position, a.title, a.standfirst, "
            "a.authors, a.published, a.url, a.language, a.word_count, a.markdown, a.html, "
            "e.publication_id, p.title, e.date FROM articles a "
            "JOIN sections s ON s.edition_id = a.edition_id AND s.id = a.section_id "
            "JOIN editions e ON e.id = a.edition_id JOIN publications p ON p.id = e.publication_id "
            "WHERE a.id = ?",
            [article_id],
        ).fetchone()
        if row is None:
            return None
        values = list(row)
        values[7] = tuple(json.loads(values[7]))
        return Article(*values)

    def image(self, edition_id: str, path: str) -> tuple[bytes, str] | None:
        row = self.db.execute(
            "SELECT data, media_type FROM images WHERE edition_id = ? AND path = ?",
            [edition_id, path],
        ).fetchone()
        return (bytes(row[0]), str(row[1])) if row else None

    def cover(self, edition_id: str) -> tuple[bytes, str] | None:
        edition = self.edition(edition_id)
        if edition is None or not edition.cover:
            return None
        return self.image(edition_id, edition.cover)

    def article_ids(self) -> Iterable[str]:
        return (row[0] for row in self.db.execute("SELECT id FROM articles ORDER BY id"))


def _summary(row: Sequence[Any]) -> ArticleSummary:
    values = list(row)
    values[6] = tuple(json.loads(values[6]))
    return ArticleSummary(*values)
