"""Regions found from the print PDF's text: placement on generated papers, build and check.

The papers (``edicola.testing.papers``) are what a layout program exports: no
link annotations, no ``pages.json``, adverts, pictures, briefs, a jump from the
front page and an article that is not in print.
"""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from click.testing import CliRunner

from edicola.cli import cli
from edicola.core.bundle.check import check_edition
from edicola.core.bundle.edition_source import collect_edition
from edicola.core.bundle.edition_text import load_source
from edicola.paths import EDITIONS
from edicola.testing.paper_pdf import PaperWriter
from edicola.testing.paper_score import score_placement
from edicola.testing.paper_set import picture_image
from edicola.testing.papers import make_paper


@pytest.fixture(scope="module")
def papers(qapp: object, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One Italian and one English paper, made once for the module."""
    root = tmp_path_factory.mktemp("papers")
    return {
        language: (root / language, make_paper(root / language, seed=seed, language=language))
        for language, seed in (("it", 7), ("en", 12))
    }


def _regions(manifest: dict[str, Any]) -> list[tuple[int, str, tuple[float, ...]]]:
    return [
        (number, region["article"], tuple(region["rect"]))
        for number, page in enumerate(manifest.get("pages", []))
        for region in page["regions"]
    ]


@pytest.mark.parametrize("language", ["it", "en"])
def test_every_printed_article_is_placed_and_nothing_else(
    papers: dict[str, Any], language: str
) -> None:
    folder, truth = papers[language]
    notes: list[str] = []
    manifest, _ = collect_edition(folder / "source", notes)
    score = score_placement(truth, _regions(manifest))
    assert truth["adverts"], "the paper has adverts"
    assert (score.found, score.missed, score.stray) == (score.blocks, [], [])
    placed = {article for _, article, _ in _regions(manifest)}
    assert "web-only" not in placed
    printed = [k for k, v in truth["articles"].items() if v["printed"]]
    assert notes == [
        f"regions: {len(printed)} of {len(truth['articles'])} articles found on 4 pages; "
        "not in print: web-only"
    ]


def test_the_jump_gives_its_article_a_region_on_both_pages(papers: dict[str, Any]) -> None:
    folder, truth = papers["it"]
    jumped = [k for k, v in truth["articles"].items() if len(v["regions"]) == 2]
    assert len(jumped) == 1
    manifest, _ = collect_edition(folder / "source")
    pages = sorted(page for page, article, _ in _regions(manifest) if article == jumped[0])
    assert pages == [0, 2]


def test_build_reports_the_regions_and_check_warns_about_the_article_not_in_print(
    papers: dict[str, Any], tmp_path: Path
) -> None:
    folder, _ = papers["en"]
    result = CliRunner().invoke(
        cli, ["build", str(folder / "source"), "-o", f"{tmp_path}/"], catch_exceptions=False
    )
    assert result.exit_code == 0
    assert "articles found on 4 pages; not in print: web-only" in result.stdout
    findings = check_edition(load_source(folder / "source"))
    unplaced = [f for f in findings if f.id == "article-not-in-print"]
    assert [f.location.rsplit("/", 1)[-1].split("-", 1)[1] for f in unplaced] == ["web-only.md"]


def test_pages_json_still_wins(papers: dict[str, Any], tmp_path: Path) -> None:
    folder, _ = papers["it"]
    source = tmp_path / "source"
    shutil.copytree(folder / "source", source)
    layout = {"pages": [{"regions": [{"article": "s1", "rect": [40, 140, 400, 600]}]}, {}, {}, {}]}
    (source / "pages" / "pages.json").write_text(json.dumps(layout), "utf-8")
    notes: list[str] = []
    manifest, _ = collect_edition(source, notes)
    assert _regions(manifest) == [(0, "s1", (40.0, 140.0, 400.0, 600.0))]
    assert notes == []
    assert not [f for f in check_edition(load_source(source)) if f.id == "article-not-in-print"]


def test_link_annotations_still_win() -> None:
    sample = EDITIONS / "il-faro" / "2026-11-24"
    notes: list[str] = []
    manifest, _ = collect_edition(sample, notes)
    assert notes == []
    assert _regions(manifest)[0][:2] == (0, "tram-orari-tariffe")


def _scan_page() -> bytes:
    """A page that is only a picture, as a scanner makes it."""
    writer = PaperWriter("scan", (842.0, 1191.0))
    writer.picture(picture_image(3, 600, 850), (0.0, 0.0, 842.0, 1191.0))
    return writer.finish()


def test_a_page_without_a_text_layer_is_one_line(papers: dict[str, Any], tmp_path: Path) -> None:
    folder, _ = papers["it"]
    source = tmp_path / "source"
    shutil.copytree(folder / "source", source)
    pdf = next((source / "pages").glob("*.pdf"))
    document = pdfium.PdfDocument(pdf.read_bytes())
    document.import_pages(pdfium.PdfDocument(_scan_page()))
    buffer = io.BytesIO()
    document.save(buffer)
    pdf.write_bytes(buffer.getvalue())
    notes: list[str] = []
    manifest, _ = collect_edition(source, notes)
    assert notes[1:] == ["no text layer on page 5"]
    assert len(manifest["pages"]) == 5 and manifest["pages"][4]["regions"] == []
