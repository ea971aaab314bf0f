"""``edicola from-pdf``: an edition source from a generated paper's PDF alone.

Measured against the paper's ground truth: headlines, bylines, body words in
order, the jump joined, pictures with captions, sections from the page heads,
adverts and the article not in print left out; then the folder builds as it is.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from edicola.cli import cli
from edicola.core.bundle.edition_source import build_edition, parse_front_matter
from edicola.core.bundle.reader import open_bundle
from edicola.core.print.from_pdf import FromPdfError, edition_from_pdfs
from edicola.core.print.tokens import markdown_text, tokens
from edicola.testing.paper_pdf import PaperWriter
from edicola.testing.paper_score import score_text
from edicola.testing.paper_set import picture_image
from edicola.testing.papers import make_paper


class _Read:
    def __init__(self, meta: dict[str, str], body: str) -> None:
        self.meta, self.body = meta, body
        self.title, self.paragraphs, self.pictures = (
            meta.get("title", ""),
            [markdown_text(body)],
            [],
        )


def _articles(folder: Path) -> list[_Read]:
    found = []
    for path in sorted((folder / "articles").glob("*.md")):
        meta, body, problems = parse_front_matter(path.read_text("utf-8"), str(path))
        assert problems == []
        found.append(_Read(meta, body))
    return found


@pytest.fixture(scope="module")
def made(qapp: object, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """A generated Italian paper turned into an edition source by from-pdf, once."""
    root = tmp_path_factory.mktemp("from-pdf")
    truth = make_paper(root / "paper", seed=21, language="it")
    pdf = next((root / "paper" / "source" / "pages").glob("*.pdf"))
    result = CliRunner().invoke(
        cli,
        [
            "from-pdf",
            str(pdf),
            "--publication",
            "gazzetta",
            "--date",
            "2026-11-26",
            "-o",
            str(root / "out"),
        ],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    printed = sum(v["printed"] for v in truth["articles"].values())
    assert result.stdout.startswith(f"wrote {root / 'out'}: {printed} articles in 4 sections")
    return root / "out", truth


def test_headlines_and_body_words_are_read_as_printed(made: tuple[Path, dict[str, Any]]) -> None:
    folder, truth = made
    score = score_text(truth, _articles(folder))
    assert score.exact_headlines == score.articles
    assert score.precision >= 0.98 and score.recall >= 0.95
    assert score.order >= 0.95


def test_the_jump_is_one_article_and_its_lines_are_gone(made: tuple[Path, dict[str, Any]]) -> None:
    folder, truth = made
    jumped = next(v for v in truth["articles"].values() if len(v["regions"]) == 2)
    article = next(a for a in _articles(folder) if a.title == jumped["title"])
    # Both pages' words, the picture's caption (placed after the first paragraph) too.
    assert sorted(tokens(article.paragraphs[0])) == sorted(
        tokens(jumped["body"] + " " + jumped["caption"])
    )
    for other in _articles(folder):
        assert "pagina 3" not in other.body and "SEGUE DA" not in other.body
    regions = json.loads((folder / "pages" / "pages.json").read_text("utf-8"))["pages"]
    slug = _slug_of(folder, article)
    with_it = [
        n for n, page in enumerate(regions) for r in page.get("regions", []) if r["article"] == slug
    ]
    assert with_it == [0, 2]


def _slug_of(folder: Path, article: _Read) -> str:
    for path in (folder / "articles").glob("*.md"):
        if f"title: {article.title}\n" in path.read_text("utf-8"):
            return path.stem.split("-", 1)[1]
    raise AssertionError(article.title)


def test_adverts_and_the_article_not_in_print_are_left_out(
    made: tuple[Path, dict[str, Any]],
) -> None:
    folder, truth = made
    titles = {a.title for a in _articles(folder)}
    assert truth["articles"]["web-only"]["title"] not in titles
    text = " ".join(a.body for a in _articles(folder))
    assert truth["adverts"] and "tel. 040" not in text and "€" not in text


def test_bylines_pictures_and_sections(made: tuple[Path, dict[str, Any]]) -> None:
    folder, truth = made
    by_title = {v["title"]: v for v in truth["articles"].values()}
    for article in _articles(folder):
        expected = by_title[article.title]
        assert article.meta.get("authors", "") == ", ".join(expected["authors"])
        assert article.meta.get("standfirst", "") == expected["standfirst"]
        if expected["caption"]:
            assert f"![{expected['caption']}](images/" in article.body
    edition = json.loads((folder / "edition.json").read_text("utf-8"))
    page_heads = {p["section"] for p in truth["pages"] if p["section"]}
    assert {s["title"] for s in edition["sections"]} == {"Prima pagina", *page_heads}
    assert (folder / edition["cover"]).is_file()


def test_the_folder_builds_unchanged_with_its_regions(
    made: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    folder, truth = made
    notes: list[str] = []
    built = build_edition(folder, tmp_path, notes)
    assert notes == []  # pages.json gives the regions
    with open_bundle(built.path) as reader:
        pages = reader.manifest.raw["pages"]
    printed = {k for k, v in truth["articles"].items() if v["printed"]}
    assert len(pages) == 4
    assert len({r["article"] for p in pages for r in p["regions"]}) == len(printed)


def _scan(path: Path) -> Path:
    writer = PaperWriter("scan", (595.0, 842.0))
    writer.picture(picture_image(5, 400, 560), (0.0, 0.0, 595.0, 842.0))
    path.write_bytes(writer.finish())
    return path


def test_bad_input_is_one_line_and_writes_nothing(qapp: object, tmp_path: Path) -> None:
    out = tmp_path / "out"
    cases = [
        ([_scan(tmp_path / "scan.pdf")], "gazzetta", "2026-11-26", "no text layer on page 1"),
        ([tmp_path / "scan.pdf"], "Gazzetta!", "2026-11-26", "--publication 'Gazzetta!'"),
        ([tmp_path / "scan.pdf"], "gazzetta", "26/11/2026", "--date '26/11/2026'"),
    ]
    (tmp_path / "notes.pdf").write_text("not a PDF at all", "utf-8")
    cases.append(([tmp_path / "notes.pdf"], "gazzetta", "2026-11-26", "not a PDF"))
    for pdfs, publication, date, expected in cases:
        with pytest.raises(FromPdfError) as error:
            edition_from_pdfs(pdfs, publication, date, out)
        assert expected in str(error.value) and "\n" not in str(error.value)
        assert not out.exists() and not (tmp_path / "out.part").exists()
    (out / "articles").mkdir(parents=True)
    with pytest.raises(FromPdfError, match="already exists and is not an empty folder"):
        edition_from_pdfs([tmp_path / "scan.pdf"], "gazzetta", "2026-11-26", out)


def cjk_pdf(lines: list[tuple[float, float, float, str]]) -> bytes:
    """A PDF whose text is Japanese, in a CID font PDFium knows by name (no font file)."""
    ops = [
        f"BT /F1 {size} Tf {x} {842 - y} Td <{text.encode('utf-16-be').hex()}> Tj ET"
        for x, y, size, text in lines
    ]
    content = "\n".join(ops).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]"
        b" /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /HeiseiMin-W3 /Encoding /UniJIS-UCS2-H"
        b" /DescendantFonts [6 0 R] >>",
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /HeiseiMin-W3 /CIDSystemInfo"
        b" << /Registry (Adobe) /Ordering (Japan1) /Supplement 2 >> /FontDescriptor 7 0 R"
        b" /DW 1000 >>",
        b"<< /Type /FontDescriptor /FontName /HeiseiMin-W3 /Flags 6 /FontBBox [0 -141 1000 859]"
        b" /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 700 /StemV 80 >>",
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def test_cjk_text_is_read_without_spaces(tmp_path: Path) -> None:
    body = (
        "市の中央図書館は昨日新しい建物で開館した。"
        "多くの市民が朝から列を作り、子ども向けの部屋を見学した。"
    )
    lines = [(40.0, 80.0, 24.0, "港の新しい図書館が開館")]
    lines += [(40.0, 120.0 + 14 * n, 10.0, body[n * 30 : n * 30 + 30]) for n in range(3)]
    pdf = tmp_path / "kanko.pdf"
    pdf.write_bytes(cjk_pdf(lines))
    result = edition_from_pdfs([pdf], "kanko", "2026-01-01", tmp_path / "out")
    assert result.notes == ()
    (article,) = _articles(tmp_path / "out")
    assert article.title == "港の新しい図書館が開館"
    assert article.body.strip() == body
    assert (
        json.loads((tmp_path / "out" / "publication.json").read_text("utf-8"))["language"] == "ja"
    )
