"""End-to-end encryption: the key from the passphrase, sealed files, opaque names.

The server only ever stores ciphertext. A random 256-bit *data key* seals
every file with ChaCha20-Poly1305 (an AEAD: a changed or truncated file fails
to open instead of reading wrong). The data key is kept on the server only
wrapped by a *passphrase key* derived with scrypt, a memory-hard KDF, in the
*vault* file; changing the passphrase re-wraps the same data key, so the other
devices' files stay readable, and they are told to enter the new passphrase
because the vault's ``key_id`` changed. File names are an HMAC of what the
file is, under a key derived from the data key, so the server learns nothing
from them. The ``cryptography`` package (OpenSSL) provides all of it; its
Scrypt is used rather than adding argon2-cffi (both are memory-hard).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import unicodedata
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

VAULT_NAME = "vault"
VAULT_FORMAT = "edicola-sync-vault"
MAGIC = b"ESY1"
NONCE = 12

#: scrypt cost (RFC 7914): N=2**17, r=8 takes 128 MiB and about half a second,
#: the figure OWASP recommends; a vault asking for more than the limits is refused.
DEFAULT_KDF = {"n": 2**17, "r": 8, "p": 1}
_KDF_LIMITS = {"n": 2**20, "r": 16, "p": 4}


class SealError(Exception):
    """A file or vault that cannot be opened (message is user-facing)."""


class WrongPassphrase(SealError):
    """The passphrase does not open the vault."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any, what: str) -> bytes:
    if not isinstance(text, str):
        raise SealError(f"vault: {what} must be base64 text")
    try:
        return base64.b64decode(text, validate=True)
    except ValueError as exc:
        raise SealError(f"vault: {what} is not base64") from exc


def _passphrase_key(passphrase: str, salt: bytes, kdf: dict[str, int]) -> bytes:
    # NFC, so the same passphrase typed on two systems gives the same key.
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    scrypt = Scrypt(salt=salt, length=32, n=kdf["n"], r=kdf["r"], p=kdf["p"])
    return scrypt.derive(secret)


@dataclass(frozen=True)
class Keys:
    """The data key and what is derived from it: the AEAD key and the name key."""

    data_key: bytes
    key_id: str

    @property
    def _file_key(self) -> bytes:
        return _derive(self.data_key, b"edicola-sync files")

    @property
    def _name_key(self) -> bytes:
        return _derive(self.data_key, b"edicola-sync names")

    def name(self, label: str) -> str:
        """The opaque file name for ``label`` (e.g. ``DEVICE/log/7``): 32 hex digits."""
        return hmac.new(self._name_key, label.encode("utf-8"), hashlib.sha256).hexdigest()[:32]

    def seal(self, name: str, plaintext: bytes) -> bytes:
        """``plaintext`` sealed for the file ``name`` (the name is bound to it)."""
        nonce = os.urandom(NONCE)
        sealed = ChaCha20Poly1305(self._file_key).encrypt(nonce, plaintext, MAGIC + name.encode())
        return MAGIC + nonce + sealed

    def open(self, name: str, blob: bytes) -> bytes:
        """The plaintext of the file ``name``; SealError if it was changed or cut."""
        if len(blob) < len(MAGIC) + NONCE + 16 or not blob.startswith(MAGIC):
            raise SealError(f"{name}: not a sealed Edicola sync file (truncated or foreign)")
        nonce = blob[len(MAGIC) : len(MAGIC) + NONCE]
        try:
            return ChaCha20Poly1305(self._file_key).decrypt(
                nonce, blob[len(MAGIC) + NONCE :], MAGIC + name.encode()
            )
        except InvalidTag as exc:
            raise SealError(
                f"{name}: does not open with this sync key (corrupted, truncated, "
                "or sealed by another key)"
            ) from exc


