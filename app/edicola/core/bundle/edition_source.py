"""Building a bundle from an edition's source folder, as a librarian writes it.

The source is a folder with ``edition.json``, ``articles/NN-slug.md`` (strict
``key: value`` front matter between ``---`` lines, then Markdown) and the
images; ``publication.json`` sits in the folder or its parent. Mistakes are
reported with the file and line. The build is reproducible: the same source
gives the same bytes (sorted entries, fixed timestamps and permissions).
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from edicola import __version__
from edicola.core.bundle.format import (
    EXTENSION,
    FORMAT_NAME,
    FORMAT_VERSION,
    MANIFEST,
    Problem,
    sniff_image,
)
from edicola.core.bundle.manifest_check import check_manifest
from edicola.core.model import edition_id as make_edition_id
from edicola.core.print.pages import collect_pages
from edicola.core.render import RenderError, markdown_problem, render_markdown, word_count

_FILENAME = re.compile(r"^(?:\d+-)?([a-z0-9][a-z0-9-]*)\.md$")
_KEY = re.compile(r"^([a-z_]+):(.*)$")
_REQUIRED = ("section", "title", "published")
_KNOWN = {*_REQUIRED, "standfirst", "authors", "url", "id"}
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


class SourceError(Exception):
    """The source folder has mistakes; each problem names its file and line."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass(frozen=True)
class BuiltBundle:
    path: Path
    edition_id: str
    revision: int
    articles: int
    sha256: str


def _load_json(path: Path, problems: list[Problem]) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        problems.append(Problem(str(path), "missing"))
        return None
    except UnicodeDecodeError as exc:
        problems.append(Problem(str(path), f"invalid UTF-8 at byte {exc.start}"))
        return None
    except json.JSONDecodeError as exc:
        problems.append(Problem(f"{path}:{exc.lineno}", f"malformed JSON: {exc.msg}"))
        return None
    if not isinstance(data, dict):
        problems.append(Problem(str(path), "must be a JSON object"))
        return None
    return data


def parse_front_matter(text: str, filename: str) -> tuple[dict[str, str], str, list[Problem]]:
    """Split ``---`` front matter from the body; problems carry ``file:line``."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, text, [Problem(f"{filename}:1", "front matter must start with a '---' line")]
    problems: list[Problem] = []
    meta: dict[str, str] = {}
    for number, line in enumerate(lines[1:], start=2):
        if line.strip() == "---":
            body = "\n".join(lines[number:])
            for key in _REQUIRED:
                if not meta.get(key):
                    problems.append(Problem(f"{filename}:1", f"front matter lacks '{key}'"))
            return meta, body, problems
        if not line.strip():
            continue
        match = _KEY.match(line)
        if not match:
            problems.append(Problem(f"{filename}:{number}", f"expected 'key: value', got {line!r}"))
            continue
        key, value = match.group(1), match.group(2).strip()
        if key not in _KNOWN:
            problems.append(Problem(f"{filename}:{number}", f"unknown front matter key '{key}'"))
        elif key in meta:
            problems.append(Problem(f"{filename}:{number}", f"'{key}' is given twice"))
        meta[key] = value
    return meta, "", [Problem(f"{filename}:1", "front matter is not closed by a '---' line")]


def _line_of(body_offset: int, body: str, needle: str) -> int:
    index = body.find(needle)
    return body_offset + (body[:index].count("\n") if index >= 0 else 0)


def _published_ok(value: str) -> bool:
    try:
        return datetime.fromisoformat(value).tzinfo is not None
    except ValueError:
        return False


@dataclass
class _Collected:
    """What reading a source folder gathers: the bundle's files and every problem."""

    source: Path
    edition_id: str
    language: str
    problems: list[Problem]
    files: dict[str, bytes] = field(default_factory=dict)


