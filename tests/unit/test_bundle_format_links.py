"""docs/bundle-format.md and ``edicola build`` agree on links between articles (issue 27):
the form the format documents is the one build accepts and the reader opens."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from edicola.cli import cli
from edicola.store.library import Library
from edicola.testing.editions import ARTICLES, make_edition_source

DOC = Path(__file__).resolve().parents[2] / "docs" / "bundle-format.md"
_EXAMPLE = re.compile(r"\]\(edicola:article/([^)\s]+)\)")


def _build(source: Path, out: Path) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["build", str(source), "-o", str(out)])
    return result.exit_code, result.stderr


def _with_link(folder: Path, href: str) -> Path:
    articles = dict(ARTICLES)
    section, title, standfirst, body = articles["02-mercato.md"]
    articles["02-mercato.md"] = (section, title, standfirst, body + f"\n[Il ponte]({href})\n")
    return make_edition_source(folder, articles=articles)


def test_the_documented_link_form_is_the_library_wide_article_id() -> None:
    examples = _EXAMPLE.findall(DOC.read_text("utf-8"))
    assert examples, "bundle-format.md shows no example of a link between articles"
    for target in examples:
        edition_id, _, article_id = target.partition("/")
        assert re.fullmatch(r"[a-z0-9-]+-\d{4}-\d\d-\d\d", edition_id), target
        assert re.fullmatch(r"[a-z0-9-]+", article_id), target


def test_build_accepts_the_documented_form_and_the_reader_finds_its_target(
    tmp_path: Path,
) -> None:
    # articles/01-ponte-nuovo.md of gazzetta-2026-05-04 is "gazzetta-2026-05-04/ponte-nuovo".
    good = _with_link(tmp_path / "good", "edicola:article/gazzetta-2026-05-04/ponte-nuovo")
    code, err = _build(good, tmp_path / "good.edicola")
    assert code == 0 and "link" not in err, err
    library = Library.open(tmp_path / "lib")
    try:
        library.editions.import_bundle(tmp_path / "good.edicola")
        assert library.editions.article("gazzetta-2026-05-04/ponte-nuovo") is not None
    finally:
        library.close()


def test_build_warns_about_another_form(tmp_path: Path) -> None:
    bare = _with_link(tmp_path / "bare", "edicola:article/ponte-nuovo")
    code, err = _build(bare, tmp_path / "bare.edicola")
    assert code == 0
    assert "should be edicola:article/EDITION-ID/ARTICLE" in err
    missing = _with_link(tmp_path / "missing", "edicola:article/gazzetta-2026-05-04/nessuno")
    code, err = _build(missing, tmp_path / "missing.edicola")
    assert code == 0 and "points at no article of gazzetta-2026-05-04" in err
