"""The print replica: building pages into a bundle, validating, importing, the CLI, hostile PDFs."""

from __future__ import annotations

import hashlib
import json
import random
import shutil
import struct
import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner

from edicola.cli import cli
from edicola.core.bundle.edition_source import SourceError, build_edition
from edicola.core.bundle.format import BundleError
from edicola.core.bundle.manifest_check import check_manifest
from edicola.core.bundle.reader import read_manifest, validate_bundle
from edicola.core.print.pages import check_pdf, manifest_pages
from edicola.core.print.pdf import PdfDocument, PdfError, PdfLimits, RenderTimeout
from edicola.store.library import Library
from edicola.store.pages import PageStore

EDITIONS = Path(__file__).resolve().parents[2] / "editions"
SAMPLE = EDITIONS / "il-faro" / "2026-11-24"
SAMPLE_ID = "il-faro-2026-11-24"
SAMPLE_PDF = SAMPLE / "pages" / f"{SAMPLE_ID}.pdf"


@pytest.fixture
def source(tmp_path: Path) -> Path:
    """A copy of a sample edition (with its replica) that a test may change."""
    root = tmp_path / "src" / "il-faro"
    shutil.copytree(SAMPLE, root / "2026-11-24")
    shutil.copy(EDITIONS / "il-faro" / "publication.json", root / "publication.json")
    return root / "2026-11-24"


def _build(source: Path, tmp_path: Path) -> Path:
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    return build_edition(source, out).path


def test_build_takes_regions_from_link_annotations(source: Path, tmp_path: Path) -> None:
    manifest = read_manifest(_build(source, tmp_path))
    pages = manifest_pages(manifest.raw)
    assert [p.label for p in pages] == ["1", "2", "3", "4"]
    assert (pages[0].width, pages[0].height) == (842.0, 1191.0)
    regions = [r.article for p in pages for r in p.regions]
    assert sorted(regions) == sorted(a.id for a in manifest.articles)
    assert pages[0].regions[0].article == "tram-orari-tariffe"
    x0, y0, x1, y1 = pages[0].regions[0].rect
    assert 0 <= x0 < x1 <= 842 and 100 < y0 < y1 <= 1191


def test_pages_json_wins_over_annotations(source: Path, tmp_path: Path) -> None:
    layout = {
        "pages": [
            {"label": "I", "regions": [{"article": "caro-affitti", "rect": [10, 20, 300, 400]}]},
            {"label": "II"},
            {"regions": []},
            {},
        ]
    }
    (source / "pages" / "pages.json").write_text(json.dumps(layout), "utf-8")
    pages = manifest_pages(read_manifest(_build(source, tmp_path)).raw)
    assert [p.label for p in pages] == ["I", "II", "3", "4"]
    assert [(r.article, r.rect) for r in pages[0].regions] == [
        ("caro-affitti", (10.0, 20.0, 300.0, 400.0))
    ]
    assert all(not p.regions for p in pages[1:])


@pytest.mark.parametrize(
    ("region", "message"),
    [
        ({"article": "meteo", "rect": [0, 0, 10, 10]}, "'meteo' is not an article of this edition"),
        ({"article": "il-faro-2026-11-23/x", "rect": [0, 0, 10, 10]}, "another edition"),
        ({"article": "caro-affitti", "rect": [0, 0, 9000, 10]}, "outside the 842×1191 page"),
        ({"article": "caro-affitti", "rect": [5, 5, 1, 1]}, "x0 < x1"),
        ({"article": "caro-affitti"}, "expected {"),
    ],
)
def test_pages_json_mistakes_name_the_file(
    source: Path, tmp_path: Path, region: dict[str, object], message: str
) -> None:
    layout = {"pages": [{"regions": [region]}, {}, {}, {}]}
    (source / "pages" / "pages.json").write_text(json.dumps(layout), "utf-8")
    with pytest.raises(SourceError) as caught:
        _build(source, tmp_path)
    assert "pages.json: pages[0].regions[0]" in str(caught.value)
    assert message in str(caught.value)


def test_pages_json_must_match_the_page_count(source: Path, tmp_path: Path) -> None:
    (source / "pages" / "pages.json").write_text('{"pages": [{}]}', "utf-8")
    with pytest.raises(SourceError, match="describes 1 pages but the PDFs have 4"):
        _build(source, tmp_path)


