"""An edition source folder made from the print PDF alone (``edicola from-pdf``).

A small paper makes one thing every day: the PDF it sends to the printer. From
it this module writes an ordinary edition source, which ``edicola build``
builds unchanged and a librarian may edit first: ``edition.json`` (sections
from the page heads), one Markdown file per article (headline, standfirst and
byline as front matter, the body in reading order), the pictures cut from the
pages with their captions, a cover drawn from the front page, the PDFs in
``pages/`` and the regions in ``pages/pages.json``. What could not be read for
sure comes back as notes. PDFium only runs in the jail
(``text_layer.read_text_layers``, ``PdfDocument.render``).
"""

from __future__ import annotations

import io
import json
import re
import shutil
import unicodedata
from dataclasses import dataclass, replace
from datetime import date as Date
from pathlib import Path
from typing import Any

from PIL import Image

from edicola.core.print.page_articles import Cutting, FoundArticle, Picture, cut_articles
from edicola.core.print.pdf import PdfDocument, raster_to_rgb
from edicola.core.print.pdf_types import PdfError, PdfLimits
from edicola.core.print.text_layer import read_text_layers
from edicola.core.print.text_types import PageText
from edicola.core.print.tokens import tokens

FRONT = {"it": "Prima pagina", "en": "Front page"}
DEFAULT_SECTION = {"it": "Notizie", "en": "News"}
PICTURE_DPI = 150
MAX_PICTURE_PX = 1400
COVER_WIDTH = 600
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,127}$")
_STOPWORDS = {
    "it": {"il", "la", "di", "che", "e", "per", "con", "del", "della", "un", "una", "non", "sono"},
    "en": {"the", "of", "and", "to", "in", "is", "that", "for", "with", "was", "on", "are"},
}


class FromPdfError(Exception):
    """Nothing was written; ``str()`` is one line naming the file or option and why."""


@dataclass(frozen=True)
class FromPdfResult:
    folder: Path
    articles: int
    sections: int
    pages: int
    pictures: int
    notes: tuple[str, ...]


@dataclass
class _Source:
    path: Path
    data: bytes
    name: str
    """Its name under ``pages/``."""
    first: int
    """The number (0-based, across every PDF) of its first page."""


def edition_from_pdfs(
    pdfs: list[Path],
    publication: str,
    date: str,
    output: Path,
    *,
    title: str | None = None,
    language: str | None = None,
    limits: PdfLimits | None = None,
) -> FromPdfResult:
    """Write the edition source for ``pdfs`` (in order) into ``output``; see the module."""
    _check_options(publication, date, output)
    limits = limits or PdfLimits()
    sources, pages = _read(pdfs, limits)
    if not any(page.lines for page in pages):
        where = "page 1" if len(pages) == 1 else f"pages 1 to {len(pages)}"
        raise FromPdfError(
            f"{pdfs[0]}: no text layer on {where} (a scan?); from-pdf needs the PDF the "
            "layout program exported"
        )
    labels = {page.label or str(page.index + 1): page.index for page in pages}
    cutting = cut_articles(pages, labels)
    if not cutting.articles:
        raise FromPdfError(f"{pdfs[0]}: no headline found on any page: no articles to write")
    existing = _publication_nearby(output, publication)
    language = language or str((existing or {}).get("language") or _language(cutting))
    pub_title = title or str((existing or {}).get("title") or cutting.masthead or publication)
    temporary = output.with_name(output.name + ".part")
    shutil.rmtree(temporary, ignore_errors=True)
    try:
        notes, pictures = _write(
            temporary, sources, pages, cutting, publication, pub_title, language, date, existing
        )
        if output.exists():
            output.rmdir()  # checked empty above
        temporary.rename(output)
    except BaseException:
        shutil.rmtree(temporary, ignore_errors=True)
        raise
    sections = {_section_of(a, cutting, language) for a in cutting.articles}
    return FromPdfResult(
        output,
        len(cutting.articles),
        len(sections),
        len(pages),
        pictures,
        tuple(cutting.notes + notes),
    )


def _check_options(publication: str, date: str, output: Path) -> None:
    if not _SLUG.match(publication):
        raise FromPdfError(
            f"--publication {publication!r}: use lowercase letters, digits and '-' (e.g. il-faro)"
        )
    try:
        Date.fromisoformat(date)
    except ValueError:
        raise FromPdfError(f"--date {date!r}: expected a date as YYYY-MM-DD") from None
    if output.exists() and (not output.is_dir() or any(output.iterdir())):
        raise FromPdfError(f"{output}: already exists and is not an empty folder")


