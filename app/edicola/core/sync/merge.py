"""The merge rule: last writer wins, per field, by clock stamp; removals are fields too.

Every synced thing is an *item* (a kind and a key: a bookmark of an article, a
highlight, a followed catalog …) made of *fields*, each with the stamp of the
edit that set it. Existence is the field ``_alive``: adding writes True,
removing writes False (a tombstone, forgotten once every device has seen it:
store/sync_peers.py), and editing other fields never touches it — so an edit
made offline on one device cannot bring back an item removed on another, and
adding it again later does. Applying the same
entries twice, or in any order, gives the same result (the rule is a
join-semilattice), which is what lets every device read every other device's
files in whatever order the server lists them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

ALIVE = "_alive"

Value = str | int | float | bool | None
FieldKey = tuple[str, str, str]
"""``(kind, key, field)``."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One field of one item set by one edit."""

    kind: str
    key: str
    field: str
    value: Value
    stamp: str

    @property
    def field_key(self) -> FieldKey:
        return (self.kind, self.key, self.field)

    def to_list(self) -> list[Any]:
        return [self.kind, self.key, self.field, self.value, self.stamp]


def winners(current: Mapping[FieldKey, str], incoming: Iterable[Entry]) -> list[Entry]:
    """The entries of ``incoming`` that beat ``current`` (field -> stamp) and every
    other incoming entry for the same field: at most one per field."""
    best: dict[FieldKey, Entry] = {}
    for entry in incoming:
        key = entry.field_key
        held = best.get(key)
        if held is not None:
            if entry.stamp > held.stamp:
                best[key] = entry
            continue
        if entry.stamp > current.get(key, ""):
            best[key] = entry
    return list(best.values())


def merge_all(entries: Iterable[Entry]) -> dict[FieldKey, Entry]:
    """Every field's winning entry (the reference the property test checks against)."""
    state: dict[FieldKey, Entry] = {}
    for entry in entries:
        held = state.get(entry.field_key)
        if held is None or entry.stamp > held.stamp:
            state[entry.field_key] = entry
    return state