def collect_edition(
    source: Path, notes: list[str] | None = None
) -> tuple[dict[str, Any], dict[str, bytes]]:
    """Read a source folder into a manifest (without ``files``) and the bundle's files.

    ``notes`` gets what the build should report: regions found from the pages' text.
    """
    problems: list[Problem] = []
    pub_path = source / "publication.json"
    if not pub_path.exists():
        pub_path = source.parent / "publication.json"
    publication = _load_json(pub_path, problems)
    edition = _load_json(source / "edition.json", problems)
    if publication is None or edition is None:
        raise SourceError(problems)
    edition_id = make_edition_id(str(publication.get("id", "")), str(edition.get("date", "")))
    found = _Collected(source, edition_id, str(publication.get("language", "en")), problems)
    homepage = str(publication.get("homepage", "")).rstrip("/")
    url_prefix = f"{homepage}/{str(edition.get('date', '')).replace('-', '/')}"
    section_ids = [s.get("id") for s in edition.get("sections", []) if isinstance(s, dict)]
    articles: list[tuple[int, int, dict[str, Any]]] = []
    article_dir = source / "articles"
    sources = sorted(article_dir.glob("*.md")) if article_dir.is_dir() else []
    if not sources:
        problems.append(Problem(str(article_dir), "no articles (*.md) found"))
    for path in sources:
        entry = _collect_article(found, path, section_ids, url_prefix)
        if entry is not None:
            articles.append((section_ids.index(entry["section"]), len(articles), entry))
    files = found.files
    cover = edition.get("cover")
    if cover:
        cover_path = source / str(cover)
        if cover_path.is_file() and sniff_image(cover_path.read_bytes()):
            files[str(cover)] = cover_path.read_bytes()
        else:
            problems.append(
                Problem(str(source / "edition.json"), f"cover image {cover!r} not found")
            )
    pages, page_files, page_problems = collect_pages(
        source, edition_id, [entry["id"] for _, _, entry in articles]
    )
    problems.extend(page_problems)
    files.update(page_files)
    if pages and not problems:  # no annotations, no pages.json: regions from the text
        from edicola.core.print.auto_regions import place_source_regions

        found_notes = place_source_regions(
            source, pages, page_files, [entry for _, _, entry in articles], files
        )
        if notes is not None:
            notes += found_notes
    if problems:
        raise SourceError(problems)
    manifest: dict[str, Any] = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "generator": f"edicola {__version__}",
        "publication": publication,
        "edition": {"id": edition_id, **edition},
        "sections": edition.get("sections", []),
        "articles": [entry for _, _, entry in sorted(articles, key=lambda a: (a[0], a[1]))],
    }
    manifest["edition"].pop("sections", None)
    if pages:
        manifest["pages"] = pages
    return manifest, files


def _collect_article(
    found: _Collected, path: Path, section_ids: list[Any], url_prefix: str
) -> dict[str, Any] | None:
    """One ``articles/NN-slug.md``: its manifest entry (its body and images added to
    ``found.files``), or None when it has problems that leave no entry."""
    problems = found.problems
    rel = f"articles/{path.name}"
    match = _FILENAME.match(path.name)
    if not match:
        problems.append(Problem(str(path), "file name must be NN-slug.md (lowercase, digits, '-')"))
        return None
    try:
        text = path.read_text("utf-8")
    except UnicodeDecodeError as exc:
        problems.append(Problem(str(path), f"invalid UTF-8 at byte {exc.start}"))
        return None
    meta, body, errors = parse_front_matter(text, str(path))
    problems.extend(errors)
    if errors:
        return None
    body_offset = text[: len(text) - len(body)].count("\n") + 1
    slug = meta.get("id") or match.group(1)
    if meta["section"] not in section_ids:
        problems.append(
            Problem(f"{path}:1", f"section '{meta['section']}' is not a section of edition.json")
        )
        return None
    if not _published_ok(meta["published"]):
        problems.append(
            Problem(f"{path}:1", "'published' must be an ISO date-time with a UTC offset")
        )
    images = _collect_images(found, path, body, body_offset)
    found.files[rel] = body.encode("utf-8")
    return {
        "id": slug,
        "section": meta["section"],
        "title": meta["title"],
        "standfirst": meta.get("standfirst", ""),
        "authors": [a.strip() for a in meta.get("authors", "").split(",") if a.strip()],
        "published": meta["published"],
        "url": meta.get("url") or f"{url_prefix}/{slug}",
        "file": rel,
        "images": list(dict.fromkeys(images)),
        "word_count": word_count(body),
    }


