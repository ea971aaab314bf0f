"""The edition bundle, format v1: one zip with a manifest, articles and images.

``docs/bundle-format.md`` is the specification; the JSON Schema for the
manifest is ``resources/schemas/manifest-v1.schema.json``. This module opens a
bundle and checks everything a reader relies on — the zip's structure (through
:mod:`edicola.core.bundle.safezip`), the manifest, every checksum, every reference —
reporting each problem with the file and the field it is about.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import jsonschema

from edicola.core import safejson
from edicola.core.bundle.image_check import ImageProblem, check_image_header, check_image_tail
from edicola.core.bundle.safezip import Limits, MiB, SafeZip, UnsafeZip
from edicola.core.model import edition_id as make_edition_id
from edicola.paths import resource

FORMAT_NAME = "edicola-bundle"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
MEDIA_TYPE = "application/vnd.edicola.bundle+zip"
EXTENSION = ".edicola"

_IMAGE_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a bundle: where (file, field) and why."""

    file: str
    message: str
    field: str | None = None

    def __str__(self) -> str:
        where = f"{self.file}: {self.field}" if self.field else self.file
        return f"{where}: {self.message}"


class BundleError(Exception):
    """A bundle that must not be imported. ``str()`` is a one-line user message."""

    def __init__(self, bundle: Path, problems: list[Problem]) -> None:
        self.bundle = bundle
        self.problems = problems
        first = problems[0] if problems else Problem(bundle.name, "invalid bundle")
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        # A problem of the zip itself already names the bundle: say it once.
        where = "" if first.file == bundle.name else f"{bundle.name}: "
        super().__init__(f"{where}{first}{more}")


@dataclass(frozen=True)
class ArticleEntry:
    id: str
    section: str
    title: str
    standfirst: str
    authors: tuple[str, ...]
    published: str
    url: str
    file: str
    images: tuple[str, ...]
    word_count: int


@dataclass(frozen=True)
class Manifest:
    """A validated manifest: every cross-reference has been checked."""

    raw: dict[str, Any]

    @property
    def publication(self) -> dict[str, Any]:
        return dict(self.raw["publication"])

    @property
    def edition(self) -> dict[str, Any]:
        return dict(self.raw["edition"])

    @property
    def edition_id(self) -> str:
        return str(self.raw["edition"]["id"])

    @property
    def revision(self) -> int:
        return int(self.raw["edition"]["revision"])

    @property
    def language(self) -> str:
        return str(self.raw["publication"]["language"])

    @property
    def sections(self) -> list[tuple[str, str]]:
        return [(s["id"], s["title"]) for s in self.raw["sections"]]

    @cached_property
    def articles(self) -> list[ArticleEntry]:
        """Built once: callers loop over it (and ``image_files`` over it again)."""
        return [
            ArticleEntry(
                id=a["id"],
                section=a["section"],
                title=a["title"],
                standfirst=a.get("standfirst", ""),
                authors=tuple(a.get("authors", ())),
                published=a["published"],
                url=a["url"],
                file=a["file"],
                images=tuple(a.get("images", ())),
                word_count=a["word_count"],
            )
            for a in self.raw["articles"]
        ]

    @property
    def files(self) -> dict[str, dict[str, Any]]:
        return dict(self.raw["files"])

    @cached_property
    def image_files(self) -> set[str]:
        """Every image the bundle holds: article images and the cover."""
        images = {path for article in self.articles for path in article.images}
        cover = self.raw["edition"].get("cover")
        if cover:
            images.add(cover)
        return images


def _whole_pattern(
    validator: Any, pattern: str, instance: Any, schema: dict[str, Any]
) -> Iterator[jsonschema.ValidationError]:
    """``pattern`` where a final ``$`` means the end of the text.

    Python's ``$`` also matches before a trailing newline, so ``"abc\\n"``
    would pass ``^[a-z]+$`` (ECMA 262, the schema's dialect, says it must not).
    """
    if not validator.is_type(instance, "string"):
        return
    compiled = _compiled(pattern)
    if compiled.search(instance) is None:
        yield jsonschema.ValidationError(f"{_clip(instance)!r} does not match {pattern!r}")


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        pattern = pattern[:-1] + r"\Z"
    return re.compile(pattern)


