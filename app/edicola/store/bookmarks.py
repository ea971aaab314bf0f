"""Bookmarks: articles the reader wants to find again, with a note and a place.

Keyed by article id with no foreign key, so a bookmark survives edition
updates (which delete and re-insert articles). Each bookmark keeps a snapshot
of the article's title, publication, date and canonical URL: if the article
vanishes from the library the bookmark is still listed, as unavailable, and
still exports with its URL. Export/import speak JSON (lossless) and Netscape
bookmarks HTML (what every browser imports); imports merge idempotently.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlite_utils import Database

from edicola.core import safejson
from edicola.core.control_chars import strip_controls
from edicola.core.netscape_bookmarks import NetscapeParser, closed_tags, without_comments
from edicola.core.search.text_fold import fold
from edicola.store.reading_state import check_position, utc_now

EXPORT_FORMAT = "edicola-bookmarks"
EXPORT_VERSION = 1

# -- bounds (issue 19): a 50 MB note once took an import to 5.9 GB --------------------
MAX_FILE_CHARS = 10_000_000
"""An import file (JSON or HTML), in characters."""
MAX_ENTRIES = 10_000
"""Bookmarks in one import file."""
MAX_NOTE = 10_000
MAX_TEXT = 1_000
"""A title, publication or date."""
MAX_URL = 2_000
MAX_ID = 300


class BookmarkError(Exception):
    """A bookmark operation or file is invalid (message is user-facing)."""


@dataclass(frozen=True)
class Bookmark:
    article_id: str
    title: str
    publication_title: str
    edition_date: str
    url: str
    note: str
    position: float
    created_at: str
    available: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "title": self.title,
            "publication": self.publication_title,
            "date": self.edition_date,
            "url": self.url,
            "note": self.note,
            "position": self.position,
            "created_at": self.created_at,
            "available": self.available,
        }


@dataclass(frozen=True)
class MergeResult:
    added: int
    updated: int
    unchanged: int
    skipped: int = 0

    def describe(self) -> str:
        text = f"{self.added} added, {self.updated} updated, {self.unchanged} unchanged"
        return text + (f", {self.skipped} skipped (not in this library)" if self.skipped else "")


_LIST_SQL = (
    "SELECT b.article_id, coalesce(a.title, b.title), coalesce(p.title, b.publication_title), "
    "coalesce(e.date, b.edition_date), coalesce(a.url, b.url), b.note, b.position, "
    "b.created_at, a.id IS NOT NULL FROM bookmarks b "
    "LEFT JOIN articles a ON a.id = b.article_id LEFT JOIN editions e ON e.id = a.edition_id "
    "LEFT JOIN publications p ON p.id = e.publication_id "
)


def _bookmark(row: Any) -> Bookmark:
    """A row as a bookmark; control characters go on the way out too (rows stored before
    they were stripped on the way in must not ring a terminal either)."""
    return Bookmark(
        article_id=strip_controls(row[0]),
        title=strip_controls(row[1] or row[0]),
        publication_title=strip_controls(row[2] or ""),
        edition_date=strip_controls(row[3] or ""),
        url=strip_controls(row[4] or ""),
        note=strip_controls(row[5] or "", keep_lines=True),
        position=float(row[6]),
        created_at=row[7],
        available=bool(row[8]),
    )


class BookmarkStore:
    def __init__(self, db: Database, clock: Callable[[], datetime] = utc_now) -> None:
        self.db = db
        self.clock = clock

    def _now(self) -> str:
        return self.clock().astimezone(UTC).isoformat(timespec="microseconds")

    # -- editing ---------------------------------------------------------------

    def add(self, article_id: str, note: str = "", position: float = 0.0) -> Bookmark:
        """Bookmark an article of the library (again: updates note and position)."""
        value = check_position(position)
        article_id, note = strip_controls(article_id), _checked_note(note, "note")
        snapshot = self.db.execute(
            "SELECT a.title, p.title, e.date, a.url FROM articles a "
            "JOIN editions e ON e.id = a.edition_id "
            "JOIN publications p ON p.id = e.publication_id WHERE a.id = ?",
            [article_id],
        ).fetchone()
        if snapshot is None:
            raise BookmarkError(f"no article {article_id[:MAX_ID]!r} in the library")
        snapshot = [strip_controls(value or "")[:MAX_URL] for value in snapshot]
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO bookmarks (article_id, note, position, created_at, title, "
                "publication_title, edition_date, url) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (article_id) DO UPDATE SET note = excluded.note, "
                "position = excluded.position, title = excluded.title, "
                "publication_title = excluded.publication_title, "
                "edition_date = excluded.edition_date, url = excluded.url",
                [article_id, note, value, self._now(), *snapshot],
            )
        found = self.get(article_id)
        assert found is not None
        return found

    def remove(self, article_id: str) -> bool:
        with self.db.atomic():
            cursor = self.db.execute("DELETE FROM bookmarks WHERE article_id = ?", [article_id])
        return cursor.rowcount > 0

    def set_note(self, article_id: str, note: str) -> None:
        note = _checked_note(note, "note")
        with self.db.atomic():
            self.db.execute(
                "UPDATE bookmarks SET note = ? WHERE article_id = ?", [note, article_id]
            )

    def set_position(self, article_id: str, position: float) -> None:
        value = check_position(position)
        with self.db.atomic():
            self.db.execute(
                "UPDATE bookmarks SET position = ? WHERE article_id = ?", [value, article_id]
            )

    # -- reading ---------------------------------------------------------------

    def get(self, article_id: str) -> Bookmark | None:
        row = self.db.execute(_LIST_SQL + "WHERE b.article_id = ?", [article_id]).fetchone()
        return _bookmark(row) if row else None

    def contains(self, article_id: str) -> bool:
        return (
            self.db.execute("SELECT 1 FROM bookmarks WHERE article_id = ?", [article_id]).fetchone()
            is not None
        )

    def list(self, text: str = "") -> list[Bookmark]:
        """Bookmarks, newest first; ``text`` keeps those whose title, note or
        publication contains it (case- and accent-insensitive)."""
        rows = self.db.execute(_LIST_SQL + "ORDER BY b.created_at DESC, b.article_id").fetchall()
        bookmarks = [_bookmark(row) for row in rows]
        needle = " ".join(fold(text).split())
        if not needle:
            return bookmarks
        return [
            b
            for b in bookmarks
            if needle in " ".join(fold(f"{b.title} {b.note} {b.publication_title}").split())
        ]

    # -- export and import ---------------------------------------------------

    def export_json(self) -> str:
        entries = [b.to_json() for b in self.list()]
        for entry in entries:
            entry.pop("available")
        document = {"format": EXPORT_FORMAT, "version": EXPORT_VERSION, "bookmarks": entries}
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"

    def export_html(self) -> str:
        """Netscape bookmarks HTML, linking each article's canonical URL."""
        lines = [
            "<!DOCTYPE NETSCAPE-Bookmark-file-1>",
            '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">',
            "<TITLE>Bookmarks</TITLE>",
            "<H1>Edicola bookmarks</H1>",
            "<DL><p>",
        ]
        for b in self.list():
            added = _epoch(b.created_at)
            label = b.title + (f" — {b.publication_title}" if b.publication_title else "")
            lines.append(
                f'    <DT><A HREF="{html.escape(b.url)}" ADD_DATE="{added}" '
                f'DATA-ARTICLE-ID="{html.escape(b.article_id)}" '
                f'DATA-POSITION="{b.position}">{html.escape(label)}</A>'
            )
            if b.note:
                lines.append(f"    <DD>{html.escape(b.note)}")
        lines.append("</DL><p>")
        return "\n".join(lines) + "\n"

    def import_json(self, text: str, source: str = "bookmarks") -> MergeResult:
        """Merge a JSON export; a bad file changes nothing (one-line error)."""
        _check_size(text, source)
        try:
            document = safejson.loads(text)
        except ValueError as exc:
            raise BookmarkError(f"{source}: not JSON we accept ({exc})") from exc
        if not isinstance(document, dict) or document.get("format") != EXPORT_FORMAT:
            raise BookmarkError(f"{source}: not an Edicola bookmarks file (format)")
        entries = document.get("bookmarks")
        if not isinstance(entries, list):
            raise BookmarkError(f"{source}: bookmarks: must be a list")
        if len(entries) > MAX_ENTRIES:
            raise BookmarkError(
                f"{source}: bookmarks: {len(entries):,} entries, at most {MAX_ENTRIES:,}"
            )
        return self._merge(
            _check_entry(entry, f"{source}: bookmarks[{i}]") for i, entry in enumerate(entries)
        )

    def import_html(self, text: str, source: str = "bookmarks") -> MergeResult:
        """Merge Netscape bookmarks HTML; links are matched to articles by
        Edicola's article id attribute or by canonical URL, others skipped."""
        _check_size(text, source)
        parser = NetscapeParser()
        parser.feed(closed_tags(without_comments(text)))  # linear passes first
        parser.close()
        if not parser.seen_netscape:
            raise BookmarkError(f"{source}: not a Netscape bookmarks file")
        if len(parser.links) > MAX_ENTRIES:
            raise BookmarkError(f"{source}: {len(parser.links):,} links, at most {MAX_ENTRIES:,}")
        entries: list[dict[str, Any]] = []
        skipped = 0
        for index, link in enumerate(parser.links):
            where = f"{source}: link {index + 1}"
            article_id = strip_controls(link.get("data-article-id") or "")[:MAX_ID]
            article_id = article_id or self._article_for_url(link["href"]) or ""
            if not article_id:
                skipped += 1
                continue
            try:
                position = check_position(float(link.get("data-position") or 0))
            except ValueError:
                position = 0.0
            entries.append(
                {
                    "article_id": article_id,
                    "title": _bounded(link["title"], MAX_TEXT, f"{where}: title"),
                    "url": _bounded(link["href"], MAX_URL, f"{where}: href"),
                    "note": _checked_note(link["note"], f"{where}: note"),
                    "position": position,
                    "created_at": _iso(link.get("add_date")) or self._now(),
                }
            )
        result = self._merge(entries)
        return MergeResult(result.added, result.updated, result.unchanged, skipped)

    def _article_for_url(self, url: str) -> str | None:
        row = self.db.execute("SELECT id FROM articles WHERE url = ? LIMIT 1", [url]).fetchone()
        return str(row[0]) if row else None

    def _merge(self, entries: Iterable[dict[str, Any]]) -> MergeResult:
        """Add new bookmarks; for existing ones keep the earliest date and fill an
        empty note. Importing the same file twice changes nothing the second time."""
        checked = list(entries)
        added = updated = unchanged = 0
        with self.db.atomic():
            for entry in checked:
                row = self.db.execute(
                    "SELECT note, created_at FROM bookmarks WHERE article_id = ?",
                    [entry["article_id"]],
                ).fetchone()
                if row is None:
                    self.db.execute(
                        "INSERT INTO bookmarks (article_id, note, position, created_at, title, "
                        "publication_title, edition_date, url) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        [
                            entry["article_id"],
                            entry["note"],
                            entry["position"],
                            entry["created_at"],
                            entry["title"],
                            entry.get("publication", ""),
                            entry.get("date", ""),
                            entry["url"],
                        ],
                    )
                    added += 1
                    continue
                note = row[0] or entry["note"]
                created = _earlier(row[1], entry["created_at"])
                if (note, created) == (row[0], row[1]):
                    unchanged += 1
                    continue
                self.db.execute(
                    "UPDATE bookmarks SET note = ?, created_at = ? WHERE article_id = ?",
                    [note, created, entry["article_id"]],
                )
                updated += 1
        return MergeResult(added, updated, unchanged)


