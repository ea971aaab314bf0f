"""The import's faster paths give exactly what the plain ones gave (issue 21).

Folded words are split without a regular expression when the text allows it,
the index is given the spaced folded text instead of its words joined again,
rendering-budget marks are counted without ``str.translate`` on accented text,
and zip member names skip the per-character check when printable. Each is
compared here with the code it replaced, on the sample papers, the benchmark's
editions, the Big List of Naughty Strings and random text; and a library
indexed with the old word splitter (the words joined, the vocabulary added row by
row) is the same, posting by posting, and answers every query the same.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bench.synth import editions, write_source
from edicola.core import markdown_budget
from edicola.core.bundle.edition_source import build_edition
from edicola.core.bundle.safezip import _check_name
from edicola.core.bundle.samples import build_samples
from edicola.core.search import query as search_query_words
from edicola.core.search.text_fold import (
    _COMMON_GAPS,
    MAX_WORD_LENGTH,
    WORD_RE,
    fold,
    spaced_words,
    words,
)
from edicola.store import search_docs, search_index
from edicola.store.library import Library

BLNS = Path(__file__).parent.parent / "data" / "blns" / "blns.json"


def words_by_regex(text: str) -> list[str]:
    """``words`` as it was: the regular expression over the folded text."""
    return [w[:MAX_WORD_LENGTH] for w in WORD_RE.findall(fold(text))]


def spaced_by_regex(text: str) -> tuple[str, list[str]]:
    """What the index was given before ``spaced_words``: the words, joined."""
    found = words_by_regex(text)
    return " ".join(found), found


def add_terms_row_by_row(db: Any, lang: str, rows: Any) -> None:
    """The vocabulary as it was added: one ``executemany`` step a row."""
    db.conn.executemany(
        "INSERT INTO search_terms (term, lang, stem, docs) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (term, lang) DO UPDATE SET docs = docs + excluded.docs",
        ((term, lang, stem, docs) for term, stem, docs in rows),
    )


_FTS5_ASCII_GAPS = re.compile(r"[\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+")
"""Where FTS5's ``ascii`` tokenizer splits: every ASCII character but letters and digits."""


def fts5_tokens(text: str) -> list[str]:
    return [t for t in _FTS5_ASCII_GAPS.split(text) if t]


_WITHOUT_MARKS = str.maketrans("", "", markdown_budget._MARK_CHARACTERS)


def marks_by_translate(text: str) -> int:
    return len(text) - len(text.translate(_WITHOUT_MARKS)) + text.count("--") + text.count("...")


def markup_cost_by_blocks(source: str) -> int:
    return sum(marks_by_translate(b) ** 2 for b in markdown_budget._BLOCK_SPLIT.split(source))


def _texts() -> list[str]:
    rng = random.Random(21)
    alphabet = [chr(i) for i in range(0x2100)] + list(_COMMON_GAPS + "àèéìòù ’«»*[]_-.\n") * 40
    found = [str(s) for s in json.loads(BLNS.read_text("utf-8"))]
    for _ in range(3000):
        text = "".join(rng.choices(alphabet, k=rng.randint(0, 120)))
        if rng.random() < 0.1:
            text += "é" * rng.randint(60, 70) + " " + "x" * rng.randint(60, 70)
        found.append(text)
    samples = Path(__file__).resolve().parents[2] / "editions"
    found += [p.read_text("utf-8") for p in sorted(samples.rglob("*.md"))]
    return found


def test_words_are_those_of_the_regular_expression() -> None:
    texts = _texts()
    assert any(not fold(t).isascii() and set(_COMMON_GAPS) & set(t) for t in texts)
    for text in texts:
        assert words(text) == words_by_regex(text), repr(text[:80])
    for mark in _COMMON_GAPS:  # what is spaced out is never part of a word
        assert WORD_RE.fullmatch(mark) is None


def test_the_spaced_text_holds_exactly_the_words() -> None:
    texts = _texts()
    assert any(len(w) > MAX_WORD_LENGTH for t in texts for w in WORD_RE.findall(fold(t)))
    for text in texts:
        spaced, found = spaced_words(text)
        assert found == words_by_regex(text), repr(text[:80])
        assert fts5_tokens(spaced) == found, repr(text[:80])


