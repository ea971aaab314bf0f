"""``edicola search`` without click: the one command scripts run in a loop.

A one-shot search is a few milliseconds of SQL; importing click and the CLI's
context (platformdirs, every option type) cost more than the search itself
(``docs/benchmarks.md``, issue 21). :func:`run` answers the plain forms
``[--library DIR] search QUERY --json [--limit N]`` on a library whose schema
is current, with the output ``edicola.cli.search`` prints; anything else (other
options, no ``--library`` or ``$EDICOLA_LIBRARY``, an old or missing library)
returns ``None`` and goes through click as before, which explains every problem.
This module imports neither click nor sqlite-utils.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from pathlib import Path

TYPE_CHECKING = False  # not ``typing``'s: importing it costs this command 5 ms
if TYPE_CHECKING:
    from typing import Any

SEARCH_NEEDS = "search_eras"
"""The newest schema object ``search`` reads (migration 0019): a library that has it
can be searched without the migration machinery (and without importing sqlite-utils)."""

LIBRARY_ENV = "EDICOLA_LIBRARY"
"""As in :mod:`edicola.paths` (not imported: it brings platformdirs)."""

MAX_LIMIT = 500


class Connection:
    """The two members of ``sqlite_utils.Database`` that searching uses."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def close(self) -> None:
        self.conn.close()


def _uri_path(path: Path) -> str:
    """``path`` for an SQLite ``file:`` URI: only ``%``, ``?`` and ``#`` need escaping
    (``urllib.parse.quote`` would do too, at the cost of importing it)."""
    text = str(path.absolute()).replace("%", "%25").replace("?", "%3f").replace("#", "%23")
    return text if os.sep == "/" else text.replace(os.sep, "/")


def open_for_search(folder: Path) -> Connection | None:
    """The library opened read-only with plain ``sqlite3``, when its schema is current.

    ``None`` sends the caller the usual way (which creates, migrates and
    explains problems).
    """
    path = folder / "library.db"
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"file:{_uri_path(path)}?mode=ro", uri=True, timeout=10)
    except sqlite3.Error:
        return None
    try:
        found = conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE name = ?", [SEARCH_NEEDS]
        ).fetchone()[0]
    except sqlite3.Error:
        found = 0
    if not found:
        conn.close()
        return None
    return Connection(conn)


def parse(args: list[str], env: dict[str, str]) -> tuple[Path, str, bool, int] | None:
    """``(library, query, as_json, limit)`` for the plain forms, else ``None``."""
    library = env.get(LIBRARY_ENV, "")
    rest = args
    if rest[:1] == ["--library"] and len(rest) >= 2:
        library, rest = rest[1], rest[2:]
    elif rest[:1] and rest[0].startswith("--library="):
        library, rest = rest[0].removeprefix("--library="), rest[1:]
    if not library.strip() or rest[:1] != ["search"]:
        return None
    query: str | None = None
    as_json, limit = False, 20
    options = iter(rest[1:])
    for arg in options:
        if arg == "--json":
            as_json = True
        elif arg == "--limit" or arg.startswith("--limit="):
            value = arg.removeprefix("--limit=") if "=" in arg else next(options, "")
            if not value.isascii() or not value.isdigit() or not 1 <= int(value) <= MAX_LIMIT:
                return None  # click says what is wrong with it
            limit = int(value)
        elif arg.startswith("-") or query is not None:
            return None
        else:
            query = arg
    if query is None:
        return None
    return Path(library), query, as_json, limit


def run(args: list[str]) -> int | None:
    """Answer ``args`` (``sys.argv[1:]``) when it is a plain search; else ``None``."""
    parsed = parse(args, dict(os.environ))
    if parsed is None:
        return None
    library, query, as_json, limit = parsed
    if not as_json:  # printed for a person, one at a time: click's echo (ANSI stripping)
        return None
    if library.exists() and not library.is_dir():
        return None
    db = open_for_search(library)
    if db is None:
        return None
    try:
        from edicola.store.search_index import SearchIndex

        results = SearchIndex(db).search(query, limit=limit)  # type: ignore[arg-type]
        text = json.dumps([r.to_json() for r in results], ensure_ascii=False, indent=2)
        sys.stdout.write(text + "\n")  # what ``edicola.cli.search.search`` prints
    finally:
        db.close()
    sys.stdout.flush()
    return 0
