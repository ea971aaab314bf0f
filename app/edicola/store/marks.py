"""Highlights and bookmarks listed together: the view, the search and the exports.

Bookmarks (a place, ``store/bookmarks.py``) and highlights (a passage,
``store/highlights.py``) keep their own tables; here one ``UNION ALL`` reads
both in one row shape. A highlight's title, publication, date and place in
its edition come from its snapshot (refreshed on re-anchoring), so listing
10,000 highlights reads no article row; a bookmark's come from its article
when the article is in the library. :meth:`MarkList.summaries` is the lean
list the view shows (``bench/bench_highlights.py``), :meth:`MarkList.marks`
the whole records the exports and the command line write.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from sqlite_utils import Database

from edicola.core.annotations.markdown_export import EditionInfo
from edicola.core.annotations.marks import BOOKMARK, HIGHLIGHT, Mark, bookmark_id
from edicola.core.annotations.selectors import Anchor
from edicola.core.search.text_fold import words

ORDERS = ("date", "edition", "publication", "color")
"""How the lists can be sorted (the view's "by …" choices)."""
SHORT_QUOTE = 300
"""Characters of a quote or note a summary carries (the view shows a few lines)."""


class MarkSummary(NamedTuple):
    """A row of the *Highlights and bookmarks* view (a tuple: 10,000 are made at once)."""

    kind: str
    id: str
    article_id: str
    edition_id: str
    title: str
    publication_title: str
    edition_date: str
    note: str
    """At most :data:`SHORT_QUOTE` characters."""
    color: str
    state: str
    quote: str
    """At most :data:`SHORT_QUOTE` characters."""
    created: str
    available: int
    publication_id: str
    page: int | None
    start: int
    article_position: int
    color_rank: int


_COLOR_RANK = (
    "CASE h.color WHEN 'yellow' THEN 0 WHEN 'green' THEN 1 WHEN 'blue' THEN 2 "
    "WHEN 'pink' THEN 3 ELSE 4 END AS color_rank"
)
_AVAILABLE = (
    "CASE WHEN h.article_id = '' THEN EXISTS(SELECT 1 FROM editions e WHERE e.id = h.edition_id) "
    "ELSE EXISTS(SELECT 1 FROM articles a WHERE a.id = h.article_id) END"
)
_SUMMARY_HIGHLIGHTS = (
    "SELECT 'highlight' AS kind, h.id AS id, h.article_id AS article_id, "
    "h.edition_id AS edition_id, h.title AS title, h.publication_title AS publication, "
    f"h.edition_date AS date, substr(h.note, 1, {SHORT_QUOTE}) AS note, h.color AS color, "
    f"h.state AS state, substr(h.exact, 1, {SHORT_QUOTE}) AS quote, h.created_at AS created, "
    f"{_AVAILABLE} AS available, h.publication_id AS publication_id, h.page AS page, "
    f"h.pos_start AS pos_start, h.article_position AS article_position, {_COLOR_RANK} "
    "FROM highlights h"
)
_BOOKMARK_PLACE = (
    "'bookmark' AS kind, b.article_id AS id, b.article_id AS article_id, "
    "substr(b.article_id, 1, instr(b.article_id || '/', '/') - 1) AS edition_id, "
    "coalesce(a.title, b.title) AS title, coalesce(p.title, b.publication_title) AS publication, "
    "coalesce(e.date, b.edition_date) AS date"
)
_BOOKMARK_JOINS = (
    " FROM bookmarks b LEFT JOIN articles a ON a.id = b.article_id "
    "LEFT JOIN editions e ON e.id = a.edition_id "
    "LEFT JOIN publications p ON p.id = e.publication_id"
)
_SUMMARY_BOOKMARKS = (
    f"SELECT {_BOOKMARK_PLACE}, substr(b.note, 1, {SHORT_QUOTE}) AS note, '' AS color, "
    "'' AS state, '' AS quote, b.created_at AS created, a.id IS NOT NULL AS available, "
    "coalesce(e.publication_id, '') AS publication_id, NULL AS page, -1 AS pos_start, "
    "coalesce(a.position, -1) AS article_position, 5 AS color_rank" + _BOOKMARK_JOINS
)
COLUMNS = (
    "kind, id, article_id, edition_id, title, publication, date, url, note, created, modified, "
    "available, authors, color, state, exact, prefix, suffix, pos_start, pos_end, page, "
    "position, publication_id, article_position, color_rank"
)
HIGHLIGHTS_SQL = (
    "SELECT 'highlight' AS kind, h.id AS id, h.article_id AS article_id, "
    "h.edition_id AS edition_id, h.title AS title, h.publication_title AS publication, "
    "h.edition_date AS date, h.url AS url, h.note AS note, h.created_at AS created, "
    f"h.modified_at AS modified, {_AVAILABLE} AS available, h.authors AS authors, "
    "h.color AS color, h.state AS state, h.exact AS exact, h.prefix AS prefix, "
    "h.suffix AS suffix, h.pos_start AS pos_start, h.pos_end AS pos_end, h.page AS page, "
    "0.0 AS position, h.publication_id AS publication_id, "
    f"h.article_position AS article_position, {_COLOR_RANK} FROM highlights h"
)
_BOOKMARKS_SQL = (
    f"SELECT {_BOOKMARK_PLACE}, coalesce(a.url, b.url) AS url, b.note AS note, "
    "b.created_at AS created, b.created_at AS modified, a.id IS NOT NULL AS available, "
    "coalesce(a.authors, '[]') AS authors, '' AS color, '' AS state, '' AS exact, "
    "'' AS prefix, '' AS suffix, -1 AS pos_start, -1 AS pos_end, NULL AS page, "
    "b.position AS position, coalesce(e.publication_id, '') AS publication_id, "
    "coalesce(a.position, -1) AS article_position, 5 AS color_rank" + _BOOKMARK_JOINS
)
_IN_FTS = "h.seq IN (SELECT rowid FROM highlights_fts WHERE highlights_fts MATCH ?)"
_BOOKMARK_MENTIONS = (
    "edicola_mentions(coalesce(a.title, b.title) || ' ' || b.note || ' ' || "
    "coalesce(p.title, b.publication_title), ?)"
)
# What each filter is in each part of the union (a bookmark has no colour).
_FILTERS = {
    HIGHLIGHT: {
        "article_id": "h.article_id",
        "edition_id": "h.edition_id",
        "publication_id": "h.publication_id",
        "color": "h.color",
    },
    BOOKMARK: {
        "article_id": "b.article_id",
        "edition_id": "substr(b.article_id, 1, instr(b.article_id || '/', '/') - 1)",
        "publication_id": "coalesce(e.publication_id, '')",
        "color": "''",
    },
}
# Terms name result columns only: SQLite then merges the two parts, each read in
# order (by index where one fits), and a LIMIT stops both early.
_ORDER_BY = {
    "date": "created DESC, id",
    "edition": "date DESC, edition_id, article_position, article_id, pos_start, id",
    "publication": "publication COLLATE NOCASE, date DESC, edition_id, article_position, "
    "article_id, pos_start, id",
    "color": "color_rank, created DESC, id",
}


def mark_from_row(row: Sequence[Any], authors: dict[str, tuple[str, ...]] | None = None) -> Mark:
    """A row of :data:`COLUMNS` as a :class:`Mark` (``authors``: parsed lists, reused)."""
    kind = row[0]
    raw = row[12] or "[]"
    cache = {} if authors is None else authors
    if raw not in cache:
        cache[raw] = tuple(json.loads(raw))
    return Mark(
        kind=kind,
        id=row[1] if kind == HIGHLIGHT else bookmark_id(row[1]),
        article_id=row[2],
        edition_id=row[3],
        title=row[4] or row[2],
        publication_title=row[5] or "",
        edition_date=row[6] or "",
        url=row[7] or "",
        note=row[8],
        created=row[9],
        modified=row[10],
        available=bool(row[11]),
        authors=cache[raw],
        color=row[13],
        state=row[14],
        anchor=Anchor(row[15], row[16], row[17], row[18], row[19]) if kind == HIGHLIGHT else None,
        page=row[20],
        position=float(row[21] or 0.0),
    )


def fts_query(text: str) -> str:
    """Every folded word of ``text`` as a prefix term (``pont`` finds ``ponte``)."""
    return " ".join(f'"{word}"*' for word in words(text))


class MarkList:
    """Reads highlights and bookmarks as one list.

    Both readers take the same filters: ``order`` (:data:`ORDERS`), ``kinds``,
    an article, edition, publication or colour, and ``text``, which keeps
    highlights whose quote, note or article title has every word of it and
    bookmarks whose title, note or publication has (case and accents ignored;
    a word may be given by its beginning).
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        db.conn.create_function("edicola_mentions", 2, mentions, deterministic=True)

    def summaries(self, *, order: str = "date", **filters: Any) -> list[MarkSummary]:
        """The lean rows the *Highlights and bookmarks* view lists."""
        rows = self._rows(_SUMMARY_HIGHLIGHTS, _SUMMARY_BOOKMARKS, order, **filters)
        return [
            MarkSummary._make(row)
            if row[0] == HIGHLIGHT
            else MarkSummary._make(row)._replace(id=bookmark_id(row[1]))
            for row in rows
        ]

    def marks(self, *, order: str = "date", **filters: Any) -> list[Mark]:
        """Whole records: anchors, URLs, authors (what exports and the CLI write)."""
        rows = self._rows(HIGHLIGHTS_SQL, _BOOKMARKS_SQL, order, **filters)
        authors: dict[str, tuple[str, ...]] = {}
        return [mark_from_row(row, authors) for row in rows]

    def count(self, **filters: Any) -> int:
        """How many marks the filters keep (the view's total; order and paging ignored)."""
        kept = {k: v for k, v in filters.items() if k not in ("order", "limit", "offset")}
        highlights = "SELECT h.id AS id, h.created_at AS created FROM highlights h"
        bookmarks = "SELECT b.article_id AS id, b.created_at AS created" + _BOOKMARK_JOINS
        [(total,)] = self._rows(highlights, bookmarks, None, **kept)
        return int(total)

    def _rows(
        self,
        highlights: str,
        bookmarks: str,
        order: str | None,
        *,
        kinds: Iterable[str] = (HIGHLIGHT, BOOKMARK),
        article_id: str | None = None,
        edition_id: str | None = None,
        publication_id: str | None = None,
        color: str | None = None,
        text: str = "",
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Any]:
        if order is not None and order not in ORDERS:
            raise ValueError(f"order must be one of {', '.join(ORDERS)}")
        wanted = set(kinds)
        values = {
            "article_id": article_id,
            "edition_id": edition_id,
            "publication_id": publication_id,
            "color": color,
        }
        parts: list[str] = []
        params: list[Any] = []
        query = fts_query(text)
        for kind, select in ((HIGHLIGHT, highlights), (BOOKMARK, bookmarks)):
            if kind not in wanted:
                continue
            where = [f"{_FILTERS[kind][key]} = ?" for key, v in values.items() if v is not None]
            params += [v for v in values.values() if v is not None]
            if query and kind == HIGHLIGHT:
                where.append(_IN_FTS)
                params.append(query)
            elif query:
                where.append(_BOOKMARK_MENTIONS)
                params.append(text)
            parts.append(select + (" WHERE " + " AND ".join(where) if where else ""))
        if order is None:  # how many, counted by SQLite (no rows fetched)
            return self.db.execute(
                f"SELECT count(*) FROM ({' UNION ALL '.join(parts or ['SELECT 1 LIMIT 0'])})",
                params,
            ).fetchall()
        if not parts:
            return []
        sql = " UNION ALL ".join(parts) + " ORDER BY " + _ORDER_BY[order]
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [limit, offset]
        return self.db.execute(sql, params).fetchall()

    def edition_infos(self, edition_ids: Iterable[str]) -> dict[str, EditionInfo]:
        """Title, publication, date and link of those editions still in the library."""
        infos: dict[str, EditionInfo] = {}
        for edition_id in set(edition_ids):
            row = self.db.execute(
                "SELECT e.title, p.title, e.date, p.homepage FROM editions e "
                "JOIN publications p ON p.id = e.publication_id WHERE e.id = ?",
                [edition_id],
            ).fetchone()
            if row:
                infos[edition_id] = EditionInfo(edition_id, *row)
        return infos


def mentions(haystack: str, text: str) -> bool:
    """Every word of ``text`` begins a word of ``haystack`` (folded): how a bookmark's
    title, note and publication are searched (they are few; no index)."""
    have = set(words(haystack))
    return all(any(h.startswith(w) for h in have) for w in words(text))