def test_one_pdf_per_page_in_file_name_order(source: Path, tmp_path: Path) -> None:
    (source / "pages" / f"{SAMPLE_ID}.pdf").unlink()
    (source / "pages" / "02-back.pdf").write_bytes(_pdf([(300, 400, "Back page")]))
    (source / "pages" / "01-front.pdf").write_bytes(_pdf([(500, 700, "Front page")]))
    pages = manifest_pages(read_manifest(_build(source, tmp_path)).raw)
    assert [(p.file, p.index, p.width) for p in pages] == [
        ("pages/01-front.pdf", 0, 500.0),
        ("pages/02-back.pdf", 0, 300.0),
    ]


def test_a_bad_pdf_in_the_source_is_reported(source: Path, tmp_path: Path) -> None:
    (source / "pages" / "zz.pdf").write_bytes(b"%PDF-1.4 nothing here")
    with pytest.raises(SourceError, match=r"zz\.pdf: not a readable PDF"):
        _build(source, tmp_path)


def test_edition_without_pages_has_no_pages_field(source: Path, tmp_path: Path) -> None:
    shutil.rmtree(source / "pages")
    bundle = _build(source, tmp_path)
    assert "pages" not in read_manifest(bundle).raw
    library = ["--library", str(tmp_path / "lib")]
    runner = CliRunner()
    assert runner.invoke(cli, [*library, "import", str(bundle)]).exit_code == 0
    listed = runner.invoke(cli, [*library, "pages", SAMPLE_ID, "--json"])
    assert (listed.exit_code, listed.output.strip()) == (0, "[]")
    out = str(tmp_path / "x.png")
    drawn = runner.invoke(cli, [*library, "pages", SAMPLE_ID, "--render", "1", "-o", out])
    assert drawn.exit_code == 1 and f"{SAMPLE_ID} has no printed pages" in drawn.output
    unknown = runner.invoke(cli, [*library, "pages", "nope-2026-01-01"])
    assert unknown.exit_code == 1 and "no edition 'nope-2026-01-01'" in unknown.output


def _manifest_with(pages: list[dict[str, object]]) -> dict[str, object]:
    return {
        "format": "edicola-bundle",
        "format_version": 1,
        "publication": {"id": "p", "title": "P", "language": "en"},
        "edition": {"id": "p-2026-01-01", "date": "2026-01-01", "title": "P", "revision": 1},
        "sections": [{"id": "s", "title": "S"}],
        "articles": [
            {
                "id": "a",
                "section": "s",
                "title": "A",
                "published": "2026-01-01T00:00:00+00:00",
                "url": "https://p.example/a",
                "file": "articles/a.md",
                "word_count": 1,
            }
        ],
        "files": {
            "articles/a.md": {"sha256": "0" * 64, "size": 1},
            "pages/p.pdf": {"sha256": "0" * 64, "size": 1},
        },
        "pages": pages,
    }


def test_validate_checks_regions_and_page_sizes() -> None:
    good = {"file": "pages/p.pdf", "label": "1", "width": 600, "height": 800}
    assert check_manifest(_manifest_with([good])) == []
    problems = check_manifest(
        _manifest_with(
            [
                {**good, "regions": [{"article": "zz", "rect": [0, 0, 10, 10]}]},
                {**good, "index": 1, "width": 5},
                {**good, "index": 2, "file": "pages/missing.pdf"},
                good,
            ]
        )
    )
    assert [str(p) for p in problems] == [
        "manifest.json: pages[0].regions[0].article: 'zz' is not an article of this edition",
        "manifest.json: pages[1].width: 5 points is not a sane page width (72 to 14400)",
        "manifest.json: pages[2].file: 'pages/missing.pdf' is not in files",
        "manifest.json: pages[3]: page 0 of 'pages/p.pdf' is listed twice",
    ]


