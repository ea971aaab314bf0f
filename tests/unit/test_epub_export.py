"""Editions as EPUB 3: structure, metadata, navigation, notes, links, pages, determinism."""

from __future__ import annotations

import dataclasses
import re
import xml.etree.ElementTree as ET
import zipfile
from io import BytesIO
from pathlib import Path

import pytest

from edicola.core.bundle.edition_source import build_all, build_edition
from edicola.core.bundle.reader import read_manifest
from edicola.core.epub.content import EpubEdition, EpubPage
from edicola.core.epub.documents import PageMark
from edicola.core.epub.from_bundle import edition_from_bundle
from edicola.core.epub.from_library import UnknownEdition, edition_from_library
from edicola.core.epub.package import identifier
from edicola.core.epub.writer import build_epub, page_marks
from edicola.core.print.pages import manifest_pages
from edicola.paths import EDITIONS
from edicola.store.library import Library
from edicola.store.pages import PageStore
from tests.helpers.hostile_markdown import hostile_edition_source

NS = {
    "opf": "http://www.idpf.org/2007/opf",
    "dc": "http://purl.org/dc/elements/1.1/",
    "x": "http://www.w3.org/1999/xhtml",
    "ncx": "http://www.daisy.org/z3986/2005/ncx/",
}
EPUB_TYPE = "{http://www.idpf.org/2007/ops}type"


class Book:
    """An EPUB opened for inspection: its files, package and navigation parsed."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.zip = zipfile.ZipFile(BytesIO(data))
        self.opf = self.xml("EPUB/package.opf")
        self.nav = self.xml("EPUB/nav.xhtml")

    def text(self, name: str) -> str:
        return self.zip.read(name).decode("utf-8")

    def xml(self, name: str) -> ET.Element:
        return ET.fromstring(self.zip.read(name))

    def meta(self, prop: str) -> list[str]:
        found = self.opf.findall(f"opf:metadata/opf:meta[@property='{prop}']", NS)
        return [m.text or "" for m in found]

    def dc(self, name: str) -> str:
        return self.opf.findtext(f"opf:metadata/dc:{name}", "", NS)

    def spine(self) -> list[str]:
        hrefs = {i.get("id"): i.get("href") for i in self.opf.iterfind("opf:manifest/opf:item", NS)}
        return [str(hrefs[r.get("idref")]) for r in self.opf.iterfind("opf:spine/opf:itemref", NS)]

    def nav_list(self, kind: str) -> ET.Element:
        for nav in self.nav.iter(f"{{{NS['x']}}}nav"):
            if nav.get(EPUB_TYPE) == kind:
                return nav
        raise AssertionError(f"no {kind} nav")


@pytest.fixture(scope="module")
def samples(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    bundles = build_all(EDITIONS, tmp_path_factory.mktemp("bundles"))
    return {b.name.rsplit("-r", 1)[0]: b for b in bundles}


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The three-article test edition: a figure, a table, a footnote, a link between articles."""
    from edicola.testing.editions import make_edition_source

    folder = tmp_path_factory.mktemp("small")
    return build_edition(make_edition_source(folder / "src"), folder / "small.edicola").path


@pytest.fixture(scope="module")
def faro(samples: dict[str, Path]) -> Book:
    return Book(build_epub(edition_from_bundle(samples["il-faro-2026-11-24"])))


def test_zip_starts_with_an_uncompressed_mimetype(faro: Book) -> None:
    first = faro.zip.infolist()[0]
    assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
    assert faro.zip.read(first) == b"application/epub+zip" and first.extra == b""
    assert 'full-path="EPUB/package.opf"' in faro.text("META-INF/container.xml")


def test_metadata_names_the_edition(faro: Book, samples: dict[str, Path]) -> None:
    manifest = read_manifest(samples["il-faro-2026-11-24"])
    edition = manifest.edition
    assert faro.dc("title") == edition["title"]
    assert faro.dc("publisher") == "Il Faro"
    assert faro.dc("date") == "2026-11-24" and faro.dc("language") == "it"
    assert faro.meta("belongs-to-collection") == ["Il Faro"]
    assert faro.meta("group-position") == [str(edition["number"])]
    assert faro.meta("schema:version") == [str(manifest.revision)]
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", faro.meta("dcterms:modified")[0])
    assert faro.dc("identifier") == identifier("il-faro-2026-11-24")


