"""Where the sync password and key are kept: the system keyring, or a 0600 file.

The WebDAV password and the sync data key (never the passphrase) go into the
system keyring through ``keyring`` (Secret Service on Linux, the Keychain on
macOS, the Credential Locker on Windows). Where no keyring service runs — a
headless machine, a minimal desktop — we say so and keep them in the library
folder in ``sync-credentials.json``, readable by this user only (mode 0600).
``EDICOLA_SYNC_KEYRING=file`` chooses the file on purpose.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import Any, Protocol

from edicola.core.message import Message

SERVICE = "edicola-sync"
FILE_NAME = "sync-credentials.json"
CHOICE_ENV = "EDICOLA_SYNC_KEYRING"


class CredentialError(Exception):
    """The credentials cannot be read or kept (message is user-facing)."""


class KeyringLike(Protocol):
    def get_password(self, service: str, username: str) -> str | None: ...
    def set_password(self, service: str, username: str, password: str) -> None: ...
    def delete_password(self, service: str, username: str) -> None: ...


def system_keyring() -> KeyringLike | None:
    """The system keyring, or None when no keyring service runs (or the file was chosen)."""
    if os.environ.get(CHOICE_ENV, "").lower() == "file":
        return None
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception:
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        return None
    return backend


class CredentialStore:
    """The secrets of one library's sync, under its device id."""

    def __init__(self, folder: Path, keyring: KeyringLike | None) -> None:
        self.folder = folder
        self.keyring = keyring

    @property
    def file(self) -> Path:
        return self.folder / FILE_NAME

    def where(self) -> str:
        if self.keyring is not None:
            return Message("the system keyring")
        return Message("{file} (mode 0600; no keyring service is running)", file=self.file)

    def save(self, device_id: str, secret: dict[str, Any]) -> None:
        text = json.dumps(secret)
        if self.keyring is not None:
            try:
                self.keyring.set_password(SERVICE, device_id, text)
                return
            except Exception as exc:
                raise CredentialError(
                    Message("the system keyring refused the password: {why}", why=exc)
                ) from exc
        tmp = self.file.with_name(FILE_NAME + ".tmp")
        descriptor = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(json.dumps({device_id: secret}))
        os.chmod(tmp, 0o600)
        os.replace(tmp, self.file)

    def load(self, device_id: str) -> dict[str, Any]:
        text: str | None = None
        if self.keyring is not None:
            try:
                text = self.keyring.get_password(SERVICE, device_id)
            except Exception as exc:
                raise CredentialError(
                    Message("the system keyring could not be read: {why}", why=exc)
                ) from exc
        elif self.file.exists():
            try:
                saved = json.loads(self.file.read_text("utf-8"))
            except (OSError, ValueError) as exc:
                raise CredentialError(
                    Message("{file}: cannot be read ({why})", file=self.file, why=exc)
                ) from exc
            found = saved.get(device_id) if isinstance(saved, dict) else None
            text = json.dumps(found) if isinstance(found, dict) else None
        if text is None:
            raise CredentialError(
                Message(
                    "no sync password saved in {where}: run edicola sync setup again",
                    where=self.where(),
                )
            )
        secret = json.loads(text)
        if not isinstance(secret, dict):
            raise CredentialError(
                Message("the saved sync credentials in {where} are damaged", where=self.where())
            )
        return secret

    def delete(self, device_id: str) -> None:
        if self.keyring is not None:
            with contextlib.suppress(Exception):  # already gone is fine
                self.keyring.delete_password(SERVICE, device_id)
        self.file.unlink(missing_ok=True)