def _clip(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "…"


@cache
def _validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(resource("schemas", "manifest-v1.schema.json").read_text("utf-8"))
    strict = jsonschema.validators.extend(
        jsonschema.Draft202012Validator, {"pattern": _whole_pattern}
    )
    return strict(schema)


def _field_path(error: jsonschema.ValidationError) -> str:
    path = ""
    for part in error.absolute_path:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path or "(top level)"


def check_manifest(data: Any) -> list[Problem]:
    """Every problem with a parsed manifest: schema first, then cross-references."""
    if not isinstance(data, dict):
        return [Problem(MANIFEST, "must be a JSON object")]
    if data.get("format") != FORMAT_NAME:
        return [
            Problem(MANIFEST, f"not an Edicola bundle (format is {data.get('format')!r})", "format")
        ]
    version = data.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        return [
            Problem(
                MANIFEST,
                f"format version {version} is newer than this Edicola understands "
                f"({FORMAT_VERSION}); please update Edicola",
                "format_version",
            )
        ]
    errors = sorted(_validator().iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        return [Problem(MANIFEST, _short(e.message), _field_path(e)) for e in errors[:20]]
    from edicola.core.print.pages import check_page_references  # the print replica (pages.py)

    return _check_references(data) + check_page_references(data)


def _short(message: str) -> str:
    return message if len(message) <= 160 else message[:157] + "…"


def _check_references(data: dict[str, Any]) -> list[Problem]:
    problems: list[Problem] = []
    publication, edition = data["publication"], data["edition"]
    problems += _check_values(data)
    expected = make_edition_id(publication["id"], edition["date"])
    if edition["id"] != expected:
        problems.append(Problem(MANIFEST, f"must be {expected!r} (publication-date)", "edition.id"))
    files = set(data["files"])
    if MANIFEST in files:
        problems.append(Problem(MANIFEST, "the manifest cannot list itself", "files"))
    section_ids = [s["id"] for s in data["sections"]]
    if len(set(section_ids)) != len(section_ids):
        problems.append(Problem(MANIFEST, "section ids must be unique", "sections"))
    cover = edition.get("cover")
    if cover and cover not in files:
        problems.append(Problem(MANIFEST, f"cover {cover!r} is not in files", "edition.cover"))
    seen: set[str] = set()
    for index, article in enumerate(data["articles"]):
        where = f"articles[{index}]"
        if article["id"] in seen:
            problems.append(
                Problem(MANIFEST, f"duplicate article id {article['id']!r}", f"{where}.id")
            )
        seen.add(article["id"])
        if article["section"] not in section_ids:
            problems.append(
                Problem(MANIFEST, f"unknown section {article['section']!r}", f"{where}.section")
            )
        if article["file"] not in files:
            problems.append(
                Problem(MANIFEST, f"{article['file']!r} is not in files", f"{where}.file")
            )
        for image in article.get("images", ()):
            if image not in files:
                problems.append(
                    Problem(MANIFEST, f"image {image!r} is not in files", f"{where}.images")
                )
    return problems


#: Revisions and numbers are stored as SQLite integers; far below 2**63, above any real use.
MAX_COUNTER = 2**31 - 1


def _check_values(data: dict[str, Any]) -> list[Problem]:
    """What a pattern cannot say: real calendar dates and integers that fit the library."""
    problems: list[Problem] = []
    edition = data["edition"]
    try:
        date.fromisoformat(edition["date"])
    except ValueError:
        problems.append(
            Problem(MANIFEST, f"{edition['date']!r} is not a real date", "edition.date")
        )
    for key in ("revision", "number"):
        value = edition.get(key)
        if isinstance(value, int) and value > MAX_COUNTER:
            problems.append(Problem(MANIFEST, f"must be at most {MAX_COUNTER}", f"edition.{key}"))
    for index, article in enumerate(data["articles"]):
        where = f"articles[{index}]"
        try:
            datetime.fromisoformat(article["published"].replace("Z", "+00:00"))
        except ValueError:
            problems.append(
                Problem(
                    MANIFEST,
                    f"{_clip(article['published'])!r} is not a real date-time",
                    f"{where}.published",
                )
            )
        if article["word_count"] > MAX_COUNTER:
            problems.append(
                Problem(MANIFEST, f"must be at most {MAX_COUNTER}", f"{where}.word_count")
            )
    return problems


def file_sha256(path: Path) -> str:
    """The sha256 of a whole bundle file, read in chunks (catalogs and the library key on it)."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def sniff_image(data: bytes) -> str | None:
    """The media type of an image we are willing to show, from its bytes (never its name)."""
    for signature, media_type in _IMAGE_SIGNATURES:
        if data.startswith(signature):
            return media_type
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


class BundleReader:
    """An open, structurally checked bundle whose members can be streamed one by one.

    Checks that need the members' bytes (checksums, UTF-8, image types) happen
    as each member is read, so an importer can write as it goes inside a
    transaction and roll back on the first problem.
    """

    def __init__(self, path: Path, limits: Limits | None = None) -> None:
        self.path = path
        self.limits = limits or Limits()
        try:
            self._zip = SafeZip(path, self.limits)
        except UnsafeZip as exc:
            raise BundleError(path, [Problem(exc.entry or path.name, str(exc))]) from exc
        try:
            self.manifest = self._read_manifest()
        except BaseException:
            self._zip.close()
            raise

    def __enter__(self) -> BundleReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._zip.close()

    def _fail(self, problems: list[Problem]) -> BundleError:
        return BundleError(self.path, problems)

    def _read_manifest(self) -> Manifest:
        if MANIFEST not in self._zip.members:
            raise self._fail([Problem(MANIFEST, "missing: this is not an Edicola bundle")])
        raw = self._read(MANIFEST, self.limits.max_manifest_bytes)
        try:
            data = safejson.loads(raw)
        except UnicodeDecodeError as exc:
            raise self._fail([Problem(MANIFEST, f"invalid UTF-8 at byte {exc.start}")]) from exc
        except json.JSONDecodeError as exc:
            message = f"malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
            raise self._fail([Problem(MANIFEST, message)]) from exc
        except safejson.JsonRefused as exc:
            raise self._fail([Problem(MANIFEST, f"refused: {exc}")]) from exc
        problems = check_manifest(data)
        listed = set(data["files"]) if not problems else set()
        for name in self._zip.members:
            if name != MANIFEST and listed and name not in listed:
                problems.append(Problem(name, "not listed in the manifest (stray file)"))
        for name in sorted(listed - set(self._zip.members)):
            problems.append(Problem(name, "listed in the manifest but missing from the bundle"))
        if problems:
            raise self._fail(problems)
        manifest = Manifest(data)
        self.manifest = manifest
        problems = self._check_declared_sizes()
        if problems:
            raise self._fail(problems)
        return manifest

    def _check_declared_sizes(self) -> list[Problem]:
        """A size over the member's limit is refused before anything is read or stored."""
        problems = []
        for name, entry in sorted(self.manifest.files.items()):
            limit = self._limit_for(name)
            if entry["size"] > limit:
                problems.append(
                    Problem(
                        MANIFEST,
                        f"{entry['size']} bytes, over the {limit / MiB:g} MiB limit for this file",
                        f"files[{name}].size",
                    )
                )
        return problems[:20]

    def _read(self, name: str, max_bytes: int) -> bytes:
        try:
            return b"".join(self._zip.stream(name, max_bytes))
        except UnsafeZip as exc:
            raise self._fail([Problem(exc.entry or name, str(exc))]) from exc

    def _limit_for(self, name: str) -> int:
        if name in self.manifest.image_files:
            return self.limits.max_image_bytes
        from edicola.core.print.pages import page_file_limit  # replica PDFs: bytes per page

        return page_file_limit(self.manifest.raw, name) or self.limits.max_article_bytes

    def stream_member(self, name: str) -> Generator[bytes, None, None]:
        """A member's bytes in chunks; its size and sha256 are checked after the last one.

        A consumer writing into a transaction must let the generator finish (or
        raise) before committing: the checks run at the end.
        """
        expected = self.manifest.files[name]
        digest = hashlib.sha256()
        size = 0
        try:
            for chunk in self._zip.stream(name, self._limit_for(name)):
                digest.update(chunk)
                size += len(chunk)
                yield chunk
        except UnsafeZip as exc:
            raise self._fail([Problem(exc.entry or name, str(exc))]) from exc
        if size != expected["size"]:
            raise self._fail(
                [Problem(name, f"size is {size} bytes, the manifest says {expected['size']}")]
            )
        if digest.hexdigest() != expected["sha256"]:
            raise self._fail(
                [Problem(name, "sha256 does not match the manifest (damaged or altered)")]
            )

    def read_member(self, name: str) -> bytes:
        """A member's bytes after checking its size and sha256 against the manifest."""
        return b"".join(self.stream_member(name))

    def read_article(self, article: ArticleEntry) -> str:
        """An article's Markdown, checked: UTF-8, and within the rendering budget
        (:func:`edicola.core.render.markdown_problem`), so no article that could
        freeze the reader is ever imported."""
        from edicola.core.render import markdown_problem

        data = self.read_member(article.file)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise self._fail([Problem(article.file, f"invalid UTF-8 at byte {exc.start}")]) from exc
        problem = markdown_problem(text)
        if problem is not None:
            raise self._fail([Problem(article.file, problem)])
        return text

    def stream_image(self, name: str) -> tuple[str, int, Iterator[bytes]]:
        """Media type, size and checked chunks of an image, without holding it in memory."""
        chunks = self.stream_member(name)
        first = next(chunks, b"")
        media_type = sniff_image(first)
        if media_type is None:
            chunks.close()
            raise self._fail([Problem(name, "not a PNG, JPEG, GIF or WebP image")])
        size = int(self.manifest.files[name]["size"])
        try:
            check_image_header(media_type, first, size)
        except ImageProblem as exc:
            chunks.close()
            raise self._fail([Problem(name, str(exc))]) from exc
        return media_type, size, self._checked_tail(name, media_type, first, chunks)

    def _checked_tail(
        self, name: str, media_type: str, first: bytes, rest: Iterator[bytes]
    ) -> Iterator[bytes]:
        """The image's chunks; after the last, its end must be there (not truncated)."""
        tail = first[-64:]
        yield first
        for chunk in rest:
            tail = (tail + chunk)[-64:]
            yield chunk
        try:
            check_image_tail(media_type, tail)
        except ImageProblem as exc:
            raise self._fail([Problem(name, str(exc))]) from exc

    def read_image(self, name: str) -> tuple[bytes, str]:
        """A small image (a cover) in memory, checked."""
        media_type, _, chunks = self.stream_image(name)
        return b"".join(chunks), media_type

    def check_image(self, name: str) -> str:
        """Read an image through all its checks; returns its media type."""
        media_type, _, chunks = self.stream_image(name)
        for _ in chunks:
            pass
        return media_type

    def verify_all(self) -> list[Problem]:
        """Read every member and collect every problem, for ``edicola validate``."""
        from edicola.core.render import render_markdown

        problems: list[Problem] = []
        for article in self.manifest.articles:
            try:
                text = self.read_article(article)
            except BundleError as exc:
                problems.extend(exc.problems)
                continue
            rendered = render_markdown(
                text,
                edition_id=self.manifest.edition_id,
                language=self.manifest.language,
                images=frozenset(article.images),
            )
            for missing in rendered.missing_images:
                problems.append(Problem(article.file, f"references a missing image {missing!r}"))
        for name in sorted(self.manifest.image_files):
            try:
                self.check_image(name)
            except BundleError as exc:
                problems.extend(exc.problems)
        from edicola.core.print.pages import verify_pages  # the print replica (pages.py)

        problems.extend(verify_pages(self))
        return problems


def open_bundle(path: Path, limits: Limits | None = None) -> BundleReader:
    """Open a bundle for import; raises :class:`BundleError` with the first problems."""
    return BundleReader(path, limits)


def read_manifest(path: Path, limits: Limits | None = None) -> Manifest:
    """The validated manifest of a bundle (members are not read)."""
    with BundleReader(path, limits) as reader:
        return reader.manifest


def validate_bundle(path: Path, limits: Limits | None = None) -> list[Problem]:
    """Every problem with a bundle; an empty list means it is good to import."""
    try:
        with BundleReader(path, limits) as reader:
            return reader.verify_all()
    except BundleError as exc:
        return exc.problems
