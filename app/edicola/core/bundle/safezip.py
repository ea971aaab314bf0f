"""Reading untrusted zip files without trusting anything they say about themselves.

A bundle comes from the network. Before a single member is decompressed the
central directory is checked (names, types, methods, duplicates, overlapping
local entries — Python 3.11's zipfile does not reject those, CVE-2024-0450),
and every member is then streamed in chunks while the bytes actually produced
are counted, so a zip bomb is stopped by what it inflates to, never by what its
headers claim. Nothing is ever extracted to disk.

The rules follow Mozilla's SafeZip (addons-server) and Sonar's rule S5042.
"""

from __future__ import annotations

import stat
import struct
import unicodedata
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from edicola.core.message import Message

MiB = 1024 * 1024
_CHUNK = 256 * 1024
_LOCAL_HEADER = struct.Struct("<4s5H3L2H")
_LOCAL_MAGIC = b"PK\x03\x04"
_ALLOWED_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}


@dataclass(frozen=True)
class Limits:
    """How much a bundle may hold; the defaults are documented in docs/bundle-format.md."""

    max_bundle_bytes: int = 200 * MiB
    max_total_bytes: int = 512 * MiB
    max_entries: int = 5000
    max_manifest_bytes: int = 8 * MiB
    """Room for the schema's 2,000 articles with long titles, standfirsts and images."""
    max_article_bytes: int = 2 * MiB
    max_image_bytes: int = 50 * MiB
    max_ratio: float = 20.0
    max_entry_ratio: float = 100.0
    ratio_free_bytes: int = 1 * MiB
    """Entries up to this size are not held to ``max_entry_ratio`` (text compresses well)."""


class UnsafeZip(Exception):
    """The zip is broken or hostile. ``entry`` names the member when one is at fault."""

    def __init__(self, message: str, entry: str | None = None) -> None:
        super().__init__(message)
        self.entry = entry


@dataclass(frozen=True)
class Member:
    name: str
    compressed_size: int
    declared_size: int


def _check_name(name: str) -> str | None:
    """Why ``name`` is not a safe relative path, or None when it is."""
    if not name:
        return "empty file name"
    if "\x00" in name:
        return "NUL byte in file name"
    if "\\" in name:
        return "backslash in file name"
    if name.startswith("/"):
        return "absolute path"
    if len(name) >= 2 and name[1] == ":":
        return "drive-letter path"
    if name.endswith("/"):
        return "directory entry"
    parts = name.split("/")
    if any(part in ("", ".", "..") for part in parts):
        return "path with '..', '.' or an empty segment"
    # A control character is never printable: most names are, and skip the loop.
    if not name.isprintable() and any(unicodedata.category(ch) == "Cc" for ch in name):
        return "control character in file name"
    return None