def test_import_lists_renders_and_removes_pages(source: Path, tmp_path: Path) -> None:
    bundle = _build(source, tmp_path)
    assert validate_bundle(bundle) == []
    library_dir = tmp_path / "lib"
    runner = CliRunner()
    result = runner.invoke(cli, ["--library", str(library_dir), "import", str(bundle)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(cli, ["--library", str(library_dir), "pages", SAMPLE_ID, "--json"])
    assert result.exit_code == 0, result.output
    listed = json.loads(result.output)
    assert [p["number"] for p in listed] == [1, 2, 3, 4]
    assert listed[0]["regions"][0]["article"] == f"{SAMPLE_ID}/tram-orari-tariffe"
    assert set(listed[0]) == {"number", "label", "width", "height", "regions"}
    png = tmp_path / "p2.png"
    args = ["--library", str(library_dir), "pages", SAMPLE_ID, "--render", "2"]
    result = runner.invoke(cli, [*args, "-o", str(png), "--width", "300"])
    assert result.exit_code == 0, result.output
    data = png.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert struct.unpack(">II", data[16:24]) == (300, 424)
    result = runner.invoke(cli, [*args[:-1], "9", "-o", str(png)])
    assert result.exit_code == 1 and "page 9 does not exist (1 to 4)" in result.output
    library = Library.open(library_dir)
    try:
        store = PageStore(library.db)
        assert store.page_of_article(f"{SAMPLE_ID}/caro-affitti") is not None
        assert library.editions.delete_edition(SAMPLE_ID)
        assert store.pages(SAMPLE_ID) == []
        for table in ("page_files", "pages", "page_regions"):
            assert library.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    finally:
        library.close()


def test_import_refuses_a_pdf_whose_size_lies(source: Path, tmp_path: Path) -> None:
    """A replica PDF whose pages differ from the manifest rolls the whole import back."""
    (source / "pages" / f"{SAMPLE_ID}.pdf").unlink()
    (source / "pages" / "p.pdf").write_bytes(_pdf([(500, 700, "x")]))
    bundle = _build(source, tmp_path)
    _rewrite_manifest(bundle, lambda m: m["pages"][0].update(width=400))
    problems = validate_bundle(bundle)
    assert [str(p) for p in problems] == [
        "pages/p.pdf: page 1 is 500×700 points, the manifest says 400×700"
    ]
    library = Library.open(tmp_path / "lib")
    try:
        with pytest.raises(BundleError, match="manifest says 400×700"):
            library.editions.import_bundle(bundle)
        assert library.editions.edition(SAMPLE_ID) is None
        assert library.db.execute("SELECT count(*) FROM page_files").fetchone()[0] == 0
    finally:
        library.close()


# -- hostile PDFs ---------------------------------------------------------------


def test_a_bundle_with_an_encrypted_pdf_is_refused_whole(source: Path, tmp_path: Path) -> None:
    (source / "pages" / f"{SAMPLE_ID}.pdf").unlink()
    (source / "pages" / "p.pdf").write_bytes(_pdf([(300, 300, "x")]))
    bundle = _build(source, tmp_path)
    hostile = _encrypted_pdf(user_password_ok=True)

    def swap(manifest: dict[str, object]) -> None:
        files = manifest["files"]
        assert isinstance(files, dict)
        files["pages/p.pdf"] = {"sha256": hashlib.sha256(hostile).hexdigest(), "size": len(hostile)}

    _rewrite_manifest(bundle, swap, {"pages/p.pdf": hostile})
    assert [str(p) for p in validate_bundle(bundle)] == ["pages/p.pdf: encrypted PDFs are refused"]
    library = Library.open(tmp_path / "lib")
    try:
        with pytest.raises(BundleError, match="encrypted PDFs are refused"):
            library.editions.import_bundle(bundle)
        assert library.editions.edition(SAMPLE_ID) is None
        assert library.db.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
    finally:
        library.close()


def test_encrypted_pdfs_are_refused() -> None:
    with pytest.raises(PdfError, match="encrypted PDFs are refused"):
        PdfDocument(_encrypted_pdf(user_password_ok=True), "e.pdf")
    with pytest.raises(PdfError, match="encrypted PDFs are refused"):
        PdfDocument(_encrypted_pdf(user_password_ok=False), "e.pdf")


def test_limits_on_pages_bytes_and_sizes() -> None:
    data = SAMPLE_PDF.read_bytes()
    with pytest.raises(PdfError, match="4 pages, more than the limit of 2"):
        PdfDocument(data, "x", PdfLimits(max_pages=2))
    with pytest.raises(PdfError, match="MiB per page"):
        PdfDocument(data, "x", PdfLimits(max_bytes_per_page=1000))
    small = PdfLimits(min_side=900)
    with PdfDocument(data, "x", small) as document, pytest.raises(PdfError, match="between 900"):
        document.page_size(0)
    tiny = PdfLimits(max_render_pixels=100)
    with PdfDocument(data, "y", tiny) as document, pytest.raises(PdfError, match="render limit"):
        document.render(0, 200)


def test_a_render_past_its_budget_is_abandoned() -> None:
    with PdfDocument(SAMPLE_PDF.read_bytes(), "x") as document:
        with pytest.raises(RenderTimeout):
            document.render(0, 1440, budget=0)
        raster = document.render(0, 400, clip=(100, 100, 64, 32))
        assert (raster.width, raster.height) == (64, 32)


def test_find_text_gives_one_box_per_hit_line() -> None:
    with PdfDocument(SAMPLE_PDF.read_bytes(), "x") as document:
        boxes = document.find_text(0, "consiglio comunale")
    assert boxes
    x0, y0, x1, y1 = boxes[0]
    assert x0 < x1 and y0 < y1 < 1191


def test_fuzzed_pdfs_never_take_the_reader_down() -> None:
    """Mutated PDFs fail with PdfError or render; PDFium never brings the process down."""
    original = _pdf([(400, 500, "Fuzz me " * 20)])
    rng = random.Random(14)
    outcomes = {"refused": 0, "rendered": 0}
    for _ in range(60):
        data = bytearray(original)
        for _ in range(rng.randint(1, 12)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        if rng.random() < 0.2:
            data = data[: rng.randrange(len(data))]
        problems = check_pdf("f.pdf", bytes(data), [], PdfLimits())
        if problems:
            outcomes["refused"] += 1
            continue
        try:
            with PdfDocument(bytes(data), "f.pdf") as document:
                document.render(0, 120, budget=1.0)
                document.find_text(0, "fuzz")
            outcomes["rendered"] += 1
        except PdfError:
            outcomes["refused"] += 1
    assert outcomes["refused"] + outcomes["rendered"] == 60


# -- small PDFs made by hand ---------------------------------------------------


def _rewrite_manifest(
    bundle: Path, change: object, members: dict[str, bytes] | None = None
) -> None:
    import zipfile

    with zipfile.ZipFile(bundle) as archive:
        entries = {name: archive.read(name) for name in archive.namelist()}
    entries.update(members or {})
    manifest = json.loads(entries["manifest.json"])
    change(manifest)  # type: ignore[operator]
    entries["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(bundle, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)


def _assemble(objects: list[bytes], trailer: bytes = b"") -> bytes:
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R %s >>\n" % (len(objects) + 1, trailer)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def _pdf(pages: list[tuple[int, int, str]]) -> bytes:
    """A PDF with one Helvetica text line a page."""
    count = len(pages)
    kids = b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(count))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for i, (width, height, text) in enumerate(pages):
        content = b"BT /F1 12 Tf 20 %d Td (%s) Tj ET" % (height - 40, text.encode("latin-1"))
        stream = zlib.compress(content)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
            b"/Resources << /Font << /F1 3 0 R >> >> >>" % (width, height, 5 + 2 * i)
        )
        objects.append(
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream)
            + stream
            + b"\nendstream"
        )
    return _assemble(objects)


_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def _rc4(key: bytes, data: bytes) -> bytes:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    i = j = 0
    out = bytearray()
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def _encrypted_pdf(*, user_password_ok: bool) -> bytes:
    """A page with no content under the Standard security handler (revision 2, RC4-40).

    With ``user_password_ok`` the empty user password opens it (PDFium can
    read it: refused for being encrypted); otherwise it needs a password.
    """
    file_id = b"0123456789abcdef"
    owner = _rc4(hashlib.md5(_PAD).digest()[:5], _PAD)
    permissions = -4
    key = hashlib.md5(_PAD + owner + struct.pack("<i", permissions) + file_id).digest()[:5]
    user = _rc4(key, _PAD) if user_password_ok else bytes(32)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 300] >>",
        b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >>"
        % (owner.hex().encode(), user.hex().encode(), permissions),
    ]
    return _assemble(objects, b"/Encrypt 4 0 R /ID [<%s> <%s>]" % ((file_id.hex().encode(),) * 2))
