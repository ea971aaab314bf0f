"""Answering a search: a query's words expanded by stem and completion, ranked in tiers.

Title matches come first, then the whole text's, then completions of a word
still being typed; each tier ranks with bm25 only the ``WINDOW`` most recent
matching articles, era by era (:mod:`~edicola.store.search_eras`), and later
tiers run only when earlier ones found too few.
Filters become rowid ranges (dates) or terms on the index's filter columns
(authors, section and publication tokens) that FTS5 intersects with the words.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from edicola.core.search.query import Filters, Query, Term, parse
from edicola.core.search.snippet import Runs, highlight_runs
from edicola.core.search.text_fold import Stemmers
from edicola.core.search.value import Value
from edicola.store.body_snippet import result_snippet
from edicola.store.search_docs import DAY_SIZE, FACET_MARK, author_expression, day_base
from edicola.store.search_eras import read_eras

TYPE_CHECKING = False  # not ``typing``'s: a one-shot search skips importing it (quick_search)
if TYPE_CHECKING:
    from typing import Any

    from sqlite_utils import Database

    from edicola.store.body_codec import BodyCodec
    from edicola.store.search_eras import Era


def _warn(message: str, *args: object) -> None:
    """Log a warning; ``logging`` is imported only then (a one-shot search skips it)."""
    import logging

    logging.getLogger(__name__).warning(message, *args)


WINDOW = 1500
"""Most recent matching articles ranked per tier: bounds bm25's work."""

MAX_EXPANSIONS = 24
"""Indexed words a query word may expand to (by stem or by completion)."""

WEIGHTS = "1.0, 10.0, 4.0, 0.0, 0.0"
"""bm25 column weights: body, title, standfirst, then the filters' columns (authors,
facets), which never score (the FTS5 column order)."""

TITLE_WEIGHTS = "1.0, 0.0, 0.0"
"""bm25 weights of ``search_titles``: the title, then the filters' columns."""

# Searched words need no column filter (``{body title standfirst} : …`` costs a third
# more per query): author words and facet tokens are marked (``¦rossi``, ``§s12``), so
# no folded query word is ever one of them.


class _FilterMatch:
    """A query's section, publication and author filters as FTS5 expressions.

    ``wanted``: terms every result must match (ANDed), or empty; ``unwanted``:
    terms no result may match (ORed), or empty; ``impossible``: a wanted filter
    no article can satisfy (no such section, a name with no words).
    """

    __slots__ = ("impossible", "unwanted", "wanted")

    def __init__(self, wanted: str = "", unwanted: str = "", impossible: bool = False) -> None:
        self.wanted, self.unwanted, self.impossible = wanted, unwanted, impossible

    def apply(self, core: str) -> str:
        """``core`` (an FTS5 expression) restricted by these filters."""
        if self.wanted:
            core = f"({core}) AND {self.wanted}" if core else self.wanted
        if self.unwanted:
            core = f"({core}) NOT ({self.unwanted})"
        return core


class SearchResult(Value):
    """One result. ``snippet``: ``(text, highlighted)`` runs, plain text, never markup;
    ``title_runs``: the title as runs, its matched words highlighted (a title-only
    match shows why)."""

    __slots__ = (
        "article_id",
        "edition_date",
        "publication_title",
        "score",
        "section_title",
        "snippet",
        "title",
        "title_runs",
    )
    article_id: str
    title: str
    publication_title: str
    edition_date: str
    section_title: str
    snippet: Runs
    score: float
    title_runs: Runs

    def __init__(
        self,
        article_id: str,
        title: str,
        publication_title: str,
        edition_date: str,
        section_title: str,
        snippet: Runs,
        score: float,
        title_runs: Runs = (),
    ) -> None:
        self.article_id, self.title, self.publication_title = article_id, title, publication_title
        self.edition_date, self.section_title = edition_date, section_title
        self.snippet, self.score, self.title_runs = snippet, score, title_runs

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


class SearchPage:
    """One search: the results and the folded words and prefixes they matched."""

    __slots__ = ("prefixes", "results", "terms")

    def __init__(
        self, results: list[SearchResult], terms: frozenset[str], prefixes: frozenset[str]
    ) -> None:
        self.results, self.terms, self.prefixes = results, terms, prefixes


class _Plan:
    """Highlighting terms gathered while building a query's expressions, and the
    documents found by their title (``title_docs``: their snippets need not look far)."""

    __slots__ = ("prefixes", "terms", "title_docs")

    def __init__(self, terms: set[str], prefixes: set[str]) -> None:
        self.terms, self.prefixes = terms, prefixes
        self.title_docs: set[int] = set()


