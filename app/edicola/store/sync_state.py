"""The library's side of sync: what was synced, what is pending, what was read.

:class:`SyncStore` is the :class:`~edicola.core.sync.engine.Replica` the sync
pass talks to. Edits are noticed by triggers (``store/sync_kinds.py``) that
mark items dirty; :meth:`SyncStore.collect` compares each dirty item with its
last synced fields, stamps what changed with this device's hybrid logical
clock (at the time of the edit) and queues it in ``sync_outbox``.
:meth:`SyncStore.commit` merges what other devices sent — last writer wins
per field — and writes the winners back into the library, all in one
transaction, only after the server part of the pass has succeeded.
"""

from __future__ import annotations

import json
import platform
import secrets
import sqlite3
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from edicola.core.message import Message
from edicola.core.sync.engine import Outgoing, OwnFile, Pass
from edicola.core.sync.hlc import Clock
from edicola.core.sync.merge import ALIVE, Entry, winners
from edicola.core.sync.payload import DEVICE, SNAPSHOT, EditionCard, Payload
from edicola.store import sync_items as items
from edicola.store import sync_peers, sync_settings
from edicola.store.sync_kinds import ALL_KINDS, CATALOG, FOLLOW, RECIPE, SETTING, TABLE_KINDS, Kind
from edicola.store.sync_status import ElsewhereEdition, OtherDevice, SyncStatus

_RECIPE_KIND = Kind(RECIPE, "", ("id",), ("toml",))
_SETTING_KIND = Kind(SETTING, "", ("name",), ("value",))
_ORDER = {k.name: i for i, k in enumerate((*TABLE_KINDS, _RECIPE_KIND, _SETTING_KIND))}


def _real_ms() -> int:
    return time.time_ns() // 1_000_000


def _iso_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class SyncNotSetUp(Exception):
    """Sync is not set up for this library (message is user-facing)."""


