"""The page the reader closed on is kept rendered: the next start shows it without
asking the jail for a render (issue 21: that render, in a worker started for it,
was waited for before the first paint)."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

import edicola.core.render as render_module
import edicola.store.kept_page as kept_page_module
from edicola.core.bundle.edition_source import build_edition
from edicola.store.library import Library
from edicola.testing.editions import make_edition_source
from tests.helpers.render_count import counted_renders

ARTICLE = "gazzetta-2026-05-04/ponte-nuovo"
EDITION = "gazzetta-2026-05-04"


@pytest.fixture
def renders(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    return counted_renders(monkeypatch)


@pytest.fixture
def closed_on_article(library_dir: Path, edition_source: Path, tmp_path: Path) -> str:
    """A library whose reader closed on :data:`ARTICLE`; its page's HTML."""
    library = Library.open(library_dir)
    try:
        library.editions.import_bundle(build_edition(edition_source, tmp_path).path)
        article = library.editions.article(ARTICLE)
        assert article is not None and article.html
        library.editions.keep_page(ARTICLE)
        return article.html
    finally:
        library.close()


def test_the_kept_page_opens_without_a_render(
    closed_on_article: str, library_dir: Path, renders: list[str]
) -> None:
    library = Library.open(library_dir)  # a new start: nothing rendered in memory
    try:
        assert library.editions.recall_page() == ARTICLE
        article = library.editions.article(ARTICLE)
        assert article is not None and article.html == closed_on_article
        assert renders == []
        other = library.editions.articles(EDITION)[-1].id
        assert other != ARTICLE and library.editions.article(other) is not None
        assert renders == [EDITION]  # any other article is rendered as always
    finally:
        library.close()


def test_nothing_is_kept_for_an_article_not_rendered_here(
    library: Library, edition_source: Path, tmp_path: Path
) -> None:
    library.editions.import_bundle(build_edition(edition_source, tmp_path).path)
    library.editions.keep_page(ARTICLE)  # never opened in this process
    library.editions.keep_page("no-such/article")
    assert library.editions.recall_page() is None
    assert library.db.execute("SELECT count(*) FROM kept_page").fetchone()[0] == 0


def test_a_page_from_another_renderer_is_rendered_again(
    closed_on_article: str,
    library_dir: Path,
    renders: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(render_module, "renderer_id", lambda: "edicola 0.2.0; …")
    library = Library.open(library_dir)
    try:
        assert library.editions.recall_page() is None
        article = library.editions.article(ARTICLE)
        assert article is not None and article.html == closed_on_article
        assert renders == [EDITION]
    finally:
        library.close()


def test_a_new_revision_is_rendered_and_a_removed_edition_takes_its_page(
    closed_on_article: str, library_dir: Path, tmp_path: Path, renders: list[str]
) -> None:
    library = Library.open(library_dir)
    try:
        newer = make_edition_source(tmp_path / "newer", revision=2)
        library.editions.import_bundle(build_edition(newer, tmp_path / "out").path)
        assert library.editions.recall_page() is None  # made for revision 1
        assert library.editions.article(ARTICLE) is not None
        assert renders == [EDITION]
        library.editions.keep_page(ARTICLE)
        assert library.editions.recall_page() == ARTICLE
        library.editions.delete_edition(EDITION)
        assert library.db.execute("SELECT count(*) FROM kept_page").fetchone()[0] == 0
        assert library.editions.recall_page() is None
    finally:
        library.close()


def test_a_library_that_cannot_be_written_keeps_nothing_and_says_so(
    library: Library,
    edition_source: Path,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    library.editions.import_bundle(build_edition(edition_source, tmp_path).path)
    assert library.editions.article(ARTICLE) is not None
    library.db.execute("PRAGMA query_only = ON")
    try:
        with caplog.at_level(logging.WARNING, logger=kept_page_module.__name__):
            library.editions.keep_page(ARTICLE)  # quitting goes on
    finally:
        library.db.execute("PRAGMA query_only = OFF")
    assert "could not keep the page on screen" in caplog.text
    assert library.db.execute("SELECT count(*) FROM kept_page").fetchone()[0] == 0


def test_the_renderer_is_named_by_its_versions_and_its_files(tmp_path: Path) -> None:
    rules = tmp_path / "render.py"
    rules.write_text("rules")
    (tmp_path / "markdown_linear.py").write_text("linear")
    named = render_module.renderer_named_by(tmp_path)
    assert named.startswith("edicola ") and "; Markdown " in named and "; nh3 " in named
    assert render_module.renderer_named_by(tmp_path) == named
    stat = rules.stat()
    os.utime(rules, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))  # rules replaced
    assert render_module.renderer_named_by(tmp_path) != named
    versions = render_module.renderer_named_by(tmp_path / "missing")  # not on a disk
    assert named.startswith(versions) and versions != named
    assert render_module.renderer_id() == render_module.renderer_named_by(
        Path(render_module.__file__).parent
    )
