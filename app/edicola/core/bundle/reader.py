"""Opening an edition bundle and reading its members, each checked as it is read.

The zip's structure is checked by :mod:`edicola.core.bundle.safezip`, the
manifest by :mod:`edicola.core.bundle.manifest_check`; sizes, checksums, UTF-8,
the rendering budget and image types are checked member by member, so an
importer can write as it reads inside a transaction and roll back on the first
problem.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Generator, Iterator
from pathlib import Path

from edicola.core import safejson
from edicola.core.bundle.format import (
    MANIFEST,
    ArticleEntry,
    BundleError,
    Manifest,
    Problem,
    sniff_image,
)
from edicola.core.bundle.image_check import ImageProblem, check_image_header, check_image_tail
from edicola.core.bundle.manifest_check import check_manifest
from edicola.core.bundle.safezip import Limits, MiB, SafeZip, UnsafeZip
from edicola.core.message import Message, message_of


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
            raise BundleError(path, [Problem(exc.entry or path.name, message_of(exc))]) from exc
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
            missing = Message("missing: this is not an Edicola bundle")
            raise self._fail([Problem(MANIFEST, missing)])
        raw = self._read(MANIFEST, self.limits.max_manifest_bytes)
        try:
            data = safejson.loads(raw)
        except UnicodeDecodeError as exc:
            message = Message("invalid UTF-8 at byte {at}", at=exc.start)
            raise self._fail([Problem(MANIFEST, message)]) from exc
        except json.JSONDecodeError as exc:
            message = Message(
                "malformed JSON at line {line}, column {column}: {why}",
                line=exc.lineno,
                column=exc.colno,
                why=exc.msg,
            )
            raise self._fail([Problem(MANIFEST, message)]) from exc
        except safejson.JsonRefused as exc:
            raise self._fail([Problem(MANIFEST, Message("refused: {why}", why=exc))]) from exc
        problems = check_manifest(data)
        listed = set(data["files"]) if not problems else set()
        for name in self._zip.members:
            if name != MANIFEST and listed and name not in listed:
                problems.append(Problem(name, Message("not listed in the manifest (stray file)")))
        for name in sorted(listed - set(self._zip.members)):
            missing = Message("listed in the manifest but missing from the bundle")
            problems.append(Problem(name, missing))
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
                        Message(
                            "{size} bytes, over the {limit:g} MiB limit for this file",
                            size=entry["size"],
                            limit=limit / MiB,
                        ),
                        f"files[{name}].size",
                    )
                )
        return problems[:20]

    def _read(self, name: str, max_bytes: int) -> bytes:
        try:
            return b"".join(self._zip.stream(name, max_bytes))
        except UnsafeZip as exc:
            raise self._fail([Problem(exc.entry or name, message_of(exc))]) from exc

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
            raise self._fail([Problem(exc.entry or name, message_of(exc))]) from exc
        if size != expected["size"]:
            message = Message(
                "size is {size} bytes, the manifest says {expected}",
                size=size,
                expected=expected["size"],
            )
            raise self._fail([Problem(name, message)])
        if digest.hexdigest() != expected["sha256"]:
            message = Message("sha256 does not match the manifest (damaged or altered)")
            raise self._fail([Problem(name, message)])

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
            message = Message("invalid UTF-8 at byte {at}", at=exc.start)
            raise self._fail([Problem(article.file, message)]) from exc
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
            raise self._fail([Problem(name, Message("not a PNG, JPEG, GIF or WebP image"))])
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
        from edicola.core.render import RenderError, render_markdown

        problems: list[Problem] = []
        for article in self.manifest.articles:
            try:
                text = self.read_article(article)
                rendered = render_markdown(
                    text,
                    edition_id=self.manifest.edition_id,
                    language=self.manifest.language,
                    images=frozenset(article.images),
                )
            except BundleError as exc:
                problems.extend(exc.problems)
                continue
            except RenderError as exc:  # the jail stopped it (issue 19)
                problems.append(Problem(article.file, str(exc)))
                continue
            for missing in rendered.missing_images:
                message = Message("references a missing image {image!r}", image=missing)
                problems.append(Problem(article.file, message))
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
