"""What syncs, table by table: each kind's key, its fields, and the triggers that notice edits.

A *kind* maps one library table onto sync items (:mod:`edicola.core.sync.merge`).
``fields`` are sent whenever they change; ``create_only`` fields are sent when
the item is first seen (a bookmark's snapshot of its article, a highlight's
anchor) and otherwise stay as each device has them — a highlight re-anchored
on a newer revision here must not move the same highlight on a device that
still has the older revision.

The triggers (created by migration ``0014_sync``, :func:`triggers_v1`) only
mark an item *dirty* with the time of the edit; the sync pass compares the row
with what was last synced and stamps the fields that changed. So every write
path — the reader, the CLI, an import merge, a cascade — is noticed without
the stores knowing about sync, and nothing is written while sync is not set up.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Kind:
    name: str
    table: str
    key_columns: tuple[str, ...]
    fields: tuple[str, ...]
    create_only: tuple[str, ...] = ()

    @property
    def columns(self) -> tuple[str, ...]:
        return self.fields + self.create_only

    def key_sql(self, row: str = "") -> str:
        """The SQL expression of an item's key (``row`` prefixes the columns: NEW./OLD.)."""
        return " || char(10) || ".join(f"{row}{c}" for c in self.key_columns)


POSITION = Kind("position", "reading_state", ("article_id",), ("position", "read", "last_opened"))
BOOKMARK = Kind(
    "bookmark",
    "bookmarks",
    ("article_id",),
    ("note", "position"),
    ("created_at", "title", "publication_title", "edition_date", "url"),
)
HIGHLIGHT = Kind(
    "highlight",
    "highlights",
    ("id",),
    ("note", "color", "modified_at"),
    (
        "article_id",
        "edition_id",
        "publication_id",
        "page",
        "exact",
        "prefix",
        "suffix",
        "pos_start",
        "pos_end",
        "revision",
        "created_at",
        "title",
        "publication_title",
        "edition_date",
        "url",
        "authors",
        "article_position",
    ),
)
CATALOG = Kind(
    "catalog", "catalogs", ("url",), ("public_key", "allow_unsigned"), ("title", "added_at")
)
FOLLOW = Kind(
    "follow",
    "subscriptions",
    ("catalog_url", "publication_id"),
    ("auto_download", "keep_last", "keep_days"),
)
COMMENT = Kind(
    "comment",
    "comments",
    ("local_id",),
    ("text", "author", "email", "parent_remote_id", "state", "remote_id", "server"),
    ("article_id", "publication_id", "thread_uri", "thread_title", "created_at"),
)

#: In the order they are applied: a follow needs its catalog.
TABLE_KINDS: tuple[Kind, ...] = (POSITION, BOOKMARK, HIGHLIGHT, CATALOG, FOLLOW, COMMENT)
RECIPE = "recipe"
"""Feed papers' recipes: files in the library folder, compared at each pass."""
SETTING = "setting"
"""Reader settings the reader chose to sync (theme, text size): handed in by the reader."""
ALL_KINDS = frozenset({k.name for k in TABLE_KINDS} | {RECIPE, SETTING})

_NOW_MS = "CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER)"
_WHEN = "WHEN EXISTS (SELECT 1 FROM sync_config)"


def _mark(kind: Kind, row: str) -> str:
    # An upsert, not INSERT OR REPLACE: the outer statement's conflict policy
    # overrides an OR clause inside a trigger (sqlite.org/lang_createtrigger.html).
    return (
        f"INSERT INTO sync_dirty (kind, key, at) "
        f"VALUES ('{kind.name}', {kind.key_sql(row)}, {_NOW_MS}) "
        "ON CONFLICT (kind, key) DO UPDATE SET at = excluded.at;"
    )


def triggers_v1() -> list[str]:
    """The triggers of migration ``0014_sync``. Frozen: a change needs a new migration."""
    statements: list[str] = []
    for kind in TABLE_KINDS:
        watched = ", ".join(dict.fromkeys(kind.key_columns + kind.fields))
        name = f"sync_{kind.name}"
        statements += [
            f"CREATE TRIGGER {name}_insert AFTER INSERT ON {kind.table} {_WHEN} "
            f"BEGIN {_mark(kind, 'NEW.')} END",
            f"CREATE TRIGGER {name}_update AFTER UPDATE OF {watched} ON {kind.table} {_WHEN} "
            f"BEGIN {_mark(kind, 'OLD.')} {_mark(kind, 'NEW.')} END",
            f"CREATE TRIGGER {name}_delete AFTER DELETE ON {kind.table} {_WHEN} "
            f"BEGIN {_mark(kind, 'OLD.')} END",
        ]
    return statements
