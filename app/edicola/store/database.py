"""Opening the library database: pragmas, migrations, one file per library.

Every store (editions, search, bookmarks, comments …) is handed a
``sqlite_utils.Database`` from :func:`open_library`; none opens its own.

Opening says what went wrong in the user's terms (docs/library.md): a library
that is missing, read-only, locked by another process, written by a newer
Edicola, on a full disk, or damaged. "Damaged" is said only when SQLite says
so, because a user told that may delete a healthy library.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

import sqlite_utils

from edicola.core.message import Message
from edicola.store.migrations import migrations

DATABASE_NAME = "library.db"
PAGE_SIZE = 16384
# How long a writer waits for another process's transaction before giving up.
LOCK_WAIT_MS = 60_000
# How long the first lock attempt waits before telling the user it is waiting.
_QUIET_WAIT_MS = 300


class LibraryError(Exception):
    """The library folder or database cannot be used (message is user-facing)."""


class LibraryMissing(LibraryError):
    """A read was asked of a folder that holds no library."""


class LibraryReadOnly(LibraryError):
    """The library can be read but not written."""


class LibraryDamaged(LibraryError):
    """SQLite reports the file corrupt or not a database."""


class LibraryTooNew(LibraryError):
    """The library's schema was written by a newer Edicola."""


class LibraryBusy(LibraryError):
    """Another process held the library's write lock for too long."""


class DiskFull(LibraryError):
    """The disk filled up during a write; the transaction was rolled back."""


def _error_name(exc: sqlite3.Error) -> str:
    return str(getattr(exc, "sqlite_errorname", "") or "")


def explain(exc: sqlite3.Error, folder: Path | None = None) -> LibraryError | None:
    """The user-facing error for a SQLite failure, or None when it is not a known kind."""
    name = _error_name(exc)
    where = (
        Message("the library at {folder}", folder=folder)
        if folder is not None
        else Message("the library")
    )
    path = folder / DATABASE_NAME if folder is not None else DATABASE_NAME
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return LibraryDamaged(
            Message(
                "the library database {path} is damaged (SQLite: {why}); keep the file "
                "(copy it somewhere safe, do not delete it): `sqlite3 library.db .recover` "
                "may rescue its contents",
                path=path,
                why=exc,
            )
        )
    if name.startswith("SQLITE_READONLY"):
        return LibraryReadOnly(Message("{where} is read-only", where=where))
    if name.startswith("SQLITE_FULL"):
        return DiskFull(Message("the disk is full; nothing was changed"))
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return LibraryBusy(
            Message(
                "{where} is locked by another Edicola process (an import or the reader); "
                "try again when it is done",
                where=where,
            )
        )
    return None


def library_exists(folder: Path) -> bool:
    return (folder / DATABASE_NAME).is_file()


def open_library(
    folder: Path,
    *,
    write: bool = True,
    create: bool = True,
    migrate: bool = True,
    on_wait: Callable[[], None] | None = None,
) -> sqlite_utils.Database:
    """Open the library database in ``folder``.

    ``write=False`` opens for reading: a read-only file or folder is opened
    read-only (``immutable`` when even the WAL index cannot be made) instead
    of failing. ``create=False`` refuses a folder with no library rather than
    making an empty one. ``on_wait`` is called once if another process holds
    the write lock, before waiting up to :data:`LOCK_WAIT_MS` for it.

    WAL lets the reader keep reading while the CLI or a download imports;
    foreign keys keep sections, articles and images tied to their edition.
    """
    path = folder / DATABASE_NAME
    if not path.exists():
        if not create:
            raise LibraryMissing(Message("no library at {folder}", folder=folder))
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            message = Message(
                "cannot create the library at {folder}: {why}", folder=folder, why=exc.strerror
            )
            raise LibraryError(message) from exc
    elif not path.is_file():
        raise LibraryError(Message("{path} is not a file", path=path))
    elif write and not _writable(path):
        where = Message("the library at {folder}", folder=folder)
        raise LibraryReadOnly(Message("{where} is read-only", where=where))
    try:
        conn = _connect(path, "rw" if path.exists() else "rwc")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as exc:
        if write or not _cannot_write(exc):
            raise _explain_open(exc, folder) from exc
        return _open_read_only(path, folder)
    try:
        return open_connection(conn, migrate=migrate, on_wait=on_wait, write=write, folder=folder)
    except (LibraryReadOnly, LibraryTooNew):
        conn.close()
        if write:
            raise
        return _open_read_only(path, folder)
    except LibraryError:
        conn.close()
        raise
    except sqlite3.Error as exc:
        conn.close()
        if not write and _cannot_write(exc):
            return _open_read_only(path, folder)
        raise _explain_open(exc, folder) from exc


def _connect(path: Path, mode: str, extra: str = "") -> sqlite3.Connection:
    uri = f"file:{quote(str(path.absolute()))}?mode={mode}{extra}"
    return sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=LOCK_WAIT_MS / 1000)


def _writable(path: Path) -> bool:
    """The file and its folder (where SQLite makes the WAL) can be written.

    ``access`` answers for this process: it knows root and read-only mounts,
    and costs no lock, so a reader never waits for an import to learn this.
    """
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def _cannot_write(exc: sqlite3.Error) -> bool:
    """A failure that read-only access avoids: no write permission on the file or folder."""
    return _error_name(exc).startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN"))