def _quote(word: str) -> str:
    return f'"{word}"'


def _matching(select: str, table: str, where: list[str]) -> str:
    """``SELECT select FROM table WHERE table MATCH ?`` and the date conditions
    (:meth:`Searcher._date_sql`): every statement a search sends to an era's table."""
    return f"SELECT {select} FROM {table} WHERE {table} MATCH ?" + "".join(
        f" AND {w}" for w in where
    )


class Searcher:
    """Runs queries on one library database's search index."""

    def __init__(self, db: Database, stemmers: Stemmers, codec: BodyCodec) -> None:
        self.db = db
        self.stemmers = stemmers
        self.codec = codec

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
        match = self._filter_match(query.filters)
        if match.impossible:
            return []
        eras = self._eras(query.filters)
        if not query.groups:
            return self._filter_only(query, match, limit, eras)
        excluded = self._exclusion(query.excluded, plan)
        built: dict[str, tuple[str, _Plan]] = {}

        def expression(mode: str, highlight: bool = True) -> str:
            """The query's words in one mode, built (and its forms looked up) once; the
            words it holds are highlighted once a step uses it (``highlight``)."""
            if mode not in built:
                own = _Plan(set(), set())
                groups = [
                    " OR ".join(
                        self._term_expr(term, mode, own, last=(g == len(query.groups) - 1))
                        for term in group
                    )
                    for g, group in enumerate(query.groups)
                ]
                built[mode] = (" AND ".join(f"({g})" for g in groups), own)
            expr, own = built[mode]
            if highlight:
                plan.terms.update(own.terms)
                plan.prefixes.update(own.prefixes)
            return expr

        if match.wanted:
            # A filter may leave nothing (a section that never holds the word): then
            # every tier would read every era to find so. One look for any match of
            # the widest step, without bm25's counting, answers for all of them.
            widest = expression("complete" if query.completes_last else "stem", False)
            if excluded:
                widest = f"({widest}) NOT ({excluded})"
            if not self._any_match(eras, match.apply(widest), query.filters):
                return []

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
                expr = match.apply(expr)
                tier = self._rank_in(eras, True, expr, query.filters, seen, limit - len(found))
            else:
                # NOT needs the whole article: title matches then use the full index
                if scope == "title":
                    expr = f"title : ({expr})"
                if excluded:
                    expr = f"({expr}) NOT ({excluded})"
                expr = match.apply(expr)
                tier = self._rank_in(eras, False, expr, query.filters, seen, limit - len(found))
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

    def _date_sql(self, filters: Filters, column: str) -> tuple[list[str], list[Any]]:
        """``before:``/``after:`` as a range of document numbers (``column``)."""
        where: list[str] = []
        params: list[Any] = []
        if filters.after:
            where.append(f"{column} < ?")
            params.append(day_base(filters.after))
        if filters.before:
            where.append(f"{column} >= ?")
            params.append(day_base(filters.before) + DAY_SIZE)
        return where, params

    def _facet_terms(self, kind: str, value: str) -> str | None:
        """The tokens of every section (``s``) or publication (``p``) value containing
        ``value``, ORed, or ``None`` when none does. ``search_facets`` holds each
        distinct value once (a few hundred rows), so *contains* stays cheap."""
        rows = self.db.conn.execute(
            "SELECT id FROM search_facets WHERE kind = ? AND instr(value, ?) > 0", [kind, value]
        ).fetchall()
        if not rows:
            return None
        return "facets : (" + " OR ".join(f'"{FACET_MARK}{kind}{r[0]}"' for r in rows) + ")"

    def _filter_match(self, filters: Filters) -> _FilterMatch:
        """Section, publication and author filters as terms on the filter columns."""
        wanted: list[str] = []
        unwanted: list[str] = []
        for kind, values, into in (
            ("s", filters.sections, wanted),
            ("p", filters.publications, wanted),
            ("s", filters.not_sections, unwanted),
            ("p", filters.not_publications, unwanted),
            ("a", filters.authors, wanted),
            ("a", filters.not_authors, unwanted),
        ):
            for value in values:
                if kind == "a":
                    expr = author_expression(value)
                    term = None if expr is None else f"authors : ({expr})"
                else:
                    term = self._facet_terms(kind, value)
                if term is None:  # nothing is called that: a wanted filter matches nothing
                    if into is wanted:
                        return _FilterMatch(impossible=True)
                    continue
                into.append(term)
        return _FilterMatch(
            " AND ".join(f"({w})" for w in wanted), " OR ".join(f"({u})" for u in unwanted)
        )

    def _rank_in(
        self,
        eras: list[Era],
        titles: bool,
        expr: str,
        filters: Filters,
        seen: set[int],
        need: int,
    ) -> list[tuple[float, int]]:
        """The ``need`` best of the ``WINDOW`` most recent matches not in ``seen``, in
        the ``eras``' ``search_fts`` or (``titles``) ``search_titles``.

        The titles' index holds titles only, so finding the articles whose title
        has a word costs as many postings as there are such titles, not as many as
        there are articles with the word anywhere. The eras are read newest first
        (:mod:`~edicola.store.search_eras`), the next only while the window is not
        full and fewer than ``need`` new matches were found: the window is the
        matches of the newest eras that hold enough, so a query costs what one era's
        matches cost however big the library (bm25 counts a phrase's matches in the
        eras read). SQLite sorts each era's part of the window by score: a later
        tier only runs when every earlier match was taken, so ``need + len(seen)``
        rows of each always suffice. ``expr`` carries the section, publication and author
        filters; FTS5 skips through both doclists, so a filter that excludes most
        matches costs no more than the matches it keeps.
        """
        limit = int(need) + len(seen)
        weights = TITLE_WEIGHTS if titles else WEIGHTS
        where, params = self._date_sql(filters, "rowid")
        found: list[tuple[float, int]] = []
        left, read = WINDOW, 0
        for era in eras:
            read += 1
            table = era.titles if titles else era.fts
            window = _matching(f"rowid AS doc, bm25({table}, {weights}) AS score", table, where)
            sql = (
                f"SELECT score, doc, count(*) OVER () FROM ({window} ORDER BY rowid "
                f"LIMIT {left}) ORDER BY score, doc LIMIT {limit}"
            )
            rows = self.db.conn.execute(sql, [expr, *params]).fetchall()
            found.extend((score, doc) for score, doc, _count in rows if doc not in seen)
            left -= rows[0][2] if rows else 0
            if left <= 0 or len(found) >= need:
                break
        if read > 1:  # the window's parts from several eras: their best, merged
            found.sort()
        return found

    def _any_match(self, eras: list[Era], expr: str, filters: Filters) -> bool:
        """Whether any article within the date filters matches ``expr``, newest era first."""
        where, params = self._date_sql(filters, "rowid")
        for era in eras:
            sql = _matching("1", era.fts, where) + " LIMIT 1"
            if self.db.conn.execute(sql, [expr, *params]).fetchone():
                return True
        return False

    def _eras(self, filters: Filters) -> list[Era]:
        """The eras, newest first, that may hold articles within the date filters."""
        low = day_base(filters.before) + DAY_SIZE if filters.before else None
        high = day_base(filters.after) if filters.after else None
        return read_eras(self.db.conn).within(low, high)

    def _filter_only(
        self, query: Query, match: _FilterMatch, limit: int, eras: list[Era]
    ) -> list[tuple[float, int]]:
        """Filters (and exclusions) alone: the newest matching articles."""
        where, params = self._date_sql(query.filters, "rowid")
        excluded = self._exclusion(query.excluded, _Plan(set(), set()))
        if match.wanted:  # the index walks the filter's own postings, newest first
            expr = match.apply("")
            if excluded:
                expr = f"({expr}) NOT ({excluded})"
            found: list[tuple[float, int]] = []
            for era in eras:
                sql = _matching("rowid", era.fts, where)
                sql += f" ORDER BY rowid LIMIT {int(limit) - len(found)}"
                found.extend((0.0, row[0]) for row in self.db.conn.execute(sql, [expr, *params]))
                if len(found) >= limit:
                    break
            return found
        where = [w.replace("rowid", "d.doc") for w in where]
        unwanted = " OR ".join(f"({e})" for e in (match.unwanted, excluded) if e)
        if unwanted and eras:
            unwanted_docs = " UNION ALL ".join(_matching("rowid", era.fts, []) for era in eras)
            where.append(f"d.doc NOT IN ({unwanted_docs})")
            params.extend([unwanted] * len(eras))
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
        words = (frozenset(plan.terms), frozenset(plan.prefixes))  # hashed once, not per snippet
        results = []
        for score, doc in ranked:
            row = by_doc.get(doc)
            if row is None:  # a stale posting (see edition_added): skip it
                continue
            _doc, article_id, title, standfirst, markdown, publication, day, section = row
            snippet = result_snippet(
                standfirst, markdown, words, doc not in plan.title_docs, self.codec.unpack_growing
            )
            title_runs = highlight_runs(title, *words)
            results.append(
                SearchResult(
                    article_id, title, publication, day, section, snippet, score, title_runs
                )
            )
        return results
