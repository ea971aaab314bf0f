"""The edition bundle, format v1: one zip with a manifest, articles and images.

``docs/bundle-format.md`` is the specification; the JSON Schema for the
manifest is ``resources/schemas/manifest-v1.schema.json``. This module holds the
format's vocabulary: its names, the manifest as a reader sees it, and the
problems reported with the file and the field they are about.
:mod:`~edicola.core.bundle.manifest_check` checks a manifest's rules and
:mod:`~edicola.core.bundle.reader` opens a bundle and streams its members, checked.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from edicola.core.control_chars import visible_controls
from edicola.core.message import Message

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
        return self.describe()

    def describe(self) -> str:
        """``file: field: message``, a :class:`Message` (the reader sees it translated),
        on one line: control characters a hostile bundle put in a name are escaped."""
        file = visible_controls(self.file)
        message = visible_controls(self.message)
        if message == self.message:  # nothing escaped: keep a Message's template
            message = self.message
        if self.field:
            field = visible_controls(self.field)
            return Message("{file}: {field}: {message}", file=file, field=field, message=message)
        return Message("{file}: {message}", file=file, message=message)


class BundleError(Exception):
    """A bundle that must not be imported. ``str()`` is a one-line user message."""

    def __init__(self, bundle: Path, problems: list[Problem]) -> None:
        self.bundle = bundle
        self.problems = problems
        first = problems[0] if problems else Problem(bundle.name, Message("invalid bundle"))
        problem, more = first.describe(), len(problems) - 1
        # A problem of the zip itself already names the bundle: say it once.
        if first.file == bundle.name:
            text = Message("{problem} (and %n more)", more, problem=problem) if more else problem
        elif more:
            text = Message(
                "{bundle}: {problem} (and %n more)", more, bundle=bundle.name, problem=problem
            )
        else:
            text = Message("{bundle}: {problem}", bundle=bundle.name, problem=problem)
        super().__init__(text)


@dataclass(frozen=True)
class ArticleMeta:
    """What every view of an article shares: the manifest's entry, the editorial
    checks' text (:class:`~edicola.core.bundle.edition_text.ArticleText`)."""

    id: str
    section: str
    title: str
    standfirst: str
    authors: tuple[str, ...]
    published: str


@dataclass(frozen=True)
class ArticleEntry(ArticleMeta):
    """An article as the manifest lists it."""

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