def _explain_open(exc: sqlite3.Error, folder: Path) -> LibraryError:
    known = explain(exc, folder)
    if known is not None:
        return known
    if _error_name(exc).startswith("SQLITE_CANTOPEN"):
        return LibraryError(
            Message(
                "cannot open the library at {folder}: permission denied or no such folder",
                folder=folder,
            )
        )
    return LibraryError(
        Message("cannot open the library at {folder}: {why}", folder=folder, why=exc)
    )


def _open_read_only(path: Path, folder: Path) -> sqlite_utils.Database:
    """Open for reading only; ``immutable`` when the WAL index cannot be created.

    Immutable skips locking, which is right for a library nobody can write.
    """
    last: sqlite3.Error | None = None
    for extra in ("", "&immutable=1"):
        try:
            conn = _connect(path, "ro", extra)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.Error as exc:
            last = exc
            continue
        try:
            conn.execute("PRAGMA foreign_keys=ON")
            db = sqlite_utils.Database(conn, execute_plugins=False)
            if migrations.pending(db):
                conn.close()
                raise LibraryReadOnly(
                    f"the library at {folder} is read-only and was written by an older "
                    "Edicola; open it once with write access to upgrade it"
                )
        except sqlite3.Error as exc:
            conn.close()
            raise _explain_open(exc, folder) from exc
        return db
    assert last is not None
    raise _explain_open(last, folder) from last


def open_connection(
    conn: sqlite3.Connection,
    *,
    migrate: bool = True,
    on_wait: Callable[[], None] | None = None,
    write: bool = False,
    folder: Path | None = None,
) -> sqlite_utils.Database:
    """Configure an already open connection (tests use ``:memory:``).

    Migrations run under ``BEGIN IMMEDIATE`` so two processes creating or
    upgrading one library at once take turns instead of failing. The lock
    is taken only when there is something to migrate, or for a writer that
    wants to be told (``on_wait``) when it has to wait for another process;
    a reader never waits for an import. ``write`` refuses a library written
    by a newer Edicola.
    """
    try:
        # 16 KiB pages: FTS5 segments (about 4 KB leaves) pack several to a page
        # and blobs spill into few overflow pages, while the few dozen small tables
        # and indexes, each at least one page, stay small (a vacuumed 10k-article
        # library: 4 KiB 1.59x its text, 16 KiB 1.46x, 64 KiB 1.53x). It only takes
        # effect when the database file is created.
        conn.execute(f"PRAGMA page_size={PAGE_SIZE}")
        # Incremental auto-vacuum: upkeep gives the pages a merge frees back in
        # bounded steps (store/upkeep.py). Like the page size, SQLite takes it only
        # before the first table (or at a VACUUM: ``edicola compact --vacuum``);
        # set only then, as setting it takes the write lock.
        if conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0:
            conn.execute("PRAGMA auto_vacuum=INCREMENTAL")
        conn.execute(f"PRAGMA busy_timeout={LOCK_WAIT_MS}")
        _use_wal(conn)
        conn.execute("PRAGMA foreign_keys=ON")
        # FULL: every commit fsyncs the WAL, so a comment draft or delivery
        # attempt survives a power cut, not just kill -9 (docs/comments.md).
        conn.execute("PRAGMA synchronous=FULL")
        # No sqlite-utils plugins: the library is Edicola's, and finding them reads
        # every installed package's entry points (about 40 ms of the reader's start).
        db = sqlite_utils.Database(conn, execute_plugins=False)
        if write:
            _check_not_newer(db, folder)
        if (migrate and migrations.pending(db)) or (write and on_wait is not None):
            _begin_immediate(conn, on_wait)
            try:
                if migrate:
                    if write:
                        _check_not_newer(db, folder)
                    migrations.apply(db)
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
    except sqlite3.Error as exc:
        known = explain(exc, folder)
        if known is not None:
            raise known from exc
        raise
    return db


def _use_wal(conn: sqlite3.Connection) -> None:
    """Switch a new library to WAL. The switch needs the database to itself, and
    while another process is creating the same library SQLite can answer
    "locked" without waiting (seen under load despite busy_timeout): so try
    again until the lock wait ends."""
    deadline = time.monotonic() + LOCK_WAIT_MS / 1000
    while True:
        try:
            if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _begin_immediate(conn: sqlite3.Connection, on_wait: Callable[[], None] | None) -> None:
    """Take the write lock, telling ``on_wait`` once if another process has it."""
    conn.execute(f"PRAGMA busy_timeout={_QUIET_WAIT_MS}")
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        if not _error_name(exc).startswith("SQLITE_BUSY"):
            raise
        if on_wait is not None:
            on_wait()
        conn.execute(f"PRAGMA busy_timeout={LOCK_WAIT_MS}")
        conn.execute("BEGIN IMMEDIATE")
    finally:
        conn.execute(f"PRAGMA busy_timeout={LOCK_WAIT_MS}")


def _check_not_newer(db: sqlite_utils.Database, folder: Path | None) -> None:
    known = {m.name for m in migrations._migrations}
    unknown = [name for name in schema_version(db) if name not in known]
    if unknown:
        where = f"the library at {folder}" if folder is not None else "the library"
        raise LibraryTooNew(
            f"{where} was upgraded by a newer Edicola (schema {unknown[-1]}); "
            "this version can only read it: install the newer Edicola to change it"
        )


def schema_version(db: sqlite_utils.Database) -> list[str]:
    """Names of the migrations applied, oldest first."""
    return [m.name for m in migrations.applied(db)]
