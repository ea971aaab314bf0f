"""Article bodies are kept compressed, rendered on open, and old libraries converted."""

from __future__ import annotations

import zlib
from pathlib import Path

from edicola.core.render import render_markdown
from edicola.core.search.snippet import plain_text
from edicola.store.article_body import pack, unpack, unpack_head
from edicola.store.database import open_library
from edicola.store.library import Library
from tests.helpers.old_library import add_article, library_before

BODY = "Primo paragrafo con **forza**.\n\n" + "\n\n".join(f"Paragrafo {n}." for n in range(400))


def test_bodies_round_trip_and_a_head_is_whole_paragraphs() -> None:
    stored = pack(BODY)
    assert isinstance(stored, bytes) and len(stored) < len(BODY) / 2
    assert unpack(stored) == BODY and unpack(BODY) == BODY
    head, whole = unpack_head(stored, 200)
    assert not whole and BODY.startswith(head + "\n\n") and len(head) <= 200
    assert unpack_head(stored, 10**6) == (BODY, True)
    assert unpack_head("plain", 1) == ("plain", True)


def test_an_imported_article_is_stored_compressed_and_shown_rendered(
    library: Library, edition_source: Path, tmp_path: Path
) -> None:
    from edicola.core.bundle.edition_source import build_edition

    library.editions.import_bundle(build_edition(edition_source, tmp_path).path)
    markdown, html = library.db.execute(
        "SELECT markdown, html FROM articles WHERE id = 'gazzetta-2026-05-04/ponte-nuovo'"
    ).fetchone()
    assert isinstance(markdown, bytes) and html == ""
    article = library.editions.article("gazzetta-2026-05-04/ponte-nuovo")
    assert article is not None
    expected = render_markdown(
        zlib.decompress(markdown).decode(),
        edition_id="gazzetta-2026-05-04",
        language="it",
        images=frozenset({"images/ponte.png"}),
    )
    assert article.markdown == zlib.decompress(markdown).decode()
    assert article.html == expected.html and "edicola:image/" in article.html


def test_the_migration_compresses_an_existing_library(tmp_path: Path) -> None:
    conn, db = library_before(tmp_path, "0007_compressed_article_bodies")
    add_article(db, "a", "A", BODY, "<p>old</p>")
    conn.commit()
    conn.close()
    db = open_library(tmp_path)
    try:
        stored, html = db.execute("SELECT markdown, html FROM articles").fetchone()
        assert unpack(stored) == BODY and html == ""
        library = Library.from_db(tmp_path, db)
        article = library.editions.article("p-2026-01-01/a")
        assert article is not None and "<strong>forza</strong>" in article.html
        assert plain_text(article.markdown).startswith("Primo paragrafo con forza.")
    finally:
        db.close()
