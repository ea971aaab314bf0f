"""Article bodies with a zstd dictionary per language: every stored form reads the same.

A library holds zstd frames (with a dictionary trained from its own articles),
zlib streams (a language without a dictionary, every older row) and plain text
(the oldest rows) side by side; searching and reading must not tell them apart.
"""

from __future__ import annotations

import json
import random
import sqlite3
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
import zstandard
from sqlite_utils import Database

from bench.synth import bulk_insert, editions, write_source
from edicola.core.bundle.edition_source import build_edition
from edicola.core.model import body_html
from edicola.store.article_body import ZSTD_MAGIC, BodyError, pack, unpack, unpack_growing
from edicola.store.body_codec import BodyCodec
from edicola.store.database import open_library
from edicola.store.library import Library
from tests.helpers.old_library import library_before

SMALL = {"train_at": 12, "dict_size": 4096}
"""A threshold a test reaches with two editions of six articles (the library's is 1,000)."""


def _open(folder: Path, **codec: int) -> Library:
    db = open_library(folder)
    return Library.from_db(folder, db, BodyCodec(db, **codec) if codec else None)


def _bodies(count: int, words: int = 300) -> list[tuple[str, str]]:
    """``(language, Markdown)`` of synthetic Italian and English articles."""
    found = [
        (e.language, a.body)
        for e in editions(count, words=words, per_edition=6)
        for a in e.articles
    ]
    return found[:count]


def _trained(db: Database, language: str, bodies: list[str]) -> BodyCodec:
    """A codec of ``db`` with a dictionary for ``language`` trained on ``bodies``."""
    db.execute("CREATE TABLE articles (rowid_ INTEGER PRIMARY KEY, language TEXT, markdown)")
    db.conn.executemany(
        "INSERT INTO articles (language, markdown) VALUES (?, ?)",
        [(language, pack(b)) for b in bodies],
    )
    from edicola.store.body_codec import TABLES
    from edicola.store.migrations import _execute_each

    _execute_each(db, TABLES)
    codec = BodyCodec(db, train_at=len(bodies), sample=len(bodies), dict_size=8192)
    assert codec.bodies_added(language, len(bodies)) is not None
    return codec


@pytest.fixture
def codec(tmp_path: Path) -> BodyCodec:
    db = Database(sqlite3.connect(tmp_path / "codec.db"))
    return _trained(db, "it", [body for lang, body in _bodies(60) if lang == "it"])


def test_every_form_round_trips_and_says_its_length(codec: BodyCodec) -> None:
    text = "Città, perché è così: «virgolette» — e **grassetto**.\n\n" * 40
    packed = codec.packer("it")(text)
    assert packed[:4] == ZSTD_MAGIC
    assert zstandard.get_frame_parameters(packed).dict_id != 0  # the dictionary is named
    for stored in (packed, pack(text), text):
        assert codec.unpack(stored) == text
        assert codec.unpacked_length(stored) == len(text.encode("utf-8"))
    assert codec.packer("en")("plain English") == pack("plain English")  # no dictionary: zlib
    assert codec.unpacked_length(None) == 0
    with pytest.raises(BodyError, match="BodyCodec"):
        unpack(packed)  # the module's zlib reader refuses it with a clear error


def test_a_dictionary_makes_bodies_smaller_than_zlib(codec: BodyCodec) -> None:
    held_out = [body for lang, body in _bodies(120)[60:] if lang == "it"]
    pack_it = codec.packer("it")
    zstd_size = sum(len(pack_it(b)) for b in held_out)
    zlib_size = sum(len(pack(b)) for b in held_out)
    assert zstd_size < 0.95 * zlib_size, (zstd_size, zlib_size)


@pytest.mark.parametrize("seed", range(4))
def test_growing_reads_give_what_zlib_gives(codec: BodyCodec, seed: int) -> None:
    rng = random.Random(seed)
    pack_it = codec.packer("it")
    cases = [body for _lang, body in _bodies(30, words=rng.choice((40, 300, 900)))]
    cases += ["x" * 1000, "y" * 2000, "é" * 999 + "z", "", "breve"]  # ends on a step, mid-char
    for body in cases:
        for sizes in ((1000, 2000), (rng.randint(1, 3000),), (500, 500, 4000), ()):
            want = list(unpack_growing(pack(body), sizes))
            assert list(codec.unpack_growing(pack(body), sizes)) == want
            # zlib may say "whole" a step late for a body that ends exactly at a step
            full = want[-1][0]
            expected = [step for step in want if step[0] != full] + [(full, True)]
            assert list(codec.unpack_growing(pack_it(body), sizes)) == expected, sizes


