"""Editorial quality checks on an edition: what a librarian fixes before publishing.

``edicola validate`` says whether a bundle *can* be imported; these checks say
whether it *reads well*: images without alt text or never shown, links to
articles that do not exist, plain-http links, headlines too long for the front
page, duplicate headlines, empty sections, near-empty bodies, missing bylines.
They run on a source folder (``edicola build`` prints them as warnings), a
built bundle, or an edition already in the library (the pytest plugin's
``edicola_reader.check()``), each loaded into the same plain :class:`EditionText`.
Every :class:`Finding` has a stable id, a location (``file:line`` or an article
id) and one line saying what is wrong.
"""

from __future__ import annotations

import json
import posixpath
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from edicola.core.bundle.edition_source import parse_front_matter
from edicola.core.bundle.format import BundleError, Problem, open_bundle, sniff_image
from edicola.core.model import IMAGE_SCHEME
from edicola.core.model import edition_id as make_edition_id
from edicola.core.render import word_count

WARNING = "warning"
ERROR = "error"

HEADLINE_MAX = 110
"""Characters; longer headlines wrap to four lines and more on the front page."""
STANDFIRST_MAX = 300
"""Characters; a standfirst is a sentence or two, not a paragraph."""
BODY_MIN_WORDS = 40
"""Words; fewer is a brief or a placeholder someone forgot to fill in."""

CHECKS: dict[str, str] = {
    "image-no-alt": "an image has no alt text (screen readers say nothing; no caption)",
    "image-unused": "an image file of the edition is never shown",
    "image-missing": "an image reference points at no image of the edition",
    "section-empty": "a section has no articles",
    "article-no-author": "an article has no author",
    "article-no-date": "an article has no publication date",
    "link-broken": "an edicola:article/ link points at no article",
    "link-not-https": "an external link uses plain http",
    "headline-long": f"a headline is longer than {HEADLINE_MAX} characters",
    "standfirst-long": f"a standfirst is longer than {STANDFIRST_MAX} characters",
    "headline-duplicate": "two articles of the edition share a headline",
    "body-short": f"an article body has fewer than {BODY_MIN_WORDS} words",
    "page-region-orphan": "a region of a printed page points at no article (when pages exist)",
    "unreadable": "the edition cannot be read at all (fix this first)",
}
"""Every check id and what it means (``docs/testing.md`` lists them too)."""

_IMAGE = re.compile(r"!\[(?P<alt>[^\]]*)\]\(\s*<?(?P<src>[^)\s>]*)>?(?:\s+[\"'][^)]*)?\)")
_HTML_IMAGE = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_HTML_ATTR = re.compile(r"""(\w+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_LINK = re.compile(r"(?<!!)\[[^\]]*\]\(\s*<?(?P<href>[^)\s>]+)>?(?:\s+[\"'][^)]*)?\)")
_AUTOLINK = re.compile(r"<(?P<href>[a-zA-Z][a-zA-Z0-9+.-]*:[^>\s]+)>")
_HTML_LINK = re.compile(r"""<a\b[^>]*\bhref\s*=\s*(?:"(?P<d>[^"]*)"|'(?P<s>[^']*)')""", re.I)
_ARTICLE_LINK = f"{IMAGE_SCHEME}:article/"


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
class ArticleText:
    """An article as the checks see it: metadata and its Markdown body."""

    id: str
    section: str
    title: str
    standfirst: str
    authors: tuple[str, ...]
    published: str
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


# -- loading ------------------------------------------------------------------


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
        _, _, page_problems = collect_pages(folder, eid, slugs)
        findings += [_problem_finding(eid, p) for p in page_problems]
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
    referenced = {posixpath.normpath(src) for a in articles for _, src, _ in _images(a.body) if src}
    edition.image_files = frozenset(
        path for path in referenced if ":" not in path and store.image(edition_id, path)
    )
    return edition


# -- checking -----------------------------------------------------------------


def _lines(body: str) -> Iterable[tuple[int, str]]:
    return enumerate(body.split("\n"), start=1)


def _images(body: str) -> Iterable[tuple[int, str, str]]:
    """(line, src, alt) of every image in a Markdown body, raw HTML included."""
    for number, line in _lines(body):
        for match in _IMAGE.finditer(line):
            yield number, match.group("src"), match.group("alt").strip()
        for tag in _HTML_IMAGE.finditer(line):
            attrs = {k.lower(): a or b for k, a, b in _HTML_ATTR.findall(tag.group(0))}
            yield number, attrs.get("src", ""), attrs.get("alt", "").strip()


def _links(body: str) -> Iterable[tuple[int, str]]:
    for number, line in _lines(body):
        for match in _LINK.finditer(line):
            yield number, match.group("href")
        for match in _AUTOLINK.finditer(line):
            yield number, match.group("href")
        for match in _HTML_LINK.finditer(line):
            yield number, match.group("d") or match.group("s") or ""