def _read(pdfs: list[Path], limits: PdfLimits) -> tuple[list[_Source], list[PageText]]:
    sources: list[_Source] = []
    pages: list[PageText] = []
    for number, path in enumerate(pdfs, start=1):
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise FromPdfError(f"{path}: {exc.strerror or exc}") from None
        try:
            found = read_text_layers(data, path.name, limits)
        except PdfError as exc:
            raise FromPdfError(f"{path}: {exc}") from None
        name = _file_name(path.name)
        if len(pdfs) > 1:
            name = f"{number:02d}-{name}"  # the build takes pages/ in file-name order
        sources.append(_Source(path, data, name, len(pages)))
        pages += [replace(page, index=len(pages) + i) for i, page in enumerate(found)]
    if len(pages) > limits.max_pages:
        raise FromPdfError(f"{pdfs[0]}: {len(pages)} pages, more than {limits.max_pages}")
    return sources, pages


def _file_name(name: str) -> str:
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", Path(name).stem).strip("-._") or "paper"
    return f"{stem[:80]}.pdf"


def _publication_nearby(output: Path, publication: str) -> dict[str, Any] | None:
    """The publication.json next to the new folder, when it is this publication's."""
    path = output.parent / "publication.json"
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("id") == publication else None


def _language(cutting: Cutting) -> str:
    text = " ".join(p for a in cutting.articles for p in a.paragraphs)
    cjk = sum(1 for c in text if "\u3040" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af")
    if cjk > 0.3 * max(1, len(text.replace(" ", ""))):
        if any("\u3040" <= c <= "\u30ff" for c in text):
            return "ja"
        return "ko" if any("\uac00" <= c <= "\ud7af" for c in text) else "zh"
    words = tokens(text)
    counts = {code: sum(w in stop for w in words) for code, stop in _STOPWORDS.items()}
    return max(counts, key=lambda code: counts[code]) if any(counts.values()) else "en"


def _section_of(article: FoundArticle, cutting: Cutting, language: str) -> str:
    """The section an article's page belongs to: its page head's, else the pages before it."""
    if article.page == 0 and 0 not in cutting.sections:
        return FRONT.get(language, FRONT["en"])
    for page in range(article.page, 0, -1):
        if page in cutting.sections:
            return cutting.sections[page]
    return DEFAULT_SECTION.get(language, DEFAULT_SECTION["en"])


def slug(text: str, words: int = 6) -> str:
    """A file-name-safe id from a headline: its first words, ASCII, lowercase."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    parts = re.findall(r"[a-z0-9]+", ascii_text.lower())
    return "-".join(parts[:words])[:60].strip("-") or "article"


def _write(
    folder: Path,
    sources: list[_Source],
    pages: list[PageText],
    cutting: Cutting,
    publication: str,
    pub_title: str,
    language: str,
    date: str,
    existing: dict[str, Any] | None,
) -> tuple[list[str], int]:
    notes: list[str] = []
    for sub in ("articles", "images", "pages"):
        (folder / sub).mkdir(parents=True)
    sections: dict[str, str] = {}
    slugs: list[str] = []
    for article in cutting.articles:
        title = _section_of(article, cutting, language)
        sections.setdefault(title, _unique(slug(title, 4), set(sections.values())))
        slugs.append(_unique(slug(article.title), set(slugs)))
    renderers = {source.name: PdfDocument(source.data, source.name) for source in sources}
    try:
        pictures, cover = _write_articles(
            folder, sources, pages, cutting, renderers, sections, slugs, date, language, notes
        )
    finally:
        for renderer in renderers.values():
            renderer.close()
    for source in sources:
        (folder / "pages" / source.name).write_bytes(source.data)
    _pages_json(folder, pages, cutting.articles, slugs)
    if existing is None:
        meta = {
            "id": publication,
            "title": pub_title,
            "language": language,
            "homepage": f"https://{publication}.example/",
        }
        _json(folder / "publication.json", meta)
    edition: dict[str, Any] = {
        "date": date,
        "title": f"{pub_title} — {cutting.dateline or date}",
    }
    if cutting.number is not None:
        edition["number"] = cutting.number
    edition["revision"] = 1
    if cover:
        edition["cover"] = cover
    edition["sections"] = [{"id": sid, "title": t} for t, sid in sections.items()]
    _json(folder / "edition.json", edition)
    return notes, pictures


def _write_articles(
    folder: Path,
    sources: list[_Source],
    pages: list[PageText],
    cutting: Cutting,
    renderers: dict[str, PdfDocument],
    sections: dict[str, str],
    slugs: list[str],
    date: str,
    language: str,
    notes: list[str],
) -> tuple[int, str | None]:
    """The articles' Markdown, their pictures and the cover; (pictures, cover file)."""
    pictures = 0
    for number, (article, name) in enumerate(zip(cutting.articles, slugs, strict=True), start=1):
        images: list[tuple[str, str]] = []
        for count, picture in enumerate(article.pictures, start=1):
            stem = f"images/{number:02d}-{name}-{count}"
            saved = _cut_picture(picture, pages, sources, renderers, folder, stem, notes)
            if saved:
                images.append((saved, picture.caption))
                pictures += 1
        text = _markdown(article, sections[_section_of(article, cutting, language)], date, images)
        (folder / "articles" / f"{number:02d}-{name}.md").write_text(text, "utf-8")
    return pictures, _cover(pages, sources, renderers, folder, notes)


def _unique(base: str, taken: set[str]) -> str:
    candidate, count = base, 1
    while candidate in taken:
        count += 1
        candidate = f"{base[:56]}-{count}"
    return candidate


def _json(path: Path, data: dict[str, Any]) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", "utf-8")


def _locate(page_number: int, sources: list[_Source]) -> tuple[_Source, int]:
    source = max((s for s in sources if s.first <= page_number), key=lambda s: s.first)
    return source, page_number - source.first


def _render(
    page: PageText,
    sources: list[_Source],
    renderers: dict[str, PdfDocument],
    width_px: int,
    box: tuple[float, float, float, float] | None,
) -> Image.Image:
    source, index = _locate(page.index, sources)
    scale = width_px / page.width
    clip = None
    if box is not None:
        clip = (
            round(box[0] * scale),
            round(box[1] * scale),
            max(1, round((box[2] - box[0]) * scale)),
            max(1, round((box[3] - box[1]) * scale)),
        )
    raster = renderers[source.name].render(index, width_px, clip)
    return Image.frombytes("RGB", (raster.width, raster.height), raster_to_rgb(raster))


def _save(image: Image.Image, folder: Path, stem: str) -> str:
    """PNG or JPEG, whichever is smaller (drawings stay sharp, photos stay light)."""
    candidates = []
    for kind, suffix, options in (
        ("PNG", ".png", {"optimize": True}),
        ("JPEG", ".jpg", {"quality": 85}),
    ):
        buffer = io.BytesIO()
        image.save(buffer, kind, **options)
        candidates.append((len(buffer.getvalue()), suffix, buffer.getvalue()))
    _, suffix, data = min(candidates)
    (folder / f"{stem}{suffix}").write_bytes(data)
    return f"{stem}{suffix}"


def _cut_picture(
    picture: Picture,
    pages: list[PageText],
    sources: list[_Source],
    renderers: dict[str, PdfDocument],
    folder: Path,
    stem: str,
    notes: list[str],
) -> str | None:
    page = pages[picture.page]
    width_pt = picture.box[2] - picture.box[0]
    pixels = min(MAX_PICTURE_PX, round(width_pt * PICTURE_DPI / 72))
    page_px = max(1, round(page.width * pixels / width_pt))
    try:
        image = _render(page, sources, renderers, page_px, picture.box)
    except PdfError as exc:
        notes.append(f"page {page.index + 1}: a picture could not be cut out ({exc})")
        return None
    return _save(image, folder, stem)


def _cover(
    pages: list[PageText],
    sources: list[_Source],
    renderers: dict[str, PdfDocument],
    folder: Path,
    notes: list[str],
) -> str | None:
    try:
        image = _render(pages[0], sources, renderers, COVER_WIDTH, None)
    except PdfError as exc:
        notes.append(f"page 1 could not be drawn for the cover ({exc})")
        return None
    return _save(image, folder, "cover")


def _pages_json(
    folder: Path, pages: list[PageText], articles: list[FoundArticle], slugs: list[str]
) -> None:
    entries: list[dict[str, Any]] = []
    for page in pages:
        regions = [
            {
                "article": name,
                "rect": [
                    round(min(max(v, 0.0), limit), 2)
                    for v, limit in zip(box, (page.width, page.height) * 2, strict=True)
                ],
            }
            for article, name in zip(articles, slugs, strict=True)
            for number, box in article.regions
            if number == page.index
        ]
        entry: dict[str, Any] = {"label": page.label or str(page.index + 1)}
        if regions:
            entry["regions"] = regions
        entries.append(entry)
    # One page a line: a librarian reads and edits this file by hand.
    lines = ",\n".join("  " + json.dumps(entry, ensure_ascii=False) for entry in entries)
    (folder / "pages" / "pages.json").write_text('{"pages": [\n' + lines + "\n]}\n", "utf-8")


def _markdown(article: FoundArticle, section: str, date: str, images: list[tuple[str, str]]) -> str:
    meta = {
        "section": section,
        "title": _one_line(article.title),
        "standfirst": _one_line(article.standfirst),
        "authors": ", ".join(_one_line(a).replace(",", " ") for a in article.authors),
        "published": f"{date}T06:00:00+00:00",
    }
    head = "".join(f"{key}: {value}\n" for key, value in meta.items() if value)
    body = [_escape(p) for p in article.paragraphs]
    figures = [f"![{_escape(caption)}]({path})" for path, caption in images]
    body[1:1] = figures
    return f"---\n{head}---\n" + "\n\n".join(body) + "\n"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _escape(text: str) -> str:
    """Printed text as Markdown that reads back as the same words."""
    text = re.sub(r"([\\`*_\[\]|])", r"\\\1", _one_line(text))
    text = text.replace("<", "&lt;")
    text = re.sub(r"^(\d+)([.)])(\s)", r"\1\\\2\3", text)
    return re.sub(r"^([-+#>])", r"\\\1", text)
