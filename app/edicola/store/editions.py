"""Editions in the library: importing bundles atomically and reading them back.

Importing a bundle is one transaction. Members are streamed from the zip
straight into it, each checked as it is read; the first problem rolls the
whole import back, so the library is exactly as it was. Listeners (the search
index) update inside the same transaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from sqlite_utils import Database

from edicola.core.bundle.format import MANIFEST, BundleError, Problem, file_sha256
from edicola.core.bundle.safezip import Limits
from edicola.core.catalog.provenance import Announcement, Source, describe_owner
from edicola.core.comments.outbox import PENDING
from edicola.core.message import Message
from edicola.core.model import Article, ArticleSummary, Edition, Publication, Section
from edicola.core.render import RenderError, render_markdown
from edicola.store import kept_page
from edicola.store.article_body import BodyError, HtmlCache
from edicola.store.body_codec import BodyCodec

if TYPE_CHECKING:  # imported to write or remove an edition: not for the reader's first paint
    from edicola.store.edition_import import Progress

_COUNT_SQL = "(SELECT count(*) FROM articles a WHERE a.edition_id = e.id)"


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
        """One line for the user (a :class:`Message`: the reader sees it translated)."""
        if self.status == "unchanged":
            return Message(
                "{edition} revision {revision} is already in the library",
                edition=self.edition_id,
                revision=self.revision,
            )
        if self.status == "updated":
            return Message(
                "{edition} updated from revision {previous} to {revision} (%n articles)",
                self.articles,
                edition=self.edition_id,
                previous=self.previous_revision,
                revision=self.revision,
            )
        return Message("{edition} imported (%n articles)", self.articles, edition=self.edition_id)


class PublisherConflict(BundleError):
    """A bundle from another source than the one that owns its publication (a takeover).

    Refused unless the user explicitly accepts the new publisher; ``owner`` and
    ``source`` are the stored owner strings, for a confirmation naming both.
    """

    def __init__(self, bundle: Path, publication_id: str, owner: str, source: Source) -> None:
        self.publication_id = publication_id
        self.owner = owner
        self.source = source
        message = Message(
            "publication {publication!r} belongs to {owner}, which first brought it; this "
            "bundle comes from {source}: refused (accept the new publisher explicitly to let "
            "it replace the publication)",
            publication=publication_id,
            owner=describe_owner(owner),
            source=source.describe(),
        )
        super().__init__(bundle, [Problem(MANIFEST, message, "publication.id")])


class EditionStore:
    def __init__(
        self,
        db: Database,
        listeners: Sequence[EditionListener] = (),
        limits: Limits | None = None,
        codec: BodyCodec | None = None,
    ) -> None:
        self.db = db
        self.listeners = list(listeners)
        self.limits = limits or Limits()
        self.codec = codec or BodyCodec(db)
        """Reads and writes article bodies (zstd with the language's dictionary, zlib)."""
        self._html = HtmlCache()

    # -- writing -------------------------------------------------------------

    def import_bundle(
        self,
        path: Path,
        progress: Progress | None = None,
        *,
        bundle_sha256: str | None = None,
        origin: Source | None = None,
        expect: Announcement | None = None,
        accept_new_publisher: bool = False,
    ) -> ImportResult:
        """Import one bundle in one transaction; raises BundleError and changes nothing.

        ``bundle_sha256`` is the file's digest when the caller already computed it
        (the downloader hashes in flight), sparing a second pass over the file.
        ``origin`` is where the bundle comes from (default: a local import); a
        publication owned by another source is refused with
        :class:`PublisherConflict` unless ``accept_new_publisher``. ``expect`` is
        what a catalog announced: the bundle must carry exactly that.
        """
        from edicola.core.bundle.reader import open_bundle
        from edicola.store.edition_import import check_announced, check_members, write_edition

        origin = origin or Source.local()
        with open_bundle(path, self.limits) as reader:
            manifest = reader.manifest
            if expect is not None:
                check_announced(path, manifest, expect)
            bundle_sha = bundle_sha256 or file_sha256(path)
            if self._current_revision(manifest.edition_id) == manifest.revision:
                check_members(reader)  # a damaged copy of a present revision is refused too
            # BEGIN IMMEDIATE: the ownership and revision checks and the writes see
            # one state, so two concurrent imports give one import and one no-op.
            with self._immediate():
                self._check_owner(path, manifest.publication["id"], origin, accept_new_publisher)
                current = self._current_revision(manifest.edition_id)
                if current is not None and current >= manifest.revision:
                    if current > manifest.revision:
                        raise BundleError(
                            path,
                            [
                                Problem(
                                    MANIFEST,
                                    Message(
                                        "revision {revision} is older than the library's "
                                        "revision {current}",
                                        revision=manifest.revision,
                                        current=current,
                                    ),
                                    "edition.revision",
                                )
                            ],
                        )
                    return ImportResult(manifest.edition_id, current, "unchanged", 0, current)
                if current is not None:
                    self._delete_rows(manifest.edition_id)
                self._upsert_publication(manifest.publication, origin.owner)
                write_edition(self.db, reader, bundle_sha, progress, self.codec)
                for listener in self.listeners:
                    listener.edition_added(self.db, manifest.edition_id)
            status = "updated" if current is not None else "imported"
            return ImportResult(
                manifest.edition_id, manifest.revision, status, len(manifest.articles), current
            )

    def _current_revision(self, edition_id: str) -> int | None:
        row = self.db.execute("SELECT revision FROM editions WHERE id = ?", [edition_id]).fetchone()
        return None if row is None else int(row[0])

    @contextmanager
    def _immediate(self) -> Iterator[None]:
        """A write transaction that takes the write lock at once (``BEGIN IMMEDIATE``).

        Checks made inside it cannot be overtaken by another process's import.
        Nested in an open transaction it is a savepoint, like ``db.atomic()``.
        """
        if self.db.conn.in_transaction:
            with self.db.atomic():
                yield
            return
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.conn.rollback()
            raise
        else:
            try:
                self.db.execute("COMMIT")
            except BaseException:
                self.db.conn.rollback()
                raise

    def _check_owner(self, path: Path, publication_id: str, source: Source, accept: bool) -> None:
        """Refuse a bundle from another source than the one that owns the publication."""
        row = self.db.execute(
            "SELECT owner FROM publications WHERE id = ?", [publication_id]
        ).fetchone()
        if row is None or row[0] is None or row[0] == source.owner or accept:
            return
        raise PublisherConflict(path, publication_id, str(row[0]), source)

    def owner(self, publication_id: str) -> str | None:
        """The stored owner of a publication (see :mod:`edicola.core.catalog.provenance`)."""
        row = self.db.execute(
            "SELECT owner FROM publications WHERE id = ?", [publication_id]
        ).fetchone()
        return None if row is None or row[0] is None else str(row[0])

    def _upsert_publication(self, publication: dict[str, Any], owner: str) -> None:
        """Insert or refresh a publication (its owner already checked).

        The comment server is never re-pointed silently: a server differing
        from the current one is stored as *pending* until the user accepts it
        (``CommentStore.accept_pending_server``); a bundle declaring none keeps
        the current one.
        """
        comments = publication.get("comments") or {}
        self.db.execute(
            "INSERT INTO publications (id, title, language, homepage, comments_server, "
            "comments_max_length, owner) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE "
            "SET title = excluded.title, language = excluded.language, "
            "homepage = excluded.homepage, owner = excluded.owner, "
            "comments_max_length = coalesce(excluded.comments_max_length, comments_max_length)",
            [
                publication["id"],
                publication["title"],
                publication["language"],
                publication.get("homepage", ""),
                comments.get("server"),
                comments.get("max_length"),
                owner,
            ],
        )
        if comments.get("server"):
            self._offer_comment_server(publication["id"], str(comments["server"]))

    def _offer_comment_server(self, publication_id: str, server: str) -> bool:
        """Take ``server`` for a publication, or hold it as pending; True if it changed."""
        current = self.db.execute(
            "SELECT comments_server, comments_server_pending FROM publications WHERE id = ?",
            [publication_id],
        ).fetchone()
        if current is None:
            return False
        if current[0] == server:
            if current[1] is not None:
                self.db.execute(
                    "UPDATE publications SET comments_server_pending = NULL WHERE id = ?",
                    [publication_id],
                )
            return False
        marks = ", ".join("?" for _ in PENDING)
        waiting = self.db.execute(
            f"SELECT 1 FROM comments WHERE publication_id = ? AND state IN ({marks}) LIMIT 1",
            [publication_id, *sorted(PENDING)],
        ).fetchone()
        if current[0] is None and waiting is None:
            self.db.execute(
                "UPDATE publications SET comments_server = ?, comments_server_pending = NULL "
                "WHERE id = ?",
                [server, publication_id],
            )
            return True
        if current[1] == server:
            return False
        self.db.execute(
            "UPDATE publications SET comments_server_pending = ? WHERE id = ?",
            [server, publication_id],
        )
        return True

    def adopt_comment_servers(self, servers: dict[str, str]) -> int:
        """Offer publications whose bundles declare no comment server the one their
        owning catalog names; returns how many changed (or got a pending change).

        Callers pass only servers from the catalog that owns each publication
        (``CatalogStore.comment_servers``).
        """
        changed = 0
        with self.db.atomic():
            for publication_id, server in servers.items():
                row = self.db.execute(
                    "SELECT comments_server FROM publications WHERE id = ?", [publication_id]
                ).fetchone()
                if row is not None and row[0] is None:
                    changed += self._offer_comment_server(publication_id, server)
        return changed

    def _delete_rows(self, edition_id: str) -> None:
        for listener in self.listeners:
            listener.edition_removing(self.db, edition_id)
        from edicola.store.pages import PageStore

        PageStore(self.db).delete(edition_id)  # print replica
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

    def delete_editions(self, edition_ids: Iterable[str]) -> tuple[str, ...]:
        """Remove editions in one transaction, the ids that were there (in order).

        The write lock is taken first (``BEGIN IMMEDIATE``): a read that became a
        write would fail at once ("database is locked", SQLITE_BUSY_SNAPSHOT, which
        no busy timeout waits out) if the window wrote meanwhile (a reading
        position, a catalog removed).
        """
        with self._immediate():
            return tuple(e for e in edition_ids if self.delete_edition(e))

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
        f"p.language, {_COUNT_SQL} "
        "FROM editions e JOIN publications p ON p.id = e.publication_id "
    )

    def editions(
        self, publication_id: str | None = None, *, counted: bool = True, limit: int | None = None
    ) -> list[Edition]:
        """Editions, newest first (then by publication title).

        ``counted=False`` leaves ``article_count`` at 0: counting every edition's
        articles is most of the cost in a library of a decade (the library panel
        and start-up do not show counts). ``limit``: only the newest so many (start-up
        needs one: 0.3 ms, where listing 1,200 editions costs 5).
        """
        where, chosen = (
            ("WHERE e.publication_id = ? ", [publication_id]) if publication_id else ("", [])
        )
        params: list[str | int] = list(chosen)
        sql = self._EDITION_SQL if counted else self._EDITION_SQL.replace(_COUNT_SQL, "0")
        sql += where + "ORDER BY e.date DESC, p.title COLLATE NOCASE"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        rows = self.db.execute(sql, params).fetchall()
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
            "e.publication_id, p.title, e.date, e.revision FROM articles a "
            "JOIN sections s ON s.edition_id = a.edition_id AND s.id = a.section_id "
            "JOIN editions e ON e.id = a.edition_id JOIN publications p ON p.id = e.publication_id "
            "WHERE a.id = ?",
            [article_id],
        ).fetchone()
        if row is None:
            return None
        values = list(row[:-1])
        values[7] = tuple(json.loads(values[7]))
        problem = ""
        try:
            values[12] = self.codec.unpack(values[12])
        except BodyError as exc:  # say so in the article, keep reading the others
            values[12] = values[13] = ""
            problem = str(exc)
        if not values[13] and not problem:
            try:
                values[13] = self._rendered(values[1], values[0], row[-1], values[12], values[10])
            except RenderError as exc:  # the jail stopped it: say so, keep reading
                problem = f"it {exc}"
        values.append(problem)
        return Article(*values)

    def _rendered(
        self, edition_id: str, article_id: str, revision: int, markdown: str, language: str
    ) -> str:
        """The article's HTML, rendered on first open exactly as the import checked it;
        raises :class:`RenderError` when the jail stops the render."""
        key = (article_id, revision)
        html = self._html.get(key)
        if html is None:
            images = frozenset(
                row[0]
                for row in self.db.execute(
                    "SELECT path FROM images WHERE edition_id = ?", [edition_id]
                )
            )
            html = render_markdown(
                markdown, edition_id=edition_id, language=language, images=images
            ).html
            self._html.put(key, html)
        return html

    def keep_page(self, article_id: str) -> None:
        """Keep the article's page, if rendered here, for the next start (``kept_page``)."""
        kept_page.keep(self.db, self._html, article_id)

    def recall_page(self) -> str | None:
        """The page kept at the last close back in memory; its article's id, or ``None``."""
        return kept_page.recall(self.db, self._html)

    def forget_rendered(self) -> None:
        """Drop the HTML remembered for the articles opened last (the next open of each
        renders again: benchmarks of first opens)."""
        self._html.clear()

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


_SCAN_JSON = json.JSONDecoder().scan_once  # type: ignore[attr-defined]  # json's C scanner


def _authors(text: str) -> tuple[str, ...]:
    """An article's authors (a JSON list): the C scanner alone for the list this store
    wrote, as ``json.loads`` would read it (0.13 of 0.3 ms for an edition's 80 rows)."""
    try:
        value, end = _SCAN_JSON(text, 0)
    except StopIteration:
        value, end = None, -1
    if end != len(text) or not isinstance(value, list):
        value = json.loads(text)  # anything else: json's own answer (or error)
    return tuple(value)


def _summary(row: Sequence[Any]) -> ArticleSummary:
    values = list(row)
    values[6] = _authors(values[6])
    return ArticleSummary(*values)
