"""Article bodies compressed with a zstd dictionary trained on the library's own articles.

An article is a few kilobytes: too short for a compressor to learn its language's
words and its Markdown's habits before it ends. A 64 KiB dictionary trained on
500 to 1,000 bodies of one language gives zstd that start: the benchmark's bodies
shrink from 0.51x of their text (zlib, article by article) to 0.42x at level 6, for
no more CPU than zlib took and half its time to decompress (issue 21,
``docs/benchmarks.md``).

A library holds three forms side by side, told apart by their first bytes:

* a zstd frame (``28 b5 2f fd``): its header names its dictionary by id
  (``body_dictionaries.id``; zstd derives the id from the dictionary's content, so
  an id never names two dictionaries, even across a rolled-back import);
* a zlib stream: every body of a language with no dictionary yet (a small library)
  and every body written before migration 0017, left as it was;
* plain text (a ``TEXT`` value): rows from before migration 0007.

A dictionary is trained inside the import that leaves a language with
``train_at`` articles and none (``body_languages`` counts them, so the check reads
no article), from that language's newest ``sample`` bodies: about 0.3 s of CPU once
per language per library. Dictionaries are never deleted: deleting editions cannot
take one that a kept body needs. ``zstandard`` is imported when a zstd frame or a
dictionary is first met, so a one-shot search (``edicola.quick_search``) of a
library without any does not load it.
"""

from __future__ import annotations

import os
import sys
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType

from edicola.store.article_body import ZSTD_MAGIC, BodyError
from edicola.store.article_body import pack as zlib_pack
from edicola.store.article_body import unpack as plain_or_zlib
from edicola.store.article_body import unpack_growing as zlib_growing

TYPE_CHECKING = False  # not ``typing``'s: a one-shot search skips importing it
if TYPE_CHECKING:
    import zstandard
    from sqlite_utils import Database

TRAIN_AT = 500
"""Articles of one language that make the library train a dictionary for it: a
dictionary from 500 bodies compresses as well as one from 1,000 or 2,000 (0.434,
0.433, 0.433x of the text at level 6), and every body before it stays zlib until
upkeep re-packs it (issue 21)."""

SAMPLE = 1000
"""Bodies a dictionary is trained on at most (the language's newest)."""

DICT_SIZE = 64 * 1024
"""Dictionary bytes: 32 KiB compress 2 % worse, 110 KiB 1 % better (issue 21)."""

SEGMENT, DMER = 50, 6
"""Training's ``k`` and ``d`` (bytes per segment and per d-mer), fixed: what zstd's own
search of them picks on the benchmark's articles (0.406x of the text), found in 0.1 s
instead of its 0.3-0.7 s search (k=50, d=8: 0.416x) (issue 21)."""

REPACK_BATCH = 200
"""Older bodies re-packed per upkeep step: about 10 ms of CPU."""

LEVEL = 6
"""zstd level with a dictionary: on the benchmark's articles (a dictionary from zstd's
default training) 0.416x of the text at about zlib 6's CPU; level 3 gives 0.431x at a
third of it, level 9 0.403x at twice it (issue 21)."""

TABLES = """
CREATE TABLE body_dictionaries (
    id INTEGER PRIMARY KEY,
    language TEXT NOT NULL,
    data BLOB NOT NULL,
    trained_at TEXT NOT NULL
);
CREATE INDEX body_dictionaries_by_language ON body_dictionaries(language, trained_at);
CREATE TABLE body_languages (
    language TEXT PRIMARY KEY,
    articles INTEGER NOT NULL,
    older_to INTEGER NOT NULL DEFAULT 0
)
"""
"""Migration 0017: the dictionaries (``id`` is the zstd dictionary id each frame's
header names), and per language the articles imported (the training trigger) and
the highest article rowid that may still hold an older form (what :meth:`BodyCodec.repack`
has left to do; 0: nothing)."""


