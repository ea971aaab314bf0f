"""The sync state's tables as migration ``0014_sync`` created them (docs/sync.md).

Frozen: a later change is a new migration, never an edit here. Kept beside the
sync store rather than in ``migrations.py`` so each migration's schema lives
with the idea it serves, as ``search_schema.py`` does for the index.
"""

from __future__ import annotations

TABLES_V1 = """
CREATE TABLE sync_config (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    url TEXT NOT NULL,
    user TEXT NOT NULL,
    device_id TEXT NOT NULL,
    device_name TEXT NOT NULL,
    key_id TEXT NOT NULL,
    vault_tag TEXT NOT NULL DEFAULT '',
    card_hash TEXT NOT NULL DEFAULT '',
    clock TEXT NOT NULL DEFAULT '',
    next_seq INTEGER NOT NULL DEFAULT 1,
    sync_settings INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL DEFAULT 'idle',
    message TEXT NOT NULL DEFAULT '',
    last_sync_at TEXT,
    last_summary TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE sync_fields (
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    field TEXT NOT NULL,
    value TEXT NOT NULL,
    stamp TEXT NOT NULL,
    PRIMARY KEY (kind, key, field)
) WITHOUT ROWID;
CREATE TABLE sync_outbox (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    field TEXT NOT NULL,
    value TEXT NOT NULL,
    stamp TEXT NOT NULL
);
CREATE TABLE sync_dirty (
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    at INTEGER NOT NULL,
    PRIMARY KEY (kind, key)
) WITHOUT ROWID;
CREATE TABLE sync_seen (
    name TEXT PRIMARY KEY,
    tag TEXT NOT NULL,
    problem TEXT NOT NULL DEFAULT ''
);
CREATE TABLE sync_own (
    name TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    seq INTEGER NOT NULL
);
CREATE TABLE sync_devices (
    device_id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    seen_at TEXT NOT NULL,
    editions TEXT NOT NULL DEFAULT '[]'
)
"""

TOMBSTONES_V2 = """
CREATE TABLE sync_peers (
    device_id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL DEFAULT 0,
    latest INTEGER NOT NULL DEFAULT 0,
    clock TEXT NOT NULL DEFAULT '',
    acks TEXT NOT NULL DEFAULT '{}',
    heard_at INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
ALTER TABLE sync_config ADD COLUMN owed TEXT NOT NULL DEFAULT 'snapshot';
ALTER TABLE sync_config ADD COLUMN collected INTEGER NOT NULL DEFAULT 0;
DELETE FROM sync_seen
"""
"""Migration ``0016_sync_tombstones`` (store/sync_peers.py): what each other device has
merged — ``seq`` the last of its files followed without a gap, ``latest`` the last
seen, ``clock`` the stamp up to which this device has its edits, ``acks`` what it
published, ``heard_at`` (ms) when it wrote the newest file merged here; ``owed`` is what
the next upload must be ('' nothing, 'log' acks, 'snapshot': after an upgrade, a new
folder or a collection), ``collected`` how many tombstones were forgotten so far.
Every file is read once more (``sync_seen`` emptied), so that each device follows
every other's files from the start, those from before included."""
