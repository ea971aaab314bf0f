"""One sync pass: list the folder, read what is new, send what changed, merge.

The server (:class:`Remote`) and the library (:class:`Replica`) are handed in,
so this module knows neither sockets nor SQL and runs the same under the CLI,
the reader's worker thread, the tests and the benchmark.

The order is what makes failures harmless. Everything that talks to the
server happens first (list, download, upload to a temporary name then move);
only if all of it worked does the replica commit the merge, in one
transaction. A server that is down, refuses or fills up mid-pass therefore
changes nothing here and loses nothing: the pending changes are still pending
and go next time. A file that will not open or parse is skipped and reported,
never fatal. A pass with nothing new is one directory listing.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import Protocol

from edicola.core.sync import payload as files
from edicola.core.sync.merge import Entry
from edicola.core.sync.payload import EditionCard, Payload, PayloadError
from edicola.core.sync.seal import (
    VAULT_NAME,
    Keys,
    SealError,
    make_vault,
    new_keys,
    unlock,
    vault_key_id,
)
from edicola.core.sync.seal import rewrap as rewrap_keys

DATA_NAME = re.compile(r"^[0-9a-f]{32}$")
LOGS_BEFORE_SNAPSHOT = 8
"""A device keeps at most this many logs; then it writes one snapshot instead."""
BIG_LOG = 5000
"""A change set this large goes up as a snapshot straight away (a first sync)."""


class RemoteError(Exception):
    """The server could not be reached or refused (message is one user-facing line)."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class RemoteMissing(RemoteError):
    """The folder or file is not there (404)."""


class SyncFailed(Exception):
    """The pass stopped; nothing was merged (message is one user-facing line)."""


class PassphraseChanged(SyncFailed):
    """The vault holds another key: the reader must enter the new passphrase."""


@dataclass(frozen=True)
class RemoteFile:
    name: str
    tag: str
    """Changes whenever the file does (its ETag, or its size and date)."""


class Remote(Protocol):
    def list(self) -> list[RemoteFile]: ...
    def get(self, name: str) -> bytes: ...
    def put(self, name: str, data: bytes) -> None: ...
    def delete(self, name: str) -> None: ...
    def make_folder(self) -> None: ...


@dataclass(frozen=True)
class Outgoing:
    up_to: int
    """The last outbox row these entries cover (cleared once committed)."""
    entries: list[Entry]


@dataclass(frozen=True)
class OwnFile:
    name: str
    type: str
    seq: int


@dataclass
class Pass:
    """What a pass did, handed to :meth:`Replica.commit` and reported to the user."""

    listed: dict[str, str] = field(default_factory=dict)
    vault_tag: str = ""
    payloads: list[tuple[str, str, Payload]] = field(default_factory=list)
    bad: dict[str, tuple[str, str]] = field(default_factory=dict)
    """name -> (tag, why) of files that would not open or parse."""
    ignored: dict[str, str] = field(default_factory=dict)
    """name -> tag of files read but not merged (this device's own)."""
    sent_up_to: int = 0
    sent: int = 0
    uploaded: OwnFile | None = None
    card_hash: str = ""
    received: int = 0
    merged: int = 0
    collected: int = 0
    """Tombstones forgotten: every device has seen them (store/sync_peers.py)."""


class Replica(Protocol):
    @property
    def device_id(self) -> str: ...
    @property
    def device_name(self) -> str: ...
    @property
    def vault_tag(self) -> str: ...
    @property
    def card_hash(self) -> str: ...
    @property
    def next_seq(self) -> int: ...
    @property
    def kinds(self) -> tuple[str, ...]: ...
    def collect(self) -> int: ...
    def acks(self) -> dict[str, str]: ...
    def wall_ms(self) -> int: ...
    def owed(self) -> str: ...
    def outgoing(self) -> Outgoing: ...
    def known_entries(self) -> list[Entry]: ...
    def seen(self) -> dict[str, str]: ...
    def own_files(self) -> list[OwnFile]: ...
    def device_card(self) -> list[EditionCard]: ...
    def commit(self, done: Pass) -> None: ...
    def forget_own(self, name: str) -> None: ...


def sync_pass(remote: Remote, replica: Replica, keys: Keys) -> Pass:
    """Run one pass; raises SyncFailed (nothing merged) when the server fails."""
    done = exchange(remote, replica, keys)
    replica.commit(done)
    clean_up(remote, replica)
    return done


def exchange(remote: Remote, replica: Replica, keys: Keys) -> Pass:
    """The server's part of a pass: list, read what is new, send what changed.

    Nothing is merged yet: hand the result to :meth:`Replica.commit` (the
    reader does so on its one writer of the library), then :func:`clean_up`.
    """
    done = Pass()
    try:
        listing = remote.list()
    except RemoteMissing as exc:
        raise SyncFailed(f"{exc} (run edicola sync setup again to create it)") from exc
    except RemoteError as exc:
        raise SyncFailed(str(exc)) from exc
    done.listed = {f.name: f.tag for f in listing}
    try:
        done.vault_tag = _check_vault(remote, replica, keys, done.listed)
        replica.collect()
        _download(remote, replica, keys, done)
        _upload(remote, replica, keys, done)
    except RemoteError as exc:
        raise SyncFailed(str(exc)) from exc
    return done