def count_languages(db: Database) -> None:
    """Fill ``body_languages`` from the articles already in the library (migration 0017:
    one pass over them; imports keep the counts after that)."""
    db.execute(
        "INSERT INTO body_languages (language, articles) "
        "SELECT language, count(*) FROM articles GROUP BY language"
    )


def _zstandard() -> ModuleType:
    """python-zstandard's C backend, loaded at first need without the package around it.

    ``import zstandard`` costs about 5 ms, mostly ``typing`` and ``platform`` that its
    ``__init__`` imports to pick a backend; the C extension alone loads in under 1 ms,
    and a one-shot ``edicola search --json`` is about 45 ms in all (issue 21). It is the
    same classes and functions; anything unexpected falls back to the package."""
    found = sys.modules.get("zstandard") or sys.modules.get("zstandard.backend_c")
    if found is not None:
        return found
    try:
        from importlib.machinery import EXTENSION_SUFFIXES, ExtensionFileLoader, ModuleSpec
        from importlib.util import find_spec, module_from_spec

        package = find_spec("zstandard")  # found, not run
        if package is None or not package.submodule_search_locations:
            raise ImportError("zstandard")
        if "PYTHON_ZSTANDARD_IMPORT_POLICY" in os.environ:  # the user chose a backend
            raise ImportError("zstandard")
        folder = Path(package.submodule_search_locations[0])
        path = next(
            folder / f"backend_c{suffix}"
            for suffix in EXTENSION_SUFFIXES
            if (folder / f"backend_c{suffix}").is_file()
        )
        loader = ExtensionFileLoader("zstandard.backend_c", str(path))
        module = module_from_spec(ModuleSpec(loader.name, loader, origin=loader.path))
        loader.exec_module(module)
    except Exception:  # another layout or backend: the package's own choice
        import zstandard

        return zstandard
    sys.modules[loader.name] = module  # ``import zstandard`` later reuses it
    return module


def _warn(message: str, *args: object) -> None:
    import logging

    logging.getLogger(__name__).warning(message, *args)


class Packer:
    """Packs the bodies of one language: zstd with its dictionary, or zlib."""

    __slots__ = ("_compress",)

    def __init__(self, encoder: zstandard.ZstdCompressor | None) -> None:
        self._compress = encoder.compress if encoder is not None else None

    @property
    def with_dictionary(self) -> bool:
        return self._compress is not None

    def __call__(self, markdown: str) -> bytes:
        if self._compress is None:
            return zlib_pack(markdown)
        return self._compress(markdown.encode("utf-8"))