def _collect_images(found: _Collected, path: Path, body: str, body_offset: int) -> list[str]:
    """The images an article's body shows, read into ``found.files``; each one missing,
    outside the source folder or not an image is a problem naming its line."""
    source = found.source
    problem = markdown_problem(body)
    if problem is None:
        try:
            rendered = render_markdown(body, edition_id=found.edition_id, language=found.language)
        except RenderError as exc:
            problem = str(exc)
    if problem is not None:  # the budget (issue 19): refused here, as import would
        found.problems.append(Problem(str(path), problem))
        return []
    images: list[str] = []
    for ref in rendered.missing_images:
        image_path = source / ref
        if (
            ":" in ref
            or not image_path.is_file()
            or not image_path.resolve().is_relative_to(source.resolve())
        ):
            line = _line_of(body_offset, body, ref)
            found.problems.append(
                Problem(f"{path}:{line}", f"image not found in the edition: {ref!r}")
            )
            continue
        data = image_path.read_bytes()
        if sniff_image(data) is None:
            found.problems.append(Problem(str(image_path), "not a PNG, JPEG, GIF or WebP image"))
            continue
        found.files[ref] = data
        images.append(ref)
    return images


def build_edition(
    source: Path, output: Path | None = None, notes: list[str] | None = None
) -> BuiltBundle:
    """Build ``source`` into a bundle; ``output`` may be a file or a folder; ``notes``
    gets what is worth reporting (see :func:`collect_edition`)."""
    manifest, files = collect_edition(source, notes)
    manifest["files"] = {
        name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
        for name, data in sorted(files.items())
    }
    problems = check_manifest(manifest)
    if problems:
        where = str(source / "edition.json")
        raise SourceError([Problem(where, p.message, p.field) for p in problems])
    edition = manifest["edition"]
    name = f"{edition['id']}-r{edition['revision']}{EXTENSION}"
    if output is None:
        output = Path.cwd() / name
    elif output.is_dir():
        output = output / name
    payload = _zip_bytes(manifest, files)
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_name(output.name + ".tmp")
    tmp.write_bytes(payload)
    tmp.replace(output)
    return BuiltBundle(
        path=output,
        edition_id=edition["id"],
        revision=edition["revision"],
        articles=len(manifest["articles"]),
        sha256=hashlib.sha256(payload).hexdigest(),
    )


def _zip_bytes(manifest: dict[str, Any], files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        entries = [(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8"))]
        entries += sorted(files.items())
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.external_attr = 0o644 << 16
            info.create_system = 3
            # Images and PDFs (their streams are compressed already) are stored.
            already_compressed = sniff_image(data) is not None or data.startswith(b"%PDF-")
            info.compress_type = zipfile.ZIP_STORED if already_compressed else zipfile.ZIP_DEFLATED
            archive.writestr(info, data, compresslevel=9)
    return buffer.getvalue()


def find_sources(root: Path) -> list[Path]:
    """Every edition source folder under ``root`` (folders holding ``edition.json``)."""
    return sorted(path.parent for path in root.rglob("edition.json"))


def build_all(root: Path, output: Path) -> list[Path]:
    """Build every edition source under ``root`` into ``output``; stops at the first
    source with mistakes (``SourceError``). ``edicola build --all`` reports them all
    instead."""
    output.mkdir(parents=True, exist_ok=True)
    return [build_edition(source, output).path for source in find_sources(root)]
