"""Minisign signatures (Ed25519), byte-compatible with ``minisign -S`` / ``-V``.

Bundles and catalog feeds are signed so a reader can tell that an edition
really comes from its publisher, whatever host or mirror served the bytes.
Minisign was chosen over a home-made format because publishers can check our
files (and make theirs) with the stock ``minisign`` tool.

Formats (https://jedisct1.github.io/minisign/):

* public key: ``untrusted comment: …`` then base64 of ``"Ed" + key_id(8) + pk(32)``;
* secret key: ``untrusted comment: …`` then base64 of ``"Ed" + kdf(2) + "B2" +
  salt(32) + opslimit(8, LE) + memlimit(8, LE) + key_id(8) + sk(64) + checksum(32)``,
  where the last 104 bytes are XORed with a scrypt stream when ``kdf`` is ``"Sc"``
  and stored in clear when it is two NUL bytes (``minisign -G -W``);
* signature: ``untrusted comment: …``, base64 of ``"ED" + key_id(8) + sig(64)``
  (``sig`` signs the BLAKE2b-512 of the file), ``trusted comment: …`` and base64
  of the global signature over ``sig + trusted comment``.

Edicola writes unencrypted secret keys (keep them on the publishing machine,
mode 0600) and reads both unencrypted and scrypt-encrypted ones.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import secrets
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

# ``cryptography`` is imported where a key is made or a signature checked: the
# reader's first paint needs neither (about 8 ms CPU of its start, issue 21).
if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

SIGNATURE_SUFFIX = ".minisig"
_SIG_ALG = b"Ed"
_SIG_ALG_HASHED = b"ED"
_KDF_NONE = b"\0\0"
_KDF_SCRYPT = b"Sc"
_CHK_ALG = b"B2"
_UNTRUSTED = "untrusted comment: "
_TRUSTED = "trusted comment: "
_CHUNK = 1 << 20
_MAX_SIGNATURE_FILE = 64 * 1024


class MinisignError(Exception):
    """A key or signature is malformed or does not verify (message is user-facing)."""


#: The name ``edicola validate`` uses for the same error.
SignatureError = MinisignError


def _b64decode(text: str, what: str) -> bytes:
    try:
        return base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise MinisignError(f"{what}: not valid base64") from exc


def _payload_line(text: str, what: str) -> str:
    """The base64 line of a key file: the first line that is not a comment."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if lines and lines[0].startswith(_UNTRUSTED):
        lines = lines[1:]
    if not lines:
        raise MinisignError(f"{what}: no key found")
    return lines[0]


@dataclass(frozen=True)
class PublicKey:
    key_id: bytes
    key: bytes

    @property
    def key_id_hex(self) -> str:
        """The id as minisign prints it (little-endian 64-bit, upper-case hex)."""
        return f"{int.from_bytes(self.key_id, 'little'):016X}"

    @classmethod
    def from_base64(cls, text: str) -> PublicKey:
        raw = _b64decode(text, "public key")
        if len(raw) != 42 or raw[:2] != _SIG_ALG:
            raise MinisignError("public key: not a minisign Ed25519 public key")
        return cls(key_id=raw[2:10], key=raw[10:])

    @classmethod
    def parse(cls, text: str) -> PublicKey:
        """A public key file's text, or just its base64 line."""
        return cls.from_base64(_payload_line(text, "public key"))

    @classmethod
    def load(cls, path: Path) -> PublicKey:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise MinisignError(f"{path}: cannot read public key ({exc})") from exc
        try:
            return cls.parse(text)
        except MinisignError as exc:
            raise MinisignError(f"{path}: {exc}") from exc

    def to_base64(self) -> str:
        return base64.b64encode(_SIG_ALG + self.key_id + self.key).decode("ascii")

    def to_file_text(self) -> str:
        return f"{_UNTRUSTED}minisign public key {self.key_id_hex}\n{self.to_base64()}\n"


