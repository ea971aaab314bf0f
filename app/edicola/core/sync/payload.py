"""What a sync file holds once opened: a device's log, snapshot or device card.

Plain JSON, compressed with zlib before sealing. Even a file that opened with
the right key is checked field by field here — a bug on another device (or a
future version) must never crash this one — and anything not as expected is a
:class:`PayloadError`, reported and skipped.

- ``log``: the entries this device made since its previous upload;
- ``snapshot``: every entry this device knows (it replaces its older files);
- ``device``: its name and the editions it has (the Newsstand's
  *On your other devices*).

Logs and snapshots also say what their device had merged when it wrote them
(``clock``: its own clock; ``acks``: for each device, the stamp up to which all
of that device's edits are in its state; a snapshot adds ``kinds``, what it
syncs). That is how tombstones are collected without bringing anything back
(docs/sync.md, *Forgetting removals*). Files from before have none of these
fields and read as having acknowledged nothing.
"""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass, field, replace
from typing import Any

from edicola.core.sync import hlc
from edicola.core.sync.merge import Entry

FORMAT = "edicola-sync"
VERSION = 1
LOG, SNAPSHOT, DEVICE = "log", "snapshot", "device"
MAX_PLAIN = 512 * 1024 * 1024
"""Refuse to inflate a file beyond this (a zlib bomb from a broken device)."""


class PayloadError(Exception):
    """A sync file whose contents are not what Edicola writes (message names why)."""


@dataclass(frozen=True)
class EditionCard:
    """An edition another device has: enough to list it and find its catalog."""

    id: str
    title: str
    date: str
    publication: str
    catalog: str

    def to_json(self) -> dict[str, str]:
        return {
            "id": self.id,
            "title": self.title,
            "date": self.date,
            "publication": self.publication,
            "catalog": self.catalog,
        }


@dataclass(frozen=True)
class Payload:
    type: str
    device: str
    device_name: str
    seq: int
    entries: list[Entry] = field(default_factory=list)
    editions: list[EditionCard] = field(default_factory=list)
    clock: str = ""
    """The device's clock when it wrote the file: all its edits up to it are in its files."""
    acks: dict[str, str] = field(default_factory=dict)
    """device -> stamp: every edit that device made up to the stamp is in the writer's state."""
    kinds: tuple[str, ...] = ()
    """What a snapshot holds every item of (an item of another kind is not implied gone)."""
    written_ms: int = 0
    """When it was written, by its device's wall clock (how long a device has been away)."""


def encode(payload: Payload) -> bytes:
    document: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "type": payload.type,
        "device": payload.device,
        "device_name": payload.device_name,
        "seq": payload.seq,
    }
    if payload.type == DEVICE:
        document["editions"] = [card.to_json() for card in payload.editions]
    else:
        document["entries"] = [entry.to_list() for entry in payload.entries]
        if payload.clock:
            document["clock"] = payload.clock
            document["acks"] = dict(sorted(payload.acks.items()))
            document["written_ms"] = payload.written_ms
        if payload.type == SNAPSHOT and payload.kinds:
            document["kinds"] = sorted(payload.kinds)
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    return zlib.compress(text.encode("utf-8"), 6)


def decode(blob: bytes) -> Payload:
    """The payload of an opened file; PayloadError when it is not well formed."""
    inflater = zlib.decompressobj()
    try:
        raw = inflater.decompress(blob, MAX_PLAIN)
    except zlib.error as exc:
        raise PayloadError(f"not compressed as Edicola writes ({exc})") from exc
    if inflater.unconsumed_tail or not inflater.eof:
        raise PayloadError("truncated, or larger than Edicola accepts")
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise PayloadError(f"not JSON ({exc})") from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise PayloadError("not an Edicola sync file")
    if document.get("version") != VERSION:
        raise PayloadError(f"version {document.get('version')!r} is not one Edicola reads")
    kind = document.get("type")
    device = document.get("device")
    seq = document.get("seq")
    if kind not in (LOG, SNAPSHOT, DEVICE):
        raise PayloadError(f"type {kind!r} is unknown")
    if not isinstance(device, str) or len(device) != 16:
        raise PayloadError("device: must be a device id")
    if not isinstance(seq, int) or isinstance(seq, bool) or seq < 0:
        raise PayloadError("seq: must be a whole number")
    name = document.get("device_name", "")
    payload = Payload(kind, device, name if isinstance(name, str) else "", seq)
    if kind == DEVICE:
        payload.editions.extend(_cards(document.get("editions")))
    else:
        payload.entries.extend(_entries(document.get("entries")))
        return _knowledge(payload, document)
    return payload


def _knowledge(payload: Payload, document: dict[str, Any]) -> Payload:
    """The payload with what its writer had merged (absent in files from before)."""
    clock, acks, kinds = (
        document.get("clock", ""),
        document.get("acks", {}),
        document.get("kinds", []),
    )
    if clock == "":
        return payload
    if _author(clock, "clock") != payload.device:
        raise PayloadError("clock: not the clock of the file's device")
    if not isinstance(acks, dict):
        raise PayloadError("acks: must be an object")
    for device, stamp in acks.items():
        if _author(stamp, "acks") != device:
            raise PayloadError(f"acks: {device!r} does not hold a stamp of that device")
    if not isinstance(kinds, list) or not all(isinstance(k, str) for k in kinds):
        raise PayloadError("kinds: must be a list of names")
    written = document.get("written_ms", 0)
    if not isinstance(written, int) or isinstance(written, bool) or written < 0:
        raise PayloadError("written_ms: must be a whole number")
    return replace(payload, clock=clock, acks=dict(acks), kinds=tuple(kinds), written_ms=written)


def _author(stamp: Any, what: str) -> str:
    try:
        return hlc.parse(stamp)[2]
    except ValueError as exc:
        raise PayloadError(f"{what}: {exc}") from exc


def _entries(items: Any) -> list[Entry]:
    if not isinstance(items, list):
        raise PayloadError("entries: must be a list")
    entries: list[Entry] = []
    for index, item in enumerate(items):
        if not isinstance(item, list) or len(item) != 5:
            raise PayloadError(f"entries[{index}]: must be [kind, key, field, value, stamp]")
        kind, key, name, value, stamp = item
        if not all(isinstance(text, str) for text in (kind, key, name)):
            raise PayloadError(f"entries[{index}]: kind, key and field must be text")
        if value is not None and not isinstance(value, str | int | float | bool):
            raise PayloadError(f"entries[{index}]: value must be text, a number or null")
        try:
            hlc.parse(stamp)
        except ValueError as exc:
            raise PayloadError(f"entries[{index}]: {exc}") from exc
        entries.append(Entry(kind, key, name, value, stamp))
    return entries


def _cards(items: Any) -> list[EditionCard]:
    if not isinstance(items, list):
        raise PayloadError("editions: must be a list")
    cards: list[EditionCard] = []
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            raise PayloadError(f"editions[{index}]: must be an object")
        values = [item.get(k, "") for k in ("id", "title", "date", "publication", "catalog")]
        if not all(isinstance(v, str) for v in values) or not values[0]:
            raise PayloadError(f"editions[{index}]: id, title, date … must be text")
        cards.append(EditionCard(*values))
    return cards
