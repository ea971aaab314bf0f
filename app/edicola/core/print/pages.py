"""The print replica: an edition's printed pages and the article regions on them.

An edition source may hold a ``pages/`` folder (one PDF per page or one PDF
with every page, in file-name order). Regions — where each article sits on a
page — come from ``pages/pages.json`` when present, else from the PDFs' own
link annotations pointing at ``edicola:article/<edition id>/<article id>``.
The manifest's optional ``pages`` array describes the result; this module
builds it from a source, checks it in a manifest and checks the PDFs of a
bundle against it. ``docs/bundle-format.md`` ("Pages") is the specification.

Rectangles are ``[x0, y0, x1, y1]`` in PDF points with the origin at the top
left of the page as shown (after its rotation), y growing downwards.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from edicola.core.bundle.format import MANIFEST, Problem
from edicola.core.print.pdf import ARTICLE_URI, PdfDocument, PdfError, PdfLimits

if TYPE_CHECKING:
    from edicola.core.bundle.reader import BundleReader

PAGES_DIR = "pages"
PAGES_JSON = "pages.json"
SIZE_TOLERANCE = 1.0
"""Points a region may stick out of its page, and a manifest size may differ from the PDF's."""


@dataclass(frozen=True)
class PageRegion:
    """Where an article sits on a printed page."""

    article_id: str
    """The article: edition-local in a manifest (``articles[].id``), library-wide in the library."""
    rect: tuple[float, float, float, float]
    """Points, top-left origin of the page as shown."""

    @property
    def article(self) -> str:
        """The manifest's name for ``article_id``."""
        return self.article_id


@dataclass(frozen=True)
class Page:
    """One printed page, as a manifest describes it and as the library keeps it."""

    edition_id: str
    number: int
    """1-based, in reading order."""
    label: str
    width: float
    height: float
    file: str
    """The replica PDF holding the page."""
    file_index: int
    """The page's 0-based index in ``file``."""
    regions: tuple[PageRegion, ...]

    @property
    def index(self) -> int:
        """The manifest's name for ``file_index``."""
        return self.file_index

    def to_json(self) -> dict[str, object]:
        return {
            "number": self.number,
            "label": self.label,
            "width": self.width,
            "height": self.height,
            "regions": [{"article": r.article_id, "rect": list(r.rect)} for r in self.regions],
        }


def manifest_pages(raw: dict[str, Any]) -> list[Page]:
    """The pages of a (validated) manifest, in order; empty for an edition without pages."""
    edition_id = str(raw.get("edition", {}).get("id", ""))
    return [
        Page(
            edition_id=edition_id,
            number=number,
            label=str(page["label"]),
            width=float(page["width"]),
            height=float(page["height"]),
            file=page["file"],
            file_index=int(page.get("index", 0)),
            regions=tuple(
                PageRegion(r["article"], (r["rect"][0], r["rect"][1], r["rect"][2], r["rect"][3]))
                for r in page.get("regions", ())
            ),
        )
        for number, page in enumerate(raw.get("pages", ()), start=1)
    ]


def page_files(raw: dict[str, Any]) -> dict[str, list[Page]]:
    """Each PDF file of the replica with the pages it holds, in file order."""
    files: dict[str, list[Page]] = {}
    for page in manifest_pages(raw):
        files.setdefault(page.file, []).append(page)
    return files


def page_file_limit(raw: dict[str, Any], name: str, limits: PdfLimits | None = None) -> int | None:
    """The most bytes ``name`` may decompress to when it is a replica PDF, else None."""
    limits = limits or PdfLimits()
    pages = sum(1 for page in raw.get("pages", ()) if page.get("file") == name)
    return pages * limits.max_bytes_per_page if pages else None


# -- checking a manifest -------------------------------------------------------