_LIMITS = {
    "article_id": MAX_ID,
    "title": MAX_TEXT,
    "publication": MAX_TEXT,
    "date": MAX_TEXT,
    "url": MAX_URL,
    "created_at": MAX_TEXT,
}


def _check_size(text: str, source: str) -> None:
    if len(text) > MAX_FILE_CHARS:
        raise BookmarkError(
            f"{source}: {len(text):,} characters, more than a bookmarks file may have "
            f"({MAX_FILE_CHARS:,})"
        )


def _bounded(value: str, limit: int, where: str) -> str:
    """``value`` without control characters; longer than ``limit`` is an error."""
    cleaned = strip_controls(value)
    if len(cleaned) > limit:
        raise BookmarkError(f"{where}: {len(cleaned):,} characters, at most {limit:,}")
    return cleaned


def _checked_note(note: str, where: str) -> str:
    """A note without control characters (its lines and tabs kept), at most :data:`MAX_NOTE`."""
    cleaned = strip_controls(note, keep_lines=True)
    if len(cleaned) > MAX_NOTE:
        raise BookmarkError(f"{where}: {len(cleaned):,} characters, at most {MAX_NOTE:,}")
    return cleaned


def _check_entry(entry: Any, where: str) -> dict[str, Any]:
    if not isinstance(entry, dict):
        raise BookmarkError(f"{where}: must be an object")
    checked: dict[str, Any] = {}
    for key in ("article_id", "title", "publication", "date", "url", "note", "created_at"):
        value = entry.get(key, "")
        if not isinstance(value, str):
            raise BookmarkError(f"{where}.{key}: must be a string")
        if key == "note":
            checked[key] = _checked_note(value, f"{where}.note")
        else:
            checked[key] = _bounded(value, _LIMITS[key], f"{where}.{key}")
    if not checked["article_id"].strip():
        raise BookmarkError(f"{where}.article_id: must not be empty")
    if not _iso(checked["created_at"]):
        raise BookmarkError(f"{where}.created_at: must be an ISO date and time")
    position = entry.get("position", 0.0)
    if isinstance(position, bool) or not isinstance(position, int | float):
        raise BookmarkError(f"{where}.position: must be a number between 0 and 1")
    try:
        checked["position"] = check_position(position)
    except ValueError as exc:
        raise BookmarkError(f"{where}.position: {exc}") from exc
    return checked


def _earlier(current: str, imported: str) -> str:
    """The earlier creation time; within a second counts as the same (HTML
    exports keep whole seconds only)."""
    try:
        delta = datetime.fromisoformat(current) - datetime.fromisoformat(imported)
    except (ValueError, TypeError, OverflowError):
        return current
    return imported if delta.total_seconds() >= 1 else current


def _epoch(iso: str) -> int:
    try:
        return int(datetime.fromisoformat(iso).timestamp())
    except (ValueError, OverflowError, OSError):
        return 0


def _iso(value: str | None) -> str | None:
    """An ISO timestamp from ISO text or Netscape's epoch seconds (UTC)."""
    if not value:
        return None
    if value.isdigit():
        try:
            return datetime.fromtimestamp(int(value), UTC).isoformat(timespec="microseconds")
        except (OverflowError, OSError, ValueError):
            return None
    try:
        parsed = datetime.fromisoformat(value)
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=UTC)
        # An extreme offset (0001-01-01T00:00:00+23:59) overflows only here.
        return parsed.astimezone(UTC).isoformat(timespec="microseconds")
    except (ValueError, OverflowError):
        return None
