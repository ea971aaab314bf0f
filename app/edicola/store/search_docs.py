"""How an article becomes a search document, shared by indexing and querying.

A document's number (the FTS5 rowid) encodes its edition's date, newest first,
so the index's natural order is recency and ``before:``/``after:`` are rowid
ranges. Its columns are words folded in Python (:mod:`edicola.core.search.text_fold`),
then two columns that only filters read (migration 0012): its author words, names
apart by :data:`AUTHOR_BREAK`, and one token each for its section and publication
(:func:`facet_token`). FTS5 intersects those with the searched words itself, by
its doclists' skip indexes, so no filter reads every match of a word. The same
postings are written to and deleted from an era's two FTS5 tables here, once
(:mod:`~edicola.store.search_eras`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import date

from edicola.core.search.snippet import plain_text
from edicola.core.search.text_fold import Stemmers, spaced_words, words
from edicola.store.article_body import unpack as plain_or_zlib

TYPE_CHECKING = False  # not ``typing``'s: a one-shot search skips importing it (quick_search)
if TYPE_CHECKING:
    from typing import Any

    from sqlite_utils import Database

    from edicola.store.search_eras import Era

AUTHOR_BREAK = "\u00a6"
"""Indexed between two authors' names: a symbol, never part of a folded word, so an
``author:`` phrase cannot run from one name into the next. It also starts every
author word (``¦rossi``): the names share the index with the text, and a name's
prefix (``author:ross``) must expand to names only, not to every word of the text."""


_ORDINAL_TOP = date.max.toordinal() + 1
DAY_BITS = 11
"""2,048 articles a day (more borrow gaps); small rowid gaps keep the index's varints short."""
DAY_SIZE = 1 << DAY_BITS


def day_base(iso_date: str) -> int:
    """First document number of a day: later days get smaller numbers."""
    try:
        ordinal = date.fromisoformat(iso_date[:10]).toordinal()
    except ValueError:
        ordinal = 1
    return (_ORDINAL_TOP - ordinal) << DAY_BITS


ARTICLE_ROWS_SQL = (
    "SELECT a.id, a.title, a.standfirst, a.markdown, a.authors, a.language, a.section_id, "
    "coalesce(s.title, ''), e.date, e.publication_id, p.title "
    "FROM articles a JOIN editions e ON e.id = a.edition_id "
    "JOIN publications p ON p.id = e.publication_id "
    "LEFT JOIN sections s ON s.edition_id = a.edition_id AND s.id = a.section_id "
)
"""What :func:`make_doc` reads of an article, before a ``WHERE``."""

ARTICLES_SQL = ARTICLE_ROWS_SQL + "WHERE a.edition_id = ? ORDER BY a.position"


FACET_MARK = "\u00a7"
"""Starts a section or publication token (``§s12``): no folded word holds it, so no
searched word, completion or author word can be one."""


class SearchDoc:
    """One article as the index holds it: its filter values and its folded words.

    ``publication`` is `` id title words `` folded: what ``publication:`` looks *into*.
    ``columns`` are the words of body, title and standfirst; ``texts`` the same words
    as the text FTS5 is given (:func:`~edicola.core.search.text_fold.spaced_words`).
    """

    __slots__ = ("article_id", "author_words", "columns", "lang", "publication", "section", "texts")

    def __init__(
        self,
        article_id: str,
        lang: str,
        publication: str,
        section: str,
        author_words: str,
        columns: tuple[list[str], list[str], list[str]],
        texts: tuple[str, str, str] | None = None,
    ) -> None:
        self.article_id, self.lang, self.publication = article_id, lang, publication
        self.section, self.author_words, self.columns = section, author_words, columns
        self.texts = texts or (" ".join(columns[0]), " ".join(columns[1]), " ".join(columns[2]))

    def postings(self, facets: str) -> tuple[list[str], list[str]]:
        """The values of the columns this document fills in an era's two FTS5 tables
        (:data:`FTS_COLUMNS`); ``facets`` are its section and publication tokens
        (:func:`facet_token`)."""
        text = self.texts
        return [*text, self.author_words, facets], [text[1], self.author_words, facets]


FacetCache = dict[tuple[str, str], str]
"""``(kind, value)`` → token, for one indexing pass."""


def facet_token(db: Database, kind: str, value: str, cache: FacetCache) -> str:
    """The token standing for a section (``kind`` ``s``) or publication (``p``) value.

    ``search_facets`` lists each distinct folded value once (a few hundred in a
    library); a filter finds the values that *contain* its text there, then asks
    the index for their tokens. Ids are never reused, so a token always means one value.
    """
    key = (kind, value)
    token = cache.get(key)
    if token is None:
        row = db.execute(
            "SELECT id FROM search_facets WHERE kind = ? AND value = ?", [kind, value]
        ).fetchone()
        number = (
            row[0]
            if row
            else db.execute(
                "INSERT INTO search_facets (kind, value) VALUES (?, ?)", [kind, value]
            ).lastrowid
        )
        token = cache[key] = f"{FACET_MARK}{kind}{number}"
    return token


