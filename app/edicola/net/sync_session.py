"""Sync as the CLI and the reader run it: credentials, the WebDAV folder, one pass.

Both ``edicola sync …`` and the reader's Settings → Sync and background
passes call these functions, so they behave the same: set up (check the
server and the passphrase, create the folder, keep the credentials), run a
pass (recording a failure for the status bar), change the passphrase, forget.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlite_utils import Database

from edicola.core.message import message_of
from edicola.core.sync import engine
from edicola.core.sync.engine import Pass, PassphraseChanged, RemoteError, SyncFailed
from edicola.core.sync.seal import SealError, export_keys, import_keys
from edicola.store.sync_credentials import (
    CredentialError,
    CredentialStore,
    KeyringLike,
    system_keyring,
)
from edicola.store.sync_state import SyncNotSetUp, SyncStore

if TYPE_CHECKING:
    from edicola.net.webdav import WebDavClient


@dataclass(frozen=True)
class SetUp:
    url: str
    user: str
    device_id: str
    created: bool
    """True when this set-up made the folder's key (the first device)."""
    credentials: str
    """Where the password and key are kept, in words."""


def _folder_url(url: str) -> str:
    return url if url.endswith("/") else url + "/"


def _credentials(folder: Path, keyring: KeyringLike | bool | None) -> CredentialStore:
    backend = system_keyring() if keyring is True else (keyring or None)
    return CredentialStore(folder, backend)


def setup(
    db: Database,
    folder: Path,
    url: str,
    user: str,
    password: str,
    passphrase: str,
    *,
    kdf: dict[str, int] | None = None,
    keyring: KeyringLike | bool | None = True,
) -> SetUp:
    """Check the server and the passphrase, create the folder if missing, remember it all.

    Raises SyncFailed (one line) and changes nothing when anything is wrong.
    """
    url = _folder_url(url)
    # Here, not at the top: http.client and ssl are not needed to start the reader.
    from edicola.net.webdav import WebDavClient

    try:
        client = WebDavClient(url, user, password)
    except RemoteError as exc:
        raise SyncFailed(str(exc)) from exc
    try:
        joined = engine.join(client, passphrase, kdf)
    finally:
        client.close()
    store = SyncStore(db, folder)
    credentials = _credentials(folder, keyring)
    previous: bytes | None = None
    if store.is_set_up():
        try:
            previous = import_keys(credentials.load(store.device_id)).data_key
        except (CredentialError, SealError):
            previous = None
    device = store.configure(
        url, user, joined.keys.key_id, joined.vault_tag, reset=previous != joined.keys.data_key
    )
    try:
        credentials.save(device, {"password": password, **export_keys(joined.keys)})
    except CredentialError as exc:
        store.forget()
        raise SyncFailed(message_of(exc)) from exc
    return SetUp(url, user, device, joined.created, credentials.where())


@dataclass
class Session:
    """A set-up library's sync: its store, its server and its keys."""

    store: SyncStore
    client: WebDavClient
    credentials: CredentialStore
    secret: dict[str, str]

    @classmethod
    def open(
        cls,
        db: Database,
        folder: Path,
        *,
        keyring: KeyringLike | bool | None = True,
        now_ms: Callable[[], int] | None = None,
    ) -> Session:
        store = SyncStore(db, folder) if now_ms is None else SyncStore(db, folder, now_ms)
        from edicola.net.webdav import WebDavClient

        try:
            status = store.status()
            credentials = _credentials(folder, keyring)
            secret = credentials.load(status.device_id)
            client = WebDavClient(status.url, status.user, str(secret.get("password", "")))
        except (SyncNotSetUp, CredentialError, RemoteError) as exc:
            raise SyncFailed(message_of(exc)) from exc
        return cls(store, client, credentials, secret)

    def run(self) -> Pass:
        """One pass; a failure is recorded (status bar, ``sync status``) and raised."""
        try:
            keys = import_keys(self.secret)
            return engine.sync_pass(self.client, self.store, keys)
        except PassphraseChanged as exc:
            self.store.record_failure(str(exc), passphrase=True)
            raise
        except (SyncFailed, SealError) as exc:
            self.store.record_failure(str(exc))
            raise SyncFailed(str(exc)) from exc
        finally:
            self.client.close()

    def exchange(self) -> Pass:
        """The server's part of a pass, nothing merged (the reader merges on its one
        writer: :func:`merge`, then :meth:`clean_up`); a failure is recorded and raised."""
        try:
            return engine.exchange(self.client, self.store, import_keys(self.secret))
        except PassphraseChanged as exc:
            self.store.record_failure(str(exc), passphrase=True)
            raise
        except (SyncFailed, SealError) as exc:
            self.store.record_failure(str(exc))
            raise SyncFailed(str(exc)) from exc
        finally:
            self.client.close()

    def clean_up(self) -> None:
        """After :func:`merge`: delete this device's files a newer snapshot replaced."""
        try:
            engine.clean_up(self.client, self.store)
        finally:
            self.client.close()

    def change_passphrase(self, passphrase: str, kdf: dict[str, int] | None = None) -> None:
        try:
            joined = engine.change_passphrase(
                self.client, import_keys(self.secret), passphrase, kdf
            )
        finally:
            self.client.close()
        status = self.store.status()
        self.store.configure(status.url, status.user, joined.keys.key_id, joined.vault_tag)
        self.credentials.save(status.device_id, {**self.secret, **export_keys(joined.keys)})

    def forget(self, *, delete_remote: bool = False) -> None:
        """Stop syncing here; with ``delete_remote``, delete the folder on the server
        (for every device) first. A refusal leaves everything as it was."""
        if delete_remote:
            try:
                self.client.delete_folder()
            except RemoteError as exc:
                raise SyncFailed(str(exc)) from exc
            finally:
                self.client.close()
        device = self.store.device_id
        self.store.forget()
        self.credentials.delete(device)


def merge(db: Database, folder: Path, done: Pass) -> None:
    """Merge what :meth:`Session.exchange` brought, in one transaction on ``db``."""
    SyncStore(db, folder).commit(done)