class SyncStore:
    """Sync state in the library; ``now_ms`` is this device's clock (tests skew it)."""

    def __init__(self, db: Database, folder: Path, now_ms: Callable[[], int] = _real_ms) -> None:
        self.db = db
        self.folder = folder
        self.now_ms = now_ms

    # -- set up and forget -----------------------------------------------------

    def _config(self) -> dict[str, Any]:
        try:
            cursor = self.db.execute("SELECT * FROM sync_config WHERE id = 1")
        except sqlite3.OperationalError:  # a read-only library from before sync
            raise SyncNotSetUp(Message("sync is not set up for this library")) from None
        row = cursor.fetchone()
        if row is None:
            raise SyncNotSetUp(
                Message("sync is not set up: run edicola sync setup URL --user USER")
            )
        return dict(zip([c[0] for c in cursor.description], row, strict=True))

    def is_set_up(self) -> bool:
        try:
            return self.db.execute("SELECT 1 FROM sync_config").fetchone() is not None
        except sqlite3.OperationalError:
            return False

    def configure(
        self, url: str, user: str, key_id: str, vault_tag: str, *, reset: bool = False
    ) -> str:
        """Remember the folder and key; returns this device's id. ``reset`` (a new data
        key: a new folder) forgets what was synced, so everything goes up again."""
        with self.db.atomic():
            if not self.is_set_up():
                device = secrets.token_hex(8)
                self.db.execute(
                    "INSERT INTO sync_config (id, url, user, device_id, device_name, key_id, "
                    "vault_tag, clock) VALUES (1, ?, ?, ?, ?, ?, ?, '')",
                    [url, user, device, platform.node() or "Edicola", key_id, vault_tag],
                )
                reset = True
            else:
                self.db.execute(
                    "UPDATE sync_config SET url = ?, user = ?, key_id = ?, vault_tag = ?, "
                    "state = 'idle', message = '' WHERE id = 1",
                    [url, user, key_id, vault_tag],
                )
            if reset:
                for table in ("sync_fields", "sync_outbox", "sync_seen", "sync_own", "sync_peers"):
                    self.db.execute(f"DELETE FROM {table}")
                self.db.execute("DELETE FROM sync_devices")
                self.db.execute(
                    "UPDATE sync_config SET card_hash = '', owed = 'snapshot' WHERE id = 1"
                )
                at = _real_ms()
                self.db.conn.executemany(
                    "INSERT OR REPLACE INTO sync_dirty (kind, key, at) VALUES (?, ?, ?)",
                    [(kind, key, at) for kind, key in items.all_keys(self.db)],
                )
        return str(self._config()["device_id"])

    def forget(self) -> None:
        """Stop syncing this library: the state goes, the library's contents stay."""
        with self.db.atomic():
            for table in (
                "sync_config",
                "sync_fields",
                "sync_outbox",
                "sync_dirty",
                "sync_seen",
                "sync_own",
                "sync_devices",
                "sync_peers",
            ):
                self.db.execute(f"DELETE FROM {table}")

    def record_failure(self, message: str, *, passphrase: bool = False) -> None:
        with self.db.atomic():
            self.db.execute(
                "UPDATE sync_config SET state = ?, message = ? WHERE id = 1",
                ["passphrase" if passphrase else "failed", message],
            )

    # -- the replica the engine sees ---------------------------------------------

    @property
    def device_id(self) -> str:
        return str(self._config()["device_id"])

    @property
    def device_name(self) -> str:
        return str(self._config()["device_name"])

    @property
    def vault_tag(self) -> str:
        return str(self._config()["vault_tag"])

    @property
    def card_hash(self) -> str:
        return str(self._config()["card_hash"])

    @property
    def next_seq(self) -> int:
        return int(self._config()["next_seq"])

    @property
    def key_id(self) -> str:
        return str(self._config()["key_id"])

    def _clock(self) -> Clock:
        config = self._config()
        return Clock(str(config["device_id"]), str(config["clock"]), self.now_ms)

    @property
    def kinds(self) -> tuple[str, ...]:
        return tuple(sorted(ALL_KINDS))

    def acks(self) -> dict[str, str]:
        """What this device has of every device's edits (itself: its clock)."""
        return sync_peers.vector(self.db, self.device_id, self._clock().last)

    def wall_ms(self) -> int:
        return self.now_ms()

    def owed(self) -> str:
        """'' or what the next upload must be even with nothing to send: 'log' (acks
        others wait for) or 'snapshot' (tombstones were collected: the server forgets too)."""
        return str(self._config()["owed"])

    def collect(self) -> int:
        """Stamp and queue the edits made since the last pass; returns how many fields."""
        with self.db.atomic():
            return self._collect()

    def _collect(self) -> int:
        # No savepoint of its own in commit(): each new name was a new cached statement.
        self.db.execute("UPDATE sync_config SET clock = clock WHERE id = 1")  # write lock
        clock = self._clock()
        skew = self.now_ms() - _real_ms()
        dirty: dict[str, list[tuple[str, int]]] = defaultdict(list)
        for kind_name, key, at in self.db.execute(
            "SELECT kind, key, at FROM sync_dirty ORDER BY at, kind, key"
        ):
            dirty[kind_name].append((key, int(at) + skew))
        rows: list[tuple[int, str, Kind, str, dict[str, Any]]] = []
        for kind in TABLE_KINDS:
            pending = dirty.get(kind.name, [])
            if pending:
                local = items.project(self.db, kind, [key for key, _ in pending])
                merged = self._merged(kind.name, [key for key, _ in pending])
                for key, at in pending:
                    changes = items.diff(kind, local[key], merged.get(key, {}))
                    if changes:
                        rows.append((at, key, kind, kind.name, changes))
        rows += self._recipe_changes()
        now = self.now_ms()
        shared = sync_settings.changes(self.folder, self._merged(SETTING, None))
        rows += [(now, k, _SETTING_KIND, SETTING, c) for k, c in shared.items()]
        entries: list[Entry] = []
        for at, key, _kind, name, changes in sorted(rows, key=lambda r: (r[0], _ORDER[r[3]])):
            stamp = clock.tick(at)
            entries += [Entry(name, key, f, v, stamp) for f, v in changes.items()]
        self._store_fields(entries)
        self.db.conn.executemany(
            "INSERT INTO sync_outbox (kind, key, field, value, stamp) VALUES (?, ?, ?, ?, ?)",
            [(e.kind, e.key, e.field, items.dumps(e.value), e.stamp) for e in entries],
        )
        self.db.execute("DELETE FROM sync_dirty")
        self.db.execute("UPDATE sync_config SET clock = ? WHERE id = 1", [clock.last])
        return len(entries)

    def _recipe_changes(self) -> list[tuple[int, str, Kind, str, dict[str, Any]]]:
        on_disk = items.recipes(self.folder)
        merged = self._merged(RECIPE, None)
        keys = set(on_disk) | {k for k, v in merged.items() if v.get(ALIVE) == "true"}
        now = self.now_ms()
        found = []
        for key in sorted(keys):
            changes = items.diff(_RECIPE_KIND, on_disk.get(key), merged.get(key, {}))
            if changes:
                found.append((now, key, _RECIPE_KIND, RECIPE, changes))
        return found

    def _merged(self, kind: str, keys: list[str] | None) -> dict[str, dict[str, str]]:
        """``key -> field -> value`` (JSON text) as last synced."""
        found: dict[str, dict[str, str]] = defaultdict(dict)
        if keys is None:
            rows: Iterable[Any] = self.db.execute(
                "SELECT key, field, value FROM sync_fields WHERE kind = ?", [kind]
            )
            for key, name, value in rows:
                found[key][name] = value
            return found
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            rows = self.db.execute(
                f"SELECT key, field, value FROM sync_fields WHERE kind = ? "
                f"AND key IN ({','.join('?' * len(chunk))})",
                [kind, *chunk],
            )
            for key, name, value in rows:
                found[key][name] = value
        return found

    def _store_fields(self, entries: list[Entry]) -> None:
        self.db.conn.executemany(
            "INSERT OR REPLACE INTO sync_fields (kind, key, field, value, stamp) "
            "VALUES (?, ?, ?, ?, ?)",
            [(e.kind, e.key, e.field, items.dumps(e.value), e.stamp) for e in entries],
        )

    def outgoing(self) -> Outgoing:
        rows = self.db.execute(
            "SELECT id, kind, key, field, value, stamp FROM sync_outbox ORDER BY id"
        ).fetchall()
        entries = [Entry(r[1], r[2], r[3], json.loads(r[4]), r[5]) for r in rows]
        return Outgoing(up_to=rows[-1][0] if rows else 0, entries=entries)

    def known_entries(self) -> list[Entry]:
        return [
            Entry(kind, key, name, json.loads(value), stamp)
            for kind, key, name, value, stamp in self.db.execute(
                "SELECT kind, key, field, value, stamp FROM sync_fields"
            )
        ]

    def seen(self) -> dict[str, str]:
        return {str(r[0]): str(r[1]) for r in self.db.execute("SELECT name, tag FROM sync_seen")}

    def own_files(self) -> list[OwnFile]:
        return [
            OwnFile(str(r[0]), str(r[1]), int(r[2]))
            for r in self.db.execute("SELECT name, type, seq FROM sync_own ORDER BY seq")
        ]

    def forget_own(self, name: str) -> None:
        with self.db.atomic():
            self.db.execute("DELETE FROM sync_own WHERE name = ?", [name])

    def device_card(self) -> list[EditionCard]:
        by_key = {
            str(r[0]): str(r[1])
            for r in self.db.execute(
                "SELECT public_key, url FROM catalogs WHERE public_key IS NOT NULL"
            )
        }
        cards = []
        for edition, title, day, publication, owner in self.db.execute(
            "SELECT e.id, e.title, e.date, p.title, coalesce(p.owner, '') FROM editions e "
            "JOIN publications p ON p.id = e.publication_id ORDER BY e.id"
        ):
            owner = str(owner)
            catalog = owner.removeprefix("catalog:") if owner.startswith("catalog:") else ""
            if owner.startswith("key:"):
                catalog = by_key.get(owner.removeprefix("key:"), "")
            cards.append(EditionCard(edition, title, day, publication, catalog))
        return cards

    # -- merging -------------------------------------------------------------------

    def commit(self, done: Pass) -> None:
        """Merge a pass's downloads and record what it sent: one transaction."""
        with self.db.atomic():
            self._collect()
            me, payloads = self.device_id, [p for _, _, p in done.payloads]
            have = sync_peers.vector(self.db, me, self._clock().last)
            incoming = sync_peers.fresh(
                (e for p in payloads for e in p.entries if e.kind in ALL_KINDS), have
            )
            won = winners(self._stamps(incoming), incoming)
            self._store_fields(won)
            clock = self._clock()
            for entry in won:
                clock.observe(entry.stamp)
            sync_peers.record(self.db, me, payloads, self.now_ms())
            for held in (p.acks[me] for p in payloads if me in p.acks):
                clock.observe(held)  # others hold later edits of mine: a restored backup
            gone = sync_peers.gone(self.db, payloads)  # removed and collected elsewhere
            sync_peers.forget_merged(self.db, gone)
            declined = self._write_back({(e.kind, e.key) for e in won} | set(gone))
            self.db.execute("DELETE FROM sync_dirty")
            self.db.conn.executemany(
                "INSERT OR REPLACE INTO sync_dirty (kind, key, at) VALUES (?, ?, ?)",
                [(kind, key, _real_ms()) for kind, key in declined],
            )
            self._record_files(done)
            self._forget_tombstones(done, me, payloads)
            done.merged = len(won)
            summary = {
                "sent": done.sent,
                "received": done.received,
                "merged": done.merged,
                "collected": done.collected,
                "skipped": [why for _, why in done.bad.values()],
            }
            self.db.execute(
                "UPDATE sync_config SET clock = ?, vault_tag = ?, card_hash = ?, state = 'ok', "
                "message = '', last_sync_at = ?, last_summary = ? WHERE id = 1",
                [clock.last, done.vault_tag, done.card_hash, _iso_now(), json.dumps(summary)],
            )

    def _forget_tombstones(self, done: Pass, me: str, payloads: list[Payload]) -> None:
        """Collect the tombstones every device has seen; say what the next upload owes."""
        owed = self.owed()
        if done.uploaded is not None:
            owed = "" if done.uploaded.type == SNAPSHOT or owed == "log" else owed
        if done.uploaded is not None or any(p.type != DEVICE for p in payloads):
            forgotten = sync_peers.collectable(self.db, me, self._clock().last, self.now_ms())
            done.collected = len(forgotten)
            sync_peers.forget_items(self.db, forgotten)
            if forgotten:
                owed = SNAPSHOT  # so the server forgets them too
        if not owed and any(p.entries for p in payloads) and sync_peers.holds_tombstones(self.db):
            owed = "log"  # the others wait for this device's acks to forget theirs
        self.db.execute(
            "UPDATE sync_config SET owed = ?, collected = collected + ? WHERE id = 1",
            [owed, done.collected],
        )

    def _stamps(self, entries: list[Entry]) -> dict[tuple[str, str, str], str]:
        keys: dict[str, set[str]] = defaultdict(set)
        for entry in entries:
            keys[entry.kind].add(entry.key)
        stamps: dict[tuple[str, str, str], str] = {}
        for kind, wanted in keys.items():
            listed = sorted(wanted)
            for start in range(0, len(listed), 500):
                chunk = listed[start : start + 500]
                for key, name, stamp in self.db.execute(
                    f"SELECT key, field, stamp FROM sync_fields WHERE kind = ? "
                    f"AND key IN ({','.join('?' * len(chunk))})",
                    [kind, *chunk],
                ):
                    stamps[(kind, key, name)] = stamp
        return stamps

    def _write_back(self, touched: set[tuple[str, str]]) -> list[tuple[str, str]]:
        """Write merged items into the library; returns those this device kept."""
        declined: list[tuple[str, str]] = []
        by_kind: dict[str, set[str]] = defaultdict(set)
        for kind_name, key in touched:
            by_kind[kind_name].add(key)
        for key in list(by_kind.get(CATALOG.name, ())):
            by_kind[FOLLOW.name].update(items.follows_of(self.db, key))
        for kind in TABLE_KINDS:
            keys = sorted(by_kind.get(kind.name, ()))
            merged = self._merged(kind.name, keys)
            for key in keys:
                item = {name: json.loads(value) for name, value in merged.get(key, {}).items()}
                if not items.materialize(self.db, kind, key, item):
                    declined.append((kind.name, key))
        recipes = self._merged(RECIPE, sorted(by_kind.get(RECIPE, ())))
        for key in sorted(by_kind.get(RECIPE, ())):  # none left: removed elsewhere
            fields = recipes.get(key, {})
            items.write_recipe(self.folder, key, {n: json.loads(v) for n, v in fields.items()})
        if by_kind.get(SETTING):
            sync_settings.write_back(self.folder, self._merged(SETTING, sorted(by_kind[SETTING])))
        return declined

    def _record_files(self, done: Pass) -> None:
        now = _iso_now()
        for name, tag, payload in done.payloads:
            self.db.execute(
                "INSERT OR REPLACE INTO sync_seen (name, tag, problem) VALUES (?, ?, '')",
                [name, tag],
            )
            self.db.execute(
                "INSERT INTO sync_devices (device_id, name, seen_at) VALUES (?, ?, ?) "
                "ON CONFLICT (device_id) DO UPDATE SET name = excluded.name, "
                "seen_at = excluded.seen_at",
                [payload.device, payload.device_name, now],
            )
            if payload.type == DEVICE:
                self.db.execute(
                    "UPDATE sync_devices SET editions = ? WHERE device_id = ?",
                    [json.dumps([c.to_json() for c in payload.editions]), payload.device],
                )
        self.db.conn.executemany(
            "INSERT OR REPLACE INTO sync_seen (name, tag, problem) VALUES (?, ?, '')",
            list(done.ignored.items()),
        )
        for name, (tag, why) in done.bad.items():
            self.db.execute(
                "INSERT OR REPLACE INTO sync_seen (name, tag, problem) VALUES (?, ?, ?)",
                [name, tag, why],
            )
        listed = set(done.listed)
        gone = [r[0] for r in self.db.execute("SELECT name FROM sync_seen") if r[0] not in listed]
        self.db.conn.executemany("DELETE FROM sync_seen WHERE name = ?", [(n,) for n in gone])
        if done.sent_up_to:
            self.db.execute("DELETE FROM sync_outbox WHERE id <= ?", [done.sent_up_to])
        if done.uploaded is not None:
            up = done.uploaded
            self.db.execute(
                "INSERT OR REPLACE INTO sync_own (name, type, seq) VALUES (?, ?, ?)",
                [up.name, up.type, up.seq],
            )
            self.db.execute("UPDATE sync_config SET next_seq = ? WHERE id = 1", [up.seq + 1])

    # -- what the reader and ``sync status`` show -----------------------------------

    def pending(self) -> int:
        """Items changed here and not yet sent (an estimate until the next pass collects)."""
        row = self.db.execute(
            "SELECT (SELECT count(*) FROM sync_dirty) + "
            "(SELECT count(DISTINCT kind || char(10) || key) FROM sync_outbox)"
        ).fetchone()
        return int(row[0])

    def status(self) -> SyncStatus:
        config = self._config()
        devices = [
            OtherDevice(str(r[0]), str(r[1]), str(r[2]), len(json.loads(r[3])))
            for r in self.db.execute(
                "SELECT device_id, name, seen_at, editions FROM sync_devices ORDER BY name"
            )
        ]
        problems = [
            str(r[0]) for r in self.db.execute("SELECT problem FROM sync_seen WHERE problem != ''")
        ]
        return SyncStatus(
            url=str(config["url"]),
            user=str(config["user"]),
            device_id=str(config["device_id"]),
            device_name=str(config["device_name"]),
            state=str(config["state"]),
            message=str(config["message"]),
            last_sync_at=config["last_sync_at"],
            pending=self.pending(),
            summary=json.loads(config["last_summary"] or "{}"),
            devices=devices,
            problems=problems,
        )

    def elsewhere(self) -> list[ElsewhereEdition]:
        """Editions the other devices have and this library lacks, newest first."""
        here = {str(r[0]) for r in self.db.execute("SELECT id FROM editions")}
        found: dict[str, ElsewhereEdition] = {}
        for name, editions in self.db.execute("SELECT name, editions FROM sync_devices"):
            for raw in json.loads(editions):
                card = EditionCard(**{k: str(raw.get(k, "")) for k in EditionCard.__annotations__})
                if card.id not in here and card.id not in found:
                    found[card.id] = ElsewhereEdition(card, str(name))
        return sorted(found.values(), key=lambda e: (e.card.date, e.card.id), reverse=True)