def test_a_damaged_or_truncated_body_gives_a_clear_error(codec: BodyCodec) -> None:
    packed = codec.packer("it")("Un paragrafo.\n\n" * 300)
    damaged = bytearray(packed)
    damaged[len(packed) // 2] ^= 0xFF
    damaged[len(packed) // 2 + 7] ^= 0x5A
    for bad in (bytes(damaged), packed[:-3], packed[: len(packed) // 2], packed[:6], b"x\x9cjunk"):
        with pytest.raises(BodyError, match="damaged"):
            codec.unpack(bad)
        if bad[:4] == ZSTD_MAGIC:
            with pytest.raises(BodyError, match="damaged"):
                list(codec.unpack_growing(bad, (1000, 2000)))


def test_a_dictionary_missing_from_the_table_gives_a_clear_error(codec: BodyCodec) -> None:
    packed = codec.packer("it")("Testo.\n\n" * 50)
    dict_id = zstandard.get_frame_parameters(packed).dict_id
    codec.db.execute("DELETE FROM body_dictionaries")
    fresh = BodyCodec(codec.db)  # one that never loaded it
    for read in (fresh.unpack, lambda stored: list(fresh.unpack_growing(stored, (10,)))):
        with pytest.raises(BodyError, match=f"dictionary {dict_id}, which this library"):
            read(packed)


def test_the_import_that_reaches_the_threshold_trains_the_language(tmp_path: Path) -> None:
    made = list(editions(36, words=200, per_edition=6))
    assert [e.language for e in made[:4]] == ["it", "it", "en", "it"]
    library = _open(tmp_path / "library", **SMALL)
    try:

        def import_(edition_index: int) -> None:
            source = write_source(made[edition_index], tmp_path / "sources")
            library.editions.import_bundle(build_edition(source, tmp_path).path)

        def forms(edition_index: int) -> set[str]:
            rows = library.db.execute(
                "SELECT substr(markdown, 1, 4) FROM articles WHERE edition_id = ?",
                [made[edition_index].edition_id],
            )
            return {
                "zstd" if row[0] == ZSTD_MAGIC else "zlib" if row[0][:2] == b"x\x9c" else "?"
                for row in rows
            }

        def dictionaries() -> list[tuple[int, str]]:
            return library.db.execute("SELECT id, language FROM body_dictionaries").fetchall()

        import_(0)
        assert dictionaries() == [] and forms(0) == {"zlib"}
        import_(1)  # 12 Italian articles: trained at the end of this import
        (dict_id, language), *others = dictionaries()
        assert language == "it" and others == [] and forms(1) == {"zlib"}
        import_(2)  # English: 6 articles, no dictionary, zlib
        import_(3)  # Italian again: packed with the dictionary
        assert dictionaries() == [(dict_id, "it")] and forms(2) == {"zlib"}
        assert forms(3) == {"zstd"}
        stored = library.db.execute(
            "SELECT markdown FROM articles WHERE edition_id = ?", [made[3].edition_id]
        ).fetchone()[0]
        assert zstandard.get_frame_parameters(stored).dict_id == dict_id
        counts = dict(
            library.db.execute("SELECT language, articles FROM body_languages").fetchall()
        )
        assert counts == {"it": 18, "en": 6}
        for article in library.editions.articles(made[3].edition_id):
            opened = library.editions.article(article.id)
            assert opened is not None and opened.markdown and "<p>" in opened.html
    finally:
        library.close()


def _twin_libraries(tmp_path: Path) -> tuple[Library, Library]:
    """The same 14 editions in an all-zlib library and one whose Italian articles are
    partly zstd (the threshold passed after the second edition), plus plain-text rows."""
    plain = _open(tmp_path / "zlib")
    mixed = _open(tmp_path / "mixed", **SMALL)
    for edition in editions(84, words=400, per_edition=6):
        bulk_insert(plain.db, edition, plain.search)
        bulk_insert(mixed.db, edition, mixed.search)
    for library in (plain, mixed):  # the oldest rows: plain text
        first = library.db.execute("SELECT id, markdown FROM articles LIMIT 3").fetchall()
        for article_id, stored in first:
            text = library.search.codec.unpack(stored)
            library.db.execute("UPDATE articles SET markdown = ? WHERE id = ?", [text, article_id])
    return plain, mixed


def test_a_library_of_mixed_forms_searches_and_reads_as_an_all_zlib_one(tmp_path: Path) -> None:
    plain, mixed = _twin_libraries(tmp_path)
    try:
        heads = mixed.db.execute(
            "SELECT substr(hex(markdown), 1, 8), typeof(markdown), count(*) FROM articles "
            "GROUP BY 1, 2"
        ).fetchall()
        kinds = {
            ("zstd" if h == "28B52FFD" else "text" if t == "text" else "zlib") for h, t, _ in heads
        }
        assert kinds == {"zstd", "zlib", "text"}, heads
        words = _query_words(plain)
        assert len(words) > 30
        for query in words:
            want = plain.search.search(query, limit=40)
            assert want, query
            assert mixed.search.search(query, limit=40) == want, query
        ids = [row[0] for row in plain.db.execute("SELECT id FROM articles ORDER BY id")]
        for article_id in ids:
            assert mixed.editions.article(article_id) == plain.editions.article(article_id)
        assert mixed.search.sizes()[1] == plain.search.sizes()[1]
    finally:
        plain.close()
        mixed.close()


def _query_words(library: Library) -> list[str]:
    """Words from deep in the bodies (snippets that read past the first paragraphs),
    prefixes as typed, phrases and a filter."""
    rng = random.Random(5)
    words, phrases = [], []
    for (stored,) in library.db.execute("SELECT markdown FROM articles ORDER BY id LIMIT 40"):
        text = [w.strip(".,;:*«»!?") for w in library.search.codec.unpack(stored).split()]
        at = rng.randrange(len(text) // 2, len(text) - 1)
        words.append(text[at])
        phrases.append(f'"{text[at]} {text[at + 1]}"')
    return words + [w[:3] for w in words[:8]] + phrases[:8] + [f"{words[0]} section:politica"]


def test_search_and_reading_survive_a_damaged_zstd_body(tmp_path: Path) -> None:
    library = _open(tmp_path / "library", **SMALL)
    try:
        for edition in editions(24, words=200, per_edition=6):
            bulk_insert(library.db, edition, library.search)
        article_id, stored, title = library.db.execute(
            "SELECT id, markdown, title FROM articles WHERE substr(markdown, 1, 4) = ?",
            [ZSTD_MAGIC],
        ).fetchone()
        library.db.execute(
            "UPDATE articles SET markdown = ? WHERE id = ?", [stored[:-5], article_id]
        )
        article = library.editions.article(article_id)
        assert article is not None and article.html == "" and "damaged" in article.problem
        assert body_html(article).startswith("<p><em>This article cannot be shown: an article")
        results = library.search.search(title, limit=50)
        assert article_id in [r.article_id for r in results]
    finally:
        library.close()


def test_deleting_editions_keeps_the_dictionary_their_neighbours_use(tmp_path: Path) -> None:
    library = _open(tmp_path / "library", **SMALL)
    try:
        made = list(editions(48, words=200, per_edition=6))
        for edition in made:
            bulk_insert(library.db, edition, library.search)
        trained = library.db.execute("SELECT id FROM body_dictionaries").fetchall()
        assert trained
        library.editions.delete_editions([e.edition_id for e in made[:6]])
        assert library.db.execute("SELECT id FROM body_dictionaries").fetchall() == trained
        reopened = _open(tmp_path / "library")
        try:
            for (article_id,) in reopened.db.execute("SELECT id FROM articles"):
                article = reopened.editions.article(article_id)
                assert article is not None and article.html and not article.problem
        finally:
            reopened.close()
    finally:
        library.close()


def test_the_migration_counts_the_articles_already_there(tmp_path: Path) -> None:
    conn, db = library_before(tmp_path, "0017_body_dictionaries")
    for n, language in enumerate(["it", "it", "en"]):
        db.execute(
            "INSERT INTO articles (id, edition_id, section_id, position, title, authors, "
            "published, url, language, word_count, markdown, html) VALUES "
            "(?, 'p-2026-01-01', 's', ?, 'A', ?, '', '', ?, 1, ?, '')",
            [f"p-2026-01-01/{n}", n, json.dumps([]), language, zlib.compress(b"Testo.")],
        )
    conn.commit()
    conn.close()
    db = open_library(tmp_path)
    try:
        counts = dict(db.execute("SELECT language, articles FROM body_languages").fetchall())
        assert counts == {"it": 2, "en": 1}
        assert db.execute("SELECT count(*) FROM body_dictionaries").fetchone()[0] == 0
    finally:
        db.close()


def test_a_one_shot_search_reads_zstd_bodies_with_the_c_backend_alone(tmp_path: Path) -> None:
    """``edicola search Q --json`` loads python-zstandard's C extension without its
    package (``typing``, ``platform``: 5 ms), and prints what the library's search gives."""
    library = _open(tmp_path / "library", **SMALL)
    try:
        for edition in editions(24, words=200, per_edition=6):
            bulk_insert(library.db, edition, library.search)
        want = [r.to_json() for r in library.search.search("della", limit=20)]
    finally:
        library.close()
    code = (
        "import json, sys\n"
        "from edicola import quick_search\n"
        f"sys.argv = ['edicola', '--library', {str(tmp_path / 'library')!r}, 'search', 'della', "
        "'--json']\n"
        "assert quick_search.run(sys.argv[1:]) == 0\n"
        "print(sorted({'zstandard', 'zstandard.backend_c', 'typing'} & set(sys.modules)))\n"
        "import zstandard\n"  # the package, imported later, takes the same backend
        "from edicola.store.body_codec import _zstandard\n"
        "assert zstandard.ZstdError is _zstandard().ZstdError\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    *printed, modules = done.stdout.splitlines()
    assert modules == "['zstandard.backend_c']"
    got = json.loads("\n".join(printed))
    assert got == want and any(r for r in got)


def test_repacking_in_batches_moves_older_bodies_to_their_dictionary(tmp_path: Path) -> None:
    library = _open(tmp_path / "library", **SMALL)
    try:
        for edition in editions(48, words=200, per_edition=6):
            bulk_insert(library.db, edition, library.search)
        codec = library.search.codec

        def forms() -> dict[tuple[str, bool], int]:
            rows = library.db.execute(
                "SELECT language, substr(markdown, 1, 4) = ?, count(*) FROM articles GROUP BY 1, 2",
                [ZSTD_MAGIC],
            )
            return {(language, bool(zstd)): count for language, zstd, count in rows}

        before = forms()
        assert before[("it", False)] == 12 and ("it", True) in before  # trained at the 12th
        assert before[("en", False)] == 12  # trained at the 12th: no English edition since
        assert {r[0] for r in library.db.execute("SELECT language FROM body_dictionaries")} == {
            "it",
            "en",
        }
        texts = {
            a: codec.unpack(m) for a, m in library.db.execute("SELECT id, markdown FROM articles")
        }
        done = []
        while (step := codec.repack(limit=10)) is not None:
            done.append(step)
        # Each language from the last body written before its dictionary down, 10
        # rows a step whatever their language; only that language's older bodies.
        assert sum(n for language, n in done if language == "it") == 12
        assert sum(n for language, n in done if language == "en") == 12
        assert all(n <= 10 for _, n in done)
        assert forms() == {("it", True): 36, ("en", True): 12}
        assert codec.repack(limit=10) is None  # nothing left, and nothing read to know it
        assert library.db.execute("SELECT max(older_to) FROM body_languages").fetchone() == (0,)
        for article_id, text in texts.items():
            assert library.editions.article(article_id).markdown == text  # type: ignore[union-attr]
    finally:
        library.close()


def test_the_benchmark_bulk_path_packs_and_trains_as_an_import_does(tmp_path: Path) -> None:
    made = list(editions(24, words=200, per_edition=6))
    real = _open(tmp_path / "real", **SMALL)
    bulk = _open(tmp_path / "bulk", **SMALL)
    try:
        for edition in made:
            bundle = build_edition(write_source(edition, tmp_path / "sources"), tmp_path).path
            real.editions.import_bundle(bundle)
            bulk_insert(bulk.db, edition, bulk.search)
        for table in ("body_dictionaries", "body_languages"):
            want = real.db.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            got = bulk.db.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            assert [row[:3] for row in got] == [row[:3] for row in want], table
        sql = "SELECT id, markdown FROM articles ORDER BY id"
        assert bulk.db.execute(sql).fetchall() == real.db.execute(sql).fetchall()
    finally:
        real.close()
        bulk.close()


def test_upkeep_repacks_older_bodies_before_it_merges(tmp_path: Path) -> None:
    """The app's upkeep (and ``edicola compact``) re-packs a step at a time; reading
    and searching give the same answers after it."""
    from edicola.store.upkeep import Upkeep

    library = _open(tmp_path / "library", **SMALL)
    try:
        for edition in editions(36, words=200, per_edition=6):
            bulk_insert(library.db, edition, library.search)
        codec = library.search.codec
        ids = [row[0] for row in library.db.execute("SELECT id FROM articles ORDER BY id")]
        texts = [library.editions.article(i).markdown for i in ids]  # type: ignore[union-attr]
        found = [(r.article_id, r.snippet) for r in library.search.search("il", limit=50)]
        steps = Upkeep(repack_rows=7).run(library.db.conn, codec)
        repacks = [step for step in steps if step.kind == "repack"]
        assert steps[: len(repacks)] == repacks  # bodies first, then the index
        assert sum(step.changes for step in repacks) == 24 and max(s.changes for s in repacks) <= 7
        zstd = library.db.execute(
            "SELECT count(*) FROM articles WHERE substr(markdown, 1, 4) = ?", [ZSTD_MAGIC]
        ).fetchone()
        assert zstd == (36,)
        library.editions.forget_rendered()
        assert [library.editions.article(i).markdown for i in ids] == texts  # type: ignore[union-attr]
        assert [(r.article_id, r.snippet) for r in library.search.search("il", limit=50)] == found
        assert Upkeep().step(library.db.conn, codec) is None  # settled
    finally:
        library.close()
