"""Reading library rows as sync items, and writing merged items back.

:func:`project` turns rows into ``{field: value}`` (None when the row is gone);
:func:`materialize` writes a merged item into its table, or deletes it when
its ``_alive`` field says it was removed. Comments are the one kind with a
rule of their own: sending stays with the device where *Send* was pressed. A
comment queued there shows as ``sent`` in its item; the other devices drop
their copy of the draft (so it can never be sent twice), and show it again,
as published or awaiting moderation, once that device has delivered it.
Recipes are files (``feeds/ID/recipe.toml``), compared at every pass.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from edicola.core.search.text_fold import words
from edicola.core.sync.merge import ALIVE
from edicola.store.sync_kinds import COMMENT, FOLLOW, HIGHLIGHT, TABLE_KINDS, Kind

Item = dict[str, Any]
KINDS = {kind.name: kind for kind in TABLE_KINDS}
_SENT = "sent"
_COMMENT_STATUS = {
    "draft": "draft",
    "refused": "draft",
    "queued": _SENT,
    "sending": _SENT,
    "unknown": _SENT,
    "published": "published",
    "moderation": "moderation",
}
RECIPE_FILE = "recipe.toml"


def project(db: Database, kind: Kind, keys: list[str]) -> dict[str, Item | None]:
    """The items ``keys`` of ``kind`` as they are in the library now."""
    found: dict[str, Item | None] = dict.fromkeys(keys)
    key_sql = kind.key_sql()
    columns = ", ".join(kind.columns)
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = db.execute(
            f"SELECT {key_sql}, {columns} FROM {kind.table} WHERE {key_sql} IN ({marks})", chunk
        )
        for row in rows:
            found[row[0]] = dict(zip(kind.columns, row[1:], strict=True))
    if kind is COMMENT:
        for item in found.values():
            if item is not None:
                item["state"] = _COMMENT_STATUS.get(str(item["state"]), "draft")
    return found


def expected_absent(kind: Kind, merged: Item) -> bool:
    """True when a live item is rightly missing here (a comment sent elsewhere)."""
    return kind is COMMENT and merged.get("state") == _SENT


def materialize(db: Database, kind: Kind, key: str, merged: Item) -> bool:
    """Write ``merged`` into the library; False when this device keeps its own
    version for now (it is sent back at the next pass)."""
    parts = key.split("\n")
    if len(parts) != len(kind.key_columns):
        return True  # a malformed key from another device: nothing to write
    where = " AND ".join(f"{c} = ?" for c in kind.key_columns)
    if not merged.get(ALIVE):
        _delete(db, kind, where, parts)
        return True
    if kind is COMMENT:
        return _comment(db, key, merged)
    if (
        kind is FOLLOW
        and db.execute("SELECT 1 FROM catalogs WHERE url = ?", [parts[0]]).fetchone() is None
    ):
        return True  # its catalog comes with it (or is removed): written with the catalog
    values = {c: merged[c] for c in kind.columns if c in merged}
    names = [*kind.key_columns, *values]
    update = [c for c in kind.fields if c in values] or [kind.key_columns[0]]
    db.execute(
        f"INSERT INTO {kind.table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))}) "
        f"ON CONFLICT ({', '.join(kind.key_columns)}) DO UPDATE SET "
        + ", ".join(f"{c} = excluded.{c}" for c in update),
        [*parts, *values.values()],
    )
    if kind is HIGHLIGHT:
        _index_highlight(db, key)
    return True


def _delete(db: Database, kind: Kind, where: str, parts: list[str]) -> None:
    if kind is HIGHLIGHT:
        db.execute(
            "DELETE FROM highlights_fts WHERE rowid IN (SELECT seq FROM highlights WHERE id = ?)",
            parts,
        )
    if kind is COMMENT:
        # Only what has certainly not been sent from here may go.
        db.execute(
            "DELETE FROM comments WHERE local_id = ? AND state IN ('draft', 'refused')", parts
        )
        return
    db.execute(f"DELETE FROM {kind.table} WHERE {where}", parts)


def _index_highlight(db: Database, key: str) -> None:
    row = db.execute(
        "SELECT seq, exact, note, title FROM highlights WHERE id = ?", [key]
    ).fetchone()
    if row is None:
        return
    db.execute("DELETE FROM highlights_fts WHERE rowid = ?", [row[0]])
    db.execute(
        "INSERT INTO highlights_fts (rowid, quote, note, title) VALUES (?, ?, ?, ?)",
        [row[0], *(" ".join(words(str(text or ""))) for text in row[1:])],
    )


def _comment(db: Database, key: str, merged: Item) -> bool:
    status = merged.get("state")
    local = db.execute("SELECT state FROM comments WHERE local_id = ?", [key]).fetchone()
    mine = _COMMENT_STATUS.get(str(local[0])) if local else None
    if mine == _SENT:
        return status in ("published", "moderation") and _write_comment(db, key, merged, status)
    if status == _SENT:
        db.execute(
            "DELETE FROM comments WHERE local_id = ? AND state IN ('draft', 'refused')", [key]
        )
        return True
    if mine in ("published", "moderation") and status == "draft":
        return False  # delivered here: the item goes back out as delivered
    return _write_comment(db, key, merged, "draft" if status == "draft" else str(status))


def _write_comment(db: Database, key: str, merged: Item, state: str) -> bool:
    if merged.get("article_id") is None or merged.get("text") is None:
        return True
    values = [
        merged.get("text", ""),
        merged.get("author", "") or "",
        merged.get("email", "") or "",
        merged.get("parent_remote_id"),
        state,
        merged.get("remote_id"),
        merged.get("server"),
    ]
    created = float(merged.get("created_at") or 0)
    db.execute(
        "INSERT INTO comments (local_id, seq, article_id, publication_id, thread_uri, "
        "thread_title, text, author, email, parent_remote_id, state, remote_id, server, "
        "created_at, updated_at) VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM comments), "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (local_id) DO UPDATE SET "
        "text = excluded.text, author = excluded.author, email = excluded.email, "
        "parent_remote_id = excluded.parent_remote_id, state = excluded.state, "
        "remote_id = excluded.remote_id, server = excluded.server",
        [
            key,
            merged.get("article_id", ""),
            merged.get("publication_id", "") or "",
            merged.get("thread_uri", "") or "/",
            merged.get("thread_title", "") or "",
            *values,
            created,
            created,
        ],
    )
    return True


def follows_of(db: Database, catalog_url: str) -> list[str]:
    """Follow keys of a catalog (written again when their catalog arrives)."""
    rows = db.execute(
        "SELECT DISTINCT key FROM sync_fields WHERE kind = ? AND key LIKE ? ESCAPE '\\'",
        [FOLLOW.name, _like_prefix(catalog_url + "\n")],
    )
    return [str(row[0]) for row in rows]


def _like_prefix(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


# -- recipes (files) ---------------------------------------------------------------


def recipes(folder: Path) -> dict[str, Item]:
    """Each paper's recipe text, by paper id."""
    found: dict[str, Item] = {}
    root = folder / "feeds"
    if root.is_dir():
        for path in sorted(root.glob(f"*/{RECIPE_FILE}")):
            try:
                found[path.parent.name] = {"toml": path.read_text("utf-8")}
            except (OSError, UnicodeDecodeError):
                continue
    return found


