"""Full-text search over the whole library: fast, offline, Italian and English.

Design (the long version is ``docs/search.md``):

* ``search_fts`` is a *contentless* FTS5 table (``content=''``) holding only
  postings of words folded in Python by :mod:`edicola.core.search.text_fold`; the ASCII
  tokenizer just splits them on spaces. No article text is stored twice.
* ``search_docs.doc`` is the FTS5 rowid and encodes the edition date, newest
  first, so FTS5's natural rowid order is recency order and ``before:`` /
  ``after:`` become rowid ranges that FTS5 applies itself.
* ``search_terms`` is the pre-stemmed shadow of the vocabulary: every indexed
  word with its Snowball stem per article language and its document count.
  Stemming and completion expand a query word into the indexed words that
  share its stem or start with it, so one index serves exact, stemmed and
  prefix search.
* Each document also holds its author words and one token for its section and
  one for its publication, in columns only filters read (``search_facets``
  lists the distinct values), so ``author:``, ``section:`` and ``publication:``
  are answered by FTS5's own intersection, never by reading every match.
* Ranking runs in tiers (exact words, then other forms, then completions);
  each tier ranks with bm25 only the ``WINDOW`` most recent matching
  articles, and later tiers run only when earlier ones found too few.
* The FTS5 tables come in pairs, one per era of about 25,000 articles
  (:mod:`~edicola.store.search_eras`), read newest first: bm25 counts a
  word's matches in the eras a query reads, not in the whole library.

This module keeps the index in step with the library; :mod:`~edicola.store.search_docs`
says what a document is and :mod:`~edicola.store.search_query` answers queries.
The index follows the library through :meth:`edition_added` and
:meth:`edition_removing`, which the edition store calls inside its import and
delete transactions. Contentless FTS5 (SQLite < 3.43) deletes a row by being
given its indexed text again, which is recomputed from the articles before
the edition store deletes them.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Iterable
from itertools import chain, repeat

from edicola.core.search.text_fold import Stemmers
from edicola.store.body_codec import BodyCodec
from edicola.store.search_docs import (
    ARTICLES_SQL,
    DAY_SIZE,
    FacetCache,
    PostingBatch,
    day_base,
    doc_facets,
    make_doc,
    write_postings,
)
from edicola.store.search_eras import EraPlacer, drop_eras, fts_tables, read_eras
from edicola.store.search_query import Searcher, SearchPage, SearchResult

TYPE_CHECKING = False  # not ``typing``'s: a one-shot search skips importing it (quick_search)
if TYPE_CHECKING:
    from sqlite_utils import Database


def _warn(message: str, *args: object) -> None:
    """Log a warning; ``logging`` is imported only then (a one-shot search skips it)."""
    import logging

    logging.getLogger(__name__).warning(message, *args)


TERM_ROWS = 256
"""Vocabulary rows a statement adds: one ``VALUES`` list of 256 rows costs about 0.6 of
256 ``executemany`` steps (issue 21), with 769 parameters (older SQLite allows 999)."""


@functools.lru_cache(maxsize=8)
def _add_terms_sql(rows: int) -> str:
    """Add ``rows`` vocabulary rows: parameter 1 is the language, then term, stem and
    document count of each row."""
    values = ", ".join(f"(?{3 * i + 2}, ?1, ?{3 * i + 3}, ?{3 * i + 4})" for i in range(rows))
    return (
        f"INSERT INTO search_terms (term, lang, stem, docs) VALUES {values} "
        "ON CONFLICT (term, lang) DO UPDATE SET docs = docs + excluded.docs"
    )


def _add_terms(db: Database, lang: str, rows: Iterable[tuple[str, str, int]]) -> None:
    """Add ``(term, stem, docs)`` rows of ``lang`` to the vocabulary (counts added up)."""
    flat = list(chain.from_iterable(rows))
    step = 3 * TERM_ROWS
    for start in range(0, len(flat), step):
        chunk = flat[start : start + step]
        db.conn.execute(_add_terms_sql(len(chunk) // 3), [lang, *chunk])


class SearchIndex:
    """The search index of one library database (an ``EditionStore`` listener)."""

    def __init__(
        self,
        db: Database,
        stemmers: Stemmers | None = None,
        codec: BodyCodec | None = None,
        eras: EraPlacer | None = None,
    ) -> None:
        self.db = db
        self.stemmers = stemmers or Stemmers()
        self.codec = codec or BodyCodec(db)
        self.eras = eras or EraPlacer()
        self._searcher = Searcher(db, self.stemmers, self.codec)

    # -- keeping in step with the library ------------------------------------

    def edition_added(self, db: Database, edition_id: str) -> None:
        """Index an edition's articles (inside the importing transaction)."""
        stale = db.execute(
            "SELECT count(*) FROM search_docs WHERE edition_id = ?", [edition_id]
        ).fetchone()[0]
        if stale:
            # The removal hook was not called: the old text is gone, so the old
            # postings cannot be deleted; results skip them (reindex cleans up).
            _warn("search index: %s re-added without removal", edition_id)
            db.execute("DELETE FROM search_docs WHERE edition_id = ?", [edition_id])
        rows = db.execute(ARTICLES_SQL, [edition_id]).fetchall()
        if not rows:
            return
        base = day_base(rows[0][8])
        last = db.execute(
            "SELECT max(doc) FROM search_docs WHERE doc >= ? AND doc < ?", [base, base + DAY_SIZE]
        ).fetchone()[0]
        next_doc = base if last is None else last + 1
        eras = self.eras.place(db.conn, base)
        vocabulary: dict[str, Counter[str]] = {}
        facets: FacetCache = {}
        batch = PostingBatch()
        for row in rows:
            doc = make_doc(row, self.stemmers, self.codec.unpack)
            if next_doc >= base + DAY_SIZE:  # a day with over 2,048 articles: borrow a gap
                batch.flush(db)
                next_doc = db.execute(
                    "SELECT d.doc + 1 FROM search_docs d WHERE d.doc >= ? AND NOT EXISTS "
                    "(SELECT 1 FROM search_docs n WHERE n.doc = d.doc + 1) ORDER BY d.doc LIMIT 1",
                    [next_doc - 1],
                ).fetchone()[0]
            batch.add(next_doc, edition_id, doc, doc_facets(db, doc, facets), eras.of(next_doc))
            if len(batch.docs) >= 256:  # an edition's text is not all held at once
                batch.flush(db)
            vocabulary.setdefault(doc.lang, Counter()).update(set().union(*doc.columns))
            next_doc += 1
        batch.flush(db)
        self._count_terms(db, vocabulary, +1)

    def edition_removing(self, db: Database, edition_id: str) -> None:
        """Unindex an edition (inside the deleting transaction, before the rows go)."""
        # The facet tokens as written: a publication renamed since would give others.
        docs = {
            article: (number, tokens)
            for article, number, tokens in db.execute(
                "SELECT article_id, doc, facets FROM search_docs WHERE edition_id = ?",
                [edition_id],
            ).fetchall()
        }
        if not docs:
            return
        vocabulary: dict[str, Counter[str]] = {}
        eras = read_eras(db.conn)
        for row in db.execute(ARTICLES_SQL, [edition_id]).fetchall():
            if row[0] not in docs:
                continue
            number, tokens = docs[row[0]]
            doc = make_doc(row, self.stemmers, self.codec.unpack)
            write_postings(db, number, doc, tokens, eras.of(number), delete=True)
            vocabulary.setdefault(doc.lang, Counter()).update(set().union(*doc.columns))
        db.execute("DELETE FROM search_docs WHERE edition_id = ?", [edition_id])
        self._count_terms(db, vocabulary, -1)

    def _count_terms(self, db: Database, vocabulary: dict[str, Counter[str]], sign: int) -> None:
        for lang, counts in vocabulary.items():
            terms = sorted(counts)  # in key order: each B-tree page is visited once
            # Bound from one flat list of strings and numbers (one object to the garbage
            # collector), never 15,000 tuples at once: they set off its full passes.
            if sign > 0:
                stems = self.stemmers.stem_many(lang, terms)
                _add_terms(db, lang, zip(terms, stems, map(counts.__getitem__, terms), strict=True))
            else:
                db.conn.executemany(
                    "UPDATE search_terms SET docs = docs - ? WHERE term = ? AND lang = ?",
                    zip(map(counts.__getitem__, terms), terms, repeat(lang)),
                )
        if sign < 0:
            db.execute("DELETE FROM search_terms WHERE docs <= 0")

    def _fts_command(self, command: str) -> None:
        """Run an FTS5 special command (``delete-all``, ``optimize``) on every table."""
        for table in fts_tables(self.db.conn):
            self.db.execute(f"INSERT INTO {table} ({table}) VALUES ('{command}')")

    def reindex(self, progress: Callable[[int], None] | None = None) -> int:
        """Rebuild the whole index in one transaction; returns the article count.

        ``progress`` is called with 1 after each edition.
        """
        with self.db.atomic():
            drop_eras(self.db.conn)
            self._fts_command("delete-all")
            self.db.execute("DELETE FROM search_docs")
            self.db.execute("DELETE FROM search_terms")
            self.fill(progress)
        return int(self.db.execute("SELECT count(*) FROM search_docs").fetchone()[0])

    def fill(self, progress: Callable[[int], None] | None = None) -> None:
        """Index every edition into empty tables, newest first, then merge the segments.

        Newest first means rising document numbers: rows are appended, so
        ``search_docs`` pages are filled, not split half-empty (migration 0012),
        and each era is opened once the one before it is full.
        """
        for (edition_id,) in self.db.execute(
            "SELECT id FROM editions ORDER BY date DESC, id"
        ).fetchall():
            self.edition_added(self.db, edition_id)
            if progress is not None:
                progress(1)
        self._fts_command("optimize")

    def outgrown(self) -> bool:
        """Whether upkeep has an index from before the eras to cut (``store/era_cut.py``):
        one count of at most 50,001 rows (3 ms), a handful for most libraries."""
        from edicola.store.era_cut import needs_cut  # a one-shot search never cuts

        return needs_cut(self.db.conn)

    def edition_count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM editions").fetchone()[0])

    def sizes(self) -> tuple[int, int]:
        """(bytes used by the search tables, bytes of article text indexed)."""
        index = self.db.execute(
            "SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name IN "
            "(SELECT name FROM sqlite_master WHERE tbl_name LIKE 'search%')"
        ).fetchone()[0]
        self.db.conn.create_function(
            "edicola_unpacked_length", 1, self.codec.unpacked_length, deterministic=True
        )
        text = self.db.execute(
            "SELECT coalesce(sum(length(CAST(title AS BLOB)) + length(CAST(standfirst AS BLOB))"
            " + edicola_unpacked_length(markdown)), 0) FROM articles"
        ).fetchone()[0]
        return int(index), int(text)

    # -- searching -------------------------------------------------------------

    def search(self, text: str, limit: int = 20) -> list[SearchResult]:
        """Results for a query string, best first. Never raises for any ``text``."""
        return self._searcher.search(text, limit)

    def search_page(self, text: str, limit: int = 20) -> SearchPage:
        """Results plus the folded words they matched, for highlighting the article.

        Never raises for any ``text``; a query stopped with
        ``sqlite3.Connection.interrupt()`` returns no results.
        """
        return self._searcher.search_page(text, limit)