def doc_facets(db: Database, doc: SearchDoc, cache: FacetCache) -> str:
    """The facets column of ``doc``: its section's token and its publication's."""
    return (
        f"{facet_token(db, 's', doc.section, cache)} {facet_token(db, 'p', doc.publication, cache)}"
    )


def write_postings(
    db: Database, number: int, doc: SearchDoc, facets: str, era: Era, *, delete: bool = False
) -> None:
    """Add ``doc``'s postings as document ``number`` to ``era``'s tables, or
    (``delete``) take them out: contentless FTS5 deletes a row when given its
    indexed text again."""
    for table, columns, values in zip(
        (era.fts, era.titles), FTS_COLUMNS, doc.postings(facets), strict=True
    ):
        marks = ", ".join("?" * (1 + len(values)))
        if delete:
            sql = f"INSERT INTO {table} ({table}, rowid, {columns}) VALUES ('delete', {marks})"
        else:
            sql = f"INSERT INTO {table} (rowid, {columns}) VALUES ({marks})"
        db.execute(sql, [number, *values])


class PostingBatch:
    """Documents' rows for ``search_docs`` and their era's two FTS5 tables, written
    together with one ``executemany`` each (:meth:`flush`): an edition's 150 articles
    were 450 statements. Flush before reading ``search_docs`` (a pending row is not
    there yet)."""

    def __init__(self) -> None:
        self.docs: list[tuple[int, str, str, str, str]] = []
        self.rows: dict[int, tuple[Era, list[tuple[Any, ...]], list[tuple[Any, ...]]]] = {}

    def add(self, number: int, edition_id: str, doc: SearchDoc, facets: str, era: Era) -> None:
        self.docs.append((number, doc.article_id, edition_id, doc.lang, facets))
        rows = self.rows.get(era.id)
        if rows is None:
            rows = self.rows[era.id] = (era, [], [])
        fts, titles = doc.postings(facets)
        rows[1].append((number, *fts))
        rows[2].append((number, *titles))

    def flush(self, db: Database) -> None:
        db.conn.executemany(
            "INSERT INTO search_docs (doc, article_id, edition_id, lang, facets) "
            "VALUES (?, ?, ?, ?, ?)",
            self.docs,
        )
        for era, fts, titles in self.rows.values():
            for table, columns, rows in zip(
                (era.fts, era.titles), FTS_COLUMNS, (fts, titles), strict=True
            ):
                marks = ", ".join("?" * (1 + len(columns.split(","))))  # the rowid, the columns
                db.conn.executemany(
                    f"INSERT INTO {table} (rowid, {columns}) VALUES ({marks})", rows
                )
        self.rows.clear()
        self.docs.clear()


FTS_COLUMNS = ("body, title, standfirst, authors, facets", "title, authors, facets")
"""The columns :meth:`SearchDoc.postings` fills in an era's ``search_fts`` and
``search_titles`` tables."""


def make_doc(
    row: Sequence[Any], stemmers: Stemmers, unpack: Callable[[Any], str] = plain_or_zlib
) -> SearchDoc:
    """The document of one row of :data:`ARTICLES_SQL` (``unpack``: the library's
    ``BodyCodec.unpack``, which reads every stored form)."""
    article_id, title, standfirst, markdown, authors, language, section_id = row[:7]
    section_title, _date, publication_id, publication_title = row[7:]
    names = [" ".join(AUTHOR_BREAK + w for w in words(n)) for n in _authors(authors)]
    body, title_words, standfirst_words = (
        spaced_words(plain_text(unpack(markdown))),
        spaced_words(title),
        spaced_words(standfirst),
    )
    return SearchDoc(
        article_id=article_id,
        lang=stemmers.language(language or ""),
        publication=f" {publication_id} {' '.join(words(publication_title))} ",
        section=f" {section_id} {' '.join(words(section_title))} ",
        author_words=f" {AUTHOR_BREAK} ".join(names),
        columns=(body[1], title_words[1], standfirst_words[1]),
        texts=(body[0], title_words[0], standfirst_words[0]),
    )


def _authors(raw: str) -> list[str]:
    try:
        value = json.loads(raw)
    except ValueError:
        return []
    return [str(a) for a in value] if isinstance(value, list) else []


AUTHOR_PREFIX = 3
"""Letters the last word of an ``author:`` value needs to stand for every name word
starting with it: ``author:l`` would expand to every ``l…`` name in the library (at
1,000,000 synthetic articles, thousands of words and 60 ms); ``author:j`` finds an
initial J., ``author:li`` the name Li."""


def author_expression(value: str) -> str | None:
    """The ``authors`` column query for an ``author:`` value: its words in a row in
    one name, the last as a prefix when it has :data:`AUTHOR_PREFIX` letters
    (``rossi`` finds Rossi and Rossini, ``maria ros`` finds Maria Rossi, ``li`` finds
    Li only); ``None`` when the value has no words."""
    found = words(value)
    if not found:
        return None
    prefix = " *" if len(found[-1]) >= AUTHOR_PREFIX else ""
    return f'"{" ".join(AUTHOR_BREAK + w for w in found)}"{prefix}'
