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
* ``search_authors`` is a small contentless FTS5 index of each article's
  author words (names separated by :data:`AUTHOR_BREAK`), so ``author:``
  filters are answered by the index, not by reading every matching article.
* Ranking runs in tiers (exact words, then other forms, then completions);
  each tier ranks with bm25 only the ``WINDOW`` most recent matching
  articles, and later tiers run only when earlier ones found too few.

The index follows the library through :meth:`edition_added` and
:meth:`edition_removing`, which the edition store calls inside its import and
delete transactions. Contentless FTS5 (SQLite < 3.43) deletes a row by being
given its indexed text again, which is recomputed from the articles before
the edition store deletes them.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

from edicola.core.search.query import Filters, Query, Term, parse
from edicola.core.search.snippet import Runs, article_snippet, highlight_runs, plain_text
from edicola.core.search.text_fold import Stemmers, words
from edicola.store.article_body import unpack, unpack_head, unpacked_length


def _warn(message: str, *args: object) -> None:
    """Log a warning; ``logging`` is imported only then (a one-shot search skips it)."""
    import logging

    logging.getLogger(__name__).warning(message, *args)


WINDOW = 1500
"""Most recent matching articles ranked per tier: bounds bm25's work."""

MAX_EXPANSIONS = 24
"""Indexed words a query word may expand to (by stem or by completion)."""

WEIGHTS = "1.0, 10.0, 4.0"
"""bm25 column weights: body, title, standfirst (the FTS5 column order)."""

AUTHOR_BREAK = "\u00a6"
"""Indexed between two authors' names: a symbol, never part of a folded word, so an
``author:`` phrase cannot run from one name into the next."""

AUTHOR_PROBE_LIMIT = 1000
"""An ``author:`` filter matching at most this many articles drives the query: each of
its articles is checked against the words (cheap), instead of reading every match
of the words and keeping the author's (a common word: ~1M postings)."""

_ORDINAL_TOP = date.max.toordinal() + 1
_DAY_BITS = 11
"""2,048 articles a day (more borrow gaps); small rowid gaps keep the index's varints short."""
_DAY_SIZE = 1 << _DAY_BITS


def day_base(iso_date: str) -> int:
    """First document number of a day: later days get smaller numbers."""
    try:
        ordinal = date.fromisoformat(iso_date[:10]).toordinal()
    except ValueError:
        ordinal = 1
    return (_ORDINAL_TOP - ordinal) << _DAY_BITS


@dataclass(frozen=True)
class SearchResult:
    article_id: str
    title: str
    publication_title: str
    edition_date: str
    section_title: str
    snippet: Runs
    """``(text, highlighted)`` runs; plain text, never markup."""
    score: float
    title_runs: Runs = ()
    """The title as runs, its matched words highlighted (a title-only match shows why)."""

    def to_json(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "title": self.title,
            "publication": self.publication_title,
            "date": self.edition_date,
            "section": self.section_title,
            "snippet": [[text, highlighted] for text, highlighted in self.snippet],
            "title_runs": [[text, highlighted] for text, highlighted in self.title_runs],
            "score": round(self.score, 4),
        }


@dataclass(frozen=True)
class SearchPage:
    """One search: the results and the folded words and prefixes they matched."""

    results: list[SearchResult]
    terms: frozenset[str]
    prefixes: frozenset[str]


_ARTICLES_SQL = (
    "SELECT a.id, a.title, a.standfirst, a.markdown, a.authors, a.language, a.section_id, "
    "coalesce(s.title, ''), e.date, e.publication_id, p.title "
    "FROM articles a JOIN editions e ON e.id = a.edition_id "
    "JOIN publications p ON p.id = e.publication_id "
    "LEFT JOIN sections s ON s.edition_id = a.edition_id AND s.id = a.section_id "
    "WHERE a.edition_id = ? ORDER BY a.position"
)


@dataclass(frozen=True)
class _Doc:
    article_id: str
    lang: str
    publication: str
    section: str
    authors: str
    author_words: str
    columns: tuple[list[str], list[str], list[str]]


