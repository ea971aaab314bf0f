"""The Qt-free sync core: clocks, sealing, payloads and the merge rule."""

from __future__ import annotations

import json
import zlib

import pytest

from edicola.core.sync import hlc, payload
from edicola.core.sync.merge import Entry, merge_all, winners
from edicola.core.sync.seal import (
    SealError,
    WrongPassphrase,
    make_vault,
    new_keys,
    rewrap,
    unlock,
    vault_key_id,
)

CHEAP = {"n": 2**10, "r": 8, "p": 1}
DEVICE = "0123456789abcdef"


def test_clock_orders_edits_after_everything_seen_even_when_behind() -> None:
    now = [1_000]
    clock = hlc.Clock(DEVICE, "", lambda: now[0])
    first = clock.tick()
    assert clock.tick() > first  # same millisecond: the counter
    remote = hlc.stamp(9_000_000, 3, "f" * 16)  # a device hours ahead
    clock.observe(remote)
    assert clock.tick(at_ms=1_001) > remote
    assert hlc.parse(clock.last)[0] == 9_000_000
    with pytest.raises(ValueError):
        hlc.parse("not a stamp")


def test_sealed_files_open_only_unchanged_under_their_own_name() -> None:
    keys = new_keys()
    name = keys.name(f"{DEVICE}/log/1")
    assert len(name) == 32 and DEVICE not in name
    sealed = keys.seal(name, b"nota segreta")
    assert b"nota" not in sealed and keys.open(name, sealed) == b"nota segreta"
    flipped = sealed[:30] + bytes([sealed[30] ^ 0x01]) + sealed[31:]  # always a change
    for damaged in (sealed[:-1], sealed[:10], flipped):
        with pytest.raises(SealError):
            keys.open(name, damaged)
    with pytest.raises(SealError):
        keys.open(keys.name("another"), sealed)  # moved to another name
    with pytest.raises(SealError):
        new_keys().open(name, sealed)


def test_vault_wrong_passphrase_change_and_hostile_cost() -> None:
    keys = new_keys()
    vault = make_vault(keys, "frase giusta àè", CHEAP)
    assert unlock(vault, "frase giusta àè").data_key == keys.data_key
    with pytest.raises(WrongPassphrase):
        unlock(vault, "frase sbagliata")
    changed, new_vault = rewrap(keys, "nuova", CHEAP)
    assert vault_key_id(new_vault) == changed.key_id != keys.key_id
    assert unlock(new_vault, "nuova").data_key == keys.data_key
    document = json.loads(vault)
    document["kdf"]["n"] = 2**30  # a server asking for 1 TiB of memory
    with pytest.raises(SealError, match="beyond"):
        unlock(json.dumps(document).encode(), "frase giusta àè")
    with pytest.raises(SealError):
        unlock(b"<html>", "x")


def test_payloads_round_trip_and_refuse_what_edicola_does_not_write() -> None:
    stamp = hlc.stamp(5, 0, DEVICE)
    entries = [
        Entry("bookmark", "a/b", "note", "ciao", stamp),
        Entry("position", "x", "p", 0.5, stamp),
    ]
    body = payload.encode(payload.Payload(payload.LOG, DEVICE, "laptop", 3, entries=entries))
    assert payload.decode(body).entries == entries
    bad = [
        b"not zlib",
        zlib.compress(b"[]"),
        zlib.compress(json.dumps({"format": "edicola-sync", "version": 9}).encode()),
        body[:-3],
        zlib.compress(
            json.dumps(
                {
                    "format": "edicola-sync",
                    "version": 1,
                    "type": "log",
                    "device": DEVICE,
                    "seq": 1,
                    "entries": [["k", "key", "f", {"x": 1}, stamp]],
                }
            ).encode()
        ),
    ]
    for blob in bad:
        with pytest.raises(payload.PayloadError):
            payload.decode(blob)


def test_merge_is_order_free_and_idempotent() -> None:
    s = [hlc.stamp(t, 0, DEVICE) for t in range(4)]
    entries = [
        Entry("bookmark", "a", "_alive", True, s[0]),
        Entry("bookmark", "a", "note", "uno", s[1]),
        Entry("bookmark", "a", "_alive", False, s[2]),
        Entry("bookmark", "a", "note", "due", s[3]),  # an edit after the removal
    ]
    expected = merge_all(entries)
    assert merge_all(reversed(entries + entries)) == expected
    assert expected[("bookmark", "a", "_alive")].value is False  # the edit did not revive it
    current = {e.field_key: e.stamp for e in expected.values()}
    assert winners(current, entries) == []


def test_what_a_file_acknowledges_round_trips_and_bad_acks_are_refused() -> None:
    other = "f" * 16
    mine = hlc.stamp(5_000, 0, DEVICE)
    acks = {DEVICE: mine, other: hlc.stamp(4_000, 2, other)}
    sent = payload.Payload(
        payload.SNAPSHOT, DEVICE, "portatile", 3, [], clock=mine, acks=acks, kinds=("bookmark",)
    )
    got = payload.decode(payload.encode(sent))
    assert (got.clock, got.acks, got.kinds) == (mine, acks, ("bookmark",))
    old = payload.decode(payload.encode(payload.Payload(payload.LOG, DEVICE, "", 1)))
    assert (old.clock, old.acks, old.kinds) == ("", {}, ())  # a file from before: acks nothing
    for bad in ({other: mine}, {other: "later"}, ["x"]):
        document = json.loads(zlib.decompress(payload.encode(sent)))
        document["acks"] = bad
        with pytest.raises(payload.PayloadError, match="acks"):
            payload.decode(zlib.compress(json.dumps(document).encode()))
