"""What every device has merged, and the tombstones that lets this device forget.

A removal is kept as a tombstone (``_alive`` false) so that a device which
still has the item learns it is gone; kept for ever, tombstones would grow
with the reader's history. Here they are collected only when that cannot bring
anything back (docs/sync.md, *Forgetting removals*, has the argument):

- **What a device has merged.** Each log and snapshot says its device's clock
  and, for every device, the stamp up to which that device's edits are in its
  state (``acks``: a version vector). This device follows each other device's
  files in order (``seq``, no gaps; a snapshot jumps ahead) and keeps, in
  ``sync_peers``, the stamp up to which it has that device's edits (``clock``)
  and the acks that device published in the last file it followed.
- **Old entries are ignored.** An entry whose stamp is not beyond what this
  device already has of its author is in its state already, or was collected:
  it is dropped before the merge (:func:`fresh`).
- **A tombstone goes** once every device that is not retired has published
  acks covering it and every other field of its item (:func:`collectable`). A
  device retires when the newest file of it merged here was written
  :data:`RETIRE_AFTER_MS` ago (by its wall clock, never later than this
  device's), unless a file that could not be read might be its (then nobody
  retires), or its files have a gap here.
- **Absence is removal** when a snapshot's writer had merged the edit that
  made an item alive here and no longer holds the item (:func:`gone`): it
  collected it. That is how a device back after the horizon, or a new one
  that read a stale file, drops what was removed meanwhile; what it edited
  since, which the writer had not seen, stays (:func:`forget_merged`).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable

from sqlite_utils import Database

from edicola.core.sync import hlc
from edicola.core.sync.merge import ALIVE, Entry
from edicola.core.sync.payload import DEVICE, SNAPSHOT, Payload

RETIRE_AFTER_MS = 60 * 24 * 3600 * 1000
"""A device silent for this long (60 days) no longer holds tombstones back."""

Item = tuple[str, str]
"""``(kind, key)``."""


def _author(stamp: str) -> str:
    return stamp[16:]


def _when(stamp: str, now_ms: int) -> int:
    """When a device wrote ``stamp``, as far as this device can tell (never later than now)."""
    return min(hlc.wall_ms(stamp), now_ms)


def _written(payload: Payload, now_ms: int) -> int:
    return min(payload.written_ms, now_ms)


def vector(db: Database, me: str, own_clock: str) -> dict[str, str]:
    """device -> the stamp up to which this device has all that device's edits."""
    found = {
        str(device): str(clock)
        for device, clock in db.execute("SELECT device_id, clock FROM sync_peers WHERE clock != ''")
    }
    found[me] = own_clock
    return found


def fresh(entries: Iterable[Entry], have: dict[str, str]) -> list[Entry]:
    """The entries beyond what this device has of their authors (the others are in its
    state already, or were collected and must not come back)."""
    return [e for e in entries if e.stamp > have.get(_author(e.stamp), "")]


def record(db: Database, me: str, payloads: Iterable[Payload], now_ms: int) -> None:
    """Follow each device's files merged in this pass; keep its acks and when it last wrote."""
    files: dict[str, list[Payload]] = defaultdict(list)
    for payload in payloads:
        if payload.device != me:
            files[payload.device].append(payload)
    for device, got in files.items():
        row = db.execute(
            "SELECT seq, latest, clock, acks, heard_at FROM sync_peers WHERE device_id = ?",
            [device],
        ).fetchone()
        seq, latest, clock, acks, heard_at = row if row else (0, 0, "", "{}", 0)
        chain = {p.seq: p for p in got if p.type != DEVICE}
        heard_at = max([heard_at, *(_written(p, now_ms) for p in chain.values())])
        start = seq
        jumps = [n for n, p in chain.items() if p.type == SNAPSHOT and n > seq]
        seq = max(jumps, default=seq)
        while seq + 1 in chain:
            seq += 1
        if seq != start:
            clock = max(clock, _clock_of(chain[seq]))
            acks = json.dumps(chain[seq].acks, sort_keys=True)
        latest = max([latest, *(p.seq for p in got if p.type != DEVICE)])
        db.execute(
            "INSERT OR REPLACE INTO sync_peers (device_id, seq, latest, clock, acks, heard_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [device, seq, latest, clock, acks, heard_at],
        )
    for payload in payloads:
        if payload.type == SNAPSHOT and payload.clock:
            _learn(db, me, payload.acks, now_ms)


def _clock_of(payload: Payload) -> str:
    """A file's clock; for a file from before migration 0016, the latest edit of its own
    device it holds (a log holds all of them since the previous; a snapshot, its state)."""
    if payload.clock:
        return payload.clock
    own = [e.stamp for e in payload.entries if _author(e.stamp) == payload.device]
    return max(own, default=hlc.stamp(0, 0, payload.device))