def check_page_references(data: dict[str, Any], limits: PdfLimits | None = None) -> list[Problem]:
    """Problems with a schema-valid manifest's ``pages``: files, sizes, regions' articles."""
    limits = limits or PdfLimits()
    pages = data.get("pages", [])
    problems: list[Problem] = []
    if len(pages) > limits.max_pages:
        problems.append(
            Problem(MANIFEST, f"{len(pages)} pages, more than {limits.max_pages}", "pages")
        )
    files = set(data["files"])
    articles = {a["id"] for a in data["articles"]}
    seen: set[tuple[str, int]] = set()
    for number, page in enumerate(pages):
        where = f"pages[{number}]"
        key = (page["file"], int(page.get("index", 0)))
        if key in seen:
            problems.append(
                Problem(MANIFEST, f"page {key[1]} of {key[0]!r} is listed twice", where)
            )
        seen.add(key)
        if page["file"] not in files:
            problems.append(Problem(MANIFEST, f"{page['file']!r} is not in files", f"{where}.file"))
        width, height = page["width"], page["height"]
        for side, value in (("width", width), ("height", height)):
            if not limits.min_side <= value <= limits.max_side:
                problems.append(
                    Problem(
                        MANIFEST,
                        f"{value} points is not a sane page {side} "
                        f"({limits.min_side:.0f} to {limits.max_side:.0f})",
                        f"{where}.{side}",
                    )
                )
        for index, region in enumerate(page.get("regions", ())):
            field = f"{where}.regions[{index}]"
            if region["article"] not in articles:
                problems.append(
                    Problem(
                        MANIFEST,
                        f"{region['article']!r} is not an article of this edition",
                        f"{field}.article",
                    )
                )
            message = _rect_problem(region["rect"], width, height)
            if message:
                problems.append(Problem(MANIFEST, message, f"{field}.rect"))
    return problems


def _rect_problem(rect: list[float], width: float, height: float) -> str | None:
    x0, y0, x1, y1 = rect
    if not (x0 < x1 and y0 < y1):
        return "needs x0 < x1 and y0 < y1"
    tol = SIZE_TOLERANCE
    if x0 < -tol or y0 < -tol or x1 > width + tol or y1 > height + tol:
        return f"lies outside the {width:g}×{height:g} page"
    return None


# -- checking the PDFs of a bundle ---------------------------------------------


def check_pdf(
    name: str, data: bytes, pages: list[Page], limits: PdfLimits | None = None
) -> list[Problem]:
    """Problems with one replica PDF against the manifest pages it should hold."""
    try:
        with PdfDocument(data, name, limits) as document:
            problems = []
            for page in pages:
                if page.file_index >= len(document):
                    problems.append(
                        Problem(
                            name, f"has {len(document)} pages; page {page.file_index + 1} missing"
                        )
                    )
                    continue
                width, height = document.page_size(page.file_index)
                if (
                    abs(width - page.width) > SIZE_TOLERANCE
                    or abs(height - page.height) > SIZE_TOLERANCE
                ):
                    problems.append(
                        Problem(
                            name,
                            f"page {page.file_index + 1} is {width:g}×{height:g} points, "
                            f"the manifest says {page.width:g}×{page.height:g}",
                        )
                    )
            return problems
    except PdfError as exc:
        return [Problem(name, str(exc))]


def verify_pages(reader: BundleReader, limits: PdfLimits | None = None) -> list[Problem]:
    """Read every replica PDF of a bundle through all its checks (``edicola validate``)."""
    from edicola.core.bundle.format import BundleError

    problems: list[Problem] = []
    for name, pages in page_files(reader.manifest.raw).items():
        try:
            data = reader.read_member(name)
        except BundleError as exc:
            problems.extend(exc.problems)
            continue
        problems.extend(check_pdf(name, data, pages, limits))
    return problems


# -- building from a source folder ---------------------------------------------