def _derive(key: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(key)


def new_keys() -> Keys:
    return Keys(data_key=os.urandom(32), key_id=secrets.token_hex(8))


def make_vault(keys: Keys, passphrase: str, kdf: dict[str, int] | None = None) -> bytes:
    """The vault file: the data key wrapped by the passphrase key, with a fresh salt.

    A new ``key_id`` each time (a passphrase change), so other devices notice.
    """
    cost = dict(kdf or DEFAULT_KDF)
    salt = os.urandom(16)
    wrapping = _passphrase_key(passphrase, salt, cost)
    nonce = os.urandom(NONCE)
    aad = f"{VAULT_FORMAT}:{keys.key_id}".encode()
    wrapped = ChaCha20Poly1305(wrapping).encrypt(nonce, keys.data_key, aad)
    document = {
        "format": VAULT_FORMAT,
        "version": 1,
        "kdf": {"name": "scrypt", **cost, "salt": _b64(salt)},
        "key_id": keys.key_id,
        "wrapped": _b64(nonce + wrapped),
    }
    return json.dumps(document, indent=1).encode("utf-8") + b"\n"


def rewrap(keys: Keys, passphrase: str, kdf: dict[str, int] | None = None) -> tuple[Keys, bytes]:
    """The same data key under a new passphrase and a new key id, and its vault."""
    changed = Keys(data_key=keys.data_key, key_id=secrets.token_hex(8))
    return changed, make_vault(changed, passphrase, kdf)


def vault_key_id(blob: bytes) -> str:
    """The key id a vault holds (no passphrase needed: a change is noticed cheaply)."""
    return str(_read_vault(blob)["key_id"])


def unlock(blob: bytes, passphrase: str) -> Keys:
    """The keys in a vault; WrongPassphrase when ``passphrase`` does not open it."""
    document = _read_vault(blob)
    kdf = document["kdf"]
    salt = _unb64(kdf.get("salt"), "kdf.salt")
    cost = {name: kdf.get(name) for name in ("n", "r", "p")}
    for name, value in cost.items():
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise SealError(f"vault: kdf.{name} must be a positive whole number")
        if value > _KDF_LIMITS[name]:
            raise SealError(f"vault: kdf.{name} {value} is beyond what Edicola accepts")
    wrapped = _unb64(document.get("wrapped"), "wrapped")
    key_id = str(document["key_id"])
    wrapping = _passphrase_key(passphrase, salt, {k: int(v) for k, v in cost.items() if v})
    try:
        data_key = ChaCha20Poly1305(wrapping).decrypt(
            wrapped[:NONCE], wrapped[NONCE:], f"{VAULT_FORMAT}:{key_id}".encode()
        )
    except InvalidTag as exc:
        raise WrongPassphrase("the passphrase does not open this sync folder's key") from exc
    return Keys(data_key=data_key, key_id=key_id)


def _read_vault(blob: bytes) -> dict[str, Any]:
    try:
        document = json.loads(blob.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise SealError("vault: not the key file of an Edicola sync folder") from exc
    if not isinstance(document, dict) or document.get("format") != VAULT_FORMAT:
        raise SealError("vault: not the key file of an Edicola sync folder")
    if document.get("version") != 1:
        raise SealError(f"vault: version {document.get('version')!r} is not one Edicola reads")
    key_id = document.get("key_id")
    if not isinstance(key_id, str) or not key_id or len(key_id) > 64:
        raise SealError("vault: key_id is missing")
    if not isinstance(document.get("kdf"), dict) or document["kdf"].get("name") != "scrypt":
        raise SealError("vault: kdf must be scrypt")
    return document


def export_keys(keys: Keys) -> dict[str, str]:
    """The keys as text, for the credential store."""
    return {"data_key": _b64(keys.data_key), "key_id": keys.key_id}


def import_keys(saved: dict[str, Any]) -> Keys:
    data_key = base64.b64decode(str(saved.get("data_key", "")))
    if len(data_key) != 32:
        raise SealError("the saved sync key is damaged: run edicola sync setup again")
    return Keys(data_key=data_key, key_id=str(saved.get("key_id", "")))
