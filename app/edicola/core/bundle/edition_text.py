"""One edition as the editorial checks read it, from a source folder, a bundle or
the library: its sections, its articles' text, its images, and the problems met
while loading it (an unreadable bundle or source becomes ``unreadable`` findings).
"""

from __future__ import annotations

import json
import posixpath
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from edicola.core.bundle.body_refs import body_images
from edicola.core.bundle.edition_source import parse_front_matter
from edicola.core.bundle.format import ArticleMeta, BundleError, Problem, sniff_image
from edicola.core.bundle.reader import open_bundle
from edicola.core.model import edition_id as make_edition_id

WARNING = "warning"
ERROR = "error"


@dataclass(frozen=True)
class Finding:
    """One problem: which check, where, what — and how much it matters."""

    id: str
    location: str
    message: str
    severity: str = WARNING
    edition: str = ""

    def __str__(self) -> str:
        prefix = f"{self.edition}: " if self.edition else ""
        return f"{prefix}{self.location}: {self.message} [{self.id}]"

    def as_dict(self) -> dict[str, str]:
        return {
            "id": self.id,
            "severity": self.severity,
            "edition": self.edition,
            "location": self.location,
            "message": self.message,
        }


@dataclass(frozen=True)
class ArticleText(ArticleMeta):
    """An article as the checks see it: metadata and its Markdown body."""

    body: str
    file: str = ""
    """Where the body lives (for ``file:line``); empty for library articles."""
    first_line: int = 1
    """The line of ``file`` the body starts on."""
    images: frozenset[str] | None = None
    """Images this article may show; None means any image of the edition."""

    def where(self, line: int | None = None) -> str:
        if not self.file:
            return self.id
        return f"{self.file}:{self.first_line + (line or 1) - 1}"


@dataclass
class EditionText:
    """One edition, loaded from a source folder, a bundle or the library."""

    edition_id: str
    sections: list[tuple[str, str]]
    articles: list[ArticleText]
    image_files: frozenset[str] | None
    """Every image the edition holds; None when it cannot be listed (library)."""
    cover: str | None = None
    findings: list[Finding] = field(default_factory=list)
    """Problems met while loading (an unreadable bundle or source)."""

    def article_ids(self) -> set[str]:
        return {a.id for a in self.articles}


class LibraryEditions(Protocol):
    """What the checks need from the library's edition store (duck-typed: core
    does not import the store)."""

    def sections(self, edition_id: str) -> Sequence[Any]: ...
    def articles(self, edition_id: str) -> Sequence[Any]: ...
    def article(self, article_id: str) -> Any: ...
    def image(self, edition_id: str, path: str) -> tuple[bytes, str] | None: ...


def _unreadable(edition: str, location: str, message: str) -> Finding:
    return Finding("unreadable", location, message, ERROR, edition)


def _problem_finding(edition: str, problem: Problem) -> Finding:
    """A bundle or source problem; a page region naming no article gets its own id."""
    where = f"{problem.file}: {problem.field}" if problem.field else problem.file
    field = problem.field or ""
    orphan = (field.startswith("pages[") and field.endswith(".article")) or (
        "/pages/" in f"/{problem.file}" and "article" in problem.message
    )
    if orphan:
        return Finding("page-region-orphan", where, problem.message, ERROR, edition)
    return _unreadable(edition, where, problem.message)


def load_bundle(path: Path) -> EditionText:
    """A built bundle; structural problems become ``unreadable`` findings."""
    try:
        with open_bundle(path) as reader:
            manifest = reader.manifest
            eid = manifest.edition_id
            articles: list[ArticleText] = []
            findings: list[Finding] = []
            for entry in manifest.articles:
                try:
                    body = reader.read_article(entry)
                except BundleError as exc:
                    findings += [_problem_finding(eid, p) for p in exc.problems]
                    continue
                articles.append(
                    ArticleText(
                        id=f"{eid}/{entry.id}",
                        section=entry.section,
                        title=entry.title,
                        standfirst=entry.standfirst,
                        authors=entry.authors,
                        published=entry.published,
                        body=body,
                        file=entry.file,
                        images=frozenset(entry.images),
                    )
                )
            cover = manifest.edition.get("cover")
            images = set(manifest.image_files)
            for name in sorted(images):
                try:
                    reader.check_image(name)
                except BundleError as exc:
                    findings += [_problem_finding(eid, p) for p in exc.problems]
            return EditionText(
                edition_id=eid,
                sections=manifest.sections,
                articles=articles,
                image_files=frozenset(images),
                cover=str(cover) if cover else None,
                findings=findings,
            )
    except BundleError as exc:
        findings = [_problem_finding(path.name, p) for p in exc.problems]
        return EditionText(path.name, [], [], frozenset(), findings=findings)


