"""A folder of exported editions, kept up to date (``edicola export --to DIR``, the
reader's export folder setting, *Send to device…*).

Each edition is one file, ``<edition id>.epub``; what revision a file holds is
read back from the file itself (its package's ``schema:version``), so no
state is kept anywhere else: a file missing or older than the library's
revision is written, anything else is left alone. A folder synced to a device
or a cloud sees a file change only when its edition did.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from edicola.core.epub.content import EpubEdition
from edicola.core.epub.package import PACKAGE
from edicola.core.epub.writer import EXTENSION, ExportError, write_epub

_VERSION = re.compile(rb'<meta property="schema:version">(\d{1,10})</meta>')
_MAX_PACKAGE = 1 << 20


def file_name(edition_id: str) -> str:
    return edition_id + EXTENSION


def exported_revision(path: Path) -> int | None:
    """The edition revision an EPUB written by Edicola holds, or None (missing, foreign,
    unreadable: then it is written again)."""
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo(PACKAGE)
            if info.file_size > _MAX_PACKAGE:
                return None
            found = _VERSION.search(archive.read(info))
    except (OSError, KeyError, zipfile.BadZipFile, EOFError, RuntimeError, ValueError):
        return None
    return int(found.group(1)) if found else None


@dataclass
class FolderExport:
    written: list[Path] = field(default_factory=list)
    current: list[str] = field(default_factory=list)
    """Edition ids whose file was already there, at this revision or later."""
    failed: list[str] = field(default_factory=list)
    """One line per edition that could not be exported."""


def export_new(
    folder: Path,
    editions: Iterable[tuple[str, int]],
    load: Callable[[str], EpubEdition],
    *,
    embed_font: bool = True,
) -> FolderExport:
    """Write every edition of ``editions`` (id, revision) that ``folder`` lacks or holds
    an older revision of. ``load`` gives an edition's content; an edition that fails
    is reported in ``failed`` and the others still go."""
    result = FolderExport()
    for edition_id, revision in editions:
        target = folder / file_name(edition_id)
        held = exported_revision(target)
        if held is not None and held >= revision:
            result.current.append(edition_id)
            continue
        try:
            write_epub(load(edition_id), target, embed_font=embed_font)
        except (ExportError, LookupError) as exc:
            result.failed.append(str(exc))
            continue
        result.written.append(target)
    return result