def test_accessibility_metadata(faro: Book) -> None:
    assert faro.meta("schema:accessMode") == ["textual", "visual"]
    assert faro.meta("schema:accessModeSufficient") == ["textual"]
    features = faro.meta("schema:accessibilityFeature")
    for feature in ("tableOfContents", "structuralNavigation", "printPageNumbers"):
        assert feature in features
    summary = faro.meta("schema:accessibilitySummary")
    assert len(summary) == 1 and "Edicola" in summary[0]


def test_a_new_revision_is_the_same_book_newer(samples: dict[str, Path]) -> None:
    edition = edition_from_bundle(samples["riverside-courier-2026-11-25"])
    newer = Book(build_epub(dataclasses.replace(edition, revision=edition.revision + 1)))
    assert newer.dc("identifier") == identifier(edition.edition_id)
    assert newer.meta("schema:version") == [str(edition.revision + 1)]


def test_navigation_lists_sections_then_their_articles(
    faro: Book, samples: dict[str, Path]
) -> None:
    manifest = read_manifest(samples["il-faro-2026-11-24"])
    sections = [(sid, title) for sid, title in manifest.sections]
    by_section = {sid: [a.id for a in manifest.articles if a.section == sid] for sid, _ in sections}
    toc = faro.nav_list("toc").find("x:ol", NS)
    assert toc is not None
    entries = toc.findall("x:li", NS)
    expected = [(title, by_section[sid]) for sid, title in sections if by_section[sid]]
    assert [e.findtext("x:a", "", NS) for e in entries] == [title for title, _ in expected]
    for entry, (_, slugs) in zip(entries, expected, strict=True):
        hrefs = [a.get("href") for a in entry.findall("x:ol/x:li/x:a", NS)]
        assert hrefs == [f"text/a-{slug}.xhtml" for slug in slugs]
        assert entry.find("x:a", NS).get("href") == hrefs[0]  # type: ignore[union-attr]
    reading = [f"text/a-{slug}.xhtml" for _, slugs in expected for slug in slugs]
    assert faro.spine() == ["text/cover.xhtml", "text/front.xhtml", *reading]
    ncx = faro.xml("EPUB/toc.ncx")
    sources = [c.get("src") for c in ncx.iter(f"{{{NS['ncx']}}}content")]
    assert sorted(set(sources)) == sorted(reading)


def test_footnotes_are_epub_footnotes(small: Path) -> None:
    book = Book(build_epub(edition_from_bundle(small)))
    doc = book.xml("EPUB/text/a-ponte-nuovo.xhtml")
    refs = [a for a in doc.iter(f"{{{NS['x']}}}a") if a.get(EPUB_TYPE) == "noteref"]
    notes = [e for e in doc.iter(f"{{{NS['x']}}}aside") if e.get(EPUB_TYPE) == "footnote"]
    assert len(refs) == 1 and len(notes) == 1
    assert refs[0].get("href") == "#" + str(notes[0].get("id"))
    assert "Fonte: comune." in "".join(notes[0].itertext())


def test_links_between_articles_work_inside_the_book(small: Path, faro: Book) -> None:
    book = Book(build_epub(edition_from_bundle(small)))
    doc = book.xml("EPUB/text/a-mercato.xhtml")
    hrefs = [a.get("href") for a in doc.iter(f"{{{NS['x']}}}a")]
    assert hrefs == ["../text/a-ponte-nuovo.xhtml"]
    assert "EPUB/text/a-ponte-nuovo.xhtml" in book.zip.namelist()
    # A link to an article of another edition keeps its words and loses its target.
    text = faro.text("EPUB/text/a-tram-orari-tariffe.xhtml")
    assert "corse di prova notturne" in text and "tram-collaudo" not in text


def test_page_list_follows_the_printed_pages(faro: Book, samples: dict[str, Path]) -> None:
    pages = manifest_pages(read_manifest(samples["il-faro-2026-11-24"]).raw)
    links = faro.nav_list("page-list").findall("x:ol/x:li/x:a", NS)
    assert [a.text for a in links] == [page.label for page in pages]
    for number, (link, page) in enumerate(zip(links, pages, strict=True), start=1):
        doc, _, anchor = str(link.get("href")).partition("#")
        assert anchor == f"page-{number}"
        marker = faro.xml("EPUB/" + doc).find(f".//*[@id='{anchor}']")
        assert marker is not None and marker.get(EPUB_TYPE) == "pagebreak"
        assert marker.get("aria-label") == page.label
        slugs = {region.article for region in page.regions}
        assert doc.removeprefix("text/a-").removesuffix(".xhtml") in slugs


