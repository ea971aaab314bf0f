"""What an export does on the pool: open the library for reading, read an edition, write.

Every function here runs on a worker thread of the tasks runner's pool, so it
opens a read-only connection of its own (SQLite connections stay on their
thread; WAL lets it read while the import queue writes) and closes it when
done. Nothing here touches Qt: the controllers hand the outcome to the GUI
thread. The reading and writing are the core's (:mod:`edicola.core.epub`), the
same code as ``edicola export``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from edicola.core.epub.devices import Device, find_devices
from edicola.core.epub.folder import FolderExport, export_new
from edicola.core.epub.from_library import UnknownEdition, edition_from_library
from edicola.core.epub.writer import write_epub
from edicola.store.database import open_library
from edicola.store.editions import EditionStore
from edicola.store.follows import followed_publications
from edicola.store.pages import PageStore

Volumes = Callable[[], list[Path]]
"""The mounted volumes to look for e-readers on (``devices.system_volumes`` in the app)."""


@dataclass(frozen=True)
class FileExport:
    path: Path
    size: int
    """Bytes written."""


@contextmanager
def _reading(library_folder: Path) -> Iterator[Database]:
    db = open_library(library_folder, write=False, create=False, migrate=False)
    try:
        yield db
    finally:
        db.close()


def export_file(library_folder: Path, edition_id: str, target: Path) -> FileExport:
    """Write edition ``edition_id`` to ``target`` (*Export edition as EPUB…*)."""
    with _reading(library_folder) as db:
        edition = edition_from_library(EditionStore(db), PageStore(db), edition_id)
    return FileExport(target, write_epub(edition, target))


def export_into(library_folder: Path, edition_ids: Iterable[str], folder: Path) -> FolderExport:
    """Write each of ``edition_ids`` into ``folder`` unless it holds that revision already
    (*Send to device…*, a chosen folder); an edition gone from the library is reported
    in ``failed``."""
    with _reading(library_folder) as db:
        return _into(db, edition_ids, folder)


def export_followed(library_folder: Path, edition_ids: Iterable[str], folder: Path) -> FolderExport:
    """Of ``edition_ids`` (the editions an import added or revised), write those of the
    followed publications (the Newsstand's subscriptions and the feeds papers) into
    ``folder``: the export folder setting. Others are left alone, unreported."""
    with _reading(library_folder) as db:
        followed = followed_publications(db, library_folder)
        editions = EditionStore(db)
        chosen = []
        for edition_id in sorted(set(edition_ids)):
            found = editions.edition(edition_id)
            if found is not None and found.publication_id in followed:
                chosen.append(edition_id)
        return _into(db, chosen, folder) if chosen else FolderExport()


def _into(db: Database, edition_ids: Iterable[str], folder: Path) -> FolderExport:
    editions = EditionStore(db)
    pages = PageStore(db)
    wanted = []
    missing = []
    for edition_id in edition_ids:
        found = editions.edition(edition_id)
        if found is None:
            missing.append(str(UnknownEdition(f"no edition {edition_id!r} in the library")))
        else:
            wanted.append((edition_id, found.revision))
    result = export_new(folder, wanted, lambda eid: edition_from_library(editions, pages, eid))
    result.failed[:0] = missing
    return result


def mounted_readers(volumes: Volumes) -> list[Device]:
    """The e-readers mounted now (a slow or hung volume keeps only the pool waiting)."""
    return find_devices(volumes())