def _check_images(edition: EditionText, article: ArticleText, used: set[str]) -> list[Finding]:
    found: list[Finding] = []
    eid = edition.edition_id
    for line, src, alt in _images(article.body):
        path = posixpath.normpath(src) if src and ":" not in src else src
        allowed = article.images if article.images is not None else edition.image_files
        if ":" in src or not src:
            found.append(
                Finding(
                    "image-missing",
                    article.where(line),
                    f"image {src!r} is not part of the edition (readers are offline)",
                    ERROR,
                    eid,
                )
            )
        elif allowed is not None and path not in allowed:
            found.append(
                Finding(
                    "image-missing", article.where(line), f"image {src!r} not found", ERROR, eid
                )
            )
        else:
            used.add(path)
        if not alt:
            found.append(
                Finding(
                    "image-no-alt",
                    article.where(line),
                    f"image {src!r} has no alt text",
                    WARNING,
                    eid,
                )
            )
    return found


def _check_links(
    edition: EditionText, article: ArticleText, known: Mapping[str, set[str]]
) -> list[Finding]:
    found: list[Finding] = []
    eid = edition.edition_id
    for line, href in _links(article.body):
        if href.lower().startswith("http://"):
            found.append(
                Finding(
                    "link-not-https",
                    article.where(line),
                    f"link {href!r} uses plain http; use https",
                    WARNING,
                    eid,
                )
            )
        if not href.startswith(_ARTICLE_LINK):
            continue
        target = href[len(_ARTICLE_LINK) :].split("#")[0]
        target_edition, _, slug = target.partition("/")
        if not slug:
            found.append(
                Finding(
                    "link-broken",
                    article.where(line),
                    f"link {href!r} should be edicola:article/EDITION-ID/ARTICLE",
                    WARNING,
                    eid,
                )
            )
        elif target_edition in known and target not in known[target_edition]:
            found.append(
                Finding(
                    "link-broken",
                    article.where(line),
                    f"link {href!r} points at no article of {target_edition}",
                    WARNING,
                    eid,
                )
            )
    return found


def _check_article(article: ArticleText, eid: str) -> list[Finding]:
    found: list[Finding] = []
    where = article.where() if not article.file else f"{article.file}:1"
    if not article.authors:
        found.append(Finding("article-no-author", where, "no author (byline)", WARNING, eid))
    if not article.published.strip():
        found.append(Finding("article-no-date", where, "no publication date", WARNING, eid))
    if len(article.title) > HEADLINE_MAX:
        found.append(
            Finding(
                "headline-long",
                where,
                f"headline is {len(article.title)} characters (at most {HEADLINE_MAX})",
                WARNING,
                eid,
            )
        )
    if len(article.standfirst) > STANDFIRST_MAX:
        found.append(
            Finding(
                "standfirst-long",
                where,
                f"standfirst is {len(article.standfirst)} characters (at most {STANDFIRST_MAX})",
                WARNING,
                eid,
            )
        )
    words = word_count(article.body)
    if words < BODY_MIN_WORDS:
        found.append(
            Finding(
                "body-short",
                where,
                f"body has {words} words (at least {BODY_MIN_WORDS})",
                WARNING,
                eid,
            )
        )
    return found


def check_edition(
    edition: EditionText, known: Mapping[str, set[str]] | None = None
) -> list[Finding]:
    """Every finding for one edition. ``known`` maps other edition ids to their
    article ids, so links across editions can be checked where they are known
    (links into editions nobody knows are left alone)."""
    eid = edition.edition_id
    findings = list(edition.findings)
    known = {**(known or {}), eid: edition.article_ids()}
    used: set[str] = set()
    titles: dict[str, ArticleText] = {}
    with_articles = {a.section for a in edition.articles}
    for section_id, title in edition.sections:
        if section_id not in with_articles:
            findings.append(
                Finding(
                    "section-empty",
                    section_id,
                    f"section {title or section_id!r} has no articles",
                    WARNING,
                    eid,
                )
            )
    for article in edition.articles:
        findings += _check_article(article, eid)
        findings += _check_images(edition, article, used)
        findings += _check_links(edition, article, known)
        key = " ".join(article.title.casefold().split())
        first = titles.setdefault(key, article)
        if first is not article:
            findings.append(
                Finding(
                    "headline-duplicate",
                    article.where() if not article.file else f"{article.file}:1",
                    f"same headline as {first.id}: {article.title!r}",
                    WARNING,
                    eid,
                )
            )
    if edition.image_files is not None and not edition.findings:
        for image in sorted(edition.image_files - used - {edition.cover or ""}):
            findings.append(
                Finding("image-unused", image, f"image {image!r} is never shown", WARNING, eid)
            )
    return findings


def check_editions(
    editions: Sequence[EditionText], known: Mapping[str, set[str]] | None = None
) -> list[Finding]:
    """Check several editions; links between them are resolved against each other."""
    everyone = dict(known or {})
    for edition in editions:
        everyone[edition.edition_id] = edition.article_ids()
    return [f for edition in editions for f in check_edition(edition, everyone)]


def load(path: Path) -> list[EditionText]:
    """A bundle file, a source folder, or a folder of sources (every one under it)."""
    if path.is_file():
        return [load_bundle(path)]
    if (path / "edition.json").is_file():
        return [load_source(path)]
    sources = sorted(p.parent for p in path.rglob("edition.json"))
    bundles = sorted(path.glob("*.edicola"))
    return [load_source(s) for s in sources] + [load_bundle(b) for b in bundles]