def test_page_marks_go_to_the_first_article_read_and_follow_blank_pages() -> None:
    edition = EpubEdition(
        "p-2026-01-01", "p", "P", "P", "2026-01-01", "en", None, 1, None, (), (), {},
        pages=(EpubPage("1", ("b", "a")), EpubPage("2", ()), EpubPage("3", ("c", "gone"))),
    )  # fmt: skip
    marks = page_marks(edition, ["a", "b", "c"])
    assert {slug: [m.label for m in found] for slug, found in marks.items()} == {
        "a": ["1", "2"],
        "c": ["3"],
    }
    blank = dataclasses.replace(edition, pages=(EpubPage("i", ()),))
    assert page_marks(blank, ["a"]) == {"": [PageMark(1, "i")]}  # on the front page


def test_same_edition_same_bytes_from_bundle_and_library(
    samples: dict[str, Path], tmp_path: Path
) -> None:
    bundle = samples["riverside-courier-2026-11-24"]
    first = build_epub(edition_from_bundle(bundle))
    assert build_epub(edition_from_bundle(bundle)) == first
    library = Library.open(tmp_path / "library")
    try:
        library.editions.import_bundle(bundle)
        pages = PageStore(library.db)
        from_library = edition_from_library(library.editions, pages, "riverside-courier-2026-11-24")
        assert build_epub(from_library) == first
        with pytest.raises(UnknownEdition, match="no edition 'nope' in the library"):
            edition_from_library(library.editions, pages, "nope")
    finally:
        library.close()


def test_nothing_remote_no_script_no_form(tmp_path: Path) -> None:
    source = hostile_edition_source(tmp_path / "src")
    bundle = build_edition(source, tmp_path / "hostile.edicola").path
    book = Book(build_epub(edition_from_bundle(bundle)))
    forbidden = {"script", "form", "input", "iframe", "object", "embed", "video", "audio", "link"}
    for name in book.zip.namelist():
        if name.endswith(".css"):
            assert not re.search(r"url\(\s*['\"]?(https?:|//)", book.text(name)), name
        if not name.endswith(".xhtml"):
            continue
        for element in book.xml(name).iter():
            tag = element.tag.rpartition("}")[2]
            assert tag not in forbidden or (tag == "link" and element.get("rel") == "stylesheet")
            for attribute, value in element.attrib.items():
                assert not attribute.startswith("on"), (name, attribute)
                if attribute in ("src", "data", "poster") or (
                    tag == "link" and attribute == "href"
                ):
                    assert not re.match(r"(https?:|//|[a-z]+:)", value), (name, value)
                if attribute == "href":
                    assert not value.lower().startswith(("javascript:", "edicola:", "data:"))
    # The WebP picture became a PNG (WebP is no EPUB 3.2 core media type).
    items = {i.get("href"): i.get("media-type") for i in book.opf.iterfind(".//opf:item", NS)}
    assert items["media/images/pic.webp.png"] == "image/png"
    assert book.zip.read("EPUB/media/images/pic.webp.png").startswith(b"\x89PNG")
    assert "image/webp" not in items.values()


def test_cover_and_fonts(faro: Book, small: Path) -> None:
    cover = faro.opf.find("opf:manifest/opf:item[@properties='cover-image']", NS)
    assert cover is not None and cover.get("href") == "media/cover.png"
    assert faro.spine()[0] == "text/cover.xhtml"
    assert "EPUB/fonts/SourceSerif4-Bold.ttf" in faro.zip.namelist()
    plain = Book(build_epub(edition_from_bundle(small), embed_font=False))
    assert not [n for n in plain.zip.namelist() if n.startswith("EPUB/fonts/")]
    assert "@font-face" not in plain.text("EPUB/style/edition.css")


def test_an_edition_without_cover_or_pages(small: Path) -> None:
    edition = dataclasses.replace(edition_from_bundle(small), cover=None)
    book = Book(build_epub(edition))
    assert book.spine()[0] == "text/front.xhtml"
    assert book.opf.find("opf:manifest/opf:item[@properties='cover-image']", NS) is None
    kinds = [nav.get(EPUB_TYPE) for nav in book.nav.iter(f"{{{NS['x']}}}nav")]
    assert kinds == ["toc", "landmarks"]
    assert "printPageNumbers" not in book.meta("schema:accessibilityFeature")