def _snippet(standfirst: str, stored: str | bytes, plan: _Plan, *, deep: bool = True) -> Runs:
    """A result's snippet from the article's first paragraphs, decompressing the
    rest only when they have no match (the rest is read once, not again from the top).

    ``deep=False`` (a title match: its title shows the words) stops at the first
    paragraphs."""
    head, whole = unpack_head(stored)
    snippet = article_snippet(standfirst, head, plan.terms, plan.prefixes, more=not whole)
    if whole or not deep or any(hit for _text, hit in snippet):
        return snippet
    later = article_snippet("", unpack(stored)[len(head) :], plan.terms, plan.prefixes)
    if not any(hit for _text, hit in later):  # a title-only match: show the start
        return snippet
    if later[0][0].startswith("…"):
        return later
    first, highlighted = later[0]
    if highlighted:
        return (("…", False), *later)
    return (("…" + first, False), *later[1:])


def _authors(raw: str) -> list[str]:
    try:
        value = json.loads(raw)
    except ValueError:
        return []
    return [str(a) for a in value] if isinstance(value, list) else []


def author_expression(value: str) -> str | None:
    """The ``search_authors`` query for an ``author:`` value: its words in a row in
    one name, the last as a prefix (``rossi`` finds Rossi and Rossini, ``maria ros``
    finds Maria Rossi); ``None`` when the value has no words."""
    found = words(value)
    return f'"{" ".join(found)}" *' if found else None


def _quote(word: str) -> str:
    return f'"{word}"'


@dataclass
class _Plan:
    """Highlighting terms gathered while building a query's expressions."""

    terms: set[str]
    prefixes: set[str]
    title_docs: set[int] = field(default_factory=set)
    """Documents found by their title (their snippets need not look far)."""