def test_budget_marks_are_counted_as_before() -> None:
    texts = [*_texts(), "è[x]\n\n" * 300, "*a" * 2000, "a--b...c" * 50, "[" * 1500]
    for text in texts:
        assert markdown_budget._marks(text) == marks_by_translate(text)
        over = markup_cost_by_blocks(text) > markdown_budget.MAX_MARKUP_COST
        assert (markdown_budget._markup_problem(text) is not None) == over


def test_control_characters_in_member_names_are_still_refused() -> None:
    for code in [*range(0x3000), 0x2028, 0x2029, 0xFEFF, 0x1D173, 0xE0001, 0x10FFFD]:
        name = f"articles/a{chr(code)}b.md"
        control = any(unicodedata.category(ch) == "Cc" for ch in name)
        problem = _check_name(name)
        if code == 0:
            assert problem == "NUL byte in file name"
        elif chr(code) == "\\":
            assert problem == "backslash in file name"
        else:
            assert (problem == "control character in file name") == control, hex(code)
            assert control or problem is None, hex(code)


def _snapshot(library: Library) -> dict[str, list[Any]]:
    db = library.db
    found = {
        table: db.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
        for table in ("search_docs", "search_terms", "search_facets")
    }
    for table in ("search_fts", "search_titles"):
        db.execute(f"CREATE VIRTUAL TABLE temp.v_{table} USING fts5vocab(main, {table}, instance)")
        found[table] = db.execute(
            f"SELECT term, doc, col, offset FROM temp.v_{table} ORDER BY 1, 2, 3, 4"
        ).fetchall()
    return found


QUERIES = [
    "il",
    "città",
    "citta",
    "porto",
    "port",
    '"del porto"',
    "sindaco consiglio",
    "pescatori",
    "pescatore",
    "the",
    "river",
    "council meeting",
    "cou",
    "section:cronaca porto",
    "author:ross",
    "nave -porto",
]


@pytest.fixture(scope="module")
def bundles(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("fast-paths")
    made = build_samples(folder / "samples")
    for edition in editions(40, seed=3, per_edition=20, start=date(2030, 1, 1), extras=True):
        made.append(build_edition(write_source(edition, folder / "src"), folder / "out").path)
    return made


def test_an_index_built_with_the_regular_expression_is_the_same(
    bundles: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = Library.open(tmp_path / "fast")
    plain = Library.open(tmp_path / "plain")
    try:
        for bundle in bundles:
            fast.editions.import_bundle(bundle)
        answers = {q: fast.search.search(q, limit=20) for q in QUERIES}
        with monkeypatch.context() as patched:
            patched.setattr(search_docs, "words", words_by_regex)
            patched.setattr(search_docs, "spaced_words", spaced_by_regex)
            patched.setattr(search_index, "_add_terms", add_terms_row_by_row)
            patched.setattr(search_query_words, "words", words_by_regex)
            for bundle in bundles:
                plain.editions.import_bundle(bundle)
            for q in QUERIES:
                assert plain.search.search(q, limit=20) == answers[q], q
        expected, got = _snapshot(plain), _snapshot(fast)
        assert len(expected["search_fts"]) > 10_000
        for table in expected:
            assert got[table] == expected[table], table
        assert sum(len(a) for a in answers.values()) > 100
    finally:
        fast.close()
        plain.close()


def test_a_full_day_borrows_gaps_with_the_postings_written_in_batches(
    bundles: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Postings are written in batches, so the rows of a day that overflows must be
    in ``search_docs`` before the gap after them is looked for (a day of 16 here)."""
    monkeypatch.setattr(search_index, "DAY_SIZE", 16)
    monkeypatch.setattr(search_index, "day_base", lambda _iso_date: 1 << 20)
    library = Library.open(tmp_path / "full-day")
    try:
        for bundle in bundles:
            library.editions.import_bundle(bundle)
        db = library.db
        numbers = [n for (n,) in db.execute("SELECT doc FROM search_docs ORDER BY doc")]
        articles = db.execute("SELECT count(*) FROM articles").fetchone()[0]
        assert articles > 32
        assert numbers == list(range(1 << 20, (1 << 20) + articles))
        docs = db.execute("SELECT count(*) FROM search_fts_docsize").fetchone()[0]
        assert docs == articles
        assert library.search.search("il", limit=5)
    finally:
        library.close()