class BodyCodec:
    """Packs and unpacks one library's article bodies (every stored form).

    Made per library database (``Library.from_db``) and handed to the stores that
    read or write bodies. ``train_at``, ``sample`` and ``dict_size`` are there for
    tests; the library uses the defaults.
    """

    def __init__(
        self,
        db: Database,
        *,
        train_at: int = TRAIN_AT,
        sample: int = SAMPLE,
        dict_size: int = DICT_SIZE,
        level: int = LEVEL,
    ) -> None:
        self.db = db
        self.train_at = train_at
        self.sample = sample
        self.dict_size = dict_size
        self.level = level
        self._decoders: dict[int, zstandard.ZstdDecompressor] = {}
        self._encoders: dict[int, zstandard.ZstdCompressor] = {}

    # -- reading ---------------------------------------------------------------

    def unpack(self, stored: str | bytes | memoryview) -> str:
        """An article's Markdown from any stored form."""
        if isinstance(stored, str) or stored[:4] != ZSTD_MAGIC:
            try:
                return plain_or_zlib(stored)
            except zlib.error as exc:
                raise BodyError(f"an article body is damaged (zlib: {exc})") from None
        return self._zstd_bytes(stored).decode("utf-8")

    def unpack_growing(self, stored: bytes, sizes: tuple[int, ...]) -> Iterator[tuple[bytes, bool]]:
        """As :func:`edicola.store.article_body.unpack_growing`, for zlib and zstd bodies:
        each step continues the last (the start is never decompressed again). A zstd
        body knows its length, so one that ends exactly at a step says it is whole
        there; zlib sometimes says so only at the next step."""
        if stored[:4] != ZSTD_MAGIC:
            return zlib_growing(stored, sizes)
        return self._zstd_growing(stored, sizes)

    def _zstd_growing(self, stored: bytes, sizes: tuple[int, ...]) -> Iterator[tuple[bytes, bool]]:
        """zstd decodes a block at once (up to 128 KiB: nearly always the whole body),
        and decoding it whole costs less than streaming its first 1,000 bytes (8.7
        against 9.9 µs): the body is decompressed once, at the first step, and cut."""
        data = self._zstd_bytes(stored)
        cut = 0
        for size in sizes:
            cut = max(cut, min(size, len(data)))
            yield data[:cut], cut == len(data)
            if cut == len(data):
                return
        yield data, True

    def _zstd_bytes(self, stored: bytes | memoryview) -> bytes:
        zstandard = _zstandard()
        try:
            decoder = self._decoder(stored)
            if zstandard.frame_content_size(stored) < 0:  # a frame not written here
                return bytes(decoder.decompressobj().decompress(stored))
            return bytes(decoder.decompress(stored))
        except zstandard.ZstdError as exc:
            raise BodyError(f"an article body is damaged (zstd: {exc})") from None

    def unpacked_length(self, stored: str | bytes | memoryview | None) -> int:
        """Bytes of UTF-8 Markdown a stored body holds (an SQL function for size
        figures): a zstd frame says so in its header."""
        if stored is None:
            return 0
        if isinstance(stored, str):
            return len(stored.encode("utf-8"))
        if stored[:4] == ZSTD_MAGIC:
            size = int(_zstandard().frame_content_size(stored))
            if size >= 0:
                return size
        return len(self.unpack(stored).encode("utf-8"))

    def _decoder(self, stored: bytes | memoryview) -> zstandard.ZstdDecompressor:
        """The decompressor for the dictionary a frame's header names."""
        zstd = _zstandard()
        try:
            dict_id = int(zstd.get_frame_parameters(stored).dict_id)
        except zstd.ZstdError as exc:
            raise BodyError(f"an article body is damaged (zstd: {exc})") from None
        decoder = self._decoders.get(dict_id)
        if decoder is None:
            if dict_id == 0:
                decoder = zstd.ZstdDecompressor()
            else:
                decoder = zstd.ZstdDecompressor(dict_data=self._dictionary(dict_id))
            self._decoders[dict_id] = decoder
        return decoder

    def _dictionary(self, dict_id: int) -> zstandard.ZstdCompressionDict:
        import sqlite3

        try:
            row = self.db.execute(
                "SELECT data FROM body_dictionaries WHERE id = ?", [dict_id]
            ).fetchone()
        except sqlite3.OperationalError:  # no such table: a library older than 0017
            row = None
        if row is None:
            raise BodyError(
                f"an article body needs compression dictionary {dict_id}, "
                "which this library does not hold"
            )
        dictionary: zstandard.ZstdCompressionDict = _zstandard().ZstdCompressionDict(bytes(row[0]))
        return dictionary

    # -- writing ---------------------------------------------------------------

    def packer(self, language: str) -> Packer:
        """How bodies of ``language`` are packed now: with its newest dictionary, or
        zlib while it has none. Asked once per imported edition."""
        row = self.db.execute(
            "SELECT id FROM body_dictionaries WHERE language = ? ORDER BY trained_at DESC LIMIT 1",
            [language],
        ).fetchone()
        if row is None:
            return Packer(None)
        encoder = self._encoders.get(row[0])
        if encoder is None:
            dictionary = self._dictionary(row[0])
            dictionary.precompute_compress(level=self.level)
            encoder = _zstandard().ZstdCompressor(level=self.level, dict_data=dictionary)
            self._encoders[row[0]] = encoder
        return Packer(encoder)

    def bodies_added(self, language: str, count: int) -> int | None:
        """Count ``count`` new bodies of ``language`` (inside the importing transaction)
        and train its dictionary when they reach ``train_at`` and it has none.
        Returns the new dictionary's id, if one was trained."""
        self.db.execute(
            "INSERT INTO body_languages (language, articles) VALUES (?, ?) "
            "ON CONFLICT (language) DO UPDATE SET articles = articles + excluded.articles",
            [language, count],
        )
        if self.db.execute(
            "SELECT 1 FROM body_dictionaries WHERE language = ?", [language]
        ).fetchone():
            return None
        (articles,) = self.db.execute(
            "SELECT articles FROM body_languages WHERE language = ?", [language]
        ).fetchone()
        if articles < self.train_at:
            return None
        return self.train(language)

    def repack(self, limit: int = REPACK_BATCH) -> tuple[str, int] | None:
        """Re-pack the older bodies (zlib, plain text) of one language among the next
        ``limit`` articles, newest first, with its dictionary, in the caller's
        transaction: the language and how many were re-packed, or ``None`` when none
        is left. A bounded batch for idle time (upkeep, ``store/upkeep.py``): a
        library that had articles before its dictionaries keeps them readable as
        they are until then (issue 21).

        ``body_languages.older_to`` keeps the place, so a library that was re-packed
        is never read again to find out."""
        row = self.db.execute(
            "SELECT language, older_to FROM body_languages WHERE older_to > 0 LIMIT 1"
        ).fetchone()
        if row is None:
            return None
        language, older_to = row
        rows = self.db.execute(
            "SELECT rowid, language, markdown FROM articles WHERE rowid <= ? "
            "ORDER BY rowid DESC LIMIT ?",  # every language: a step reads ``limit`` rows
            [older_to, limit],
        ).fetchall()
        pack = self.packer(language)
        changed = []
        for rowid, of, stored in rows:
            if of != language or not pack.with_dictionary:
                continue
            if not isinstance(stored, str) and stored[:4] == ZSTD_MAGIC:
                continue
            try:
                changed.append((pack(self.unpack(stored)), rowid))
            except BodyError as exc:  # left as it is: the reader says so when it is opened
                _warn("article body %s not re-packed: %s", rowid, exc)
        self.db.conn.executemany("UPDATE articles SET markdown = ? WHERE rowid = ?", changed)
        left = int(rows[-1][0]) - 1 if len(rows) == limit else 0
        self.db.execute(
            "UPDATE body_languages SET older_to = ? WHERE language = ?", [left, language]
        )
        return language, len(changed)

    def train(self, language: str) -> int | None:
        """Train and store a dictionary from ``language``'s newest bodies; its id, or
        ``None`` (logged) when zstd cannot train one from them."""
        rows = self.db.execute(
            "SELECT markdown FROM articles WHERE language = ? ORDER BY rowid DESC LIMIT ?",
            [language, self.sample],
        ).fetchall()
        samples: list[bytes | bytearray | memoryview] = [
            self.unpack(row[0]).encode("utf-8") for row in rows
        ]
        zstd = _zstandard()
        try:
            trained = zstd.train_dictionary(
                self.dict_size, samples, k=SEGMENT, d=DMER, level=self.level
            )
        except zstd.ZstdError as exc:
            _warn("no compression dictionary for %r: %s", language, exc)
            return None
        dict_id = int(trained.dict_id())
        taken = self.db.execute("SELECT 1 FROM body_dictionaries WHERE id = ?", [dict_id])
        if dict_id == 0 or taken.fetchone():
            _warn("no compression dictionary for %r: id %s taken", language, dict_id)
            return None
        self.db.execute(
            "INSERT INTO body_dictionaries (id, language, data, trained_at) VALUES (?, ?, ?, ?)",
            [dict_id, language, trained.as_bytes(), datetime.now(UTC).isoformat()],
        )
        # Every body of the language written so far is an older form: repack's work.
        self.db.execute(
            "UPDATE body_languages SET older_to = (SELECT coalesce(max(rowid), 0) FROM articles) "
            "WHERE language = ?",
            [language],
        )
        return dict_id