class SearchIndex:
    """The search index of one library database (an ``EditionStore`` listener)."""

    def __init__(self, db: Database, stemmers: Stemmers | None = None) -> None:
        self.db = db
        self.stemmers = stemmers or Stemmers()

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
        rows = db.execute(_ARTICLES_SQL, [edition_id]).fetchall()
        if not rows:
            return
        base = day_base(rows[0][8])
        last = db.execute(
            "SELECT max(doc) FROM search_docs WHERE doc >= ? AND doc < ?", [base, base + _DAY_SIZE]
        ).fetchone()[0]
        next_doc = base if last is None else last + 1
        vocabulary: dict[str, Counter[str]] = {}
        for row in rows:
            doc = self._doc(row)
            if next_doc >= base + _DAY_SIZE:  # a day with over 8,192 articles: borrow a gap
                next_doc = db.execute(
                    "SELECT d.doc + 1 FROM search_docs d WHERE d.doc >= ? AND NOT EXISTS "
                    "(SELECT 1 FROM search_docs n WHERE n.doc = d.doc + 1) ORDER BY d.doc LIMIT 1",
                    [next_doc - 1],
                ).fetchone()[0]
            db.execute(
                "INSERT INTO search_docs (doc, article_id, edition_id, lang, publication, "
                "section, authors) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    next_doc,
                    doc.article_id,
                    edition_id,
                    doc.lang,
                    doc.publication,
                    doc.section,
                    doc.authors,
                ],
            )
            db.execute(
                "INSERT INTO search_fts (rowid, body, title, standfirst) VALUES (?, ?, ?, ?)",
                [next_doc, *(" ".join(c) for c in doc.columns)],
            )
            db.execute(
                "INSERT INTO search_titles (rowid, title) VALUES (?, ?)",
                [next_doc, " ".join(doc.columns[1])],
            )
            db.execute(
                "INSERT INTO search_authors (rowid, authors) VALUES (?, ?)",
                [next_doc, doc.author_words],
            )
            vocabulary.setdefault(doc.lang, Counter()).update(set().union(*doc.columns))
            next_doc += 1
        self._count_terms(db, vocabulary, +1)

    def edition_removing(self, db: Database, edition_id: str) -> None:
        """Unindex an edition (inside the deleting transaction, before the rows go)."""
        docs = dict(
            db.execute(
                "SELECT article_id, doc FROM search_docs WHERE edition_id = ?", [edition_id]
            ).fetchall()
        )
        if not docs:
            return
        vocabulary: dict[str, Counter[str]] = {}
        for row in db.execute(_ARTICLES_SQL, [edition_id]).fetchall():
            number = docs.get(row[0])
            if number is None:
                continue
            doc = self._doc(row)
            db.execute(
                "INSERT INTO search_fts (search_fts, rowid, body, title, standfirst) "
                "VALUES ('delete', ?, ?, ?, ?)",
                [number, *(" ".join(c) for c in doc.columns)],
            )
            db.execute(
                "INSERT INTO search_titles (search_titles, rowid, title) VALUES ('delete', ?, ?)",
                [number, " ".join(doc.columns[1])],
            )
            db.execute(
                "INSERT INTO search_authors (search_authors, rowid, authors) "
                "VALUES ('delete', ?, ?)",
                [number, doc.author_words],
            )
            vocabulary.setdefault(doc.lang, Counter()).update(set().union(*doc.columns))
        db.execute("DELETE FROM search_docs WHERE edition_id = ?", [edition_id])
        self._count_terms(db, vocabulary, -1)

    def _doc(self, row: Sequence[Any]) -> _Doc:
        article_id, title, standfirst, markdown, authors, language, section_id = row[:7]
        section_title, _date, publication_id, publication_title = row[7:]
        names = [" ".join(words(n)) for n in _authors(authors)]
        return _Doc(
            article_id=article_id,
            lang=self.stemmers.language(language or ""),
            publication=f" {publication_id} {' '.join(words(publication_title))} ",
            section=f" {section_id} {' '.join(words(section_title))} ",
            authors=" " + " | ".join(names) + " ",
            author_words=f" {AUTHOR_BREAK} ".join(names),
            columns=(words(plain_text(unpack(markdown))), words(title), words(standfirst)),
        )

    def _count_terms(self, db: Database, vocabulary: dict[str, Counter[str]], sign: int) -> None:
        for lang, counts in vocabulary.items():
            terms = sorted(counts)  # in key order: each B-tree page is visited once
            if sign > 0:
                stems = self.stemmers.stem_many(lang, terms)
                db.conn.executemany(
                    "INSERT INTO search_terms (term, lang, stem, docs) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (term, lang) DO UPDATE SET docs = docs + excluded.docs",
                    [(t, lang, s, counts[t]) for t, s in zip(terms, stems, strict=True)],
                )
            else:
                db.conn.executemany(
                    "UPDATE search_terms SET docs = docs - ? WHERE term = ? AND lang = ?",
                    [(counts[t], t, lang) for t in terms],
                )
        if sign < 0:
            db.execute("DELETE FROM search_terms WHERE docs <= 0")

    def reindex(self, progress: Callable[[int], None] | None = None) -> int:
        """Rebuild the whole index in one transaction; returns the article count.

        ``progress`` is called with 1 after each edition.
        """
        with self.db.atomic():
            self.db.execute("INSERT INTO search_fts (search_fts) VALUES ('delete-all')")
            self.db.execute("INSERT INTO search_titles (search_titles) VALUES ('delete-all')")
            self.db.execute("INSERT INTO search_authors (search_authors) VALUES ('delete-all')")
            self.db.execute("DELETE FROM search_docs")
            self.db.execute("DELETE FROM search_terms")
            for (edition_id,) in self.db.execute(
                "SELECT id FROM editions ORDER BY date DESC, id"
            ).fetchall():
                self.edition_added(self.db, edition_id)
                if progress is not None:
                    progress(1)
            self.db.execute("INSERT INTO search_fts (search_fts) VALUES ('optimize')")
            self.db.execute("INSERT INTO search_titles (search_titles) VALUES ('optimize')")
            self.db.execute("INSERT INTO search_authors (search_authors) VALUES ('optimize')")
        return int(self.db.execute("SELECT count(*) FROM search_docs").fetchone()[0])

    def edition_count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM editions").fetchone()[0])

    def sizes(self) -> tuple[int, int]:
        """(bytes used by the search tables, bytes of article text indexed)."""
        index = self.db.execute(
            "SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name IN "
            "(SELECT name FROM sqlite_master WHERE tbl_name LIKE 'search%')"
        ).fetchone()[0]
        self.db.conn.create_function(
            "edicola_unpacked_length", 1, unpacked_length, deterministic=True
        )
        text = self.db.execute(
            "SELECT coalesce(sum(length(CAST(title AS BLOB)) + length(CAST(standfirst AS BLOB))"
            " + edicola_unpacked_length(markdown)), 0) FROM articles"
        ).fetchone()[0]
        return int(index), int(text)

    # -- searching -------------------------------------------------------------

    def search(self, text: str, limit: int = 20) -> list[SearchResult]:
        """Results for a query string, best first. Never raises for any ``text``."""
        return self.search_page(text, limit).results

    def search_page(self, text: str, limit: int = 20) -> SearchPage:
        """Results plus the folded words they matched, for highlighting the article.

        Never raises for any ``text``; a query stopped with
        ``sqlite3.Connection.interrupt()`` returns no results.
        """
        query = parse(text)
        limit = max(1, min(int(limit), 500))
        if query.is_empty:
            return SearchPage([], frozenset(), frozenset())
        plan = _Plan(set(), set())
        try:
            ranked = self._rank(query, limit, plan)
            results = self._results(ranked, plan)
        except sqlite3.OperationalError as exc:  # defensive: expressions are built quoted
            if "interrupt" not in str(exc):
                _warn("search failed for %r: %s", text[:100], exc)
            return SearchPage([], frozenset(), frozenset())
        return SearchPage(results, frozenset(plan.terms), frozenset(plan.prefixes))

    def _rank(self, query: Query, limit: int, plan: _Plan) -> list[tuple[float, int]]:
        if not query.groups:
            return self._filter_only(query, limit)
        excluded = self._exclusion(query.excluded, plan)
        exprs: dict[str, str] = {}

        def expression(mode: str) -> str:
            """The query's words in one mode, built (and its forms looked up) once."""
            if mode not in exprs:
                groups = [
                    " OR ".join(
                        self._term_expr(term, mode, plan, last=(g == len(query.groups) - 1))
                        for term in group
                    )
                    for g, group in enumerate(query.groups)
                ]
                exprs[mode] = " AND ".join(f"({g})" for g in groups)
            return exprs[mode]

        # Title matches (of the words or their other forms) come first, ranked in
        # their own window: a title hit outranks every body-only hit, however old
        # or however many those are. Completions of a word still being typed come last.
        steps = [("title", "exact"), ("title", "stem"), ("all", "exact"), ("all", "stem")]
        steps += [("title", "complete"), ("all", "complete")]
        found: list[tuple[float, int]] = []
        seen: set[int] = set()
        done: set[tuple[str, str]] = set()
        for scope, mode in steps:
            if mode == "complete" and not query.completes_last:
                break
            expr = expression(mode)
            if (scope, expr) in done:  # the same words as an earlier step (nothing to stem)
                continue
            done.add((scope, expr))
            if scope == "title" and not excluded:
                tier = self._rank_titles(expr, query.filters, seen, limit - len(found))
            else:
                if scope == "title":  # NOT needs the whole article: the full index
                    expr = f"title : ({expr})"
                if excluded:
                    expr = f"({expr}) NOT ({excluded})"
                tier = self._rank_tier(expr, query.filters, seen, limit - len(found))
            if scope == "title":
                plan.title_docs.update(doc for _score, doc in tier)
            found.extend(tier[: limit - len(found)])
            seen.update(doc for _score, doc in tier)
            if len(found) >= limit:
                break
        return found

    def _term_expr(self, term: Term, mode: str, plan: _Plan, *, last: bool) -> str:
        if term.is_phrase:
            plan.terms.update(term.words)
            return _quote(" ".join(term.words))
        word = term.words[0]
        forms = {word}
        if term.prefix:
            forms = set(self._completions(word)) or {word}
            plan.prefixes.add(word)
        elif not term.exact and mode != "exact":
            forms.update(self._same_stem(word))
            if mode == "complete" and last and len(word) >= 2:
                completions = self._completions(word)
                forms.update(completions)
                plan.terms.update(completions)
        plan.terms.update(forms)
        return "(" + " OR ".join(_quote(f) for f in sorted(forms)) + ")"

    def _exclusion(self, terms: Iterable[Term], plan: _Plan) -> str:
        parts = [self._term_expr(t, "stem", _Plan(set(), set()), last=False) for t in terms]
        return " OR ".join(parts)

    def _same_stem(self, word: str) -> list[str]:
        clauses, params = [], []
        for lang in self.stemmers.languages():
            clauses.append("SELECT term, docs FROM search_terms WHERE stem = ? AND lang = ?")
            params += [self.stemmers.stem(lang, word), lang]
        sql = (
            f"SELECT term FROM ({' UNION ALL '.join(clauses)}) GROUP BY term "
            f"ORDER BY sum(docs) DESC LIMIT {MAX_EXPANSIONS}"
        )
        return [row[0] for row in self.db.conn.execute(sql, params)]

    def _completions(self, prefix: str) -> list[str]:
        return [
            row[0]
            for row in self.db.conn.execute(
                "SELECT term FROM search_terms WHERE term >= ? AND term < ? GROUP BY term "
                f"ORDER BY sum(docs) DESC LIMIT {MAX_EXPANSIONS}",
                [prefix, prefix + "\U0010ffff"],
            )
        ]

    def _filter_sql(
        self, filters: Filters, column: str, *, drive: bool = False
    ) -> tuple[list[str], list[Any]]:
        """WHERE clauses for ``filters``; ``column`` is the document number column.

        ``author:`` is a set of document numbers from ``search_authors``; ``drive``
        lets SQLite walk that set (filters alone), otherwise it is only checked
        against each match (``+`` keeps the FTS5 scan driving, newest first).
        """
        where: list[str] = []
        params: list[Any] = []
        if filters.after:
            where.append(f"{column} < ?")
            params.append(day_base(filters.after))
        if filters.before:
            where.append(f"{column} >= ?")
            params.append(day_base(filters.before) + _DAY_SIZE)
        for name, values, wanted in (
            ("section", filters.sections, True),
            ("publication", filters.publications, True),
            ("section", filters.not_sections, False),
            ("publication", filters.not_publications, False),
        ):
            for value in values:
                where.append(f"instr(d.{name}, ?) {'>' if wanted else '='} 0")
                params.append(value)
        checked = column if drive else f"+{column}"
        for values, wanted in ((filters.authors, True), (filters.not_authors, False)):
            for value in values:
                expr = author_expression(value)
                if expr is None:  # no letters or digits: no author has such a name
                    if wanted:
                        where.append("0")
                    continue
                where.append(
                    f"{checked} {'IN' if wanted else 'NOT IN'} "
                    "(SELECT rowid FROM search_authors WHERE search_authors MATCH ?)"
                )
                params.append(expr)
        return where, params

    def _needs_docs(self, filters: Filters) -> bool:
        return bool(
            filters.sections
            or filters.publications
            or filters.not_sections
            or filters.not_publications
        )

    def _author_driver(self, filters: Filters) -> tuple[str, Filters] | None:
        """The ``author:`` expression with the fewest articles when it has at most
        :data:`AUTHOR_PROBE_LIMIT`, and the other filters; ``None`` otherwise."""
        best: tuple[int, int, str] | None = None
        for position, value in enumerate(filters.authors):
            expr = author_expression(value)
            if expr is None:
                continue
            count = self.db.conn.execute(
                "SELECT count(*) FROM (SELECT 1 FROM search_authors WHERE search_authors "
                f"MATCH ? LIMIT {AUTHOR_PROBE_LIMIT + 1})",
                [expr],
            ).fetchone()[0]
            if count <= AUTHOR_PROBE_LIMIT and (best is None or count < best[0]):
                best = (count, position, expr)
        if best is None:
            return None
        _count, position, expr = best
        others = tuple(a for i, a in enumerate(filters.authors) if i != position)
        return expr, replace(filters, authors=others)

    def _rank_in(
        self, table: str, weights: str, expr: str, filters: Filters, seen: set[int], need: int
    ) -> list[tuple[float, int]]:
        """The ``need`` best of the ``WINDOW`` most recent matches in ``table`` not in ``seen``.

        SQLite sorts the window by score: a later tier only runs when every
        earlier match was taken, so ``need + len(seen)`` rows always suffice.
        An author with few articles drives instead: each of them is checked
        against ``expr`` (FTS5 by rowid) and the matches come newest first,
        unscored (bm25 would count the words' articles again for every check).
        """
        limit = int(need) + len(seen)
        # Titles' postings are few (a scan is cheap) and slow to probe by rowid.
        drives = filters.authors and table == "search_fts"
        driver = self._author_driver(filters) if drives else None
        if driver is not None:
            author_expr, rest = driver
            where, params = self._filter_sql(rest, "a.rowid")
            join = " CROSS JOIN search_docs d ON d.doc = a.rowid" if self._needs_docs(rest) else ""
            sql = (
                f"SELECT a.rowid FROM search_authors a CROSS JOIN {table} f ON f.rowid = a.rowid"
                f"{join} WHERE search_authors MATCH ? AND {table} MATCH ? "
                f"{''.join(' AND ' + w for w in where)} ORDER BY a.rowid LIMIT {limit}"
            )
            rows = self.db.conn.execute(sql, [author_expr, expr, *params]).fetchall()
            return [(0.0, doc) for (doc,) in rows if doc not in seen]
        where, params = self._filter_sql(filters, "f.rowid")
        join = " CROSS JOIN search_docs d ON d.doc = f.rowid" if self._needs_docs(filters) else ""
        sql = (
            f"SELECT doc, score FROM (SELECT f.rowid AS doc, bm25({table}{weights}) AS score "
            f"FROM {table} f{join} "
            f"WHERE {table} MATCH ? {''.join(' AND ' + w for w in where)} "
            f"ORDER BY f.rowid LIMIT {WINDOW}) ORDER BY score, doc LIMIT {limit}"
        )
        rows = self.db.conn.execute(sql, [expr, *params]).fetchall()
        return [(score, doc) for doc, score in rows if doc not in seen]

    def _rank_tier(
        self, expr: str, filters: Filters, seen: set[int], need: int
    ) -> list[tuple[float, int]]:
        """One tier over the whole articles' index (``search_fts``)."""
        return self._rank_in("search_fts", f", {WEIGHTS}", expr, filters, seen, need)

    def _rank_titles(
        self, expr: str, filters: Filters, seen: set[int], need: int
    ) -> list[tuple[float, int]]:
        """Like :meth:`_rank_tier`, over the titles' own index (``search_titles``).

        Its postings hold titles only, so finding the articles whose title has
        a word costs as many postings as there are such titles, not as many as
        there are articles with the word anywhere.
        """
        return self._rank_in("search_titles", "", expr, filters, seen, need)

    def _filter_only(self, query: Query, limit: int) -> list[tuple[float, int]]:
        where, params = self._filter_sql(query.filters, "d.doc", drive=True)
        excluded = self._exclusion(query.excluded, _Plan(set(), set()))
        if excluded:
            where.append("d.doc NOT IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ?)")
            params.append(excluded)
        sql = (
            f"SELECT d.doc FROM search_docs d WHERE {' AND '.join(where) or '1'} "
            f"ORDER BY d.doc LIMIT {int(limit)}"
        )
        return [(0.0, row[0]) for row in self.db.conn.execute(sql, params)]

    def _results(self, ranked: list[tuple[float, int]], plan: _Plan) -> list[SearchResult]:
        if not ranked:
            return []
        marks = ",".join("?" * len(ranked))
        rows = self.db.conn.execute(
            "SELECT d.doc, a.id, a.title, a.standfirst, a.markdown, p.title, e.date, "
            "coalesce(s.title, '') FROM search_docs d JOIN articles a ON a.id = d.article_id "
            "JOIN editions e ON e.id = a.edition_id JOIN publications p ON p.id = e.publication_id "
            "LEFT JOIN sections s ON s.edition_id = a.edition_id AND s.id = a.section_id "
            f"WHERE d.doc IN ({marks})",
            [doc for _score, doc in ranked],
        ).fetchall()
        by_doc = {row[0]: row for row in rows}
        results = []
        for score, doc in ranked:
            row = by_doc.get(doc)
            if row is None:  # a stale posting (see edition_added): skip it
                continue
            _doc, article_id, title, standfirst, markdown, publication, day, section = row
            snippet = _snippet(standfirst, markdown, plan, deep=doc not in plan.title_docs)
            title_runs = highlight_runs(title, plan.terms, plan.prefixes)
            results.append(
                SearchResult(
                    article_id, title, publication, day, section, snippet, score, title_runs
                )
            )
        return results