def _check_vault(remote: Remote, replica: Replica, keys: Keys, listed: dict[str, str]) -> str:
    tag = listed.get(VAULT_NAME)
    if tag is None:
        raise SyncFailed(
            "the sync folder has no key file any more (was it emptied?): "
            "run edicola sync setup again"
        )
    if tag == replica.vault_tag:
        return tag
    try:
        found = vault_key_id(remote.get(VAULT_NAME))
    except SealError as exc:
        raise SyncFailed(f"the sync folder's key file is damaged: {exc}") from exc
    if found != keys.key_id:
        raise PassphraseChanged(
            "the sync passphrase was changed on another device: enter the new one "
            "(edicola sync setup URL --user USER, or Settings → Sync)"
        )
    return tag


def _download(remote: Remote, replica: Replica, keys: Keys, done: Pass) -> None:
    seen = replica.seen()
    own = {f.name for f in replica.own_files()}
    for name, tag in sorted(done.listed.items()):
        if not DATA_NAME.match(name) or name in own or seen.get(name) == tag:
            continue
        try:
            blob = remote.get(name)
        except RemoteMissing:
            continue  # replaced by its device's snapshot since the listing
        try:
            opened = files.decode(keys.open(name, blob))
        except SealError as exc:
            done.bad[name] = (tag, str(exc))
            continue
        except PayloadError as exc:
            done.bad[name] = (tag, f"{name}: {exc}")
            continue
        if opened.device == replica.device_id:
            done.ignored[name] = tag  # this device's own card: read once, then known
            continue
        done.payloads.append((name, tag, opened))
        done.received += len(opened.entries)


def _upload(remote: Remote, replica: Replica, keys: Keys, done: Pass) -> None:
    me, seq = replica.device_id, replica.next_seq
    card = replica.device_card()
    card_hash = hashlib.sha256(
        json.dumps([c.to_json() for c in card], sort_keys=True).encode()
    ).hexdigest()
    if card_hash != replica.card_hash:
        body = files.encode(Payload(files.DEVICE, me, replica.device_name, 0, editions=card))
        name = keys.name(f"{me}/device")
        remote.put(name, keys.seal(name, body))
    done.card_hash = card_hash
    outgoing = replica.outgoing()
    owed = replica.owed()  # acks to publish, or a snapshot after tombstones were collected
    if not outgoing.entries and not owed:
        return
    logs = sum(1 for f in replica.own_files() if f.type == files.LOG)
    if (
        owed == files.SNAPSHOT
        or logs + 1 >= LOGS_BEFORE_SNAPSHOT
        or len(outgoing.entries) >= BIG_LOG
    ):
        kind, entries = files.SNAPSHOT, replica.known_entries()
    else:
        kind, entries = files.LOG, outgoing.entries
    name = keys.name(f"{me}/{kind}/{seq}")
    acks = replica.acks()
    body = files.encode(
        Payload(
            kind,
            me,
            replica.device_name,
            seq,
            entries,
            clock=acks[me],
            acks=acks,
            kinds=replica.kinds,
            written_ms=replica.wall_ms(),
        )
    )
    remote.put(name, keys.seal(name, body))
    done.uploaded = OwnFile(name, kind, seq)
    done.sent_up_to, done.sent = outgoing.up_to, len(outgoing.entries)


def clean_up(remote: Remote, replica: Replica) -> None:
    """Delete this device's files a newer snapshot of its own replaces (best effort:
    what fails now is tried again after the next pass)."""
    own = replica.own_files()
    snapshots = [f.seq for f in own if f.type == files.SNAPSHOT]
    if not snapshots:
        return
    latest = max(snapshots)
    for old in own:
        if old.type in (files.LOG, files.SNAPSHOT) and old.seq < latest:
            try:
                remote.delete(old.name)
            except RemoteMissing:
                pass
            except RemoteError:
                return
            replica.forget_own(old.name)


@dataclass(frozen=True)
class Joined:
    keys: Keys
    vault_tag: str
    created: bool


def join(remote: Remote, passphrase: str, kdf: dict[str, int] | None = None) -> Joined:
    """Open (or create) the sync folder and its vault with ``passphrase``.

    Raises SyncFailed with one line: the server refused, or the passphrase is
    wrong (checked before anything else is done).
    """
    try:
        try:
            listed = {f.name: f.tag for f in remote.list()}
        except RemoteMissing:
            remote.make_folder()
            listed = {f.name: f.tag for f in remote.list()}
        if VAULT_NAME in listed:
            try:
                keys = unlock(remote.get(VAULT_NAME), passphrase)
            except SealError as exc:
                raise SyncFailed(str(exc)) from exc
            return Joined(keys, listed[VAULT_NAME], created=False)
        keys = new_keys()
        remote.put(VAULT_NAME, make_vault(keys, passphrase, kdf))
        tag = {f.name: f.tag for f in remote.list()}.get(VAULT_NAME, "")
    except RemoteError as exc:
        raise SyncFailed(str(exc)) from exc
    return Joined(keys, tag, created=True)


def change_passphrase(
    remote: Remote, keys: Keys, passphrase: str, kdf: dict[str, int] | None = None
) -> Joined:
    """Wrap the same data key with a new passphrase; other devices will be asked for it."""
    try:
        current = vault_key_id(remote.get(VAULT_NAME))
        if current != keys.key_id:
            raise PassphraseChanged(
                "the sync passphrase was already changed on another device: enter it first"
            )
        changed, blob = rewrap_keys(keys, passphrase, kdf)
        remote.put(VAULT_NAME, blob)
        tag = {f.name: f.tag for f in remote.list()}.get(VAULT_NAME, "")
    except RemoteError as exc:
        raise SyncFailed(str(exc)) from exc
    except SealError as exc:
        raise SyncFailed(f"the sync folder's key file is damaged: {exc}") from exc
    return Joined(changed, tag, created=False)