class SafeZip:
    """A zip opened for reading with every structural check done up front."""

    def __init__(self, path: Path, limits: Limits) -> None:
        self.path = path
        self.limits = limits
        self._file: BinaryIO | None = None
        self._zip: zipfile.ZipFile | None = None
        self.members: dict[str, Member] = {}
        self._inflated = 0
        self._open()

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()
        if self._file is not None:
            self._file.close()
        self._zip = self._file = None

    def _open(self) -> None:
        try:
            size = self.path.stat().st_size
        except OSError as exc:
            why = exc.strerror or exc
            raise UnsafeZip(Message("cannot read the file: {why}", why=why)) from exc
        if size == 0:
            raise UnsafeZip(Message("the file is empty"))
        if size > self.limits.max_bundle_bytes:
            raise UnsafeZip(
                Message(
                    "the file is {size:.1f} MiB, over the {limit:.0f} MiB limit",
                    size=size / MiB,
                    limit=self.limits.max_bundle_bytes / MiB,
                )
            )
        self._file = self.path.open("rb")
        try:
            self._zip = zipfile.ZipFile(self._file)
        except zipfile.BadZipFile as exc:
            self.close()
            raise UnsafeZip(Message("not a zip file or a truncated one ({why})", why=exc)) from exc
        except (OSError, ValueError, EOFError, NotImplementedError) as exc:
            # NotImplementedError: a "version needed" above what zipfile reads (fuzzing).
            self.close()
            raise UnsafeZip(Message("unreadable zip: {why}", why=exc)) from exc
        try:
            self._check_directory(size)
        except BaseException:
            self.close()
            raise

    def _check_directory(self, file_size: int) -> None:
        assert self._zip is not None
        infos = self._zip.infolist()
        if len(infos) > self.limits.max_entries:
            raise UnsafeZip(f"{len(infos)} entries, over the limit of {self.limits.max_entries}")
        seen: dict[str, str] = {}
        for info in infos:
            name = info.filename
            problem = _check_name(name)
            if problem:
                raise UnsafeZip(f"unsafe entry: {problem}", name)
            mode = info.external_attr >> 16
            if info.create_system == 3 and stat.S_IFMT(mode) not in (0, stat.S_IFREG):
                kind = "symbolic link" if stat.S_ISLNK(mode) else "special file"
                raise UnsafeZip(f"unsafe entry: {kind}", name)
            if info.flag_bits & 0x1:
                raise UnsafeZip("encrypted entry", name)
            if info.compress_type not in _ALLOWED_METHODS:
                raise UnsafeZip(
                    f"unsupported compression method {info.compress_type} "
                    "(only stored and deflated are allowed)",
                    name,
                )
            folded = unicodedata.normalize("NFC", name).casefold()
            if folded in seen:
                other = seen[folded]
                same = "" if other == name else f" (clashes with {other!r})"
                raise UnsafeZip(f"duplicate entry{same}", name)
            seen[folded] = name
            self.members[name] = Member(name, info.compress_size, info.file_size)
        self._check_overlaps(infos, file_size)
        self.check_declared_totals()

    def _check_overlaps(self, infos: list[zipfile.ZipInfo], file_size: int) -> None:
        """Each local entry must own its bytes: no two entries may share data."""
        assert self._file is not None and self._zip is not None
        start_dir = getattr(self._zip, "start_dir", file_size)
        ordered = sorted(infos, key=lambda i: i.header_offset)
        previous_end = 0
        for info in ordered:
            offset = info.header_offset
            if offset < previous_end:
                raise UnsafeZip("overlapping entries (a zip-bomb construction)", info.filename)
            self._file.seek(offset)
            header = self._file.read(_LOCAL_HEADER.size)
            if len(header) != _LOCAL_HEADER.size or header[:4] != _LOCAL_MAGIC:
                raise UnsafeZip("local header missing or damaged", info.filename)
            fields = _LOCAL_HEADER.unpack(header)
            name_len, extra_len = fields[9], fields[10]
            end = offset + _LOCAL_HEADER.size + name_len + extra_len + info.compress_size
            if end > start_dir:
                raise UnsafeZip("entry runs into the central directory", info.filename)
            previous_end = end

    def stream(self, name: str, max_bytes: int) -> Iterator[bytes]:
        """The member's bytes in chunks, every limit enforced as it inflates."""
        assert self._zip is not None
        member = self.members[name]
        produced = 0
        try:
            with self._zip.open(name) as handle:
                while True:
                    chunk = handle.read(_CHUNK)
                    if not chunk:
                        break
                    produced += len(chunk)
                    self._inflated += len(chunk)
                    self._check_growth(member, produced, max_bytes)
                    yield chunk
        except UnsafeZip:
            raise
        except (
            zipfile.BadZipFile,
            zlib.error,
            EOFError,
            OSError,
            ValueError,
            NotImplementedError,
        ) as exc:
            raise UnsafeZip(f"damaged data ({exc})", name) from exc
        if produced != member.declared_size:
            raise UnsafeZip(
                f"size is {produced} bytes but the zip header says {member.declared_size}", name
            )

    def _check_growth(self, member: Member, produced: int, max_bytes: int) -> None:
        if self._inflated > self.limits.max_total_bytes:
            raise UnsafeZip(
                f"more than {self.limits.max_total_bytes / MiB:.0f} MiB uncompressed in all"
            )
        if produced > max_bytes:
            raise UnsafeZip(
                f"larger than the {max_bytes / MiB:g} MiB limit for this file", member.name
            )
        if produced > self.limits.ratio_free_bytes:
            ratio = produced / max(member.compressed_size, 1)
            if ratio > self.limits.max_entry_ratio:
                raise UnsafeZip(
                    f"compression ratio over {self.limits.max_entry_ratio:g} (zip bomb?)",
                    member.name,
                )

    def check_declared_totals(self) -> None:
        """Refuse early what the headers already admit is too big (real sizes are checked too)."""
        total = sum(m.declared_size for m in self.members.values())
        compressed = sum(m.compressed_size for m in self.members.values())
        if total > self.limits.max_total_bytes:
            raise UnsafeZip(
                f"{total / MiB:.0f} MiB uncompressed, over the "
                f"{self.limits.max_total_bytes / MiB:.0f} MiB limit"
            )
        if (
            total > self.limits.ratio_free_bytes
            and total / max(compressed, 1) > self.limits.max_ratio
        ):
            raise UnsafeZip(f"overall compression ratio over {self.limits.max_ratio:g} (zip bomb?)")