def write_recipe(folder: Path, paper_id: str, merged: Item) -> None:
    """Write (or remove) a paper's recipe as merged; its built editions stay."""
    if "/" in paper_id or "\\" in paper_id or paper_id in ("", ".", ".."):
        return
    path = folder / "feeds" / paper_id / RECIPE_FILE
    if not merged.get(ALIVE):
        path.unlink(missing_ok=True)
        return
    text = merged.get("toml")
    if not isinstance(text, str):
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(RECIPE_FILE + ".sync-tmp")
    tmp.write_text(text, "utf-8")
    os.replace(tmp, path)


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def all_keys(db: Database, kinds: Iterable[Kind] = TABLE_KINDS) -> list[tuple[str, str]]:
    """Every item in the library, for the first pass after setup."""
    found: list[tuple[str, str]] = []
    for kind in kinds:
        found += [
            (kind.name, str(r[0])) for r in db.execute(f"SELECT {kind.key_sql()} FROM {kind.table}")
        ]
    return found


def diff(kind: Kind, local: dict[str, Any] | None, merged: dict[str, str]) -> dict[str, Any]:
    """The fields to send so the synced item matches the library's row."""
    alive = merged.get(ALIVE) == "true"
    if local is None:
        if not alive:
            return {}
        decoded = {name: json.loads(value) for name, value in merged.items()}
        return {} if expected_absent(kind, decoded) else {ALIVE: False}
    changes: dict[str, Any] = {}
    fields: Iterable[str] = kind.fields
    if not alive:
        changes[ALIVE] = True
        fields = kind.columns
    else:
        fields = [*kind.fields, *(c for c in kind.create_only if c not in merged)]
    for name in fields:
        value = local.get(name)
        if merged.get(name) != dumps(value) or not alive:
            changes[name] = value
    return changes