def collect_pages(
    source: Path,
    edition_id: str,
    article_ids: list[str],
    limits: PdfLimits | None = None,
) -> tuple[list[dict[str, Any]], dict[str, bytes], list[Problem]]:
    """The manifest ``pages``, the bundle files and the problems of ``source/pages/``.

    An edition without a ``pages/`` folder gives three empty results.
    """
    limits = limits or PdfLimits()
    folder = source / PAGES_DIR
    if not folder.is_dir():
        return [], {}, []
    problems: list[Problem] = []
    files: dict[str, bytes] = {}
    pages: list[dict[str, Any]] = []
    links: list[list[tuple[str, tuple[float, float, float, float]]]] = []
    pdfs = sorted(p for p in folder.iterdir() if p.suffix.lower() == ".pdf")
    strays = sorted(
        p.name for p in folder.iterdir() if p.suffix.lower() != ".pdf" and p.name != PAGES_JSON
    )
    for stray in strays:
        problems.append(Problem(str(folder / stray), "only PDFs and pages.json belong in pages/"))
    if not pdfs:
        problems.append(Problem(str(folder), "no PDFs (*.pdf) found"))
    for path in pdfs:
        name = f"{PAGES_DIR}/{path.name}"
        data = path.read_bytes()
        try:
            with PdfDocument(data, name, limits) as document:
                infos = document.inspect()
        except PdfError as exc:
            problems.append(Problem(str(path), str(exc)))
            continue
        files[name] = data
        for info in infos:
            pages.append(
                {
                    "file": name,
                    "index": info.index,
                    "label": info.label or str(len(pages) + 1),
                    "width": round(info.width, 2),
                    "height": round(info.height, 2),
                    "regions": [],
                }
            )
            links.append([(link.uri, link.rect) for link in info.links])
    if len(pages) > limits.max_pages:
        problems.append(Problem(str(folder), f"{len(pages)} pages, more than {limits.max_pages}"))
    known = set(article_ids)
    layout = folder / PAGES_JSON
    if layout.is_file():
        problems.extend(_apply_pages_json(layout, pages, edition_id, known))
    else:
        for page, page_links in zip(pages, links, strict=True):
            for uri, rect in page_links:
                if not uri.startswith(ARTICLE_URI):
                    continue
                where = f"{folder / Path(page['file']).name} (page {page['index'] + 1})"
                article, problem = _article_of(uri[len(ARTICLE_URI) :], edition_id, known)
                if problem:
                    problems.append(Problem(where, f"link {uri!r}: {problem}"))
                    continue
                page["regions"].append({"article": article, "rect": [round(v, 2) for v in rect]})
    return pages, files, problems


def _article_of(ref: str, edition_id: str, known: set[str]) -> tuple[str, str | None]:
    """An edition-local article id from ``<edition id>/<id>`` or a bare ``<id>``."""
    if "/" in ref:
        edition, _, article = ref.rpartition("/")
        if edition != edition_id:
            return "", f"names an article of another edition ({edition!r})"
    else:
        article = ref
    if article not in known:
        return "", f"{article!r} is not an article of this edition"
    return article, None


def _apply_pages_json(
    path: Path, pages: list[dict[str, Any]], edition_id: str, known: set[str]
) -> list[Problem]:
    """Labels and regions from ``pages.json``; see docs/bundle-format.md for its shape."""
    try:
        data = json.loads(path.read_text("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        return [Problem(str(path), f"not valid JSON: {exc}")]
    entries = data.get("pages") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        return [Problem(str(path), "must be an object with a 'pages' list")]
    if len(entries) != len(pages):
        return [
            Problem(str(path), f"describes {len(entries)} pages but the PDFs have {len(pages)}")
        ]
    problems: list[Problem] = []
    for number, (entry, page) in enumerate(zip(entries, pages, strict=True), start=1):
        where = f"{path}: pages[{number - 1}]"
        if not isinstance(entry, dict):
            problems.append(Problem(where, "must be an object"))
            continue
        label = entry.get("label")
        if label is not None:
            if not isinstance(label, str) or not 0 < len(label) <= 40:
                problems.append(Problem(where, "label must be a string of 1 to 40 characters"))
            else:
                page["label"] = label
        regions = entry.get("regions", [])
        if not isinstance(regions, list):
            problems.append(Problem(where, "regions must be a list"))
            continue
        for index, region in enumerate(regions):
            at = f"{where}.regions[{index}]"
            rect = region.get("rect") if isinstance(region, dict) else None
            ref = region.get("article") if isinstance(region, dict) else None
            if not isinstance(ref, str) or not _is_rect(rect):
                problems.append(Problem(at, 'expected {"article": ID, "rect": [x0, y0, x1, y1]}'))
                continue
            article, problem = _article_of(ref, edition_id, known)
            assert isinstance(rect, list)
            problem = problem or _rect_problem(rect, page["width"], page["height"])
            if problem:
                problems.append(Problem(at, problem))
                continue
            page["regions"].append({"article": article, "rect": [float(v) for v in rect]})
    return problems


def _is_rect(value: object) -> bool:
    return (
        isinstance(value, list)
        and len(value) == 4
        and all(isinstance(v, int | float) and not isinstance(v, bool) for v in value)
    )