def _learn(db: Database, me: str, acks: dict[str, str], now_ms: int) -> None:
    """A merged snapshot's state had every edit its acks name: so has this device now."""
    for device, stamp in acks.items():
        if device == me:
            continue
        db.execute(
            "INSERT INTO sync_peers (device_id, clock, heard_at) VALUES (?, ?, ?) "
            "ON CONFLICT (device_id) DO UPDATE SET clock = max(clock, excluded.clock), "
            "heard_at = max(heard_at, excluded.heard_at)",
            [device, stamp, _when(stamp, now_ms)],
        )


def gone(db: Database, snapshots: Iterable[Payload]) -> dict[Item, dict[str, str]]:
    """Items alive here that a snapshot's writer had merged and no longer holds, each
    with what those writers had merged of every device (their acks, the latest)."""
    found: dict[Item, dict[str, str]] = {}
    alive: list[tuple[str, str, str]] | None = None
    for snapshot in snapshots:
        if snapshot.type != SNAPSHOT or not snapshot.clock or not snapshot.kinds:
            continue
        if alive is None:
            alive = db.execute(
                "SELECT kind, key, stamp FROM sync_fields WHERE field = ? AND value = 'true'",
                [ALIVE],
            ).fetchall()
        held = {(e.kind, e.key) for e in snapshot.entries}
        for kind, key, stamp in alive:
            if (
                kind in snapshot.kinds
                and stamp <= snapshot.acks.get(_author(stamp), "")
                and (kind, key) not in held
            ):
                merged = found.setdefault((kind, key), {})
                for device, acked in snapshot.acks.items():
                    merged[device] = max(merged.get(device, ""), acked)
    return found


def forget_merged(db: Database, items: dict[Item, dict[str, str]]) -> None:
    """Drop the fields of ``items`` (:func:`gone`) that the snapshots' writers had merged
    before forgetting them. A field stamped later, an edit they had not seen (made here
    while away), stays as a lone field, as it does on the devices it reaches: were it
    dropped here alone, a re-add stamped before it would win its field here and lose
    it everywhere else."""
    for (kind, key), merged in items.items():
        for table, column in (("sync_fields", "field"), ("sync_outbox", "id")):
            covered = [
                (kind, key, row[0])
                for row in db.execute(
                    f"SELECT {column}, stamp FROM {table} WHERE kind = ? AND key = ?", [kind, key]
                )
                if row[1] <= merged.get(_author(row[1]), "")
            ]
            db.conn.executemany(
                f"DELETE FROM {table} WHERE kind = ? AND key = ? AND {column} = ?", covered
            )


def collectable(db: Database, me: str, own_clock: str, now_ms: int) -> list[Item]:
    """Removed items every field of which every device that is not retired has
    acknowledged, and this device has from its author's own files (so whatever that
    author made before, the item's creation included, is dropped by :func:`fresh` if
    sent again). Every field, not only the removal: a note edited on another device
    while the removal was on its way is stamped later; forgotten here before the
    others acknowledged it, a re-add stamped between the two would win the note here
    and lose it everywhere else."""
    damaged = db.execute("SELECT 1 FROM sync_seen WHERE problem != ''").fetchone() is not None
    have = vector(db, me, own_clock)
    waiting: list[tuple[str, dict[str, str]]] = []
    for device, seq, latest, acks, heard_at in db.execute(
        "SELECT device_id, seq, latest, acks, heard_at FROM sync_peers WHERE device_id != ?",
        [me],
    ):
        retired = heard_at < now_ms - RETIRE_AFTER_MS and 0 < seq >= latest and not damaged
        if not retired:
            waiting.append((str(device), json.loads(acks)))
    removed: dict[Item, dict[str, str]] = defaultdict(dict)  # item -> author -> its last stamp
    for kind, key, stamp in db.execute(
        "SELECT f.kind, f.key, f.stamp FROM sync_fields t JOIN sync_fields f "
        "ON f.kind = t.kind AND f.key = t.key WHERE t.field = ? AND t.value = 'false'",
        [ALIVE],
    ):
        stamps = removed[(str(kind), str(key))]
        author = _author(stamp)
        stamps[author] = max(stamps.get(author, ""), stamp)
    return [
        item
        for item, stamps in removed.items()
        if all(
            have.get(author, "") >= stamp
            and all(device == author or acks.get(author, "") >= stamp for device, acks in waiting)
            for author, stamp in stamps.items()
        )
    ]


def forget_items(db: Database, items: list[Item]) -> None:
    """Drop every field of these items (and anything of theirs not yet sent)."""
    for table in ("sync_fields", "sync_outbox"):
        db.conn.executemany(f"DELETE FROM {table} WHERE kind = ? AND key = ?", items)


def tombstones(db: Database) -> int:
    """Removals this device still keeps."""
    row = db.execute(
        "SELECT count(*) FROM sync_fields WHERE field = ? AND value = 'false'", [ALIVE]
    ).fetchone()
    return int(row[0])


def holds_tombstones(db: Database) -> bool:
    row = db.execute(
        "SELECT 1 FROM sync_fields WHERE field = ? AND value = 'false' LIMIT 1", [ALIVE]
    ).fetchone()
    return row is not None