def _scrypt_params(opslimit: int, memlimit: int) -> tuple[int, int, int]:
    """libsodium's ``pickparams`` for crypto_pwhash_scryptsalsa208sha256: (N, r, p)."""
    opslimit = max(opslimit, 32768)
    r = 8
    if opslimit < memlimit // 32:
        p = 1
        max_n = opslimit // (r * 4)
        n_log2 = 1
        while n_log2 < 63 and (1 << n_log2) <= max_n // 2:
            n_log2 += 1
    else:
        max_n = memlimit // (r * 128)
        n_log2 = 1
        while n_log2 < 63 and (1 << n_log2) <= max_n // 2:
            n_log2 += 1
        max_rp = min((opslimit // 4) // (1 << n_log2), 0x3FFFFFFF)
        p = max_rp // r
    return 1 << n_log2, r, p


def _scrypt_stream(password: bytes, salt: bytes, opslimit: int, memlimit: int) -> bytes:
    n, r, p = _scrypt_params(opslimit, memlimit)
    maxmem = 128 * r * (n + p + 2) + (1 << 20)
    try:
        return hashlib.scrypt(password, salt=salt, n=n, r=r, p=max(p, 1), maxmem=maxmem, dklen=104)
    except (ValueError, MemoryError) as exc:
        raise MinisignError(f"secret key: cannot derive the key ({exc})") from exc


def _checksum(key_id: bytes, secret: bytes) -> bytes:
    return hashlib.blake2b(_SIG_ALG + key_id + secret, digest_size=32).digest()


@dataclass(frozen=True)
class SecretKey:
    key_id: bytes
    secret: bytes  # libsodium layout: seed (32) + public key (32)

    @classmethod
    def generate(cls) -> SecretKey:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        private = Ed25519PrivateKey.generate()
        seed = private.private_bytes_raw()
        public = private.public_key().public_bytes_raw()
        return cls(key_id=secrets.token_bytes(8), secret=seed + public)

    @property
    def public_key(self) -> PublicKey:
        return PublicKey(key_id=self.key_id, key=self.secret[32:])

    @classmethod
    def parse(cls, text: str, password: bytes | None = None) -> SecretKey:
        raw = _b64decode(_payload_line(text, "secret key"), "secret key")
        if len(raw) != 158 or raw[:2] != _SIG_ALG or raw[4:6] != _CHK_ALG:
            raise MinisignError("secret key: not a minisign Ed25519 secret key")
        kdf, salt = raw[2:4], raw[6:38]
        opslimit = int.from_bytes(raw[38:46], "little")
        memlimit = int.from_bytes(raw[46:54], "little")
        keynum = raw[54:]
        if kdf == _KDF_SCRYPT:
            if password is None:
                raise MinisignError("secret key: encrypted, a password is needed")
            stream = _scrypt_stream(password, salt, opslimit, memlimit)
            keynum = bytes(a ^ b for a, b in zip(keynum, stream, strict=True))
        elif kdf != _KDF_NONE:
            raise MinisignError("secret key: unsupported key derivation")
        key_id, secret, checksum = keynum[:8], keynum[8:72], keynum[72:]
        # ``minisign -G -W`` leaves the checksum of an unencrypted key zeroed.
        unchecked = kdf == _KDF_NONE and checksum == bytes(32)
        if not unchecked and _checksum(key_id, secret) != checksum:
            what = "wrong password" if kdf == _KDF_SCRYPT else "damaged key"
            raise MinisignError(f"secret key: checksum mismatch ({what})")
        private = _private_key(secret)
        if private.public_key().public_bytes_raw() != secret[32:]:
            raise MinisignError("secret key: public half does not match (damaged key)")
        return cls(key_id=key_id, secret=secret)

    @classmethod
    def load(cls, path: Path, password: bytes | None = None) -> SecretKey:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise MinisignError(f"{path}: cannot read secret key ({exc})") from exc
        try:
            return cls.parse(text, password)
        except MinisignError as exc:
            raise MinisignError(f"{path}: {exc}") from exc

    @staticmethod
    def is_encrypted(text: str) -> bool:
        try:
            raw = _b64decode(_payload_line(text, "secret key"), "secret key")
        except MinisignError:
            return False
        return raw[2:4] == _KDF_SCRYPT

    def to_file_text(
        self, password: bytes | None = None, *, opslimit: int = 33554432, memlimit: int = 1073741824
    ) -> str:
        """The key file; scrypt-encrypted (minisign's default cost) when a password is given."""
        keynum = self.key_id + self.secret + _checksum(self.key_id, self.secret)
        if password is None:
            header = _SIG_ALG + _KDF_NONE + _CHK_ALG + bytes(48)
            comment = "minisign secret key (unencrypted)"
        else:
            salt = secrets.token_bytes(32)
            stream = _scrypt_stream(password, salt, opslimit, memlimit)
            keynum = bytes(a ^ b for a, b in zip(keynum, stream, strict=True))
            limits = opslimit.to_bytes(8, "little") + memlimit.to_bytes(8, "little")
            header = _SIG_ALG + _KDF_SCRYPT + _CHK_ALG + salt + limits
            comment = "minisign encrypted secret key"
        payload = base64.b64encode(header + keynum).decode("ascii")
        return f"{_UNTRUSTED}{comment}\n{payload}\n"

    def _private(self) -> Ed25519PrivateKey:
        return _private_key(self.secret)


def _private_key(secret: bytes) -> Ed25519PrivateKey:
    """The Ed25519 key of a libsodium-layout secret (its first 32 bytes are the seed)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.from_private_bytes(secret[:32])


@dataclass(frozen=True)
class Signature:
    algorithm: bytes
    key_id: bytes
    signature: bytes
    trusted_comment: str
    global_signature: bytes
    untrusted_comment: str = ""

    @classmethod
    def parse(cls, text: str) -> Signature:
        lines = text.splitlines()
        if len(lines) < 4:
            raise MinisignError("signature: incomplete minisig file")
        if not lines[0].startswith(_UNTRUSTED):
            raise MinisignError("signature: missing untrusted comment line")
        if not lines[2].startswith(_TRUSTED):
            raise MinisignError("signature: missing trusted comment line")
        raw = _b64decode(lines[1], "signature")
        if len(raw) != 74 or raw[:2] not in (_SIG_ALG, _SIG_ALG_HASHED):
            raise MinisignError("signature: not a minisign Ed25519 signature")
        global_sig = _b64decode(lines[3], "signature global signature")
        if len(global_sig) != 64:
            raise MinisignError("signature: malformed global signature")
        return cls(
            algorithm=raw[:2],
            key_id=raw[2:10],
            signature=raw[10:],
            trusted_comment=lines[2][len(_TRUSTED) :],
            global_signature=global_sig,
            untrusted_comment=lines[0][len(_UNTRUSTED) :],
        )

    def to_text(self) -> str:
        payload = base64.b64encode(self.algorithm + self.key_id + self.signature).decode("ascii")
        global_sig = base64.b64encode(self.global_signature).decode("ascii")
        return (
            f"{_UNTRUSTED}{self.untrusted_comment}\n{payload}\n"
            f"{_TRUSTED}{self.trusted_comment}\n{global_sig}\n"
        )


def blake2b_file(path: Path) -> bytes:
    """BLAKE2b-512 of a file, read in chunks (bundles can be large)."""
    digest = hashlib.blake2b(digest_size=64)
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.digest()


def sign_prehashed(
    digest: bytes,
    key: SecretKey,
    trusted_comment: str,
    untrusted_comment: str = "signature from minisign secret key",
) -> Signature:
    """Sign a BLAKE2b-512 digest (the ``ED`` algorithm)."""
    if "\n" in trusted_comment or "\r" in trusted_comment:
        raise MinisignError("trusted comment: must be a single line")
    private = key._private()
    signature = private.sign(digest)
    global_signature = private.sign(signature + trusted_comment.encode("utf-8"))
    return Signature(
        algorithm=_SIG_ALG_HASHED,
        key_id=key.key_id,
        signature=signature,
        trusted_comment=trusted_comment,
        global_signature=global_signature,
        untrusted_comment=untrusted_comment,
    )


def sign_bytes(data: bytes, key: SecretKey, trusted_comment: str) -> Signature:
    return sign_prehashed(hashlib.blake2b(data, digest_size=64).digest(), key, trusted_comment)


def sign_file(path: Path, key: SecretKey, trusted_comment: str | None = None) -> Path:
    """Write ``PATH.minisig`` next to ``path`` and return its path."""
    if trusted_comment is None:
        trusted_comment = f"timestamp:{int(time.time())}\tfile:{path.name}\thashed"
    signature = sign_prehashed(blake2b_file(path), key, trusted_comment)
    sig_path = path.with_name(path.name + SIGNATURE_SUFFIX)
    tmp = sig_path.with_name(sig_path.name + ".tmp")
    tmp.write_text(signature.to_text(), encoding="utf-8")
    os.replace(tmp, sig_path)
    return sig_path


def _as_public_key(public_key: PublicKey | str) -> PublicKey:
    return public_key if isinstance(public_key, PublicKey) else PublicKey.parse(public_key)


def verify_prehashed(
    digest: bytes, signature: Signature, public_key: PublicKey | str, message: bytes | None = None
) -> str:
    """Check a signature against a BLAKE2b-512 digest; return the trusted comment.

    Legacy ``Ed`` signatures sign the whole message, so it must then be given.
    """
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    key = _as_public_key(public_key)
    if signature.key_id != key.key_id:
        raise MinisignError(
            f"signed with key {int.from_bytes(signature.key_id, 'little'):016X}, "
            f"expected key {key.key_id_hex}"
        )
    verifier = Ed25519PublicKey.from_public_bytes(key.key)
    signed = digest if signature.algorithm == _SIG_ALG_HASHED else message
    if signed is None:
        raise MinisignError("legacy (non-prehashed) signature: unsupported for large files")
    try:
        verifier.verify(signature.signature, signed)
    except InvalidSignature as exc:
        raise MinisignError("signature does not match the file") from exc
    try:
        verifier.verify(
            signature.global_signature,
            signature.signature + signature.trusted_comment.encode("utf-8"),
        )
    except InvalidSignature as exc:
        raise MinisignError("trusted comment was tampered with") from exc
    return signature.trusted_comment


def verify_bytes(data: bytes, signature: Signature | str, public_key: PublicKey | str) -> str:
    sig = signature if isinstance(signature, Signature) else Signature.parse(signature)
    return verify_prehashed(hashlib.blake2b(data, digest_size=64).digest(), sig, public_key, data)


def read_signature(sig_path: Path) -> Signature:
    try:
        if sig_path.stat().st_size > _MAX_SIGNATURE_FILE:
            raise MinisignError(f"{sig_path}: too large for a signature file")
        return Signature.parse(sig_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise MinisignError(f"{sig_path}: cannot read signature ({exc})") from exc
    except MinisignError as exc:
        if str(exc).startswith(str(sig_path)):
            raise
        raise MinisignError(f"{sig_path}: {exc}") from exc


def verify_file(path: Path, sig_path: Path, public_key: PublicKey | str) -> str:
    """Verify ``path`` against the minisig file ``sig_path``; return the trusted comment.

    ``public_key`` is a :class:`PublicKey`, a public key file's text or its
    base64 line. Raises :class:`MinisignError` with a one-line reason.
    """
    signature = read_signature(sig_path)
    try:
        if signature.algorithm == _SIG_ALG_HASHED:
            return verify_prehashed(blake2b_file(path), signature, public_key)
        data = path.read_bytes()
        return verify_prehashed(b"", signature, public_key, data)
    except OSError as exc:
        raise MinisignError(f"{path}: cannot read ({exc})") from exc
    except MinisignError as exc:
        raise MinisignError(f"{path}: {exc}") from exc
