"""Highlights and notes: making, editing, re-anchoring and importing them.

A highlight keeps its W3C Web Annotation target (quote with prefix and suffix,
start and end offsets in the article's text as shown,
:mod:`edicola.core.annotations`), a note, a colour and a snapshot of its
article (title, publication, date, URL, authors) so it is still listed and
exported after its edition is removed. Keyed by its own id with no foreign
key, like bookmarks: an edition update deletes and re-inserts the articles.

When a new revision of an edition is imported, :meth:`HighlightStore.edition_added`
(an import listener, inside the import's transaction) finds each highlight
again by its quote; one whose passage is gone is kept as *orphaned* with its
quote, never deleted, and tried again with every later revision.

Quotes, notes and titles are kept as folded words in ``highlights_fts`` for
the search; ``store/marks.py`` lists highlights and bookmarks together.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, NamedTuple

from sqlite_utils import Database

from edicola.core import safejson
from edicola.core.annotations.anchoring import Text, locate
from edicola.core.annotations.article_text import article_text
from edicola.core.annotations.marks import (
    ANCHORED,
    BOOKMARK,
    COLORS,
    DEFAULT_COLOR,
    HIGHLIGHT,
    ORPHANED,
    Mark,
)
from edicola.core.annotations.selectors import Anchor, describe, find_quote
from edicola.core.annotations.web_annotation import AnnotationFileError, read_annotations
from edicola.core.message import Message
from edicola.core.model import Article
from edicola.core.search.text_fold import words
from edicola.store.bookmarks import EXPORT_FORMAT, EXPORT_VERSION, BookmarkStore
from edicola.store.marks import COLUMNS, HIGHLIGHTS_SQL, mark_from_row
from edicola.store.reading_state import utc_now

MAX_NOTE = 100_000


class Span(NamedTuple):
    """A highlight as the reader draws it: where, what it should read, how."""

    id: str
    start: int
    end: int
    exact: str
    color: str
    has_note: bool


class HighlightError(Exception):
    """A highlight operation or file is invalid (message is user-facing)."""


@dataclass(frozen=True)
class ImportResult:
    added: int
    unchanged: int
    skipped: int
    orphaned: int

    def describe(self) -> str:
        text = f"{self.added} added, {self.unchanged} unchanged"
        if self.orphaned:
            text += f", {self.orphaned} not found in their article's text (kept as orphaned)"
        return text + (f", {self.skipped} skipped (not in this library)" if self.skipped else "")


class HighlightStore:
    """Highlights in the library; ``article`` reads an article (``EditionStore.article``)."""

    def __init__(
        self,
        db: Database,
        article: Callable[[str], Article | None],
        bookmarks: BookmarkStore,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self.db = db
        self._article = article
        self.bookmarks = bookmarks
        self.clock = clock

    def _now(self) -> str:
        return self.clock().astimezone(UTC).isoformat(timespec="microseconds")

    # -- making and editing ----------------------------------------------------

    def add(
        self,
        article_id: str,
        *,
        quote: str | None = None,
        span: tuple[int, int] | None = None,
        note: str = "",
        color: str = DEFAULT_COLOR,
        page: int | None = None,
    ) -> Mark:
        """Highlight a passage of an article, given by its ``quote`` (the first place
        it occurs, quotes and whitespace folded) or by its ``span`` in the article's
        text as shown (a selection in the reader)."""
        article = self._article(article_id)
        if article is None:
            raise HighlightError(Message("no article {id!r} in the library", id=article_id))
        text = article_text(article.html, article.title)
        if quote is not None:
            anchor = find_quote(text, quote)
            if anchor is None:
                raise HighlightError(f"the quote is not in article {article_id!r}: {quote!r}")
        else:
            start, end = span or (0, 0)
            anchor = describe(text, start, end)
            if anchor is None:
                raise HighlightError(Message("no text selected in article {id!r}", id=article_id))
        return self._insert(article, anchor, note=note, color=color, page=page)

    def _insert(
        self, article: Article, anchor: Anchor, *, note: str, color: str, page: int | None
    ) -> Mark:
        _check(note, color)
        now = self._now()
        highlight_id = "h-" + secrets.token_hex(5)
        with self.db.atomic():
            self._write_row(
                {
                    "id": highlight_id,
                    "article_id": article.id,
                    "edition_id": article.edition_id,
                    "publication_id": article.publication_id,
                    "page": page,
                    "exact": anchor.exact,
                    "prefix": anchor.prefix,
                    "suffix": anchor.suffix,
                    "pos_start": anchor.start,
                    "pos_end": anchor.end,
                    "revision": self._revision(article.edition_id),
                    "state": ANCHORED,
                    "note": note,
                    "color": color,
                    "created_at": now,
                    "modified_at": now,
                    "title": article.title,
                    "publication_title": article.publication_title,
                    "edition_date": article.edition_date,
                    "url": article.url,
                    "authors": json.dumps(list(article.authors), ensure_ascii=False),
                    "article_position": article.position,
                }
            )
        found = self.get(highlight_id)
        assert found is not None
        return found

    def add_on_page(
        self, edition_id: str, page: int, anchor: Anchor, note: str, color: str
    ) -> Mark:
        """Highlight a printed page's words outside any article (offsets in its text)."""
        _check(note, color)
        edition = self.db.execute(
            "SELECT e.publication_id, p.title, e.date FROM editions e "
            "JOIN publications p ON p.id = e.publication_id WHERE e.id = ?",
            [edition_id],
        ).fetchone()
        if edition is None:
            raise HighlightError(Message("no edition {id!r} in the library", id=edition_id))
        now, highlight_id = self._now(), "h-" + secrets.token_hex(5)
        with self.db.atomic():
            self._write_row(
                {
                    "id": highlight_id,
                    "edition_id": edition_id,
                    "publication_id": edition[0],
                    "page": page,
                    "exact": anchor.exact,
                    "prefix": anchor.prefix,
                    "suffix": anchor.suffix,
                    "pos_start": anchor.start,
                    "pos_end": anchor.end,
                    "revision": self._revision(edition_id),
                    "note": note,
                    "color": color,
                    "created_at": now,
                    "modified_at": now,
                    "title": "",
                    "publication_title": edition[1],
                    "edition_date": edition[2],
                }
            )
        found = self.get(highlight_id)
        assert found is not None
        return found

    def _write_row(self, row: dict[str, Any]) -> None:
        names = ", ".join(row)
        cursor = self.db.execute(
            f"INSERT INTO highlights ({names}) VALUES ({', '.join('?' * len(row))})",
            list(row.values()),
        )
        self._index(cursor.lastrowid, row["exact"], row["note"], row["title"])

    def _index(self, seq: int | None, exact: str, note: str, title: str) -> None:
        self.db.execute("DELETE FROM highlights_fts WHERE rowid = ?", [seq])
        self.db.execute(
            "INSERT INTO highlights_fts (rowid, quote, note, title) VALUES (?, ?, ?, ?)",
            [seq, " ".join(words(exact)), " ".join(words(note)), " ".join(words(title))],
        )

    def _position(self, article_id: str) -> int:
        row = self.db.execute("SELECT position FROM articles WHERE id = ?", [article_id]).fetchone()
        return int(row[0]) if row else 0

    def _revision(self, edition_id: str) -> int:
        row = self.db.execute("SELECT revision FROM editions WHERE id = ?", [edition_id]).fetchone()
        return int(row[0]) if row else 0

    def edit(self, highlight_id: str, *, note: str | None = None, color: str | None = None) -> Mark:
        """Change a highlight's note and/or colour."""
        current = self.get(highlight_id)
        if current is None:
            raise HighlightError(Message("no highlight {id!r}", id=highlight_id))
        new_note = current.note if note is None else note
        new_color = current.color if color is None else color
        _check(new_note, new_color)
        with self.db.atomic():
            self.db.execute(
                "UPDATE highlights SET note = ?, color = ?, modified_at = ? WHERE id = ?",
                [new_note, new_color, self._now(), highlight_id],
            )
            seq, exact, title = self.db.execute(
                "SELECT seq, exact, title FROM highlights WHERE id = ?", [highlight_id]
            ).fetchone()
            self._index(seq, exact, new_note, title)
        found = self.get(highlight_id)
        assert found is not None
        return found

    def remove(self, highlight_id: str) -> Mark | None:
        """Delete a highlight; returns it as it was (for undo: :meth:`restore`)."""
        current = self.get(highlight_id)
        if current is None:
            return None
        with self.db.atomic():
            row = self.db.execute(
                "SELECT seq FROM highlights WHERE id = ?", [highlight_id]
            ).fetchone()
            self.db.execute("DELETE FROM highlights_fts WHERE rowid = ?", [row[0]])
            self.db.execute("DELETE FROM highlights WHERE id = ?", [highlight_id])
        return current

    def restore(self, mark: Mark) -> None:
        """Put back a highlight :meth:`remove` returned, as it was (undo)."""
        if mark.kind != HIGHLIGHT or mark.anchor is None or self.get(mark.id) is not None:
            return
        anchor = mark.anchor
        with self.db.atomic():
            self._write_row(
                {
                    "id": mark.id,
                    "article_id": mark.article_id,
                    "edition_id": mark.edition_id,
                    "page": mark.page,
                    "exact": anchor.exact,
                    "prefix": anchor.prefix,
                    "suffix": anchor.suffix,
                    "pos_start": anchor.start,
                    "pos_end": anchor.end,
                    "revision": self._revision(mark.edition_id),
                    "state": mark.state,
                    "note": mark.note,
                    "color": mark.color,
                    "created_at": mark.created,
                    "modified_at": mark.modified,
                    "title": mark.title,
                    "publication_title": mark.publication_title,
                    "edition_date": mark.edition_date,
                    "url": mark.url,
                    "authors": json.dumps(list(mark.authors), ensure_ascii=False),
                    "article_position": self._position(mark.article_id),
                }
            )

    # -- reading ---------------------------------------------------------------

    def get(self, highlight_id: str) -> Mark | None:
        row = self.db.execute(
            f"SELECT {COLUMNS} FROM ({HIGHLIGHTS_SQL}) WHERE id = ?", [highlight_id]
        ).fetchone()
        return mark_from_row(row) if row else None

    def for_article(self, article_id: str) -> list[Mark]:
        """An article's highlights in text order, whole."""
        rows = self.db.execute(
            f"SELECT {COLUMNS} FROM ({HIGHLIGHTS_SQL}) WHERE article_id = ? ORDER BY pos_start, id",
            [article_id],
        ).fetchall()
        return [mark_from_row(row) for row in rows]

    def spans(self, article_id: str, before: int | None = None) -> list[Span]:
        """What the reader draws of an article's anchored highlights, in text order:
        the lean read an article's opening pays for (``bench/bench_highlights.py``).
        ``before``: only those starting before that offset (the screen shown)."""
        rows = self.db.execute(
            "SELECT id, pos_start, pos_end, exact, color, note != '' FROM highlights "
            "WHERE article_id = ? AND state = ? AND pos_start < ? ORDER BY pos_start, id",
            [article_id, ANCHORED, (1 << 62) if before is None else before],
        ).fetchall()
        return [Span._make(row) for row in rows]

    def count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM highlights").fetchone()[0])

    # -- re-anchoring on a new revision (an EditionStore listener) ------------------

    def edition_added(self, db: Database, edition_id: str) -> None:
        """Find the edition's highlights again in the (new) text of their articles."""
        rows = db.execute(
            "SELECT seq, article_id, exact, prefix, suffix, pos_start, pos_end, note "
            "FROM highlights WHERE edition_id = ? AND article_id != '' ORDER BY article_id",
            [edition_id],
        ).fetchall()
        if not rows:
            return
        revision = self._revision(edition_id)
        texts: dict[str, tuple[Article, Text] | None] = {}
        for seq, article_id, exact, prefix, suffix, start, end, note in rows:
            anchor = Anchor(exact, prefix, suffix, start, end)
            place = self._find(edition_id, article_id, anchor, texts)
            if place is None:
                db.execute(
                    "UPDATE highlights SET state = ?, revision = ? WHERE seq = ?",
                    [ORPHANED, revision, seq],
                )
                continue
            article, found = place
            db.execute(
                "UPDATE highlights SET article_id = ?, exact = ?, prefix = ?, suffix = ?, "
                "pos_start = ?, pos_end = ?, state = ?, revision = ?, title = ?, url = ?, "
                "authors = ?, article_position = ? WHERE seq = ?",
                [
                    article.id,
                    found.exact,
                    found.prefix,
                    found.suffix,
                    found.start,
                    found.end,
                    ANCHORED,
                    revision,
                    article.title,
                    article.url,
                    json.dumps(list(article.authors), ensure_ascii=False),
                    article.position,
                    seq,
                ],
            )
            if found.exact != exact or article.id != article_id:
                self._index(seq, found.exact, note, article.title)

    def edition_removing(self, db: Database, edition_id: str) -> None:
        """Highlights outlive their edition (listed as unavailable, still exported)."""

    def _find(
        self,
        edition_id: str,
        article_id: str,
        anchor: Anchor,
        texts: dict[str, tuple[Article, Text] | None],
    ) -> tuple[Article, Anchor] | None:
        """The passage in its article, else in another article of the edition
        (the publisher moved it), else None."""
        own = self._text(article_id, texts)
        if own is not None:
            found = locate(own[1], anchor)
            if found is not None:
                return own[0], found.anchor
        best: tuple[float, Article, Anchor] | None = None
        for other in self._edition_articles(edition_id):
            if other == article_id:
                continue
            entry = self._text(other, texts)
            found = locate(entry[1], anchor) if entry else None
            if entry and found and (best is None or found.similarity > best[0]):
                best = (found.similarity, entry[0], found.anchor)
        return (best[1], best[2]) if best else None

    def _text(
        self, article_id: str, texts: dict[str, tuple[Article, Text] | None]
    ) -> tuple[Article, Text] | None:
        if article_id not in texts:
            article = self._article(article_id)
            texts[article_id] = (
                (article, Text(article_text(article.html, article.title))) if article else None
            )
        return texts[article_id]

    def _edition_articles(self, edition_id: str) -> list[str]:
        rows = self.db.execute(
            "SELECT id FROM articles WHERE edition_id = ? ORDER BY position", [edition_id]
        )
        return [str(row[0]) for row in rows]

    # -- import --------------------------------------------------------------------

    def import_web_annotations(self, text: str, source: str = "annotations") -> ImportResult:
        """Merge a Web Annotation file (our export, or another tool's for articles in
        the library). A bad file changes nothing (one-line error)."""
        try:
            document = safejson.loads(text)
            entries = read_annotations(document, source)
        except AnnotationFileError as exc:
            raise HighlightError(str(exc)) from exc
        except ValueError as exc:
            raise HighlightError(f"{source}: not JSON we accept ({exc})") from exc
        added = unchanged = skipped = orphaned = 0
        bookmarks: list[dict[str, Any]] = []
        texts: dict[str, tuple[Article, Text] | None] = {}
        with self.db.atomic():
            for entry in entries:
                article_id = entry.article_id or self._article_at(entry.source)
                place = self._text(article_id, texts) if article_id else None
                if place is None:
                    skipped += 1
                    continue
                article, doc = place
                if entry.kind == BOOKMARK:
                    bookmarks.append(
                        {
                            "article_id": article.id,
                            "note": entry.note,
                            "created_at": entry.created or self._now(),
                            "title": article.title,
                            "url": article.url,
                        }
                    )
                    continue
                if entry.local_id and self.get(entry.local_id) is not None:
                    unchanged += 1
                    continue
                assert entry.anchor is not None
                found = locate(doc, entry.anchor)
                mark = self._insert(
                    article,
                    found.anchor if found else entry.anchor,
                    note=entry.note[:MAX_NOTE],
                    color=entry.color,
                    page=None,
                )
                self._adopt(mark, entry.local_id, entry.created, entry.modified, found is None)
                added += 1
                orphaned += found is None
            if bookmarks:
                document = {"format": EXPORT_FORMAT, "version": EXPORT_VERSION}
                merged = self.bookmarks.import_json(
                    json.dumps(document | {"bookmarks": bookmarks}), source=source
                )
                added += merged.added
                unchanged += merged.unchanged + merged.updated
        return ImportResult(added, unchanged, skipped, orphaned)

    def _adopt(
        self, mark: Mark, local_id: str | None, created: str, modified: str, orphan: bool
    ) -> None:
        """Give an imported highlight its original id, dates and state."""
        self.db.execute(
            "UPDATE highlights SET id = ?, created_at = ?, modified_at = ?, state = ? WHERE id = ?",
            [
                local_id or mark.id,
                created or mark.created,
                modified or created or mark.modified,
                ORPHANED if orphan else ANCHORED,
                mark.id,
            ],
        )

    def _article_at(self, url: str) -> str | None:
        """The library's article with this canonical URL."""
        row = self.db.execute("SELECT id FROM articles WHERE url = ? LIMIT 1", [url]).fetchone()
        return str(row[0]) if row else None


def _check(note: str, color: str) -> None:
    if color not in COLORS:
        raise HighlightError(f"colour must be one of {', '.join(COLORS)}, not {color!r}")
    if len(note) > MAX_NOTE:
        raise HighlightError(Message("a note may hold at most {limit} characters", limit=MAX_NOTE))
