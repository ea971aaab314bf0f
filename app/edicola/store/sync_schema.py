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