def _json_object(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return None
    return data if isinstance(data, dict) else None


_IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".webp"}
_PAGES_FOLDER = "pages/"
"""Print-replica page scans live here; they are pages, not article images."""


def _is_image(path: Path) -> bool:
    with path.open("rb") as handle:
        return sniff_image(handle.read(16)) is not None


def load_source(folder: Path) -> EditionText:
    """An edition source folder as a librarian writes it (``edition.json``,
    ``articles/NN-slug.md``, images); locations are the source files' lines."""
    pub_path = folder / "publication.json"
    if not pub_path.exists():
        pub_path = folder.parent / "publication.json"
    publication = _json_object(pub_path)
    edition = _json_object(folder / "edition.json")
    if publication is None or edition is None:
        bad = pub_path if publication is None else folder / "edition.json"
        label = folder.name
        return EditionText(
            label, [], [], frozenset(), findings=[_unreadable(label, str(bad), "missing or bad")]
        )
    eid = make_edition_id(str(publication.get("id", "")), str(edition.get("date", "")))
    sections = [
        (str(s.get("id")), str(s.get("title", "")))
        for s in edition.get("sections", [])
        if isinstance(s, dict)
    ]
    findings: list[Finding] = []
    articles: list[ArticleText] = []
    for path in sorted((folder / "articles").glob("*.md")):
        try:
            text = path.read_text("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            findings.append(_unreadable(eid, str(path), str(exc)))
            continue
        meta, body, problems = parse_front_matter(text, str(path))
        findings += [_unreadable(eid, p.file, p.message) for p in problems]  # build errors
        if not meta:
            continue
        slug = meta.get("id") or re.sub(r"^\d+-", "", path.stem)
        authors = tuple(a.strip() for a in meta.get("authors", "").split(",") if a.strip())
        articles.append(
            ArticleText(
                id=f"{eid}/{slug}",
                section=meta.get("section", ""),
                title=meta.get("title", ""),
                standfirst=meta.get("standfirst", ""),
                authors=authors,
                published=meta.get("published", ""),
                body=body,
                file=str(path),
                first_line=text[: len(text) - len(body)].count("\n") + 1,
            )
        )
    cover = str(edition["cover"]) if edition.get("cover") else None
    images = {
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.suffix.lower() in _IMAGE_SUFFIXES and p.is_file() and _is_image(p)
    }
    images = {name for name in images if not name.startswith(_PAGES_FOLDER)}
    if (folder / _PAGES_FOLDER).is_dir():
        from edicola.core.print.pages import collect_pages  # PDF parsing, only when pages exist

        slugs = [a.id.rpartition("/")[2] for a in articles]
        pages, page_files, page_problems = collect_pages(folder, eid, slugs)
        findings += [_problem_finding(eid, p) for p in page_problems]
        if pages and not page_problems:  # regions from the text: who was not found
            from edicola.core.print.auto_regions import unplaced_in_print

            findings += [
                Finding("article-not-in-print", where, message, WARNING, eid)
                for where, message in unplaced_in_print(folder, pages, page_files, articles)
            ]
    return EditionText(eid, sections, articles, frozenset(images), cover, findings)


def load_library_edition(store: LibraryEditions, edition_id: str) -> EditionText:
    """An edition already in the library (bodies as imported; images looked up
    one by one, so unused images cannot be listed and are not checked)."""
    sections = [(s.id, s.title) for s in store.sections(edition_id)]
    articles: list[ArticleText] = []
    for summary in store.articles(edition_id):
        article = store.article(summary.id)
        if article is None:
            continue
        articles.append(
            ArticleText(
                id=article.id,
                section=article.section_id,
                title=article.title,
                standfirst=article.standfirst,
                authors=tuple(article.authors),
                published=article.published,
                body=article.markdown,
            )
        )
    edition = EditionText(edition_id, sections, articles, None)
    referenced = {
        posixpath.normpath(src) for a in articles for _, src, _ in body_images(a.body) if src
    }
    edition.image_files = frozenset(
        path for path in referenced if ":" not in path and store.image(edition_id, path)
    )
    return edition


def load(path: Path) -> list[EditionText]:
    """A bundle file, a source folder, or a folder of sources (every one under it)."""
    if path.is_file():
        return [load_bundle(path)]
    if (path / "edition.json").is_file():
        return [load_source(path)]
    sources = sorted(p.parent for p in path.rglob("edition.json"))
    bundles = sorted(path.glob("*.edicola"))
    return [load_source(s) for s in sources] + [load_bundle(b) for b in bundles]
